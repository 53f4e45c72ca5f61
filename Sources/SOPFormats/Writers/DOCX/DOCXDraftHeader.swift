/// The page header of a draft's Word document: "DRAF — belum untuk ditandatangani", bold, red,
/// 14 pt, centred. One header part, named by every section's `w:sectPr`, so every page shows it.
///
/// It sits between the page edge and the top margin (``PageSetup/header`` from the edge, one line
/// of 14 pt, well inside ``PageSetup/top``), so the body, and the flowchart shapes positioned on
/// the page, do not move.
enum DOCXDraftHeader {
  static let path = "word/header1.xml"
  static let relationship = "rIdDraft"
  static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
  static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"

  /// The header part.
  static var xml: String {
    var x = XMLBuilder()
    x.element("w:hdr", [
      ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
      ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ]) { paragraph(into: &$0) }
    return x.text
  }

  /// The mark as one paragraph, with its formatting spelt out so that a reference document's
  /// styles cannot hide it or make it taller.
  static func paragraph(into x: inout XMLBuilder) {
    let size = String(Int(DraftMark.size * 2))
    x.element("w:p") { p in
      p.element("w:pPr") { pr in
        pr.element("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
        pr.element("w:jc", [("w:val", "center")])
      }
      p.element("w:r") { r in
        r.element("w:rPr") { pr in
          pr.element("w:b")
          pr.element("w:bCs")
          pr.element("w:color", [("w:val", DraftMark.color)])
          pr.element("w:sz", [("w:val", size)])
          pr.element("w:szCs", [("w:val", size)])
        }
        r.textElement("w:t", DraftMark.text)
      }
    }
  }
}
