import Foundation
import SOPModel

/// Zips the parts of an OOXML package the same way every time: the given order, one fixed date
/// (``ZipWriter``).
enum PackageWriter {
  /// The package holding `parts` (path in the package, text), deflated, in the order given.
  /// - Throws: `internalFailure` when a part cannot be deflated.
  static func zip(_ parts: [(path: String, text: String)], what: String) throws(ConversionError) -> [UInt8] {
    try zip(parts.map { ($0.path, Data($0.text.utf8)) }, what: what)
  }

  /// The package holding `parts` (path in the package, bytes), deflated, in the order given.
  static func zip(_ parts: [(path: String, data: Data)], what: String) throws(ConversionError) -> [UInt8] {
    do {
      var writer = ZipWriter()
      for (path, data) in parts { try writer.add(path, data: data) }
      return writer.finished()
    } catch {
      throw ConversionError(.internalFailure, Diagnostic(.internalFailure, "could not build the \(what): \(error)"))
    }
  }
}
