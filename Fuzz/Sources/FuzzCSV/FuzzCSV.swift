import FuzzSupport
import SOPFormats

/// libFuzzer's entry point: each input is read as CSV (see FuzzInput).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzInput.check(data, size, as: .csv)
}
