import Foundation
import SOPModel

/// The rows of a grid as the recognizer reads them, with how each cell is named in diagnostics:
/// a CSV's line and field, a sheet's cell (`Sheet!B7`), a Word table's row and column.
struct TableText: Sendable {
  var records: [GridRow]
  var source: String
  /// For a workbook sheet: locations become `book.xlsx:Sheet!B7`.
  var sheetName: String? = nil
  /// For records gathered from several sheets: each record's line → its sheet and row.
  var lineMap: [Int: (sheet: String, row: Int)] = [:]
  /// For records gathered from Word tables: each record's line → its table and row.
  var tablePlaces: [Int: (table: Int, row: Int)] = [:]

  /// The text of `grid`, its cells named as the grid names them.
  init(_ grid: Grid, source: String) {
    records = grid.records
    self.source = source
    sheetName = grid.name
  }

  init(records: [GridRow], source: String, sheetName: String? = nil, lineMap: [Int: (sheet: String, row: Int)] = [:], tablePlaces: [Int: (table: Int, row: Int)] = [:]) {
    self.records = records
    self.source = source
    self.sheetName = sheetName
    self.lineMap = lineMap
    self.tablePlaces = tablePlaces
  }

  func location(_ record: GridRow, field: Int) -> SourceLocation {
    if let place = tablePlaces[record.line] {
      return SourceLocation(file: source, part: "word/document.xml", context: "table \(place.table):row \(place.row):col \(field + 1)")
    }
    if let place = lineMap[record.line] {
      return SourceLocation(file: source, context: "\(place.sheet)!\(CellReference.name(row: place.row, column: field))")
    }
    if let sheetName {
      return SourceLocation(file: source, context: "\(sheetName)!\(CellReference.name(row: record.line, column: field))")
    }
    return SourceLocation(file: source, row: record.line, column: field + 1)
  }

  func cell(_ record: GridRow, _ field: Int) -> LocatedText {
    LocatedText(text: record[field], location: location(record, field: field))
  }
}
