/// Estimates how wide text is in Arial (Liberation Sans has the same widths), to break cell text
/// into lines the way a spreadsheet would.
///
/// Widths are the font's advance widths in thousandths of the font size for printable ASCII; any
/// other character counts as a digit's width. Bold text is taken as 7 % wider.
enum SVGTextWidth {
  /// Advance widths of the characters from space (32) to tilde (126).
  private static let ascii: [Int] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
  ]

  /// The width of `text` in points at `size`.
  static func width(_ text: Substring, size: Double, bold: Bool) -> Double {
    var thousandths = 0
    for scalar in text.unicodeScalars {
      let value = Int(scalar.value)
      thousandths += (32...126).contains(value) ? ascii[value - 32] : 556
    }
    return Double(thousandths) / 1000 * size * (bold ? 1.07 : 1)
  }

  /// `text` broken into lines no wider than `width` points: at its line breaks, between words,
  /// after a slash ("Analis/" "Pelaksana"), and inside a word wider than a line. Stops after
  /// `maximumLines` lines (a cell shows no more), so a pasted document costs only what is shown.
  static func wrap(_ text: String, width: Double, size: Double, bold: Bool, maximumLines: Int = .max) -> [String] {
    let fits = { (line: Substring) in Self.width(line, size: size, bold: bold) <= width }
    // No line holds more characters than the narrowest glyph (191 thousandths) allows, so only
    // that many lines' worth of the text is looked at.
    let perLine = Int(width / (0.191 * size)) + 2
    let shown = maximumLines >= Int.max / perLine ? Substring(text) : text.prefix(maximumLines * perLine)
    var lines: [String] = []
    for paragraph in shown.split(separator: "\n", omittingEmptySubsequences: false) {
      if lines.count >= maximumLines { return Array(lines.prefix(maximumLines)) }
      var line: Substring = ""
      for (word, separator) in pieces(paragraph) {
        if lines.count >= maximumLines { return Array(lines.prefix(maximumLines)) }
        let joined = line.isEmpty ? word : Substring(line + separator + word)
        if fits(joined) || line.isEmpty {
          line = joined
        } else {
          lines.append(String(line))
          line = word
        }
        // A word wider than the line is cut where it stops fitting.
        while !fits(line), line.count > 1 {
          var cut = line.startIndex
          while line.index(after: cut) < line.endIndex, fits(line[...line.index(after: cut)]) { cut = line.index(after: cut) }
          lines.append(String(line[...cut]))
          line = line[line.index(after: cut)...]
        }
      }
      lines.append(String(line))
    }
    return Array(lines.prefix(maximumLines))
  }

  /// The pieces a line may break between: words, and the parts of a word after each slash, each
  /// with what joins it to the piece before (a space, or nothing after a slash).
  private static func pieces(_ paragraph: Substring) -> [(Substring, String)] {
    paragraph.split(separator: " ").flatMap { word in
      var parts: [(Substring, String)] = []
      var start = word.startIndex
      for index in word.indices where word[index] == "/" && word.index(after: index) < word.endIndex {
        parts.append((word[start...index], parts.isEmpty ? " " : ""))
        start = word.index(after: index)
      }
      parts.append((word[start...], parts.isEmpty ? " " : ""))
      return parts
    }
  }

  /// The width of the widest piece of `text` that no line break can split, in points.
  static func widestWord(_ text: String, size: Double, bold: Bool) -> Double {
    text.split(separator: "\n").flatMap(pieces).map { width($0.0, size: size, bold: bold) }.max() ?? 0
  }
}
