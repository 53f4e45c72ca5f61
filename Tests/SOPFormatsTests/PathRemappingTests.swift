import Testing

@testable import SOPFormats

/// Readers build each SOP as `$.sops[0]` and move paths when SOPs, sheets or tables are joined or
/// split; a wrong path points a diagnostic at the wrong place.
@Suite struct PathRemappingTests {
  @Test func aContinuedFlowchartsStepsFollowTheFirstSheets() {
    let join = { (path: String) in FlowchartIndex.joining(path, 2, stepOffset: 5, offset: 3) }
    #expect(join("$.sops[0].flowcharts[0].steps[2].tidak") == "$.sops[0].flowcharts[2].steps[7].tidak")
    #expect(join("$.sops[0].flowcharts[0].steps[12]") == "$.sops[0].flowcharts[2].steps[17]")
    #expect(join("$.sops[0].flowcharts[0].total_waktu") == "$.sops[0].flowcharts[2].total_waktu")
    #expect(join("$.sops[0].flowcharts[1].steps[0]") == "$.sops[0].flowcharts[3].steps[0]")
    #expect(join("$.sops[0].nama_sop") == "$.sops[0].nama_sop")
  }

  @Test func anotherSheetsFlowchartsAreNumberedAfterTheOnesBefore() {
    #expect(FlowchartIndex.joining("$.sops[0].flowcharts[1].steps[3].ya", nil, stepOffset: 0, offset: 2) == "$.sops[0].flowcharts[3].steps[3].ya")
  }

  @Test func sopIndexesShift() {
    #expect(SOPIndex.shift("$.sops[3].flowcharts[0]", by: 10) == "$.sops[13].flowcharts[0]")
    #expect(SOPIndex.index(of: "$.sops[42].nama_sop") == 42)
    #expect(SOPIndex.shift("$.other", by: 1) == "$.other")
  }
}
