import Foundation
import SOPModel
import SOPTestSupport
import Testing
import ZIPFoundation

@testable import SOPFormats

/// Legacy Word SOPs as offices make them: shapes and arrows in the flowchart table, numbered lists,
/// the kop in the page header, tracked changes, several SOPs in one file, .doc files, and Word
/// files that are not SOPs at all.
@Suite struct DOCXLegacyTests {
  static let fixture = TestData.root.appendingPathComponent("docx/penelitian-libreoffice.docx")

  static func read(_ url: URL) throws -> ReadResult {
    DOCXReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent)
  }

  @Test func shapesAndArrowsDrawnInWriterGiveActorsSymbolsAndTheDecisionsBranches() throws {
    let result = try Self.read(Self.fixture)
    let chart = try #require(result.file?.sops.first?.flowcharts.first)
    #expect(chart.steps.map(\.pelaksana) == ["Pemohon", "Front Office", "Back Office", "Bidang PENMAD", "Umum"])
    #expect(chart.steps.map(\.shape) == [.terminator, .process, .decision, .process, .terminator])
    // Tidak runs back to step 1 along three line segments; Ya goes on to step 4.
    #expect(chart.steps[2].flow.tidak == .step(1))
    #expect(chart.steps[2].flow.ya == nil)
    #expect(!result.diagnostics.contains { $0.code == .docxUnmappedShape })
  }

  @Test func theVMLFallbackAloneGivesTheSameSOP() throws {
    // Older Word versions read only the VML side of each mc:AlternateContent; so can sopkit.
    let bytes = try Self.replacingPart(try Data(contentsOf: Self.fixture), "word/document.xml") { xml in
      xml.replacingOccurrences(of: #"<mc:Choice Requires="wps">.*?</mc:Choice>"#, with: "", options: .regularExpression)
    }
    let vml = DOCXReader.read(bytes, source: "vml.docx")
    let drawingML = try Self.read(Self.fixture)
    #expect(vml.file != nil)
    #expect(vml.file == drawingML.file)
  }

  @Test func numberedListsKeepTheirItemsAndTheKopComesFromThePageHeader() throws {
    let sop = try #require(try Self.read(Self.fixture).file?.sops.first)
    #expect(sop.identity.lists.dasarHukum.count == 2)
    #expect(sop.identity.lists.peralatanPerlengkapan == ["Perangkat komputer, alat penyimpan data", "Alat tulis, lembar LD dan LDKK"])
    #expect(sop.identity.kop.lines == ["KEMENTERIAN AGAMA", "KANWIL PROVINSI SUMATERA SELATAN", "Subbag Umum Bagian Tata Usaha"])
    #expect(sop.identity.kop.alamat == "Jl. Ade Irma Nasution No. 08 Palembang 30129")
  }

  @Test func eachSOPOfADocumentHasItsOwnSummaryAndPlaces() throws {
    let result = try Self.read(TestData.root.appendingPathComponent("docx/dua-sop-libreoffice.docx"))
    #expect(result.file?.sops.map(\.identity.namaSOP) == ["Pengurusan Surat Masuk", "SOP Perizinan Penelitian di Madrasah Via Daring"])
    let summaries = result.diagnostics.filter { $0.code == .docxSummary }
    #expect(summaries.map { $0.location?.context } == ["table 1", "table 4"])
    #expect(summaries[0].message.contains("actors from marks in cells") && summaries[0].message.contains("guessed: symbols"))
    #expect(summaries[1].message.contains("from 22 shape(s)"))
    #expect(result.locate("$.sops[1].flowcharts[0].steps[2]").context == "table 6:row 5:col 1")
    #expect(result.locate("$.sops[0].flowcharts[0].steps[2]").context == "table 3:row 5:col 1")
  }

  @Test func trackedChangesAreReadAsAcceptedWithANote() throws {
    let result = try Self.read(TestData.root.appendingPathComponent("docx/perubahan-terlacak-libreoffice.docx"))
    let steps = try #require(result.file?.sops.first?.flowcharts.first?.steps)
    #expect(steps[1].kegiatan == "Memberi disposisi surat secara tertulis")
    #expect(steps[0].mutuBaku.kelengkapan == "agenda")
    #expect(result.diagnostics.contains { $0.code == .docxTrackedChanges && $0.message.contains("1 insertion(s), 1 deletion(s)") })
  }

  @Test func aDocFileIsConvertedThroughLibreOffice() throws {
    guard ProcessRunner.which("soffice") != nil else {
      try Test.cancel("LibreOffice (soffice) is not installed; `make deps-render` installs it")
    }
    let doc = TestData.root.appendingPathComponent("docx/penelitian-libreoffice.doc")
    #expect(try Self.read(doc).file == (try Self.read(Self.fixture).file))
    let locked = try Self.read(TestData.root.appendingPathComponent("hostile/dilindungi-sandi.doc"))
    #expect(locked.file == nil)
    #expect(locked.diagnostics.map(\.code) == [.docxLegacyDoc])
  }

  @Test func aDocFileWithoutLibreOfficeSaysHowToConvertIt() throws {
    let legacy = try #require(LegacyWordFile([UInt8](try Data(contentsOf: TestData.root.appendingPathComponent("docx/penelitian-libreoffice.doc"))), source: "lama.doc"))
    #expect(!legacy.isEncryptedPackage)
    setenv("SOPKIT_SOFFICE", "/nonexistent/soffice", 1)
    defer { unsetenv("SOPKIT_SOFFICE") }
    guard case .failure(let error) = legacy.converted() else {
      Issue.record("converted without LibreOffice")
      return
    }
    #expect(error.diagnostics.map(\.code) == [.docxLegacyDoc])
    #expect(error.diagnostics.first?.hint?.contains("save it as .docx") == true)
  }

  @Test func aPasswordProtectedDocumentIsNamedAsSuch() throws {
    let result = try Self.read(TestData.root.appendingPathComponent("hostile/dilindungi-sandi.docx"))
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.docxPasswordProtected])
  }

  /// Word files that are not SOPs: a letter made in Writer, and Word's own blank document as
  /// python-docx ships it (when the test environment has it).
  /// Word's own blank document (python-docx ships the one Word made).
  @Test func aBlankWordMadeDocumentSaysNoSOPFound() throws {
    let word = TestData.packageRoot().appendingPathComponent(".venv/lib/python3.11/site-packages/docx/templates/default.docx")
    guard FileManager.default.fileExists(atPath: word.path) else {
      try Test.cancel("python-docx's default.docx (a Word-made document) is not in .venv; `make venv` installs it")
    }
    let result = try Self.read(word)
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.docxNoSOP])
  }

  @Test func documentsThatAreNotSOPsSayNoSOPFound() throws {
    let files = TestData.files(in: "docx/not-sop", withExtension: "docx")
    #expect(!files.isEmpty)
    for url in files {
      let result = try Self.read(url)
      #expect(result.file == nil, "\(url.lastPathComponent)")
      #expect(result.diagnostics.map(\.code) == [.docxNoSOP], "\(url.lastPathComponent)")
    }
    // The letter saved as .doc: the message names the user's file, not a part of LibreOffice's
    // conversion, and says the conversion may be why.
    guard ProcessRunner.which("soffice") != nil else {
      try Test.cancel("LibreOffice is not installed, so the .doc letter cannot be read; `make deps-render` installs it")
    }
    let doc = try Self.read(TestData.root.appendingPathComponent("docx/not-sop/bukan-sop-undangan.doc"))
    let diagnostic = try #require(doc.diagnostics.first)
    #expect(doc.diagnostics.map(\.code) == [.docxNoSOP])
    #expect(diagnostic.location?.part == nil && diagnostic.location?.file.hasSuffix(".doc") == true)
    #expect(diagnostic.hint?.contains("read through LibreOffice") == true)
  }

  @Test func wordNumberingContinuesAcrossInstancesUnlessRestarted() throws {
    let numbering = try XMLElement.parse(Data("""
      <w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>
      """.utf8))
    var list = DOCXNumbering(numbering: numbering, styles: nil)
    func paragraph(_ id: Int, _ level: Int = 0) throws -> XMLElement {
      try XMLElement.parse(Data(#"<w:p xmlns:w="w"><w:pPr><w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(id)"/></w:numPr></w:pPr></w:p>"#.utf8))
    }
    let labels = try [paragraph(1), paragraph(1), paragraph(1, 1), paragraph(1, 1), paragraph(1, 2), paragraph(2), paragraph(2, 1), paragraph(3), paragraph(4)]
      .map { list.label(for: $0) }
    #expect(labels == ["1.", "2.", "a)", "b)", "i.", "3.", "a)", "1.", "-"])
    #expect(DOCXNumbering.format(28, "upperLetter") == "BB")
    #expect(DOCXNumbering.format(14, "upperRoman") == "XIV")
  }

  /// Numbering as Word also writes it: an instance that redefines a level (lvlOverride with lvl),
  /// an abstract definition that takes its levels from a numbering style (numStyleLink), and a
  /// paragraph style that inherits its numbering through basedOn.
  @Test func wordNumberingOverridesLinksAndInheritedStyles() throws {
    let numbering = try XMLElement.parse(Data("""
      <w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="DaftarHuruf"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="DaftarHuruf"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
      </w:numbering>
      """.utf8))
    let styles = try XMLElement.parse(Data("""
      <w:styles xmlns:w="w">
      <w:style w:type="numbering" w:styleId="DaftarHuruf"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="DaftarBernomor"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="DasarHukum"><w:basedOn w:val="DaftarBernomor"/></w:style>
      <w:style w:type="paragraph" w:styleId="Lingkar"><w:basedOn w:val="Lingkar2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Lingkar2"><w:basedOn w:val="Lingkar"/></w:style>
      </w:styles>
      """.utf8))
    var list = DOCXNumbering(numbering: numbering, styles: styles)
    func numbered(_ id: Int) throws -> XMLElement {
      try XMLElement.parse(Data(#"<w:p xmlns:w="w"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="\#(id)"/></w:numPr></w:pPr></w:p>"#.utf8))
    }
    func styled(_ style: String) throws -> XMLElement {
      try XMLElement.parse(Data(#"<w:p xmlns:w="w"><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr></w:p>"#.utf8))
    }
    // Instance 2 redefines level 0 as upper-case Roman but shares abstract 0's count; instance 4
    // reaches lower-case letters through the numbering style; DasarHukum numbers as its parent.
    let labels = try [numbered(1), numbered(2), numbered(4), numbered(4), styled("DasarHukum"), styled("Lingkar")].map { list.label(for: $0) }
    #expect(labels == ["1.", "II.", "a)", "b)", "3.", nil])
  }

  @Test func segmentedArrowsJoinIntoOneRouteInTheDirectionOfTheirHead() {
    // An elbow drawn backwards: the head is on the first segment drawn.
    let segments = [
      ConnectorRoutes.Segment(start: (10, 0), end: (0, 0), hasArrow: true),
      ConnectorRoutes.Segment(start: (10, 0), end: (10, 20), hasArrow: false),
      ConnectorRoutes.Segment(start: (10, 20), end: (30, 20), hasArrow: false),
      ConnectorRoutes.Segment(start: (50, 50), end: (60, 50), hasArrow: true),
    ]
    let symbols: [ConnectorRoutes.Point] = [(0, 0), (30, 20), (50, 50), (60, 50)]
    let routes = ConnectorRoutes.routes(segments, joinDistance: 1) { point in symbols.contains { abs($0.x - point.x) < 1 && abs($0.y - point.y) < 1 } }
    #expect(routes.count == 2)
    #expect(routes[0].start == (30, 20) && routes[0].end == (0, 0))
    #expect(routes[1].start == (50, 50) && routes[1].end == (60, 50))
  }

  /// Word's Document Inspector removes custom XML: sopkit's own documents then read like any
  /// legacy document, from the table and the drawing over it.
  @Test(arguments: TestData.files(in: "model", withExtension: "json"))
  func aSopkitDocumentWithoutItsDataPartReadsFromItsDrawing(_ url: URL) throws {
    let file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
    let bytes = try DOCXWriter.write(file, options: .init(embedData: false))
    let result = DOCXReader.read(bytes, source: "tanpa-data.docx")
    let read = try #require(result.file?.sops.first?.flowcharts.first, "\(result.diagnostics.map(\.description))")
    let original = file.sops[0].flowcharts[0]
    #expect(read.steps.map(\.pelaksana) == original.steps.map(\.pelaksana))
    #expect(read.steps.indices.map { read.effectiveShape(of: $0) } == original.steps.indices.map { original.effectiveShape(of: $0) })
    #expect(read.steps.map(\.flow.tidak) == original.steps.map(\.flow.tidak))
    #expect(read.steps.map(\.flow.labels) == original.steps.map(\.flow.labels))
  }

  /// A decision whose Tidak comes back to itself, or whose Ya and Tidak both jump, reads back from
  /// the drawing of a document without its data part with both exits.
  @Test(arguments: [true, false])
  func decisionLoopsAndDoubleJumpsReadBackFromTheDrawing(_ tidakToItself: Bool) throws {
    let flowchart = try FlowLayoutTests.decisionVariant(tidakToItself: tidakToItself)
    let url = TestData.root.appendingPathComponent("model/kua-pendaftaran-nikah.json")
    var file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "kua.json").file)
    file.sops[0].flowcharts[0] = flowchart
    let result = DOCXReader.read(try DOCXWriter.write(file, options: .init(embedData: false)), source: "tanpa-data.docx")
    let read = try #require(result.file?.sops.first?.flowcharts.first, "\(result.diagnostics.map(\.description))")
    #expect(read.steps[2].flow.ya == flowchart.steps[2].flow.ya)
    #expect(read.steps[2].flow.tidak == flowchart.steps[2].flow.tidak)
  }

  /// The same SOPs laid out in other ways Word allows (made from the fixtures by editing their
  /// XML with Python's zipfile): a check mark inserted as a Wingdings symbol, a No column numbered
  /// by Word with empty paragraphs, cells and rows inside content controls, list labels sharing
  /// their cell with the items, a second section whose header is linked to the first.
  @Test(arguments: [
    ("sym-check", "legalisir-centang"), ("autonum-no-empty", "legalisir-centang"), ("cell-in-sdt", "legalisir-centang"),
    ("rows-in-sdt", "legalisir-centang"), ("label-list-same-cell", "legalisir-centang"), ("linked-header", "dua-sop-libreoffice"),
  ])
  func wordLayoutVariantsReadToTheSameSOP(_ variant: String, _ expected: String) throws {
    let result = try Self.read(TestData.root.appendingPathComponent("docx/variants/\(variant).docx"))
    let json = try String(contentsOf: TestData.root.appendingPathComponent("docx/\(expected).json"), encoding: .utf8)
    #expect(result.file.map(SOPJSON.encode) == json, "\(result.diagnostics.map(\.description))")
  }

  /// sopkit's own document without its data part, its drawing positioned from the page margin
  /// (relativeFrom="margin") instead of the page's edge.
  @Test func shapesPositionedFromTheMarginLandInTheirCells() throws {
    let result = try Self.read(TestData.root.appendingPathComponent("docx/variants/mk-margin.docx"))
    let model = try #require(JSONReader.read([UInt8](try Data(contentsOf: TestData.root.appendingPathComponent("model/multi-keputusan-legalisir.json"))), source: "m.json").file)
    let read = try #require(result.file?.sops.first?.flowcharts.first)
    let original = model.sops[0].flowcharts[0]
    #expect(read.steps.map(\.pelaksana) == original.steps.map(\.pelaksana))
    #expect(read.steps.map(\.flow.tidak) == original.steps.map(\.flow.tidak))
  }

  /// Fixtures with numbers no Word writes (rot="nan", gridSpan of Int.max, a posOffset of 10¹³,
  /// numbering starts of Int.max, a zip64 size beyond Int.max): each is read or refused with a
  /// diagnostic, never a crash, and quickly.
  @Test(arguments: TestData.files(in: "hostile/docx", withExtension: "docx"))
  func hostileNumbersNeverCrash(_ url: URL) throws {
    let start = Date()
    let result = try Self.read(url)
    #expect(result.file != nil || result.diagnostics.hasErrors, "\(url.lastPathComponent)")
    #expect(Date().timeIntervalSince(start) < 20, "\(url.lastPathComponent) took too long")
  }

  @Test func anEditInWordIsReportedNotLostSilently() throws {
    let url = TestData.root.appendingPathComponent("model/multi-keputusan-legalisir.json")
    let file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "m.json").file)
    let kegiatan = file.sops[0].flowcharts[0].steps[1].kegiatan
    let written = Data(try DOCXWriter.write(file))
    let edited = try Self.replacingPart(written, "word/document.xml") { $0.replacingOccurrences(of: kegiatan, with: "Diubah di Word") }
    let result = DOCXReader.read(edited, source: "diubah.docx")
    #expect(result.file == file, "the SOP sopkit kept is read")
    #expect(result.diagnostics.map(\.code) == [.docxEdited])
    #expect(result.diagnostics.first?.message.contains("step 2") == true)
  }

  /// Re-saved by LibreOffice, the document's XML changes but not its text: no edit is reported.
  @Test func aDocumentReSavedByLibreOfficeIsNotReportedAsEdited() throws {
    guard let soffice = ProcessRunner.which("soffice") else {
      try Test.cancel("LibreOffice (soffice) is not installed; `make deps-render` installs it")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = TestData.root.appendingPathComponent("model/kanwil-layanan-ptsp-panjang.json")
    let file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "k.json").file)
    let original = folder.appendingPathComponent("asli.docx")
    try Data(try DOCXWriter.write(file)).write(to: original)
    let saved = folder.appendingPathComponent("lo")
    let run = try ProcessRunner.run(soffice, [
      "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", saved.path, original.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let result = try Self.read(saved.appendingPathComponent("asli.docx"))
    #expect(result.file == file)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
  }

  static func replacingPart(_ bytes: Data, _ part: String, _ change: (String) -> String) throws -> [UInt8] {
    let source = try Archive(data: bytes, accessMode: .read)
    let target = try Archive(accessMode: .create)
    for entry in source {
      var data = Data()
      _ = try source.extract(entry) { data.append($0) }
      if entry.path == part { data = Data(change(String(decoding: data, as: UTF8.self)).utf8) }
      try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
        data.subdata(in: Int(position)..<(Int(position) + size))
      }
    }
    return [UInt8](try #require(target.data))
  }
}
