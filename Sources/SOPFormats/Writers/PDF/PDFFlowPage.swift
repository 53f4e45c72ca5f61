/// One printed flowchart page in the PDF: the cells of the shared ``PrintedTable`` (the repeated
/// header, the step rows, the Jumlah row), the symbols and arrows of the shared ``FlowLayout``
/// outlined by ``FlowOutline``, the exit labels where the router placed them, and the
/// "Halaman x dari y" footer: the page the SVG preview shows and the workbook prints.
struct PDFFlowPage {
  let table: ProcedureTable
  let setup: PageSetup
  /// The page's position in its flowchart, from 0.
  let index: Int
  /// The page's number in the document and the document's page count, for the footer.
  let number: Int, count: Int

  /// Line widths in points: cell borders, symbol outlines, arrows.
  static let gridWidth = 0.5, symbolWidth = 1.0, arrowWidth = 0.75
  /// The arrowhead's length and width, in points.
  static let headSize = 6.0
  /// The size of the footer, in points.
  static let footerSize = 8.0

  func draw(on canvas: PDFCanvas) {
    let frame = SVGPageFrame(table, setup: setup)
    let page = table.layout.pages[index]
    let cells = PrintedTable(table, frame: frame, page: page, isLast: index == table.layout.pages.count - 1).cells
    canvas.color("000000")
    canvas.strokeGrid(cells.map { ($0.left, $0.top, $0.right, $0.bottom) }, width: Self.gridWidth)
    let outlines = page.symbols.map { FlowOutline($0, frame: frame) }
    for outline in outlines {
      switch outline.path {
      case .box:
        canvas.polygon(
          [(outline.left, outline.top), (outline.right, outline.top), (outline.right, outline.bottom), (outline.left, outline.bottom)],
          width: Self.symbolWidth)
      case .capsule(let radiusX, let radiusY):
        canvas.roundedBox(
          left: outline.left, top: outline.top, right: outline.right, bottom: outline.bottom, radiusX: radiusX, radiusY: radiusY,
          width: Self.symbolWidth)
      case .polygon(let corners):
        canvas.polygon(corners, width: Self.symbolWidth)
      }
    }
    canvas.polylines(
      page.arrows.map { arrow in (arrow.points.map { (frame.x($0.x), frame.y($0.y)) }, arrow.hasHead) }, width: Self.arrowWidth, headSize: Self.headSize)
    for cell in cells {
      canvas.text.draw(cell.lines, left: cell.left, right: cell.right, top: cell.top, bottom: cell.bottom, size: cell.size, bold: cell.bold, centered: cell.centered)
    }
    for outline in outlines {
      guard let label = outline.label else { continue }
      canvas.text.draw([label.text], left: outline.left, right: outline.right, top: label.top, bottom: label.bottom, size: FlowOutline.labelSize, centered: true)
    }
    for label in page.labels {
      canvas.text.draw(
        label.printed, left: frame.x(label.x), right: frame.x(label.x + label.width), top: frame.y(label.y),
        bottom: frame.y(label.y + label.height), size: FlowLayout.labelSize, centered: true)
    }
    PDFWriter.footer(number: number, count: count, setup: setup, on: canvas)
  }
}
