/// One problem found in an input, with a stable code and a location.
///
/// The severity belongs to the code, so the same problem always reads the same wherever it is
/// raised. Library code never prints diagnostics: it returns them, and the command-line tool
/// renders them in one place.
public struct Diagnostic: Hashable, Sendable {
  /// The stable identifier, such as `model.unknown-actor`.
  public var code: DiagnosticCode
  /// What was found and what was expected, for a person.
  public var message: String
  /// Where the problem is; `nil` only for problems that concern no file (usage errors).
  public var location: SourceLocation?
  /// What to do about it, when that is not obvious from the message.
  public var hint: String?
  /// The values of this occurrence by name (`"step": "5"`), filled into the catalogue's
  /// Indonesian template for the code (``message(in:)``).
  public var arguments: [String: String]

  /// The severity of the code.
  public var severity: Severity { code.severity }

  /// Creates a diagnostic.
  public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation? = nil, hint: String? = nil, arguments: [String: String] = [:]) {
    self.code = code
    self.message = message
    self.location = location
    self.hint = hint
    self.arguments = arguments
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
  /// Whether any diagnostic is a warning.
  public var hasWarnings: Bool { contains { $0.severity == .warning } }
}

extension Diagnostic: CustomStringConvertible {
  /// The compiler-style line: `file:12:5: error: message [code]`.
  public var description: String {
    (location?.description ?? "sopkit") + ": " + severity.rawValue + ": " + message + " [" + code.id + "]"
  }
}
