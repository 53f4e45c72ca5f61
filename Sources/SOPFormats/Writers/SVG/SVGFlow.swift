/// The flowchart of one page drawn over the Pelaksana columns: the symbols of the shared
/// ``FlowLayout`` (capsule, rectangle, diamond, off-page pentagon with its label, each outlined by
/// ``FlowOutline``), its orthogonal arrows as polylines ending in an arrowhead, and the Ya/Tidak
/// labels (sop-ap-format §5).
struct SVGFlow {
  let frame: SVGPageFrame
  private(set) var symbols = XMLBuilder(declaration: false)
  private(set) var arrows = XMLBuilder(declaration: false)
  private(set) var labels = XMLBuilder(declaration: false)

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
    let outline = FlowOutline(symbol, frame: frame)
    let names: [(String, String)]
    switch symbol.kind {
    case .terminator, .end: names = [("class", "terminator")]
    case .process: names = [("class", "process")]
    case .other(let name): names = [("class", "other"), ("data-symbol", name)]
    case .decision: names = [("class", "decision")]
    case .offPage: names = [("class", "offpage")]
    }
    let box = [
      ("x", SVGNumber.format(outline.left)), ("y", SVGNumber.format(outline.top)),
      ("width", SVGNumber.format(outline.right - outline.left)), ("height", SVGNumber.format(outline.bottom - outline.top)),
    ]
    switch outline.path {
    case .box:
      symbols.element("rect", names + box)
    case .capsule(let radiusX, let radiusY):
      symbols.element("rect", names + box + [("rx", SVGNumber.format(radiusX)), ("ry", SVGNumber.format(radiusY))])
    case .polygon(let corners):
      symbols.element("polygon", names + [("points", SVGNumber.points(corners))])
    }
    if let label = outline.label {
      SVGText.draw([label.text], left: outline.left, right: outline.right, top: label.top, bottom: label.bottom, size: FlowOutline.labelSize, centered: true, into: &labels)
    }
  }

  /// Writes one arrow.
  private mutating func draw(_ arrow: FlowLayout.Arrow, markerID: String) {
    let points = arrow.points.map { (frame.x($0.x), frame.y($0.y)) }
    arrows.element("polyline", [("points", SVGNumber.points(points))] + (arrow.hasHead ? [("marker-end", "url(#\(markerID))")] : []))
  }
}
