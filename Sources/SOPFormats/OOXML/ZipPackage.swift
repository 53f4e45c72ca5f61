import Foundation
import SOPModel

/// The parts of an OOXML package (XLSX, DOCX), read with limits so that a hostile archive cannot
/// exhaust memory: entry count, per-part and total uncompressed size, and safe part names; the
/// zip structure itself is read by ``ZipDirectory``, which checks every offset.
struct ZipPackage {
  static let maximumEntries = 10_000
  static let maximumPartSize = 256 << 20
  static let maximumTotalSize = 1 << 30
  /// The largest XML part parsed: a parsed part takes about 20 times its size in memory, and a
  /// Word SOP of 2,000 steps with their shapes is 25 MB.
  static let maximumXMLPartSize = 64 << 20

  private let directory: ZipDirectory
  private var records: [String: ZipDirectory.Record] = [:]
  let source: String
  private(set) var names: [String] = []

  init(_ bytes: [UInt8], source: String) throws(ConversionError) {
    self.source = source
    guard !bytes.isEmpty else {
      throw ConversionError(.unreadableInput, Diagnostic(
        .zipNotAPackage, "the file is empty (0 bytes)", at: SourceLocation(file: source), hint: "the copy went wrong: take the file again from where it came"))
    }
    guard bytes.starts(with: [0x50, 0x4B]) else {
      throw ConversionError(.unreadableInput, Diagnostic(
        .zipNotAPackage, "this is not an Office Open XML package (its first bytes are not a zip header)", at: SourceLocation(file: source),
        hint: Self.guessWhatItIs(bytes, source: source)))
    }
    do {
      directory = try ZipDirectory(bytes)
    } catch {
      throw ConversionError(.unreadableInput, Diagnostic(
        .zipNotAPackage, "the zip archive cannot be opened (truncated or damaged): \(error.reason)", at: SourceLocation(file: source),
        hint: Self.saveAgain(source)))
    }
    guard directory.records.count <= Self.maximumEntries else {
      throw ConversionError(.unreadableInput, Diagnostic(.zipLimit, "the package has more than \(Self.maximumEntries) parts", at: SourceLocation(file: source)))
    }
    var total = 0
    for entry in directory.records {
      if entry.path.hasPrefix("/") || entry.path.split(separator: "/").contains("..") {
        throw ConversionError(.unreadableInput, Diagnostic(.zipLimit, "the package has an unsafe part name '\(entry.path)'", at: SourceLocation(file: source)))
      }
      if names.contains(entry.path) {
        throw ConversionError(.unreadableInput, Diagnostic(.zipLimit, "the package has the part '\(entry.path)' twice", at: SourceLocation(file: source), hint: "a damaged or tampered file: save it again from Excel or LibreOffice"))
      }
      // A part that unpacks to more than 200 times its packed size, beyond 10 MB, is a zip bomb.
      if entry.uncompressedSize > 10 << 20, entry.compressedSize > 0, entry.uncompressedSize / entry.compressedSize > 200 {
        throw ConversionError(.unreadableInput, Diagnostic(
          .zipLimit, "the part '\(entry.path)' unpacks to \(entry.uncompressedSize >> 20) MB from \(entry.compressedSize >> 10) KB (a zip bomb)",
          at: SourceLocation(file: source), hint: "sopkit refuses such files; a real SOP workbook is much smaller"))
      }
      // Checked before adding: ZIP64 sizes can be large enough to overflow the sum.
      guard entry.uncompressedSize <= Self.maximumTotalSize - total else {
        throw ConversionError(.unreadableInput, Diagnostic(.zipLimit, "the package unpacks to more than 1 GB", at: SourceLocation(file: source)))
      }
      total += entry.uncompressedSize
      names.append(entry.path)
      records[entry.path] = entry
    }
  }

  /// The bytes of `path`, or `nil` when the package has no such part.
  func data(_ path: String) throws(ConversionError) -> Data? {
    guard let entry = records[path] else { return nil }
    guard entry.uncompressedSize <= Self.maximumPartSize else {
      throw ConversionError(.unreadableInput, Diagnostic(.zipLimit, "the part is larger than 256 MB", at: SourceLocation(file: source, part: path)))
    }
    do {
      return try directory.contents(of: entry, limit: Self.maximumPartSize)
    } catch {
      throw ConversionError(.unreadableInput, Diagnostic(.zipLimit, "the part cannot be unpacked: \(error.reason)", at: SourceLocation(file: source, part: path)))
    }
  }

  /// A parsed XML part, or `nil` when the package has no such part.
  func xml(_ path: String) throws(ConversionError) -> XMLElement? {
    guard let data = try data(path) else { return nil }
    return try parse(data, part: path)
  }

  /// The bytes of part `path`, already unpacked, parsed as XML with the same checks.
  func parse(_ data: Data, part path: String) throws(ConversionError) -> XMLElement {
    guard data.count <= Self.maximumXMLPartSize else {
      throw ConversionError(.unreadableInput, Diagnostic(
        .zipLimit, "the part is \(data.count >> 20) MB of XML; sopkit reads parts up to \(Self.maximumXMLPartSize >> 20) MB",
        at: SourceLocation(file: source, part: path), hint: "split the document into smaller ones (one SOP, or a few, per file)"))
    }
    // OOXML parts never carry a DTD; one is how XXE and entity-expansion attacks start.
    if Self.declaresDTD(data) {
      throw ConversionError(.unreadableInput, Diagnostic(
        .xmlMalformed, "the part declares a DTD (<!DOCTYPE …>), which Office files never do; refused for safety",
        at: SourceLocation(file: source, part: path), hint: "a tampered file: do not open it; ask for the original"))
    }
    do {
      return try XMLElement.parse(data)
    } catch {
      throw ConversionError(.unreadableInput, Diagnostic(.xmlMalformed, "the part is not well-formed XML: \(error.message)", at: SourceLocation(file: source, part: path, row: error.line)))
    }
  }

  /// Whether the prolog (everything before the root element, where a DTD must stand) has a
  /// `<!DOCTYPE`. Only the prolog is scanned, not the whole part.
  static func declaresDTD(_ data: Data) -> Bool {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
      var index = 0
      while index + 1 < bytes.count {
        if bytes[index] == UInt8(ascii: "<") {
          let next = bytes[index + 1]
          if next == UInt8(ascii: "!") {
            let doctype = Array("<!DOCTYPE".utf8)
            if index + doctype.count <= bytes.count, zip(doctype, bytes[index..<(index + doctype.count)]).allSatisfy({ $0 == $1 || $0 == $1 & 0xDF }) { return true }
          } else if next != UInt8(ascii: "?") {
            return false  // the root element: no DTD can follow
          }
        }
        index += 1
      }
      return false
    }
  }

  private static func guessWhatItIs(_ bytes: [UInt8], source: String) -> String {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "it looks like an old Office file (.xls or .doc): save it as .xlsx/.docx first" }
    if bytes.starts(with: Array("%PDF".utf8)) { return "it is a PDF; sopkit reads XLSX, DOCX, CSV and JSON" }
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
    if head.contains("<html") || head.contains("<!doctype") { return "it is a web page saved with an Office extension" }
    return saveAgain(source)
  }

  /// What to do with a damaged package, in the words of the program that makes it.
  private static func saveAgain(_ source: String) -> String {
    let lower = source.lowercased()
    if lower.hasSuffix(".docx") || lower.hasSuffix(".doc") || lower.hasSuffix(".dotx") {
      return "open the file in Word or LibreOffice and save it again as .docx, or take it again from where it came"
    }
    return "open the file in Excel or LibreOffice and save it again as .xlsx, or take it again from where it came"
  }
}
