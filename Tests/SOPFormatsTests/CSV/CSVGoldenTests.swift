import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// testdata/csv/<case>.csv beside <case>.json (the model read) and <case>.diagnostics.txt (every
/// diagnostic, rendered); testdata/csv/invalid/<case>.csv beside its diagnostics only. A
/// <case>.identity.csv next to a table-layout case is joined to it.
@Suite struct CSVGoldenTests {
  static func inputs(_ folder: String) -> [URL] {
    TestData.files(in: folder, withExtension: "csv").filter {
      $0.deletingLastPathComponent().lastPathComponent == (folder as NSString).lastPathComponent
        && !$0.lastPathComponent.hasSuffix(".identity.csv")
    }
  }

  static let samples = inputs("csv")
  static let broken = inputs("csv/invalid")

  static func check(_ url: URL) throws -> Converter.Checked {
    let identity = url.deletingPathExtension().appendingPathExtension("identity.csv")
    var options = CSVReader.Options()
    if FileManager.default.fileExists(atPath: identity.path) {
      options.identity = ([UInt8](try Data(contentsOf: identity)), TestData.relativePath(identity))
    }
    return Converter.check(bytes: [UInt8](try Data(contentsOf: url)), format: .csv, source: TestData.relativePath(url), csv: options)
  }

  static func golden(_ url: URL, _ suffix: String) -> URL {
    url.deletingPathExtension().appendingPathExtension(suffix)
  }

  @Test func thereAreSamplesOfBothLayouts() throws {
    #expect(Self.samples.count >= 5)
    #expect(Self.broken.count >= 4)
    let layouts = try Self.samples.map { try String(decoding: Data(contentsOf: $0), as: UTF8.self) }
    #expect(layouts.contains { $0.contains("Kode SOP") || $0.contains("ID SOP") }, "a table-layout sample")
  }

  @Test(arguments: samples)
  func sampleReadsToItsGoldenModel(_ url: URL) throws {
    let checked = try Self.check(url)
    #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.map(\.description))")
    let model = checked.file.map { SOPJSON.encode($0) }
    if let failure = Golden.check(model, against: Self.golden(url, "json")) { Issue.record("\(failure)") }
    let rendered = checked.diagnostics.isEmpty ? nil : checked.diagnostics.map { $0.description + "\n" }.joined()
    if let failure = Golden.check(rendered, against: Self.golden(url, "diagnostics.txt")) { Issue.record("\(failure)") }
  }

  @Test(arguments: broken)
  func brokenFileReportsEachProblemWithItsPlace(_ url: URL) throws {
    let checked = try Self.check(url)
    #expect(checked.diagnostics.hasErrors)
    #expect(checked.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.location?.row != nil }, "every error has a line")
    let rendered = checked.diagnostics.map { $0.description + "\n" }.joined()
    if let failure = Golden.check(rendered, against: Self.golden(url, "diagnostics.txt")) { Issue.record("\(failure)") }
  }

  /// csv → json → csv → json: the second reading gives the same model as the first.
  @Test(arguments: samples)
  func writingASampleBackAsCSVIsStable(_ url: URL) throws {
    let first = try #require(try Self.check(url).file)
    for layout in [CSVWriter.Layout.form, .table] where layout == .table || first.sops.count == 1 {
      let csv = try CSVWriter.write(first, options: .init(layout: layout))
      let again = CSVReader.read(csv, source: "again.csv")
      #expect(!again.diagnostics.hasErrors, "\(again.diagnostics)")
      #expect(again.file.map(SOPJSON.encode) == SOPJSON.encode(first), "\(layout) layout")
    }
  }
}
