import Foundation

/// The tables of a Word document body as grids of text, the way they look: gridSpan, vMerge,
/// gridBefore and gridAfter resolved so merged text appears once; paragraphs, numbering and line
/// breaks inside cells kept; nested tables read as tables of their own; the shapes anchored in
/// each cell kept with their cell, and the grid's column widths and row heights for placing them.
struct DOCXTables {
  struct Table {
    /// 1-based number of the table in the document (nested tables count too).
    var number: Int
    /// Rows of cells by grid column (0-based).
    var rows: [[Int: String]] = []
    /// Grid column widths in EMU.
    var columnWidths: [Double] = []
    /// Row heights in points: the exact or minimum height Word was given, or an estimate from
    /// the text when the row grows with its content.
    var rowHeights: [Double] = []
    /// Shapes by 0-based row and grid column of the cell whose paragraph anchors them.
    var shapes: [(row: Int, column: Int, shape: DOCXShape)] = []
    /// Index of the body-level block that holds the table, for splitting a document into SOPs.
    var block: Int
    /// The rows as CSV-style records (line = 1-based table row).
    private(set) var records: [GridRow] = []
    /// Whether the table has a steps header (No, Kegiatan, …).
    private(set) var isFlowchart = false

    mutating func finish() {
      records = rows.enumerated().map { index, cells in
        GridRow(line: index + 1, fields: (0..<((cells.keys.max() ?? -1) + 1)).map { cells[$0] ?? "" })
      }
      isFlowchart = records.contains(where: StepsHeader.isHeader)
    }
  }

  private(set) var tables: [Table] = []
  private var block = 0
  private var floating = DOCXFloatingShapes()
  private let pageMargins: (Int) -> DOCXFloatingShapes.Margins
  private let fontSizes: DOCXFontSizes

  /// - Parameter margins: the page margins of the section that holds a body block.
  /// - Parameter fontSizes: the sizes Word sets text in, for rows that grow with their text.
  init(body: XMLElement, text: inout DOCXText, fontSizes: DOCXFontSizes = DOCXFontSizes(styles: nil), margins: @escaping (Int) -> DOCXFloatingShapes.Margins = { _ in .init(left: 0, top: 0) }) {
    self.pageMargins = margins
    self.fontSizes = fontSizes
    for (index, child) in body.children.enumerated() {
      block = index
      collect(child, text: &text, atBodyLevel: true)
    }
  }

  private mutating func collect(_ element: XMLElement, text: inout DOCXText, atBodyLevel: Bool) {
    if element.name == "tbl" {
      read(element, text: &text, outermost: atBodyLevel)
      return
    }
    if element.name == "p" {
      _ = text.paragraphText(element)  // numbering outside tables still counts
      floating.add(paragraph: element, text: &text)
      return
    }
    for child in element.children { collect(child, text: &text, atBodyLevel: atBodyLevel && ["sdt", "sdtContent", "customXml"].contains(element.name)) }
  }

  private mutating func read(_ table: XMLElement, text: inout DOCXText, outermost: Bool = false) {
    let number = tables.count + 1
    var result = Table(number: number, block: block)
    result.columnWidths = table.first("tblGrid")?.all("gridCol").map { DOCXShapes.number($0.attributes["w:w"]) * DOCXShapes.emuPerTwip } ?? []
    let margins = table.first("tblPr")?.first("tblCellMar")
    let marginLeft = DOCXShapes.number((margins?.first("left") ?? margins?.first("start"))?.attributes["w:w"] ?? "108") * DOCXShapes.emuPerTwip
    let marginTop = DOCXShapes.number(margins?.first("top")?.attributes["w:w"]) * DOCXShapes.emuPerTwip
    tables.append(result)
    var nested: [XMLElement] = []
    for (rowIndex, row) in Self.rows(of: table).enumerated() {
      var column = DOCXShapes.integer(row.first("trPr")?.first("gridBefore")?.attributes["w:val"], in: 0...Self.maximumColumns, default: 0)
      var cells: [Int: String] = [:]
      var estimate = 0.0
      for cell in Self.cells(of: row) where column < Self.maximumColumns {
        let properties = cell.first("tcPr")
        let span = DOCXShapes.integer(properties?.first("gridSpan")?.attributes["w:val"], in: 1...Self.maximumColumns, default: 1)
        let merge = properties?.first("vMerge")
        let continues = merge != nil && (merge?.attributes["w:val"] ?? "continue") == "continue"
        let width = (column..<(column + span)).reduce(0.0) { $0 + (result.columnWidths.indices.contains($1) ? result.columnWidths[$1] : 0) }
        let content = text.blockText(cell)
        if !continues, !content.isEmpty { cells[column] = content }
        // A cell merged down over the rows below shares its height with them: it sizes no row alone.
        if merge == nil { estimate = max(estimate, Self.estimatedHeight(content, width: width, size: fontSizes.size(ofCell: cell))) }
        let frame = DOCXShapes.Frame(marginLeft: marginLeft, marginTop: marginTop, width: width)
        for shape in DOCXShapes.read(cell, frame: frame, text: &text) {
          result.shapes.append((rowIndex, column, shape))
        }
        nested += Self.outermostTables(in: cell)
        column = min(column + span, Self.maximumColumns)
      }
      result.rows.append(cells)
      result.rowHeights.append(Self.height(of: row, estimate: estimate))
    }
    if outermost { result.shapes += floating.take(for: table, rowHeights: result.rowHeights, margins: pageMargins(block)) }
    result.finish()
    tables[number - 1] = result
    for inner in nested { read(inner, text: &text) }
  }

  /// Word tables have at most 63 columns; grid positions beyond that are clamped.
  static let maximumColumns = 64

  /// Elements wrapped in content controls and custom XML, which a row or cell may be.
  private static let wrappers: Set<String> = ["sdt", "sdtContent", "customXml"]

  /// The rows of a table in document order, also those inside content controls (repeating
  /// sections) or custom XML.
  static func rows(of table: XMLElement) -> [XMLElement] {
    unwrapped(table.children, keeping: "tr")
  }

  /// The cells of a row in document order, also those inside content controls or custom XML.
  static func cells(of row: XMLElement) -> [XMLElement] {
    unwrapped(row.children, keeping: "tc")
  }

  private static func unwrapped(_ elements: [XMLElement], keeping name: String) -> [XMLElement] {
    elements.flatMap { element -> [XMLElement] in
      if element.name == name { return [element] }
      return wrappers.contains(element.name) ? unwrapped(element.children, keeping: name) : []
    }
  }

  /// Tables inside a cell: its own children, or inside content controls and custom XML.
  private static func outermostTables(in element: XMLElement) -> [XMLElement] {
    element.children.flatMap { child -> [XMLElement] in
      if child.name == "tbl" { return [child] }
      return ["sdt", "sdtContent", "customXml"].contains(child.name) ? outermostTables(in: child) : []
    }
  }

  /// A row's height in points: exact as given, else at least the given height and the text's.
  private static func height(of row: XMLElement, estimate: Double) -> Double {
    guard let given = row.first("trPr")?.first("trHeight"), given.attributes["w:val"] != nil else { return estimate }
    let twips = min(max(DOCXShapes.number(given.attributes["w:val"]), 0), 31_680)  // Word's limit: 22 inches
    return given.attributes["w:hRule"] == "exact" ? twips / 20 : max(twips / 20, estimate)
  }

  /// About how tall a cell's text makes its row, in points: its paragraphs set in Word's cell at
  /// `size` points, measured as the writers measure them.
  static func estimatedHeight(_ text: String, width: Double, size: Double) -> Double {
    let paragraphs = text.components(separatedBy: "\n")
    // Without a grid width, each paragraph is taken as one line.
    let points = width.isFinite && width > 0 ? min(width, 1e10) / DOCXShapes.emuPerPoint : 1e6
    return CellText.wordHeight(paragraphs, width: points, size: size).rounded(.up)
  }
}
