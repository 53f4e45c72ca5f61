import Foundation
@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The workbook and the Word document as LibreOffice prints them (issue 18): every testdata SOP,
/// every SOP of the real workbooks and documents in ../shared/fixtures/real/, 20 generated ones and
/// one with the longest actor names and SOP name seen in real SOPs, printed in one LibreOffice run,
/// then read back word by word with `pdftotext -bbox` and as pixels with `pdftoppm`
/// (``PrintedGeneratedTests`` does the same for 100 larger generated SOPs, in `make test-print`):
///
/// - every word of every actor name lies inside its own header cell (the column and the header row
///   the shared ``ProcedureTable`` planned), on every flowchart page: none cut, none clipped;
/// - no word of the table body runs over a column border, and no line crosses an exit label
///   (its pixels);
/// - every word of NAMA SOP lies inside its row on the identity page;
/// - the pages are the ones planned (identity page plus the flowchart pages of the shared layout:
///   no page overflowed into an extra one), and the 28-step SOP prints on at most 6 pages;
/// - in `basah`, the jabatan line and the name line are at least 2.5 cm apart (sop-ap-format §9.4).
@Suite(.serialized) struct PrintedPageTests {
  /// One SOP to print.
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var sop: SOPDocument
    var description: String { name }
    var file: SOPFile { SOPFile(sops: [sop]) }
  }

  /// 2.5 cm in points.
  static let signatureGap = 2.5 / 2.54 * 72

  static let cases: [Case] = {
    var cases: [Case] = []
    for url in TestData.files(in: "model", withExtension: "json") {
      guard let file = JSONReader.read([UInt8]((try? Data(contentsOf: url)) ?? Data()), source: url.lastPathComponent).file else { continue }
      for (index, sop) in file.sops.enumerated() {
        cases.append(Case(name: url.deletingPathExtension().lastPathComponent + (file.sops.count > 1 ? "-\(index + 1)" : ""), sop: sop))
      }
    }
    if let longNames = longNames(cases.first { $0.name == "kua-pendaftaran-nikah" }?.sop) { cases.append(longNames) }
    for seed in 1...20 {
      var generator = SOPGenerator(seed: UInt64(seed), steps: 2...16, actors: 1...8)
      cases.append(Case(name: "generated-\(seed)", sop: generator.sop()))
    }
    return cases + realCases(perFile: 2)
  }()

  /// The real fixtures, beside the repository (not copied into it).
  static let realFolder = TestData.packageRoot().deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")

  /// The SOPs read from the real workbooks and Word documents, complete or draft: the first
  /// `perFile` of each file (the Arumanis files hold about 65 each), or all of them.
  static func realCases(perFile: Int = .max) -> [Case] {
    guard let found = FileManager.default.enumerator(atPath: realFolder.path) else { return [] }
    var cases: [Case] = []
    for case let path as String in found where path.hasSuffix(".xlsx") || path.hasSuffix(".docx") {
      let url = realFolder.appendingPathComponent(path)
      guard let bytes = try? Data(contentsOf: url), let format = try? Converter.inputFormat(for: path, given: nil),
        let file = Converter.read([UInt8](bytes), format: format, source: url.lastPathComponent).file
      else { continue }
      // The extension too: an Arumanis workbook and document share their stem.
      let stem = "real-" + url.deletingPathExtension().lastPathComponent + "-" + url.pathExtension
      for (index, sop) in file.sops.enumerated().prefix(perFile) where !sop.flowcharts.isEmpty {
        cases.append(Case(name: stem + (file.sops.count > 1 ? "-\(index + 1)" : ""), sop: sop))
      }
    }
    return cases.sorted { $0.name < $1.name }
  }

  /// An SOP with the long names of the issue: actors named "Kepala Siaga Kantor Pencarian dan
  /// Pertolongan" and "Instansi/ Organisasi / Perusahaan Kapal atau Maskapai", and a NAMA SOP of
  /// about 120 characters that takes three lines.
  static func longNames(_ base: SOPDocument?) -> Case? {
    guard var sop = base, var flowchart = sop.flowcharts.first else { return nil }
    let names = [
      "Instansi/ Organisasi / Perusahaan Kapal atau Maskapai", "Kepala Siaga Kantor Pencarian dan Pertolongan",
      "Petugas Komunikasi dan Pelaporan", "Kepala Seksi Operasi dan Siaga", "Kepala Kantor Pencarian dan Pertolongan",
    ]
    var renamed: [String: String] = [:]
    for (index, actor) in flowchart.pelaksana.enumerated() { renamed[actor] = names[index % names.count] + (index >= names.count ? " \(index)" : "") }
    flowchart.pelaksana = flowchart.pelaksana.map { renamed[$0] ?? $0 }
    for index in flowchart.steps.indices {
      flowchart.steps[index].pelaksana = flowchart.steps[index].pelaksana.map { renamed[$0] ?? $0 }
      flowchart.steps[index].coActors = flowchart.steps[index].coActors.map { renamed[$0] ?? $0 }
    }
    sop.flowcharts = [flowchart]
    sop.identity.namaSOP = "Penanganan Informasi Kecelakaan Kapal dan Pesawat Udara yang Diterima dari Instansi, Organisasi, Perusahaan Kapal atau Maskapai di Luar Jam Kerja"
    return Case(name: "nama-panjang", sop: sop)
  }

  static let printed = PrintRun(cases.map { ($0.name, $0.file) })

  static func folder() throws -> URL { try printed.folder() }

  static func pages(_ pdf: URL) throws -> [[PrintedPage.Word]] { try PrintedPage.pages(pdf).map(\.words) }

  /// The flowchart tables of `sop` as the writers plan them, and the page each starts on (the
  /// identity page is page 0).
  static func tables(_ sop: SOPDocument) -> [(table: ProcedureTable, firstPage: Int)] {
    var page = 1
    return sop.flowcharts.map { flowchart in
      let table = ProcedureTable(flowchart, setup: PageSetup(), title: sop.identity.namaSOP)
      defer { page += table.layout.pages.count }
      return (table, page)
    }
  }

  // MARK: Tests

  /// Each PDF has the planned pages: the identity page and each flowchart's pages, so no row ran
  /// over its page; the 28-step SOP takes at most 6 pages with its identity page.
  /// The real fixtures are among the printed SOPs (a counted skip when ../shared is not beside the
  /// repository).
  @Test func theRealFixturesArePrinted() throws {
    guard FileManager.default.fileExists(atPath: Self.realFolder.path) else {
      try Test.cancel("\(Self.realFolder.path) is not here (the real fixtures live outside the repository)")
    }
    // The BASARNAS workbook, the Arumanis workbooks and documents, the Bapenda document.
    let files = Set(Self.cases.filter { $0.name.hasPrefix("real-") }.map { $0.name.split(separator: "-").dropLast().joined(separator: "-") })
    #expect(files.count >= 5, "\(files.sorted())")
  }

  @Test(arguments: cases)
  func pagesAreThePlannedOnes(_ item: Case) throws {
    let problems = try Self.pagesAreThePlannedOnes(item, in: try Self.folder())
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  static func pagesAreThePlannedOnes(_ item: Case, in folder: URL) throws -> [String] {
    var problems: [String] = []
    let planned = 1 + Self.tables(item.sop).reduce(0) { $0 + $1.table.layout.pages.count }
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      let pages = try Self.pages(folder.appendingPathComponent(pdf))
      if pages.count != planned { problems.append("\(pdf): \(pages.count) pages printed, \(planned) planned") }
      if item.name == "kanwil-layanan-ptsp-panjang", pages.count > 6 { problems.append("\(pdf): the 28-step SOP prints on \(pages.count) pages") }
    }
    return problems
  }

  /// The workbook and the Word document in `basah`, printed by LibreOffice, can be signed by hand:
  /// verify-signing finds the DISAHKAN OLEH block and room to sign in each PDF.
  @Test(arguments: cases)
  func printedDocumentsCanBeSigned(_ item: Case) throws {
    let folder = try Self.folder()
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      let report = try SigningCheck.check(path: folder.appendingPathComponent(pdf).path, options: SigningCheck.Options(mode: .basah))
      #expect(report.isReady && report.blocks == item.file.sops.count, "\(pdf): \(report.blocks) blocks, \(report.diagnostics)")
    }
  }

  /// Every word of every actor name is inside its header cell on every flowchart page, in the
  /// workbook and in Word.
  @Test(arguments: cases)
  func actorNamesStayInTheirHeaderCells(_ item: Case) throws {
    let problems = try Self.actorNamesStayInTheirHeaderCells(item, in: try Self.folder())
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  static func actorNamesStayInTheirHeaderCells(_ item: Case, in folder: URL) throws -> [String] {
    var problems: [String] = []
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      let pages = try Self.pages(folder.appendingPathComponent(pdf))
      for (table, firstPage) in Self.tables(item.sop) {
        for pageIndex in firstPage..<min(firstPage + table.layout.pages.count, pages.count) {
          let found = Self.headerProblems(table, words: pages[pageIndex])
          if !found.isEmpty { problems.append("\(pdf) page \(pageIndex + 1): \(found.joined(separator: "; "))") }
        }
      }
    }
    return problems
  }

  /// What is wrong with the actor header of one printed page: the columns are placed from the
  /// centres of NO and KETERANGAN, the actor row from the centre of WAKTU (each centred in its
  /// cell), the cells' sizes from the plan.
  static func headerProblems(_ table: ProcedureTable, words: [PrintedPage.Word]) -> [String] {
    guard let columns = PrintedPage.Columns(table, words: words) else {
      return ["the header words NO, KETERANGAN, WAKTU are not all printed"]
    }
    let top = columns.headerTop, bottom = columns.headerBottom
    let tolerance = 1.5
    var problems: [String] = []
    let actors = table.flowchart.pelaksana
    for (offset, actor) in actors.enumerated() {
      let column = table.firstActorColumn + offset
      let cellLeft = columns.edges[column], cellRight = columns.edges[column + 1]
      for token in actor.split(whereSeparator: \.isWhitespace).map(String.init) {
        func printed(_ text: String) -> Bool {
          words.contains {
            $0.text == text && $0.xMin >= cellLeft - tolerance && $0.xMax <= cellRight + tolerance && $0.yMin >= top - tolerance
              && $0.yMax <= bottom + tolerance
          }
        }
        let inCell = Self.printed(token, where: printed)
        if !inCell {
          let seen = words.filter { $0.text == token || token.hasPrefix($0.text) && $0.yMin < bottom + 40 }.prefix(4)
          problems.append(
            "'\(token)' of '\(actor)' is not inside its cell x \(Int(cellLeft))–\(Int(cellRight)), y \(Int(top))–\(Int(bottom)) (seen: \(seen.map(\.description).joined(separator: ", ")))")
        }
      }
    }
    return problems
  }

  /// How many exit labels of the printed cases still run over a cell border or are crossed by a
  /// line (each counted once per PDF and per check). Issue 18 wants none: in narrow, crowded actor
  /// columns the router finds no free place for a long label ("Tidak lengkap") beside its arrow
  /// and takes the place with the fewest conflicts. Lower this as the router improves.
  static let knownLabelProblems = 44

  /// No word of the table body runs over a column border (each stays in its cell), and no line
  /// crosses an exit label: labels sit in free space. All cases together, against the known count.
  @Test func labelsAndWordsStayClearOfLinesAndBorders() throws {
    try Self.labelsAndWordsStayClear(Self.cases, in: try Self.folder(), known: Self.knownLabelProblems)
  }

  static func labelsAndWordsStayClear(_ cases: [Case], in folder: URL, known: Int) throws {
    let problems = try labelProblems(cases, in: folder)
    let printedLabels = 2 * cases.reduce(0) { sum, item in
      sum + item.sop.flowcharts.reduce(0) { $0 + ProcedureTable($1, setup: PageSetup()).layout.pages.reduce(0) { $0 + $1.labels.count } }
    }
    #expect(problems.count <= known, "\(problems.count) problems in \(printedLabels) printed labels:\n\(problems.joined(separator: "\n"))")
    // Only exit labels: every other word of the body stays in its column.
    let labels = Set(cases.flatMap { item in
      item.sop.flowcharts.flatMap { ProcedureTable($0, setup: PageSetup()).layout.pages.flatMap { $0.labels.flatMap { $0.text.split(separator: " ").map(String.init) } } }
    })
    let others = problems.filter { problem in !labels.contains { problem.contains("'\($0)'") || problem.contains("'\($0)@") } }
    #expect(others.isEmpty, "\(others.joined(separator: "\n"))")
  }

  /// Words of the table body over a column border, and exit labels crossed by a line, in the
  /// printed `cases`.
  static func labelProblems(_ cases: [Case], in folder: URL) throws -> [String] {
    var problems: [String] = []
    for item in cases {
      for pdf in PrintedFlowchart.pdfs(item.name, in: folder) {
        let pages = try PrintedFlowchart.pages(item.sop, pdf: pdf)
        problems += PrintedFlowchart.wordsLeavingTheirColumns(pages, pdf: pdf)
        problems += try PrintedFlowchart.labelsCrossedByLines(pages, pdf: pdf)
      }
    }
    return problems
  }

  /// Whether `token` is printed where `isPrinted` looks: whole, or broken after its slashes or
  /// hyphens ("Analis/" "Pelaksana", "(N7) -" "CATATAN"), never inside a part.
  static func printed(_ token: String, where isPrinted: (String) -> Bool) -> Bool {
    if isPrinted(token) { return true }
    var parts: [String] = []
    var part = ""
    for character in token {
      part.append(character)
      if character == "/" || character == "-" { parts.append(part); part = "" }
    }
    if !part.isEmpty { parts.append(part) }
    return parts.count > 1 && parts.allSatisfy(isPrinted)
  }

  /// Every word of NAMA SOP is printed inside its row on the identity page: in the workbook, the
  /// row the identity sheet planned (placed from the centres of the NOMOR and NAMA labels); in
  /// Word, where rows grow with their text, between the signature block and the first list.
  @Test(arguments: cases)
  func namaSOPStaysInItsRow(_ item: Case) throws {
    let problems = try Self.namaSOPStaysInItsRow(item, in: try Self.folder())
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  static func namaSOPStaysInItsRow(_ item: Case, in folder: URL) throws -> [String] {
    var problems: [String] = []
    let name = item.sop.identity.namaSOP.uppercased().split(whereSeparator: \.isWhitespace).map(String.init)
    guard !name.isEmpty else { return [] }
    // The workbook.
    let sheet = XLSXIdentitySheet(identity: item.sop.identity, setup: PageSetup(), logo: LogoImage.load(item.sop.identity.kop, folder: nil).0)
    let fields = sheet.plan.fields
    guard let workbook = try Self.pages(folder.appendingPathComponent("\(item.name).pdf")).first,
      let nomor = workbook.filter({ $0.text == "NOMOR" }).min(by: { $0.xMin < $1.xMin }),
      let nama = workbook.first(where: { $0.text == "NAMA" && abs($0.xMin - nomor.xMin) < 2 })
    else { return ["\(item.name).pdf: the NOMOR SOP and NAMA SOP labels are not printed"] }
    let distance = fields[0].height / 2 + fields[1..<5].reduce(0) { $0 + $1.height } + fields[5].height / 2
    let scale = (nama.midY - nomor.midY) / distance
    let top = nama.midY - fields[5].height * scale / 2, bottom = nama.midY + fields[5].height * scale / 2
    for token in name where !Self.printed(token, where: { text in workbook.contains { $0.text == text && $0.yMin >= top - 1.5 && $0.yMax <= bottom + 1.5 && $0.xMin > nama.xMax } }) {
      problems.append("\(item.name).pdf: '\(token)' of NAMA SOP is not inside its row, y \(Int(top))–\(Int(bottom))")
    }
    // Word.
    guard let word = try Self.pages(folder.appendingPathComponent("\(item.name)-w.pdf")).first, let label = word.first(where: { $0.text == "NAMA" }) else {
      return problems + ["\(item.name)-w.pdf: the NAMA SOP label is not printed"]
    }
    let lists = word.filter { $0.text.hasPrefix("HUKUM") }.map(\.yMin).min() ?? .infinity
    for token in name where !Self.printed(token, where: { text in word.contains { $0.text == text && $0.xMin > label.xMax && $0.midY < lists && $0.yMin >= label.yMin - 30 } }) {
      problems.append("\(item.name)-w.pdf: '\(token)' of NAMA SOP is not in its row")
    }
    return problems
  }

  /// The room between the line ending with `jabatan` and the line starting with `nama` on an
  /// identity page, in points; nil when either is not printed. The signature block is
  /// left-aligned in its cell: the jabatan's last word is right of where the name starts (the kop
  /// and the lists are left of it).
  static func roomToSign(_ words: [PrintedPage.Word], jabatan: String, nama: String) -> Double? {
    var gap: Double?
    for name in words where name.text == nama {
      for line in words where line.text == jabatan && line.yMax < name.yMin && line.xMin >= name.xMin - 2 {
        gap = min(gap ?? .infinity, name.yMin - line.yMax)
      }
    }
    return gap
  }

  /// In `basah` the jabatan line and the name line are at least 2.5 cm apart on the printed
  /// identity page, in the workbook and in Word (sop-ap-format §9.4).
  @Test(arguments: cases)
  func basahLeavesRoomToSign(_ item: Case) throws {
    let problems = try Self.basahLeavesRoomToSign(item, in: try Self.folder())
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  static func basahLeavesRoomToSign(_ item: Case, in folder: URL) throws -> [String] {
    var problems: [String] = []
    let signer = item.sop.identity.pengesahan
    guard let jabatan = signer.jabatan?.split(whereSeparator: \.isWhitespace).last.map({ String($0) + "," }),
      let nama = signer.nama?.split(whereSeparator: \.isWhitespace).first.map(String.init)
    else { return [] }
    let generated = item.name.hasPrefix("generated") || item.name.hasPrefix("bench-")
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      guard let words = try Self.pages(folder.appendingPathComponent(pdf)).first else {
        problems.append("\(pdf): no page printed")
        continue
      }
      let gap = Self.roomToSign(words, jabatan: jabatan, nama: nama)
      // Generated texts carry characters a PDF may print differently; only the samples must be found.
      guard let gap else {
        if !generated { problems.append("\(pdf): the jabatan line ('\(jabatan)') or the name line ('\(nama)') was not found") }
        continue
      }
      if gap < Self.signatureGap { problems.append("\(pdf): \(String(format: "%.2f", gap / 72 * 2.54)) cm between the jabatan and the name") }
    }
    return problems
  }
}
