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
    collectParagraphs(container, into: &lines)
    return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private mutating func collectParagraphs(_ container: XMLElement, into lines: inout [String]) {
    for child in container.children {
      switch child.name {
      case "p": lines.append(paragraphText(child))
      case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag": collectParagraphs(child, into: &lines)
      case "del", "moveFrom": countDeletion(child)
      default: continue  // tbl (read as a table of its own), tcPr, bookmarks
      }
    }
  }

  /// One paragraph's text, with its numbering label in front.
  mutating func paragraphText(_ paragraph: XMLElement) -> String {
    var text = ""
    walk(paragraph, into: &text)
    if let label = numbering.label(for: paragraph), !text.trimmingCharacters(in: .whitespaces).isEmpty {
      text = label + " " + text.trimmingCharacters(in: .whitespaces)
    }
    return text
  }

  private mutating func walk(_ element: XMLElement, into text: inout String) {
    for child in element.children {
      switch child.name {
      case "t": text += child.text
      case "tab", "ptab": text += "\t"
      case "br", "cr": text += "\n"
      case "noBreakHyphen": text += "-"
      case "del", "moveFrom": countDeletion(child)
      case "ins", "moveTo":
        insertions += 1
        walk(child, into: &text)
      case "pPr", "rPr", "instrText", "delText", "drawing", "pict", "object", "AlternateContent", "txbxContent", "fldData": continue
      default: walk(child, into: &text)  // r, hyperlink, fldSimple (its result runs), sdt, smartTag
      }
    }
  }

  private mutating func countDeletion(_ element: XMLElement) {
    deletions += 1
    if firstDeletionLine == nil { firstDeletionLine = element.line }
  }
}
