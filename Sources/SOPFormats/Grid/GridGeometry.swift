import Foundation

/// The column and row edges of a sheet, summed once, so that placing many shapes costs a
/// lookup each instead of a walk over every column and row before them.
struct GridGeometry {
  /// `columnEdges[c]`: EMU from the sheet's left edge to the left of 0-based column `c`.
  private let columnEdges: [Double]
  /// `rowEdges[r - 1]`: EMU from the sheet's top to the top of 1-based row `r`.
  private let rowEdges: [Double]
  private let sheet: Grid

  init(_ sheet: Grid) {
    self.sheet = sheet
    let shapeColumns = sheet.shapes.map { max($0.from.column, $0.to?.column ?? 0) }.max() ?? 0
    let cellColumns = sheet.rows.values.compactMap { $0.keys.max() }.max() ?? 0
    let columns = max(shapeColumns, cellColumns, sheet.columnWidths.keys.max() ?? 0, sheet.exactColumnWidths.keys.max() ?? 0) + 2
    let shapeRows = sheet.shapes.map { max($0.from.row, $0.to?.row ?? 0) + 1 }.max() ?? 0
    let rows = max(shapeRows, sheet.rows.keys.max() ?? 0, sheet.rowHeights.keys.max() ?? 0) + 2
    var edges = [0.0]
    for column in 0..<columns { edges.append(edges[column] + sheet.width(ofColumn: column)) }
    columnEdges = edges
    edges = [0.0]
    for row in 1...rows { edges.append(edges[row - 1] + sheet.height(ofRow: row)) }
    rowEdges = edges
  }

  func left(ofColumn column: Int) -> Double {
    guard column >= columnEdges.count else { return columnEdges[max(column, 0)] }
    return (columnEdges.count..<(column + 1)).reduce(columnEdges[columnEdges.count - 1]) { $0 + sheet.width(ofColumn: $1 - 1) }
  }

  func top(ofRow row: Int) -> Double {
    guard row > rowEdges.count else { return rowEdges[max(row - 1, 0)] }
    return (rowEdges.count..<row).reduce(rowEdges[rowEdges.count - 1]) { $0 + sheet.height(ofRow: $1) }
  }

  /// The 0-based column whose span holds `x`.
  func column(at x: Double) -> Int {
    Self.index(in: columnEdges, below: x, limit: 16_383) { sheet.width(ofColumn: $0) }
  }

  /// The 1-based row whose span holds `y`.
  func row(at y: Double) -> Int {
    Self.index(in: rowEdges, below: y, limit: 1_048_575) { sheet.height(ofRow: $0 + 1) } + 1
  }

  /// The last index whose edge is at or before `value`: a binary search, then past the summed
  /// edges a walk that adds one span (`span(index)`) at a time.
  private static func index(in edges: [Double], below value: Double, limit: Int, span: (Int) -> Double) -> Int {
    var low = 0, high = edges.count - 1
    guard value >= edges[high] else {
      while low + 1 < high {
        let middle = (low + high) / 2
        if edges[middle] <= value { low = middle } else { high = middle }
      }
      return low
    }
    var index = high, edge = edges[high]
    while index < limit {
      let next = edge + span(index)
      guard next <= value, next > edge else { break }
      edge = next
      index += 1
    }
    return index
  }
}
