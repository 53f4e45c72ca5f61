import Foundation
import SOPModel

/// The parts of a Word document that hold its text (the body, headers and footers), from a
/// `.docx` package or from single-file Word XML (Flat OPC), read with the package reader's limits.
struct WordParts {
  /// The parts by name (`word/document.xml`), the body first.
  let parts: [(name: String, root: XMLElement)]
  let source: String

  /// Whether a part of this name holds text to check.
  static func holdsText(_ name: String) -> Bool {
    name == DOCXDocument.mainPart || (name.hasPrefix("word/header") || name.hasPrefix("word/footer")) && name.hasSuffix(".xml")
  }

  /// The parts of the `.docx` package `bytes`.
  init(package bytes: [UInt8], source: String) throws(ConversionError) {
    let package = try ZipPackage(bytes, source: source)
    var parts: [(String, XMLElement)] = []
    for name in Self.ordered(package.names) {
      if let root = try package.xml(name) { parts.append((name, root)) }
    }
    try self.init(parts: parts, source: source)
  }

  /// The parts of the Flat OPC file `bytes` (`pkg:package` of `pkg:part`s with `pkg:xmlData`).
  init(flat bytes: [UInt8], source: String) throws(ConversionError) {
    let data = Data(bytes)
    guard data.count <= ZipPackage.maximumXMLPartSize, !ZipPackage.declaresDTD(data) else {
      throw ConversionError(.unreadableInput, Diagnostic(
        .xmlMalformed, "the Word XML file is larger than \(ZipPackage.maximumXMLPartSize >> 20) MB or declares a DTD; refused",
        at: SourceLocation(file: source), hint: "write the document again with sopkit -t wordxml"))
    }
    let root: XMLElement
    do {
      root = try XMLElement.parse(data)
    } catch {
      throw ConversionError(.unreadableInput, Diagnostic(.xmlMalformed, "the file is not well-formed XML: \(error.message)", at: SourceLocation(file: source, row: error.line)))
    }
    var byName: [String: XMLElement] = [:]
    for part in root.all("part") {
      guard let name = part.attributes["pkg:name"], let content = part.first("xmlData")?.children.first else { continue }
      byName[String(name.drop { $0 == "/" })] = content
    }
    try self.init(parts: Self.ordered(Array(byName.keys)).map { ($0, byName[$0]!) }, source: source)
  }

  private init(parts: [(String, XMLElement)], source: String) throws(ConversionError) {
    guard parts.contains(where: { $0.0 == DOCXDocument.mainPart }) else {
      throw ConversionError(.unreadableInput, Diagnostic(
        .docxNoSOP, "the file has no \(DOCXDocument.mainPart): it is not a Word document", at: SourceLocation(file: source),
        hint: "verify-signing checks the .docx, .xml or .pdf that sopkit wrote for signing"))
    }
    self.parts = parts
    self.source = source
  }

  /// The names of the parts that hold text, the body first, then the others by name.
  private static func ordered(_ names: [String]) -> [String] {
    names.filter(holdsText).sorted { ($0 == DOCXDocument.mainPart ? 0 : 1, $0) < ($1 == DOCXDocument.mainPart ? 0 : 1, $1) }
  }
}
