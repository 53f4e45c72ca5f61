/// The outline of one flowchart symbol on the page, in points, as the drawing writers (the SVG
/// preview and the PDF) draw it: DrawingML's preset shapes, as the workbook and Word show them.
struct FlowOutline {
  /// The shape's path.
  enum Path {
    /// The box itself (process, a symbol outside the five).
    case box
    /// The box with ends rounded by these radii (terminator, the "Selesai" capsule).
    case capsule(radiusX: Double, radiusY: Double)
    /// A closed polygon through these points (decision, off-page connector, document).
    case polygon([(Double, Double)])
  }

  /// The symbol's box on the page.
  var left: Double, top: Double, right: Double, bottom: Double
  var path: Path
  /// The words inside the symbol (an off-page connector's step number, "Selesai") and the box
  /// they are centred in, at ``FlowOutline/labelSize``.
  var label: (text: String, top: Double, bottom: Double)?

  /// Text size of the words in connectors and end capsules, in points.
  static let labelSize = 7.0
  /// Where the pentagon's sides turn to its point, as a share of its height (DrawingML's
  /// flowChartOffpageConnector).
  static let pentagonShoulder = 0.8

  /// The outline of `symbol` in the page `frame`.
  init(_ symbol: FlowLayout.Symbol, frame: SVGPageFrame) {
    left = frame.x(symbol.x)
    right = frame.x(symbol.x + symbol.width)
    top = frame.y(symbol.y)
    bottom = frame.y(symbol.y + symbol.height)
    let width = right - left, height = bottom - top
    // DrawingML's flowChartTerminator: ends rounded over the full height and 3475/21600 of the width.
    let capsule = Path.capsule(radiusX: width * 3475 / 21600, radiusY: height / 2)
    switch symbol.kind {
    case .terminator:
      path = capsule
    case .process:
      path = .box
    case .end(let text):
      path = capsule
      label = (text, top, bottom)
    case .other:
      path = FlowSymbolPreset.preset(for: symbol.kind) == "flowChartDocument" ? .polygon(Self.document(left: left, top: top, right: right, height: height)) : .box
    case .decision:
      let middleX = (left + right) / 2, middleY = (top + bottom) / 2
      path = .polygon([(middleX, top), (right, middleY), (middleX, bottom), (left, middleY)])
    case .offPage(let text):
      let shoulder = top + height * Self.pentagonShoulder
      path = .polygon([(left, top), (right, top), (right, shoulder), ((left + right) / 2, bottom), (left, shoulder)])
      label = (text, top, shoulder)
    }
  }

  /// DrawingML's flowChartDocument: straight top and sides, a wave for a foot (a cubic from the
  /// right side at 17322/21600 of the height to the left side at 20172/21600, control points at
  /// the middle, 17322 and 23922), sampled, lowest point on the box.
  private static func document(left: Double, top: Double, right: Double, height: Double) -> [(Double, Double)] {
    let unit = height / 21600
    var wave: [(Double, Double)] = []
    for step in 0...12 {
      let t = Double(step) / 12, u = 1 - t
      let x = u * u * u * right + 3 * u * u * t * (left + right) / 2 + 3 * u * t * t * (left + right) / 2 + t * t * t * left
      let y = u * u * u * 17322 + 3 * u * u * t * 17322 + 3 * u * t * t * 23922 + t * t * t * 20172
      wave.append((x, y))
    }
    let lowest = wave.map(\.1).max() ?? 21600
    return [(left, top), (right, top)] + wave.map { ($0.0, top + $0.1 * unit * 21600 / lowest) }
  }
}
