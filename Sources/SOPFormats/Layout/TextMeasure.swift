/// How wide text is in Arial (Liberation Sans has the same advance widths, and is what LibreOffice
/// prints with), and how it wraps in a cell: the one measure every writer sizes rows, cells and
/// header fonts with, so that the workbook, the Word document and the previews agree.
///
/// Widths are the fonts' advance widths in thousandths of the font size for printable ASCII (Arial
/// and Arial Bold); any other character counts as a digit's width (Latin letters with accents have
/// their base letter's width, and wider glyphs are rare in SOP text). Checked against LibreOffice's
/// print with `pdftotext -bbox`: "permohonan" in Arial 10 is 56.1 pt here and 56.3 pt printed.
///
/// Lengths are in points.
public enum TextMeasure {
  /// Advance widths of Arial from space (32) to tilde (126).
  fileprivate static let regular: [Int] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
  ]
  /// Advance widths of Arial Bold from space (32) to tilde (126).
  fileprivate static let bold: [Int] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  // 0 … ?
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  // P … _
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  // ` … o
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,  // p … ~
  ]

  /// Space between baselines as a share of the font size: Liberation Sans' ascent and descent
  /// (1.149 em), as LibreOffice and Word set single-spaced lines.
  public static let lineSpacing = 1.15

  /// The width of `text` in points at `size`.
  public static func width(_ text: Substring, size: Double, bold: Bool = false) -> Double {
    let table = bold ? Self.bold : regular
    var thousandths = 0
    for scalar in text.unicodeScalars {
      let value = Int(scalar.value)
      thousandths += (32...126).contains(value) ? table[value - 32] : 556
    }
    return Double(thousandths) / 1000 * size
  }

  /// The width of `text` in points at `size`.
  public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    width(Substring(text), size: size, bold: bold)
  }

  /// `text` broken into lines no wider than `width` points: at its line breaks, between words,
  /// after a slash in a paragraph's first word ("Analis/" "Pelaksana"), and inside a word wider
  /// than a line. Stops after
  /// `maximumLines` lines (a cell shows no more), so a pasted document costs only what is shown.
  public static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false, maximumLines: Int = .max) -> [String] {
    let fits = { (line: Substring) in Self.width(line, size: size, bold: bold) <= width }
    // No line holds more characters than the narrowest glyph (191 thousandths) allows, so only
    // that many lines' worth of the text is looked at.
    let perLine = Int(max(width, 0) / (0.191 * size)) + 2
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

  /// The number of lines `text` takes in `width` points at `size`: the count of
  /// ``wrap(_:width:size:bold:maximumLines:)``'s lines (see ``MeasuredText``).
  public static func lineCount(_ text: String, width: Double, size: Double, bold: Bool = false, maximumLines: Int = .max) -> Int {
    MeasuredText(text, bold: bold).lineCount(width: width, size: size, maximumLines: maximumLines)
  }

  /// The height in points of `lines` lines at `size`.
  public static func height(lines: Int, size: Double) -> Double { Double(max(lines, 1)) * size * lineSpacing }

  /// The pieces a line may break between: words, and in the paragraph's first word the parts
  /// after each slash, each with what joins it to the piece before (a space, or nothing after a
  /// slash). LibreOffice breaks after a slash only in a paragraph's first word ("Analis/" |
  /// "Pelaksana"); later in the paragraph it cuts a slash-joined word where the line ends
  /// ("Kepala Seksi/Penyelen" | "ggara"), so there the whole word counts as one piece.
  fileprivate static func pieces(_ paragraph: Substring) -> [(Substring, String)] {
    paragraph.split(separator: " ").enumerated().flatMap { index, word in
      guard index == 0 else { return [(word, " ")] }
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
  public static func widestWord(_ text: String, size: Double, bold: Bool = false) -> Double {
    text.split(separator: "\n").flatMap(pieces).map { width($0.0, size: size, bold: bold) }.max() ?? 0
  }

  /// The largest of `sizes` (largest first) at which every piece of `text` that no line break can
  /// split fits `width`, and the text takes at most `maximumLines` lines; the smallest size when
  /// none does.
  public static func fittingSize(_ text: String, width: Double, sizes: [Double], bold: Bool = false, maximumLines: Int = .max) -> Double {
    for size in sizes where widestWord(text, size: size, bold: bold) <= width {
      if maximumLines == .max || lineCount(text, width: width, size: size, bold: bold, maximumLines: maximumLines + 1) <= maximumLines { return size }
    }
    return sizes.last ?? 10
  }
}

/// A text measured once, for counting its lines at many widths and sizes: planning a table
/// measures every cell at many column widths, so this is the measure's hot path. It keeps the
/// pieces a line may break between (``TextMeasure/wrap(_:width:size:bold:maximumLines:)``'s) with
/// each character's width in thousandths of the size, added as ``TextMeasure/width(_:size:bold:)``
/// adds them, so every comparison is the one `wrap` makes and the count is the count of its lines.
public struct MeasuredText: Sendable {
  /// A piece: the width of what joins it to the piece before (a space, or nothing after a slash),
  /// and the width of each of its characters.
  struct Piece: Sendable {
    var separator: Int
    var characters: [Int]
    var width: Int
  }

  let text: String
  let bold: Bool
  /// The number of characters, for the part of a long text `wrap` looks at.
  let characterCount: Int
  /// Each paragraph's pieces.
  let paragraphs: [[Piece]]

  public init(_ text: String, bold: Bool = false) {
    self.text = text
    self.bold = bold
    let table = bold ? TextMeasure.bold : TextMeasure.regular
    if let ascii = Self.asciiParagraphs(text, table: table) {
      characterCount = text.utf8.count
      paragraphs = ascii
      return
    }
    characterCount = text.count
    paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
      TextMeasure.pieces(paragraph).map { word, separator in
        let characters = word.map { character in
          character.unicodeScalars.reduce(0) { $0 + ((32...126).contains($1.value) ? table[Int($1.value) - 32] : 556) }
        }
        return Piece(separator: separator.isEmpty ? 0 : table[0], characters: characters, width: characters.reduce(0, +))
      }
    }
  }

  /// The paragraphs of a text of ASCII characters without carriage returns, where each byte is a
  /// character: the same pieces as ``TextMeasure/pieces(_:)`` gives (words between spaces, the
  /// paragraph's first word also broken after each slash that more of it follows), read from the
  /// bytes. nil for any other text.
  private static func asciiParagraphs(_ text: String, table: [Int]) -> [[Piece]]? {
    var paragraphs: [[Piece]] = []
    var pieces: [Piece] = []
    var word: [Int] = [], slashes: [Int] = []
    func endWord() {
      guard !word.isEmpty else { return }
      var start = 0
      if pieces.isEmpty {
        for slash in slashes where slash < word.count - 1 {
          let part = Array(word[start...slash])
          pieces.append(Piece(separator: start == 0 ? table[0] : 0, characters: part, width: part.reduce(0, +)))
          start = slash + 1
        }
      }
      let part = Array(word[start...])
      pieces.append(Piece(separator: start == 0 ? table[0] : 0, characters: part, width: part.reduce(0, +)))
      word = []
      slashes = []
    }
    for byte in text.utf8 {
      guard byte < 128, byte != 13 else { return nil }
      switch byte {
      case 10:
        endWord()
        paragraphs.append(pieces)
        pieces = []
      case 32:
        endWord()
      default:
        if byte == 47 { slashes.append(word.count) }
        word.append((32...126).contains(byte) ? table[Int(byte) - 32] : 556)
      }
    }
    endWord()
    paragraphs.append(pieces)
    return paragraphs
  }

  /// The number of lines in `width` points at `size`, at most `maximumLines`.
  public func lineCount(width: Double, size: Double, maximumLines: Int = .max) -> Int {
    guard !text.isEmpty else { return 1 }
    // `wrap` looks at no more characters than `maximumLines` lines can hold.
    let perLine = Int(max(width, 0) / (0.191 * size)) + 2
    if maximumLines < Int.max / perLine, characterCount > maximumLines * perLine {
      return MeasuredText(String(text.prefix(maximumLines * perLine)), bold: bold).lineCount(width: width, size: size, maximumLines: maximumLines)
    }
    let fits = { (thousandths: Int) in Double(thousandths) / 1000 * size <= width }
    var lines = 0
    for paragraph in paragraphs {
      if lines >= maximumLines { return maximumLines }
      // The width of the line being filled; nil before its first piece.
      var line: Int?
      for piece in paragraph {
        if lines >= maximumLines { return maximumLines }
        if let filled = line, fits(filled + piece.separator + piece.width) {
          line = filled + piece.separator + piece.width
          continue
        }
        // The piece starts a line; the one before it, if any, is done.
        if line != nil { lines += 1 }
        // A piece wider than the line is cut where it stops fitting, at least one character a line.
        var rest = piece.characters[...], restWidth = piece.width
        while !fits(restWidth), rest.count > 1 {
          var cut = rest.startIndex, taken = rest[cut]
          while cut + 1 < rest.endIndex, fits(taken + rest[cut + 1]) {
            cut += 1
            taken += rest[cut]
          }
          lines += 1
          rest = rest[(cut + 1)...]
          restWidth -= taken
        }
        line = restWidth
      }
      lines += 1
    }
    return min(lines, maximumLines)
  }
}

/// The cell text of the two printed forms of a table, the workbook (LibreOffice Calc / Excel) and
/// the Word document: how much of a column's planned width its text gets, and how tall a cell of
/// wrapped text is. One place, so that a row planned for one holds its text in the other.
public enum CellText {
  /// The workbook: Arial 10 (sop-ap-format §8), the column's pixel width at 96 dpi less Calc's
  /// indent on both sides, lines 1.15 em apart, and a little room above and below.
  public static let workbookSize = 10.0
  /// Room Calc keeps between the text and the cell's left and right borders, in points.
  static let workbookInset = 6.0
  /// Room above and below the text of a workbook cell, in points.
  static let workbookPadding = 6.0

  /// The width in points that text gets in a workbook column `pixels` wide.
  public static func workbookWidth(_ pixels: Double) -> Double { pixels * 0.75 - workbookInset }

  /// The pixel width Excel draws a column of `characters` width (Calibri 11 digits) with.
  public static func workbookPixels(characters: Double) -> Double { characters * 7 + 5 }

  /// The height in points of a workbook cell `pixels` wide holding `text` in Arial `size`.
  public static func workbookHeight(_ text: String, pixels: Double, size: Double = workbookSize, bold: Bool = false) -> Double {
    guard !text.isEmpty else { return 0 }
    let lines = TextMeasure.lineCount(text, width: workbookWidth(pixels), size: size, bold: bold)
    return TextMeasure.height(lines: lines, size: size) + workbookPadding
  }

  /// The height in points of a workbook row whose cells hold `cells` (text and width in pixels),
  /// at least `minimum`.
  public static func workbookRowHeight(_ cells: [(text: String, pixels: Double)], size: Double = workbookSize, bold: Bool = false, minimum: Double) -> Double {
    let tallest = cells.map { workbookHeight($0.text, pixels: $0.pixels, size: size, bold: bold) }.max() ?? 0
    return max(minimum, tallest.rounded(.up))
  }

  /// Word's cell margins, left and right together (5.4 pt each), in points.
  public static let wordInset = 10.8
  /// Room above and below the text of a Word cell, in points.
  static let wordPadding = 2.0

  /// The height in points of a Word cell `width` points wide holding `paragraphs` in Arial `size`.
  /// Stops counting after `maximumLines` lines.
  public static func wordHeight(_ paragraphs: [String], width: Double, size: Double, bold: Bool = false, maximumLines: Int = .max) -> Double {
    wordHeight(paragraphs.map { MeasuredText($0, bold: bold) }, width: width, size: size, maximumLines: maximumLines)
  }

  /// ``wordHeight(_:width:size:bold:maximumLines:)`` of paragraphs measured once.
  public static func wordHeight(_ paragraphs: [MeasuredText], width: Double, size: Double, maximumLines: Int = .max) -> Double {
    var lines = 0
    for paragraph in paragraphs where lines < maximumLines {
      lines += paragraph.lineCount(width: width - wordInset, size: size, maximumLines: maximumLines - lines)
    }
    return TextMeasure.height(lines: min(lines, maximumLines), size: size) + wordPadding
  }
}
