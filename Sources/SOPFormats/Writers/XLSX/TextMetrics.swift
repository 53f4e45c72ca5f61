/// Estimates how text wraps in a cell, so row heights can be set explicitly: LibreOffice does not
/// grow a row for wrapped text by itself (platform-notes §8).
enum TextMetrics {
  /// Average width of a character of Arial 10, in pixels at 96 dpi, on the generous side.
  static let characterWidth = 5.8
  /// Line height of Arial 10, in points.
  static let lineHeight = 12.6

  /// Lines `text` takes in a cell `width` pixels wide.
  static func lines(_ text: String, width: Double, characterWidth: Double = characterWidth) -> Int {
    let perLine = max(1, Int((width - 8) / characterWidth))
    var count = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var lineLength = 0
      var lines = 1
      for word in paragraph.split(separator: " ") {
        let length = word.count
        if lineLength == 0 {
          lineLength = length
        } else if lineLength + 1 + length <= perLine {
          lineLength += 1 + length
        } else {
          lines += 1
          lineLength = length
        }
        while lineLength > perLine {
          lines += 1
          lineLength -= perLine
        }
      }
      count += lines
    }
    return max(count, 1)
  }

  /// The height in points of a row whose cells hold `cells` (text and cell width in pixels).
  static func rowHeight(_ cells: [(text: String, width: Double)], minimum: Double, characterWidth: Double = characterWidth) -> Double {
    let count = cells.map { Self.lines($0.text, width: $0.width, characterWidth: characterWidth) }.max() ?? 1
    return max(minimum, (Double(count) * lineHeight + 8).rounded(.up))
  }
}
