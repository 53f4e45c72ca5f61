import Foundation
import SOPModel

/// An edited reference document (`--reference-doc`): the Word output takes its styles from it.
///
/// Only the styles part is used. A style the reference lacks keeps the template's definition
/// (``DOCXTemplate``), so any .docx whose styles were edited in Word or LibreOffice will do, also
/// one sopkit wrote.
public struct DOCXReference: Sendable {
  let styles: DOCXStyles

  /// Reads the styles of the .docx in `bytes`, naming it `source` in diagnostics.
  /// - Throws: ``ConversionError`` of kind `unreadableInput`: `docx.bad-reference` when the file is
  ///   not a Word package or has no styles part, `zip.limit` for a hostile archive, `xml.malformed`
  ///   when the styles part is damaged.
  public init(bytes: [UInt8], source: String) throws(ConversionError) {
    let package: ZipPackage
    do {
      package = try ZipPackage(bytes, source: source)
    } catch where error.diagnostics.first?.code == .zipNotAPackage {
      throw Self.bad(source, "cannot take styles from this file: it is not a Word document (.docx)")
    }
    let path = try Self.stylesPath(in: package)
    guard let root = try package.xml(path), root.name == "styles" else {
      throw Self.bad(source, "cannot take styles from this file: it has no Word styles part (\(path))")
    }
    styles = DOCXStyles(root)
  }

  /// Reads the reference document at `path`.
  /// - Throws: ``ConversionError`` of kind `unreadableInput` (`io.not-found`, `io.unreadable`, and
  ///   the codes of ``init(bytes:source:)``).
  public static func load(_ path: String) throws(ConversionError) -> DOCXReference {
    try DOCXReference(bytes: try InputFile.read(path), source: path)
  }

  private static func bad(_ source: String, _ message: String) -> ConversionError {
    ConversionError(.unreadableInput, Diagnostic(
      .docxBadReference, message, at: SourceLocation(file: source),
      hint: "export a reference document with `sopkit template docx -o acuan.docx`, change its styles in Word or LibreOffice, and save it as .docx"))
  }

  /// The styles part named by the main document's relationships (`word/styles.xml` in practice).
  private static func stylesPath(in package: ZipPackage) throws(ConversionError) -> String {
    let main = try package.xml("_rels/.rels")?.all("Relationship").first { $0.attributes["Type"]?.hasSuffix("/officeDocument") == true }?.attributes["Target"]
    guard let main = main.map({ $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }) else { return "word/styles.xml" }
    let folder = (main as NSString).deletingLastPathComponent
    let relationships = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (main as NSString).lastPathComponent + ".rels"
    guard let target = try package.xml(relationships)?.all("Relationship").first(where: { $0.attributes["Type"]?.hasSuffix("/styles") == true })?.attributes["Target"] else {
      return "word/styles.xml"
    }
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    return folder.isEmpty ? target : folder + "/" + target
  }
}
