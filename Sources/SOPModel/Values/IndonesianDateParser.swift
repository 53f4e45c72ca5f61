/// Reads dates as Indonesian offices write them (sop-ap-format §3.3).
public enum IndonesianDateParser {
  /// The outcome of reading one date text.
  public struct Result: Hashable, Sendable {
    /// The day, when it could be read.
    public var day: SOPDate.Day?
    /// Why the text is doubtful (a misspelt month) or unreadable; `nil` when all is well.
    public var problem: Problem?
  }

  /// What was wrong with a date text.
  public enum Problem: Hashable, Sendable {
    /// A near-miss month name, read as `meant`.
    case monthTypo(found: String, meant: String)
    /// The parts are there but the day does not exist.
    case impossible(String)
    /// The text is not a date in any accepted form.
    case unreadable
  }

  /// Parses "9 November 2020", "09 Nop 2020", "Senin, 9 November 2020", "09-11-2020",
  /// "09/11/2020", "09.11.2020" and "2020-11-09". A misspelt month ("Novermber") is accepted and
  /// reported as ``Problem/monthTypo(found:meant:)``.
  /// - Returns: `nil` for an empty text or a lone "-" (the form's way of saying "none").
  public static func parse(_ text: String) -> Result? {
    var trimmed = Waktu.normalizeWhitespace(text)
    if trimmed.isEmpty || trimmed == "-" || trimmed == "–" { return nil }
    trimmed = dropWeekday(trimmed)
    if let day = SOPDate.Day(iso: trimmed) { return Result(day: day, problem: nil) }
    if let numeric = parseNumeric(trimmed) { return numeric }
    if let named = parseNamedMonth(trimmed) { return named }
    return Result(day: nil, problem: .unreadable)
  }

  private static let weekdays = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"]

  private static func dropWeekday(_ text: String) -> String {
    let lower = text.lowercased()
    for weekday in weekdays where lower.hasPrefix(weekday) {
      let rest = text.dropFirst(weekday.count).drop { $0 == "," || $0 == " " }
      if rest.count < text.count - weekday.count { return String(rest) }
    }
    return text
  }

  /// dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, and yyyy/mm/dd.
  private static func parseNumeric(_ text: String) -> Result? {
    guard let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
    let parts = text.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
    else { return nil }
    let (year, month, day) = parts[0].count == 4 ? (a, b, c) : (c, b, a)
    guard (parts[0].count == 4 && parts[2].count <= 2) || (parts[2].count == 4 && parts[0].count <= 2) else {
      return Result(day: nil, problem: .unreadable)
    }
    return make(year: year, month: month, day: day)
  }

  /// "9 November 2020", "9-Nov-2020", "9 Nov. 2020".
  private static func parseNamedMonth(_ text: String) -> Result? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
    guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
    let word = parts[1].lowercased().trimmingCharacters(in: ".,")
    guard word.allSatisfy(\.isLetter) || word.contains("'") else { return nil }
    if let month = monthNumber(exact: word) {
      return make(year: year, month: month, day: day)
    }
    if let (month, meant) = nearestMonth(word) {
      var result = make(year: year, month: month, day: day)
      if result.problem == nil { result.problem = .monthTypo(found: String(parts[1]), meant: meant) }
      return result
    }
    return Result(day: nil, problem: .unreadable)
  }

  private static func make(year: Int, month: Int, day: Int) -> Result {
    guard (1...12).contains(month) else {
      return Result(day: nil, problem: .impossible("there is no month \(month)"))
    }
    guard let parsed = SOPDate.Day(year: year, month: month, day: day) else {
      let name = IndonesianMonths.names[month - 1]
      let reason = year < 1 || year > 9999
        ? "the year \(year) is out of range"
        : "\(name) \(year) has \(SOPDate.Day.daysIn(month: month, year: year)) days, not \(day)"
      return Result(day: nil, problem: .impossible(reason))
    }
    return Result(day: parsed, problem: nil)
  }

  private static func monthNumber(exact word: String) -> Int? {
    if let index = IndonesianMonths.names.firstIndex(where: { $0.lowercased() == word }) { return index + 1 }
    return IndonesianMonths.alternatives[word]
  }

  /// The month whose full name is within two edits of `word` (one for short words).
  private static func nearestMonth(_ word: String) -> (Int, String)? {
    guard word.count >= 4 else { return nil }
    let allowed = word.count >= 6 ? 2 : 1
    var best: (distance: Int, month: Int)?
    for (offset, name) in IndonesianMonths.names.enumerated() {
      let distance = EditDistance.between(word, name.lowercased())
      if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (distance, offset + 1) }
    }
    guard let best else { return nil }
    return (best.month, IndonesianMonths.names[best.month - 1])
  }
}

extension String {
  func trimmingCharacters(in characters: String) -> String {
    let set = Set(characters)
    let start = firstIndex { !set.contains($0) } ?? endIndex
    let end = lastIndex { !set.contains($0) }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }
}
