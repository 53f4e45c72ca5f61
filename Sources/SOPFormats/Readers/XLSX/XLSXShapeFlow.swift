import Foundation
import SOPModel

/// Reads a flowchart drawn by hand with Excel shapes (sop-ap-format §5.2, §13): each symbol's
/// actor is the column its centre lies in, its step the row; decision branches come from the
/// connectors (bound or touching) through off-page connector pairs, and "Ya"/"Tidak" from the text
/// boxes nearest to each exit. What cannot be mapped is reported at its cell, never dropped silently.
struct XLSXShapeFlow {
  enum Symbol: Equatable { case terminator, process, decision, offPage }

  struct Placed {
    var shape: DrawingShape
    var symbol: Symbol
    var box: (x0: Double, y0: Double, x1: Double, y1: Double)
    var row: Int  // 1-based
    var column: Int  // 0-based
  }

  static let labelWords: Set<String> = ["ya", "tidak", "y", "t", "lengkap", "tidak lengkap", "sesuai", "tidak sesuai", "benar", "salah", "setuju", "tidak setuju"]

  static func symbol(_ shape: DrawingShape) -> Symbol? {
    switch shape.preset ?? "" {
    case "flowChartTerminator", "roundRect", "flowChartAlternateProcess", "ellipse": return .terminator
    case "rect", "flowChartProcess": return .process
    case "diamond", "flowChartDecision": return .decision
    case "homePlate", "flowChartOffpageConnector", "pentagon": return .offPage
    default: return nil
    }
  }

  static func box(_ shape: DrawingShape, _ sheet: XLSXWorkbookReader.Sheet) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
    let x0 = sheet.left(ofColumn: shape.from.column) + shape.from.columnOffset
    let y0 = sheet.top(ofRow: shape.from.row + 1) + shape.from.rowOffset
    guard let to = shape.to else { return (x0, y0, x0, y0) }
    return (x0, y0, sheet.left(ofColumn: to.column) + to.columnOffset, sheet.top(ofRow: to.row + 1) + to.rowOffset)
  }

  /// Puts a symbol word in the cell of each symbol (so the form layout reads actor and symbol),
  /// and returns what to apply to the steps afterwards.
  static func prepare(_ sheet: inout XLSXWorkbookReader.Sheet, source: String, diagnostics: inout [Diagnostic]) -> XLSXShapeFlow? {
    guard !sheet.shapes.isEmpty else { return nil }
    var flow = XLSXShapeFlow(sheetName: sheet.name, source: source)
    for shape in sheet.shapes {
      let area = box(shape, sheet)
      let cx = (area.x0 + area.x1) / 2, cy = (area.y0 + area.y1) / 2
      // The cell under the centre, edges summed as we go (not from the sheet's corner each time:
      // that was quadratic for a shape far down or a huge offset).
      var column = 0, right = sheet.width(ofColumn: 0)
      while column < 16_384, right <= cx {
        column += 1
        right += sheet.width(ofColumn: column)
      }
      var row = 1, bottom = sheet.height(ofRow: 1)
      while row < 1_048_576, bottom <= cy {
        row += 1
        bottom += sheet.height(ofRow: row)
      }
      let at = SourceLocation(file: source, context: "\(sheet.name)!\(CellReference.name(row: row, column: column))")
      switch shape.kind {
      case .picture:
        continue  // logos and stamps
      case .group:
        diagnostics.append(Diagnostic(.xlsxUnmappedShape, "a group of shapes cannot be read as flowchart symbols", at: at, hint: "ungroup the shapes in Excel (Ungroup) and save again"))
        continue
      case .connector:
        flow.connectors.append(shape)
        continue
      case .shape:
        let text = LabelMatcher<Int>.normalize(shape.text)
        if !text.isEmpty, labelWords.contains(text) || symbol(shape) == nil {
          flow.labels.append((shape.text, (cx, cy)))
          continue
        }
        guard let kind = symbol(shape) else {
          diagnostics.append(Diagnostic(.xlsxUnmappedShape, "a '\(shape.preset ?? "custom")' shape is not an SOP-AP symbol; it is not read", at: at, hint: "use the capsule, rectangle, diamond or pentagon shapes"))
          continue
        }
        flow.placed.append(Placed(shape: shape, symbol: kind, box: area, row: row, column: column))
        if kind != .offPage, (sheet.rows[row]?[column] ?? "").isEmpty {
          sheet.rows[row, default: [:]][column] = kind == .terminator ? "terminator" : kind == .decision ? "keputusan" : "proses"
        }
      }
    }
    return flow
  }

  let sheetName: String
  let source: String
  var placed: [Placed] = []
  var connectors: [DrawingShape] = []
  var labels: [(text: String, center: (Double, Double))] = []

  /// The symbol whose box edge is nearest to a point, within about 6 pt.
  private func symbol(near point: (Double, Double)) -> Int? {
    var best: (index: Int, distance: Double)?
    for (index, item) in placed.enumerated() {
      let dx = max(item.box.x0 - point.0, 0, point.0 - item.box.x1)
      let dy = max(item.box.y0 - point.1, 0, point.1 - item.box.y1)
      let distance = (dx * dx + dy * dy).squareRoot()
      if distance < 80_000, distance < (best?.distance ?? .infinity) { best = (index, distance) }
    }
    return best?.index
  }

  private func index(of id: Int?) -> Int? {
    guard let id else { return nil }
    return placed.firstIndex { $0.shape.id == id }
  }

  /// Sets the exits of the steps in `flowchart` from the drawing.
  func apply(to flowchart: inout Flowchart, sheet: XLSXWorkbookReader.Sheet, diagnostics: inout [Diagnostic]) {
    // Edges between placed symbols, with the point where each leaves its source.
    var edges: [(from: Int, to: Int, start: (Double, Double))] = []
    for connector in connectors {
      let area = Self.box(connector, sheet)
      let start = (connector.flipH ? area.x1 : area.x0, connector.flipV ? area.y1 : area.y0)
      let end = (connector.flipH ? area.x0 : area.x1, connector.flipV ? area.y0 : area.y1)
      guard let from = index(of: connector.startConnection) ?? symbol(near: start),
        let to = index(of: connector.endConnection) ?? symbol(near: end), from != to
      else { continue }
      edges.append((from, to, start))
    }
    // Off-page connectors come in pairs: one at the foot of a page, its partner just below.
    var partner: [Int: Int] = [:]
    let offPage = placed.indices.filter { placed[$0].symbol == .offPage }
    for a in offPage {
      if let b = offPage.first(where: { placed[$0].column == placed[a].column && placed[$0].row > placed[a].row && partner[$0] == nil && $0 != a }), partner[a] == nil {
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
    for (index, item) in placed.enumerated() where item.symbol != .offPage {
      guard let number = nomor(of: item), let stepIndex = flowchart.steps.firstIndex(where: { $0.nomor == number }) else { continue }
      let exits = targets(from: index).compactMap { exit in nomor(of: placed[exit.target]).map { ($0, exit.start) } }
      let at = SourceLocation(file: source, context: "\(sheetName)!\(CellReference.name(row: item.row, column: item.column))")
      let following = stepIndex + 1 < flowchart.steps.count ? flowchart.steps[stepIndex + 1].nomor : nil
      if item.symbol == .decision {
        guard exits.count >= 2 else {
          diagnostics.append(Diagnostic(.xlsxUnmappedShape, "decision step \(number): its branches could not be read from the drawing", at: at, hint: "check that both arrows touch the diamond and their target symbols"))
          continue
        }
        var ya: Int?, tidak: Int?
        for exit in exits.prefix(2) {
          let label = labels.min { distance($0.center, exit.1) < distance($1.center, exit.1) }
          let word = label.map { LabelMatcher<Int>.normalize($0.text) } ?? ""
          if word.hasPrefix("tidak") || word == "t" || word == "salah" { tidak = exit.0 } else if ya == nil { ya = exit.0 } else { tidak = exit.0 }
        }
        flowchart.steps[stepIndex].flow.ya = ya.map { .step($0) }
        flowchart.steps[stepIndex].flow.tidak = tidak.map { .step($0) }
        if ya == following { flowchart.steps[stepIndex].flow.ya = nil }
      } else if let first = exits.first {
        // Of several arrows out of a non-decision, the one to the next row is the table's own flow.
        let exit = exits.first { $0.0 == following } ?? first
        if exits.count > 1 {
          let chosen = exit.0
          diagnostics.append(Diagnostic(
            .xlsxUnmappedShape, "step \(number) has \(exits.count) arrows out but is not a decision; the arrow to step \(chosen) is used",
            at: at, hint: "make the step a decision (diamond) with Ya/Tidak labels, or remove the extra arrow"))
        }
        if exit.0 != following { flowchart.steps[stepIndex].flow.next = .step(exit.0) }
      } else if following != nil, item.symbol == .terminator, stepIndex > 0 {
        flowchart.steps[stepIndex].flow.next = .end
      }
    }
  }

  private func distance(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
    ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot()
  }
}
