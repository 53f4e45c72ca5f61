import Foundation
import SOPModel

/// Converts one input of a batch into every target, never throwing: every problem is in the result.
public enum BatchConverter {
  /// The outcome of one file.
  public struct Result: Sendable {
    public enum Status: String, Sendable {
      case converted, convertedWithWarnings = "converted-with-warnings", failed, skipped
    }
    public var input: String
    public var status: Status
    /// The code that best names why a failed file failed ("zip.not-a-package", "io.output-exists").
    public var reason: String?
    public var outputs: [String]
    public var diagnostics: [Diagnostic]

    /// What the end of a batch still needs once the file's report entry is written: its errors
    /// when it failed, why it was skipped; no outputs or notes, so that a batch of 10,000 files
    /// keeps little of each in memory.
    public var kept: Result {
      var kept = self
      kept.outputs = []
      switch status {
      case .failed: kept.diagnostics = diagnostics.filter { $0.severity == .error }
      case .skipped: kept.diagnostics = Array(diagnostics.prefix(1))
      case .converted, .convertedWithWarnings: kept.diagnostics = []
      }
      return kept
    }
  }

  public static func convert(_ item: BatchPlan.Item, options: Converter.Options, force: Bool) -> Result {
    var options = options
    options.csvIdentityPath = item.identity
    options.xlsx.assetFolder = (item.input as NSString).deletingLastPathComponent
    options.docx.assetFolder = options.xlsx.assetFolder
    guard let format = item.format, format.isReadable else {
      // From the format registry: what sopkit reads, so the reason is true for any file.
      let readable = Format.allCases.filter(\.isReadable).flatMap(\.extensions).joined(separator: ", ")
      let what = "not an SOP file sopkit reads (it reads \(readable))"
      let diagnostic = Diagnostic(.cliFormatUnsupported, what, at: SourceLocation(file: item.input))
      return Result(input: item.input, status: .skipped, reason: diagnostic.code.id, outputs: [], diagnostics: [diagnostic])
    }
    var diagnostics: [Diagnostic] = []
    do {
      let checked = try Converter.check(path: item.input, format: format, options: options)
      diagnostics = checked.diagnostics
      guard let file = checked.file, !checked.diagnostics.hasErrors else {
        let reason = checked.diagnostics.first { $0.severity == .error }?.code.id ?? "internal.failure"
        return Result(input: item.input, status: .failed, reason: reason, outputs: [], diagnostics: diagnostics)
      }
      var written: [String] = []
      for (target, path) in item.outputs {
        let bytes = try Converter.render(file, as: target, options: options)
        try OutputFile.write(bytes, to: path, force: force)
        written.append(path)
      }
      let warned = diagnostics.contains { $0.severity == .warning }
      return Result(input: item.input, status: warned ? .convertedWithWarnings : .converted, reason: nil, outputs: written, diagnostics: diagnostics)
    } catch {
      diagnostics += error.diagnostics
      return Result(input: item.input, status: .failed, reason: error.diagnostics.first?.code.id ?? "internal.failure", outputs: [], diagnostics: diagnostics)
    }
  }

  /// The JSON report: every file with its status, outputs and diagnostics, and the totals.
  /// (``BatchReport`` writes the same report file by file, for batches too large to hold.)
  public static func report(_ results: [Result], interrupted: Bool) -> String {
    JSONWriter.write(.object([("summary", summary(results, interrupted: interrupted)), ("files", .array(results.map(entry)))]))
  }

  /// One file's entry in the report.
  static func entry(_ result: Result) -> JSONValue {
    .object([
      ("input", .string(result.input)), ("status", .string(result.status.rawValue)), ("reason", .string(result.reason)),
      ("outputs", .array(result.outputs.map { .string($0) })),
      ("diagnostics", .array(result.diagnostics.map(\.jsonValue))),
    ])
  }

  /// The report's totals.
  static func summary(_ results: [Result], interrupted: Bool) -> JSONValue {
    var counts: [(key: String, value: JSONValue)] = [("files", .integer(results.count))]
    for status in [Result.Status.converted, .convertedWithWarnings, .failed, .skipped] {
      counts.append((status.rawValue, .integer(results.filter { $0.status == status }.count)))
    }
    counts.append(("interrupted", .bool(interrupted)))
    return .object(counts)
  }

  /// "converted 97, with warnings 2, failed 1 (zip.not-a-package 1)".
  public static func summary(_ results: [Result]) -> [String] {
    func count(_ status: Result.Status) -> Int { results.filter { $0.status == status }.count }
    var lines = [
      "converted               \(count(.converted))",
      "converted with warnings \(count(.convertedWithWarnings))",
      "failed                  \(count(.failed))",
    ]
    var reasons: [String: Int] = [:]
    for result in results where result.status == .failed { reasons[result.reason ?? "?", default: 0] += 1 }
    for (reason, n) in reasons.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
      lines.append("  \(reason): \(n)")
    }
    if count(.skipped) > 0 {
      lines.append("skipped                 \(count(.skipped))")
      for result in results where result.status == .skipped { lines.append("  \(result.input): \(result.diagnostics.first?.message ?? "")") }
    }
    return lines
  }
}
