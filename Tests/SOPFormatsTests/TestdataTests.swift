import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Every JSON file under testdata/: read, written back byte for byte, and checked.
@Suite struct TestdataTests {
  static let validModels = TestData.files(in: "model", withExtension: "json")
  static let brokenModels = TestData.files(in: "invalid", withExtension: "json")

  @Test func theSamplesAreThere() {
    #expect(Self.validModels.count >= 6, "testdata/model/ should hold at least six SOPs")
    #expect(Self.brokenModels.count >= 1, "testdata/invalid/ should hold broken copies")
  }

  @Test(arguments: validModels)
  func readingThenWritingReproducesTheFileByteForByte(_ url: URL) throws {
    let bytes = [UInt8](try Data(contentsOf: url))
    let result = JSONReader.read(bytes, source: url.lastPathComponent)
    let file = try #require(result.file, "\(url.lastPathComponent): \(result.diagnostics)")
    let written = SOPJSONWriter.write(file)
    #expect(String(decoding: written, as: UTF8.self) == String(decoding: bytes, as: UTF8.self), "\(TestData.relativePath(url)) is not in canonical form; run: sopkit convert \(TestData.relativePath(url)) -o - | diff \(TestData.relativePath(url)) -")
  }

  @Test(arguments: validModels)
  func sampleSOPsHaveNoErrors(_ url: URL) throws {
    let checked = try Converter.check(path: url.path, format: .json)
    let errors = checked.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    #expect(checked.file?.sops.first?.flowcharts.first?.steps.isEmpty == false)
  }

  /// testdata/invalid/<case>.json beside <case>.diagnostics.txt: the exact diagnostics, in order.
  @Test(arguments: brokenModels)
  func brokenCopiesReportEachProblemOnce(_ url: URL) throws {
    let relative = TestData.relativePath(url)
    let checked = Converter.check(bytes: [UInt8](try Data(contentsOf: url)), format: .json, source: relative)
    let actual = checked.diagnostics.map { $0.description + "\n" }.joined()
    let expectedURL = url.deletingPathExtension().appendingPathExtension("diagnostics.txt")
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    #expect(actual == expected)
    #expect(checked.diagnostics.hasErrors)
  }
}
