import ArgumentParser
import SOPModel

/// The exit codes of sopkit, sysexits-style, and the one place that chooses them.
enum ExitStatus: Int32, CaseIterable {
  case success = 0
  case warningsFailed = 3
  case usage = 64
  case invalidInput = 65
  case unreadableInput = 66
  case unsupportedFormat = 69
  case internalFailure = 70
  case output = 73

  /// The table printed in `--help`.
  static let helpTable = """
    Exit codes:
      0   success (warnings allowed)
      3   warnings were reported and --fail-if-warnings was given
      64  usage error: bad option, unknown format, binary output to a terminal
      65  an SOP has errors: a draft with a review list (convert writes its
          JSON and fill-in template; documents for signing only with --draft)
      66  input missing or unreadable: no SOP could be read
      69  a known format this build cannot read or write yet
      70  internal error in sopkit (please report it)
      73  the output cannot be created, or exists and --force was not given
    """

  init(_ kind: ConversionError.Kind) {
    switch kind {
    case .usage: self = .usage
    case .invalidInput: self = .invalidInput
    case .unreadableInput: self = .unreadableInput
    case .unsupportedFormat: self = .unsupportedFormat
    case .output: self = .output
    case .internalFailure: self = .internalFailure
    }
  }

  /// The status for a set of diagnostics that did not stop the run.
  init(diagnostics: [Diagnostic], failIfWarnings: Bool) {
    // A package that is not a package at all (a PDF named .xlsx) could not be read: 66, not 65.
    if diagnostics.contains(where: { $0.severity == .error && $0.code.meansUnreadableInput }) {
      self = .unreadableInput
    } else if diagnostics.hasErrors {
      self = .invalidInput
    } else if failIfWarnings && diagnostics.hasWarnings {
      self = .warningsFailed
    } else {
      self = .success
    }
  }

  /// How bad the status is, for choosing the worst over a batch.
  private var rank: Int {
    switch self {
    case .success: return 0
    case .warningsFailed: return 1
    case .invalidInput: return 2
    case .unsupportedFormat: return 3
    case .unreadableInput: return 4
    case .usage: return 5
    case .output: return 6
    case .internalFailure: return 7
    }
  }

  /// The worse of two statuses.
  func worse(_ other: ExitStatus) -> ExitStatus {
    other.rank > rank ? other : self
  }

  /// Ends the command with this status.
  var exitCode: ExitCode { ExitCode(rawValue) }
}
