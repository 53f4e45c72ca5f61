import CXlsxWriter
import SOPModel

/// The "Prosedur" sheet: the official two-row header, one row per step, the flowchart drawn over the
/// Pelaksana columns, page breaks only between steps, off-page connectors, and a Jumlah row.
struct XLSXProcedureSheet {
  let flowchart: Flowchart
  let setup: PageSetup
  let columnNumbers: Bool

  /// Column widths in pixels: No, Kegiatan, actors…, Kelengkapan, Waktu, Output, Keterangan.
  let widths: [Double]
  var actorCount: Int { flowchart.pelaksana.count }
  var firstActorColumn: Int { 2 }
  var mutuColumn: Int { 2 + actorCount }

  static let emuPerPixel = 9525
  static let emuPerPoint = 12700

  /// The widths, heights and page split, shared with the SVG preview.
  let table: ProcedureTable

  init(_ flowchart: Flowchart, setup: PageSetup, title: String = "", columnNumbers: Bool, total: Bool = false) {
    self.flowchart = flowchart
    self.setup = setup
    self.columnNumbers = columnNumbers
    table = ProcedureTable(flowchart, setup: setup, title: title, columnNumbers: columnNumbers, total: total)
    widths = table.widths
  }

  /// Writes the sheet and returns its drawing.
  func write(into sheet: UnsafeMutablePointer<lxw_worksheet>, _ book: XLSXWorkbook) -> SpreadsheetDrawing {
    for (index, width) in widths.enumerated() {
      worksheet_set_column(sheet, lxw_col_t(index), lxw_col_t(index), max(0, (width - 5) / 7), nil)
    }
    let header = book.format(.init(bold: true, center: true))
    let body = book.format(.init(size: table.bodySize))
    let centered = book.format(.init(size: table.bodySize, center: true))
    let small = book.format(.init(size: 8, center: true))
    let lastColumn = lxw_col_t(widths.count - 1)

    // Header: No, Kegiatan, Pelaksana (merged), Mutu Baku (merged), Keterangan. (The SOP's name
    // is in the print header, on every page: see printSetup.)
    worksheet_set_row(sheet, 0, table.headerHeights[0], nil)
    worksheet_set_row(sheet, 1, table.headerHeights[1], nil)
    worksheet_merge_range(sheet, 0, 0, 1, 0, "NO", header)
    worksheet_merge_range(sheet, 0, 1, 1, 1, "KEGIATAN", header)
    let actors = flowchart.pelaksana.isEmpty ? [""] : flowchart.pelaksana
    if actors.count > 1 {
      worksheet_merge_range(sheet, 0, lxw_col_t(firstActorColumn), 0, lxw_col_t(firstActorColumn + actors.count - 1), "PELAKSANA", header)
    } else {
      worksheet_write_string(sheet, 0, lxw_col_t(firstActorColumn), "PELAKSANA", header)
    }
    // Every actor name at the size that keeps its words whole and the row as planned.
    let actorHeader = book.format(.init(bold: true, size: table.actorHeaderSize, center: true))
    for (offset, actor) in actors.enumerated() {
      worksheet_write_string(sheet, 1, lxw_col_t(firstActorColumn + offset), actor, actorHeader)
    }
    worksheet_merge_range(sheet, 0, lxw_col_t(mutuColumn), 0, lxw_col_t(mutuColumn + 2), "MUTU BAKU", header)
    for (offset, title) in ["KELENGKAPAN", "WAKTU", "OUTPUT"].enumerated() {
      let format = book.format(.init(bold: true, size: table.mutuHeaderSizes[offset], center: true))
      worksheet_write_string(sheet, 1, lxw_col_t(mutuColumn + offset), title, format)
    }
    let keterangan = book.format(.init(bold: true, size: table.keteranganHeaderSize, center: true))
    worksheet_merge_range(sheet, 0, lxw_col_t(mutuColumn + 3), 1, lxw_col_t(mutuColumn + 3), "KETERANGAN", keterangan)
    var row = 2
    if columnNumbers {
      worksheet_set_row(sheet, lxw_row_t(row), ProcedureTable.numberRowHeight, nil)
      for column in 0...Int(lastColumn) { worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), Double(column + 1), small) }
      row += 1
    }
    let headerRows = row

    // Pages.
    let repeated = table.headerHeights.reduce(0, +)
    let layout = table.layout
    var breaks: [lxw_row_t] = []
    var rowTop: [Int: Int] = [:]  // sheet row → top in EMU from the sheet's top
    var yEMU = Int(repeated * Double(Self.emuPerPoint))
    var drawing = SpreadsheetDrawing()
    for (pageIndex, page) in layout.pages.enumerated() {
      if pageIndex > 0 { breaks.append(lxw_row_t(row)) }
      let firstRow = row
      for (offset, layoutRow) in page.rows.enumerated() {
        worksheet_set_row(sheet, lxw_row_t(row), page.rowHeights[offset], nil)
        rowTop[row] = yEMU
        yEMU += Int(page.rowHeights[offset] * Double(Self.emuPerPoint))
        switch layoutRow {
        case .step(let index):
          writeStep(index, row: row, sheet: sheet, body: body, centered: centered)
        default:
          for column in 0...Int(lastColumn) { worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), body) }
        }
        row += 1
      }
      draw(page, firstRow: firstRow, rowTop: rowTop, into: &drawing)
    }
    // Jumlah row.
    if let total = table.totalText {
      worksheet_set_row(sheet, lxw_row_t(row), table.totalHeight, nil)
      worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(mutuColumn), "JUMLAH WAKTU", header)
      worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(mutuColumn + 1), total, centered)
      worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(mutuColumn + 2), body)
      worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(mutuColumn + 3), body)
    }
    _ = headerRows
    printSetup(sheet, breaks: breaks, headerRows: headerRows)
    return drawing
  }

  private func writeStep(
    _ index: Int, row: Int, sheet: UnsafeMutablePointer<lxw_worksheet>, body: UnsafeMutablePointer<lxw_format>,
    centered: UnsafeMutablePointer<lxw_format>
  ) {
    let step = flowchart.steps[index]
    let r = lxw_row_t(row)
    worksheet_write_number(sheet, r, 0, Double(step.nomor), centered)
    worksheet_write_string(sheet, r, 1, ExcelCellText.fitted(step.kegiatan), body)
    for offset in 0..<max(actorCount, 1) { worksheet_write_blank(sheet, r, lxw_col_t(firstActorColumn + offset), body) }
    let values: [(Step.SpanColumn, Int, String?, UnsafeMutablePointer<lxw_format>)] = [
      (.kelengkapan, mutuColumn, step.mutuBaku.kelengkapan, body), (.waktu, mutuColumn + 1, step.mutuBaku.waktu?.display, centered),
      (.output, mutuColumn + 2, step.mutuBaku.output, body), (.keterangan, mutuColumn + 3, step.keterangan, body),
    ]
    for (span, column, value, format) in values {
      let rows = table.rowSpan(of: index, span)
      if rows == 0 { continue }
      if rows > 1 {
        worksheet_merge_range(sheet, r, lxw_col_t(column), r + lxw_row_t(rows - 1), lxw_col_t(column), ExcelCellText.fitted(value ?? ""), format)
      } else if let value {
        worksheet_write_string(sheet, r, lxw_col_t(column), ExcelCellText.fitted(value), format)
      } else {
        worksheet_write_blank(sheet, r, lxw_col_t(column), format)
      }
    }
  }

  private func printSetup(_ sheet: UnsafeMutablePointer<lxw_worksheet>, breaks: [lxw_row_t], headerRows: Int) {
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, setup.excelPaperCode)
    worksheet_set_margins(sheet, setup.left / 72, setup.right / 72, setup.top / 72, setup.bottom / 72)
    worksheet_repeat_rows(sheet, 0, lxw_row_t(headerRows - 1))
    worksheet_set_footer(sheet, Self.footer(title: table.title))
    worksheet_center_horizontally(sheet)
    if !breaks.isEmpty {
      var list = breaks + [0]
      list.withUnsafeMutableBufferPointer { buffer in _ = worksheet_set_h_pagebreaks(sheet, buffer.baseAddress) }
    }
  }

  /// The print footer of a flowchart page: the SOP's name on the left (Arial bold 8), "Halaman x
  /// dari y" on the right, on every page. (The Word document and the previews print the name as a
  /// title row over the header; the workbook keeps its first rows for the header, as readers and
  /// the page header of a draft expect.) `&` is doubled, and a name longer than Excel's
  /// 255-character footer leaves room for is cut with "…".
  static func footer(title: String) -> String {
    let numbers = "&R&\"Arial\"&8Halaman &P dari &N"
    guard !title.isEmpty else { return numbers }
    let prefix = "&L&\"Arial\"&B&8"
    var name = String(title.flatMap { $0 == "&" ? ["&", "&"] : [$0] })
    let room = 150
    if name.utf8.count > room {
      while name.utf8.count > room - 4 { name.removeLast() }
      if name.hasSuffix("&"), !name.hasSuffix("&&") { name.removeLast() }
      name += "…"
    }
    return prefix + name + numbers
  }

  // MARK: Drawing

  /// EMU x of a layout x (actor columns).
  private func anchorX(_ x: Double) -> (SpreadsheetDrawing.Anchor, Int) {
    let column = min(max(Int(x.rounded(.down)), 0), max(actorCount, 1) - 1)
    let fraction = x - Double(column)
    let width = widths[firstActorColumn + column]
    let offset = Int((fraction * width).rounded()) * Self.emuPerPixel
    let left = widths[..<(firstActorColumn + column)].reduce(0, +)
    return (SpreadsheetDrawing.Anchor(column: firstActorColumn + column, columnOffset: offset, row: 0, rowOffset: 0), Int(left) * Self.emuPerPixel + offset)
  }

  private func anchor(x: Double, y: Double, page: FlowLayout.Page, firstRow: Int, rowTop: [Int: Int]) -> (SpreadsheetDrawing.Anchor, Int, Int) {
    var (anchor, absoluteX) = anchorX(x)
    var rowIndex = 0
    for (index, top) in page.rowTops.enumerated() where top <= y + 0.001 { rowIndex = index }
    let offsetPoints = y - page.rowTops[rowIndex]
    anchor.row = firstRow + rowIndex
    anchor.rowOffset = Int((offsetPoints * Double(Self.emuPerPoint)).rounded())
    return (anchor, absoluteX, (rowTop[anchor.row] ?? 0) + anchor.rowOffset)
  }

  private func draw(_ page: FlowLayout.Page, firstRow: Int, rowTop: [Int: Int], into drawing: inout SpreadsheetDrawing) {
    func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> (SpreadsheetDrawing.Anchor, SpreadsheetDrawing.Anchor, SpreadsheetDrawing.Rect) {
      let (from, x0, y0) = anchor(x: x, y: y, page: page, firstRow: firstRow, rowTop: rowTop)
      let (to, x1, y1) = anchor(x: x + width, y: y + height, page: page, firstRow: firstRow, rowTop: rowTop)
      return (from, to, SpreadsheetDrawing.Rect(x: x0, y: y0, width: max(x1 - x0, 0), height: max(y1 - y0, 0)))
    }
    for symbol in page.symbols {
      let (from, to, rect) = box(symbol.x, symbol.y, symbol.width, symbol.height)
      drawing.items.append(.shape(preset: FlowSymbolPreset.preset(for: symbol.kind), from: from, to: to, absolute: rect, text: FlowSymbolPreset.text(of: symbol.kind)))
    }
    for arrow in page.arrows {
      for (index, pair) in zip(arrow.points, arrow.points.dropFirst()).enumerated() {
        let (a, b) = pair
        let (from, to, rect) = box(min(a.x, b.x), min(a.y, b.y), abs(b.x - a.x), abs(b.y - a.y))
        drawing.items.append(.line(from: from, to: to, absolute: rect, flipH: b.x < a.x, flipV: b.y < a.y, arrow: arrow.hasHead && index == arrow.points.count - 2))
      }
    }
    // The exit labels where the layout placed them.
    for label in page.labels {
      let (from, to, rect) = box(label.x, label.y, label.width, label.height)
      drawing.items.append(.label(from: from, to: to, absolute: rect, text: label.printed.joined(separator: "\n")))
    }
  }
}
