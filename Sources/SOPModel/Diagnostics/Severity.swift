/// How bad a diagnostic is. Errors stop a conversion; warnings and notes never change the exit
/// code unless `--fail-if-warnings` is given.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
