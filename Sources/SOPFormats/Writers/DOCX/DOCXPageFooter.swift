/// The page footer of the Word document: "Halaman x dari y" centred in Arial 8, from the PAGE and
/// NUMPAGES fields, so Word and LibreOffice number the pages as they print them (sop-ap-format §8).
///
/// In the electronic modes the signature page keeps its foot free for the footer and QR that
/// SRIKANDI and TTE stamp there (§9.2): its section names an empty footer part instead, so it
/// neither prints a number nor inherits the numbered footer from the section before it.
enum DOCXPageFooter {
  static let path = "word/footer1.xml"
  static let relationship = "rIdFooter"
  /// The empty footer of the signature page in the electronic modes.
  static let emptyPath = "word/footer2.xml"
  static let emptyRelationship = "rIdFooterEmpty"
  static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
  static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
  /// The text size, in points.
  static let size = 8.0

  /// The numbered footer part.
  static var xml: String { part(numbered: true) }
  /// The empty footer part.
  static var emptyXML: String { part(numbered: false) }

  private static func part(numbered: Bool) -> String {
    var x = XMLBuilder()
    x.element("w:ftr", [
      ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
      ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ]) { footer in
      footer.element("w:p") { p in
        p.element("w:pPr") { pr in
          pr.element("w:spacing", [("w:before", "0"), ("w:after", "0")])
          pr.element("w:jc", [("w:val", "center")])
        }
        guard numbered else { return }
        run("Halaman ", into: &p)
        field("PAGE", result: "1", into: &p)
        run(" dari ", into: &p)
        field("NUMPAGES", result: "1", into: &p)
      }
    }
    return x.text
  }

  /// Run properties spelt out (Arial 8), so that a reference document's styles do not change the
  /// footer's height.
  private static func properties(into r: inout XMLBuilder) {
    let halfPoints = String(Int(size * 2))
    r.element("w:rPr") { pr in
      pr.element("w:rFonts", [("w:ascii", "Arial"), ("w:hAnsi", "Arial"), ("w:cs", "Arial")])
      pr.element("w:sz", [("w:val", halfPoints)])
      pr.element("w:szCs", [("w:val", halfPoints)])
    }
  }

  private static func run(_ text: String, into p: inout XMLBuilder) {
    p.element("w:r") { r in
      properties(into: &r)
      r.textElement("w:t", text, [("xml:space", "preserve")])
    }
  }

  /// A complex field: begin, instruction, separate, its last result, end.
  private static func field(_ instruction: String, result: String, into p: inout XMLBuilder) {
    p.element("w:r") { r in
      properties(into: &r)
      r.element("w:fldChar", [("w:fldCharType", "begin")])
    }
    p.element("w:r") { r in
      properties(into: &r)
      r.textElement("w:instrText", " \(instruction) ", [("xml:space", "preserve")])
    }
    p.element("w:r") { r in
      properties(into: &r)
      r.element("w:fldChar", [("w:fldCharType", "separate")])
    }
    run(result, into: &p)
    p.element("w:r") { r in
      properties(into: &r)
      r.element("w:fldChar", [("w:fldCharType", "end")])
    }
  }
}
