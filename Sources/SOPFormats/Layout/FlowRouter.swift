import SOPModel

/// Routes the arrows of one page with horizontal and vertical segments only, and places the
/// words of each decision exit ("Ya", "Tidak") in free space beside it.
///
/// Rules (sop-ap-format §5.5; docs/flowchart-drawing.md): an exit to the next row leaves the
/// symbol at the bottom and enters the next symbol at the top, with one elbow just below the row
/// boundary when the actor changes. Any other exit (a Tidak branch, a jump, a loop back) leaves at
/// the right (a second one at the bottom), runs down or up a *lane*, and enters the target from
/// the right. Lanes lie in the free strips beside the symbols, a clear distance from the cell
/// borders (``FlowLayout/laneClearance``, less only where the column is too narrow), and a lane
/// is never put within that distance of another lane over the same rows, nor through a label or
/// a symbol. An exit to END runs sideways into a "Selesai" capsule in a free neighbouring column.
struct FlowRouter {
  var page: FlowLayout.Page
  let boxes: [Int: FlowLayout.Symbol]
  /// Number of actor columns, and the width of one in points.
  let columnCount: Int
  let columnWidth: Double
  /// Symbols whose right side an exit already leaves from.
  private var rightSidesUsed: Set<FlowLayout.Symbol> = []
  /// The "Selesai" capsule each symbol's exit to END runs into.
  private var endCapsules: [FlowLayout.Symbol: FlowLayout.Symbol] = [:]
  /// The arrow (index in `page.arrows`) each label of `page.labels` is written beside.
  private var labelArrows: [Int] = []
  /// Vertical lane segments drawn so far: x and the rows they span.
  private var lanes: [(x: Double, top: Double, bottom: Double)] = []

  init(page: FlowLayout.Page, boxes: [Int: FlowLayout.Symbol], columnCount: Int, columnWidth: Double) {
    self.page = page
    self.boxes = boxes
    self.columnCount = max(columnCount, 1)
    self.columnWidth = max(columnWidth, 1)
  }

  typealias Point = FlowLayout.Point
  typealias Symbol = FlowLayout.Symbol

  // MARK: Connectors and end capsules

  /// Places an off-page connector (pentagon) in a connector row: the `slot`-th of `count` in
  /// that row's `column`, side by side without overlapping (narrower when many share a column).
  mutating func connector(in row: FlowLayout.Row, column: Int, label: String, slot: Int, of count: Int) -> Symbol {
    let top = page.top(of: row) ?? 0, height = page.height(of: row) ?? FlowLayout.connectorRowHeight
    let symbolHeight = min(18.0, height - 6)
    let width = min(0.3, 0.94 / Double(max(count, 1)) - 0.02)
    // One in the middle of the column, under or over the steps' symbols; several spread evenly.
    let x: Double
    if count <= 1 {
      x = Double(column) + 0.35
    } else {
      x = Double(column) + 0.03 + Double(slot) * (0.94 - width) / Double(count - 1)
    }
    let symbol = Symbol(kind: .offPage(label: label), x: x, y: top + (height - symbolHeight) / 2, width: width, height: symbolHeight)
    page.symbols.append(symbol)
    return symbol
  }

  /// An exit to END: a line from a free side of the step's symbol into a "Selesai" capsule in the
  /// neighbouring column on that side, in the step's row. Right when free, else left; a second
  /// exit to END of the same decision runs from its bottom into the same capsule. When neither
  /// neighbour is free (a single actor, or co-actors on both sides) nothing is drawn and the exit
  /// stays in the data part only (docs/flowchart-drawing.md).
  mutating func route(fromStep from: Int, toEndLabel text: String, label: String?, exit: Exit) {
    guard let source = boxes[from] else { return }
    let column = Int(source.midX.rounded(.down))
    func isFree(_ other: Int) -> Bool {
      guard other >= 0, other < columnCount else { return false }
      return !page.symbols.contains { Int($0.midX.rounded(.down)) == other && $0.y < source.y + source.height && source.y < $0.y + $0.height }
    }
    var points: [Point]
    let capsule: Symbol
    if !rightSidesUsed.contains(source), isFree(column + 1) {
      rightSidesUsed.insert(source)
      capsule = Symbol(kind: .end(label: text), x: source.x + 1, y: source.y, width: source.width, height: source.height)
      points = [Point(x: source.x + source.width, y: source.midY), Point(x: capsule.x, y: source.midY)]
    } else if isFree(column - 1) {
      capsule = Symbol(kind: .end(label: text), x: source.x - 1, y: source.y, width: source.width, height: source.height)
      points = [Point(x: source.x, y: source.midY), Point(x: capsule.x + capsule.width, y: source.midY)]
    } else if let shared = endCapsules[source] {
      // Both exits of a decision end the SOP: the second leaves the diamond's bottom, runs just
      // under the symbols and enters the same capsule from below.
      let below = max(source.y + source.height, shared.y + shared.height) + 4
      points = [
        Point(x: source.midX, y: source.y + source.height), Point(x: source.midX, y: below), Point(x: shared.midX, y: below),
        Point(x: shared.midX, y: shared.y + shared.height),
      ]
      add(FlowLayout.Arrow(points: points, label: label, exit: exit))
      return
    } else {
      return
    }
    page.symbols.append(capsule)
    endCapsules[source] = capsule
    add(FlowLayout.Arrow(points: points, label: label, exit: exit))
  }

  // MARK: Routes

  private func column(of symbol: Symbol) -> Int { Int(symbol.midX.rounded(.down)) }

  private func isNextRow(_ from: Int, _ to: Int) -> Bool {
    guard let a = page.rows.firstIndex(of: .step(from)), let b = page.rows.firstIndex(of: .step(to)) else { return false }
    return b == a + 1
  }

  mutating func route(fromStep from: Int, toStep to: Int, label: String?, exit: Exit) {
    guard let source = boxes[from], let target = boxes[to] else { return }
    if from == to {
      loop(at: source, label: label, exit: exit)
    } else if isNextRow(from, to) {
      down(from: source, to: target, label: label, exit: exit)
    } else {
      side(from: source, to: target, label: label, exit: exit)
    }
  }

  /// From a connector into its target: straight down when the connector stands over the first
  /// row's symbol; else out of the connector (its bottom at the head of the page, its top at the
  /// foot), along a lane, into the target's right side.
  mutating func route(fromConnector connector: Symbol, toStep to: Int) {
    guard let target = boxes[to] else { return }
    let atHead = connector.y < target.y
    if atHead, page.rows.firstIndex(of: .step(to)) == 1, abs(connector.midX - target.midX) < 0.001 {
      add(FlowLayout.Arrow(points: [Point(x: connector.midX, y: connector.y + connector.height), Point(x: connector.midX, y: target.y)]))
      return
    }
    let start = Point(x: connector.midX, y: atHead ? connector.y + connector.height : connector.y)
    let turn = atHead ? turnBelow(connector) : turnAbove(connector)
    let end = Point(x: target.x + target.width, y: target.midY)
    let x = chooseLane(rightOf: max(connector.midX, end.x), from: turn, to: end.y, horizontals: [(turn, start.x), (end.y, end.x)])
    add(FlowLayout.Arrow(points: [start, Point(x: start.x, y: turn), Point(x: x, y: turn), Point(x: x, y: end.y), end]))
  }

  /// From a step to a connector: straight down when the step is the last row and the connector
  /// stands under it; else along a lane and into the connector's top (at the foot of the page)
  /// or its point (at the head, for a jump back to an earlier page).
  mutating func route(fromStep from: Int, toConnector connector: Symbol, label: String?, exit: Exit) {
    guard let source = boxes[from] else { return }
    let atFoot = connector.y > source.y
    let isLast = page.rows.firstIndex(of: .step(from)) == page.rows.count - 2
    if atFoot, isLast, exit != .tidak, abs(connector.midX - source.midX) < 0.001 {
      add(FlowLayout.Arrow(points: [Point(x: source.midX, y: source.y + source.height), Point(x: source.midX, y: connector.y)], label: label, exit: exit))
      return
    }
    let turn = atFoot ? turnAbove(connector) : turnBelow(connector)
    let end = Point(x: connector.midX, y: atFoot ? connector.y : connector.y + connector.height)
    let (start, startY) = leave(source)
    let x = chooseLane(rightOf: max(start.last!.x, connector.midX), from: startY, to: turn, horizontals: [(startY, start.last!.x), (turn, end.x)])
    add(FlowLayout.Arrow(points: start + [Point(x: x, y: startY), Point(x: x, y: turn), Point(x: end.x, y: turn), end], label: label, exit: exit))
  }

  /// Bottom of `source` to top of `target`, with an elbow on the row boundary when columns differ.
  private mutating func down(from source: Symbol, to target: Symbol, label: String?, exit: Exit) {
    let start = Point(x: source.midX, y: source.y + source.height)
    let end = Point(x: target.midX, y: target.y)
    if abs(start.x - end.x) < 0.001 {
      add(FlowLayout.Arrow(points: [start, end], label: label, exit: exit))
      return
    }
    // The elbow runs just below the row boundary, where a cell border would hide it.
    let boundary = boundaryAbove(target) + min(6, (target.y - boundaryAbove(target)) / 2)
    add(FlowLayout.Arrow(points: [start, Point(x: start.x, y: boundary), Point(x: end.x, y: boundary), end], label: label, exit: exit))
  }

  /// The row boundary above `target`'s row.
  private func boundaryAbove(_ target: Symbol) -> Double {
    var best = 0.0
    for top in page.rowTops where top <= target.y { best = max(best, top) }
    return best
  }

  /// The first exit of a symbol that does not go down to the next row leaves at its right side; a
  /// second one (a decision whose Ya and Tidak both jump) leaves at the bottom and turns just
  /// below the symbol, so the two arrows and their labels stay apart. Returns the points up to
  /// where the arrow turns sideways, and the height it runs sideways at.
  private mutating func leave(_ source: Symbol) -> ([Point], Double) {
    if rightSidesUsed.insert(source).inserted {
      let point = Point(x: source.x + source.width, y: source.midY)
      return ([point], point.y)
    }
    let point = Point(x: source.midX, y: source.y + source.height), below = turnBelow(source)
    return ([point, Point(x: point.x, y: below)], below)
  }

  /// The height just below `symbol` where an arrow leaving its bottom turns: halfway to the row's
  /// lower border.
  private func turnBelow(_ symbol: Symbol) -> Double {
    let bottom = symbol.y + symbol.height
    let rowBottom = page.rowTops.indices.map { page.rowTops[$0] + page.rowHeights[$0] }.filter { $0 >= bottom }.min() ?? bottom + 8
    return bottom + max(2, (rowBottom - bottom) / 2)
  }

  /// The height just above `symbol` where an arrow entering its top turns: halfway to the row's
  /// upper border.
  private func turnAbove(_ symbol: Symbol) -> Double {
    symbol.y - max(2, (symbol.y - boundaryAbove(symbol)) / 2)
  }

  /// An exit back to its own step (a check repeated until it passes): around the symbol and back
  /// in at the top, where the arrow from the step before also enters. Out of the right side and up
  /// a lane, or, when the right side is taken, out of the bottom and up its left.
  private mutating func loop(at symbol: Symbol, label: String?, exit: Exit) {
    let top = turnAbove(symbol)
    let entry = [Point(x: symbol.midX, y: top), Point(x: symbol.midX, y: symbol.y)]
    if rightSidesUsed.insert(symbol).inserted {
      let start = Point(x: symbol.x + symbol.width, y: symbol.midY)
      let x = chooseLane(rightOf: start.x, from: top, to: start.y, horizontals: [(start.y, start.x), (top, symbol.midX)])
      add(FlowLayout.Arrow(points: [start, Point(x: x, y: start.y), Point(x: x, y: top)] + entry, label: label, exit: exit))
    } else {
      let x = max(symbol.x - 0.08, Double(column(of: symbol)) + laneInset), below = turnBelow(symbol)
      let start = Point(x: symbol.midX, y: symbol.y + symbol.height)
      lanes.append((x, min(top, below), max(top, below)))
      add(FlowLayout.Arrow(points: [start, Point(x: start.x, y: below), Point(x: x, y: below), Point(x: x, y: top)] + entry, label: label, exit: exit))
    }
  }

  /// Out of `source` (right side, or bottom when the right side is taken), along a lane, into the
  /// right side of `target`.
  private mutating func side(from source: Symbol, to target: Symbol, label: String?, exit: Exit) {
    let end = Point(x: target.x + target.width, y: target.midY)
    let (start, startY) = leave(source)
    let x = chooseLane(rightOf: max(start.last!.x, end.x), from: startY, to: end.y, horizontals: [(startY, start.last!.x), (end.y, end.x)])
    add(FlowLayout.Arrow(points: start + [Point(x: x, y: startY), Point(x: x, y: end.y), end], label: label, exit: exit))
  }

  // MARK: Lanes

  /// The distance of a lane from the cell border, in columns: the clearance, or the middle of
  /// the strip beside the symbol when the column is too narrow for it.
  private var laneInset: Double {
    let strip = (1 - FlowLayout.symbolWidth) / 2
    return min(FlowLayout.laneClearance / columnWidth, strip / 2)
  }

  /// The x of a lane right of `minimumX` for a vertical run between `from` and `to`: the first
  /// candidate (nearest) that keeps the clearance from every other lane over the same rows,
  /// crosses no symbol or label, and whose sideways runs (`horizontals`: at height y, from x)
  /// cross no symbol; when none does, the one with the fewest conflicts.
  private mutating func chooseLane(rightOf minimumX: Double, from: Double, to: Double, horizontals: [(y: Double, x: Double)]) -> Double {
    let top = min(from, to), bottom = max(from, to)
    let inset = laneInset
    let strip = (1 - FlowLayout.symbolWidth) / 2
    var candidates: [Double] = []
    for column in 0..<columnCount {
      let left = Double(column)
      candidates += [left + inset, left + 1 - inset]
      // A second lane in a wide strip, the clearance further from the border.
      if 2 * inset + 2 / columnWidth < strip - 2 / columnWidth {
        candidates += [left + 2 * inset, left + 1 - 2 * inset]
      }
    }
    let clearance = min(FlowLayout.laneClearance / columnWidth, 2 * inset) * 0.99
    let minimum = minimumX + 2 / columnWidth
    var best: (x: Double, conflicts: Int)?
    for x in candidates.filter({ $0 > minimum }).sorted() {
      var conflicts = 0
      for lane in lanes where abs(lane.x - x) < clearance && lane.top < bottom + 3 && top < lane.bottom + 3 { conflicts += 1 }
      for symbol in page.symbols where symbol.x - 1 / columnWidth < x && x < symbol.x + symbol.width + 1 / columnWidth
        && symbol.y < bottom && top < symbol.y + symbol.height
      {
        conflicts += 8
      }
      for label in page.labels where label.x < x && x < label.x + label.width && label.y < bottom && top < label.y + label.height {
        conflicts += 6
      }
      for run in horizontals {
        let a = min(run.x, x), b = max(run.x, x)
        for symbol in page.symbols where symbol.y < run.y && run.y < symbol.y + symbol.height && symbol.x < b - 1e-6 && a + 1e-6 < symbol.x + symbol.width {
          conflicts += 8
        }
        for label in page.labels where label.y < run.y && run.y < label.y + label.height && label.x < b && a < label.x + label.width {
          conflicts += 6
        }
      }
      if conflicts == 0 { best = (x, 0); break }
      if conflicts < best?.conflicts ?? .max { best = (x, conflicts) }
    }
    let x = best?.x ?? (Double(columnCount) - inset)
    lanes.append((x, top, bottom))
    return x
  }

  // MARK: Labels

  /// Places again every label that a line routed after it now crosses (labels are placed as their
  /// arrows are routed; a later arrow's lane avoids them where it can).
  mutating func settleLabels() {
    for index in page.labels.indices {
      let label = page.labels[index]
      // Its own arrow, not another decision's with the same words and exit nearby (placed beside
      // that one, the label would be read as the other decision's).
      let own = labelArrows.count == page.labels.count ? page.arrows[labelArrows[index]] : nil
      guard let arrow = own ?? page.arrows.first(where: { $0.exit == label.exit && $0.label == label.text && $0.points.count >= 2 && abs($0.points[0].y - label.y) < 40 }),
        conflicts(of: label, ignoring: index) + nearerToAnother(label, start: arrow.points[0]) > 0
      else { continue }
      page.labels[index] = placeLabel(label.text, exit: label.exit, on: arrow, ignoring: index)
    }
  }

  /// Adds an arrow, and places its label (a decision's Ya/Tidak) beside its first segment.
  private mutating func add(_ arrow: FlowLayout.Arrow) {
    page.arrows.append(arrow)
    guard let text = arrow.label, let exit = arrow.exit, arrow.points.count >= 2 else { return }
    page.labels.append(placeLabel(text, exit: exit, on: arrow))
    labelArrows.append(page.arrows.count - 1)
  }

  /// The label's box: of the places beside the arrow's first segment (under the symbol right or
  /// left of a downward start; above or below a sideways start, a little away from the symbol),
  /// the first that no line crosses, no symbol or label covers and that stays inside the actor
  /// columns; when none is free, the one with the fewest conflicts.
  private func placeLabel(_ text: String, exit: Exit, on arrow: FlowLayout.Arrow, ignoring: Int? = nil) -> FlowLayout.Label {
    let oneLine = placeLabel(text, lines: [], exit: exit, on: arrow, ignoring: ignoring)
    guard oneLine.conflicts > 0, let lines = Self.twoLines(text) else { return oneLine.box }
    // No free place for the words on one line: on two, narrower ("Tidak" / "lengkap").
    let twoLines = placeLabel(text, lines: lines, exit: exit, on: arrow, ignoring: ignoring)
    return (twoLines.conflicts, twoLines.distance) < (oneLine.conflicts, oneLine.distance) ? twoLines.box : oneLine.box
  }

  /// `text` broken at the space nearest its middle, or nil for one word.
  static func twoLines(_ text: String) -> [String]? {
    let words = text.split(separator: " ").map(String.init)
    guard words.count > 1 else { return nil }
    let splits = (1..<words.count).map { [words[..<$0].joined(separator: " "), words[$0...].joined(separator: " ")] }
    return splits.min { max($0[0].count, $0[1].count) < max($1[0].count, $1[1].count) }
  }

  /// The best place for a label of `lines` (one line when empty), with its conflicts and its
  /// distance from the exit's start.
  private func placeLabel(_ text: String, lines: [String], exit: Exit, on arrow: FlowLayout.Arrow, ignoring: Int?) -> (box: FlowLayout.Label, conflicts: Int, distance: Double) {
    let printed = lines.isEmpty ? [text] : lines
    let height = FlowLayout.labelHeight + Double(printed.count - 1) * (FlowLayout.labelHeight - 1)
    let width = ((printed.map { TextMeasure.width($0, size: FlowLayout.labelSize) }.max() ?? 0) + 1.5) / columnWidth
    let gap = 2 / columnWidth, lift = FlowLayout.labelLineGap
    let start = arrow.points[0], next = arrow.points[1]
    var candidates: [(x: Double, y: Double)] = []
    if abs(start.x - next.x) < 1e-9 {
      let down = next.y > start.y
      let y = down ? start.y + lift : start.y - lift - height
      for shift in [0.0, 4, 8] {
        let y = down ? y + shift : y - shift
        candidates += [(start.x + gap, y), (start.x - gap - width, y)]
      }
    } else {
      let right = next.x > start.x
      for shift in [0.0, 0.1, 0.2, 0.3] {
        let x = right ? start.x + gap + shift * (next.x - start.x) : start.x - gap - width - shift * (start.x - next.x)
        candidates += [(x, start.y - lift - height), (x, start.y + lift)]
        // Just past the column border the segment crosses first, when the place before it ran over it.
        if shift == 0 {
          let clear = FlowLayout.labelGridClearance / columnWidth
          let border = right ? (start.x + gap).rounded(.down) + 1 : (start.x - gap).rounded(.up) - 1
          let past = right ? border + clear : border - clear - width
          if right ? border < next.x : border > next.x { candidates += [(past, start.y - lift - height), (past, start.y + lift)] }
        }
      }
      // Over the symbol's own corner, beside the exit point (a diamond leaves it free), a
      // little higher or lower each time; then back over the symbol's side.
      for shift in [0.0, 3, 6, 9] {
        let x = right ? start.x - width * 0.5 : start.x - width * 0.5
        candidates += [(x, start.y - lift - height - shift), (x, start.y + lift + shift)]
      }
      for shift in [0.0, 3, 6, 9] {
        let x = right ? start.x - width - gap : start.x + gap
        candidates += [(x, start.y - lift - height - shift), (x, start.y + lift + shift)]
      }
      // Ending just before the lane the arrow turns into, over the diamond's free corner: where
      // the column ends soon after the lane (the last actor column).
      if right {
        for shift in [0.0, 3, 6, 9, 12] {
          candidates += [(next.x - gap - width, start.y - lift - height - shift), (next.x - gap - width, start.y + lift + shift)]
        }
      }
    }
    // Each place also moved in, when it would run past the last actor column into the text.
    let limit = Double(columnCount) - width
    candidates += candidates.filter { $0.x > limit || $0.x < 0 }.map { (min(max($0.x, 0), limit), $0.y) }
    func box(_ candidate: (x: Double, y: Double)) -> FlowLayout.Label {
      FlowLayout.Label(text: text, exit: exit, x: candidate.x, y: candidate.y, width: width, height: height, lines: lines)
    }
    var best: (box: FlowLayout.Label, conflicts: Int, distance: Double)?
    func consider(_ candidates: [(x: Double, y: Double)]) -> (box: FlowLayout.Label, conflicts: Int, distance: Double)? {
      for candidate in candidates {
        let label = box(candidate)
        let conflicts = self.conflicts(of: label, ignoring: ignoring) + nearerToAnother(label, start: start)
        let distance = self.distance(label, start)
        if conflicts == 0 { return (label, 0, distance) }
        if best.map({ (conflicts, distance) < ($0.conflicts, $0.distance) }) ?? true { best = (label, conflicts, distance) }
      }
      return nil
    }
    // The usual places first, in their order; then, when none is free, any free place along the
    // arrow's first two segments, the nearest to the exit first.
    if let free = consider(candidates) { return free }
    let further = alongSegments(of: arrow, width: width, height: height, gap: gap).filter { $0.x >= 0 && $0.x <= limit }
    if let free = consider(further.sorted { distance(box($0), start) < distance(box($1), start) }) { return free }
    return best!
  }

  /// Places beside the first two segments of `arrow`, every eighth of their length and just past
  /// each column border they cross, on both sides.
  private func alongSegments(of arrow: FlowLayout.Arrow, width: Double, height: Double, gap: Double) -> [(x: Double, y: Double)] {
    let lift = FlowLayout.labelLineGap
    let clear = FlowLayout.labelGridClearance / columnWidth
    var places: [(x: Double, y: Double)] = []
    for (a, b) in zip(arrow.points, arrow.points.dropFirst()).prefix(2) {
      if abs(a.x - b.x) < 1e-9 {
        let down = b.y > a.y
        for step in 0...8 {
          let y = a.y + (b.y - a.y) * Double(step) / 8 - (down ? 0 : height)
          places += [(a.x + gap, y), (a.x - gap - width, y)]
        }
      } else {
        let right = b.x > a.x
        var xs = (0...8).map { step in
          let x = a.x + (b.x - a.x) * Double(step) / 8
          return right ? x + gap : x - gap - width
        }
        for border in stride(from: min(a.x, b.x).rounded(.up), through: max(a.x, b.x).rounded(.down), by: 1) {
          xs += [border + clear, border - clear - width]
        }
        // Just past the next border the way the arrow goes, also when it turns before it: in a
        // narrow column there is no room beside the symbol.
        xs.append(right ? a.x.rounded(.down) + 1 + clear : a.x.rounded(.up) - 1 - clear - width)
        for x in xs { places += [(x, a.y - lift - height), (x, a.y + lift)] }
      }
    }
    return places
  }

  /// From the centre of `box` to `point`, in points.
  private func distance(_ box: FlowLayout.Label, _ point: Point) -> Double {
    let dx = (box.x + box.width / 2 - point.x) * columnWidth, dy = box.y + box.height / 2 - point.y
    return (dx * dx + dy * dy).squareRoot()
  }

  /// 10 when the label lies nearer to where another exit leaves the same symbol than to its own
  /// exit's start, or nearer to another diamond than to its own: a reader pairs each exit with
  /// the nearest label of its own diamond, so a label read as another exit's is worse than any
  /// line or border through it.
  private func nearerToAnother(_ box: FlowLayout.Label, start: Point) -> Int {
    func distance(_ point: Point) -> Double { self.distance(box, point) }
    let own = distance(start)
    let source = page.symbols.first { $0.x - 1e-6 <= start.x && start.x <= $0.x + $0.width + 1e-6 && $0.y - 1e-6 <= start.y && start.y <= $0.y + $0.height + 1e-6 }
    guard let source else { return 0 }
    // Nearer to another diamond than to its own: read as that decision's.
    func gap(_ symbol: Symbol) -> Double {
      let cx = box.x + box.width / 2, cy = box.y + box.height / 2
      let dx = max(symbol.x - cx, 0, cx - symbol.x - symbol.width) * columnWidth, dy = max(symbol.y - cy, 0, cy - symbol.y - symbol.height)
      return (dx * dx + dy * dy).squareRoot()
    }
    let ownGap = gap(source)
    // (By a clear margin: a reader measures from the printed boxes, a little off the plan.)
    if page.symbols.contains(where: { $0 != source && $0.kind == .decision && gap($0) < ownGap + 4 }) { return 10 }
    for arrow in page.arrows where arrow.exit != nil {
      guard let other = arrow.points.first, other != start else { continue }
      let onSource = source.x - 1e-6 <= other.x && other.x <= source.x + source.width + 1e-6 && source.y - 1e-6 <= other.y && other.y <= source.y + source.height + 1e-6
      if onSource, distance(other) < own { return 10 }
    }
    return 0
  }

  /// How many things a label box would run into: lines through it (its own arrow's first
  /// segment may run along its edge), cell borders (closer than ``FlowLayout/labelGridClearance``),
  /// symbols, other labels, and the edge of the actor columns.
  private func conflicts(of box: FlowLayout.Label, ignoring: Int? = nil) -> Int {
    var count = 0
    if box.x < 0 || box.x + box.width > Double(columnCount) { count += 2 }
    let margin = 0.5
    let left = box.x, right = box.x + box.width, top = box.y, bottom = box.y + box.height
    for arrow in page.arrows {
      for (a, b) in zip(arrow.points, arrow.points.dropFirst()) {
        if FlowGeometry.segment(a, b, crosses: (left, top, right, bottom), xMargin: margin / columnWidth, yMargin: margin) { count += 3 }
      }
    }
    // The table's own lines: a cell border through the words reads as a line through them.
    let clearance = FlowLayout.labelGridClearance
    let columnClearance = clearance / columnWidth
    if (0...columnCount).contains(where: { left - columnClearance < Double($0) && Double($0) < right + columnClearance }) { count += 3 }
    func nearRow(_ border: Double) -> Bool { top - clearance < border && border < bottom + clearance }
    if page.rowTops.contains(where: nearRow) || nearRow(page.height) { count += 3 }
    for symbol in page.symbols where symbol.x < right && left < symbol.x + symbol.width && symbol.y < bottom && top < symbol.y + symbol.height {
      // A diamond's corners are free: only its inner half counts.
      if symbol.kind == .decision {
        if FlowGeometry.diamondOverlaps(symbol, (left, top, right, bottom)) { count += 4 }
      } else {
        count += 4
      }
    }
    for (index, label) in page.labels.enumerated() where index != ignoring
      && label.x < right && left < label.x + label.width && label.y < bottom && top < label.y + label.height
    {
      count += 4
    }
    return count
  }
}

/// Small geometry tests shared by the router and the layout checks.
enum FlowGeometry {
  /// Whether the segment a–b runs through the inside of `box` (left, top, right, bottom), shrunk
  /// by the margins: a line along an edge does not cross it.
  static func segment(_ a: FlowLayout.Point, _ b: FlowLayout.Point, crosses box: (Double, Double, Double, Double), xMargin: Double, yMargin: Double) -> Bool {
    let left = box.0 + xMargin, top = box.1 + yMargin, right = box.2 - xMargin, bottom = box.3 - yMargin
    guard left < right, top < bottom else { return false }
    let x0 = min(a.x, b.x), x1 = max(a.x, b.x), y0 = min(a.y, b.y), y1 = max(a.y, b.y)
    if x1 - x0 < 1e-9 { return left < x0 && x0 < right && y0 < bottom && top < y1 }
    if y1 - y0 < 1e-9 { return top < y0 && y0 < bottom && x0 < right && left < x1 }
    return x0 < right && left < x1 && y0 < bottom && top < y1
  }

  /// Whether `box` overlaps the diamond drawn in `symbol`'s box (its corners are free space).
  static func diamondOverlaps(_ symbol: FlowLayout.Symbol, _ box: (Double, Double, Double, Double)) -> Bool {
    // The point of the box nearest the diamond's centre, in the diamond's normalised coordinates.
    let cx = symbol.midX, cy = symbol.midY, hw = symbol.width / 2, hh = symbol.height / 2
    let nx = min(max(cx, box.0), box.2), ny = min(max(cy, box.1), box.3)
    return abs(nx - cx) / hw + abs(ny - cy) / hh < 1
  }
}
