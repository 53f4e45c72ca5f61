import Foundation
import SOPTestSupport
import Testing

/// Runs every case of testdata/cli/*.md against the built sopkit binary.
@Suite struct CLITranscriptTests {
  static let cases: [CLITranscriptCase] = TestData.files(in: "cli", withExtension: "md").flatMap { url in
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return CLITranscript.parse(text, file: TestData.relativePath(url))
  }

  @Test func thereAreTranscripts() {
    #expect(Self.cases.count >= 10)
  }

  @Test(arguments: cases)
  func transcript(_ testCase: CLITranscriptCase) throws {
    let executable = try #require(CLITranscript.executable, "the sopkit binary was not found; run `swift build` first")
    let result = try CLITranscript.run(testCase, executable: executable)
    #expect(result.status == testCase.expectedStatus, "exit status")
    #expect(result.standardOutput == testCase.expectedOutput, "standard output")
    #expect(result.standardError == testCase.expectedError, "standard error")
  }
}
