import ArgumentParser
import Foundation
import SOPFormats
import SOPModel

/// `sopkit check`: read SOP files and report every problem with its location and code.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check SOP files against the SOP-AP rules.",
    discussion: """
      Every problem is reported with its place in the file (line:column, and the path in the SOP \
      model) and a stable code; docs/diagnostics.md explains each code. Errors make the exit code \
      65; warnings and notes do not, unless --fail-if-warnings is given. One bad file never stops \
      the others from being checked.

      \(ExitStatus.helpTable)
      """)

  enum OutputStyle: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The files to check; - for standard input.")
  var files: [String]

  @Option(name: [.short, .customLong("from")], help: "Input format of all files (\(Format.readableNames)). Default: from each extension.")
  var from: String?

  @Option(help: "text: compiler-style lines on standard error; json: a report on standard output.")
  var format: OutputStyle = .text

  @Option(help: ArgumentHelp("CSV table layout: a second CSV with one identity row per SOP key.", valueName: "file"))
  var identity: String?

  @Flag(help: "Exit with 3 when there are warnings.")
  var failIfWarnings = false

  @Option(help: ArgumentHelp("The largest input read, in megabytes (default: 32 for CSV and JSON, 256 for Word and Excel files).", valueName: "MB"))
  var maxInputMb: Int?

  @Flag(name: [.short, .long], help: "Print errors only.")
  var quiet = false

  @Flag(help: "Print notes too (check prints them unless --quiet; accepted as in convert).")
  var verbose = false

  @OptionGroup var languageOption: LanguageOption

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one file to check") }
    if let maxInputMb, maxInputMb < 1 { throw ValidationError("--max-input-mb must be at least 1 (megabytes)") }
  }

  func run() throws {
    let printer = DiagnosticPrinter(showNotes: true, quiet: quiet || format == .json, language: languageOption.language)
    let text = CLIText(language: languageOption.language)
    var worst = ExitStatus.success
    var reports: [JSONValue] = []
    var counts: [String: Int] = [:]
    for file in files {
      let (status, diagnostics) = checkOne(file)
      worst = worst.worse(status)
      let label = statusLabel(status, diagnostics)
      counts[label, default: 0] += 1
      if format == .json {
        reports.append(.object([("file", .string(file)), ("status", .string(label)), ("diagnostics", .array(diagnostics.map(\.jsonValue)))]))
      } else {
        printer.print(diagnostics)
        printer.say("\(file): \(summary(diagnostics, status, text))")
      }
    }
    if format == .json {
      let labels = ["ok", "warnings", "errors", "unreadable", "unsupported"]
      let summary = JSONValue.object([("files", .integer(files.count))] + labels.map { ($0, JSONValue.integer(counts[$0] ?? 0)) })
      DiagnosticPrinter.writeOutput(Array(JSONWriter.write(.object([("files", .array(reports)), ("summary", summary)])).utf8))
    } else if files.count > 1 {
      let parts = ["ok", "warnings", "errors", "unreadable", "unsupported"].compactMap { label in
        counts[label].map { "\($0) \(text.checkLabel(label))" }
      }
      printer.say(text.checked(files.count, parts))
    }
    if worst != .success { throw worst.exitCode }
  }

  private func checkOne(_ file: String) -> (ExitStatus, [Diagnostic]) {
    do {
      let inputFormat = try Converter.inputFormat(for: file, given: try FormatOption.parse(from))
      var options = try CSVOptions.converterOptions(identity: identity, layout: "auto", separator: "comma")
      options.maximumInputMegabytes = maxInputMb
      let checked = try Converter.check(path: file, format: inputFormat, options: options)
      return (ExitStatus(diagnostics: checked.diagnostics, failIfWarnings: failIfWarnings), checked.diagnostics)
    } catch {
      return (ExitStatus(error.kind), error.diagnostics)
    }
  }

  private func statusLabel(_ status: ExitStatus, _ diagnostics: [Diagnostic]) -> String {
    switch status {
    case .success, .warningsFailed: return diagnostics.hasWarnings ? "warnings" : "ok"
    case .invalidInput: return "errors"
    case .unsupportedFormat, .usage: return "unsupported"
    default: return "unreadable"
    }
  }

  private func summary(_ diagnostics: [Diagnostic], _ status: ExitStatus, _ text: CLIText) -> String {
    if status == .unreadableInput || status == .unsupportedFormat || status == .usage { return text.notChecked() }
    return text.counts(
      errors: diagnostics.filter { $0.severity == .error }.count, warnings: diagnostics.filter { $0.severity == .warning }.count,
      notes: diagnostics.filter { $0.severity == .note }.count)
  }
}
