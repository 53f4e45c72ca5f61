import Foundation
import SOPModel

/// Reads a flowchart drawn by hand with shapes over a table, in a workbook or a Word document
/// (sop-ap-format §5.2, §13): each symbol's actor is the column its centre lies in, its step the
/// row; decision branches come from the connectors (bound or touching) through off-page connector
/// pairs, and "Ya"/"Tidak" from the text boxes nearest to each exit. What cannot be mapped is
/// reported at its cell, never dropped silently.
struct ShapeFlow {
  enum Symbol: Equatable {
    case terminator, process, decision, offPage
    /// A symbol outside the official five, by its canonical name ("dokumen").
    case other(String)
    /// A "Selesai" capsule beside a step, which an exit to END runs into (not a step).
    case end

    /// The step shape it stands for; none for connectors and end capsules.
    var shape: Shape? {
      switch self {
      case .terminator: return .terminator
      case .process: return .process
      case .decision: return .decision
      case .other(let name): return .other(name)
      case .offPage, .end: return nil
      }
    }
  }

  /// What an end capsule says.
  static let endWords: Set<String> = ["selesai", "end", "stop", "akhir"]

  struct Placed {
    var shape: GridShape
    var symbol: Symbol
    var box: (x0: Double, y0: Double, x1: Double, y1: Double)
    var row: Int  // 1-based
    var column: Int  // 0-based
    /// A picture standing for a symbol: its kind is a guess, made a decision by two exits.
    var isPicture = false
  }

  static let labelWords: Set<String> = ["ya", "tidak", "y", "t", "lengkap", "tidak lengkap", "sesuai", "tidak sesuai", "benar", "salah", "setuju", "tidak setuju"]

  static func symbol(_ shape: GridShape) -> Symbol? {
    switch shape.preset ?? "" {
    case "flowChartTerminator", "roundRect", "flowChartAlternateProcess", "ellipse": return .terminator
    case "rect", "flowChartProcess": return .process
    case "diamond", "flowChartDecision": return .decision
    case "homePlate", "flowChartOffpageConnector", "pentagon": return .offPage
    default:
      if let preset = shape.preset, case .other(let name)? = FlowSymbolPreset.otherShape(forPreset: preset) { return .other(name) }
      return nil
    }
  }

  static func box(_ shape: GridShape, _ grid: GridGeometry) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
    let x0 = grid.left(ofColumn: shape.from.column) + shape.from.columnOffset
    let y0 = grid.top(ofRow: shape.from.row + 1) + shape.from.rowOffset
    guard let to = shape.to else {
      let size = shape.extent ?? (0, 0)
      return (x0, y0, x0 + size.width, y0 + size.height)
    }
    return (x0, y0, grid.left(ofColumn: to.column) + to.columnOffset, grid.top(ofRow: to.row + 1) + to.rowOffset)
  }

  /// Records the symbol each shape stands for in the cell it is anchored in (so the recognizer
  /// reads actor and symbol), and returns what to apply to the steps afterwards.
  /// - Parameter firstStepsRow: the row of the first steps header; pictures below it may be symbols.
  static func prepare(_ sheet: inout Grid, source: String, firstStepsRow: Int? = nil, diagnostics: inout [Diagnostic]) -> ShapeFlow? {
    guard !sheet.shapes.isEmpty else { return nil }
    let grid = GridGeometry(sheet)
    var flow = ShapeFlow(source: source, snapDistance: sheet.snapDistance, grid: grid)
    for shape in sheet.shapes {
      let area = box(shape, grid)
      let cx = (area.x0 + area.x1) / 2, cy = (area.y0 + area.y1) / 2
      let column = grid.column(at: cx), row = grid.row(at: cy)
      let at = sheet.location(source, row, column)
      switch shape.kind {
      case .picture:
        // A small picture in a cell of the steps table stands for a symbol pasted as an image:
        // it says whose step it is; the symbol is guessed. Larger pictures (a logo, a stamp, the
        // whole flowchart as one image) are not marks.
        // A picture in a merged cell takes the merged cell's size (an Excel 365 picture in a cell).
        let merged = sheet.merged.first { $0.firstRow <= row && row <= $0.lastRow && $0.firstColumn <= column && column <= $0.lastColumn }
        let inOneCell = merged.map { $0.firstRow == $0.lastRow && $0.firstColumn == $0.lastColumn } ?? true
        // A picture of unknown size is no mark.
        let sized = shape.to != nil || shape.extent != nil
        let small = sized && inOneCell && area.x1 - area.x0 <= 1.5 * sheet.width(ofColumn: column) && area.y1 - area.y0 <= max(2 * sheet.height(ofRow: row), 60 * 12_700)
        if small, let first = firstStepsRow, row > first {
          // Arrows may start and end on it like on a shape.
          if let drawn = shape.pictureSymbol {
            sheet.symbols[row, default: [:]][column] = drawn
            let kind: Symbol = drawn == .decision ? .decision : drawn == .terminator ? .terminator : .process
            flow.placed.append(Placed(shape: shape, symbol: kind, box: area, row: row, column: column))
            diagnostics.append(Diagnostic(
              .importPictureSymbol, "a picture stands for a symbol here; its outline reads as a \(drawn.name)",
              at: at, hint: "replace the picture with a shape to make the symbol certain"))
          } else {
            sheet.pictures[row, default: []].insert(column)
            flow.placed.append(Placed(shape: shape, symbol: .process, box: area, row: row, column: column, isPicture: true))
          }
        }
        continue
      case .group:
        diagnostics.append(Diagnostic(sheet.unmappedShapeCode, "a group of shapes cannot be read as flowchart symbols", at: at, hint: "ungroup the shapes in Excel (Ungroup) and save again"))
        continue
      case .connector:
        flow.connectors.append(shape)
        continue
      case .shape:
        let text = LabelMatcher<Int>.normalize(shape.text)
        // SOP-AP symbols carry no text (it is in the Kegiatan column): a box with a few words is an
        // exit label ("Ya", "Lengkap", "Tidak layak").
        if !text.isEmpty, labelWords.contains(text) || symbol(shape) == nil || (shape.preset == "rect" && text.count <= 30) {
          // A label set on two lines is one label.
          flow.labels.append((shape.text.split(whereSeparator: \.isWhitespace).joined(separator: " "), (cx, cy)))
          continue
        }
        guard let kind = symbol(shape) else {
          diagnostics.append(Diagnostic(sheet.unmappedShapeCode, "a '\(shape.preset ?? "custom")' shape is not an SOP-AP symbol; it is not read", at: at, hint: "use the capsule, rectangle, diamond or pentagon shapes"))
          continue
        }
        // A capsule saying "Selesai" may be the end an exit runs into; decided below.
        let isEnd = kind == .terminator && endWords.contains(text)
        flow.placed.append(Placed(shape: shape, symbol: isEnd ? .end : kind, box: area, row: row, column: column))
        if !isEnd, let step = kind.shape { sheet.symbols[row, default: [:]][column] = step }
      }
    }
    // An end capsule shares its row with the step that ends there; a "Selesai" capsule alone in
    // its row is that step's own symbol.
    for index in flow.placed.indices where flow.placed[index].symbol == .end {
      let item = flow.placed[index]
      let shared = flow.placed.indices.contains { other in
        other != index && flow.placed[other].row == item.row && flow.placed[other].symbol.shape != nil
      }
      if !shared {
        flow.placed[index].symbol = .terminator
        sheet.symbols[item.row, default: [:]][item.column] = .terminator
      }
    }
    return flow
  }

  let source: String
  /// How near, in EMU, two line ends must be to join into one arrow (1.5 pt): lines drawn by
  /// snapping to each other meet exactly, and arrows in neighbouring lanes are a few points apart.
  static let joinDistance = 19_050.0

  /// How far, in EMU, an arrow's end may lie from a symbol's edge and still touch it.
  let snapDistance: Double
  /// The sheet's summed column and row edges (the drawing's cells do not change once prepared).
  let grid: GridGeometry
  var placed: [Placed] = []
  var connectors: [GridShape] = []
  var labels: [(text: String, center: (Double, Double))] = []

  /// The symbol whose box edge is nearest to a point, within about 6 pt (or `limit`), of those
  /// `include` admits.
  private func symbol(near point: (Double, Double), within limit: Double? = nil, where include: (Placed) -> Bool = { _ in true }) -> Int? {
    var best: (index: Int, distance: Double)?
    for (index, item) in placed.enumerated() where include(item) {
      let dx = max(item.box.x0 - point.0, 0, point.0 - item.box.x1)
      let dy = max(item.box.y0 - point.1, 0, point.1 - item.box.y1)
      let distance = (dx * dx + dy * dy).squareRoot()
      if distance < (limit ?? snapDistance), distance < (best?.distance ?? .infinity) { best = (index, distance) }
    }
    return best?.index
  }

  private func index(of id: Int?) -> Int? {
    guard let id else { return nil }
    return placed.firstIndex { $0.shape.id == id }
  }

  /// The rows where the flowcharts of a sheet start: each steps header whose cells (with the
  /// actor names in the row under it) differ from the one before; a page's repeated header
  /// starts no new flowchart.
  static func flowchartStarts(_ sheet: Grid) -> [Int] {
    var starts: [Int] = []
    var last: [String]?
    let records = sheet.records
    for (index, record) in records.enumerated() where StepsHeader.isHeader(record) {
      let fields = record.fields + (index + 1 < records.count ? records[index + 1].fields : [])
      if fields != last { starts.append(record.line) }
      last = fields
    }
    return starts
  }

  /// Sets the exits of the steps in `flowchart` from the drawing.
  /// - Parameter part: which of the sheet's flowcharts (``flowchartStarts(_:)``) `flowchart` is,
  ///   when the sheet holds several; only the symbols in its rows are read for it.
  func apply(to flowchart: inout Flowchart, sheet: Grid, part only: Int? = nil, diagnostics: inout [Diagnostic]) {
    // Edges between placed symbols, with the point where each leaves its source.
    var edges: [(from: Int, to: Int, start: (Double, Double))] = []
    let segments = connectors.map { connector in
      let area = Self.box(connector, grid)
      // The line runs corner to corner of its own box, flipped, then turned about the centre. The
      // anchor gives the box as it lies on the sheet: turned a quarter, its width and height swap.
      let turn = connector.rotation * .pi / 180
      let quarter = abs(sin(turn)) > 0.7
      let cx = (area.x0 + area.x1) / 2, cy = (area.y0 + area.y1) / 2
      let halfWidth = (quarter ? area.y1 - area.y0 : area.x1 - area.x0) / 2
      let halfHeight = (quarter ? area.x1 - area.x0 : area.y1 - area.y0) / 2
      func placed(_ dx: Double, _ dy: Double) -> (Double, Double) {
        (cx + dx * cos(turn) - dy * sin(turn), cy + dx * sin(turn) + dy * cos(turn))
      }
      var start = placed(connector.flipH ? halfWidth : -halfWidth, connector.flipV ? halfHeight : -halfHeight)
      var end = placed(connector.flipH ? -halfWidth : halfWidth, connector.flipV ? -halfHeight : halfHeight)
      var startConnection = connector.startConnection, endConnection = connector.endConnection
      if connector.arrowAtStart {
        swap(&start, &end)
        swap(&startConnection, &endConnection)
      }
      return ConnectorRoutes.Segment(start: start, end: end, hasArrow: connector.hasArrow, startConnection: startConnection, endConnection: endConnection)
    }
    for route in ConnectorRoutes.routes(segments, joinDistance: Self.joinDistance, touches: { self.symbol(near: ($0.x, $0.y)) != nil }) {
      let start = (route.start.x, route.start.y), end = (route.end.x, route.end.y)
      // An arrow whose start touches nothing began at the nearest symbol a little further off
      // (elbow connectors saved by LibreOffice can start a few points from their symbol).
      guard let from = index(of: route.startConnection) ?? symbol(near: start) ?? symbol(near: start, within: min(2 * snapDistance, 240_000)),
        let to = index(of: route.endConnection) ?? symbol(near: end),
        // A route back into its own symbol is a loop only when it goes out and around.
        from != to || route.segments >= 3
      else { continue }
      edges.append((from, to, start))
    }
    // Off-page connectors come in pairs: one at the foot of a page, its partner below it on the
    // next page. A label (the step number it leads to) names the partner, which several arrows may
    // share; without labels the partner is the next connector in the same column.
    // Flowcharts laid end to end on one sheet (a Word document's tables) number their steps
    // anew: a connector pairs only inside its own flowchart.
    let headerRows = Self.flowchartStarts(sheet)
    func part(_ row: Int) -> Int { headerRows.filter { $0 <= row }.count - 1 }
    var partner: [Int: Int] = [:]
    let leaving = Set(edges.map(\.from)), enteredConnectors = Set(edges.map(\.to))
    let offPage = placed.indices.filter { placed[$0].symbol == .offPage }.sorted { placed[$0].row < placed[$1].row }
    for a in offPage where partner[a] == nil {
      let label = LabelMatcher<Int>.normalize(placed[a].shape.text)
      let later = offPage.filter { $0 != a && placed[$0].row > placed[a].row }
      // The flow goes on from the connector of the same label that an arrow leaves (an arrow
      // that only enters one is another page's way out): in the same column first, then the
      // nearest; a jump back to an earlier page has its partner above it.
      func key(_ b: Int) -> (Int, Int, Int, Int) {
        let row = abs(placed[b].row - placed[a].row)
        return (enteredConnectors.contains(a) && !leaving.contains(b) ? 1 : 0, placed[b].column == placed[a].column ? 0 : 1, b < a ? 1 : 0, row)
      }
      let sameLabel = offPage.filter {
        $0 != a && placed[$0].row != placed[a].row && part(placed[$0].row) == part(placed[a].row)
          && LabelMatcher<Int>.normalize(placed[$0].shape.text) == label
      }
        .min { key($0) < key($1) }
      if !label.isEmpty, let b = sameLabel {
        partner[a] = b
      } else if let b = later.first(where: { placed[$0].column == placed[a].column && partner[$0] == nil && part(placed[$0].row) == part(placed[a].row) }) {
        partner[a] = b
        partner[b] = a
      }
    }
    // Step number of each symbol's row (a merged No cell leaves the rows below it empty).
    func nomor(of item: Placed) -> Int? {
      var row = item.row
      while row > 0 {
        if let number = FlowchartAssembler.stepNumber(sheet.cell(row, 0)) { return number }
        row -= 1
      }
      return nil
    }
    func targets(from index: Int, depth: Int = 0) -> [(target: Int, start: (Double, Double))] {
      guard depth < 4 else { return [] }
      var result: [(Int, (Double, Double))] = []
      for edge in edges where edge.from == index {
        if placed[edge.to].symbol == .offPage {
          let next = partner[edge.to] ?? edge.to
          result += targets(from: next, depth: depth + 1).map { ($0.target, edge.start) }
        } else {
          result.append((edge.to, edge.start))
        }
      }
      return result
    }
    // A line between two symbols of one row joins the symbols of a step done by several actors
    // together; it is no flow. Of those symbols, the one the arrows touch is the main actor's.
    edges.removeAll {
      $0.from != $0.to && placed[$0.from].row == placed[$0.to].row && placed[$0.from].symbol.shape != nil && placed[$0.to].symbol.shape != nil
    }
    let connected = Set(edges.flatMap { [$0.from, $0.to] })
    let entered = Set(edges.map(\.to))
    // Each label's diamond: the decision nearest to it (a label is written beside its own).
    let labelDecisions = labels.map { symbol(near: $0.center, within: .infinity, where: { $0.symbol == .decision }) }
    for (index, item) in placed.enumerated() where item.symbol.shape != nil && (only.map { part(item.row) == $0 } ?? true) {
      guard let number = nomor(of: item), let stepIndex = flowchart.steps.firstIndex(where: { $0.nomor == number }) else { continue }
      let peers = placed.indices.filter { $0 != index && placed[$0].symbol.shape != nil && placed[$0].row == item.row }
      if !peers.isEmpty {
        if !connected.contains(index), peers.contains(where: connected.contains) { continue }  // a co-actor's copy
        let step = flowchart.steps[stepIndex]
        // The symbol an arrow enters is the main one; else the one an arrow leaves.
        let isMain = entered.contains(index) || (!peers.contains(where: entered.contains) && connected.contains(index))
        if isMain, let actor = actorName(ofColumn: item.column, above: item.row, in: flowchart.pelaksana, sheet: sheet),
          actor != step.pelaksana, let at = step.coActors.firstIndex(of: actor), let main = step.pelaksana
        {
          flowchart.steps[stepIndex].pelaksana = actor
          flowchart.steps[stepIndex].coActors[at] = main
          let order = flowchart.pelaksana
          flowchart.steps[stepIndex].coActors.sort { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        }
      }
      let exits: [(StepTarget, (Double, Double))] = targets(from: index).compactMap { exit in
        placed[exit.target].symbol == .end ? (.end, exit.start) : nomor(of: placed[exit.target]).map { (.step($0), exit.start) }
      }
      let at = sheet.location(source, item.row, item.column)
      let following = stepIndex + 1 < flowchart.steps.count ? flowchart.steps[stepIndex + 1].nomor : nil
      // A picture with two ways out is a decision, whatever it shows.
      if item.isPicture, exits.count >= 2 { flowchart.steps[stepIndex].shape = .decision }
      if item.symbol == .decision || (item.isPicture && exits.count >= 2) {
        guard exits.count >= 2 else {
          // Say what the drawing shows: no arrow at all needs drawing, one arrow needs checking.
          let diagnostic = exits.isEmpty
            ? Diagnostic(sheet.unmappedShapeCode, "decision step \(number): no arrow leaves the diamond in the drawing, so its Ya and Tidak steps are unknown", at: at, hint: "draw both arrows from the diamond to the steps they lead to, or write the step numbers in Jika Ya and Jika Tidak of the fill-in template")
            : Diagnostic(sheet.unmappedShapeCode, "decision step \(number): only one arrow from the diamond could be followed to a step", at: at, hint: "check that both arrows touch the diamond and their target symbols")
          diagnostics.append(diagnostic)
          continue
        }
        var ya: StepTarget?, tidak: StepTarget?
        // Each exit takes a label of its own: of the labels nearest the exits, the pairing with the
        // shortest total distance (a label can lie nearer to the other exit than to its own).
        let pair = Array(exits.prefix(2))
        // A label is written beside its own diamond: those nearer to another decision are that
        // decision's (unless that leaves this one fewer than two).
        let own = labels.indices.filter { labelDecisions[$0] == index }.map { labels[$0] }
        let candidates = own.count >= 2 ? own : labels
        let nearby = candidates.sorted { min(distance($0.center, pair[0].1), distance($0.center, pair[1].1)) < min(distance($1.center, pair[0].1), distance($1.center, pair[1].1)) }.prefix(4)
        // A Ya and a Tidak go before two of a kind (a decision's other label can lie further off
        // than a neighbouring decision's label of the same kind).
        func isTidak(_ text: String) -> Bool {
          let word = LabelMatcher<Int>.normalize(text)
          return word.hasPrefix("tidak") || word == "t" || word == "salah"
        }
        var best: (alike: Bool, cost: Double, words: [String])?
        for first in nearby.indices {
          for second in nearby.indices where second != first {
            let alike = isTidak(nearby[first].text) == isTidak(nearby[second].text)
            let cost = distance(nearby[first].center, pair[0].1) + distance(nearby[second].center, pair[1].1)
            if best.map({ (alike ? 1 : 0, cost) < ($0.alike ? 1 : 0, $0.cost) }) ?? true { best = (alike, cost, [nearby[first].text, nearby[second].text]) }
          }
        }
        let words = best?.words ?? pair.map { exit in candidates.min { distance($0.center, exit.1) < distance($1.center, exit.1) }?.text ?? "" }
        var written: (ya: String, tidak: String) = ("", "")
        for (exit, text) in zip(pair, words) {
          let word = LabelMatcher<Int>.normalize(text)
          if word.hasPrefix("tidak") || word == "t" || word == "salah" || (ya != nil && tidak == nil) {
            tidak = exit.0
            written.tidak = text
          } else {
            ya = exit.0
            written.ya = text
          }
        }
        // Labels other than Ya/Tidak ("Layak" / "Tidak layak") are kept as the decision's own.
        let plain = [LabelMatcher<Int>.normalize(written.ya), LabelMatcher<Int>.normalize(written.tidak)]
        if !written.ya.isEmpty, !written.tidak.isEmpty, !(["ya", "y"].contains(plain[0]) && ["tidak", "t"].contains(plain[1])) {
          flowchart.steps[stepIndex].flow.labels = Step.DecisionLabels(ya: written.ya, tidak: written.tidak)
        }
        flowchart.steps[stepIndex].flow.ya = ya
        flowchart.steps[stepIndex].flow.tidak = tidak
        if ya == following.map({ .step($0) }) ?? .end { flowchart.steps[stepIndex].flow.ya = nil }
      } else if let first = exits.first {
        // Of several arrows out of a non-decision, the one to the next row is the table's own flow.
        let exit = exits.first { $0.0 == following.map { .step($0) } ?? .end } ?? first
        if exits.count > 1 {
          let chosen = exit.0
          diagnostics.append(Diagnostic(
            sheet.unmappedShapeCode, "step \(number) has \(exits.count) arrows out but is not a decision; the arrow to \(chosen) is used",
            at: at, hint: "make the step a decision (diamond) with Ya/Tidak labels, or remove the extra arrow"))
        }
        if exit.0 != following.map({ .step($0) }) ?? .end { flowchart.steps[stepIndex].flow.next = exit.0 }
      } else if following != nil, item.symbol == .terminator, stepIndex > 0 {
        flowchart.steps[stepIndex].flow.next = .end
      }
    }
  }

  /// The actor whose column `column` is: the nearest header cell above `row` naming one of `actors`.
  private func actorName(ofColumn column: Int, above row: Int, in actors: [String], sheet: Grid) -> String? {
    var current = row - 1
    while current > 0 {
      let text = sheet.cell(current, column).trimmingCharacters(in: .whitespacesAndNewlines)
      if actors.contains(text) { return text }
      current -= 1
    }
    return nil
  }

  private func distance(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
    ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot()
  }
}
