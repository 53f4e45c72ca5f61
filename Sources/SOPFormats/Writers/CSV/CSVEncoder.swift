/// Writes records as RFC 4180 CSV: fields quoted when they hold the delimiter, a quote, a line
/// break or surrounding spaces; CRLF between records; a UTF-8 byte-order mark so that Excel opens
/// the file as UTF-8.
struct CSVEncoder {
  let delimiter: Character
  /// Put "'" before a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR).
  let neutralizeFormulas: Bool
  private var text = "\u{FEFF}"

  init(delimiter: Character, neutralizeFormulas: Bool = true) {
    self.delimiter = delimiter
    self.neutralizeFormulas = neutralizeFormulas
  }

  /// The characters that make Excel, LibreOffice and Google Sheets read a CSV cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  mutating func append(_ fields: [String]) {
    var trimmed = fields.map { field in
      // "-" and "^" alone are sopkit's own markers (none, merged), never formulas.
      guard neutralizeFormulas, field != "-", field != "^", let first = field.first, Self.formulaStarts.contains(first) else { return field }
      return "'" + field
    }
    while let last = trimmed.last, last.isEmpty { trimmed.removeLast() }
    text += trimmed.map(quote).joined(separator: String(delimiter)) + "\r\n"
  }

  mutating func appendBlank() { text += "\r\n" }

  var bytes: [UInt8] { Array(text.utf8) }

  private func quote(_ field: String) -> String {
    let needsQuotes = field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    // Line breaks inside a field are written as CRLF, as Excel writes them.
    let body = field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    return "\"" + body + "\""
  }
}
