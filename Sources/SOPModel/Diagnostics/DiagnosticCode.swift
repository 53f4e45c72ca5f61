/// A stable identifier for one kind of problem, such as `model.unknown-actor`, with its severity.
///
/// Codes are `<area>.<kebab-name>`. Once released a code is never renamed or reused. Every code
/// is listed in `docs/diagnostics.md`; a test keeps that table and ``DiagnosticCode/all`` in step.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
  /// The dotted identifier, e.g. `json.syntax`.
  public let id: String
  /// The severity every diagnostic with this code has.
  public let severity: Severity

  /// Declares a code. Only the catalogue in `DiagnosticCatalog.swift` should call this.
  public init(_ id: String, _ severity: Severity) {
    self.id = id
    self.severity = severity
  }

  public var description: String { id }

  /// Looks a code up by its identifier.
  public static func named(_ id: String) -> DiagnosticCode? {
    all.first { $0.id == id }
  }
}
