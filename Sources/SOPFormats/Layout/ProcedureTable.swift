import SOPModel

/// The flowchart table as the workbook prints it: column widths, the repeated title and header
/// rows, each step row's height, the page split of the shared ``FlowLayout``, and the merged Mutu
/// Baku cells.
///
/// The XLSX sheet writes it, the Word document scales it to the page, and the SVG preview draws
/// it, so all three print the same pages. Text is measured by ``TextMeasure`` for both printed
/// forms (``CellText``): a row is as tall as its text needs in the workbook (Arial 10) and in Word
/// (Arial 9 in the scaled columns), whichever is taller.
public struct ProcedureTable: Sendable {
  /// The flowchart drawn.
  public let flowchart: Flowchart
  /// The title over the header on every page: the SOP's name in capitals.
  public let title: String
  /// Column widths in pixels (Excel's unit, 96 dpi): No, Kegiatan, one per actor, Kelengkapan,
  /// Waktu, Output, Keterangan.
  public let widths: [Double]
  /// The height of the title row, in points.
  public let titleHeight: Double
  /// Heights of the header rows repeated on every page under the title, in points: the two header
  /// rows, then the row of column numbers when there is one.
  public let headerHeights: [Double]
  /// The bold size of the title, in points: the largest that keeps it on one line (two at 7 pt).
  public let titleSize: Double
  /// The bold size of the actor names in the header, in points: the largest at which every name's
  /// words fit their column and no name takes more than ``maximumHeaderLines`` lines.
  public let actorHeaderSize: Double
  /// The bold size of KELENGKAPAN, WAKTU and OUTPUT, in points.
  public let mutuHeaderSizes: [Double]
  /// The bold size of KETERANGAN, in points (10, or smaller in a narrow column).
  public let keteranganHeaderSize: Double
  /// Whether the JUMLAH WAKTU row is printed (sop-ap-format §6.3: when the SOP had one, or asked).
  public let printsTotal: Bool
  /// The flowchart's pages, symbols and arrows.
  public let layout: FlowLayout

  /// The first header row (PELAKSANA, MUTU BAKU), in points.
  static let groupRowHeight = 20.0
  /// The least height of the second header row, in points.
  static let actorRowMinimum = 30.0
  /// The sizes header text is tried at, largest first, in points.
  static let headerSizes = [10.0, 9.0, 8.0, 7.0, 6.5, 6.0]
  /// The most lines an actor name may take in the header before a smaller size is tried.
  static let maximumHeaderLines = 5
  /// The row of column numbers (`--column-numbers`), in points.
  static let numberRowHeight = 14.0
  /// The title row, in points: one line of bold 10, or two of 7.
  public static let titleRowHeight = 20.0
  /// The least height of the "JUMLAH WAKTU" row under the last page, in points.
  public static let totalRowHeight = 18.0
  /// The least height of a step row, in points: a symbol with room around it.
  static let stepRowMinimum = 40.0
  /// LibreOffice draws a column about 6 % wider than Excel for the same width (measured: width 10
  /// is 56.25 pt in Excel and 59.5 pt in LibreOffice 7.4), so widths are planned with that slack
  /// and a page stays one page wide in both.
  static let columnWidthSlack = 1.07
  /// The share of a page's height the rows are planned to fill: the rest absorbs the rounding of
  /// row heights in LibreOffice and Word.
  static let pageFill = 0.985
  /// Word's text size for cell text, in points (style `SOP Teks`).
  static let wordSize = 9.0

  /// Plans the table of `flowchart` on the paper of `setup`.
  /// - Parameters:
  ///   - title: the SOP's name, printed over the header of every page.
  ///   - columnNumbers: whether a row of column numbers 1, 2, 3, … follows the header.
  ///   - total: print the JUMLAH WAKTU row with sopkit's own sum even when the SOP has none
  ///     written (a total the SOP wrote is always printed).
  public init(_ flowchart: Flowchart, setup: PageSetup, title: String = "", columnNumbers: Bool = false, total: Bool = false) {
    self.flowchart = flowchart
    self.title = title.uppercased()
    titleHeight = Self.titleRowHeight
    let tableWidth = setup.printableWidth - 6
    titleSize = TextMeasure.fittingSize(self.title, width: tableWidth, sizes: [10, 9, 8, 7], bold: true, maximumLines: 1)
    printsTotal = flowchart.totalWaktu != nil || (total && {
      if case .total = flowchart.total { return true } else { return false }
    }())
    // Arial 10 (sop-ap-format §8); Arial 9, as many printed SOPs use, when that saves a page.
    // Each step's texts are measured once, for every width and size the plans try.
    let texts = flowchart.steps.map(StepTexts.init)
    var plan = Plan(flowchart, texts: texts, setup: setup, columnNumbers: columnNumbers, total: printsTotal, size: Self.bodySizes[0])
    if plan.layout.pages.count > 1 {
      let smaller = Plan(flowchart, texts: texts, setup: setup, columnNumbers: columnNumbers, total: printsTotal, size: Self.bodySizes[1])
      if smaller.layout.pages.count < plan.layout.pages.count { plan = smaller }
    }
    widths = plan.widths
    bodySize = plan.size
    actorHeaderSize = plan.actorHeaderSize
    mutuHeaderSizes = plan.mutuHeaderSizes
    keteranganHeaderSize = plan.keteranganHeaderSize
    headerHeights = plan.headerHeights
    layout = plan.layout
  }

  /// The sizes body text is tried at, in points: the default, then one smaller.
  static let bodySizes = [10.0, 9.0]
  /// The size of the cell text in the workbook and the SVG preview, in points.
  public let bodySize: Double
  /// The size of the cell text in Word, in points: its style's 9, or the workbook's when smaller.
  public var wordBodySize: Double { min(Self.wordSize, bodySize) }

  /// The widths, header and page split for one body text size.
  private struct Plan {
    var size: Double
    var widths: [Double]
    var actorHeaderSize: Double
    var mutuHeaderSizes: [Double]
    var keteranganHeaderSize: Double
    var headerHeights: [Double]
    var layout: FlowLayout

    init(_ flowchart: Flowchart, texts: [StepTexts], setup: PageSetup, columnNumbers: Bool, total: Bool, size: Double) {
      self.size = size
      let widths = ProcedureTable.columnWidths(flowchart, texts: texts, printableWidth: setup.printableWidth, size: size)
      self.widths = widths
      let wordScale = setup.printableWidth / widths.reduce(0, +)
      let actors = flowchart.pelaksana.isEmpty ? [""] : flowchart.pelaksana
      // Header text fits its column in the workbook and in Word, whichever gives it less room.
      let room = { (pixels: Double) in min(CellText.workbookWidth(pixels), pixels * wordScale - CellText.wordInset) }
      let actorWidth = room(widths[2])
      let sizes = ProcedureTable.headerSizes.filter { $0 <= size }
      let actorSize = actors.map {
        TextMeasure.fittingSize($0, width: actorWidth, sizes: sizes, bold: true, maximumLines: ProcedureTable.maximumHeaderLines)
      }.min() ?? size
      actorHeaderSize = actorSize
      let mutu = 2 + actors.count
      mutuHeaderSizes = ["KELENGKAPAN", "WAKTU", "OUTPUT"].enumerated().map { offset, title in
        TextMeasure.fittingSize(title, width: room(widths[mutu + offset]), sizes: sizes, bold: true, maximumLines: 1)
      }
      keteranganHeaderSize = TextMeasure.fittingSize("KETERANGAN", width: room(widths[mutu + 3]), sizes: sizes, bold: true, maximumLines: 1)
      // The actor row holds the longest name, wrapped, in the workbook and in Word.
      let actorRow = actors.map { name in
        max(
          CellText.workbookHeight(name, pixels: widths[2], size: actorSize, bold: true),
          CellText.wordHeight([name], width: widths[2] * wordScale, size: actorSize, bold: true))
      }.max() ?? 0
      headerHeights = [ProcedureTable.groupRowHeight, max(ProcedureTable.actorRowMinimum, actorRow.rounded(.up))]
        + (columnNumbers ? [ProcedureTable.numberRowHeight] : [])
      let pageHeight = (setup.printableHeight - ProcedureTable.titleRowHeight - headerHeights.reduce(0, +)) * ProcedureTable.pageFill
      // A row never splits across pages, so a step whose text would need more than a page (a
      // pasted document) gets one page and its cell shows what fits.
      let tallest = pageHeight - 2 * FlowLayout.connectorRowHeight
      let stepHeights = texts.map { step in
        min(tallest, ProcedureTable.stepHeight(step, widths: widths, mutu: mutu, wordScale: wordScale, size: size, maximumLines: Int(tallest / 8) + 1))
      }
      var reserve = 0.0
      if total {
        let text = ProcedureTable.totalText(flowchart) ?? ""
        reserve = CellText.workbookRowHeight([(text, widths[mutu + 1])], size: size, minimum: ProcedureTable.totalRowHeight)
      }
      layout = FlowLayout(flowchart, stepHeights: stepHeights, pageHeight: pageHeight, reserveAtEnd: reserve, columnWidth: widths[2] * 0.75)
    }
  }

  /// The height of a step's row: what its texts need in the workbook and in Word, at least
  /// ``stepRowMinimum``.
  static func stepHeight(_ step: Step, widths: [Double], mutu: Int, wordScale: Double, size: Double = CellText.workbookSize, maximumLines: Int = .max) -> Double {
    stepHeight(StepTexts(step), widths: widths, mutu: mutu, wordScale: wordScale, size: size, maximumLines: maximumLines)
  }

  /// The texts of a step's cells, measured once (``MeasuredText``) for the many column widths a
  /// plan tries: Kegiatan, Kelengkapan, Waktu, Output and Keterangan, each whole (the workbook's
  /// cell) and by paragraph (Word's).
  struct StepTexts {
    var cells: [(whole: MeasuredText, paragraphs: [MeasuredText])]

    init(_ step: Step) {
      let texts = [step.kegiatan, step.mutuBaku.kelengkapan ?? "", step.mutuBaku.waktu?.display ?? "", step.mutuBaku.output ?? "", step.keterangan ?? ""]
      cells = texts.map { text in
        let whole = MeasuredText(text)
        // A text of one paragraph is its own only paragraph.
        if text.isEmpty { return (whole, []) }
        if whole.paragraphs.count == 1, !text.utf8.contains(13) { return (whole, [whole]) }
        return (whole, text.components(separatedBy: "\n").map { MeasuredText($0) })
      }
    }
  }

  /// The height of a step's row from its measured texts.
  static func stepHeight(_ texts: StepTexts, widths: [Double], mutu: Int, wordScale: Double, size: Double = CellText.workbookSize, maximumLines: Int = .max) -> Double {
    let columns = [1, mutu, mutu + 1, mutu + 2, mutu + 3]
    var tallest = stepRowMinimum
    for (cell, column) in zip(texts.cells, columns) where !cell.whole.text.isEmpty {
      let pixels = widths[column]
      let workbook = TextMeasure.height(
        lines: cell.whole.lineCount(width: CellText.workbookWidth(pixels), size: size, maximumLines: maximumLines),
        size: size) + CellText.workbookPadding
      let word = CellText.wordHeight(cell.paragraphs, width: pixels * wordScale, size: min(wordSize, size), maximumLines: maximumLines)
      tallest = max(tallest, workbook, word)
    }
    return tallest.rounded(.up)
  }

  /// Shares the printable width: the actor columns get room for a symbol and its lanes (more when
  /// there are few actors, and enough for the longest word of a name at 7 pt), No and Waktu what
  /// their text needs, and the four text columns the rest, split so that the steps take the least
  /// height (Kegiatan, the widest text, gets the largest share). Every page is one page wide at
  /// 100 %.
  static func columnWidths(_ flowchart: Flowchart, texts: [StepTexts], printableWidth: Double, size: Double = CellText.workbookSize) -> [Double] {
    let actors = max(flowchart.pelaksana.count, 1)
    let available = (printableWidth / 0.75 / columnWidthSlack).rounded(.down) - 12
    let number = 32.0
    let waktuTexts = flowchart.steps.compactMap { $0.mutuBaku.waktu?.display }
    let waktuWord = (waktuTexts.map { TextMeasure.widestWord($0, size: size) }.max() ?? 0)
    let waktu = min(96, max(64, ((waktuWord + CellText.workbookInset + 2) / 0.75).rounded(.up)))
    let nameWord = flowchart.pelaksana.map { TextMeasure.widestWord($0, size: 7, bold: true) }.max() ?? 0
    // The widest word of a name fits at 7 pt in the workbook (Calc's inset) and in Word (its
    // wider cell margins, on columns scaled to the page).
    let wordScale = printableWidth / available
    let actorFloor = max(
      minimumActorWidth, ((nameWord + CellText.workbookInset + 2) / 0.75).rounded(.up),
      ((nameWord + CellText.wordInset + 2) / wordScale).rounded(.up))
    // The pixels a column needs to hold `points` of text in the workbook and in Word.
    func pixels(holding points: Double) -> Double {
      max(((points + CellText.workbookInset + 2) / 0.75).rounded(.up), ((points + CellText.wordInset + 2) / wordScale).rounded(.up))
    }
    // Kelengkapan, Output and Keterangan hold their header word whole at the smallest header size.
    let headerFloor = pixels(holding: TextMeasure.width("KELENGKAPAN", size: headerSizes.last!, bold: true))
    var actor = min(maximumActorWidth, max(actorFloor, (available * 0.34 / Double(actors)).rounded(.down)))
    // Many actors: their columns give way (down to a symbol's least room) before the text columns
    // lose their headers and Kegiatan its 120 px.
    let textNeeds = number + waktu + 120 + 3 * headerFloor
    if available - actor * Double(actors) < textNeeds {
      actor = max(leastActorWidth, ((available - textNeeds) / Double(actors)).rounded(.down))
    }
    let text = available - number - waktu - actor * Double(actors)
    // The other three text columns share what Kegiatan leaves by the amount of text they hold.
    let volume = { (texts: [String?]) in texts.reduce(0.0) { $0 + Double($1?.count ?? 0) } }
    let steps = flowchart.steps.prefix(80)
    let others = [volume(steps.map(\.mutuBaku.kelengkapan)), volume(steps.map(\.mutuBaku.output)), volume(steps.map(\.keterangan))]
    let othersTotal = others.reduce(0, +)
    // Kelengkapan, Output and Keterangan get at least 84 px (KELENGKAPAN in bold 8), less on a
    // page narrowed by many actors (A4 with eight), never less than their header word needs.
    let minimumOther = max(min(headerFloor, 84), min(84, (text * 0.17).rounded(.down)))
    func split(_ share: Double) -> [Double] {
      let kegiatan = (text * share).rounded(.down)
      let rest = text - kegiatan - 3 * minimumOther
      let parts = others.map { othersTotal > 0 ? minimumOther + (rest * (0.4 / 3 + 0.6 * $0 / othersTotal)).rounded(.down) : minimumOther + (rest / 3).rounded(.down) }
      return [number, kegiatan] + Array(repeating: actor, count: actors) + [parts[0], waktu, parts[1], parts[2]]
    }
    guard text - 3 * minimumOther > 120 else { return split(0.3) }
    let mutu = 2 + actors
    var best = split(0.34), bestHeight = Double.infinity
    let measured = texts.prefix(80)
    for share in stride(from: 0.26, through: 0.5, by: 0.02) {
      let candidate = split(share)
      guard candidate[1] >= 120, text - candidate[1] >= 3 * minimumOther else { continue }
      let height = measured.reduce(0.0) { $0 + stepHeight($1, widths: candidate, mutu: mutu, wordScale: wordScale, size: size, maximumLines: 40) }
      // Ties go to the wider Kegiatan.
      if height <= bestHeight {
        best = candidate
        bestHeight = height
      }
    }
    return best
  }

  /// The least width of an actor column, in pixels: a symbol (56 % of the column) with lanes
  /// beside it.
  static let minimumActorWidth = 56.0
  /// The least width of an actor column when many actors share the page (10 and more on F4), so
  /// that the text columns keep their header words: a smaller symbol, lanes closer to it.
  static let leastActorWidth = 42.0
  /// The most width an actor column gets when there are few actors, in pixels.
  static let maximumActorWidth = 124.0

  /// The index of the first actor column.
  public var firstActorColumn: Int { 2 }
  /// The index of the Kelengkapan column (Waktu, Output and Keterangan follow it); a flowchart
  /// without actors still has one (empty) actor column.
  public var mutuColumn: Int { firstActorColumn + max(flowchart.pelaksana.count, 1) }

  /// The total printed under the table, when ``printsTotal``: as the SOP writes it, else sopkit's
  /// own sum.
  public var totalText: String? { printsTotal ? Self.totalText(flowchart) : nil }

  static func totalText(_ flowchart: Flowchart) -> String? {
    if let given = flowchart.totalWaktu { return given.display }
    if case .total(_, _, let text) = flowchart.total { return text }
    return nil
  }

  /// The height of the "JUMLAH WAKTU" row, in points: one line, or as many as the total takes in
  /// the Waktu column ("18 jam 30 menit" takes two).
  public var totalHeight: Double {
    CellText.workbookRowHeight([(totalText ?? "", widths[mutuColumn + 1])], size: bodySize, minimum: Self.totalRowHeight)
  }

  /// The height repeated at the top of every page: the title and the header rows.
  public var repeatedHeight: Double { titleHeight + headerHeights.reduce(0, +) }

  /// The step rows the `column` cell of step `index` covers: its merge (`Step.spans`) cut at the
  /// end of its page, or 0 when a merged cell above covers it.
  public func rowSpan(of index: Int, _ column: Step.SpanColumn) -> Int {
    if flowchart.isCovered(index, column) { return 0 }
    guard let rows = flowchart.steps[index].spans[column], rows > 1 else { return 1 }
    let lastOnPage = layout.pages.lazy.map { page in
      page.rows.compactMap { row -> Int? in if case .step(let step) = row { return step } else { return nil } }
    }.first { $0.contains(index) }?.last ?? index
    return min(rows, lastOnPage - index + 1)
  }
}
