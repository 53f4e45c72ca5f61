import Foundation

/// One DISAHKAN OLEH block as verify-signing reads it: its lines, and which of them form the room
/// for the signature (the empty lines, or the marker or `${ttd_pengirim}` line, after the jabatan).
struct SigningBlock {
  /// The block's paragraphs, in order.
  var paragraphs: [WordParagraph]

  /// The paragraphs of the room: after the first line with text, those that are empty or hold
  /// only a signing mark (`mark` or a token), up to the next line of other text.
  func room(mark: (String) -> Bool) -> [WordParagraph] {
    guard let first = paragraphs.firstIndex(where: { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { return [] }
    var room: [WordParagraph] = []
    for paragraph in paragraphs[(first + 1)...] {
      let text = paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard text.isEmpty || mark(text) else { break }
      room.append(paragraph)
    }
    return room
  }

  /// The text standing alone in the room, if one line of it holds text (the TTE marker).
  var loneMark: String? {
    let texts = room { $0.count == 1 }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    return texts.count == 1 ? texts[0] : nil
  }

  /// The DISAHKAN OLEH blocks of `paragraphs`: in each table row whose first cells say
  /// "DISAHKAN OLEH", the paragraphs of the row's last cell.
  static func find(in root: XMLElement, paragraphs: [WordParagraph]) -> [SigningBlock] {
    let byElement = Dictionary(paragraphs.map { (ObjectIdentifier($0.element), $0) }, uniquingKeysWith: { first, _ in first })
    var blocks: [SigningBlock] = []
    func cellParagraphs(_ cell: XMLElement) -> [WordParagraph] {
      cell.descendants("p").compactMap { byElement[ObjectIdentifier($0)] }
    }
    for row in root.descendants("tr") {
      let cells = row.all("tc")
      guard cells.count >= 2 else { continue }
      let labelled = cells.dropLast().contains { cell in
        cellParagraphs(cell).map(\.text).joined(separator: " ").uppercased().contains("DISAHKAN OLEH")
      }
      if labelled { blocks.append(SigningBlock(paragraphs: cellParagraphs(cells[cells.count - 1]))) }
    }
    return blocks
  }
}
