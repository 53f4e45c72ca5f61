/// Reads typed values out of a parsed JSON tree and collects every problem with its place.
///
/// Each accessor takes the JSON path of the value, so a diagnostic can name the line and column
/// where the value (or the object that lacks it) starts. Problems are collected, not thrown, so a
/// file with five mistakes reports all five.
struct JSONDecodingContext {
  let file: String
  let map: JSONSourceMap
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, map: JSONSourceMap) {
    self.file = file
    self.map = map
  }

  func location(_ path: String) -> SourceLocation {
    let position = map.position(of: path)
    return SourceLocation(file: file, row: position?.line, column: position?.column, path: path)
  }

  mutating func report(_ code: DiagnosticCode, _ message: String, at path: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(code, message, at: location(path), hint: hint))
  }

  /// The members of the object at `path`, after checking that only `keys` occur and that every
  /// key in `required` is present. `nil` when the value is not an object.
  mutating func object(_ value: JSONValue?, _ path: String, keys: [String], required: [String]) -> [String: JSONValue]? {
    guard let value else { return nil }
    guard case .object(let members) = value else {
      wrongType(value, expected: "an object", path)
      return nil
    }
    var result: [String: JSONValue] = [:]
    var misspelt: Set<String> = []
    for member in members {
      if keys.contains(member.key) {
        result[member.key] = member.value
      } else {
        let meant = EditDistance.closest(to: member.key, in: keys)
        if let meant { misspelt.insert(meant) }
        let hint = meant.map { "did you mean '\($0)'?" } ?? "allowed here: " + keys.joined(separator: ", ")
        report(.jsonUnknownKey, "unknown key '\(member.key)'", at: JSONPath.member(path, member.key), hint: hint)
      }
    }
    // A misspelt key is reported once, as unknown, not again as missing.
    for key in required where result[key] == nil && !misspelt.contains(key) {
      report(.jsonMissingKey, "missing key '\(key)'", at: path, hint: "add \"\(key)\" to this object; see docs/json-format.md")
    }
    return result
  }

  mutating func wrongType(_ value: JSONValue, expected: String, _ path: String, hint: String? = nil) {
    report(.jsonWrongType, "expected \(expected) but found \(value.typeDescription)", at: path, hint: hint)
  }

  /// A string or null.
  mutating func optionalString(_ value: JSONValue?, _ path: String) -> String? {
    switch value {
    case nil, .null?: return nil
    case .string(let text)?: return text
    case let other?:
      wrongType(other, expected: "text in double quotes or null", path)
      return nil
    }
  }

  /// A string that must be there.
  mutating func string(_ value: JSONValue?, _ path: String) -> String? {
    switch value {
    case nil: return nil
    case .string(let text)?: return text
    case let other?:
      wrongType(other, expected: "text in double quotes", path)
      return nil
    }
  }

  /// A list of strings.
  mutating func stringList(_ value: JSONValue?, _ path: String) -> [String] {
    guard let value else { return [] }
    guard case .array(let elements) = value else {
      wrongType(value, expected: "a list of texts", path, hint: "write [] for an empty list")
      return []
    }
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      if let text = string(element, JSONPath.element(path, index)) { result.append(text) }
    }
    return result
  }

  /// A whole number of at least `minimum`.
  mutating func integer(_ value: JSONValue?, _ path: String, minimum: Int) -> Int? {
    guard let value else { return nil }
    guard case .number(let number) = value else {
      wrongType(value, expected: "a whole number", path)
      return nil
    }
    guard number == number.rounded(), abs(number) < 1e9 else {
      report(.jsonBadValue, "expected a whole number but found \(JSONWriter.formatNumber(number))", at: path)
      return nil
    }
    guard Int(number) >= minimum else {
      report(.jsonBadValue, "expected a number of at least \(minimum) but found \(Int(number))", at: path)
      return nil
    }
    return Int(number)
  }

  /// One of `choices`, as a string.
  mutating func choice(_ value: JSONValue?, _ path: String, _ choices: [String]) -> String? {
    guard let text = string(value, path) else { return nil }
    guard choices.contains(text) else {
      let hint = EditDistance.closest(to: text, in: choices).map { "did you mean '\($0)'?" }
      report(.jsonBadValue, "'\(text)' is not one of: " + choices.joined(separator: ", "), at: path, hint: hint)
      return nil
    }
    return text
  }

  /// A list whose elements are read by `element`.
  mutating func list<T>(_ value: JSONValue?, _ path: String, _ element: (inout JSONDecodingContext, JSONValue, String) -> T?) -> [T] {
    guard let value else { return [] }
    guard case .array(let elements) = value else {
      wrongType(value, expected: "a list", path)
      return []
    }
    var result: [T] = []
    for (index, item) in elements.enumerated() {
      if let decoded = element(&self, item, JSONPath.element(path, index)) { result.append(decoded) }
    }
    return result
  }
}
