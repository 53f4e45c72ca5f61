import SOPModel

/// Lines of text set in a box as the drawing writers print them (the SVG preview and the PDF): the
/// block centred vertically, each line left-aligned after a small padding or centred.
enum TextBox {
  /// Space between baselines, as a share of the font size.
  static let lineSpacing = 1.15
  /// Room between a cell border and its text, in points.
  static let padding = 2.5

  /// The baseline of each of `count` lines of `size` in a box from `top` to `bottom`: the block is
  /// centred, and each baseline sits a little below the middle of its line's slot.
  static func baselines(count: Int, top: Double, bottom: Double, size: Double) -> [Double] {
    let lineHeight = size * lineSpacing
    let blockTop = (top + bottom) / 2 - Double(count) * lineHeight / 2
    return (0..<count).map { blockTop + (Double($0) + 0.5) * lineHeight + size * 0.35 }
  }
}

/// One cell of a printed flowchart page: its box in page points and its text, wrapped to the
/// cell's width and set as small as it must be to fit its height.
struct PrintedCell {
  var left: Double, right: Double, top: Double, bottom: Double
  /// The lines shown; empty for a blank cell.
  var lines: [String]
  var size: Double
  var bold: Bool
  var centered: Bool

  /// A cell with `value` wrapped to its width at `size`, or smaller (down to
  /// ``PrintedTable/smallestSize``) until it fits its height; what still does not fit (a step
  /// longer than a page) ends with "…". Bold text (a header) is first set down to a fifth smaller
  /// so that its widest word does not break.
  init(fitting value: String, left: Double, right: Double, top: Double, bottom: Double, size: Double, bold: Bool = false, centered: Bool = false) {
    (self.left, self.right, self.top, self.bottom, self.bold, self.centered) = (left, right, top, bottom, bold, centered)
    let height = bottom - top
    guard !value.isEmpty else {
      (lines, self.size) = ([], size)
      return
    }
    let room = right - left - 2 * TextBox.padding
    var size = bold ? Self.headerSize(value, size: size, room: room) : size
    // One line more than the row holds tells that the text does not fit.
    func wrapped(_ size: Double) -> [String] {
      TextMeasure.wrap(value, width: room, size: size, bold: bold, maximumLines: Int((height - 1) / (size * TextBox.lineSpacing)) + 1)
    }
    func fits(_ lines: [String], _ size: Double) -> Bool { Double(lines.count) * size * TextBox.lineSpacing <= height - 1 }
    var lines = wrapped(size)
    // Row heights come from the shared measure (TextMeasure); text that needs more lines than
    // the row has room for is set smaller until it fits.
    while !fits(lines, size), size > PrintedTable.smallestSize {
      size -= 0.5
      lines = wrapped(size)
    }
    if !fits(lines, size), lines.count > 1 {
      lines.removeLast()
      lines[lines.count - 1] += " …"
    }
    (self.lines, self.size) = (lines, size)
  }

  /// The size for a header text: `size`, or down to a fifth smaller in 0.5 pt steps so that its
  /// widest word fits `room` rather than breaking ("KELENGKAPAN" in a narrow column).
  private static func headerSize(_ value: String, size: Double, room: Double) -> Double {
    let widest = TextMeasure.widestWord(value, size: size, bold: true)
    guard widest > room else { return size }
    return max(size * 0.8, (size * room / widest * 2).rounded(.down) / 2)
  }
}

/// The cells of one flowchart page, in the order they are drawn: the repeated header, the step
/// rows with their text, blank connector rows, and the "JUMLAH WAKTU" row under the last page.
/// Borders are one box per cell, so merged cells (the header groups, Mutu Baku cells merged down)
/// show as one box. The SVG preview and the PDF draw these cells.
struct PrintedTable {
  let table: ProcedureTable
  let frame: SVGPageFrame
  private(set) var cells: [PrintedCell] = []

  /// Text sizes in points, as the workbook's (Arial 10).
  static let bodySize = 10.0
  static let headerSize = 10.0
  /// The smallest size text is shrunk to so that it fits its cell.
  static let smallestSize = 6.0

  /// The cells of `page`: the header, the rows, and the Jumlah row when `isLast`.
  init(_ table: ProcedureTable, frame: SVGPageFrame, page: FlowLayout.Page, isLast: Bool) {
    self.table = table
    self.frame = frame
    header()
    body(page, isLast: isLast)
  }

  /// One cell over `columns`, from `top` down `height` points, with `value` wrapped to its width.
  private mutating func cell(
    _ columns: ClosedRange<Int>, top: Double, height: Double, _ value: String = "", size: Double = bodySize, bold: Bool = false,
    centered: Bool = false
  ) {
    let left = frame.columnEdges[columns.lowerBound], right = frame.columnEdges[columns.upperBound + 1]
    cells.append(PrintedCell(fitting: value, left: left, right: right, top: top, bottom: top + height, size: size, bold: bold, centered: centered))
  }

  // MARK: Header

  /// The header rows repeated on every page (sop-ap-format §4.1).
  private mutating func header() {
    let heights = frame.headerHeights
    let titleTop = frame.top
    cell(0...(table.widths.count - 1), top: titleTop, height: frame.titleHeight, table.title, size: table.titleSize, bold: true, centered: true)
    let top = frame.top + frame.titleHeight, both = heights[0] + heights[1]
    let actors = table.flowchart.pelaksana.isEmpty ? [""] : table.flowchart.pelaksana
    let first = table.firstActorColumn, mutu = table.mutuColumn
    cell(0...0, top: top, height: both, "NO", size: Self.headerSize, bold: true, centered: true)
    cell(1...1, top: top, height: both, "KEGIATAN", size: Self.headerSize, bold: true, centered: true)
    cell(first...(mutu - 1), top: top, height: heights[0], "PELAKSANA", size: Self.headerSize, bold: true, centered: true)
    cell(mutu...(mutu + 2), top: top, height: heights[0], "MUTU BAKU", size: Self.headerSize, bold: true, centered: true)
    cell((mutu + 3)...(mutu + 3), top: top, height: both, "KETERANGAN", size: table.keteranganHeaderSize, bold: true, centered: true)
    // The actor names at the workbook's size for them.
    let actorSize = table.actorHeaderSize
    for (offset, actor) in actors.enumerated() {
      cell((first + offset)...(first + offset), top: top + heights[0], height: heights[1], actor, size: actorSize, bold: true, centered: true)
    }
    for (offset, title) in ["KELENGKAPAN", "WAKTU", "OUTPUT"].enumerated() {
      cell((mutu + offset)...(mutu + offset), top: top + heights[0], height: heights[1], title, size: table.mutuHeaderSizes[offset], bold: true, centered: true)
    }
    if heights.count > 2 {
      for column in table.widths.indices {
        cell(column...column, top: top + both, height: heights[2], String(column + 1), size: 8, centered: true)
      }
    }
  }

  // MARK: Body

  /// The rows of `page`, and the Jumlah row when `isLast`.
  private mutating func body(_ page: FlowLayout.Page, isLast: Bool) {
    let mutu = table.mutuColumn
    for (offset, row) in page.rows.enumerated() {
      let top = frame.y(page.rowTops[offset]), height = page.rowHeights[offset]
      guard case .step(let index) = row else {
        for column in table.widths.indices { cell(column...column, top: top, height: height) }
        continue
      }
      let step = table.flowchart.steps[index]
      let size = table.bodySize
      cell(0...0, top: top, height: height, String(step.nomor), size: size, centered: true)
      cell(1...1, top: top, height: height, step.kegiatan, size: size)
      for column in table.firstActorColumn..<mutu { cell(column...column, top: top, height: height) }
      let values: [(Step.SpanColumn, String?, Bool)] = [
        (.kelengkapan, step.mutuBaku.kelengkapan, false), (.waktu, step.mutuBaku.waktu?.display, true),
        (.output, step.mutuBaku.output, false), (.keterangan, step.keterangan, false),
      ]
      for (shift, (column, value, centered)) in values.enumerated() {
        let rows = table.rowSpan(of: index, column)
        let startsPage = offset == 0 || { if case .step = page.rows[offset - 1] { return false } else { return true } }()
        // A covered cell is inside the merged cell above, unless that one is on an earlier page.
        if rows == 0 && !startsPage { continue }
        let span = page.rowHeights[offset..<min(offset + max(rows, 1), page.rows.count)].reduce(0, +)
        cell((mutu + shift)...(mutu + shift), top: top, height: span, rows == 0 ? "" : value ?? "", size: size, centered: centered)
      }
    }
    guard isLast, let total = table.totalText else { return }
    let top = frame.y(page.height), height = table.totalHeight
    cell(0...mutu, top: top, height: height, "JUMLAH WAKTU", size: Self.headerSize, bold: true, centered: true)
    cell((mutu + 1)...(mutu + 1), top: top, height: height, total, size: table.bodySize, centered: true)
    cell((mutu + 2)...(mutu + 2), top: top, height: height)
    cell((mutu + 3)...(mutu + 3), top: top, height: height)
  }
}
