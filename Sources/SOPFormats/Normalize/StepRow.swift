import SOPModel

/// One row of a steps table as a reader found it, before it becomes a ``Step``.
struct StepRow: Sendable {
  /// Where the row is (its No cell, or the row's start).
  var location: SourceLocation
  /// The cells of the named columns present in the input.
  var cells: [StepColumn: LocatedText] = [:]
  /// In the one-column-per-Pelaksana form: the non-empty actor cells, as (actor, mark).
  var marks: [(actor: String, mark: LocatedText)] = []

  func cell(_ column: StepColumn) -> LocatedText? {
    guard let cell = cells[column], !cell.isEmpty else { return nil }
    return cell
  }

  /// Whether the row has nothing in it.
  var isBlank: Bool { cells.values.allSatisfy(\.isEmpty) && marks.isEmpty }
}
