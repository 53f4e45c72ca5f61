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
    // The exit labels where the layout placed them.
    for label in page.labels {
      SVGText.draw(
        label.printed, left: frame.x(label.x), right: frame.x(label.x + label.width), top: frame.y(label.y), bottom: frame.y(label.y + label.height),
        size: FlowLayout.labelSize, centered: true, into: &labels)
    }
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
    case .end(let label):
      let radiusX = SVGNumber.format(width * 3475 / 21600), radiusY = SVGNumber.format(height / 2)
      symbols.element("rect", [("class", "terminator")] + box + [("rx", radiusX), ("ry", radiusY)])
      SVGText.draw([label], left: left, right: right, top: top, bottom: bottom, size: Self.labelSize, centered: true, into: &labels)
    case .other(let name):
      if FlowSymbolPreset.preset(for: symbol.kind) == "flowChartDocument" {
        // DrawingML's flowChartDocument: straight top and sides, a wave for a foot (a cubic
        // from the right side at 17322/21600 of the height to the left side at 20172/21600,
        // control points at the middle, 17322 and 23922), sampled, lowest point on the box.
        let unit = height / 21600
        var wave: [(Double, Double)] = []
        for step in 0...12 {
          let t = Double(step) / 12, u = 1 - t
          let x = u * u * u * right + 3 * u * u * t * (left + right) / 2 + 3 * u * t * t * (left + right) / 2 + t * t * t * left
          let y = u * u * u * 17322 + 3 * u * u * t * 17322 + 3 * u * t * t * 23922 + t * t * t * 20172
          wave.append((x, y))
        }
        let lowest = wave.map(\.1).max() ?? 21600
        let corners = [(left, top), (right, top)] + wave.map { ($0.0, top + $0.1 * unit * 21600 / lowest) }
        symbols.element("polygon", [("class", "other"), ("data-symbol", name), ("points", SVGNumber.points(corners))])
      } else {
        symbols.element("rect", [("class", "other"), ("data-symbol", name)] + box)
      }
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

  /// Writes one arrow.
  private mutating func draw(_ arrow: FlowLayout.Arrow, markerID: String) {
    let points = arrow.points.map { (frame.x($0.x), frame.y($0.y)) }
    arrows.element("polyline", [("points", SVGNumber.points(points))] + (arrow.hasHead ? [("marker-end", "url(#\(markerID))")] : []))
  }
}
