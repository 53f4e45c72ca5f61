import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// A step done by several actors together is drawn by every writer (the same symbol in each
/// co-actor's column, joined by plain lines; docs/flowchart-drawing.md) and read back from the
/// drawing alone.
@Suite struct CoActorDrawingTests {
  /// The KUA marriage SOP with step 6 done by Operator SIMKAH with Kepala KUA (to its right) and the
  /// decision of step 8 by Penghulu with the applicant and the registrar (to its left).
  static func sample() throws -> SOPFile {
    let url = TestData.root.appendingPathComponent("model/kua-pendaftaran-nikah.json")
    var file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "kua.json").file)
    func set(_ nomor: Int, _ coActors: [String]) {
      let index = file.sops[0].flowcharts[0].steps.firstIndex { $0.nomor == nomor }!
      file.sops[0].flowcharts[0].steps[index].coActors = coActors
    }
    set(6, ["Kepala KUA"])
    set(8, ["Pemohon/Catin", "Petugas Pendaftaran"])
    return file
  }

  @Test func aWordDocumentWithoutItsDataPartGivesTheSameSteps() throws {
    let file = try Self.sample()
    #expect(SOPValidator.validate(file, locate: { SourceLocation(file: "kua.json", path: $0) }).filter { $0.severity == .error }.isEmpty)
    let stripped = try DOCXReaderTests.withoutDataPart(try DOCXWriter.write(file))
    let result = DOCXReader.read(stripped, source: "kua.docx")
    let back = try #require(result.file?.sops.first?.flowcharts.first)
    let original = file.sops[0].flowcharts[0]
    #expect(back.steps.map(\.pelaksana) == original.steps.map(\.pelaksana))
    #expect(back.steps.map(\.coActors) == original.steps.map(\.coActors))
    #expect(back.steps.indices.map(back.effectiveShape(of:)) == original.steps.indices.map(original.effectiveShape(of:)))
    for index in original.steps.indices {
      #expect(back.exits(of: index).map(\.target) == original.exits(of: index).map(\.target), "step \(original.steps[index].nomor)")
    }
  }

  /// Both CSV layouts keep them: a mark in each co-actor's column, or one name per line.
  @Test(arguments: [CSVWriter.Layout.form, .table])
  func aCSVKeepsTheCoActors(_ layout: CSVWriter.Layout) throws {
    let file = try Self.sample()
    let (back, diagnostics) = try CSVRoundTripTests.roundTrip(file, CSVWriter.Options(layout: layout, delimiter: ";"))
    #expect(!diagnostics.contains { $0.severity == .error })
    let steps = try #require(back?.sops.first?.flowcharts.first?.steps)
    #expect(steps.map(\.coActors) == file.sops[0].flowcharts[0].steps.map(\.coActors))
    #expect(steps.map(\.pelaksana) == file.sops[0].flowcharts[0].steps.map(\.pelaksana))
  }

  @Test func theLayoutDrawsOneSymbolPerActorJoinedWithoutArrowheads() throws {
    let flowchart = try Self.sample().sops[0].flowcharts[0]
    let layout = FlowLayout(flowchart, stepHeights: Array(repeating: 60, count: flowchart.steps.count), pageHeight: 10_000)
    let page = try #require(layout.pages.first)
    let stepCount = flowchart.steps.count
    #expect(page.symbols.count == stepCount + 3)
    let plain = page.arrows.filter { !$0.hasHead }
    #expect(plain.count == 3)
    #expect(plain.allSatisfy { $0.points.count == 2 && $0.points[0].y == $0.points[1].y })
    // Step 8's decision and its two copies sit on one row, in columns 0, 1 and 4.
    let diamonds = page.symbols.filter { $0.kind == .decision }.sorted { $0.x < $1.x }
    #expect(diamonds.count == 4)
    let row8 = diamonds.filter { $0.y == diamonds.last!.y }
    #expect(Set(row8.map { Int($0.x) }).count == row8.count)
  }

  @Test func theSVGPreviewDrawsTheJoiningLinesWithoutArrowheads() throws {
    let svg = String(decoding: SVGWriter.write(try Self.sample()), as: UTF8.self)
    let polylines = svg.components(separatedBy: "<polyline").dropFirst()
    #expect(polylines.filter { !$0.prefix(while: { $0 != ">" }).contains("marker-end") }.count == 3)
  }

  @Test(arguments: [("3 jam 50 menit", 230.0, WaktuUnit.menit), ("1 jam dan 15 menit", 75, .menit), ("2 hari 12 jam", nil, nil)])
  func aTotalWrittenInTwoUnitsIsCountedInTheSmaller(_ text: String, _ value: Double?, _ unit: WaktuUnit?) {
    let waktu = Waktu.parse(text)
    #expect(waktu?.value == value && waktu?.unit == unit)
  }
}
