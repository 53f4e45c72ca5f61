import SOPModel

/// The flowchart table as the workbook prints it: column widths, the repeated header, each step
/// row's height, the page split of the shared ``FlowLayout``, and the merged Mutu Baku cells.
///
/// The XLSX sheet writes it and the SVG preview draws it, so the preview shows the printed pages.
public struct ProcedureTable: Sendable {
  /// The flowchart drawn.
  public let flowchart: Flowchart
  /// Column widths in pixels (Excel's unit, 96 dpi): No, Kegiatan, one per actor, Kelengkapan,
  /// Waktu, Output, Keterangan.
  public let widths: [Double]
  /// Heights of the header rows repeated on every page, in points: the two header rows, then the
  /// row of column numbers when there is one.
  public let headerHeights: [Double]
  /// The flowchart's pages, symbols and arrows.
  public let layout: FlowLayout

  /// The two header rows, in points.
  static let headerRowHeights = [20.0, 30.0]
  /// The row of column numbers (`--column-numbers`), in points.
  static let numberRowHeight = 14.0
  /// The least height of the "JUMLAH WAKTU" row under the last page, in points.
  public static let totalRowHeight = 18.0
  /// LibreOffice draws a column about 6 % wider than Excel for the same width (measured: width 10
  /// is 56.25 pt in Excel and 59.5 pt in LibreOffice 7.4), so widths are planned with that slack
  /// and a page stays one page wide in both.
  static let columnWidthSlack = 1.07

  /// Plans the table of `flowchart` on the paper of `setup`.
  /// - Parameter columnNumbers: whether a row of column numbers 1, 2, 3, … follows the header.
  public init(_ flowchart: Flowchart, setup: PageSetup, columnNumbers: Bool = false) {
    self.flowchart = flowchart
    let widths = Self.columnWidths(actors: max(flowchart.pelaksana.count, 1), printableWidth: setup.printableWidth)
    self.widths = widths
    headerHeights = Self.headerRowHeights + (columnNumbers ? [Self.numberRowHeight] : [])
    let pageHeight = (setup.printableHeight - headerHeights.reduce(0, +)) * 0.97
    let mutu = 2 + max(flowchart.pelaksana.count, 1)
    // A row never splits across pages, so a step whose text would need more than a page (a
    // pasted document) gets one page and its cell shows what fits.
    let tallest = pageHeight - 2 * FlowLayout.connectorRowHeight
    let stepHeights = flowchart.steps.map { step in
      min(tallest, TextMetrics.rowHeight(
        [
          (step.kegiatan, widths[1]), (step.mutuBaku.kelengkapan ?? "", widths[mutu]), (step.mutuBaku.waktu?.display ?? "", widths[mutu + 1]),
          (step.mutuBaku.output ?? "", widths[mutu + 2]), (step.keterangan ?? "", widths[mutu + 3]),
        ], minimum: 40))
    }
    layout = FlowLayout(flowchart, stepHeights: stepHeights, pageHeight: pageHeight)
  }

  /// Shares the printable width: the actor columns get room for a symbol and its lanes, the text
  /// columns the rest, so every page is one page wide at 100 %.
  static func columnWidths(actors: Int, printableWidth: Double) -> [Double] {
    let available = (printableWidth / 0.75 / columnWidthSlack).rounded(.down) - 12
    let number = 36.0, waktu = 72.0
    let rest = available - number - waktu
    let actor = min(110, max(58, (rest * 0.42 / Double(actors)).rounded(.down)))
    let text = rest - actor * Double(actors)
    let kegiatan = (text * 0.34).rounded(.down), other = ((text - kegiatan) / 3).rounded(.down)
    return [number, kegiatan] + Array(repeating: actor, count: actors) + [other, waktu, other, other]
  }

  /// The index of the first actor column.
  public var firstActorColumn: Int { 2 }
  /// The index of the Kelengkapan column (Waktu, Output and Keterangan follow it); a flowchart
  /// without actors still has one (empty) actor column.
  public var mutuColumn: Int { firstActorColumn + max(flowchart.pelaksana.count, 1) }

  /// The total printed under the table: as the SOP writes it, else sopkit's own sum.
  public var totalText: String? {
    if let given = flowchart.totalWaktu { return given.display }
    if case .total(_, _, let text) = flowchart.total { return text }
    return nil
  }

  /// The height of the "JUMLAH WAKTU" row, in points: one line, or as many as the total takes in
  /// the Waktu column ("18 jam 30 menit" takes two).
  public var totalHeight: Double {
    TextMetrics.rowHeight([(totalText ?? "", widths[mutuColumn + 1])], minimum: Self.totalRowHeight)
  }

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
