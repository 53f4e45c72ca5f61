/// The paragraphs of a Word part as verify-signing sees them: the text of each `w:t`, which run
/// it belongs to, and the height the paragraph takes, for finding tokens split over runs and
/// measuring the room for the signature.
struct WordParagraph {
  /// The part, such as `word/document.xml`.
  var part: String
  /// 1-based, in document order within the part (text-box paragraphs counted where they stand).
  var number: Int
  /// The paragraph's text, its `w:t`s joined.
  var text: String
  /// For each character of ``text``: the 1-based run and the index of its `w:t` in the paragraph.
  var owners: [(run: Int, t: Int)]
  /// The height in points the paragraph takes: space before and after and its line.
  var height: Double
  /// The element, to find the paragraphs of a table cell.
  var element: XMLElement

  /// The runs holding the characters `range`, in order, without repeats.
  func runs(_ range: Range<Int>) -> [Int] {
    var runs: [Int] = []
    for index in range where index < owners.count && runs.last != owners[index].run { runs.append(owners[index].run) }
    return runs
  }

  /// Whether the characters `range` all stand in one `w:t`.
  func isOneText(_ range: Range<Int>) -> Bool {
    Set(range.filter { $0 < owners.count }.map { owners[$0].t }).count == 1
  }
}

enum WordParagraphs {
  /// Word's single line of the 9 pt SOP text (Arial, 1.15).
  static let defaultLine = 9 * TextMeasure.lineSpacing

  /// Every paragraph of `root` in document order, text boxes' paragraphs after the one anchoring them.
  static func collect(_ root: XMLElement, part: String) -> [WordParagraph] {
    var paragraphs: [WordParagraph] = []
    func walk(_ element: XMLElement) {
      for child in element.children {
        if child.name == "p" {
          paragraphs.append(paragraph(child, part: part, number: paragraphs.count + 1))
        }
        walk(child)
      }
    }
    walk(root)
    return paragraphs
  }

  private static func paragraph(_ p: XMLElement, part: String, number: Int) -> WordParagraph {
    var text = ""
    var owners: [(Int, Int)] = []
    var run = 0, t = 0
    // The runs of this paragraph, not those of a paragraph nested in a text box.
    func walk(_ element: XMLElement) {
      for child in element.children where child.name != "p" && child.name != "pPr" {
        if child.name == "r" {
          run += 1
          for piece in child.children where piece.name == "t" {
            t += 1
            text += piece.text
            owners += Array(repeating: (run, t), count: piece.text.count)
          }
        } else {
          walk(child)
        }
      }
    }
    walk(p)
    return WordParagraph(part: part, number: number, text: text, owners: owners, height: height(p), element: p)
  }

  /// The height of `p` from its `w:spacing`: before, after, and an exact or at-least line, else
  /// the SOP text's line (times `w:line`/240 for an auto multiple).
  static func height(_ p: XMLElement) -> Double {
    let spacing = p.first("pPr")?.first("spacing")
    func points(_ name: String) -> Double? { spacing?.attributes[name].flatMap(Double.init).map { $0 / 20 } }
    var line = defaultLine
    if let value = spacing?.attributes["w:line"].flatMap(Double.init) {
      switch spacing?.attributes["w:lineRule"] {
      case "exact", "atLeast": line = value / 20
      default: line = defaultLine * value / 240
      }
    }
    return (points("w:before") ?? 0) + line + (points("w:after") ?? 0)
  }
}
