import Foundation

/// The text of Word paragraphs as a reader sees it on the page: runs, tabs and line breaks; the
/// result of fields (not their codes); content controls; tracked insertions kept and deletions
/// dropped; automatic numbering written out in front ("1. …") so lists stay lists.
///
/// Drawings are not text here: shapes, text boxes in them and their "Ya"/"Tidak" labels are read
/// by ``DOCXShapes``.
struct DOCXText {
  var numbering: DOCXNumbering
  /// Tracked deletions skipped so far, with the line of the first one.
  private(set) var deletions = 0
  private(set) var firstDeletionLine: Int?
  private(set) var insertions = 0

  init(numbering: DOCXNumbering) {
    self.numbering = numbering
  }

  /// The paragraphs of a block-level container (a cell, a header, a text box) joined by line
  /// breaks; nested tables are left to the table reader.
  mutating func blockText(_ container: XMLElement) -> String {
    var lines: [String] = []
    var firstLabel: String?
    collectParagraphs(container, into: &lines, firstLabel: &firstLabel)
    let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    // A cell whose only content is Word's automatic number (a No column numbered by Word) shows
    // that number.
    return text.isEmpty ? firstLabel ?? "" : text
  }

  private mutating func collectParagraphs(_ container: XMLElement, into lines: inout [String], firstLabel: inout String?) {
    for child in container.children {
      switch child.name {
      case "p":
        let (text, label) = labelledText(child)
        lines.append(text)
        if firstLabel == nil { firstLabel = label }
      case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag": collectParagraphs(child, into: &lines, firstLabel: &firstLabel)
      case "del", "moveFrom": countDeletion(child)
      default: continue  // tbl (read as a table of its own), tcPr, bookmarks
      }
    }
  }

  /// One paragraph's text, with its numbering label in front.
  mutating func paragraphText(_ paragraph: XMLElement) -> String {
    labelledText(paragraph).text
  }

  /// One paragraph's text with its numbering label in front (an empty paragraph stays empty), and
  /// the label.
  private mutating func labelledText(_ paragraph: XMLElement) -> (text: String, label: String?) {
    var text = ""
    walk(paragraph, into: &text)
    let label = numbering.label(for: paragraph)
    if let label, !text.trimmingCharacters(in: .whitespaces).isEmpty {
      text = label + " " + text.trimmingCharacters(in: .whitespaces)
    }
    return (text, label)
  }

  private mutating func walk(_ element: XMLElement, into text: inout String) {
    for child in element.children {
      switch child.name {
      case "t": text += child.text
      case "tab", "ptab": text += "\t"
      case "br", "cr": text += "\n"
      case "noBreakHyphen": text += "-"
      case "sym": text += Self.symbol(child)
      case "del", "moveFrom": countDeletion(child)
      case "ins", "moveTo":
        insertions += 1
        walk(child, into: &text)
      case "pPr", "rPr", "instrText", "delText", "drawing", "pict", "object", "AlternateContent", "txbxContent", "fldData": continue
      default: walk(child, into: &text)  // r, hyperlink, fldSimple (its result runs), sdt, smartTag
      }
    }
  }

  /// A character inserted with Insert › Symbol: its code in the symbol font, as the character it
  /// shows (Wingdings check marks and crosses, the Symbol font's √).
  static func symbol(_ element: XMLElement) -> String {
    guard let hex = element.attributes["w:char"], let code = UInt32(hex, radix: 16) else { return "" }
    let font = (element.attributes["w:font"] ?? "").lowercased()
    let low = code >= 0xF000 ? code - 0xF000 : code
    if font.hasPrefix("wingdings") {
      switch low {
      case 0xFC: return "✓"
      case 0xFB: return "✗"
      case 0xFE: return "☑"
      case 0xFD: return "☒"
      case 0x6C, 0x9F: return "●"
      case 0x6F, 0xA8: return "□"
      default: break
      }
    }
    if font == "symbol", low == 0xD6 { return "√" }
    guard let scalar = Unicode.Scalar(low >= 0x20 ? low : code), !scalar.properties.isWhitespace else { return "" }
    return String(Character(scalar))
  }

  private mutating func countDeletion(_ element: XMLElement) {
    deletions += 1
    if firstDeletionLine == nil { firstDeletionLine = element.line }
  }
}
