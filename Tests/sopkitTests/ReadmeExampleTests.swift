import Foundation
import SOPTestSupport
import Testing

/// The example reports of the README and docs/diagnostics.md are what `sopkit check` prints, in English and in Indonesian, so
/// they cannot drift from the code again.
@Suite struct ReadmeExampleTests {
  /// The lines of the code block that follows `marker` in the README.
  static func block(after marker: String, in file: String) throws -> [String] {
    let readme = try String(contentsOf: TestData.packageRoot().appendingPathComponent(file), encoding: .utf8)
    let start = try #require(readme.range(of: marker), "README has no '\(marker)'")
    let fence = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "\n```", range: fence.upperBound..<readme.endIndex))
    return readme[fence.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
  }

  @Test(arguments: [
    ("README.md", "Example of a report", "en"), ("README.md", "The same in Bahasa Indonesia", "id"),
    ("docs/diagnostics.md", "Text form, on standard error", "en"), ("docs/diagnostics.md", "In Bahasa Indonesia", "id"),
  ])
  func theExampleIsWhatCheckPrints(_ file: String, _ marker: String, _ language: String) throws {
    let executable = try #require(CLITranscript.executable, "build sopkit first")
    let lines = try Self.block(after: marker, in: file)
    #expect(lines.count >= 3)
    let result = try ProcessRunner.run(
      executable, ["check", "--lang", language, "testdata/invalid/kua-rusak.json"], in: TestData.packageRoot(), environment: ["NO_COLOR": "1"])
    #expect(result.standardError.contains(lines.joined(separator: "\n") + "\n"), "\(result.standardError)")
  }
}
