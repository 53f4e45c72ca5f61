/// One DISAHKAN OLEH block on a PDF page, found from where its label stands: the characters to the
/// right of the label, between the TGL. EFEKTIF row above and the NAMA SOP row below, grouped into
/// lines from top to bottom.
struct PDFSignatureBlock {
  /// A line of the block: its characters (no spaces) and its vertical extent.
  struct Line {
    var glyphs: [PDFTextPages.Glyph]
    var top: Double, bottom: Double
    var text: String { String(glyphs.map(\.character)) }
  }

  var page: Int
  var lines: [Line]
  /// The middle of the rows above and below (TGL. EFEKTIF, NAMA SOP), which bound the block.
  var top: Double, bottom: Double

  /// How far from the label, in points, a row's text is looked for when its neighbour's label is not found.
  static let reach = 5 / 2.54 * 72

  /// The blocks of `page`, one per "DISAHKAN OLEH" label (or "DISAHKAN" when the label is set on
  /// two lines).
  static func find(on page: PDFTextPages.Page) -> [PDFSignatureBlock] {
    let above = page.find("EFEKTIF").map { middle($0) }
    let below = page.find("NAMA SOP").map { middle($0) }
    let labels = page.find("DISAHKAN OLEH")
    return (labels.isEmpty ? page.find("DISAHKAN") : labels).map { label in
      let centre = middle(label)
      let right = label.map(\.right).max() ?? 0
      let top = above.filter { $0 < centre }.max() ?? centre - reach
      let bottom = below.filter { $0 > centre }.min() ?? centre + reach
      let glyphs = page.glyphs.filter { glyph in
        !glyph.character.isWhitespace && glyph.left > right + 1 && glyph.middle > top + 3 && glyph.middle < bottom
      }
      return PDFSignatureBlock(page: page.number, lines: lines(glyphs), top: top, bottom: bottom)
    }
  }

  private static func middle(_ glyphs: [PDFTextPages.Glyph]) -> Double {
    glyphs.map(\.middle).reduce(0, +) / Double(max(glyphs.count, 1))
  }

  /// `glyphs` grouped into lines: those whose extents overlap vertically.
  static func lines(_ glyphs: [PDFTextPages.Glyph]) -> [Line] {
    var lines: [Line] = []
    for glyph in glyphs.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
      if var last = lines.last, glyph.top < last.bottom - 1 {
        last.glyphs.append(glyph)
        last.bottom = max(last.bottom, glyph.bottom)
        lines[lines.count - 1] = last
      } else {
        lines.append(Line(glyphs: [glyph], top: glyph.top, bottom: glyph.bottom))
      }
    }
    return lines
  }

  /// The line that holds one character standing alone (the TTE marker), if there is one.
  /// The jabatan's line comes first, and may be a lone "," when the SOP names no jabatan.
  var loneMark: Character? {
    lines.dropFirst().first { $0.glyphs.count == 1 && WordSigningCheck.couldBeMarker(String($0.glyphs[0].character)) }?.glyphs[0].character
  }

  /// The room around the signature's place: the largest free height between two lines once the
  /// lines that are `mark` are left out, or the free height around the mark when there is one.
  func room(leavingOut mark: (Line) -> Bool) -> (height: Double, holdsMark: Bool) {
    let marks = lines.filter(mark)
    var others = lines.filter { !mark($0) }
    // A block without a name under the room (or a jabatan over it): the row's edge bounds it.
    if others.count < 2 {
      others = [Line(glyphs: [], top: top, bottom: top)] + others + [Line(glyphs: [], top: bottom, bottom: bottom)]
    }
    var best: (height: Double, holdsMark: Bool) = (0, false)
    for (upper, lower) in zip(others, others.dropFirst()) {
      let gap = lower.top - upper.bottom
      let holds = marks.contains { $0.top >= upper.bottom - 1 && $0.bottom <= lower.top + 1 }
      // A gap holding the mark is the room; otherwise the largest gap.
      if (holds && !best.holdsMark) || (holds == best.holdsMark && gap > best.height) { best = (gap, holds) }
    }
    return best
  }
}
