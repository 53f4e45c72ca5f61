import SOPModel

/// The drawing of one flowchart, page by page: which steps go on each page, where each symbol
/// sits, and the orthogonal arrows between them (sop-ap-format §5). Writers share it, so the XLSX
/// sheet and the Word table show the same flowchart.
///
/// Coordinates: `x` counts Pelaksana columns (0 is the left edge of the first actor column, 1 its
/// right edge); `y` is in points from the top of the page's first body row. Rows are the writer's:
/// it passes each step row's height, and the layout adds a connector row at the head and foot of a
/// page when the flow crosses pages.
public struct FlowLayout: Sendable {
  /// A row of a page.
  public enum Row: Sendable, Hashable {
    /// Off-page connectors that bring the flow in from an earlier or later page.
    case incoming
    /// The step at this index of the flowchart.
    case step(Int)
    /// Off-page connectors that take the flow to another page.
    case outgoing
  }

  /// A symbol: a step's shape, or an off-page connector (pentagon) with its label.
  public struct Symbol: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
      case terminator, process, decision, offPage(label: String)
    }
    public var kind: Kind
    /// The box, in layout coordinates.
    public var x: Double, y: Double, width: Double, height: Double
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
  }

  /// A point in layout coordinates.
  public struct Point: Sendable, Hashable {
    public var x: Double, y: Double
  }

  /// An arrow made of horizontal and vertical segments; the head is at the last point.
  public struct Arrow: Sendable, Hashable {
    public var points: [Point]
    /// "Ya", "Tidak" or a decision's own label, written next to the first segment.
    public var label: String?
    /// Whether the last point ends in an arrowhead; a plain line joins the symbols of a step done
    /// by several actors together.
    public var hasHead = true

    public init(points: [Point], label: String? = nil, hasHead: Bool = true) {
      self.points = points
      self.label = label
      self.hasHead = hasHead
    }
  }

  /// One printed page of the flowchart.
  public struct Page: Sendable {
    public var rows: [Row] = []
    /// Top of each row, in points, and the height of each row.
    public var rowTops: [Double] = []
    public var rowHeights: [Double] = []
    public var symbols: [Symbol] = []
    public var arrows: [Arrow] = []

    public var height: Double { (rowTops.last ?? 0) + (rowHeights.last ?? 0) }

    func top(of row: Row) -> Double? { rows.firstIndex(of: row).map { rowTops[$0] } }
    func height(of row: Row) -> Double? { rows.firstIndex(of: row).map { rowHeights[$0] } }
  }

  public private(set) var pages: [Page] = []

  /// Height of a connector row, in points.
  public static let connectorRowHeight = 26.0
  /// Symbol width as a share of an actor column.
  static let symbolWidth = 0.56
  /// Symbol height in points (capped by the row).
  static let symbolHeight = 26.0

  /// Lays out `flowchart`.
  /// - Parameters:
  ///   - stepHeights: the height of each step's row, in points (from its wrapped text).
  ///   - pageHeight: the height available for body rows on one page.
  public init(_ flowchart: Flowchart, stepHeights: [Double], pageHeight: Double) {
    let actorIndex = Dictionary(flowchart.pelaksana.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let columns = flowchart.steps.map { step in step.pelaksana.flatMap { actorIndex[$0] } ?? 0 }
    let heights = stepHeights.map { max($0, Self.symbolHeight + 10) }
    let ranges = Self.paginate(flowchart, heights: heights, pageHeight: pageHeight)
    let pageOf = Dictionary(ranges.enumerated().flatMap { page, range in range.map { ($0, page) } }, uniquingKeysWith: { a, _ in a })
    let numberIndex = Dictionary(flowchart.steps.enumerated().map { ($0.element.nomor, $0.offset) }, uniquingKeysWith: { a, _ in a })

    // Every exit, resolved to step indexes.
    struct Link { var from: Int; var to: Int; var label: String?; var kind: String }
    var links: [Link] = []
    for index in flowchart.steps.indices {
      let isDecision = flowchart.effectiveShape(of: index) == .decision
      for exit in flowchart.exits(of: index) {
        guard case .step(let number) = exit.target, let target = numberIndex[number] else { continue }
        var label: String?
        if isDecision {
          let labels = flowchart.steps[index].flow.labels
          label = exit.label == "ya" ? (labels?.ya ?? "Ya") : (labels?.tidak ?? "Tidak")
        }
        links.append(Link(from: index, to: target, label: label, kind: exit.label))
      }
    }

    for (pageNumber, range) in ranges.enumerated() {
      var page = Page()
      let incoming = links.filter { pageOf[$0.to] == pageNumber && pageOf[$0.from] != pageNumber }
      let outgoing = links.filter { pageOf[$0.from] == pageNumber && pageOf[$0.to] != pageNumber }
      var y = 0.0
      func addRow(_ row: Row, _ height: Double) {
        page.rows.append(row)
        page.rowTops.append(y)
        page.rowHeights.append(height)
        y += height
      }
      if !incoming.isEmpty { addRow(.incoming, Self.connectorRowHeight) }
      for index in range { addRow(.step(index), heights[index]) }
      if !outgoing.isEmpty { addRow(.outgoing, Self.connectorRowHeight) }

      var boxes: [Int: Symbol] = [:]
      var coActorLines: [Arrow] = []
      for index in range {
        let top = page.top(of: .step(index))!, height = page.height(of: .step(index))!
        let symbolHeight = min(Self.symbolHeight, height - 8)
        let kind: Symbol.Kind
        switch flowchart.effectiveShape(of: index) {
        case .terminator: kind = .terminator
        case .decision: kind = .decision
        default: kind = .process
        }
        let symbol = Symbol(
          kind: kind, x: Double(columns[index]) + (1 - Self.symbolWidth) / 2, y: top + (height - symbolHeight) / 2,
          width: Self.symbolWidth, height: symbolHeight)
        boxes[index] = symbol
        page.symbols.append(symbol)
        coActorLines += Self.coActorSymbols(of: flowchart.steps[index], main: symbol, column: columns[index], actorIndex: actorIndex, into: &page)
      }
      var router = FlowRouter(page: page, boxes: boxes)
      // Connectors, one per target (incoming) or per source exit (outgoing), side by side in a column.
      // One incoming connector per target step; one outgoing connector per exit.
      var targets: [Int] = []
      for link in incoming where !targets.contains(link.to) { targets.append(link.to) }
      for target in targets {
        let connector = router.connector(in: .incoming, column: columns[target], label: "\(flowchart.steps[target].nomor)")
        router.route(fromConnector: connector, toStep: target)
      }
      for link in outgoing {
        let connector = router.connector(in: .outgoing, column: columns[link.from], label: "\(flowchart.steps[link.to].nomor)")
        router.route(fromStep: link.from, toConnector: connector, label: link.label)
      }
      for link in links where pageOf[link.from] == pageNumber && pageOf[link.to] == pageNumber {
        router.route(fromStep: link.from, toStep: link.to, label: link.label)
      }
      var routed = router.page
      routed.arrows += coActorLines
      pages.append(routed)
    }
  }

  /// A step done by several actors together (sop-ap-format §13; docs/flowchart-drawing.md): the
  /// same symbol in each co-actor's column, joined to the main symbol by plain lines (no
  /// arrowhead) at mid height, nearest column first on each side. The arrows in and out stay on
  /// the main symbol.
  static func coActorSymbols(of step: Step, main: Symbol, column: Int, actorIndex: [String: Int], into page: inout Page) -> [Arrow] {
    let columns = Set(step.coActors.compactMap { actorIndex[$0] }).subtracting([column])
    var links: [Arrow] = []
    for side in [columns.filter { $0 > column }.sorted(), columns.filter { $0 < column }.sorted(by: >)] {
      var previous = main
      for other in side {
        let copy = Symbol(kind: main.kind, x: Double(other) + (1 - symbolWidth) / 2, y: main.y, width: main.width, height: main.height)
        page.symbols.append(copy)
        let rightward = other > column
        let start = Point(x: rightward ? previous.x + previous.width : previous.x, y: main.midY)
        let end = Point(x: rightward ? copy.x : copy.x + copy.width, y: main.midY)
        links.append(Arrow(points: [start, end], hasHead: false))
        previous = copy
      }
    }
    return links
  }

  /// Steps per page: as many as fit, never leaving a decision as the last row of a page when the
  /// page has room to give it to the next one.
  static func paginate(_ flowchart: Flowchart, heights: [Double], pageHeight: Double) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    let usable = max(pageHeight - 2 * connectorRowHeight, 60)
    while start < heights.count {
      var end = start
      var used = 0.0
      while end < heights.count, end == start || used + heights[end] <= usable {
        used += heights[end]
        end += 1
      }
      if end < heights.count, end - start > 2, flowchart.effectiveShape(of: end - 1) == .decision { end -= 1 }
      ranges.append(start..<end)
      start = end
    }
    return ranges
  }
}
