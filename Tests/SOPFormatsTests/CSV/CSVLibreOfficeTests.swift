import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// CSV written by LibreOffice itself (tools/libreoffice-csv.sh): the samples opened as a
/// spreadsheet and saved with semicolons, tabs, UTF-16 and Windows-1252. Each must read back to the
/// same SOPs as the sample it came from.
@Suite struct CSVLibreOfficeTests {
  static let files = CSVGoldenTests.inputs("csv/libreoffice")

  @Test func everyVariantIsThere() {
    let names = Set(Self.files.map { $0.lastPathComponent.split(separator: ".").dropFirst().first.map(String.init) ?? "" })
    #expect(names == ["semicolon", "tab", "utf16", "cp1252"], "run tools/libreoffice-csv.sh")
    #expect(Self.files.count >= 15)
  }

  @Test(arguments: files)
  func readsBackToTheSameSOPs(_ url: URL) throws {
    let sample = String(url.lastPathComponent.split(separator: ".")[0])
    let expected = try String(contentsOf: TestData.root.appendingPathComponent("csv/\(sample).json"), encoding: .utf8)
    let checked = try CSVGoldenTests.check(url)
    #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.map(\.description))")
    #expect(checked.file.map(SOPJSON.encode) == expected)
    let bytes = [UInt8](try Data(contentsOf: url))
    if url.lastPathComponent.contains(".cp1252."), bytes.contains(where: { $0 >= 0x80 }) {
      #expect(checked.diagnostics.contains { $0.code == .csvEncodingFallback }, "Windows-1252 is reported")
    }
  }
}
