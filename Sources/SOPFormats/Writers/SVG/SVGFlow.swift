/// The flowchart of one page drawn over the Pelaksana columns: the symbols of the shared
/// ``FlowLayout`` (capsule, rectangle, diamond, off-page pentagon with its label), its orthogonal
/// arrows as polylines ending in an arrowhead, and the Ya/Tidak labels (sop-ap-format §5).
struct SVGFlow {
  let frame: SVGPageFrame
  private(set) var symbols = XMLBuilder(declaration: false)
  private(set) var arrows = XMLBuilder(declaration: false)
  private(set) var labels = XMLBuilder(declaration: false)

  /// Text size of connector and arrow labels, in points.
  static let labelSize = 7.0
  /// Where the pentagon's sides turn to its point, as a share of its height (DrawingML's
  /// flowChartOffpageConnector).
  static let pentagonShoulder = 0.8

  init(frame: SVGPageFrame) { self.frame = frame }

  /// Draws `page`; arrows use the marker `markerID`.
  mutating func draw(_ page: FlowLayout.Page, markerID: String) {
    for symbol in page.symbols { draw(symbol) }
    for arrow in page.arrows { draw(arrow, markerID: markerID) }
  }

  /// Writes one symbol in its box.
  private mutating func draw(_ symbol: FlowLayout.Symbol) {
    let left = frame.x(symbol.x), right = frame.x(symbol.x + symbol.width)
    let top = frame.y(symbol.y), bottom = frame.y(symbol.y + symbol.height)
    let width = right - left, height = bottom - top
    let box = [("x", SVGNumber.format(left)), ("y", SVGNumber.format(top)), ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height))]
    switch symbol.kind {
    case .terminator:
      // DrawingML's flowChartTerminator: ends rounded over the full height and 3475/21600 of the width.
      let radiusX = SVGNumber.format(width * 3475 / 21600), radiusY = SVGNumber.format(height / 2)
      symbols.element("rect", [("class", "terminator")] + box + [("rx", radiusX), ("ry", radiusY)])
    case .process:
      symbols.element("rect", [("class", "process")] + box)
    case .decision:
      let middleX = (left + right) / 2, middleY = (top + bottom) / 2
      let corners = [(middleX, top), (right, middleY), (middleX, bottom), (left, middleY)]
      symbols.element("polygon", [("class", "decision"), ("points", SVGNumber.points(corners))])
    case .offPage(let label):
      let shoulder = top + height * Self.pentagonShoulder
      let corners = [(left, top), (right, top), (right, shoulder), ((left + right) / 2, bottom), (left, shoulder)]
      symbols.element("polygon", [("class", "offpage"), ("points", SVGNumber.points(corners))])
      SVGText.draw([label], left: left, right: right, top: top, bottom: shoulder, size: Self.labelSize, centered: true, into: &labels)
    }
  }

  /// Writes one arrow, and its label beside the first segment (as the workbook places it).
  private mutating func draw(_ arrow: FlowLayout.Arrow, markerID: String) {
    let points = arrow.points.map { (frame.x($0.x), frame.y($0.y)) }
    arrows.element("polyline", [("points", SVGNumber.points(points))] + (arrow.hasHead ? [("marker-end", "url(#\(markerID))")] : []))
    guard let label = arrow.label, let start = arrow.points.first, arrow.points.count >= 2 else { return }
    let vertical = abs(start.x - arrow.points[1].x) < 0.001
    let left = frame.x(start.x) + 2
    let top = frame.y(start.y) + (vertical ? 1 : -11)
    SVGText.draw([label], left: left - SVGText.padding, right: left + 40, top: top, bottom: top + 10, size: Self.labelSize, halo: true, into: &labels)
  }
}
