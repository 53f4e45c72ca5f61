import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Everything the model holds is drawn, and the drawing alone reads back to the same flow
/// (issue 18, docs/flowchart-drawing.md): generated SOPs written to Word and to a workbook
/// without sopkit's data part give the same steps, actors, co-actors, symbols and exits (END
/// included) when read back.
@Suite struct FlowReadBackTests {
  /// How many generated SOPs each format reads back (the same seed and sizes as
  /// `sopkit-bench generate`).
  static let count = 100

  static func generated(_ count: Int = Self.count) -> [SOPFile] {
    var generator = SOPGenerator(seed: 2026, steps: 5...40, actors: 3...12)
    return (0..<count).map { _ in SOPFile(sops: [generator.sop()]) }
  }

  /// The differences between the flows of `original` and `back`, one line each.
  static func differences(_ original: SOPFile, _ back: SOPFile?) -> [String] {
    guard let back else { return ["not read"] }
    let a = original.sops.flatMap(\.flowcharts), b = back.sops.flatMap(\.flowcharts)
    guard a.count == b.count else { return ["\(a.count) flowcharts, read back \(b.count)"] }
    var lines: [String] = []
    for (chart, (x, y)) in zip(a, b).enumerated() {
      guard x.steps.count == y.steps.count else {
        lines.append("flowchart \(chart + 1): \(x.steps.count) steps, read back \(y.steps.count)")
        continue
      }
      for index in x.steps.indices {
        let s = x.steps[index], t = y.steps[index]
        let at = "flowchart \(chart + 1) step \(s.nomor)"
        if s.nomor != t.nomor { lines.append("\(at): number \(t.nomor)") }
        if s.pelaksana != t.pelaksana { lines.append("\(at): actor \(s.pelaksana ?? "-") → \(t.pelaksana ?? "-")") }
        if s.coActors != t.coActors { lines.append("\(at): co-actors \(s.coActors) → \(t.coActors)") }
        if x.effectiveShape(of: index) != y.effectiveShape(of: index) {
          lines.append("\(at): shape \(x.effectiveShape(of: index).name) → \(y.effectiveShape(of: index).name)")
        }
        let e = x.exits(of: index).map { "\($0.exit):\($0.target)" }, f = y.exits(of: index).map { "\($0.exit):\($0.target)" }
        if e != f { lines.append("\(at): exits \(e) → \(f)") }
      }
    }
    return lines
  }

  @Test func generatedSOPsReadBackFromWordWithoutTheDataPart() throws {
    var same = 0
    var report: [String] = []
    for (number, file) in Self.generated().enumerated() {
      let bytes = try DOCXWriter.write(file, options: .init(embedData: false))
      let back = DOCXReader.read(bytes, source: "gen.docx").file
      let lines = Self.differences(file, back)
      if lines.isEmpty { same += 1 } else { report.append("SOP \(number + 1): " + lines.prefix(4).joined(separator: "; ")) }
    }
    #expect(same == Self.count, Comment(rawValue: "\(same) of \(Self.count) read back the same flow\n" + report.joined(separator: "\n")))
  }

  @Test func generatedSOPsReadBackFromAWorkbookWithoutTheDataSheet() throws {
    var same = 0
    var report: [String] = []
    for (number, file) in Self.generated().enumerated() {
      var options = XLSXWriter.Options()
      options.embedData = false
      let bytes = try XLSXWriter.write(file, options: options)
      let back = XLSXReader.read(bytes, source: "gen.xlsx").file
      let lines = Self.differences(file, back)
      if lines.isEmpty { same += 1 } else { report.append("SOP \(number + 1): " + lines.prefix(4).joined(separator: "; ")) }
    }
    #expect(same == Self.count, Comment(rawValue: "\(same) of \(Self.count) read back the same flow\n" + report.joined(separator: "\n")))
  }
}
