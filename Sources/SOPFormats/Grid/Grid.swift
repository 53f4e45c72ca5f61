import Foundation
import SOPModel

/// One table as a person sees it, whatever format it came from: cell text by row and column,
/// merged ranges, the shapes, connectors and pictures drawn over it with their cell anchors, the
/// column widths and row heights that place them, and how a cell is named in diagnostics.
///
/// Each tabular reader parses its format into types of its own (a workbook's sheets, a Word
/// document's tables, CSV records) and then into grids; the recognizer (Recognize/) reads SOPs
/// from grids only, so no reader goes through another format's types.
struct Grid: Sendable {
  var name: String
  var hidden: Bool
  var part: String
  /// Rows by 1-based row number; each row's cells by 0-based column.
  var rows: [Int: [Int: String]] = [:]
  var merged: [(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)] = []
  /// Shapes, connectors and pictures of the sheet's drawing.
  var shapes: [GridShape] = []
  /// The flowchart symbols found in cells (by 1-based row, then 0-based column): what a shape
  /// anchored there stands for. Kept apart from the cells' text, which stays as the person wrote it.
  var symbols: [Int: [Int: Shape]] = [:]
  /// Cells (by 1-based row, then 0-based column) holding a small picture: a symbol pasted as an
  /// image, whose shape is not known.
  var pictures: [Int: Set<Int>] = [:]
  /// Column widths in characters by 0-based column, and row heights in points by 1-based row.
  var columnWidths: [Int: Double] = [:]
  var rowHeights: [Int: Double] = [:]
  var defaultColumnWidth = 8.43
  var defaultRowHeight = 15.0
  /// Column widths in EMU that override the character widths (Word tables measure in twips).
  var exactColumnWidths: [Int: Double] = [:]
  /// How a cell is named in diagnostics, after the part: `Sheet!B7` (without the part) unless
  /// a reader says otherwise.
  var cellName: (@Sendable (_ row: Int, _ column: Int) -> String)?
  /// The code for shapes of a hand-drawn flowchart that cannot be read.
  var unmappedShapeCode = DiagnosticCode.xlsxUnmappedShape
  /// How near, in EMU, an arrow end must come to a symbol to touch it (about 9 pt in a sheet,
  /// whose row heights are known; LibreOffice moves connector ends by up to that when it saves).
  var snapDistance = 120_000.0

  /// Where a cell is, for diagnostics.
  func location(_ source: String, _ row: Int, _ column: Int) -> SourceLocation {
    if let cellName { return SourceLocation(file: source, part: part, context: cellName(row, column)) }
    return SourceLocation(file: source, context: "\(name)!\(CellReference.name(row: row, column: column))")
  }

  /// Width of 0-based `column` in EMU (edges are summed by ``GridGeometry``).
  func width(ofColumn column: Int) -> Double {
    if let exact = exactColumnWidths[column] { return exact }
    return CellText.workbookPixels(characters: columnWidths[column] ?? defaultColumnWidth).rounded() * 9525
  }

  /// Height of 1-based `row` in EMU.
  func height(ofRow row: Int) -> Double { (rowHeights[row] ?? defaultRowHeight) * 12700 }

  func cell(_ row: Int, _ column: Int) -> String { rows[row]?[column] ?? "" }

  /// The rows as records, with the symbols of their cells.
  var records: [GridRow] {
    Set(rows.keys).union(symbols.keys).union(pictures.keys).sorted().map { number in
      let cells = rows[number] ?? [:]
      let width = (cells.keys.max() ?? -1) + 1
      return GridRow(line: number, fields: (0..<width).map { cells[$0] ?? "" }, symbols: symbols[number] ?? [:], pictures: pictures[number] ?? [])
    }
  }
}
