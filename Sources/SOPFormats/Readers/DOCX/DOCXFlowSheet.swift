import Foundation
import SOPModel

/// The flowchart tables of one SOP laid end to end as one sheet: a table continued on the next
/// page repeats its header, which is read once; the shapes anchored in the cells are placed on
/// the sheet's grid (column widths from the table grid, row heights as given or estimated), so
/// the drawing is read as a hand-drawn XLSX flowchart is.
struct DOCXFlowSheet {
  private(set) var sheet: Grid
  /// Sheet row → its table and 1-based table row, for locations.
  private(set) var places: [Int: (table: Int, row: Int)] = [:]
  private(set) var shapeCount = 0
  /// Shapes in a repeated header row, which is read once: where the first one was.
  private(set) var dropped: [(table: Int, row: Int, count: Int)] = []

  /// - Parameter symbol: what a small picture's outline shows (a symbol pasted as an image), read
  ///   by the caller, who holds the package.
  init(tables: [DOCXTables.Table], source: String, symbol: (DOCXShape) -> Shape? = { _ in nil }) {
    sheet = Grid(name: "flowchart", hidden: false, part: DOCXDocument.mainPart)
    sheet.unmappedShapeCode = DiagnosticCode.docxUnmappedShape
    // Row heights are partly estimated, so arrow ends are matched more loosely than in a sheet.
    sheet.snapDistance = 14 * DOCXShapes.emuPerPoint
    for (column, width) in (tables.first?.columnWidths ?? []).enumerated() { sheet.exactColumnWidths[column] = width }
    var firstHeader: [String]?
    var line = 0
    for table in tables {
      let records = table.records
      guard let headerIndex = records.firstIndex(where: StepsHeader.isHeader) else { continue }
      var start = 0
      if let firstHeader {
        if headerIndex > 0 {
          // Rows above the header (a title, "LAMPIRAN II"): a table of its own, not a page's
          // continuation; a blank row keeps it apart from the steps above.
          line += 1
        } else if records[headerIndex].fields == firstHeader {
          start = headerIndex + StepsHeader(records: records, at: headerIndex, sheet: TableText(records: records, source: source)).rowCount
        }
      } else {
        firstHeader = records[headerIndex].fields
      }
      var rowOfTableRow: [Int: Int] = [:]
      for index in start..<table.rows.count {
        line += 1
        rowOfTableRow[index] = line
        places[line] = (table.number, index + 1)
        sheet.rows[line] = table.rows[index]
        sheet.rowHeights[line] = table.rowHeights[index]
      }
      for placed in table.shapes {
        guard let row = rowOfTableRow[placed.row] else {
          if placed.shape.kind != .picture {
            if dropped.last?.table == table.number { dropped[dropped.count - 1].count += 1 } else { dropped.append((table.number, placed.row + 1, 1)) }
          }
          continue
        }
        var shape = placed.shape
        if placed.column == 0, let reference = tables.first?.columnWidths {
          // A floating shape is placed from the table's left edge; a table with other columns
          // (a second flowchart with other actors) has its shapes moved onto the sheet's grid,
          // each point to the same place in the same column.
          shape = Self.moved(shape, from: table.columnWidths, to: reference)
        }
        var drawn = Self.drawingShape(shape, row: row, column: placed.column)
        if placed.shape.kind == .picture, placed.shape.width <= 1_828_800, placed.shape.height <= 914_400 { drawn.pictureSymbol = symbol(placed.shape) }
        sheet.shapes.append(drawn)
        shapeCount += 1
      }
    }
    let names = places
    sheet.cellName = { row, column in
      guard let place = names[row] else { return "row \(row):col \(column + 1)" }
      return "table \(place.table):row \(place.row):col \(column + 1)"
    }
  }

  /// `shape` with its x positions moved from a table with column widths `widths` to the same
  /// column and the same share of it in a table with `reference` widths.
  static func moved(_ shape: DOCXShape, from widths: [Double], to reference: [Double]) -> DOCXShape {
    guard widths != reference, !widths.isEmpty else { return shape }
    func map(_ x: Double) -> Double {
      var left = 0.0, referenceLeft = 0.0
      for (index, width) in widths.enumerated() {
        let referenceWidth = index < reference.count ? reference[index] : width
        if x < left + width || index == widths.count - 1 { return referenceLeft + (x - left) * referenceWidth / max(width, 1) }
        left += width
        referenceLeft += referenceWidth
      }
      return x
    }
    var moved = shape
    let x0 = map(shape.x), x1 = map(shape.x + shape.width)
    moved.x = x0
    moved.width = max(x1 - x0, 0)
    moved.start = shape.start.map { (map($0.x), $0.y) }
    moved.end = shape.end.map { (map($0.x), $0.y) }
    return moved
  }

  /// A Word shape as a sheet drawing anchored at the cell (`row` 1-based).
  static func drawingShape(_ shape: DOCXShape, row: Int, column: Int) -> GridShape {
    let kind: GridShape.Kind = shape.kind == .connector ? .connector : shape.kind == .picture ? .picture : .shape
    var x0 = shape.x, y0 = shape.y, x1 = shape.x + shape.width, y1 = shape.y + shape.height
    var flipH = false, flipV = false
    if let start = shape.start, let end = shape.end {
      (x0, x1, flipH) = (min(start.x, end.x), max(start.x, end.x), start.x > end.x)
      (y0, y1, flipV) = (min(start.y, end.y), max(start.y, end.y), start.y > end.y)
    }
    var drawing = GridShape(
      kind: kind, id: nil, preset: shape.preset, text: shape.text,
      from: (column, x0, row - 1, y0), to: (column, x1, row - 1, y1))
    drawing.flipH = flipH
    drawing.flipV = flipV
    drawing.hasArrow = shape.hasArrow
    return drawing
  }
}

extension DOCXTables.Table {
  /// The table as a grid for the identity-page reader, labels that share their cell split out
  /// (``IdentityPage/splittingLabels(_:)``).
  var asSheet: Grid {
    var cells = Grid(name: "table \(number)", hidden: false, part: DOCXDocument.mainPart)
    for (index, row) in rows.enumerated() { cells.rows[index + 1] = row }
    var sheet = IdentityPage.splittingLabels(cells)
    let table = number
    sheet.cellName = { row, column in "table \(table):row \((row + 1) / 2):col \(column / 2 + 1)" }
    return sheet
  }
}
