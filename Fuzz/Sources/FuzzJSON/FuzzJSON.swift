import FuzzSupport
import SOPFormats

/// libFuzzer's entry point: each input is read as JSON (see FuzzInput).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzInput.check(data, size, as: .json)
}
