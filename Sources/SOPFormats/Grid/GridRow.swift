import SOPModel

/// One row of a grid as text: its row number in the source and its cells left to right, with the
/// symbols drawn in its cells (a shape anchored there), which are not part of its text.
struct GridRow: Sendable {
  var line: Int
  var fields: [String]
  /// Symbols drawn in cells of this row, by 0-based column (off-page connectors left out).
  var symbols: [Int: Shape] = [:]
  /// Columns whose cell holds a small picture (a symbol pasted as an image).
  var pictures: Set<Int> = []

  init(line: Int, fields: [String], symbols: [Int: Shape] = [:], pictures: Set<Int> = []) {
    self.line = line
    self.fields = fields
    self.symbols = symbols
    self.pictures = pictures
  }

  /// The field at `index` (0-based), or "" past the end.
  subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }

  /// Whether every field is empty or white space.
  var isBlank: Bool { symbols.isEmpty && pictures.isEmpty && fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

  /// Whether the cell at `index` holds nothing: no text and no symbol.
  func isEmpty(_ index: Int) -> Bool { symbols[index] == nil && !pictures.contains(index) && self[index].allSatisfy(\.isWhitespace) }
}
