/// Writes records as RFC 4180 CSV: fields quoted when they hold the delimiter, a quote, a line
/// break or surrounding spaces; CRLF between records; a UTF-8 byte-order mark so that Excel opens
/// the file as UTF-8.
struct CSVEncoder {
  let delimiter: Character
  private var text = "\u{FEFF}"

  init(delimiter: Character) { self.delimiter = delimiter }

  mutating func append(_ fields: [String]) {
    var trimmed = fields
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
