import Foundation
import SOPModel
import SOPTestSupport
import Testing

@testable import SOPFormats

/// The fill-in template made from a draft shows what to fix: the cells its review items point at
/// are light red with a comment, a "Perlu Diperiksa" sheet lists every item, and the template still
/// reads back to the SOP.
@Suite struct DraftTemplateTests {
  static let missingName = ReviewItem(
    code: "model.missing-nama-sop", severity: .error, message: "Nama SOP belum diisi.", messageEnglish: "NAMA SOP is empty",
    hint: "Isi Nama SOP di halaman identitas.", place: "baris 3, kolom 2 (Nama SOP)", path: "$.sops[0].nama_sop")
  static let missingTidak = ReviewItem(
    code: "model.decision-missing-exit", severity: .error, message: "Langkah Keputusan belum punya jalur Tidak.",
    messageEnglish: "step 2: decision without a Tidak target", hint: "Tuliskan nomor langkah tujuan di kolom Jika Tidak.",
    place: "tabel ke-1, baris 4", path: "$.sops[0].flowcharts[0].steps[1].tidak")
  /// Two items on one cell (step 3 as a whole and its Kegiatan), which share one comment.
  static let stepWarning = ReviewItem(
    code: "model.long-kegiatan", severity: .warning, message: "Kegiatan terlalu panjang.", messageEnglish: "long",
    place: "tabel ke-1, baris 5", path: "$.sops[0].flowcharts[0].steps[2]")
  static let kegiatanWarning = ReviewItem(
    code: "model.kegiatan-typo", severity: .warning, message: "Ada salah ketik di Kegiatan.", messageEnglish: "typo",
    hint: "Periksa ejaannya.", place: "tabel ke-1, baris 5", path: "$.sops[0].flowcharts[0].steps[2].kegiatan")
  /// The SOP's index in its source file does not matter (the template holds one SOP).
  static let badNIP = ReviewItem(
    code: "model.bad-nip", severity: .warning, message: "NIP tampaknya salah.", messageEnglish: "bad NIP",
    hint: "Cocokkan dengan SK.", place: "baris 9", path: "$.sops[3].pengesahan.nip")
  static let actor = ReviewItem(
    code: "model.duplicate-actor", severity: .error, message: "Pelaksana ganda.", messageEnglish: "duplicate actor",
    place: "tabel ke-1, baris 1", path: "$.sops[0].flowcharts[0].actors[1]")
  /// No path: only the Perlu Diperiksa sheet shows it.
  static let nowhere = ReviewItem(
    code: "import.no-logo", severity: .warning, message: "Logo tidak terbaca.", messageEnglish: "no logo", place: "halaman 1")

  static let review = [missingName, missingTidak, stepWarning, kegiatanWarning, badNIP, actor, nowhere]

  /// A draft: no Nama SOP, a decision without its Tidak target.
  static func draft() -> SOPDocument {
    var identity = Identity(namaSOP: "")
    identity.nomorSOP = "B-12/Kk.11.30/1/OT.01.3/01/2024"
    identity.pengesahan.jabatan = "Kepala Kantor"
    identity.pengesahan.nip = "19780312 200501 1 00"
    let chart = Flowchart(pelaksana: ["Pemohon", "Petugas", "Kepala"], steps: [
      Step(nomor: 1, kegiatan: "Mengajukan permohonan", pelaksana: "Pemohon"),
      Step(nomor: 2, kegiatan: "Memeriksa berkas", pelaksana: "Petugas", shape: .decision, flow: .init(ya: .step(3))),
      Step(nomor: 3, kegiatan: "Menandatangani surat", pelaksana: "Kepala"),
      Step(nomor: 4, kegiatan: "Menerima surat", pelaksana: "Pemohon"),
    ])
    return SOPDocument(identity: identity, flowcharts: [chart], review: review)
  }

  // MARK: Mapping paths to cells

  @Test(arguments: [
    ("$.sops[0].nama_sop", "Identitas!B1"), ("$.sops[2].nomor_sop", "Identitas!B2"), ("$.sops[0].unit.lines[1]", "Identitas!B7"),
    ("$.sops[0].tgl_efektif", "Identitas!B18"), ("$.sops[0].tgl_efektif.date", "Identitas!B18"), ("$.sops[0].pengesahan", "Identitas!B19"),
    ("$.sops[0].pengesahan.nip", "Identitas!B21"), ("$.sops[0].dasar_hukum[1]", "Identitas!B25"),
    ("$.sops[0].flowcharts[0].steps[4].tidak", "Langkah!J6"), ("$.sops[0].flowcharts[0].steps[4]", "Langkah!B6"),
    ("$.sops[0].flowcharts[0].steps[0].actor", "Langkah!C2"), ("$.sops[0].flowcharts[0].steps[0].co_actors[0]", "Langkah!C2"),
    ("$.sops[0].flowcharts[0].steps[0].shape", "Langkah!D2"), ("$.sops[0].flowcharts[0].steps[0].kelengkapan", "Langkah!E2"),
    ("$.sops[0].flowcharts[0].steps[0].waktu", "Langkah!F2"), ("$.sops[0].flowcharts[0].steps[0].spans.waktu", "Langkah!F2"),
    ("$.sops[0].flowcharts[0].steps[0].output", "Langkah!G2"), ("$.sops[0].flowcharts[0].steps[0].keterangan", "Langkah!H2"),
    ("$.sops[0].flowcharts[0].steps[0].ya", "Langkah!I2"), ("$.sops[0].flowcharts[0].steps[0].next", "Langkah!K2"),
    ("$.sops[0].flowcharts[0].steps[0].labels.tidak", "Langkah!M2"), ("$.sops[0].flowcharts[0].steps", "Langkah!B2"),
    ("$.sops[0].flowcharts[0].total_waktu", "Langkah!F32"), ("$.sops[0].flowcharts[0].actors[2]", "Pelaksana!A4"),
  ])
  func aPathPointsAtItsCell(_ path: String, _ cell: String) {
    let layout = XLSXTemplateWriter.layout(Identity(namaSOP: "x"), stepRows: 30)
    #expect(XLSXTemplateReview.cell(path, layout).map { "\($0.sheet.rawValue)!\($0.name)" } == cell)
  }

  @Test(arguments: [
    "$.sops[0].flowcharts[1].steps[0].tidak", "$.sops[0].flowcharts[0]", "$.sops[0]", "$.sops[0].flowcharts[0].steps[30]",
    "$.sops[0].flowcharts[0].actors[40]", "$.sops[0].extra", "$.format", "nonsense",
  ])
  func aPathNoCellShowsHasNone(_ path: String) {
    #expect(XLSXTemplateReview.cell(path, XLSXTemplateWriter.layout(Identity(namaSOP: "x"), stepRows: 30)) == nil)
  }

  // MARK: The workbook, as openpyxl reads it

  /// What openpyxl finds: the sheet order, every commented cell (fill, lock, author, text), and
  /// the rows of Perlu Diperiksa.
  struct Found: Decodable {
    struct Comment: Decodable {
      var sheet: String, cell: String, fill: String, locked: Bool, author: String, text: String
    }
    var sheets: [String]
    var comments: [Comment]
    var review: [[String]]
  }

  static func openpyxl(_ bytes: [UInt8]) throws -> Found {
    guard let python = PythonTools.interpreter ?? ProcessRunner.which("python3"),
      (try? ProcessRunner.run(python, ["-c", "import openpyxl"]))?.status == 0
    else {
      try Test.cancel("no Python with openpyxl (make venv)")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("isian.xlsx")
    try Data(bytes).write(to: path)
    let script = """
      import json, sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      comments = [
          {"sheet": ws.title, "cell": c.coordinate, "fill": c.fill.fgColor.rgb, "locked": c.protection.locked,
           "author": c.comment.author, "text": c.comment.text}
          for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment]
      review = [["" if v is None else str(v) for v in r] for r in wb["Perlu Diperiksa"].iter_rows(values_only=True)] \\
          if "Perlu Diperiksa" in wb.sheetnames else []
      print(json.dumps({"sheets": wb.sheetnames, "comments": comments, "review": review}))
      """
    let run = try ProcessRunner.run(python, ["-c", script, path.path])
    try #require(run.status == 0, "\(run.standardError)")
    return try JSONDecoder().decode(Found.self, from: Data(run.standardOutput.utf8))
  }

  @Test func theCellsToFixAreRedWithTheirCommentAndEveryItemIsListed() throws {
    let found = try Self.openpyxl(try XLSXTemplateWriter.write(Self.draft()))
    #expect(found.sheets == ["Petunjuk", "Perlu Diperiksa", "Identitas", "Langkah", "Pelaksana", "sopkit-template"])
    let byCell = Dictionary(uniqueKeysWithValues: found.comments.map { ("\($0.sheet)!\($0.cell)", $0) })
    #expect(Set(byCell.keys) == ["Identitas!B1", "Identitas!B21", "Langkah!J3", "Langkah!B4", "Pelaksana!A3"])
    for comment in found.comments {
      #expect(comment.fill == "FFF4CCCC" && !comment.locked && comment.author == "sopkit", "\(comment.sheet)!\(comment.cell)")
    }
    #expect(byCell["Identitas!B1"]?.text == "Nama SOP belum diisi.\nSaran: Isi Nama SOP di halaman identitas.\n[model.missing-nama-sop]")
    #expect(byCell["Langkah!J3"]?.text == "Langkah Keputusan belum punya jalur Tidak.\nSaran: Tuliskan nomor langkah tujuan di kolom Jika Tidak.\n[model.decision-missing-exit]")
    // Two items on one cell share its comment.
    #expect(byCell["Langkah!B4"]?.text == "Kegiatan terlalu panjang.\n[model.long-kegiatan]\n\nAda salah ketik di Kegiatan.\nSaran: Periksa ejaannya.\n[model.kegiatan-typo]")
    #expect(byCell["Identitas!B21"]?.text.hasSuffix("[model.bad-nip]") == true)

    #expect(found.review.first == ["No", "Letak", "Masalah", "Saran", "Kode"])
    let rows = found.review.dropFirst()
    #expect(rows.map { $0[4] } == Self.review.map(\.code))
    #expect(rows.map { $0[2] } == Self.review.map(\.message))
    #expect(rows.map { $0[3] } == Self.review.map { $0.hint ?? "" })
    #expect(rows.map { $0[0] } == (1...Self.review.count).map { String($0) })
    #expect(rows.first?[1] == "baris 3, kolom 2 (Nama SOP)\nDi templat: sheet Identitas, sel B1")
    #expect(rows.last?[1] == "halaman 1", "an item no cell shows is listed with its place only")
  }

  @Test func otherFlowchartsAreListedAsNotInTheTemplate() throws {
    var sop = Self.draft()
    sop.review = []
    sop.flowcharts += [sop.flowcharts[0], sop.flowcharts[0]]
    let found = try Self.openpyxl(try XLSXTemplateWriter.write(sop))
    #expect(found.comments.isEmpty)
    #expect(found.review.count == 2)
    let row = try #require(found.review.last)
    #expect(row[1] == "Bagan alir ke-2 sampai ke-3" && row[4] == XLSXTemplateReview.otherFlowchartsCode)
    #expect(row[2].contains("hanya memuat bagan alir pertama") && row[2].contains("JSON"))
  }

  // MARK: Without parsing by Python

  /// The same checks on the XML parts: the comments part, the fill in the styles, the sheet order.
  @Test func theCommentsAndTheSheetAreInTheParts() throws {
    let parts = try XLSXWriterTests.parts(try XLSXTemplateWriter.write(Self.draft()))
    let comments = parts.filter { $0.key.hasPrefix("xl/comments") }.values.joined()
    #expect(comments.contains("<author>sopkit</author>"))
    for item in Self.review where item.path != nil { #expect(comments.contains("[\(item.code)]"), "\(item.code)") }
    #expect(!comments.contains("[import.no-logo]"))
    #expect(parts["xl/styles.xml"]?.contains(#"<fgColor rgb="FFF4CCCC"/>"#) == true)
    let workbook = try #require(parts["xl/workbook.xml"])
    #expect(workbook.contains(#"<sheet name="Petunjuk" sheetId="1" r:id="rId1"/><sheet name="Perlu Diperiksa" sheetId="2" r:id="rId2"/>"#))
    let strings = try #require(parts["xl/sharedStrings.xml"])
    for item in Self.review { #expect(strings.contains(XMLEscape.text(item.message)), "\(item.code)") }
  }

  /// A complete SOP's template and a blank one are as they always were: no sheet, fill or comment.
  @Test(arguments: [false, true])
  func aCompleteOrBlankTemplateIsUnchanged(_ blank: Bool) throws {
    var sop = Self.draft()
    sop.review = []
    let parts = try XLSXWriterTests.parts(try blank ? XLSXTemplateWriter.write() : XLSXTemplateWriter.write(sop))
    #expect(!parts.keys.contains { $0.hasPrefix("xl/comments") || $0.contains("vmlDrawing") })
    #expect(parts["xl/workbook.xml"]?.contains("Perlu Diperiksa") == false)
    #expect(parts["xl/styles.xml"]?.contains("F4CCCC") == false)
  }

  // MARK: Reading back

  /// The template of a draft reads back to the same identity and steps (the review list is not in
  /// the cells), and the extra sheet adds no diagnostic.
  @Test(arguments: XLSXWriterTests.models)
  func aDraftTemplateReadsBackToItsSOP(_ url: URL) throws {
    var sop = try #require(try XLSXWriterTests.file(url).sops.first)
    sop.identity.namaSOP = ""
    if let decision = sop.flowcharts[0].steps.firstIndex(where: { $0.flow.tidak != nil }) {
      sop.flowcharts[0].steps[decision].flow.tidak = nil
    }
    let complete = XLSXReader.read(try XLSXTemplateWriter.write(sop), source: "isian.xlsx")
    sop.review = Self.review
    let result = XLSXReader.read(try XLSXTemplateWriter.write(sop), source: "isian.xlsx")
    let back = try #require(result.file?.sops.first)
    #expect(back.identity == sop.identity)
    #expect(back.flowcharts == sop.flowcharts)
    #expect(result.diagnostics.map(\.description) == complete.diagnostics.map(\.description))
    #expect(!result.diagnostics.contains { $0.description.contains("Perlu Diperiksa") })
  }
}
