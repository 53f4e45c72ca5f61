import Foundation
@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// A printed PDF read back the way a person looks at it: its words with their boxes
/// (`pdftotext -bbox`) and its pages as grey pixels (`pdftoppm -gray`), for the printed-page tests.
struct PrintedPage {
  /// One word and its box, in points from the page's top-left corner.
  struct Word: CustomStringConvertible {
    var text: String
    var xMin: Double, yMin: Double, xMax: Double, yMax: Double
    var midX: Double { (xMin + xMax) / 2 }
    var midY: Double { (yMin + yMax) / 2 }
    var description: String { "\(text)@(\(Int(xMin)),\(Int(yMin))–\(Int(xMax)),\(Int(yMax)))" }
  }

  var words: [Word]
  var height: Double

  /// The pages of `pdf`.
  static func pages(_ pdf: URL) throws -> [PrintedPage] {
    let output = try ProcessRunner.run(try #require(ProcessRunner.which("pdftotext")), ["-bbox", pdf.path, "-"]).standardOutput
    var pages: [PrintedPage] = []
    for chunk in output.components(separatedBy: "<page ").dropFirst() {
      var words: [Word] = []
      let lines = chunk.split(separator: "\n")
      for line in lines where line.contains("<word ") {
        guard let start = line.range(of: "\">"), let end = line.range(of: "</word>") else { continue }
        let text = String(line[start.upperBound..<end.lowerBound])
          .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
          .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        words.append(Word(text: text, xMin: number("xMin", line), yMin: number("yMin", line), xMax: number("xMax", line), yMax: number("yMax", line)))
      }
      pages.append(PrintedPage(words: words, height: lines.first.map { number("height", $0) } ?? 0))
    }
    return pages
  }

  private static func number(_ name: String, _ line: Substring) -> Double {
    guard let range = line.range(of: name + "=\"") else { return 0 }
    return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
  }

  /// Where a flowchart page's columns were printed: the plan's column edges (pixels) placed from
  /// the centres of NO and KETERANGAN, and the actor header row from the centre of WAKTU.
  struct Columns {
    var edges: [Double]
    var headerTop: Double, headerBottom: Double

    init?(_ table: ProcedureTable, words: [Word]) {
      func topmost(_ text: String) -> Word? { words.filter { $0.text == text }.min { $0.yMin < $1.yMin } }
      guard let no = topmost("NO"), let keterangan = topmost("KETERANGAN"), let waktu = topmost("WAKTU") else { return nil }
      var planned = [0.0]
      for width in table.widths { planned.append(planned.last! + width) }
      let noCentre = table.widths[0] / 2, keteranganCentre = planned[planned.count - 1] - table.widths.last! / 2
      let scale = (keterangan.midX - no.midX) / (keteranganCentre - noCentre)
      let left = no.midX - noCentre * scale
      edges = planned.map { left + $0 * scale }
      headerTop = waktu.midY - table.headerHeights[1] / 2
      headerBottom = waktu.midY + table.headerHeights[1] / 2
    }
  }

  /// The words below the header rows and above the footer that run over a column border: text
  /// that left its cell. `skipping` words are allowed to (a merged row's text).
  static func wordsAcrossColumns(_ page: PrintedPage, columns: Columns, bottomMargin: Double, skipping: Set<String> = []) -> [String] {
    let tolerance = 1.0
    return page.words.compactMap { word in
      guard word.yMin > columns.headerBottom + 2, word.yMax < page.height - bottomMargin, !skipping.contains(word.text) else { return nil }
      guard let edge = columns.edges.first(where: { word.xMin + tolerance < $0 && $0 < word.xMax - tolerance }) else { return nil }
      return "'\(word.text)' at x \(Int(word.xMin))–\(Int(word.xMax)) runs over the column border at x \(Int(edge))"
    }
  }
}

/// A printed page as grey pixels, to find the lines LibreOffice drew.
struct PageRaster {
  /// Pixels per point.
  static let scale = 2.0
  var width: Int, height: Int
  var pixels: [UInt8]

  /// Every page of `pdf` at 144 dpi.
  static func pages(_ pdf: URL) throws -> [PageRaster] {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let prefix = folder.appendingPathComponent("p").path
    let run = try ProcessRunner.run(try #require(ProcessRunner.which("pdftoppm")), ["-gray", "-r", "144", pdf.path, prefix])
    guard run.status == 0 else { throw PrintedPageError(message: run.standardError) }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pgm") }.sorted()
    return try files.map { try PageRaster(pgm: [UInt8](Data(contentsOf: folder.appendingPathComponent($0)))) }
  }

  /// Reads a binary PGM (P5, 8 bits).
  init(pgm bytes: [UInt8]) throws {
    var fields: [Int] = []
    var index = 2
    while fields.count < 3 {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
      var value = 0
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { value = value * 10 + Int(bytes[index] - 0x30); index += 1 }
      fields.append(value)
    }
    index += 1
    guard bytes.starts(with: Array("P5".utf8)), fields[2] == 255, bytes.count >= index + fields[0] * fields[1] else {
      throw PrintedPageError(message: "not an 8-bit binary PGM")
    }
    width = fields[0]
    height = fields[1]
    pixels = Array(bytes[index..<(index + width * height)])
  }

  func isDark(_ x: Int, _ y: Int) -> Bool {
    x >= 0 && y >= 0 && x < width && y < height && pixels[y * width + x] < 160
  }

  /// The lines that cross `box` (points): a row of dark pixels across its whole width, or a
  /// column down its whole height, `inset` points or more inside its edges (a line may run along
  /// an edge: a label sits just above its own arrow). Letters never span a word's whole box (there
  /// is room between them, and below them for descenders); a line does.
  func linesThrough(_ box: PrintedPage.Word, inset: Double = 0.5) -> [String] {
    let left = Int((box.xMin * Self.scale).rounded(.up)), right = Int((box.xMax * Self.scale).rounded(.down))
    let top = Int((box.yMin * Self.scale).rounded(.up)), bottom = Int((box.yMax * Self.scale).rounded(.down))
    let extra = -Int((inset * Self.scale).rounded())
    guard right > left, bottom > top else { return [] }
    func mostlyDark(_ points: [(Int, Int)]) -> Bool { points.filter { isDark($0.0, $0.1) }.count * 100 >= points.count * 95 }
    var lines: [String] = []
    if let y = ((top - extra)...(bottom + extra)).first(where: { y in mostlyDark((left...right).map { ($0, y) }) }) {
      lines.append("a horizontal line at y \(String(format: "%.1f", Double(y) / Self.scale))")
    }
    if let x = ((left - extra)...(right + extra)).first(where: { x in mostlyDark((top...bottom).map { (x, $0) }) }) {
      lines.append("a vertical line at x \(String(format: "%.1f", Double(x) / Self.scale))")
    }
    return lines
  }
}

struct PrintedPageError: Error { var message: String }

/// SOPs printed in one LibreOffice run: `<name>.pdf` from the workbook, `<name>-w.pdf` from the
/// Word document in `basah`; nil when LibreOffice or poppler-utils is missing.
struct PrintRun: Sendable {
  /// Documents per LibreOffice run.
  static let batch = 60
  let result: Result<URL, any Error>?

  init(_ files: [(name: String, file: SOPFile)]) {
    guard let soffice = ProcessRunner.which("soffice"), ProcessRunner.which("pdftotext") != nil, ProcessRunner.which("pdftoppm") != nil else {
      result = nil
      return
    }
    result = Result {
      let folder = try TestData.temporaryFolder()
      var inputs: [String] = []
      for (name, file) in files {
        let xlsx = folder.appendingPathComponent("\(name).xlsx"), docx = folder.appendingPathComponent("\(name)-w.docx")
        try Data(try XLSXWriter.write(file)).write(to: xlsx)
        try Data(try DOCXWriter.write(file, options: .init(mode: .basah))).write(to: docx)
        inputs += [xlsx.path, docx.path]
      }
      // One LibreOffice run quietly stops converting after a few hundred documents: print in
      // batches, and check that every PDF is there.
      for start in stride(from: 0, to: inputs.count, by: Self.batch) {
        let run = try ProcessRunner.run(
          soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.path]
            + inputs[start..<min(start + Self.batch, inputs.count)])
        guard run.status == 0 else { throw PrintedPageError(message: run.standardError) }
      }
      let missing = inputs.map { URL(fileURLWithPath: $0).deletingPathExtension().appendingPathExtension("pdf") }
        .filter { !FileManager.default.fileExists(atPath: $0.path) }
      guard missing.isEmpty else { throw PrintedPageError(message: "LibreOffice printed no \(missing.map(\.lastPathComponent))") }
      return folder
    }
  }

  /// The folder of PDFs, or a counted skip naming what to install.
  func folder() throws -> URL {
    guard let result else { try Test.cancel("LibreOffice or poppler-utils is not installed; `make deps-render` installs them") }
    return try result.get()
  }
}

/// Checks of a printed SOP's flowchart pages that hold for every SOP.
enum PrintedFlowchart {
  /// The PDFs printed for `name`.
  static func pdfs(_ name: String, in folder: URL) -> [URL] {
    [folder.appendingPathComponent("\(name).pdf"), folder.appendingPathComponent("\(name)-w.pdf")]
  }

  /// A printed flowchart page with the plan it was printed from.
  typealias FlowchartPage = (number: Int, printed: PrintedPage, table: ProcedureTable, plan: FlowLayout.Page)

  /// Each flowchart page of `sop` in `pdf`: the page and its plan.
  static func pages(_ sop: SOPDocument, pdf: URL) throws -> [FlowchartPage] {
    let printed = try PrintedPage.pages(pdf)
    var result: [FlowchartPage] = []
    var pageIndex = 1
    for flowchart in sop.flowcharts {
      let table = ProcedureTable(flowchart, setup: PageSetup(), title: sop.identity.namaSOP)
      for plan in table.layout.pages {
        if printed.indices.contains(pageIndex) { result.append((pageIndex + 1, printed[pageIndex], table, plan)) }
        pageIndex += 1
      }
    }
    return result
  }

  /// Words of the table body that run over a column border.
  static func wordsLeavingTheirColumns(_ flowchartPages: [FlowchartPage], pdf: URL) -> [String] {
    flowchartPages.flatMap { number, page, table, _ -> [String] in
      guard let columns = PrintedPage.Columns(table, words: page.words) else { return ["page \(number): the header words NO, KETERANGAN, WAKTU are not all printed"] }
      // The JUMLAH WAKTU row is merged across the columns before the total.
      return PrintedPage.wordsAcrossColumns(page, columns: columns, bottomMargin: PageSetup().bottom, skipping: ["JUMLAH", "WAKTU"])
        .map { "\(pdf.lastPathComponent) page \(number): \($0)" }
    }
  }

  /// Exit labels crossed by a line, found in the page's pixels.
  static func labelsCrossedByLines(_ flowchartPages: [FlowchartPage], pdf: URL) throws -> [String] {
    guard flowchartPages.contains(where: { !$0.plan.labels.isEmpty }) else { return [] }
    let rasters = try PageRaster.pages(pdf)
    var problems: [String] = []
    for (number, page, table, plan) in flowchartPages where !plan.labels.isEmpty && rasters.indices.contains(number - 1) {
      guard let columns = PrintedPage.Columns(table, words: page.words) else { continue }
      let left = columns.edges[table.firstActorColumn], right = columns.edges[table.mutuColumn]
      let tokens = Set(plan.labels.flatMap { $0.text.split(whereSeparator: \.isWhitespace).map(String.init) })
      for word in page.words where tokens.contains(word.text) && word.xMin >= left - 1 && word.xMax <= right + 1 && word.yMin > columns.headerBottom {
        for line in rasters[number - 1].linesThrough(word) {
          problems.append("\(pdf.lastPathComponent) page \(number): the label '\(word)' is crossed by \(line)")
        }
      }
    }
    return problems
  }
}
