import SOPFormats
import SOPModel

/// What checking one upload found: the diagnostics, an overall status and the flowchart preview.
struct CheckOutcome: Sendable {
  /// The overall result, worst first: unsupported, unreadable, errors, warnings, ok.
  enum Status: String, Sendable {
    case ok, warnings, errors, unreadable, unsupported
  }

  var fileName: String
  var format: Format?
  var status: Status
  var diagnostics: [Diagnostic]
  /// Nama SOP of each SOP read.
  var sopNames: [String]
  /// The flowchart pages as one SVG picture, when the file could be read.
  var previewSVG: String?

  /// The status of a check that read a file (or not).
  static func status(read: Bool, _ diagnostics: [Diagnostic]) -> Status {
    if !read { return .unreadable }
    if diagnostics.hasErrors { return .errors }
    return diagnostics.hasWarnings ? .warnings : .ok
  }

  var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
