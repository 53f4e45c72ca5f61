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
      /// A symbol outside the official five, by its name in the model ("dokumen").
      case other(String)
      /// The capsule an exit to END runs into ("Selesai"), drawn beside the step that ends the
      /// procedure when that step is not itself the last capsule.
      case end(label: String)
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
    /// "Ya", "Tidak" or a decision's own label; the page's ``Label`` says where it is written.
    public var label: String?
    /// The exit of the step the arrow leaves by; `nil` for an arrow out of an off-page connector
    /// and for the plain lines between a step's co-actors.
    public var exit: Exit?
    /// Whether the last point ends in an arrowhead; a plain line joins the symbols of a step done
    /// by several actors together.
    public var hasHead = true

    public init(points: [Point], label: String? = nil, exit: Exit? = nil, hasHead: Bool = true) {
      self.points = points
      self.label = label
      self.exit = exit
      self.hasHead = hasHead
    }
  }

  /// The words on a decision's exit ("Ya", "Tidak", "Lengkap"), as a box beside the arrow's first
  /// segment. The router places it, in free space: no line crosses it, no symbol or other label
  /// lies under it, and it stays inside the Pelaksana columns. Every writer draws it here.
  public struct Label: Sendable, Hashable {
    public var text: String
    public var exit: Exit
    /// The box, in layout coordinates (x in actor columns, y in points).
    public var x: Double, y: Double, width: Double, height: Double
    /// The words as printed, one entry per line, when the label is set on two lines to fit a
    /// narrow column; empty when it is printed on one line.
    public var lines: [String] = []

    /// The lines every writer prints.
    public var printed: [String] { lines.isEmpty ? [text] : lines }
  }

  /// One printed page of the flowchart.
  public struct Page: Sendable {
    public var rows: [Row] = []
    /// Top of each row, in points, and the height of each row.
    public var rowTops: [Double] = []
    public var rowHeights: [Double] = []
    public var symbols: [Symbol] = []
    public var arrows: [Arrow] = []
    /// The exit labels, placed once for every writer.
    public var labels: [Label] = []

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
  /// Text size of exit labels and of the text in connectors and end capsules, in points.
  public static let labelSize = 7.0
  /// Height of an exit label's box, in points.
  static let labelHeight = 9.0
  /// The distance between an exit label's box and the line it sits above or below, in points:
  /// enough that a print a point off the plan does not put the line through the words.
  static let labelLineGap = 2.0
  /// The clear distance between an exit label's box and the cell borders, in points.
  static let labelGridClearance = 1.0
  /// The clear distance lanes keep from cell borders and from each other, in points (3 mm),
  /// where the column leaves room for it.
  static let laneClearance = 8.5

  /// Lays out `flowchart`.
  /// - Parameters:
  ///   - stepHeights: the height of each step's row, in points (from its wrapped text).
  ///   - pageHeight: the height available for body rows on one page.
  ///   - reserveAtEnd: the height kept free under the last page's rows (the JUMLAH WAKTU row).
  ///   - columnWidth: the printed width of one actor column, in points; labels and lanes are
  ///     sized and spaced in points with it.
  public init(_ flowchart: Flowchart, stepHeights: [Double], pageHeight: Double, reserveAtEnd: Double = 0, columnWidth: Double = 70) {
    let actorIndex = Dictionary(flowchart.pelaksana.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let columns = flowchart.steps.map { step in step.pelaksana.flatMap { actorIndex[$0] } ?? 0 }
    let heights = stepHeights.map { max($0, Self.symbolHeight + 10) }
    let ranges = Self.paginate(flowchart, heights: heights, pageHeight: pageHeight, reserveAtEnd: reserveAtEnd)
    let pageOf = Dictionary(ranges.enumerated().flatMap { page, range in range.map { ($0, page) } }, uniquingKeysWith: { a, _ in a })
    let numberIndex = Dictionary(flowchart.steps.enumerated().map { ($0.element.nomor, $0.offset) }, uniquingKeysWith: { a, _ in a })

    // Every exit, resolved to step indexes; an exit to END has no target index.
    struct Link { var from: Int; var to: Int?; var exit: Exit; var label: String? }
    var links: [Link] = []
    for index in flowchart.steps.indices {
      let shape = flowchart.effectiveShape(of: index)
      for (exit, target) in flowchart.exits(of: index) {
        switch target {
        case .step(let number):
          guard let to = numberIndex[number] else { continue }
          links.append(Link(from: index, to: to, exit: exit, label: flowchart.label(of: exit, at: index)))
        case .end:
          // A capsule after the first row is itself the end of the procedure; any other step that
          // ends it gets an arrow to a "Selesai" capsule beside it.
          if shape == .terminator, index > 0 { continue }
          links.append(Link(from: index, to: nil, exit: exit, label: flowchart.label(of: exit, at: index)))
        }
      }
    }
    let columnCount = max(flowchart.pelaksana.count, 1)

    for (pageNumber, range) in ranges.enumerated() {
      var page = Page()
      // Off-page connectors (sop-ap-format §5.5): the flow going on to a later page leaves
      // through the foot of the page and comes in at the head of the next; a jump back to an
      // earlier page leaves through the head (it goes up) and comes in at the foot of the page
      // of its target, so no connector ever sits above the first step. Both ends of a pair
      // stand in the column of the step the flow goes on to.
      let crossing = links.filter { link in link.to.map { pageOf[$0] != pageOf[link.from] } ?? false }
      let comingIn = crossing.filter { pageOf[$0.to!] == pageNumber }
      let goingOut = crossing.filter { pageOf[$0.from] == pageNumber }
      let needsHead = comingIn.contains { pageOf[$0.from]! < pageNumber } || goingOut.contains { pageOf[$0.to!]! < pageNumber }
      let needsFoot = goingOut.contains { pageOf[$0.to!]! > pageNumber } || comingIn.contains { pageOf[$0.from]! > pageNumber }
      var y = 0.0
      func addRow(_ row: Row, _ height: Double) {
        page.rows.append(row)
        page.rowTops.append(y)
        page.rowHeights.append(height)
        y += height
      }
      if needsHead { addRow(.incoming, Self.connectorRowHeight) }
      for index in range { addRow(.step(index), heights[index]) }
      if needsFoot { addRow(.outgoing, Self.connectorRowHeight) }

      var boxes: [Int: Symbol] = [:]
      var coActorLines: [Arrow] = []
      for index in range {
        let top = page.top(of: .step(index))!, height = page.height(of: .step(index))!
        let symbolHeight = min(Self.symbolHeight, height - 8)
        let kind: Symbol.Kind
        switch flowchart.effectiveShape(of: index) {
        case .terminator: kind = .terminator
        case .decision: kind = .decision
        case .process: kind = .process
        case .other(let name): kind = .other(name)
        }
        let symbol = Symbol(
          kind: kind, x: Double(columns[index]) + (1 - Self.symbolWidth) / 2, y: top + (height - symbolHeight) / 2,
          width: Self.symbolWidth, height: symbolHeight)
        boxes[index] = symbol
        page.symbols.append(symbol)
        coActorLines += Self.coActorSymbols(of: flowchart.steps[index], main: symbol, column: columns[index], actorIndex: actorIndex, into: &page)
      }
      page.arrows += coActorLines
      var router = FlowRouter(page: page, boxes: boxes, columnCount: columnCount, columnWidth: columnWidth)
      // Exits to END first: they need a free side of their symbol.
      for link in links where link.to == nil && pageOf[link.from] == pageNumber {
        router.route(fromStep: link.from, toEndLabel: "Selesai", label: link.label, exit: link.exit)
      }
      // One connector per target in each connector row, in the target's column, at both ends
      // of the page break; every arrow to that target through that row shares it.
      var connectors: [(row: Row, to: Int)] = []
      for link in comingIn {
        let row: Row = pageOf[link.from]! < pageNumber ? .incoming : .outgoing
        if !connectors.contains(where: { $0.row == row && $0.to == link.to! }) { connectors.append((row, link.to!)) }
      }
      for link in goingOut {
        let row: Row = pageOf[link.to!]! > pageNumber ? .outgoing : .incoming
        if !connectors.contains(where: { $0.row == row && $0.to == link.to! }) { connectors.append((row, link.to!)) }
      }
      var placed: [String: Symbol] = [:]
      for (row, to) in connectors {
        let sharing = connectors.filter { $0.row == row && columns[$0.to] == columns[to] }
        let slot = sharing.firstIndex { $0.to == to }!
        placed["\(row)-\(to)"] = router.connector(in: row, column: columns[to], label: "\(flowchart.steps[to].nomor)", slot: slot, of: sharing.count)
      }
      for link in comingIn {
        let row: Row = pageOf[link.from]! < pageNumber ? .incoming : .outgoing
        if let connector = placed.removeValue(forKey: "\(row)-\(link.to!)") { router.route(fromConnector: connector, toStep: link.to!) }
      }
      for link in goingOut {
        let row: Row = pageOf[link.to!]! > pageNumber ? .outgoing : .incoming
        if let connector = placed["\(row)-\(link.to!)"] { router.route(fromStep: link.from, toConnector: connector, label: link.label, exit: link.exit) }
      }
      for link in links where pageOf[link.from] == pageNumber && link.to.map({ pageOf[$0] == pageNumber }) ?? false {
        router.route(fromStep: link.from, toStep: link.to!, label: link.label, exit: link.exit)
      }
      router.settleLabels()
      pages.append(router.page)
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

  /// Steps per page: as many as fit, counting the connector rows a page needs (a row of incoming
  /// connectors when an arrow comes from another page, a row of outgoing ones when one leaves it)
  /// and, on the last page, `reserveAtEnd`; never leaving a decision as the last row of a page
  /// when the page has room to give it to the next one (sop-ap-format §5.5).
  static func paginate(_ flowchart: Flowchart, heights: [Double], pageHeight: Double, reserveAtEnd: Double = 0) -> [Range<Int>] {
    let numberIndex = Dictionary(flowchart.steps.enumerated().map { ($0.element.nomor, $0.offset) }, uniquingKeysWith: { a, _ in a })
    var links: [(from: Int, to: Int)] = []
    for index in flowchart.steps.indices {
      for exit in flowchart.exits(of: index) {
        if case .step(let number) = exit.target, let target = numberIndex[number] { links.append((index, target)) }
      }
    }
    /// The height of `range` as a page: its rows and the connector rows it needs.
    func height(_ range: Range<Int>, rows: Double) -> Double {
      let incoming = links.contains { range.contains($0.to) && !range.contains($0.from) }
      let outgoing = links.contains { range.contains($0.from) && !range.contains($0.to) }
      return rows + (incoming ? connectorRowHeight : 0) + (outgoing ? connectorRowHeight : 0)
        + (range.upperBound == heights.count ? reserveAtEnd : 0)
    }
    var ranges: [Range<Int>] = []
    var start = 0
    while start < heights.count {
      var end = start + 1  // a page holds at least one step
      var rows = heights[start]
      var best = end
      while end < heights.count, rows + heights[end] <= pageHeight {
        rows += heights[end]
        end += 1
        if height(start..<end, rows: rows) <= pageHeight { best = end }
      }
      end = best
      if end < heights.count, end - start > 2, flowchart.effectiveShape(of: end - 1) == .decision { end -= 1 }
      ranges.append(start..<end)
      start = end
    }
    return ranges
  }
}
