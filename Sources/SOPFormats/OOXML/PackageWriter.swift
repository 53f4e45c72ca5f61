import Foundation
import SOPModel
import ZIPFoundation

/// Zips the parts of an OOXML package the same way every time: the given order, one fixed date.
enum PackageWriter {
  /// 1980-01-01, the earliest date a zip entry can hold.
  static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// The package holding `parts` (path in the package, text), deflated, in the order given.
  /// - Throws: `internalFailure` when ZIPFoundation cannot build the archive.
  static func zip(_ parts: [(path: String, text: String)], what: String) throws(ConversionError) -> [UInt8] {
    try zip(parts.map { ($0.path, Data($0.text.utf8)) }, what: what)
  }

  /// The package holding `parts` (path in the package, bytes), deflated, in the order given.
  static func zip(_ parts: [(path: String, data: Data)], what: String) throws(ConversionError) -> [UInt8] {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for (path, data) in parts {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate, compressionMethod: .deflate) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
      return [UInt8](data)
    } catch {
      throw ConversionError(.internalFailure, Diagnostic(.internalFailure, "could not build the \(what): \(error)"))
    }
  }
}
