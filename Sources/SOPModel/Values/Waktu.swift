/// The duration of one step as written on the form, with its parsed value (sop-ap-format §6).
///
/// `raw` is always kept; writers print it. `value` and `unit` are `nil` when the text does not
/// follow the grammar ("sesuai jadwal"), which validation reports.
public struct Waktu: Hashable, Sendable {
  /// The text as written, e.g. "5 \nMenit".
  public var raw: String
  /// The amount (the upper bound for a range such as "1-2 hari").
  public var value: Double?
  /// The lower bound of a range such as "1-2 hari".
  public var from: Double?
  /// The unit, written or implied.
  public var unit: WaktuUnit?
  /// What a rate is per: "150 Siswa" in "1 Hari Kerja/ 150 Siswa".
  public var per: String?
  /// Whether the unit was not written and came from the SOP's other steps or the default.
  public var implied: Bool

  /// Creates a duration from its parts.
  public init(raw: String, value: Double?, from: Double? = nil, unit: WaktuUnit?, per: String? = nil, implied: Bool = false) {
    self.raw = raw
    self.value = value
    self.from = from
    self.unit = unit
    self.per = per
    self.implied = implied
  }

  /// A duration entered as structured data; `raw` is its printed form, "1,5 jam".
  public init(value: Double, unit: WaktuUnit) {
    self.init(raw: Waktu.format(value, unit), value: value, unit: unit)
  }

  /// Whether the text followed the grammar.
  public var isParsed: Bool { value != nil && unit != nil }

  /// `raw` with every run of white space made one space, as writers print it.
  public var display: String { Waktu.normalizeWhitespace(raw) }

  /// Prints an amount the Indonesian way, with a decimal comma: "1,5 jam", "2 hari kerja".
  public static func format(_ value: Double, _ unit: WaktuUnit) -> String {
    formatAmount(value) + " " + unit.label
  }

  /// "1,5", "10".
  public static func formatAmount(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)".replacingOccurrences(".", with: ",")
  }

  static func normalizeWhitespace(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }
}

extension String {
  func replacingOccurrences(_ target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
