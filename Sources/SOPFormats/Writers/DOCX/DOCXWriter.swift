import Foundation
import SOPModel
import ZIPFoundation

// Support:
// [x] identity table, flowchart pages as tables with repeated header rows, rows that do not split
// [x] symbols and arrows from the shared layout as page-positioned DrawingML shapes
// [x] srikandi, tte-kemenag and basah signing modes; F4 or A4 landscape
// [x] .docx package and single-file Word XML (Flat OPC), deterministic
// [ ] reference document (--reference-doc) and `sopkit template docx`; the DOCX reader round trip

/// Writes the SOP as a Word document ready for signing.
public enum DOCXWriter {
  public struct Options: Sendable {
    public var setup: PageSetup
    public var mode: SigningMode
    /// Keep the canonical SOP in the document, so it reads back exactly (off only to make
    /// documents that look typed by hand, for benchmarks of the table reader).
    public var embedData: Bool

    public init(setup: PageSetup = PageSetup(), mode: SigningMode = .basah, embedData: Bool = true) {
      self.setup = setup
      self.mode = mode
      self.embedData = embedData
    }
  }

  static let namespaces: [(String, String)] = [
    ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("xmlns:wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
  ]

  /// The parts of the package, in the order they are written.
  static func parts(_ file: SOPFile, options: Options) -> [(path: String, contentType: String?, xml: String)] {
    var body = DOCXBody(setup: options.setup, mode: options.mode)
    for (index, sop) in file.sops.enumerated() {
      if index > 0 { body.pageBreak() }
      body.identity(sop.identity)
      for flowchart in sop.flowcharts { body.flowchart(flowchart) }
    }
    var document = XMLBuilder()
    document.element("w:document", namespaces) { d in
      d.element("w:body") { b in
        b.raw(body.xml.text)
        b.element("w:sectPr") { s in
          let size = options.setup.size
          s.element("w:pgSz", [("w:w", DOCXBody.twips(size.width)), ("w:h", DOCXBody.twips(size.height)), ("w:orient", "landscape")])
          s.element("w:pgMar", [
            ("w:top", DOCXBody.twips(options.setup.top)), ("w:right", DOCXBody.twips(options.setup.right)),
            ("w:bottom", DOCXBody.twips(options.setup.bottom)), ("w:left", DOCXBody.twips(options.setup.left)),
            ("w:header", DOCXBody.twips(options.setup.header)), ("w:footer", DOCXBody.twips(options.setup.footer)), ("w:gutter", "0"),
          ])
        }
      }
    }
    var styles = XMLBuilder()
    styles.element("w:styles", [namespaces[0]]) { s in
      s.element("w:docDefaults") { d in
        d.element("w:rPrDefault") { r in
          r.element("w:rPr") { p in
            p.element("w:rFonts", [("w:ascii", "Arial"), ("w:hAnsi", "Arial"), ("w:cs", "Arial")])
            p.element("w:sz", [("w:val", "18")])
            p.element("w:lang", [("w:val", "id-ID")])
          }
        }
        d.element("w:pPrDefault") { p in p.element("w:pPr") { pr in pr.element("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")]) } }
      }
      s.element("w:style", [("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", "Normal")]) { n in n.element("w:name", [("w:val", "Normal")]) }
    }
    var settings = XMLBuilder()
    settings.element("w:settings", [namespaces[0]]) { s in
      s.element("w:defaultTabStop", [("w:val", "720")])
      s.element("w:compat") { c in
        c.element("w:compatSetting", [("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15")])
      }
    }
    var relationships = XMLBuilder()
    relationships.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) { r in
      r.element("Relationship", [("Id", "rId1"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"), ("Target", "styles.xml")])
      r.element("Relationship", [("Id", "rId2"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"), ("Target", "settings.xml")])
      if options.embedData {
        r.element("Relationship", [("Id", "rId3"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"), ("Target", "../customXml/item1.xml")])
      }
    }
    // The canonical SOP, so that the document reads back to exactly the same SOP: a custom XML part
    // as Word itself stores document data, with its properties part.
    var data = XMLBuilder()
    data.element("sopkit", [("xmlns", DOCXReader.dataNamespace)]) { d in d.raw(XMLEscape.text(SOPJSON.encode(file))) }
    var dataProperties = XMLBuilder()
    dataProperties.element("ds:datastoreItem", [
      ("ds:itemID", "{5A0C8E2B-3F4D-4C1A-9E57-50504B495431}"), ("xmlns:ds", "http://schemas.openxmlformats.org/officeDocument/2006/customXml"),
    ]) { d in d.element("ds:schemaRefs") { r in r.element("ds:schemaRef", [("ds:uri", DOCXReader.dataNamespace)]) } }
    var dataRelationships = XMLBuilder()
    dataRelationships.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) { r in
      r.element("Relationship", [("Id", "rId1"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"), ("Target", "itemProps1.xml")])
    }
    var rootRelationships = XMLBuilder()
    rootRelationships.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) { r in
      r.element("Relationship", [("Id", "rId1"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"), ("Target", "word/document.xml")])
    }
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return [
      ("_rels/.rels", nil, rootRelationships.text),
      ("word/document.xml", main + ".document.main+xml", document.text),
      ("word/_rels/document.xml.rels", nil, relationships.text),
      ("word/styles.xml", main + ".styles+xml", styles.text),
      ("word/settings.xml", main + ".settings+xml", settings.text),
    ] + (options.embedData ? [
      ("customXml/item1.xml", nil, data.text),
      ("customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml", dataProperties.text),
      ("customXml/_rels/item1.xml.rels", nil, dataRelationships.text),
    ] : [])
  }

  static func contentTypes(_ parts: [(path: String, contentType: String?, xml: String)]) -> String {
    var types = XMLBuilder()
    types.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) { t in
      t.element("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
      t.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
      for part in parts { if let type = part.contentType { t.element("Override", [("PartName", "/" + part.path), ("ContentType", type)]) } }
    }
    return types.text
  }

  /// The .docx package.
  public static func write(_ file: SOPFile, options: Options = Options()) throws(ConversionError) -> [UInt8] {
    let parts = parts(file, options: options)
    let all = [("[Content_Types].xml", contentTypes(parts))] + parts.map { ($0.path, $0.xml) }
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      let date = Date(timeIntervalSince1970: 315_532_800)
      for (path, xml) in all {
        let data = Data(xml.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date, compressionMethod: .deflate) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
      return [UInt8](data)
    } catch {
      throw ConversionError(.internalFailure, Diagnostic(.internalFailure, "could not build the Word package: \(error)"))
    }
  }

  /// The same document as one Flat OPC XML file, which Word and LibreOffice open directly.
  public static func writeFlat(_ file: SOPFile, options: Options = Options()) -> [UInt8] {
    let parts = parts(file, options: options)
    var flat = XMLBuilder()
    flat.raw(#"<?mso-application progid="Word.Document"?>"#)
    flat.element("pkg:package", [("xmlns:pkg", "http://schemas.microsoft.com/office/2006/xmlPackage")]) { p in
      for part in parts {
        let type = part.contentType ?? (part.path.hasSuffix(".rels") ? "application/vnd.openxmlformats-package.relationships+xml" : "application/xml")
        p.element("pkg:part", [("pkg:name", "/" + part.path), ("pkg:contentType", type)]) { x in
          x.element("pkg:xmlData") { d in
            let body = part.xml.hasPrefix("<?xml") ? String(part.xml[part.xml.index(after: part.xml.firstIndex(of: "\n")!)...]) : part.xml
            d.raw(body)
          }
        }
      }
    }
    return Array(flat.text.utf8)
  }
}
