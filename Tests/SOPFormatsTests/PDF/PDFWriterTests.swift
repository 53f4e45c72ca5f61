import Foundation
@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The PDF drawn with cairo and pango (issue 19), checked with poppler's tools on the cases of
/// ``PrintedPageTests`` (every testdata SOP, the longest names, 20 generated SOPs):
///
/// - it has the pages LibreOffice prints for the same SOP's workbook (the same LibreOffice run as
///   the printed-page tests);
/// - every font is embedded (`pdffonts`), and every word of every step's Kegiatan can be
///   extracted (`pdftotext`);
/// - a second write gives the same bytes;
/// - `basah` leaves at least 2.5 cm to sign; `tte-kemenag` prints its marker exactly once, in
///   the room for the signature; a marker the SOP's text already has is refused, saying where.
@Suite(.serialized) struct PDFWriterTests {
  typealias Case = PrintedPageTests.Case

  /// The PDF of `item`, written into a temporary file.
  static func write(_ item: Case, options: PDFWriter.Options = PDFWriter.Options()) throws -> (bytes: [UInt8], url: URL) {
    let bytes = try PDFWriter.write(item.file, options: options)
    let url = try TestData.temporaryFolder().appendingPathComponent("\(item.name).pdf")
    try Data(bytes).write(to: url)
    return (bytes, url)
  }

  /// The path of a poppler tool; cancels the test, visibly, when it is not installed.
  static func tool(_ name: String) throws -> String {
    guard let path = ProcessRunner.which(name) else { try Test.cancel("\(name) is not installed; `make deps-render` installs poppler-utils") }
    return path
  }

  /// The text `pdftotext` extracts from `pdf`.
  static func text(_ pdf: URL) throws -> String {
    try ProcessRunner.run(try tool("pdftotext"), [pdf.path, "-"]).standardOutput
  }

  // MARK: Pages

  /// The PDF has as many pages as LibreOffice prints for the workbook of the same SOP: the
  /// identity page and each flowchart's pages, split where the workbook splits them.
  @Test(arguments: PrintedPageTests.cases)
  func pagesAreTheWorkbooksPrintedPages(_ item: Case) throws {
    let folder = try PrintedPageTests.folder()
    let printed = try PrintedPageTests.pages(folder.appendingPathComponent("\(item.name).pdf")).count
    let pdf = try Self.write(item)
    let pages = try PrintedPageTests.pages(pdf.url)
    #expect(pages.count == printed, "\(item.name): the PDF has \(pages.count) pages, LibreOffice prints the workbook on \(printed)")
    let planned = 1 + PrintedPageTests.tables(item.sop).reduce(0) { $0 + $1.table.layout.pages.count }
    #expect(pages.count == planned)
  }

  /// A4 gives A4 pages, as many as the layout plans for A4.
  @Test func a4PagesAreA4() throws {
    let item = try #require(PrintedPageTests.cases.first { $0.name == "kanwil-layanan-ptsp-panjang" })
    let setup = PageSetup(paper: .a4)
    let pdf = try Self.write(item, options: PDFWriter.Options(page: SVGWriter.Options(setup: setup)))
    let info = try ProcessRunner.run(try Self.tool("pdfinfo"), [pdf.url.path]).standardOutput
    #expect(info.contains("Page size:       841.89 x 595.28 pts"), "\(info)")
    let planned = 1 + item.sop.flowcharts.reduce(0) { $0 + ProcedureTable($1, setup: setup, title: item.sop.identity.namaSOP).layout.pages.count }
    #expect(info.contains("Pages:           \(planned)\n"), "\(info)")
  }

  // MARK: Fonts and text

  /// Every font the PDF uses is embedded.
  @Test(arguments: PrintedPageTests.cases)
  func everyFontIsEmbedded(_ item: Case) throws {
    let pdf = try Self.write(item)
    let listing = try ProcessRunner.run(try Self.tool("pdffonts"), [pdf.url.path]).standardOutput
    let fonts = listing.split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty, "\(item.name): pdffonts lists no font")
    for font in fonts {
      // Columns: name, type (one word or two), encoding, emb, sub, uni, object number and generation.
      let columns = font.split(separator: " ", omittingEmptySubsequences: true)
      #expect(columns.count >= 8 && columns[columns.count - 5] == "yes", "\(item.name): not embedded: \(font)")
    }
  }

  /// Every word of every step's Kegiatan is in the PDF's text (a word broken over two lines of a
  /// narrow cell counts, so spaces and line breaks are ignored).
  @Test(arguments: PrintedPageTests.cases)
  func everyStepsWordsAreText(_ item: Case) throws {
    let pdf = try Self.write(item)
    let text = try Self.text(pdf.url).filter { !$0.isWhitespace }
    for flowchart in item.sop.flowcharts {
      for step in flowchart.steps {
        let missing = step.kegiatan.split(whereSeparator: \.isWhitespace).filter { !text.contains($0) }
        #expect(missing.isEmpty, "\(item.name) step \(step.nomor): \(missing) not in the PDF's text")
      }
    }
  }

  /// The same SOP gives the same bytes, twice.
  @Test(arguments: PrintedPageTests.cases)
  func secondWriteIsTheSame(_ item: Case) throws {
    let first = try PDFWriter.write(item.file, options: PDFWriter.Options(mode: .tteKemenag))
    let second = try PDFWriter.write(item.file, options: PDFWriter.Options(mode: .tteKemenag))
    #expect(first == second, "\(item.name): two writes differ")
    #expect(first.starts(with: Array("%PDF-1.5".utf8)))
  }

  // MARK: Signing

  /// The testdata SOPs: those with a real signer.
  static let samples = PrintedPageTests.cases.filter { !$0.name.hasPrefix("generated") && $0.name != "nama-panjang" }

  /// `basah`: at least 2.5 cm between the jabatan line and the name line.
  @Test(arguments: samples)
  func basahLeavesRoomToSign(_ item: Case) throws {
    let signer = item.sop.identity.pengesahan
    guard let jabatan = signer.jabatan?.split(whereSeparator: \.isWhitespace).last.map({ String($0) + "," }),
      let nama = signer.nama?.split(whereSeparator: \.isWhitespace).first.map(String.init)
    else { return }
    let pdf = try Self.write(item)
    let words = try #require(try PrintedPageTests.pages(pdf.url).first)
    let gap = try #require(PrintedPageTests.roomToSign(words, jabatan: jabatan, nama: nama), "\(item.name): the signature block was not found")
    #expect(gap >= PrintedPageTests.signatureGap, "\(item.name): \(String(format: "%.2f", gap / 72 * 2.54)) cm between the jabatan and the name")
    #expect(try SigningCheck.check(pdf.bytes, source: item.name).diagnostics.isEmpty, "\(item.name): verify-signing")
  }

  /// `tte-kemenag`: the marker stands exactly once in the PDF's text, on the identity page,
  /// between the jabatan and the name with room around it; with `--sign-marker #`, `#` does.
  @Test(arguments: samples)
  func tteMarkerStandsOnceInTheRoom(_ item: Case) throws {
    for marker: Character in ["^", "#"] {
      let places = PDFWriter.markerPlaces(marker, in: item.sop)
      try #require(places.isEmpty, "\(item.name): the sample's text has '\(marker)' at \(places)")
      let pdf = try Self.write(item, options: PDFWriter.Options(mode: .tteKemenag, marker: marker))
      let text = try Self.text(pdf.url)
      #expect(text.filter { $0 == marker }.count == 1, "\(item.name): '\(marker)' occurs \(text.filter { $0 == marker }.count) times")
      let verified = try SigningCheck.check(pdf.bytes, source: item.name)
      #expect(verified.diagnostics.isEmpty && verified.marker == marker, "\(item.name): verify-signing \(verified.diagnostics)")
      let pages = try PrintedPageTests.pages(pdf.url)
      let anchor = try #require(pages.first?.first { $0.text == String(marker) }, "\(item.name): '\(marker)' is not on the identity page")
      guard let nama = item.sop.identity.pengesahan.nama?.split(whereSeparator: \.isWhitespace).first.map(String.init),
        let name = pages[0].first(where: { $0.text == nama && $0.yMin > anchor.yMax })
      else { continue }
      // Half the room above the name, less half a line: the QR has room on both sides.
      #expect(name.yMin - anchor.yMax >= SignatureRoom().points / 2 - 10, "\(item.name): the marker is \(name.yMin - anchor.yMax) pt above the name")
    }
  }

  /// A marker the SOP's text already has is refused, with the place of the first occurrence.
  @Test func markerInTheTextIsRefused() throws {
    var item = try #require(Self.samples.first)
    item.sop.flowcharts[0].steps[1].kegiatan += " (lihat #2)"
    var options = Converter.Options()
    options.pdf = PDFWriter.Options(mode: .tteKemenag, marker: "#")
    let conversion = Converter.convert(bytes: Array(SOPJSON.encode(item.file).utf8), format: .json, source: "sop.json", targets: [.pdf], options: options)
    #expect(conversion.outputs.isEmpty)
    let refusal = try #require(conversion.withheld.first?.diagnostic)
    #expect(refusal.code == .outputSignMarkerInText)
    #expect(refusal.location?.path == "$.sops[0].flowcharts[0].steps[1].kegiatan")
    #expect(refusal.arguments["marker"] == "#")
    // `^` is not in that text: the PDF is written, with one `^`.
    options.pdf.marker = "^"
    let written = Converter.convert(bytes: Array(SOPJSON.encode(item.file).utf8), format: .json, source: "sop.json", targets: [.pdf], options: options)
    #expect(written.outputs.map(\.format) == [.pdf] && written.withheld.isEmpty)
  }

  /// The Word document in `tte-kemenag` takes the same marker (it is printed to PDF to be signed),
  /// and is refused the same way when the SOP's text has it.
  @Test func wordDocumentTakesTheMarkerToo() throws {
    var item = try #require(Self.samples.first)
    var options = Converter.Options()
    options.docx.mode = .tteKemenag
    options.docx.marker = "~"
    let written = Converter.convert(bytes: Array(SOPJSON.encode(item.file).utf8), format: .json, source: "sop.json", targets: [.docx], options: options)
    let bytes = try #require(written.outputs.first?.bytes)
    let document = try #require(try ZipPackage(bytes, source: "sop.docx").data("word/document.xml").map { String(decoding: $0, as: UTF8.self) })
    #expect(document.contains(">~</w:t>"))
    #expect(!document.contains(">^</w:t>"))
    #expect(try SigningCheck.check(bytes, source: "sop.docx").marker == "~")
    item.sop.identity.namaSOP += " ~ revisi"
    let refused = Converter.convert(bytes: Array(SOPJSON.encode(item.file).utf8), format: .json, source: "sop.json", targets: [.docx], options: options)
    #expect(refused.outputs.isEmpty)
    #expect(refused.withheld.first?.diagnostic.location?.path == "$.sops[0].nama_sop")
  }

  /// SRIKANDI signs the Word document: no PDF in srikandi mode, and the reason.
  @Test func srikandiGivesNoPDF() throws {
    let item = try #require(Self.samples.first)
    var options = Converter.Options()
    options.pdf.mode = .srikandi
    let conversion = Converter.convert(bytes: Array(SOPJSON.encode(item.file).utf8), format: .json, source: "sop.json", targets: [.pdf], options: options)
    #expect(conversion.outputs.isEmpty)
    #expect(conversion.withheld.first?.diagnostic.code == .outputSrikandiPDF)
  }

  /// A draft's PDF, written with `--draft`, carries the draft mark on every page.
  @Test func draftIsMarkedOnEveryPage() throws {
    let item = try #require(Self.samples.first { $0.name == "kanwil-layanan-ptsp-panjang" })
    var options = PDFWriter.Options()
    options.page.draft = true
    let pdf = try Self.write(item, options: options)
    let pages = try PrintedPageTests.pages(pdf.url)
    #expect(pages.count > 2)
    for (index, words) in pages.enumerated() {
      #expect(words.contains { $0.text == "DRAF" }, "page \(index + 1) has no draft mark")
    }
  }
}
