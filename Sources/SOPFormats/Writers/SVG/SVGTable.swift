/// The table of one flowchart page as SVG: each ``PrintedCell`` of the shared ``PrintedTable`` as
/// a rectangle in the grid group and its lines in the text group.
struct SVGTable {
  /// The cell borders, then the text, each drawn into its own group.
  private(set) var grid = XMLBuilder(declaration: false)
  private(set) var text = XMLBuilder(declaration: false)

  /// Draws the cells of `page` of `table`, with the Jumlah row when `isLast`.
  init(_ table: ProcedureTable, frame: SVGPageFrame, page: FlowLayout.Page, isLast: Bool) {
    for cell in PrintedTable(table, frame: frame, page: page, isLast: isLast).cells {
      grid.element("rect", [
        ("x", SVGNumber.format(cell.left)), ("y", SVGNumber.format(cell.top)),
        ("width", SVGNumber.format(cell.right - cell.left)), ("height", SVGNumber.format(cell.bottom - cell.top)),
      ])
      SVGText.draw(
        cell.lines, left: cell.left, right: cell.right, top: cell.top, bottom: cell.bottom, size: cell.size, bold: cell.bold,
        centered: cell.centered, into: &text)
    }
  }
}
