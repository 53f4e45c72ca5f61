import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The blank CSV templates staff start from are understood as they are: every label and column is
/// recognised, and what is reported is only what is still to be filled in.
@Test(arguments: ["sop-form.csv", "sop-table.csv"])
func blankTemplatesAreRecognised(_ name: String) throws {
  let url = TestData.packageRoot().appendingPathComponent("Templates/csv/\(name)")
  let checked = Converter.check(bytes: [UInt8](try Data(contentsOf: url)), format: .csv, source: name)
  let structural = checked.diagnostics.filter { $0.code.id.hasPrefix("csv.") || ($0.code.id.hasPrefix("import.") && $0.code != .importShapeInferred) }
  #expect(structural.isEmpty, "\(structural.map(\.description))")
  let sop = try #require(checked.file?.sops.first)
  #expect(sop.flowcharts.first?.steps.map(\.nomor) == [1, 2, 3])
  #expect(checked.diagnostics.contains { $0.code == .modelMissingNamaSOP }, "a blank template asks for its name")
}
