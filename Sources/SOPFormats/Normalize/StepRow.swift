import SOPModel

/// One row of a steps table as a reader found it, before it becomes a ``Step``.
struct StepRow: Sendable {
  /// Where the row is (its No cell, or the row's start).
  var location: SourceLocation
  /// The cells of the named columns present in the input.
  var cells: [StepColumn: LocatedText] = [:]
  /// What one actor cell of the row holds: its text, and the symbol drawn in it.
  struct Mark: Sendable {
    var actor: String
    var mark: LocatedText
    /// The shape anchored in the cell, when the flowchart is drawn.
    var symbol: Shape?
    /// Whether the cell holds a small picture (a symbol pasted as an image).
    var isPicture = false

    /// The symbol the cell names: its drawn shape, else its text read as a mark or symbol word, else
    /// a plain mark for a picture (`nil` for an empty cell, `.some(nil)` for a plain mark).
    var shape: Shape?? {
      if let symbol { return .some(symbol) }
      if let read = ShapeWords.read(mark.text) { return read }
      return isPicture ? .some(nil) : nil
    }
  }

  /// In the one-column-per-Pelaksana form: the filled actor cells.
  var marks: [Mark] = []

  func cell(_ column: StepColumn) -> LocatedText? {
    guard let cell = cells[column], !cell.isEmpty else { return nil }
    return cell
  }

  /// Whether the row has nothing in it.
  var isBlank: Bool { cells.values.allSatisfy(\.isEmpty) && marks.isEmpty }
}
