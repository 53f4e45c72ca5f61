/// A failure that stops reading, converting or writing one file.
///
/// The kind decides the exit code of the command-line tool (see README, "Exit codes"); the
/// diagnostics say what went wrong and where.
public struct ConversionError: Error, Sendable {
  /// What sort of failure this is.
  public enum Kind: Sendable, Hashable {
    /// A bad option, an unknown format, binary output to a terminal (exit 64).
    case usage
    /// The input was read but its content has errors (exit 65).
    case invalidInput
    /// The input is missing or cannot be read at all (exit 66).
    case unreadableInput
    /// A known format that this build cannot read or write yet (exit 69).
    case unsupportedFormat
    /// The output cannot be created (exit 73).
    case output
    /// A bug in sopkit (exit 70).
    case internalFailure
  }

  /// What sort of failure this is.
  public var kind: Kind
  /// What went wrong, with locations.
  public var diagnostics: [Diagnostic]

  /// Creates an error from its diagnostics.
  public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
    self.kind = kind
    self.diagnostics = diagnostics
  }

  /// Creates an error with one diagnostic.
  public init(_ kind: Kind, _ diagnostic: Diagnostic) {
    self.init(kind, [diagnostic])
  }
}
