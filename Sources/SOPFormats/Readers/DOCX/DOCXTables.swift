import Foundation

/// The tables of a Word document body as grids of text, the way they look: gridSpan, vMerge and
/// gridBefore resolved so merged text appears once; paragraphs and line breaks inside cells kept;
/// deleted text dropped; a shape anchored in a cell turned into the symbol word it draws.
struct DOCXTables {
  struct Table {
    /// 1-based number of the table in the document (nested tables count too).
    var number: Int
    /// Rows of cells by grid column (0-based).
    var rows: [[Int: String]] = []
  }

  private(set) var tables: [Table] = []

  init(body: XMLElement) {
    collect(body)
  }

  private mutating func collect(_ element: XMLElement) {
    for child in element.children {
      if child.name == "tbl" {
        read(child)
      } else if child.name != "tc" {
        collect(child)
      }
    }
  }

  private mutating func read(_ table: XMLElement) {
    let number = tables.count + 1
    tables.append(Table(number: number))
    var rows: [[Int: String]] = []
    var nested: [XMLElement] = []
    for row in table.all("tr") {
      var column = row.first("trPr")?.first("gridBefore")?.attributes["w:val"].flatMap(Int.init) ?? 0
      var cells: [Int: String] = [:]
      for cell in row.all("tc") {
        let properties = cell.first("tcPr")
        let span = properties?.first("gridSpan")?.attributes["w:val"].flatMap(Int.init) ?? 1
        let merge = properties?.first("vMerge")
        let continues = merge != nil && (merge?.attributes["w:val"] ?? "continue") == "continue"
        if !continues {
          let text = Self.text(of: cell)
          if !text.isEmpty { cells[column] = text }
        }
        nested += cell.descendants("tbl")
        column += max(span, 1)
      }
      rows.append(cells)
    }
    tables[number - 1].rows = rows
    for inner in nested { read(inner) }
  }

  /// A cell's paragraphs joined with line breaks; a symbol drawn in it adds its word.
  static func text(of cell: XMLElement) -> String {
    var paragraphs: [String] = []
    for paragraph in cell.children where paragraph.name == "p" || paragraph.name == "sdt" {
      for p in paragraph.name == "p" ? [paragraph] : paragraph.descendants("p") {
        paragraphs.append(Self.paragraphText(p))
      }
    }
    var text = paragraphs.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty, let word = symbolWord(in: cell) { text = word }
    return text
  }

  static func paragraphText(_ paragraph: XMLElement) -> String {
    var text = ""
    func walk(_ element: XMLElement) {
      for child in element.children {
        switch child.name {
        case "t": text += child.text
        case "tab": text += "\t"
        case "br", "cr": text += "\n"
        case "del", "instrText", "delText", "drawing", "pict", "AlternateContent", "txbxContent": continue
        default: walk(child)
        }
      }
    }
    walk(paragraph)
    return text
  }

  /// The symbol of a shape drawn in the cell (DrawingML preset or VML), as a mark word.
  static func symbolWord(in cell: XMLElement) -> String? {
    for geometry in cell.descendants("prstGeom") {
      switch geometry.attributes["prst"] ?? "" {
      case "flowChartTerminator", "roundRect", "flowChartAlternateProcess", "ellipse": return "terminator"
      case "rect", "flowChartProcess": return "proses"
      case "diamond", "flowChartDecision": return "keputusan"
      default: continue
      }
    }
    let vml = "urn:schemas-microsoft-com:vml"
    if cell.descendants("roundrect").contains(where: { $0.namespace == vml }) || cell.descendants("oval").contains(where: { $0.namespace == vml }) {
      return "terminator"
    }
    if cell.descendants("rect").contains(where: { $0.namespace == vml }) { return "proses" }
    return nil
  }
}
