import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The drawing decisions of docs/flowchart-drawing.md, checked on the shared layout of every
/// testdata SOP and of 100 generated SOPs, as the writers plan them (``ProcedureTable``, F4):
/// labels in free space, lanes apart, connectors where they belong, exits to END drawn.
@Suite struct FlowDrawingTests {
  static func tables() throws -> [(String, ProcedureTable)] {
    var result: [(String, ProcedureTable)] = []
    for url in TestData.files(in: "model", withExtension: "json") {
      let file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
      for (index, flowchart) in file.sops.flatMap(\.flowcharts).enumerated() {
        result.append(("\(url.lastPathComponent) #\(index + 1)", ProcedureTable(flowchart, setup: PageSetup())))
      }
    }
    for (number, file) in FlowReadBackTests.generated().enumerated() {
      for (index, flowchart) in file.sops.flatMap(\.flowcharts).enumerated() {
        result.append(("generated \(number + 1) #\(index + 1)", ProcedureTable(flowchart, setup: PageSetup())))
      }
    }
    return result
  }

  /// Points of one actor column as the layout was planned.
  static func columnWidth(_ table: ProcedureTable) -> Double { table.widths[table.firstActorColumn] * 0.75 }

  /// Whether segment a–b runs through the inside of the box (0.5 pt in from its edges).
  static func crosses(_ a: FlowLayout.Point, _ b: FlowLayout.Point, _ label: FlowLayout.Label, columnWidth: Double) -> Bool {
    let margin = 0.5
    let left = label.x + margin / columnWidth, right = label.x + label.width - margin / columnWidth
    let top = label.y + margin, bottom = label.y + label.height - margin
    let x0 = min(a.x, b.x), x1 = max(a.x, b.x), y0 = min(a.y, b.y), y1 = max(a.y, b.y)
    if x1 - x0 < 1e-9 { return left < x0 && x0 < right && y0 < bottom && top < y1 }
    return top < y0 && y0 < bottom && x0 < right && left < x1
  }

  /// Labels that run over a cell border in the shared layout today (all SOPs of ``tables()``):
  /// long labels ("Tidak lengkap", 47 pt) in actor columns 40–66 pt wide, where no free place
  /// beside the arrow is wide enough. Issue 18 wants none; lower this as the router improves.
  static let knownBorderProblems = 116

  @Test func noLineCrossesALabelAndLabelsStayInTheActorColumns() throws {
    var checked = 0
    var problems: [String] = [], borders: [String] = []
    for (name, table) in try Self.tables() {
      let width = Self.columnWidth(table), actors = Double(max(table.flowchart.pelaksana.count, 1))
      for (pageNumber, page) in table.layout.pages.enumerated() {
        for label in page.labels {
          checked += 1
          let at = "\(name) page \(pageNumber + 1) '\(label.text)'"
          if label.x < -1e-9 || label.x + label.width > actors + 1e-9 { problems.append("\(at): leaves the actor columns") }
          for arrow in page.arrows {
            for (a, b) in zip(arrow.points, arrow.points.dropFirst()) where Self.crosses(a, b, label, columnWidth: width) {
              problems.append("\(at): crossed by a line at \(a) → \(b)")
            }
          }
          // Cell borders: the actor column edges and the row edges, 1 pt clear.
          let clear = 1.0 / width
          if stride(from: 0.0, through: actors, by: 1).contains(where: { label.x + clear < $0 && $0 < label.x + label.width - clear }) {
            borders.append("\(at): runs over a column border")
          }
          if (page.rowTops + [page.height]).contains(where: { label.y + 1 < $0 && $0 < label.y + label.height - 1 }) {
            borders.append("\(at): runs over a row border")
          }
          for other in page.labels where other != label {
            if other.x < label.x + label.width && label.x < other.x + other.width && other.y < label.y + label.height && label.y < other.y + other.height {
              problems.append("\(at): overlaps '\(other.text)'")
            }
          }
        }
      }
    }
    #expect(checked > 100)
    // Known remainder (docs/flowchart-drawing.md): a label in a crowded last column or crossed by a
    // lane routed after it where no free place was left; 31 of 1,018 labels (3 %) today.
    #expect(problems.count * 22 <= checked, Comment(rawValue: "\(problems.count) of \(checked) labels:\n" + problems.joined(separator: "\n")))
    #expect(borders.count <= Self.knownBorderProblems, Comment(rawValue: "\(borders.count) of \(checked) labels:\n" + borders.joined(separator: "\n")))
  }

  /// Lanes (vertical runs that neither leave nor enter a symbol at its middle) keep the clearance
  /// from cell borders (or the middle of a narrow strip) and from each other over shared rows.
  @Test func lanesKeepAClearDistanceFromBordersAndEachOther() throws {
    var lanes = 0
    var problems: [String] = []
    for (name, table) in try Self.tables() {
      let width = Self.columnWidth(table)
      let strip = (1 - 0.56) / 2 * width
      let border = min(8.5, strip / 2) - 0.01
      let apart = min(8.5, 2 * border) * 0.98
      for (pageNumber, page) in table.layout.pages.enumerated() {
        var runs: [(arrow: Int, x: Double, top: Double, bottom: Double)] = []
        for (index, arrow) in page.arrows.enumerated() where arrow.points.count >= 4 {
          // The inner vertical segments of a route that turns at least twice are its lanes.
          for (a, b) in zip(arrow.points.dropFirst(), arrow.points.dropFirst(2)).dropLast() where abs(a.x - b.x) < 1e-9 && abs(a.y - b.y) > 1 {
            if page.symbols.contains(where: { abs($0.midX - a.x) < 1e-6 }) { continue }
            runs.append((index, a.x, min(a.y, b.y), max(a.y, b.y)))
          }
        }
        lanes += runs.count
        for run in runs {
          let distance = abs(run.x - run.x.rounded()) * width
          if distance < border { problems.append("\(name) page \(pageNumber + 1): lane at \(run.x) is \(distance) pt from a border") }
          for other in runs where other.arrow > run.arrow && other.top < run.bottom - 1 && run.top < other.bottom - 1 {
            let gap = abs(other.x - run.x) * width
            if gap > 0.01, gap < apart { problems.append("\(name) page \(pageNumber + 1): lanes \(gap) pt apart") }
          }
        }
      }
    }
    #expect(lanes > 100)
    #expect(problems.count * 50 <= lanes, Comment(rawValue: "\(problems.count) of \(lanes) lanes:\n" + problems.joined(separator: "\n")))
  }

  /// No connector stands above step 1; both ends of a page break's connector pair stand in one
  /// column; every exit to END (but a later capsule's own) runs into a "Selesai" capsule.
  @Test func connectorsPairInOneColumnAndExitsToEndAreDrawn() throws {
    var problems: [String] = []
    for (name, table) in try Self.tables() {
      let layout = table.layout, flowchart = table.flowchart
      if layout.pages.first?.rows.first == .incoming { problems.append("\(name): a connector row above step 1") }
      var columns: [String: Set<Int>] = [:]
      for page in layout.pages {
        for symbol in page.symbols {
          if case .offPage(let label) = symbol.kind { columns[label, default: []].insert(Int(symbol.midX.rounded(.down))) }
        }
      }
      for (label, set) in columns where set.count > 1 { problems.append("\(name): connectors '\(label)' in columns \(set.sorted())") }
      let ends = layout.pages.flatMap { page in page.symbols.filter { if case .end = $0.kind { return true } else { return false } } }.count
      let expected = flowchart.steps.indices.filter { index in
        flowchart.exits(of: index).contains { $0.target == .end } && !(flowchart.effectiveShape(of: index) == .terminator && index > 0)
      }.count
      if ends < expected { problems.append("\(name): \(expected) exits to END, \(ends) drawn") }
    }
    #expect(problems.count <= 2, Comment(rawValue: problems.joined(separator: "\n")))
  }
}
