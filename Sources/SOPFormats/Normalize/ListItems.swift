import Foundation

/// Splits list cells ("1. UU …\n2. PP …") into items and strips numbering and bullets.
enum ListItems {
  /// The items of one cell. Lines that start with a number ("1.", "2)", "a.") or a bullet start an
  /// item; other lines continue the item before them. Without any numbered line, each line is an
  /// item. A lone "-" is an empty list. A sub-heading ends with a colon: one written so, or a short
  /// first line over indented lines, which gets one.
  static func split(_ cell: String) -> [String] {
    let raw = cell.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
    var lines = raw.map { $0.trimmingCharacters(in: .whitespaces) }
    // A short first line over indented ones is the sub-heading of what follows ("Perlengkapan"
    // over "   Perangkat deteksi dini, …"): kept as a sub-heading, with its colon.
    if raw.count > 1, !lines[0].hasSuffix(":"), !stripMarker(lines[0]).hadMarker, lines[0].split(separator: " ").count <= 2,
      lines[0].count <= 24, !lines[0].contains(where: \.isNumber),
      raw.dropFirst().allSatisfy({ indent($0) > indent(raw[0]) })
    {
      lines[0] += ":"
    }
    guard !(lines.count == 1 && isDash(lines[0])) else { return [] }
    let marked = lines.map { stripMarker($0) }
    guard marked.contains(where: { $0.hadMarker }) else { return lines }
    var items: [String] = []
    for line in marked {
      // A sub-heading ("Peralatan :") is an item of its own, and so is the line after it.
      if line.hadMarker || items.isEmpty || isSubheading(line.text) || isSubheading(items[items.count - 1]) {
        items.append(line.text)
      } else {
        items[items.count - 1] += "\n" + line.text
      }
    }
    return items.filter { !$0.isEmpty }
  }

  /// Numbering for items written one per row or cell: "1." and bullets are dropped.
  static func item(_ cell: String) -> String? {
    let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty || isDash(text) { return nil }
    return stripMarker(text).text
  }

  /// The numbered form sopkit writes into one cell: "1. first\n2. second".
  static func join(_ items: [String]) -> String {
    numbered(items).joined(separator: "\n")
  }

  /// The items as sopkit writes them: numbered 1., 2., …; a sub-heading ("Peralatan :",
  /// "Perlengkapan:") is written as it is and the numbering starts again under it.
  static func numbered(_ items: [String]) -> [String] {
    var number = 0
    return items.map { item in
      if isSubheading(item) {
        number = 0
        return item
      }
      number += 1
      return "\(number). \(item)"
    }
  }

  /// Whether `item` is a sub-heading inside a list rather than an item: a short line of at most
  /// four words that ends with a colon ("Peralatan :", "Perlengkapan:").
  static func isSubheading(_ item: String) -> Bool {
    let text = item.trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.hasSuffix(":"), text.count <= 40, !text.contains("\n") else { return false }
    return text.split(separator: " ").filter { $0 != ":" }.count <= 4
  }

  /// How far a line is indented: its leading spaces, a tab counting four.
  private static func indent(_ line: Substring) -> Int {
    line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
  }

  static func isDash(_ text: String) -> Bool { text == "-" || text == "–" || text == "—" }

  /// Whether `line` starts with a list marker ("1.", "2)", "a.", a bullet).
  static func startsWithMarker(_ line: String) -> Bool {
    stripMarker(line.trimmingCharacters(in: .whitespaces)).hadMarker
  }

  private static func stripMarker(_ line: String) -> (text: String, hadMarker: Bool) {
    let characters = Array(line)
    var index = 0
    if let first = characters.first, "-•●▪*·–".contains(first), characters.count > 1, characters[1] == " " {
      return (String(characters[2...]).trimmingCharacters(in: .whitespaces), true)
    }
    while index < characters.count, index < 3, characters[index].isASCII, characters[index].isNumber { index += 1 }
    if index == 0, characters.count > 2, characters[0].isASCII, characters[0].isLowercase, characters[0].isLetter {
      index = 1  // "a." / "a)"
    }
    guard index > 0, index < characters.count, characters[index] == "." || characters[index] == ")" else {
      return (line, false)
    }
    let rest = characters[(index + 1)...]
    guard rest.first == " " || rest.first == "\t" else { return (line, false) }
    return (String(rest).trimmingCharacters(in: .whitespaces), true)
  }
}
