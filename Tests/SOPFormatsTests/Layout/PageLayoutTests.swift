import Foundation
@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing
import ZIPFoundation

/// The table and page rules of issue 18 that need no printing: one text measure, the JUMLAH WAKTU
/// row only when asked or written, list sub-headings, page numbers in Word and in the HTML
/// preview, the title on every flowchart page, the signature room in the satker config.
@Suite struct PageLayoutTests {
  static func model(_ name: String) throws -> SOPFile {
    let url = TestData.root.appendingPathComponent("model/\(name).json")
    return try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
  }

  // MARK: Text measure

  @Test func measuresArialAsLibreOfficePrintsIt() {
    // "permohonan" in Arial 10 is 56.3 pt in LibreOffice's print (pdftotext -bbox).
    #expect(abs(TextMeasure.width("permohonan", size: 10) - 56.14) < 0.01)
    #expect(TextMeasure.width("KELENGKAPAN", size: 10, bold: true) > TextMeasure.width("KELENGKAPAN", size: 10))
    // A slash is a break only in a paragraph's first word, as LibreOffice breaks.
    #expect(TextMeasure.wrap("Analis/Pelaksana", width: 40, size: 8, bold: true) == ["Analis/", "Pelaksana"])
    #expect(TextMeasure.wrap("Kepala Seksi/Penyelenggara", width: 100, size: 8).count == 2)
    #expect(TextMeasure.widestWord("Kepala Seksi/Penyelenggara", size: 8) == TextMeasure.width("Seksi/Penyelenggara", size: 8))
    // The size that keeps every word whole.
    #expect(TextMeasure.fittingSize("Instansi/ Organisasi / Perusahaan Kapal atau Maskapai", width: 40, sizes: [10, 9, 8, 7], bold: true) == 7)
  }

  // MARK: The flowchart table

  @Test func theLongSOPPrintsOnFivePagesAfterItsIdentityPage() throws {
    let sop = try Self.model("kanwil-layanan-ptsp-panjang").sops[0]
    let table = ProcedureTable(sop.flowcharts[0], setup: PageSetup(), title: sop.identity.namaSOP)
    #expect(table.layout.pages.count <= 5)
    // Every page but the last is filled: the next step would not have fitted.
    for page in table.layout.pages.dropLast() { #expect(page.height > 0.75 * 432, "\(page.height)") }
    // The actor columns are as narrow as a symbol allows, Kegiatan gets the room.
    #expect(table.widths[1] > 2.5 * table.widths[2])
  }

  @Test func fewActorsGetWiderColumns() throws {
    let few = ProcedureTable(try Self.model("pemda-kelurahan-surat-masuk").sops[0].flowcharts[0], setup: PageSetup())
    let many = ProcedureTable(try Self.model("kanwil-layanan-ptsp-panjang").sops[0].flowcharts[0], setup: PageSetup())
    #expect(few.widths[2] > many.widths[2])
    #expect(many.widths[2] >= ProcedureTable.minimumActorWidth)
  }

  @Test func theHeaderRowHoldsTheLongestActorName() {
    let names = ["Instansi/ Organisasi / Perusahaan Kapal atau Maskapai", "Kepala Siaga Kantor Pencarian dan Pertolongan", "Pemohon"]
    let steps = names.enumerated().map { Step(nomor: $0.offset + 1, kegiatan: "Menerima berkas", pelaksana: $0.element) }
    let table = ProcedureTable(Flowchart(pelaksana: names, steps: steps), setup: PageSetup())
    let room = CellText.workbookWidth(table.widths[2])
    for name in names {
      #expect(TextMeasure.widestWord(name, size: table.actorHeaderSize, bold: true) <= room, "\(name)")
      let lines = TextMeasure.lineCount(name, width: room, size: table.actorHeaderSize, bold: true)
      #expect(TextMeasure.height(lines: lines, size: table.actorHeaderSize) <= table.headerHeights[1], "\(name)")
    }
  }

  @Test func jumlahWaktuOnlyWhenWrittenOrAsked() throws {
    var flowchart = try Self.model("pemda-kelurahan-surat-masuk").sops[0].flowcharts[0]
    flowchart.totalWaktu = nil
    #expect(ProcedureTable(flowchart, setup: PageSetup()).totalText == nil)
    #expect(ProcedureTable(flowchart, setup: PageSetup(), total: true).totalText != nil)
    flowchart.totalWaktu = Waktu.parse("35 menit")
    #expect(ProcedureTable(flowchart, setup: PageSetup()).totalText == "35 menit")
    // The workbook, Word and the preview follow it.
    let file = SOPFile(sops: [SOPDocument(identity: try Self.model("pemda-kelurahan-surat-masuk").sops[0].identity, flowcharts: [flowchart])])
    var without = file
    without.sops[0].flowcharts[0].totalWaktu = nil
    let svg = { (file: SOPFile, total: Bool) in String(decoding: SVGWriter.write(file, options: .init(totalRow: total)), as: UTF8.self) }
    #expect(svg(file, false).contains("JUMLAH WAKTU"))
    #expect(!svg(without, false).contains("JUMLAH WAKTU"))
    #expect(svg(without, true).contains("JUMLAH WAKTU"))
    let document = { (file: SOPFile, total: Bool) throws in try XLSXWriterTests.parts(try DOCXWriter.write(file, options: .init(totalRow: total)))["word/document.xml"] ?? "" }
    #expect(!(try document(without, false)).contains("JUMLAH WAKTU"))
    #expect(try document(without, true).contains("JUMLAH WAKTU"))
  }

  // MARK: Lists

  @Test func listSubheadingsAreNotNumbered() {
    let items = ["Peralatan :", "Komputer", "Printer", "Perlengkapan:", "Alat tulis kantor"]
    #expect(ListItems.numbered(items) == ["Peralatan :", "1. Komputer", "2. Printer", "Perlengkapan:", "1. Alat tulis kantor"])
    #expect(ListItems.split(ListItems.join(items)) == items)
    #expect(!ListItems.isSubheading("Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan yang mengatur hal berikut:"))
    var identity = Identity(namaSOP: "Contoh")
    identity.lists.peralatanPerlengkapan = items
    let html = String(decoding: HTMLWriter.write(SOPFile(sops: [SOPDocument(identity: identity, flowcharts: [])])), as: UTF8.self)
    #expect(html.contains(#"<div class="subjudul">Peralatan :</div>"#))
    #expect(!html.contains("<li>Peralatan :</li>"))
  }

  /// In `tte-kemenag` the workbook's room to sign holds the marker alone on its middle line, as
  /// the Word document and the PDF do (sop-ap-format §9.3), and is as tall as in `basah`.
  @Test func theWorkbookPutsTheTTEMarkerInTheRoomToSign() throws {
    let file = try Self.model("kua-pendaftaran-nikah")
    let identity = file.sops[0].identity
    func signature(_ marker: Character?) -> [String] {
      let sheet = XLSXIdentitySheet(identity: identity, setup: PageSetup(), marker: marker)
      return sheet.fields(room: SignatureRoom()).first { $0.label == "DISAHKAN OLEH" }!.text.components(separatedBy: "\n")
    }
    let basah = signature(nil), tte = signature("^"), other = signature("#")
    #expect(tte.count == basah.count)
    #expect(tte.filter { $0 == "^" }.count == 1 && tte.joined().filter { $0 == "^" }.count == 1)
    let at = try #require(tte.firstIndex(of: "^"))
    #expect(at > 1 && at < tte.count - 2, "the marker stands between the jabatan and the name")
    #expect(other.contains("#") && !other.contains("^"))
    // Through the pipeline, as `convert -t xlsx --sign tte-kemenag` asks for it.
    var options = Converter.Options()
    options.xlsx.mode = .tteKemenag
    let conversion = Converter.convert(bytes: [UInt8](SOPJSON.encode(file).utf8), format: .json, source: "kua.json", targets: [.xlsx], options: options)
    let workbook = try #require(conversion.outputs.first?.bytes)
    let archive = try Archive(data: Data(workbook), accessMode: .read)
    var strings = Data()
    _ = try archive.extract(try #require(archive["xl/sharedStrings.xml"])) { strings.append($0) }
    #expect(String(decoding: strings, as: UTF8.self).contains("\n^\n"))
  }

  /// The BASARNAS workbook writes its second sub-heading without a colon, as the first line of its
  /// cell over indented lines ("Perlengkapan\n   Perangkat deteksi dini, …"): a sub-heading, not an
  /// item. An item wrapped over indented lines stays one item.
  @Test func aShortLineOverIndentedLinesIsASubheading() {
    #expect(ListItems.split("Perlengkapan\n   Perangkat deteksi dini, Peta\n") == ["Perlengkapan:", "Perangkat deteksi dini, Peta"])
    #expect(ListItems.numbered(ListItems.split("Peralatan : \n   Komputer\n") + ListItems.split("Perlengkapan\n   Peta\n"))
      == ["Peralatan :", "1. Komputer", "Perlengkapan:", "1. Peta"])
    #expect(ListItems.split("Undang-Undang Nomor 29\n   Tahun 2014 tentang Pencarian") == ["Undang-Undang Nomor 29", "Tahun 2014 tentang Pencarian"])
    #expect(ListItems.split("Komputer\nPeta") == ["Komputer", "Peta"])
  }

  // MARK: Pages

  @Test func wordNumbersItsPagesAndTitlesEveryFlowchartPage() throws {
    let file = try Self.model("kua-pendaftaran-nikah")
    let parts = try XLSXWriterTests.parts(try DOCXWriter.write(file))
    let footer = try #require(parts["word/footer1.xml"])
    #expect(footer.contains("Halaman ") && footer.contains(" PAGE ") && footer.contains(" NUMPAGES ") && footer.contains(" dari "))
    let document = try #require(parts["word/document.xml"])
    #expect(document.contains(#"<w:footerReference w:type="default" r:id="rIdFooter"/>"#))
    let pages = ProcedureTable(file.sops[0].flowcharts[0], setup: PageSetup()).layout.pages.count
    #expect(document.components(separatedBy: ">PELAYANAN PENDAFTARAN NIKAH<").count - 1 == 1 + pages)
    // Header rows grow with their text rather than clip it.
    #expect(!document.contains(#"<w:tblHeader/></w:trPr>"#) || document.contains(#"w:hRule="atLeast"/><w:tblHeader/>"#))
    // In the electronic modes the signature page keeps its foot free: an empty footer there.
    let signed = try XLSXWriterTests.parts(try DOCXWriter.write(file, options: .init(mode: .srikandi)))
    #expect(signed["word/footer2.xml"]?.contains("PAGE") == false)
    #expect(signed["word/document.xml"]?.contains(#"r:id="rIdFooterEmpty""#) == true)
  }

  @Test func theWorkbookPrintsTheTitleInTheFooterOfEveryFlowchartPage() throws {
    let parts = try XLSXWriterTests.parts(try XLSXWriter.write(try Self.model("kua-pendaftaran-nikah")))
    let sheet = try #require(parts["xl/worksheets/sheet2.xml"])
    #expect(sheet.contains("<oddFooter>&amp;L&amp;\"Arial\"&amp;B&amp;8PELAYANAN PENDAFTARAN NIKAH&amp;R&amp;\"Arial\"&amp;8Halaman &amp;P dari &amp;N</oddFooter>"))
    #expect(XLSXProcedureSheet.footer(title: "A & B").contains("A && B"))
    #expect(XLSXProcedureSheet.footer(title: String(repeating: "PANJANG ", count: 60)).utf8.count < 255)
  }

  @Test func theHTMLPreviewCountsTheIdentityPage() throws {
    let file = try Self.model("kanwil-layanan-ptsp-panjang")
    let html = String(decoding: HTMLWriter.write(file), as: UTF8.self)
    let pages = 1 + ProcedureTable(file.sops[0].flowcharts[0], setup: PageSetup()).layout.pages.count
    for number in 1...pages { #expect(html.contains("Halaman \(number) dari \(pages)"), "page \(number)") }
    #expect(!html.contains("Halaman \(pages + 1) dari"))
  }

  // MARK: Signature room

  @Test func theSatkerConfigSetsTheSignatureRoom() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("satker.json").path
    try Data(#"{"signature_height_cm": 3}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(try SatkerConfig.load(path).signature == SignatureRoom(heightCM: 3))
    try Data(#"{"signature_height_cm": 20}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: ConversionError.self) { try SatkerConfig.load(path) }
    // The default is within sop-ap-format §9.4's 2.5–3 cm, and the writers follow the config.
    #expect((2.5...3).contains(SignatureRoom().heightCM))
    var options = Converter.Options()
    var config = SatkerConfig()
    config.signature = SignatureRoom(heightCM: 4)
    options.satker = config
    let file = try Self.model("pemda-kelurahan-surat-masuk")
    let document = String(decoding: try Converter.render(file, as: .html, options: options), as: UTF8.self)
    #expect(document.contains(#"class="ruang-ttd" style="height: \#(SVGNumber.format(SignatureRoom(heightCM: 4).points))pt""#))
    let docx = try XLSXWriterTests.parts(try Converter.render(file, as: .docx, options: options))["word/document.xml"] ?? ""
    #expect(docx.contains(#"w:line="\#(DOCXBody.twips(SignatureRoom(heightCM: 4).points))" w:lineRule="exact""#))
    #expect(XLSXIdentitySheet.blankLines(for: SignatureRoom(heightCM: 4)) > XLSXIdentitySheet.blankLines(for: SignatureRoom()))
  }
}
