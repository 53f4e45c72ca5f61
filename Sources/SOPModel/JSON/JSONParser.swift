/// A syntax error in a JSON text.
public struct JSONSyntaxError: Error, Sendable, Hashable {
  /// `json.syntax`, `json.too-deep` or `json.duplicate-key`.
  public var code: DiagnosticCode
  public var message: String
  public var position: JSONPosition
  public var hint: String?
}

/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// Written for the canonical SOP form: objects keep their key order, duplicate keys are an
/// error (a second value would silently win elsewhere), nesting is limited so that a hostile file
/// cannot exhaust the stack, and every error names a line and column.
public struct JSONParser {
  /// Deeper nesting than this is refused; the SOP form needs six levels.
  public static let maximumDepth = 64

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var map = JSONSourceMap()
  // Column bookkeeping: positions are asked for in increasing order, so each line is counted once.
  private var countedIndex = 0
  private var countedColumn = 1

  /// Parses `bytes` (UTF-8, with or without a byte-order mark).
  /// - Returns: the value and the position of every value in it.
  /// - Throws: ``JSONSyntaxError`` at the first syntax error.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (JSONValue, JSONSourceMap) {
    var parser = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.index = 3
      parser.lineStart = 3
    }
    parser.skipWhitespace()
    parser.map.record(JSONPath.root, parser.position)
    let value = try parser.parseValue(path: JSONPath.root, depth: 0)
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error("unexpected text after the end of the JSON value", hint: "a file holds one JSON object; remove what follows its closing '}'")
    }
    return (value, parser.map)
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  // MARK: Positions and errors

  private var position: JSONPosition {
    mutating get {
      if countedIndex < lineStart || countedIndex > index {
        countedIndex = lineStart
        countedColumn = 1
      }
      while countedIndex < index {
        if bytes[countedIndex] & 0xC0 != 0x80 { countedColumn += 1 }
        countedIndex += 1
      }
      return JSONPosition(line: line, column: countedColumn)
    }
  }

  private mutating func error(_ message: String, code: DiagnosticCode = .jsonSyntax, hint: String? = nil) -> JSONSyntaxError {
    JSONSyntaxError(code: code, message: message, position: position, hint: hint)
  }

  private var found: String {
    guard index < bytes.count else { return "the end of the file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    let hex = String(byte, radix: 16, uppercase: true)
    return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
  }

  // MARK: Grammar

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue(path: String, depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error("expected a value but found the end of the file") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(path: path, depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(path: path, depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default:
      throw error("expected a value (text in double quotes, a number, true, false, null, a list or an object) but found \(found)")
    }
  }

  private mutating func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
    if depth > Self.maximumDepth {
      throw error("the JSON is nested more than \(Self.maximumDepth) levels deep", code: .jsonTooDeep)
    }
  }

  private mutating func parseObject(path: String, depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try checkDepth(depth)
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    var seen: Set<String> = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a key in double quotes but found \(found)", hint: "JSON allows no trailing comma after the last member")
      }
      let keyPosition = position
      let key = try parseString()
      if seen.contains(key) {
        throw JSONSyntaxError(code: .jsonDuplicateKey, message: "key '\(key)' appears twice in the same object", position: keyPosition, hint: "keep one of the two")
      }
      seen.insert(key)
      let memberPath = JSONPath.member(path, key)
      map.record(memberPath, keyPosition)
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after key '\(key)' but found \(found)")
      }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue(path: memberPath, depth: depth)))
      skipWhitespace()
      guard index < bytes.count else { throw error("the object is not closed: expected '}' but found the end of the file") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      throw error("expected ',' or '}' after the value of '\(key)' but found \(found)")
    }
  }

  private mutating func parseArray(path: String, depth: Int) throws(JSONSyntaxError) -> JSONValue {
    try checkDepth(depth)
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      let elementPath = JSONPath.element(path, elements.count)
      map.record(elementPath, position)
      elements.append(try parseValue(path: elementPath, depth: depth))
      skipWhitespace()
      guard index < bytes.count else { throw error("the list is not closed: expected ']' but found the end of the file") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      throw error("expected ',' or ']' after a list item but found \(found)")
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
      throw error("expected a value but found \(found)", hint: "text values must be in double quotes")
    }
    index += expected.count
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits(_ parser: inout JSONParser) -> Int {
      let from = parser.index
      while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
        parser.index += 1
      }
      return parser.index - from
    }
    let integerStart = index
    let integerDigits = digits(&self)
    if integerDigits == 0 { throw error("expected a digit but found \(found)") }
    if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
      index = integerStart
      throw error("a number may not start with 0", hint: "write step numbers as 1, 2, …; write numbers like \"01\" as text in double quotes")
    }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits(&self) == 0 { throw error("expected a digit after the decimal point but found \(found)", hint: "JSON uses a decimal point, not a comma") }
    }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
      if digits(&self) == 0 { throw error("expected a digit in the exponent but found \(found)") }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      index = start
      throw error("the number \(text) is too large")
    }
    return value
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1  // opening quote
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flushRun(_ parser: inout JSONParser, into scalars: inout String.UnicodeScalarView) throws(JSONSyntaxError) {
      guard runStart < parser.index else { return }
      let run = parser.bytes[runStart..<parser.index]
      guard let text = String(validating: run, as: UTF8.self) else {
        throw parser.error("the text is not valid UTF-8", hint: "save the file as UTF-8")
      }
      scalars.append(contentsOf: text.unicodeScalars)
    }
    while true {
      guard index < bytes.count else {
        throw error("the text is not closed: expected '\"' but found the end of the file")
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        try flushRun(&self, into: &scalars)
        index += 1
        return String(scalars)
      }
      if byte < 0x20 {
        throw error("a line break or control character inside text must be written as an escape such as \\n")
      }
      if byte == UInt8(ascii: "\\") {
        try flushRun(&self, into: &scalars)
        index += 1
        scalars.append(try parseEscape())
        runStart = index
        continue
      }
      index += 1
    }
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard index < bytes.count else { throw error("the text ends inside an escape") }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try parseHex4()
      if (0xD800...0xDBFF).contains(high) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
          throw error("an unpaired surrogate escape \\u\(String(high, radix: 16))")
        }
        index += 2
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else { throw error("an unpaired surrogate escape \\u\(String(high, radix: 16))") }
        let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        if let scalar = Unicode.Scalar(value) { return scalar }
      } else if let scalar = Unicode.Scalar(high) {
        return scalar
      }
      throw error("an unpaired surrogate escape \\u\(String(high, radix: 16))")
    default:
      index -= 1
      throw error("unknown escape '\\\(Character(Unicode.Scalar(byte)))'", hint: "write a backslash as \\\\")
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("expected four hex digits after \\u but found \(found)")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }
}
