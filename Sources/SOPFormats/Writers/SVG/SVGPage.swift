/// One printed flowchart page in page coordinates (points from the paper's top left corner): the
/// paper, the table with its repeated header, the flowchart over the Pelaksana columns, and the
/// "Halaman x dari y" footer of the workbook.
struct SVGPage {
  let table: ProcedureTable
  let setup: PageSetup
  /// The page's position in its flowchart, from 0, and the flowchart's page count.
  let index: Int, count: Int
  /// Whether the page carries the draft mark (``SVGWriter/Options/draft``).
  var draft = false
  /// The page's number and the page count its footer says, when they are not its place among its
  /// flowchart's pages (the HTML preview counts the identity page too).
  var numbering: (number: Int, count: Int)? = nil

  var frame: SVGPageFrame { SVGPageFrame(table, setup: setup) }

  /// The paper size in points.
  var size: (width: Double, height: Double) { setup.size }

  /// Writes the page's content; its arrows use the marker `markerID` (see ``marker(id:into:)``).
  func draw(markerID: String, into x: inout XMLBuilder) {
    let frame = self.frame
    let page = table.layout.pages[index]
    let grid = SVGTable(table, frame: frame, page: page, isLast: index == count - 1)
    var flow = SVGFlow(frame: frame)
    flow.draw(page, markerID: markerID)
    x.element("rect", [
      ("class", "paper"), ("x", "0"), ("y", "0"), ("width", SVGNumber.format(size.width)), ("height", SVGNumber.format(size.height)),
      ("fill", "#fff"), ("stroke", "#bbb"), ("stroke-width", "0.5"),
    ])
    x.element("g", [("class", "grid"), ("fill", "none"), ("stroke", "#000"), ("stroke-width", "0.5")]) { $0.raw(grid.grid.text) }
    x.element("g", [("class", "symbols"), ("fill", "#fff"), ("stroke", "#000"), ("stroke-width", "1")]) { $0.raw(flow.symbols.text) }
    x.element("g", [("class", "arrows"), ("fill", "none"), ("stroke", "#000"), ("stroke-width", "0.75")]) { $0.raw(flow.arrows.text) }
    x.element("g", [("class", "text"), ("fill", "#000")]) { text in
      text.raw(grid.text.text)
      text.raw(flow.labels.text)
      let footer = "Halaman \(numbering?.number ?? index + 1) dari \(numbering?.count ?? count)"
      let baseline = size.height - setup.footer
      text.textElement("text", footer, [
        ("x", SVGNumber.format(size.width / 2)), ("y", SVGNumber.format(baseline)), ("font-size", "8"), ("text-anchor", "middle"),
      ])
    }
    if draft { drawDraftMark(into: &x) }
  }

  /// The draft mark at the top right, in the top margin: its baseline a third of the margin above
  /// the table, its right end at the table's right edge.
  private func drawDraftMark(into x: inout XMLBuilder) {
    x.textElement("text", DraftMark.text, [
      ("class", "draf"), ("x", SVGNumber.format(size.width - setup.right)), ("y", SVGNumber.format(setup.top * 2 / 3)),
      ("font-size", SVGNumber.format(DraftMark.size)), ("font-weight", "bold"), ("text-anchor", "end"), ("fill", "#" + DraftMark.color),
    ])
  }

  /// Writes the arrowhead `<marker>`: a filled triangle whose tip is the arrow's last point.
  static func marker(id: String, into x: inout XMLBuilder) {
    x.element("marker", [
      ("id", id), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"), ("markerWidth", "6"), ("markerHeight", "6"),
      ("markerUnits", "userSpaceOnUse"), ("orient", "auto"),
    ]) { marker in
      marker.element("path", [("d", "M0,0 L10,5 L0,10 z"), ("fill", "#000"), ("stroke", "none")])
    }
  }
}
