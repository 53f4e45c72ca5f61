import Foundation

/// Shapes anchored in body paragraphs rather than in table cells, as Word places a drawing that
/// floats over the page (sopkit's own documents do this: each flowchart page's drawing hangs on
/// the paragraph before its table, positioned from the page's corner).
///
/// They are carried to the next table and placed on its grid: the table's top is the page margin
/// plus the height of the paragraphs before it on the page, estimated where Word did not fix it.
struct DOCXFloatingShapes {
  /// Page margins of a section, in EMU.
  struct Margins {
    var left: Double
    var top: Double
  }

  private var pending: [(shape: DOCXShape, paragraphTop: Double)] = []
  /// Height of the body paragraphs since the page (or the last table) began, in EMU.
  private var cursor = 0.0

  /// Notes a body paragraph: its shapes, and the room it takes.
  mutating func add(paragraph: XMLElement, text: inout DOCXText) {
    let properties = paragraph.first("pPr")
    if properties?.first("pageBreakBefore") != nil { cursor = 0 }
    let frame = DOCXShapes.Frame(marginLeft: 0, marginTop: 0, width: 0)
    for shape in DOCXShapes.read(paragraph, frame: frame, text: &text) where shape.kind != .picture {
      pending.append((shape, cursor))
    }
    cursor += Self.height(of: paragraph)
    if paragraph.descendants("br").contains(where: { $0.attributes["w:type"] == "page" }) { cursor = 0 }
  }

  /// The pending shapes placed on `table`'s grid (row, column 0, relative to the row's top-left).
  mutating func take(for table: XMLElement, rowHeights: [Double], margins: Margins) -> [(row: Int, column: Int, shape: DOCXShape)] {
    defer {
      pending = []
      cursor = 0
    }
    guard !pending.isEmpty else { return [] }
    let indent = DOCXShapes.number(table.first("tblPr")?.first("tblInd")?.attributes["w:w"]) * DOCXShapes.emuPerTwip
    let tableTop = margins.top + cursor
    var rowTops = [0.0]
    for height in rowHeights { rowTops.append(rowTops[rowTops.count - 1] + height * DOCXShapes.emuPerPoint) }
    return pending.map { item in
      // From the page's edge, its margin, or the paragraph and its text column.
      let dx = item.shape.horizontalOrigin == .page ? -(margins.left + indent) : -indent
      let dy: Double
      switch item.shape.verticalOrigin {
      case .page: dy = -tableTop
      case .margin: dy = margins.top - tableTop
      case .anchor: dy = margins.top + item.paragraphTop - tableTop
      }
      var shape = item.shape
      shape.x += dx
      shape.y += dy
      let row = max((rowTops.lastIndex { $0 <= shape.y } ?? 0), 0)
      let rowIndex = min(row, max(rowHeights.count - 1, 0))
      shape.y -= rowTops[rowIndex]
      shape.start = shape.start.map { ($0.x + dx, $0.y + dy - rowTops[rowIndex]) }
      shape.end = shape.end.map { ($0.x + dx, $0.y + dy - rowTops[rowIndex]) }
      return (rowIndex, 0, shape)
    }
  }

  /// About how tall a body paragraph is, in EMU: an exact line height as given, else its lines of
  /// text at 11 pt and its spacing.
  static func height(of paragraph: XMLElement) -> Double {
    let spacing = paragraph.first("pPr")?.first("spacing")
    let before = DOCXShapes.number(spacing?.attributes["w:before"]) / 20, after = DOCXShapes.number(spacing?.attributes["w:after"] ?? "160") / 20
    if spacing?.attributes["w:lineRule"] == "exact", let line = spacing?.attributes["w:line"].flatMap(Double.init) {
      return (before + line / 20 + after) * DOCXShapes.emuPerPoint
    }
    let characters = paragraph.descendants("t").reduce(0) { $0 + $1.text.count }
    let lines = max((characters + 89) / 90, 1)
    return (before + Double(lines) * 13.5 + after) * DOCXShapes.emuPerPoint
  }
}
