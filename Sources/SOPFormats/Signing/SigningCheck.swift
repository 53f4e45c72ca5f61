import Foundation
import SOPModel

/// Checks that a document sopkit wrote for signing can still be signed (sop-ap-format §9): in
/// `srikandi` every token once and in one run, in `tte-kemenag` the marker once where the signature
/// goes, and in every mode the room for the signature. `sopkit verify-signing` prints the result.
///
/// Word documents (`.docx`, and single-file Word XML) are checked in their XML; PDFs in their
/// extractable text and where it stands on the page, which is what a BSrE signing service reads.
public enum SigningCheck {
  /// What to check the document against.
  public struct Options: Sendable {
    /// The signing mode; `nil` to tell it from what the document holds (SRIKANDI tokens, a lone
    /// marker in the signature's place, else `basah`).
    public var mode: SigningMode?
    /// The TTE marker character; `nil` for `^` (or, when the mode is told from the document, the
    /// character standing alone in the signature's place).
    public var marker: Character?
    /// The least height of the room for the signature, in centimetres (sop-ap-format §9.4).
    public var minimumRoomCM: Double

    /// The least room sop-ap-format §9 asks for: 2.5 cm.
    public static let defaultMinimumRoomCM = 2.5

    /// Creates the options; the defaults tell the mode from the document.
    public init(mode: SigningMode? = nil, marker: Character? = nil, minimumRoomCM: Double = Self.defaultMinimumRoomCM) {
      self.mode = mode
      self.marker = marker
      self.minimumRoomCM = minimumRoomCM
    }

    /// The room in points.
    var minimumRoomPoints: Double { minimumRoomCM / 2.54 * 72 }
  }

  /// The kinds of file that can be checked.
  public enum Kind: String, Sendable {
    /// A Word package (`.docx`).
    case docx
    /// Single-file Word XML (Flat OPC), as `-t wordxml` writes it.
    case wordxml
    /// A PDF, as `-t pdf` writes it or Word and LibreOffice print it.
    case pdf

    /// The kind told from the first bytes: a zip package, a PDF, or XML.
    public static func sniff(_ bytes: [UInt8]) -> Kind? {
      if bytes.starts(with: [0x50, 0x4B]) { return .docx }
      if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
      let head = bytes.prefix(64).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
      return head.first == UInt8(ascii: "<") ? .wordxml : nil
    }
  }

  /// What was found: the mode checked against, its marker, and the problems (none when the
  /// document is ready to be signed).
  public struct Report: Sendable {
    /// The kind of file.
    public var kind: Kind
    /// The mode the document was checked against.
    public var mode: SigningMode
    /// The marker looked for, in `tte-kemenag`.
    public var marker: Character?
    /// The number of DISAHKAN OLEH blocks found (one per SOP).
    public var blocks: Int
    /// The problems, in document order; empty when the document can be signed.
    public var diagnostics: [Diagnostic]

    /// Whether the document can be signed as it is.
    public var isReady: Bool { !diagnostics.hasErrors }
  }

  /// Checks `bytes`, a document for signing named `source` in diagnostics.
  ///
  /// Throws ``ConversionError`` with kind `unreadableInput` when the file is not a Word document
  /// or a PDF, or cannot be opened.
  public static func check(_ bytes: [UInt8], source: String, options: Options = Options()) throws(ConversionError) -> Report {
    switch Kind.sniff(bytes) {
    case .docx:
      let parts = try WordParts(package: bytes, source: source)
      return WordSigningCheck(parts: parts, kind: .docx, options: options).report()
    case .wordxml:
      let parts = try WordParts(flat: bytes, source: source)
      return WordSigningCheck(parts: parts, kind: .wordxml, options: options).report()
    case .pdf:
      let pages = try PDFTextPages(bytes, source: source)
      return PDFSigningCheck(pages: pages, source: source, options: options).report()
    case nil:
      throw ConversionError(.unreadableInput, Diagnostic(
        .ioUnreadable, "this is neither a Word document (.docx, Word XML) nor a PDF", at: SourceLocation(file: source),
        hint: "verify-signing checks the .docx, .xml or .pdf that sopkit wrote for signing"))
    }
  }

  /// Reads and checks the file at `path`.
  public static func check(path: String, options: Options = Options()) throws(ConversionError) -> Report {
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      let missing = !FileManager.default.fileExists(atPath: path)
      throw ConversionError(.unreadableInput, Diagnostic(
        missing ? .ioNotFound : .ioUnreadable, missing ? "no such file" : "the file cannot be read: \(error.localizedDescription)",
        at: SourceLocation(file: path)))
    }
    return try check(bytes, source: path, options: options)
  }
}
