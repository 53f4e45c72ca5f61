import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The flowchart layout every writer draws: pages, symbols and arrows.
@Suite struct FlowLayoutTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func flowcharts() throws -> [(String, Flowchart)] {
    try models.flatMap { url in
      let file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
      return file.sops.flatMap(\.flowcharts).map { (url.lastPathComponent, $0) }
    } + [("kua, Tidak to itself", try decisionVariant(tidakToItself: true)), ("kua, Ya and Tidak both jump", try decisionVariant(tidakToItself: false))]
  }

  /// The KUA SOP with its first decision (step 3: Ya to 5, Tidak to 4) changed: Tidak back to
  /// step 3 itself (a check repeated until it passes), or Tidak to step 1 so that neither exit
  /// goes to the next row.
  static func decisionVariant(tidakToItself: Bool) throws -> Flowchart {
    let url = TestData.root.appendingPathComponent("model/kua-pendaftaran-nikah.json")
    var flowchart = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "kua.json").file?.sops[0].flowcharts[0])
    #expect(flowchart.steps[2].flow.tidak == .step(4))
    flowchart.steps[2].flow.tidak = .step(tidakToItself ? 3 : 1)
    return flowchart
  }

  /// Each exit of the changed decisions is drawn: the loop leaves the diamond and comes back into
  /// its top; when both exits jump, they leave from different sides, so their labels stay apart.
  @Test func aDecisionLoopingToItselfOrJumpingTwiceGetsAnArrowPerExit() throws {
    for tidakToItself in [true, false] {
      let page = Self.layout(try Self.decisionVariant(tidakToItself: tidakToItself)).pages[0]
      let diamond = try #require(page.symbols.first { $0.kind == .decision })
      let leaving = page.arrows.filter { diamond.touches($0.points[0]) }
      #expect(leaving.compactMap(\.label).sorted() == ["Tidak", "Ya"], "an arrow per exit")
      #expect(Set(leaving.map { "\($0.points[0])" }).count == 2, "the two exits leave from different points")
      if tidakToItself {
        let loop = try #require(leaving.first { $0.label == "Tidak" })
        let end = try #require(loop.points.last)
        #expect(end.x == diamond.midX && end.y == diamond.y, "back in at the top")
      }
    }
  }

  static func layout(_ flowchart: Flowchart, pageHeight: Double = 420) -> FlowLayout {
    FlowLayout(flowchart, stepHeights: flowchart.steps.map { 40 + Double($0.kegiatan.count % 5) * 8 }, pageHeight: pageHeight)
  }

  @Test func everyStepIsDrawnOnceCentredInItsActorsColumn() throws {
    for (name, flowchart) in try Self.flowcharts() {
      let layout = Self.layout(flowchart)
      let steps = layout.pages.flatMap { $0.rows }.compactMap { row -> Int? in if case .step(let i) = row { return i } else { return nil } }
      #expect(steps == Array(flowchart.steps.indices), "\(name): every step once, in order")
      for page in layout.pages {
        for (row, top) in zip(page.rows, page.rowTops) {
          guard case .step(let index) = row else { continue }
          let symbol = try #require(page.symbols.first { $0.y >= top && $0.y < top + page.rowHeights[page.rows.firstIndex(of: row)!] && !$0.isConnector })
          let column = flowchart.pelaksana.firstIndex(of: flowchart.steps[index].pelaksana ?? "") ?? 0
          #expect(abs(symbol.midX - (Double(column) + 0.5)) < 0.001, "\(name) step \(index + 1) centred in column \(column)")
        }
      }
    }
  }

  @Test func arrowsAreOrthogonalStartAndEndOnSymbolsAndCrossNone() throws {
    for (name, flowchart) in try Self.flowcharts() {
      for (pageNumber, page) in Self.layout(flowchart).pages.enumerated() {
        for arrow in page.arrows {
          for (a, b) in zip(arrow.points, arrow.points.dropFirst()) {
            #expect(abs(a.x - b.x) < 1e-9 || abs(a.y - b.y) < 1e-9, "\(name) page \(pageNumber + 1): diagonal segment \(a) → \(b)")
          }
          let start = arrow.points[0], end = arrow.points[arrow.points.count - 1]
          #expect(page.symbols.contains { $0.touches(start) }, "\(name) page \(pageNumber + 1): arrow starts on no symbol \(start)")
          #expect(page.symbols.contains { $0.touches(end) }, "\(name) page \(pageNumber + 1): arrow ends on no symbol \(end)")
          for symbol in page.symbols {
            for (a, b) in zip(arrow.points, arrow.points.dropFirst()) {
              #expect(!symbol.isCrossed(by: a, b), "\(name) page \(pageNumber + 1): a segment crosses a symbol")
            }
          }
        }
      }
    }
  }

  @Test func aLongSOPSplitsAcrossPagesWithMatchingConnectors() throws {
    let (_, long) = try #require(try Self.flowcharts().first { $0.1.steps.count >= 25 })
    let layout = Self.layout(long)
    #expect(layout.pages.count >= 3)
    let outgoing = layout.pages.enumerated().flatMap { page, content in
      content.symbols.filter { $0.isConnector && $0.y >= (content.rowTops.last ?? 0) - 0.001 }.map { (page, $0.connectorLabel ?? "") }
    }
    #expect(!outgoing.isEmpty)
    for (page, label) in outgoing {
      let matched = layout.pages.enumerated().contains { other, content in
        other != page && content.rows.first == .incoming && content.symbols.contains { $0.isConnector && $0.connectorLabel == label && $0.y < content.rowHeights[0] }
      }
      #expect(matched, "the connector '\(label)' at the foot of page \(page + 1) has a partner at the head of another page")
    }
  }

  @Test func aDecisionIsNeverTheLastStepOfAPageWhenItCanMove() throws {
    for (name, flowchart) in try Self.flowcharts() {
      let pages = Self.layout(flowchart).pages
      for page in pages.dropLast() {
        let steps = page.rows.compactMap { row -> Int? in if case .step(let i) = row { return i } else { return nil } }
        guard let last = steps.last, steps.count > 2 else { continue }
        #expect(flowchart.effectiveShape(of: last) != .decision, "\(name): decision \(last + 1) ends a page")
      }
    }
  }
}

extension FlowLayout.Symbol {
  var isConnector: Bool { if case .offPage = kind { return true } else { return false } }
  var connectorLabel: String? { if case .offPage(let label) = kind { return label } else { return nil } }

  /// Whether `point` is on the edge of the symbol's box (x in columns, y in points).
  func touches(_ point: FlowLayout.Point) -> Bool {
    let onX = point.x >= x - 1e-6 && point.x <= x + width + 1e-6
    let onY = point.y >= y - 1e-6 && point.y <= y + height + 1e-6
    let edgeX = abs(point.x - x) < 1e-6 || abs(point.x - (x + width)) < 1e-6 || abs(point.x - midX) < 1e-6
    let edgeY = abs(point.y - y) < 1e-6 || abs(point.y - (y + height)) < 1e-6 || abs(point.y - midY) < 1e-6
    return onX && onY && edgeX && edgeY
  }

  /// Whether the segment a–b passes through the inside of the box (touching its edge is fine).
  func isCrossed(by a: FlowLayout.Point, _ b: FlowLayout.Point) -> Bool {
    let insideX = { (value: Double) in value > x + 1e-6 && value < x + width - 1e-6 }
    let insideY = { (value: Double) in value > y + 1e-6 && value < y + height - 1e-6 }
    if abs(a.x - b.x) < 1e-9 {
      guard insideX(a.x) else { return false }
      let low = min(a.y, b.y), high = max(a.y, b.y)
      return low < y + height - 1e-6 && high > y + 1e-6 && (insideY(low) || insideY(high) || (low <= y && high >= y + height))
        && !(abs(low - (y + height)) < 1e-6 || abs(high - y) < 1e-6)
    }
    guard insideY(a.y) else { return false }
    let low = min(a.x, b.x), high = max(a.x, b.x)
    return low < x + width - 1e-6 && high > x + 1e-6 && !(abs(low - (x + width)) < 1e-6 || abs(high - x) < 1e-6)
  }
}
