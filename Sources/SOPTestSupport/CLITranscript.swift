import Foundation

/// CLI transcripts in pandoc's `test/command` style, kept in `testdata/cli/*.md`.
///
/// Each fenced code block is one case:
///
///     % sopkit check testdata/model/x.json      the command, run from the package root
///     {"format": …}                             standard input, when a ^D line follows
///     ^D
///     expected standard output lines
///     2> expected standard error lines
///     => 65                                     the exit status
///
/// `$TMP` stands for a fresh temporary folder, in arguments and in expected output. Variables may
/// come before `sopkit` (`% LANG=id_ID.UTF-8 sopkit check …`); otherwise a case runs with
/// `LANG=C.UTF-8` and no `LC_ALL`/`LC_MESSAGES`, so its language does not depend on the machine.
public struct CLITranscriptCase: Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var arguments: [String]
  public var input: String
  public var expectedOutput: String
  public var expectedError: String
  public var expectedStatus: Int32
  /// Variables set for this case (`LANG=id_ID.UTF-8`).
  public var environment: [String: String] = [:]

  public var description: String {
    "\(file):\(line): " + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value) " }.joined() + "sopkit " + arguments.joined(separator: " ")
  }
}

public enum CLITranscript {
  /// The cases of one transcript file.
  public static func parse(_ text: String, file: String) -> [CLITranscriptCase] {
    var cases: [CLITranscriptCase] = []
    var block: [String]?
    var blockLine = 0
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("```") {
        if let lines = block {
          if let parsed = parseBlock(lines, file: file, line: blockLine) { cases.append(parsed) }
          block = nil
        } else {
          block = []
          blockLine = number + 2
        }
      } else if block != nil {
        block?.append(String(line))
      }
    }
    return cases
  }

  private static func parseBlock(_ lines: [String], file: String, line: Int) -> CLITranscriptCase? {
    guard var command = lines.first, command.hasPrefix("% ") else { return nil }
    var environment: [String: String] = [:]
    // `% NAME=value sopkit …`
    while let match = command.wholeMatch(of: /% ([A-Z_]+)=(\S*) (.*)/) {
      environment[String(match.1)] = String(match.2)
      command = "% " + match.3
    }
    guard command.hasPrefix("% sopkit") else { return nil }
    var rest = Array(lines.dropFirst())
    var input = ""
    if let end = rest.firstIndex(of: "^D") {
      input = rest[..<end].map { $0 + "\n" }.joined()
      rest = Array(rest[(end + 1)...])
    }
    var output = ""
    var error = ""
    var status: Int32 = 0
    for text in rest {
      if text.hasPrefix("2> ") {
        error += text.dropFirst(3) + "\n"
      } else if text == "2>" {
        error += "\n"
      } else if text.hasPrefix("=> "), let value = Int32(text.dropFirst(3)) {
        status = value
      } else {
        output += text + "\n"
      }
    }
    return CLITranscriptCase(
      file: file, line: line, arguments: splitArguments(String(command.dropFirst("% sopkit".count))),
      input: input, expectedOutput: output, expectedError: error, expectedStatus: status, environment: environment)
  }

  /// Splits on spaces, keeping "double quoted" words together.
  static func splitArguments(_ text: String) -> [String] {
    var arguments: [String] = []
    var current = ""
    var quoted = false
    var started = false
    for character in text {
      if character == "\"" {
        quoted.toggle()
        started = true
      } else if character == " " && !quoted {
        if started { arguments.append(current) }
        current = ""
        started = false
      } else {
        current.append(character)
        started = true
      }
    }
    if started { arguments.append(current) }
    return arguments
  }

  /// Runs one case with the sopkit binary at `executable` from the package root.
  /// - Returns: the actual output with the temporary folder written as `$TMP`.
  public static func run(_ testCase: CLITranscriptCase, executable: String) throws -> ProcessResult {
    let temporary = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let arguments = testCase.arguments.map { $0.replacingOccurrences(of: "$TMP", with: temporary.path) }
    let environment = ["NO_COLOR": "1", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""].merging(testCase.environment) { $1 }
    var result = try ProcessRunner.run(executable, arguments, in: TestData.packageRoot(), input: testCase.input, environment: environment)
    result.standardOutput = result.standardOutput.replacingOccurrences(of: temporary.path, with: "$TMP")
    result.standardError = result.standardError.replacingOccurrences(of: temporary.path, with: "$TMP")
    return result
  }

  /// The sopkit binary built next to the test bundle, or `SOPKIT_BIN`.
  public static var executable: String? {
    if let path = ProcessInfo.processInfo.environment["SOPKIT_BIN"] { return path }
    var candidates: [URL] = []
    if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("sopkit")) }
    candidates.append(TestData.packageRoot().appendingPathComponent(".build/debug/sopkit"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
  }
}
