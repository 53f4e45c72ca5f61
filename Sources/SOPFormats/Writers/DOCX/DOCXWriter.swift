import Foundation
import SOPModel

// Support:
// [x] identity table, flowchart pages as tables with repeated header rows, rows that do not split
// [x] symbols and arrows from the shared layout as page-positioned DrawingML shapes
// [x] srikandi, tte-kemenag and basah signing modes; F4 or A4 landscape
// [x] .docx package and single-file Word XML (Flat OPC), deterministic
// [x] named styles in word/styles.xml (Templates/docx/), replaced by an edited reference document
//     (--reference-doc; `sopkit template docx` exports the default one)
// [x] free space for the SRIKANDI / TTE footer at the foot of the signature page
// [ ] kop in a page header part (the kop stays in the identity table, styled by SOP Kop)

/// Writes the SOP as a Word document ready for signing.
public enum DOCXWriter {
  public struct Options: Sendable {
    public var setup: PageSetup
    public var mode: SigningMode
    /// Keep the canonical SOP in the document, so it reads back exactly (off only to make
    /// documents that look typed by hand, for benchmarks of the table reader).
    public var embedData: Bool
    /// An edited reference document whose styles replace the template's (`--reference-doc`).
    public var reference: DOCXReference?
    /// The folder a relative logo file is read from (the SOP file's, or the satker config's).
    public var assetFolder: String?
    /// Put "DRAF — belum untuk ditandatangani" (bold, red, 14 pt, centred) in the page header of
    /// every section, for an SOP that still has errors (``SOPDocument/isDraft``). Used by
    /// ``DOCXWriter/write(_:options:)`` and ``DOCXWriter/writeFlat(_:options:)`` alike.
    public var draft: Bool = false
    /// Print the JUMLAH WAKTU row with sopkit's own sum also when the SOP wrote no total, as
    /// ``XLSXWriter/Options/totalRow``.
    public var totalRow: Bool = false
    /// The signature block's room (``SignatureRoom``); the default follows sop-ap-format §9.
    public var signature: SignatureRoom = SignatureRoom()
    /// The character the signing service looks for in `tte-kemenag` (`--sign-marker`).
    public var marker = SigningMode.defaultMarker

    public init(
      setup: PageSetup = PageSetup(), mode: SigningMode = .basah, embedData: Bool = true, reference: DOCXReference? = nil, assetFolder: String? = nil,
      draft: Bool = false, totalRow: Bool = false, signature: SignatureRoom = SignatureRoom()
    ) {
      self.totalRow = totalRow
      self.signature = signature
      self.setup = setup
      self.mode = mode
      self.embedData = embedData
      self.reference = reference
      self.assetFolder = assetFolder
      self.draft = draft
    }
  }

  static let namespaces: [(String, String)] = [
    ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("xmlns:wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
  ]

  /// Free space kept at the foot of the signature page in the electronic modes, for the footer
  /// and QR that SRIKANDI and TTE stamp there: 1.5 cm above the usual bottom margin
  /// (sop-ap-format §8, §9.2).
  public static let signatureFooterSpace = 42.5

  /// The body: per SOP the identity page, then its flowchart pages. In the electronic modes each
  /// identity page (the signature page) is a section of its own whose bottom margin is larger by
  /// ``signatureFooterSpace``; the flowchart pages keep the usual margins.
  static func body(_ file: SOPFile, options: Options, logos: Logos = Logos()) -> String {
    let setup = options.setup
    let electronic = options.mode != .basah
    let header = options.draft ? DOCXDraftHeader.relationship : nil
    var body = DOCXBody(setup: setup, mode: options.mode, header: header, signature: options.signature)
    body.marker = options.marker
    for (index, sop) in file.sops.enumerated() {
      if index > 0 {
        let previous = file.sops[index - 1]
        // In the electronic modes a section break already started a new page after an SOP
        // without flowcharts; after flowcharts, their section ends here.
        if !electronic {
          body.pageBreak()
        } else if !previous.flowcharts.isEmpty {
          body.sectionBreak(bottom: setup.bottom)
        }
      }
      body.identity(sop.identity, logo: logos.bySOP[index])
      // The last section is closed by the body's own w:sectPr (see parts(_:options:)).
      if electronic, !(index == file.sops.count - 1 && sop.flowcharts.isEmpty) {
        body.sectionBreak(bottom: setup.bottom + signatureFooterSpace, footer: DOCXPageFooter.emptyRelationship)
      }
      for flowchart in sop.flowcharts { body.flowchart(flowchart, title: sop.identity.namaSOP, total: options.totalRow) }
    }
    body.end()
    var document = XMLBuilder()
    document.element("w:document", namespaces) { d in
      d.element("w:body") { b in
        b.raw(body.xml.text)
        let endsOnSignaturePage = electronic && file.sops.last?.flowcharts.isEmpty == true
        DOCXBody.sectionProperties(
          setup, bottom: setup.bottom + (endsOnSignaturePage ? signatureFooterSpace : 0), header: header,
          footer: endsOnSignaturePage ? DOCXPageFooter.emptyRelationship : DOCXPageFooter.relationship, into: &b)
      }
    }
    return document.text
  }

  /// The parts of the package, in the order they are written.
  static func parts(_ file: SOPFile, options: Options, logos: Logos) -> [(path: String, contentType: String?, xml: String)] {
    let styles = options.reference.map { $0.styles.filling(from: .template) } ?? .template
    let settings = DOCXTemplate.element("word/settings.xml")?.partText ?? ""
    var relationships = XMLBuilder()
    relationships.element("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]) { r in
      r.element("Relationship", [("Id", "rId1"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"), ("Target", "styles.xml")])
      r.element("Relationship", [("Id", "rId2"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"), ("Target", "settings.xml")])
      if options.embedData {
        r.element("Relationship", [("Id", "rId3"), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"), ("Target", "../customXml/item1.xml")])
      }
      for media in logos.media {
        r.element("Relationship", [("Id", media.relationship), ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"), ("Target", String(media.path.dropFirst("word/".count)))])
      }
      r.element("Relationship", [("Id", DOCXPageFooter.relationship), ("Type", DOCXPageFooter.relationshipType), ("Target", String(DOCXPageFooter.path.dropFirst("word/".count)))])
      if options.mode != .basah {
        r.element("Relationship", [("Id", DOCXPageFooter.emptyRelationship), ("Type", DOCXPageFooter.relationshipType), ("Target", String(DOCXPageFooter.emptyPath.dropFirst("word/".count)))])
      }
      if options.draft {
        r.element("Relationship", [("Id", DOCXDraftHeader.relationship), ("Type", DOCXDraftHeader.relationshipType), ("Target", String(DOCXDraftHeader.path.dropFirst("word/".count)))])
      }
    }
    // The canonical SOP, so that the document reads back to exactly the same SOP: a custom XML part
    // as Word itself stores document data, with its properties part.
    // With the fingerprint of the document it belongs to: while the document is unchanged, the
    // reader need not compare its tables with the SOP.
    let document = body(file, options: options, logos: logos)
    var data = XMLBuilder()
    data.element("sopkit", [("xmlns", DOCXReader.dataNamespace), (DOCXReader.fingerprintAttribute, PartFingerprint.of(document.utf8))]) { d in
      d.raw(XMLEscape.text(SOPJSON.encode(file)))
    }
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
      ("word/document.xml", main + ".document.main+xml", document),
      ("word/_rels/document.xml.rels", nil, relationships.text),
      ("word/styles.xml", main + ".styles+xml", styles.partText),
      ("word/settings.xml", main + ".settings+xml", settings),
      (DOCXPageFooter.path, DOCXPageFooter.contentType, DOCXPageFooter.xml),
    ] + (options.mode != .basah ? [(DOCXPageFooter.emptyPath, DOCXPageFooter.contentType, DOCXPageFooter.emptyXML)] : [])
      + (options.draft ? [(DOCXDraftHeader.path, DOCXDraftHeader.contentType, DOCXDraftHeader.xml)] : [])
      + (options.embedData ? [
      ("customXml/item1.xml", nil, data.text),
      ("customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml", dataProperties.text),
      ("customXml/_rels/item1.xml.rels", nil, dataRelationships.text),
    ] : [])
  }

  static func contentTypes(_ parts: [(path: String, contentType: String?, xml: String)], media: [Logos.Media]) -> String {
    var types = XMLBuilder()
    types.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) { t in
      t.element("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
      t.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
      for (ext, type) in Set(media.map { ($0.extension, $0.contentType) }.map { "\($0.0) \($0.1)" }).sorted().map({ $0.split(separator: " ").map(String.init) }).map({ ($0[0], $0[1]) }) {
        t.element("Default", [("Extension", ext), ("ContentType", type)])
      }
      for part in parts { if let type = part.contentType { t.element("Override", [("PartName", "/" + part.path), ("ContentType", type)]) } }
    }
    return types.text
  }

  /// The .docx package.
  /// - Throws: ``ConversionError`` of kind `internalFailure` when the package cannot be built.
  public static func write(_ file: SOPFile, options: Options = Options()) throws(ConversionError) -> [UInt8] {
    let logos = Logos(file, folder: options.assetFolder)
    let parts = parts(file, options: options, logos: logos)
    let text = [("[Content_Types].xml", contentTypes(parts, media: logos.media))] + parts.map { ($0.path, $0.xml) }
    return try PackageWriter.zip(text.map { ($0.0, Data($0.1.utf8)) } + logos.media.map { ($0.path, Data($0.bytes)) }, what: "Word package")
  }

  /// The same document as one Flat OPC XML file, which Word and LibreOffice open directly.
  public static func writeFlat(_ file: SOPFile, options: Options = Options()) -> [UInt8] {
    let logos = Logos(file, folder: options.assetFolder)
    let parts = parts(file, options: options, logos: logos)
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
      for media in logos.media {
        p.element("pkg:part", [("pkg:name", "/" + media.path), ("pkg:contentType", media.contentType), ("pkg:compression", "store")]) { x in
          x.textElement("pkg:binaryData", Base64.encode(media.bytes))
        }
      }
    }
    return Array(flat.text.utf8)
  }

  /// The logos of the SOPs as media parts of the package, one part per distinct picture.
  struct Logos {
    struct Media {
      var path: String
      var relationship: String
      var bytes: [UInt8]
      var `extension`: String
      var contentType: String
    }
    var media: [Media] = []
    /// The logo of each SOP, by index in the file.
    var bySOP: [Int: DOCXBody.Logo] = [:]

    init() {}

    init(_ file: SOPFile, folder: String?) {
      for (index, sop) in file.sops.enumerated() {
        guard let image = LogoImage.load(sop.identity.kop, folder: folder).0 else { continue }
        let isPNG = image.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47])
        let known = media.first { $0.bytes == image.bytes }
        let entry = known ?? Media(
          path: "word/media/logo\(media.count + 1).\(isPNG ? "png" : "jpeg")", relationship: "rIdLogo\(media.count + 1)", bytes: image.bytes,
          extension: isPNG ? "png" : "jpeg", contentType: isPNG ? "image/png" : "image/jpeg")
        if known == nil { media.append(entry) }
        // At most 2.2 cm high and 4 cm wide, the picture's proportions kept.
        let scale = min(62 / Double(image.height), 113 / Double(image.width))
        bySOP[index] = DOCXBody.Logo(relationship: entry.relationship, width: Double(image.width) * scale, height: Double(image.height) * scale)
      }
    }
  }
}
