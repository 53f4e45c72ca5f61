import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// A draft's signing outputs say "DRAF — belum untuk ditandatangani" on every page: the workbook in
/// each sheet's print header, the Word document in a header part every section names, the SVG and
/// HTML previews on each page. Without the option nothing changes.
@Suite struct DraftMarkTests {
  static let models = XLSXWriterTests.models
  static let mark = "DRAF — belum untuk ditandatangani"

  /// Two SOPs in one file, so the Word document has several sections in the electronic modes.
  static func twoSOPs() throws -> SOPFile {
    let first = try XLSXWriterTests.file(models[0]), second = try XLSXWriterTests.file(models[1])
    return SOPFile(sops: first.sops + second.sops)
  }

  static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

  // MARK: Workbook

  @Test(arguments: models)
  func everyPrintedSheetHasTheMarkInItsHeader(_ url: URL) throws {
    let parts = try XLSXWriterTests.parts(try XLSXWriter.write(try XLSXWriterTests.file(url), options: .init(draft: true)))
    let sheets = parts.keys.filter { $0.hasPrefix("xl/worksheets/sheet") }
      .sorted { Int($0.filter(\.isNumber)) ?? 0 < Int($1.filter(\.isNumber)) ?? 0 }
    // The last sheet is the hidden data sheet, never printed.
    for sheet in sheets.dropLast() {
      let xml = try #require(parts[sheet])
      #expect(xml.contains("<oddHeader>&amp;C&amp;\"Arial\"&amp;B&amp;14&amp;KFF0000\(Self.mark)</oddHeader>"), "\(sheet)")
    }
    #expect(parts[sheets.last ?? ""]?.contains("<oddHeader>") == false)
  }

  // MARK: Word

  @Test(arguments: SigningMode.allCases)
  func everyWordSectionNamesTheMarkHeader(_ mode: SigningMode) throws {
    let parts = try XLSXWriterTests.parts(try DOCXWriter.write(try Self.twoSOPs(), options: .init(mode: mode, draft: true)))
    let document = try #require(parts["word/document.xml"])
    let sections = Self.count("<w:sectPr>", in: document)
    #expect(sections >= (mode == .basah ? 1 : 3))
    #expect(Self.count(#"<w:sectPr><w:headerReference w:type="default" r:id="rIdDraft"/>"#, in: document) == sections)
    #expect(parts["word/_rels/document.xml.rels"]?.contains(
      #"<Relationship Id="rIdDraft" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#) == true)
    #expect(parts["[Content_Types].xml"]?.contains(
      #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#) == true)
    let header = try #require(parts["word/header1.xml"])
    #expect(header.contains(Self.mark) && header.contains(#"<w:color w:val="FF0000"/><w:sz w:val="28"/>"#) && header.contains(#"<w:jc w:val="center"/>"#))
  }

  @Test func theWordXMLCarriesTheSameHeader() throws {
    let flat = String(decoding: DOCXWriter.writeFlat(try Self.twoSOPs(), options: .init(mode: .srikandi, draft: true)), as: UTF8.self)
    #expect(flat.contains(#"<pkg:part pkg:name="/word/header1.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml">"#))
    #expect(flat.contains(Self.mark))
    #expect(Self.count("<w:sectPr>", in: flat) == Self.count(#"r:id="rIdDraft""#, in: flat))
    #expect(flat.contains(#"Target="header1.xml""#))
  }

  /// python-docx sees a header of its own on every section, holding the mark.
  @Test func pythonDocxFindsTheMarkInEverySectionsHeader() throws {
    guard let python = PythonTools.interpreter ?? ProcessRunner.which("python3"),
      (try? ProcessRunner.run(python, ["-c", "import docx"]))?.status == 0
    else {
      try Test.cancel("no Python with python-docx (make venv)")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      import sys, docx
      d = docx.Document(sys.argv[1])
      for i, s in enumerate(d.sections):
          text = "".join(p.text for p in s.header.paragraphs)
          if s.header.is_linked_to_previous or "DRAF" not in text:
              sys.exit("section %d: header %r" % (i + 1, text))
      print(len(d.sections))
      """
    for mode in SigningMode.allCases {
      let path = folder.appendingPathComponent("\(mode.rawValue).docx")
      try Data(try DOCXWriter.write(try Self.twoSOPs(), options: .init(mode: mode, draft: true))).write(to: path)
      let run = try ProcessRunner.run(python, ["-c", script, path.path])
      #expect(run.status == 0, "\(mode): \(run.standardError)")
      #expect((Int(run.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 1)
    }
  }

  /// Read without its data part (from the tables, as a document edited by hand), a marked
  /// document gives the same SOP as an unmarked one: the mark never becomes a kop line.
  @Test(arguments: SigningMode.allCases)
  func theMarkIsNotReadAsPartOfTheSOP(_ mode: SigningMode) throws {
    let file = try XLSXWriterTests.file(Self.models[0])
    let marked = DOCXReader.read(try DOCXReaderTests.withoutDataPart(try DOCXWriter.write(file, options: .init(mode: mode, draft: true))), source: "a.docx")
    let plain = DOCXReader.read(try DOCXReaderTests.withoutDataPart(try DOCXWriter.write(file, options: .init(mode: mode))), source: "a.docx")
    let sop = try #require(marked.file?.sops.first)
    #expect(sop.identity == plain.file?.sops.first?.identity && sop.flowcharts == plain.file?.sops.first?.flowcharts)
    #expect(!sop.identity.kop.lines.contains { $0.contains("DRAF") })
    #expect(marked.diagnostics.map(\.description) == plain.diagnostics.map(\.description))
  }

  // MARK: Schemas

  /// The parts the mark adds or changes are valid against the ISO/IEC 29500-4 transitional schemas
  /// (../shared/ooxml-schemas). Known exception (see its README): Word 2010 shapes (`wps:wsp`) in
  /// document.xml have no schema there, so those reports are left out.
  @Test func theChangedPartsAreValidAgainstTheSchemas() throws {
    let schemas = TestData.packageRoot().deletingLastPathComponent().appendingPathComponent("shared/ooxml-schemas")
    guard let xmllint = ProcessRunner.which("xmllint"), FileManager.default.fileExists(atPath: schemas.appendingPathComponent("README.md").path) else {
      try Test.cancel("xmllint (apt-get install libxml2-utils) or ../shared/ooxml-schemas is missing")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let word = try XLSXWriterTests.parts(try DOCXWriter.write(try Self.twoSOPs(), options: .init(mode: .srikandi, draft: true)))
    let book = try XLSXWriterTests.parts(try XLSXWriter.write(try Self.twoSOPs(), options: .init(draft: true)))
    let iso = "ISO-IEC29500-4_2016/", opc = "ecma/fouth-edition/"
    var checks: [(name: String, xml: String?, schema: String)] = [
      ("word/header1.xml", word["word/header1.xml"], iso + "wml.xsd"),
      ("word/document.xml", word["word/document.xml"], iso + "wml.xsd"),
      ("word/_rels/document.xml.rels", word["word/_rels/document.xml.rels"], opc + "opc-relationships.xsd"),
      ("[Content_Types].xml", word["[Content_Types].xml"], opc + "opc-contentTypes.xsd"),
    ]
    for sheet in book.keys.filter({ $0.hasPrefix("xl/worksheets/sheet") }).sorted() { checks.append((sheet, book[sheet], iso + "sml.xsd")) }
    for (index, check) in checks.enumerated() {
      let path = folder.appendingPathComponent("part\(index).xml")
      try Data(try #require(check.xml, "\(check.name) is missing").utf8).write(to: path)
      let run = try ProcessRunner.run(xmllint, ["--noout", "--nonet", "--schema", schemas.appendingPathComponent(check.schema).path, path.path])
      let errors = run.standardError.split(separator: "\n").filter {
        $0.contains("error") && !$0.contains("{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp")
      }
      #expect(errors.isEmpty, "\(check.name): \(errors.prefix(5).joined(separator: "\n"))")
    }
  }

  // MARK: Printed by LibreOffice

  /// Every printed page of every sample, workbook and Word document, shows the mark once, and the
  /// mark adds no page: the workbook prints on the pages sopkit planned.
  @Test func libreOfficePrintsTheMarkOnEveryPage() throws {
    guard let soffice = ProcessRunner.which("soffice"), let pdftotext = ProcessRunner.which("pdftotext"), let pdfinfo = ProcessRunner.which("pdfinfo") else {
      try Test.cancel("LibreOffice (soffice) or poppler-utils (pdftotext, pdfinfo) is not installed; `make deps-render` installs them")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var planned: [String: Int] = [:]
    var inputs: [String] = []
    for url in Self.models {
      let name = url.deletingPathExtension().lastPathComponent
      let file = try XLSXWriterTests.file(url)
      planned[name] = file.sops.reduce(0) { total, sop in
        total + 1 + sop.flowcharts.reduce(0) { $0 + ProcedureTable($1, setup: PageSetup()).layout.pages.count }
      }
      let xlsx = folder.appendingPathComponent("\(name)-xlsx.xlsx"), docx = folder.appendingPathComponent("\(name)-docx.docx")
      try Data(try XLSXWriter.write(file, options: .init(draft: true))).write(to: xlsx)
      try Data(try DOCXWriter.write(file, options: .init(draft: true))).write(to: docx)
      inputs += [xlsx.path, docx.path]
    }
    let profile = folder.appendingPathComponent("profile").path
    let conversion = try ProcessRunner.run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + inputs)
    #expect(conversion.status == 0, "\(conversion.standardError)")
    for (name, pages) in planned.sorted(by: { $0.key < $1.key }) {
      for kind in ["xlsx", "docx"] {
        let pdf = folder.appendingPathComponent("\(name)-\(kind).pdf").path
        let info = try ProcessRunner.run(pdfinfo, [pdf]).standardOutput
        let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        if kind == "xlsx" { #expect(count == pages, "\(name).\(kind): planned \(pages) pages, printed \(count)") }
        #expect(count >= pages, "\(name).\(kind): \(count) pages")
        for page in 1...max(count, 1) {
          let text = try ProcessRunner.run(pdftotext, ["-f", "\(page)", "-l", "\(page)", pdf, "-"]).standardOutput
          #expect(Self.count("belum untuk ditandatangani", in: text) == 1 && text.contains("DRAF"), "\(name).\(kind): page \(page)")
        }
      }
    }
  }

  // MARK: Previews

  @Test(arguments: models)
  func everyPreviewPageHasTheMarkAboveTheTable(_ url: URL) throws {
    let file = try XLSXWriterTests.file(url)
    let svg = String(decoding: SVGWriter.write(file, options: .init(draft: true)), as: UTF8.self)
    let pages = Self.count(#"<g class="page""#, in: svg)
    #expect(pages > 0 && Self.count(#"<text class="draf""#, in: svg) == pages)
    // In the top margin (51 pt), at the right edge of the table, red.
    #expect(svg.contains(##"<text class="draf" x="893" y="34" font-size="14" font-weight="bold" text-anchor="end" fill="#FF0000">\##(Self.mark)</text>"##))
    let html = String(decoding: HTMLWriter.write(file, options: .init(draft: true)), as: UTF8.self)
    #expect(Self.count(#"<div class="draf">\#(Self.mark)</div>"#, in: html) == file.sops.count)
    #expect(Self.count(#"<text class="draf""#, in: html) == pages)
    #expect(html.contains(".sheet .draf { position: absolute;"))
  }

  // MARK: Off by default

  @Test(arguments: models)
  func withoutTheOptionNothingChanges(_ url: URL) throws {
    let file = try XLSXWriterTests.file(url)
    #expect(try XLSXWriter.write(file) == XLSXWriter.write(file, options: .init(draft: false)))
    #expect(try DOCXWriter.write(file) == DOCXWriter.write(file, options: .init(draft: false)))
    #expect(DOCXWriter.writeFlat(file) == DOCXWriter.writeFlat(file, options: .init(draft: false)))
    #expect(SVGWriter.write(file) == SVGWriter.write(file, options: .init(draft: false)))
    #expect(HTMLWriter.write(file) == HTMLWriter.write(file, options: .init(draft: false)))
    let texts = try XLSXWriterTests.parts(try XLSXWriter.write(file)).values.joined()
      + XLSXWriterTests.parts(try DOCXWriter.write(file)).values.joined()
      + String(decoding: SVGWriter.write(file) + HTMLWriter.write(file), as: UTF8.self)
    #expect(!texts.contains("belum untuk ditandatangani") && !texts.contains("header1.xml") && !texts.contains("<oddHeader>"))
    #expect(!texts.contains(#"class="draf""#))
  }
}
