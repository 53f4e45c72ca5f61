/// Routes the arrows of one page with horizontal and vertical segments only.
///
/// Rules (sop-ap-format §5.5): an exit to the next row leaves the symbol at the bottom and enters
/// the next symbol at the top, with one elbow at the row boundary when the actor changes. Any other
/// exit (a Tidak branch, a jump forward, a loop back) leaves at the right, runs down or up a lane at
/// the right edge of an actor column, and enters the target from the right. A row holds one symbol,
/// and lanes lie outside the symbols, so no arrow crosses a symbol.
struct FlowRouter {
  var page: FlowLayout.Page
  let boxes: [Int: FlowLayout.Symbol]
  private var lanesUsed: [Int: Int] = [:]
  private var connectorsUsed: [String: Int] = [:]
  /// Symbols whose right side an exit already leaves from.
  private var rightSidesUsed: Set<FlowLayout.Symbol> = []

  init(page: FlowLayout.Page, boxes: [Int: FlowLayout.Symbol]) {
    self.page = page
    self.boxes = boxes
  }

  typealias Point = FlowLayout.Point

  /// Places an off-page connector (pentagon) in a connector row, beside any already in that column.
  mutating func connector(in row: FlowLayout.Row, column: Int, label: String) -> FlowLayout.Symbol {
    let key = "\(row)-\(column)"
    let slot = connectorsUsed[key, default: 0]
    connectorsUsed[key] = slot + 1
    let top = page.top(of: row) ?? 0, height = page.height(of: row) ?? FlowLayout.connectorRowHeight
    let width = 0.3, symbolHeight = min(18.0, height - 6)
    // The first in the middle, under or over its step; the second to its right, where the lanes
    // come down, so an arrow from a lane reaches it without passing the first; the others leftwards.
    let x = Double(column) + (slot == 0 ? 0.35 : slot == 1 ? 0.67 : 0.35 - Double(slot - 1) * 0.34)
    let symbol = FlowLayout.Symbol(kind: .offPage(label: label), x: x, y: top + (height - symbolHeight) / 2, width: width, height: symbolHeight)
    page.symbols.append(symbol)
    return symbol
  }

  private mutating func lane(_ column: Int) -> Double {
    let used = lanesUsed[column, default: 0]
    lanesUsed[column] = used + 1
    return Double(column) + 0.93 - Double(used % 3) * 0.05
  }

  private func column(of symbol: FlowLayout.Symbol) -> Int { Int(symbol.midX.rounded(.down)) }

  private func isNextRow(_ from: Int, _ to: Int) -> Bool {
    guard let a = page.rows.firstIndex(of: .step(from)), let b = page.rows.firstIndex(of: .step(to)) else { return false }
    return b == a + 1
  }

  mutating func route(fromStep from: Int, toStep to: Int, label: String?) {
    guard let source = boxes[from], let target = boxes[to] else { return }
    if from == to {
      loop(at: source, label: label)
    } else if isNextRow(from, to) {
      down(from: source, to: target, label: label)
    } else {
      side(from: source, to: target, label: label)
    }
  }

  mutating func route(fromConnector connector: FlowLayout.Symbol, toStep to: Int) {
    guard let target = boxes[to] else { return }
    if page.rows.firstIndex(of: .step(to)) == 1, column(of: connector) == column(of: target) {
      let x = connector.midX
      page.arrows.append(FlowLayout.Arrow(points: [Point(x: x, y: connector.y + connector.height), Point(x: x, y: target.y)]))
    } else {
      // Out of the connector's bottom and along under the connector row's other pentagons, so
      // the arrow never runs through one of them.
      let x = lane(max(column(of: connector), column(of: target)))
      let start = Point(x: connector.midX, y: connector.y + connector.height), below = turnBelow(connector)
      let end = Point(x: target.x + target.width, y: target.midY)
      page.arrows.append(FlowLayout.Arrow(points: [start, Point(x: start.x, y: below), Point(x: x, y: below), Point(x: x, y: end.y), end]))
    }
  }

  mutating func route(fromStep from: Int, toConnector connector: FlowLayout.Symbol, label: String?) {
    guard let source = boxes[from] else { return }
    let isLast = page.rows.firstIndex(of: .step(from)) == page.rows.count - 2
    if isLast, label == nil || label == "Ya", abs(connector.midX - source.midX) < 0.01 || connectorIsBelow(source, connector) {
      page.arrows.append(FlowLayout.Arrow(
        points: [Point(x: source.midX, y: source.y + source.height), Point(x: source.midX, y: connector.y)], label: label))
      return
    }
    // Along a lane, then over the connector row's other pentagons into this one's top.
    let x = lane(max(column(of: source), column(of: connector)))
    let above = connector.y - max(2, (connector.y - boundaryAbove(connector)) / 2)
    let end = Point(x: connector.midX, y: connector.y)
    let start: [Point]
    if takesRightSide(source) {
      let point = Point(x: source.x + source.width, y: source.midY)
      start = [point, Point(x: x, y: point.y)]
    } else {
      let point = Point(x: source.midX, y: source.y + source.height), below = turnBelow(source)
      start = [point, Point(x: point.x, y: below), Point(x: x, y: below)]
    }
    page.arrows.append(FlowLayout.Arrow(points: start + [Point(x: x, y: above), Point(x: end.x, y: above), end], label: label))
  }

  private func connectorIsBelow(_ source: FlowLayout.Symbol, _ connector: FlowLayout.Symbol) -> Bool {
    connector.x <= source.midX && source.midX <= connector.x + connector.width
  }

  /// Bottom of `source` to top of `target`, with an elbow on the row boundary when columns differ.
  private mutating func down(from source: FlowLayout.Symbol, to target: FlowLayout.Symbol, label: String?) {
    let start = Point(x: source.midX, y: source.y + source.height)
    let end = Point(x: target.midX, y: target.y)
    if abs(start.x - end.x) < 0.001 {
      page.arrows.append(FlowLayout.Arrow(points: [start, end], label: label))
      return
    }
    // The elbow runs just below the row boundary, where a cell border would hide it.
    let boundary = boundaryAbove(target) + min(6, (target.y - boundaryAbove(target)) / 2)
    page.arrows.append(FlowLayout.Arrow(
      points: [start, Point(x: start.x, y: boundary), Point(x: end.x, y: boundary), end], label: label))
  }

  /// The row boundary above `target`'s row.
  private func boundaryAbove(_ target: FlowLayout.Symbol) -> Double {
    var best = 0.0
    for top in page.rowTops where top <= target.y { best = max(best, top) }
    return best
  }

  /// The first exit of a symbol that does not go down to the next row leaves at its right side; a
  /// second one (a decision whose Ya and Tidak both jump) leaves at the bottom and turns just
  /// below the symbol, so the two arrows and their labels stay apart.
  private mutating func takesRightSide(_ symbol: FlowLayout.Symbol) -> Bool {
    rightSidesUsed.insert(symbol).inserted
  }

  /// The height just below `symbol` where an arrow leaving its bottom turns: halfway to the row's
  /// lower border.
  private func turnBelow(_ symbol: FlowLayout.Symbol) -> Double {
    let bottom = symbol.y + symbol.height
    let rowBottom = page.rowTops.indices.map { page.rowTops[$0] + page.rowHeights[$0] }.filter { $0 >= bottom }.min() ?? bottom + 8
    return bottom + max(2, (rowBottom - bottom) / 2)
  }

  /// An exit back to its own step (a check repeated until it passes): around the symbol and back
  /// in at the top, where the arrow from the step before also enters. Out of the right side and up
  /// a lane, or, when the right side is taken, out of the bottom and up its left.
  private mutating func loop(at symbol: FlowLayout.Symbol, label: String?) {
    let top = symbol.y - max(2, (symbol.y - boundaryAbove(symbol)) / 2)
    let entry = [Point(x: symbol.midX, y: top), Point(x: symbol.midX, y: symbol.y)]
    if takesRightSide(symbol) {
      let x = lane(column(of: symbol))
      let start = Point(x: symbol.x + symbol.width, y: symbol.midY)
      page.arrows.append(FlowLayout.Arrow(points: [start, Point(x: x, y: start.y), Point(x: x, y: top)] + entry, label: label))
    } else {
      let x = symbol.x - 0.08, below = turnBelow(symbol)
      let start = Point(x: symbol.midX, y: symbol.y + symbol.height)
      page.arrows.append(FlowLayout.Arrow(
        points: [start, Point(x: start.x, y: below), Point(x: x, y: below), Point(x: x, y: top)] + entry, label: label))
    }
  }

  /// Right side of `source` (or its bottom, when the right side is taken), along a lane, into the
  /// right side of `target`.
  private mutating func side(from source: FlowLayout.Symbol, to target: FlowLayout.Symbol, label: String?) {
    let laneColumn = max(column(of: source), column(of: target))
    let x = lane(laneColumn)
    let end = Point(x: target.x + target.width, y: target.midY)
    if takesRightSide(source) {
      let start = Point(x: source.x + source.width, y: source.midY)
      page.arrows.append(FlowLayout.Arrow(points: [start, Point(x: x, y: start.y), Point(x: x, y: end.y), end], label: label))
    } else {
      let start = Point(x: source.midX, y: source.y + source.height), below = turnBelow(source)
      page.arrows.append(FlowLayout.Arrow(
        points: [start, Point(x: start.x, y: below), Point(x: x, y: below), Point(x: x, y: end.y), end], label: label))
    }
  }
}
