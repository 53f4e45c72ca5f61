import Foundation

/// The language sopkit speaks to people in: Bahasa Indonesia for the office staff who use it, or
/// English. Codes, JSON keys and file formats are the same in both.
public enum Language: String, Sendable, CaseIterable {
  case id
  case en

  /// The language a name asks for: `id`, `in`, `ind`, `indonesia`, `id_ID.UTF-8` give Indonesian;
  /// `en`, `english`, `en_US` English; nil for anything else.
  public static func named(_ name: String) -> Language? {
    let lowered = name.lowercased()
    let base = lowered.prefix { $0.isLetter }
    switch base {
    case "id", "in", "ind", "indonesia", "indonesian", "bahasa": return .id
    case "en", "eng", "english", "inggris": return .en
    default: return nil
    }
  }

  /// The language of the environment, as the C library chooses a message language: the first
  /// non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`; `id_*` gives Indonesian, anything else English.
  public static func from(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      return named(value) == .id ? .id : .en
    }
    return .en
  }

  /// The language an HTTP `Accept-Language` header prefers between the two, or nil when it names
  /// neither (then the server's default holds). Weights (`;q=`) are honoured.
  public static func preferred(byAcceptLanguage header: String) -> Language? {
    var best: (language: Language, weight: Double)?
    for part in header.split(separator: ",") {
      let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let tag = fields.first, let language = named(tag) else { continue }
      let weight = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
      if weight > (best?.weight ?? 0) { best = (language, weight) }
    }
    return best?.language
  }
}

extension Severity {
  /// The severity as a word: "error" / "kesalahan", "warning" / "peringatan", "note" / "catatan".
  public func word(in language: Language) -> String {
    guard language == .id else { return rawValue }
    switch self {
    case .error: return "kesalahan"
    case .warning: return "peringatan"
    case .note: return "catatan"
    }
  }
}

extension Diagnostic {
  /// What is wrong, in `language`. In Indonesian: the catalogue's message for the code, its
  /// template filled with this diagnostic's ``arguments`` when it has one, else followed by the
  /// quoted values of the English message (the names and cell texts it is about).
  public func message(in language: Language) -> String {
    guard language == .id else { return message }
    if let template = code.indonesianTemplate, let filled = Self.fill(template, arguments) { return filled }
    let values = Self.quotedValues(message)
    return code.indonesianMessage + (values.isEmpty ? "" : " (" + values.joined(separator: ", ") + ")")
  }

  /// What to do, in `language`.
  public func hint(in language: Language) -> String? {
    guard language == .id else { return hint }
    if let template = code.indonesianHintTemplate, let filled = Self.fill(template, arguments) { return filled }
    return code.indonesianHint
  }

  /// `template` with every `{name}` replaced by its argument, or nil when one is missing.
  static func fill(_ template: String, _ arguments: [String: String]) -> String? {
    var result = "", rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      guard let value = arguments[String(rest[rest.index(after: open)..<close])] else { return nil }
      result += rest[..<open] + value
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The values an English message quotes ('Operator Simkah', 'satu'), in order, each once.
  static func quotedValues(_ message: String) -> [String] {
    var values: [String] = []
    var rest = Substring(message)
    while let open = rest.firstIndex(of: "'") {
      // An apostrophe inside a word (don't) opens no quote.
      if open > rest.startIndex, rest[rest.index(before: open)].isLetter { rest = rest[rest.index(after: open)...]; continue }
      let after = rest.index(after: open)
      guard let close = rest[after...].firstIndex(where: { $0 == "'" }) else { break }
      let value = String(rest[after..<close])
      if !value.isEmpty, value.count <= 80, !values.contains("'" + value + "'") { values.append("'" + value + "'") }
      rest = rest[rest.index(after: close)...]
    }
    return values
  }
}
