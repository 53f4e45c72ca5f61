import Foundation
import SOPModel

/// The default reference document: `Templates/docx/`, embedded in the library.
///
/// `sopkit template docx` writes it; a satker edits its styles in Word or LibreOffice and passes the
/// saved file back with `--reference-doc` (see ``DOCXReference``).
public enum DOCXTemplate {
  /// The files of `Templates/docx/` as embedded in this build (path in the package, text), in path
  /// order. The test suite compares them with the folder.
  public static var files: [(path: String, text: String)] { DOCXTemplateFiles.files }

  /// The reference document as a .docx package: every template part, without the comments and
  /// indentation of the files. The same build always gives the same bytes.
  /// - Throws: ``ConversionError`` of kind `internalFailure` when a part cannot be parsed or zipped.
  public static func write() throws(ConversionError) -> [UInt8] {
    var parts: [(path: String, text: String)] = []
    for file in files {
      guard let element = element(file.path) else {
        throw ConversionError(.internalFailure, Diagnostic(.internalFailure, "the template part \(file.path) is not well-formed XML"))
      }
      parts.append((file.path, element.partText))
    }
    return try PackageWriter.zip(parts, what: "reference document")
  }

  /// A template part, parsed, or `nil` when there is none (or it is not well-formed).
  static func element(_ path: String) -> XMLElement? {
    guard let text = files.first(where: { $0.path == path })?.text else { return nil }
    return try? XMLElement.parse(Data(text.utf8))
  }
}
