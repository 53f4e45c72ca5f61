/// Estimates how text wraps in a cell, so row heights can be set explicitly: LibreOffice does not
/// grow a row for wrapped text by itself (platform-notes §8).
enum TextMetrics {
  /// Average width of a character of Arial 10, in pixels at 96 dpi, on the generous side.
  static let characterWidth = 5.8
  /// Line height of Arial 10, in points.
  static let lineHeight = 12.6

  /// Lines `text` takes in a cell `width` pixels wide.
  static func lines(_ text: String, width: Double, characterWidth: Double = characterWidth) -> Int {
    wrap(text, width: width, characterWidth: characterWidth).count
  }

  /// `text` broken into the lines it takes in a cell `width` pixels wide: at its line breaks, between
  /// words, and inside a word longer than a line.
  static func wrap(_ text: String, width: Double, characterWidth: Double = characterWidth) -> [String] {
    let perLine = max(1, Int((width - 8) / characterWidth))
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line: Substring = ""
      for word in paragraph.split(separator: " ") {
        if line.isEmpty {
          line = word
        } else if line.count + 1 + word.count <= perLine {
          line = Substring(line + " " + word)
        } else {
          lines.append(String(line))
          line = word
        }
        while line.count > perLine {
          lines.append(String(line.prefix(perLine)))
          line = line.dropFirst(perLine)
        }
      }
      lines.append(String(line))
    }
    return lines
  }

  /// The height in points of a row whose cells hold `cells` (text and cell width in pixels).
  static func rowHeight(_ cells: [(text: String, width: Double)], minimum: Double, characterWidth: Double = characterWidth) -> Double {
    let count = cells.map { Self.lines($0.text, width: $0.width, characterWidth: characterWidth) }.max() ?? 1
    return max(minimum, (Double(count) * lineHeight + 8).rounded(.up))
  }
}
