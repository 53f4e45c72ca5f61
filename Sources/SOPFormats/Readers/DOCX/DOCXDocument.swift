import Foundation
import SOPModel

/// The parts of a Word package a reader needs: the body, numbering and styles, and the header
/// and footer of each section (where offices often put the kop).
struct DOCXDocument {
  static let mainPart = "word/document.xml"

  let body: XMLElement
  let numbering: DOCXNumbering
  /// The sizes the styles set text in.
  let fontSizes: DOCXFontSizes
  /// Section breaks in body order: the index of the body block that ends each section, and the
  /// header and footer parts it names (default ones first).
  let sections: [(endBlock: Int, parts: [String], margins: DOCXFloatingShapes.Margins)]
  private let package: ZipPackage
  /// The main part's relationships: id → part.
  private let relationships: [String: String]

  init(package: ZipPackage, document: XMLElement) throws(ConversionError) {
    self.package = package
    guard let body = document.first("body") else {
      throw ConversionError(.unreadableInput, Diagnostic(.xmlMalformed, "word/document.xml has no body", at: SourceLocation(file: package.source, part: Self.mainPart)))
    }
    self.body = body
    let relationships = try package.relationships("word/_rels/document.xml.rels", base: "word/")
    self.relationships = relationships
    let styles = try package.xml("word/styles.xml")
    numbering = DOCXNumbering(numbering: try package.xml("word/numbering.xml"), styles: styles)
    fontSizes = DOCXFontSizes(styles: styles)
    var sections: [(Int, [String], DOCXFloatingShapes.Margins)] = []
    // A section without its own header keeps the one before ("Link to Previous", Word's default).
    var inherited: [String: String] = [:]
    for (index, block) in body.children.enumerated() {
      let properties = block.name == "sectPr" ? block : block.first("pPr")?.first("sectPr")
      guard let properties else { continue }
      for reference in properties.children where reference.name == "headerReference" || reference.name == "footerReference" {
        if let id = reference.attributes["r:id"], let target = relationships[id] {
          inherited["\(reference.name) \(reference.attributes["w:type"] ?? "default")"] = target
        }
      }
      // Headers before footers; the default page's, then the first page's, then even pages'.
      let order = ["headerReference default", "headerReference first", "headerReference even", "footerReference default", "footerReference first", "footerReference even"]
      let margin = properties.first("pgMar")
      let margins = DOCXFloatingShapes.Margins(
        left: DOCXShapes.number(margin?.attributes["w:left"] ?? "1440") * DOCXShapes.emuPerTwip,
        top: DOCXShapes.number(margin?.attributes["w:top"] ?? "1440") * DOCXShapes.emuPerTwip)
      sections.append((index, order.compactMap { inherited[$0] }, margins))
    }
    self.sections = sections
  }

  /// The header and footer parts of the section holding body block `block`.
  func headerParts(forBlock block: Int) -> [String] {
    sections.first { $0.endBlock >= block }?.parts ?? sections.last?.parts ?? []
  }

  /// The page margins of the section holding body block `block`.
  func margins(forBlock block: Int) -> DOCXFloatingShapes.Margins {
    (sections.first { $0.endBlock >= block } ?? sections.last)?.margins ?? .init(left: 1440 * DOCXShapes.emuPerTwip, top: 1440 * DOCXShapes.emuPerTwip)
  }

  /// Text lines of a header or footer part: paragraphs, table cells and text boxes, in order.
  func lines(ofPart path: String, text: inout DOCXText) -> [(line: String, row: Int)] {
    guard let root = try? package.xml(path) else { return [] }
    var lines: [(String, Int)] = []
    func collect(_ element: XMLElement) {
      for child in element.children {
        switch child.name {
        case "p":
          let paragraph = text.paragraphText(child)
          for line in paragraph.split(whereSeparator: \.isNewline) { lines.append((String(line), child.line)) }
          for box in Self.textBoxes(in: child) { collect(box) }
        default: collect(child)
        }
      }
    }
    collect(root)
    return lines.map { ($0.0.trimmingCharacters(in: .whitespaces), $0.1) }.filter { !$0.0.isEmpty }
  }

  /// Text box contents inside `element`, one side of each mc:AlternateContent only.
  static func textBoxes(in element: XMLElement) -> [XMLElement] {
    element.children.flatMap { child -> [XMLElement] in
      if child.name == "txbxContent" { return [child] }
      if child.name == "AlternateContent" {
        let choice = child.first("Choice").map(textBoxes) ?? []
        return choice.isEmpty ? (child.first("Fallback").map(textBoxes) ?? []) : choice
      }
      return textBoxes(in: child)
    }
  }

  /// The first picture drawn in a header or footer part (a logo in the page header), resolved
  /// through that part's own relationships.
  func firstPicture(inPart path: String) -> Picture? {
    guard let root = try? package.xml(path) else { return nil }
    let ids = root.descendants("blip").compactMap { $0.attributes["r:embed"] } + root.descendants("imagedata").compactMap { $0.attributes["r:id"] }
    guard let id = ids.first else { return nil }
    let folder = (path as NSString).deletingLastPathComponent
    guard let relationships = try? package.relationships(folder + "/_rels/" + (path as NSString).lastPathComponent + ".rels", base: folder + "/"),
      let part = relationships[id].map(ZipPackage.normalise), let data = try? package.data(part), data.count <= KopLogo.largest
    else { return nil }
    return Picture(mediaType: Picture.mediaType(forName: part), bytes: [UInt8](data))
  }

  /// The picture a relationship id of the main part names (an image in the body), if it is a
  /// part of the package no larger than `limit` bytes.
  func picture(_ id: String, limit: Int = KopLogo.largest) -> Picture? {
    guard let part = relationships[id].map(ZipPackage.normalise), let data = try? package.data(part), data.count <= limit else { return nil }
    return Picture(mediaType: Picture.mediaType(forName: part), bytes: [UInt8](data))
  }
}
