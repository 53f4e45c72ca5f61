import SOPFormats
import SOPModel

/// One fuzzer input through the read path of `sopkit convert`: the reader of the format, then
/// validation, then (when something was read) the canonical JSON writer.
public enum FuzzInput {
  /// Checks the `size` bytes at `data` as `format`. Crashes (a trap, a sanitizer report) are the
  /// findings; a reader that gives up must say why, so "no file and no error" traps as well.
  /// - Returns: 0, as libFuzzer expects.
  public static func check(_ data: UnsafePointer<UInt8>?, _ size: Int, as format: Format) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let checked = Converter.check(bytes: bytes, format: format, source: "fuzz.\(format.extensions[0])")
    if let file = checked.file {
      _ = SOPJSONWriter.write(file)
    } else {
      precondition(checked.diagnostics.contains { $0.severity == .error }, "the \(format.rawValue) reader read nothing and reported no error")
    }
    return 0
  }
}
