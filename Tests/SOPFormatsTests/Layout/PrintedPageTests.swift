import Foundation
@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The workbook and the Word document as LibreOffice prints them (issue 18): every testdata SOP,
/// 20 generated ones and one with the longest actor names and SOP name seen in real SOPs, printed
/// in one LibreOffice run, then read back word by word with `pdftotext -bbox`:
///
/// - every word of every actor name lies inside its own header cell (the column and the header row
///   the shared ``ProcedureTable`` planned), on every flowchart page: none cut, none clipped;
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
    return cases
  }()

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

  /// The PDFs of every case: `<name>.pdf` printed from the workbook, `<name>-w.pdf` from the Word
  /// document; nil when LibreOffice or poppler-utils is missing.
  static let printed: Result<URL, any Error>? = {
    guard let soffice = ProcessRunner.which("soffice"), ProcessRunner.which("pdftotext") != nil, ProcessRunner.which("pdfinfo") != nil else {
      return nil
    }
    return Result {
      let folder = try TestData.temporaryFolder()
      var inputs: [String] = []
      for item in cases {
        let xlsx = folder.appendingPathComponent("\(item.name).xlsx"), docx = folder.appendingPathComponent("\(item.name)-w.docx")
        try Data(try XLSXWriter.write(item.file)).write(to: xlsx)
        try Data(try DOCXWriter.write(item.file, options: .init(mode: .basah))).write(to: docx)
        inputs += [xlsx.path, docx.path]
      }
      let run = try ProcessRunner.run(
        soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + inputs)
      guard run.status == 0 else { throw PrintError(message: run.standardError) }
      return folder
    }
  }()

  struct PrintError: Error { var message: String }

  static func folder() throws -> URL {
    guard let printed else { try Test.cancel("LibreOffice or poppler-utils is not installed; `make deps-render` installs them") }
    return try printed.get()
  }

  // MARK: Word boxes

  struct Word: CustomStringConvertible {
    var text: String
    var xMin: Double, yMin: Double, xMax: Double, yMax: Double
    var midX: Double { (xMin + xMax) / 2 }
    var midY: Double { (yMin + yMax) / 2 }
    var description: String { "\(text)@(\(Int(xMin)),\(Int(yMin))–\(Int(xMax)),\(Int(yMax)))" }
  }

  /// The words of each page of `pdf`.
  static func pages(_ pdf: URL) throws -> [[Word]] {
    let output = try ProcessRunner.run(try #require(ProcessRunner.which("pdftotext")), ["-bbox", pdf.path, "-"]).standardOutput
    var pages: [[Word]] = []
    for chunk in output.components(separatedBy: "<page ").dropFirst() {
      var words: [Word] = []
      for line in chunk.split(separator: "\n") where line.contains("<word ") {
        func number(_ name: String) -> Double {
          guard let range = line.range(of: name + "=\"") else { return 0 }
          return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        guard let start = line.range(of: "\">"), let end = line.range(of: "</word>") else { continue }
        let text = String(line[start.upperBound..<end.lowerBound])
          .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
          .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        words.append(Word(text: text, xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"), yMax: number("yMax")))
      }
      pages.append(words)
    }
    return pages
  }

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
  @Test(arguments: cases)
  func pagesAreThePlannedOnes(_ item: Case) throws {
    let folder = try Self.folder()
    let planned = 1 + Self.tables(item.sop).reduce(0) { $0 + $1.table.layout.pages.count }
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      let pages = try Self.pages(folder.appendingPathComponent(pdf))
      #expect(pages.count == planned, "\(pdf): \(pages.count) pages printed, \(planned) planned")
      if item.name == "kanwil-layanan-ptsp-panjang" { #expect(pages.count <= 6, "\(pdf): the 28-step SOP prints on \(pages.count) pages") }
    }
  }

  /// Every word of every actor name is inside its header cell on every flowchart page, in the
  /// workbook and in Word.
  @Test(arguments: cases)
  func actorNamesStayInTheirHeaderCells(_ item: Case) throws {
    let folder = try Self.folder()
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      let pages = try Self.pages(folder.appendingPathComponent(pdf))
      for (table, firstPage) in Self.tables(item.sop) {
        for pageIndex in firstPage..<min(firstPage + table.layout.pages.count, pages.count) {
          let problems = Self.headerProblems(table, words: pages[pageIndex])
          #expect(problems.isEmpty, "\(pdf) page \(pageIndex + 1): \(problems.joined(separator: "; "))")
        }
      }
    }
  }

  /// What is wrong with the actor header of one printed page: the columns are placed from the
  /// centres of NO and KETERANGAN, the actor row from the centre of WAKTU (each centred in its
  /// cell), the cells' sizes from the plan.
  static func headerProblems(_ table: ProcedureTable, words: [Word]) -> [String] {
    func topmost(_ text: String) -> Word? { words.filter { $0.text == text }.min { $0.yMin < $1.yMin } }
    guard let no = topmost("NO"), let keterangan = topmost("KETERANGAN"), let waktu = topmost("WAKTU") else {
      return ["the header words NO, KETERANGAN, WAKTU are not all printed"]
    }
    var edges = [0.0]
    for width in table.widths { edges.append(edges.last! + width) }
    let noCentre = table.widths[0] / 2, keteranganCentre = edges[edges.count - 1] - table.widths.last! / 2
    let scale = (keterangan.midX - no.midX) / (keteranganCentre - noCentre)
    let left = no.midX - noCentre * scale
    let rowHeight = table.headerHeights[1]
    let top = waktu.midY - rowHeight / 2, bottom = waktu.midY + rowHeight / 2
    let tolerance = 1.5
    var problems: [String] = []
    let actors = table.flowchart.pelaksana
    for (offset, actor) in actors.enumerated() {
      let column = table.firstActorColumn + offset
      let cellLeft = left + edges[column] * scale, cellRight = left + edges[column + 1] * scale
      for token in actor.split(whereSeparator: \.isWhitespace).map(String.init) {
        func printed(_ text: String) -> Bool {
          words.contains {
            $0.text == text && $0.xMin >= cellLeft - tolerance && $0.xMax <= cellRight + tolerance && $0.yMin >= top - tolerance
              && $0.yMax <= bottom + tolerance
          }
        }
        // A word joined by slashes may be printed whole or broken after its slashes ("Analis/"
        // "Pelaksana"), never inside a part.
        var parts: [String] = []
        var part = ""
        for character in token {
          part.append(character)
          if character == "/" { parts.append(part); part = "" }
        }
        if !part.isEmpty { parts.append(part) }
        let inCell = printed(token) || (parts.count > 1 && parts.allSatisfy(printed))
        if !inCell {
          let seen = words.filter { $0.text == token || token.hasPrefix($0.text) && $0.yMin < bottom + 40 }.prefix(4)
          problems.append(
            "'\(token)' of '\(actor)' is not inside its cell x \(Int(cellLeft))–\(Int(cellRight)), y \(Int(top))–\(Int(bottom)) (seen: \(seen.map(\.description).joined(separator: ", ")))")
        }
      }
    }
    return problems
  }

  /// Every word of NAMA SOP is printed inside its row on the identity page: in the workbook, the
  /// row the identity sheet planned (placed from the centres of the NOMOR and NAMA labels); in
  /// Word, where rows grow with their text, between the signature block and the first list.
  @Test(arguments: cases)
  func namaSOPStaysInItsRow(_ item: Case) throws {
    let folder = try Self.folder()
    let name = item.sop.identity.namaSOP.uppercased().split(whereSeparator: \.isWhitespace).map(String.init)
    guard !name.isEmpty else { return }
    // The workbook.
    let sheet = XLSXIdentitySheet(identity: item.sop.identity, setup: PageSetup(), logo: LogoImage.load(item.sop.identity.kop, folder: nil).0)
    let fields = sheet.plan.fields
    let workbook = try #require(try Self.pages(folder.appendingPathComponent("\(item.name).pdf")).first)
    let nomor = try #require(workbook.filter { $0.text == "NOMOR" }.min { $0.xMin < $1.xMin })
    let nama = try #require(workbook.first { $0.text == "NAMA" && abs($0.xMin - nomor.xMin) < 2 }, "the NAMA SOP label")
    let distance = fields[0].height / 2 + fields[1..<5].reduce(0) { $0 + $1.height } + fields[5].height / 2
    let scale = (nama.midY - nomor.midY) / distance
    let top = nama.midY - fields[5].height * scale / 2, bottom = nama.midY + fields[5].height * scale / 2
    for token in name {
      #expect(
        workbook.contains { $0.text == token && $0.yMin >= top - 1.5 && $0.yMax <= bottom + 1.5 && $0.xMin > nama.xMax },
        "\(item.name).pdf: '\(token)' of NAMA SOP is not inside its row, y \(Int(top))–\(Int(bottom))")
    }
    // Word.
    let word = try #require(try Self.pages(folder.appendingPathComponent("\(item.name)-w.pdf")).first)
    let label = try #require(word.first { $0.text == "NAMA" }, "the NAMA SOP label in Word")
    let lists = word.filter { $0.text.hasPrefix("HUKUM") }.map(\.yMin).min() ?? .infinity
    for token in name {
      #expect(
        word.contains { $0.text == token && $0.xMin > label.xMax && $0.midY < lists && $0.yMin >= label.yMin - 30 },
        "\(item.name)-w.pdf: '\(token)' of NAMA SOP is not in its row")
    }
  }

  /// The room between the line ending with `jabatan` and the line starting with `nama` on an
  /// identity page, in points; nil when either is not printed. The signature block is
  /// left-aligned in its cell: the jabatan's last word is right of where the name starts (the kop
  /// and the lists are left of it).
  static func roomToSign(_ words: [Word], jabatan: String, nama: String) -> Double? {
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
    let folder = try Self.folder()
    let signer = item.sop.identity.pengesahan
    guard let jabatan = signer.jabatan?.split(whereSeparator: \.isWhitespace).last.map({ String($0) + "," }),
      let nama = signer.nama?.split(whereSeparator: \.isWhitespace).first.map(String.init)
    else { return }
    let generated = item.name.hasPrefix("generated")
    for pdf in ["\(item.name).pdf", "\(item.name)-w.pdf"] {
      let words = try #require(try Self.pages(folder.appendingPathComponent(pdf)).first)
      let gap = Self.roomToSign(words, jabatan: jabatan, nama: nama)
      // Generated texts carry characters a PDF may print differently; only the samples must be found.
      guard let gap else {
        if !generated { Issue.record("\(pdf): the jabatan line ('\(jabatan)') or the name line ('\(nama)') was not found") }
        continue
      }
      #expect(gap >= Self.signatureGap, "\(pdf): \(String(format: "%.2f", gap / 72 * 2.54)) cm between the jabatan and the name")
    }
  }
}
