import FuzzSupport
import FuzzZipMutator  // LLVMFuzzerCustomMutator: mutates the unpacked parts
import SOPFormats

/// libFuzzer's entry point: each input is read as XLSX (see FuzzInput).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzInput.check(data, size, as: .xlsx)
}
