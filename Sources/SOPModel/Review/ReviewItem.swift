/// One thing a person must check or fix before a draft SOP can be signed: a diagnostic found while
/// reading or checking the SOP, kept with the SOP so the canonical JSON (and the fill-in template
/// made from a draft) carries its own to-do list.
///
/// The Indonesian texts come from the diagnostic catalogue (``DiagnosticCode/indonesianMessage``);
/// the English message is the diagnostic's own, with its details.
public struct ReviewItem: Hashable, Sendable {
  /// The diagnostic code, such as `model.decision-missing-exit`.
  public var code: String
  /// `error` (must be fixed) or `warning` (should be checked).
  public var severity: Severity
  /// What is wrong, in Indonesian, for the staff who fix it.
  public var message: String
  /// What is wrong, in English, with the reader's details.
  public var messageEnglish: String
  /// What to do, in Indonesian, when the catalogue says.
  public var hint: String?
  /// Where it is in the source, in words a staff member can follow ("tabel ke-2, baris 7").
  public var place: String
  /// Where it is in the canonical model (`$.sops[0].flowcharts[0].steps[4].tidak`), if known.
  public var path: String?

  /// Creates an item.
  public init(
    code: String, severity: Severity, message: String, messageEnglish: String, hint: String? = nil,
    place: String, path: String? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.messageEnglish = messageEnglish
    self.hint = hint
    self.place = place
    self.path = path
  }
}
