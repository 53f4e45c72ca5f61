import CPoppler
import SOPModel

/// The extractable text of a PDF, character by character with where each stands on its page
/// (points, from the page's top left), read with poppler-glib: what a BSrE signing service reads
/// when it looks for the marker (sop-ap-format §9.3a).
struct PDFTextPages {
  /// One character and its box.
  struct Glyph {
    var character: Character
    var left: Double, top: Double, right: Double, bottom: Double
    var middle: Double { (top + bottom) / 2 }
  }

  /// One page's characters in poppler's reading order (line ends included as `\n`).
  struct Page {
    var number: Int
    var glyphs: [Glyph]

    /// The page's text.
    var text: String { String(glyphs.map(\.character)) }

    /// The glyphs of each occurrence of `word` in the text.
    func find(_ word: String) -> [[Glyph]] {
      let target = Array(word), chars = glyphs.map(\.character)
      guard !target.isEmpty, chars.count >= target.count else { return [] }
      return (0...(chars.count - target.count)).filter { Array(chars[$0..<($0 + target.count)]) == target }.map { Array(glyphs[$0..<($0 + target.count)]) }
    }
  }

  let pages: [Page]

  /// Reads `bytes`; throws `unreadableInput` when poppler cannot open them (damaged, encrypted).
  init(_ bytes: [UInt8], source: String) throws(ConversionError) {
    var error: UnsafeMutablePointer<GError>?
    let document: OpaquePointer? = bytes.withUnsafeBytes { raw in
      let data = g_bytes_new(raw.baseAddress, gsize(raw.count))
      defer { g_bytes_unref(data) }
      return poppler_document_new_from_bytes(data, nil, &error)
    }
    guard let document else {
      let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown reason"
      if let error { g_error_free(error) }
      throw ConversionError(.unreadableInput, Diagnostic(
        .ioUnreadable, "the PDF cannot be opened: \(reason)", at: SourceLocation(file: source),
        hint: "write the PDF again with sopkit -t pdf; a password-protected PDF cannot be signed by TTE either"))
    }
    defer { g_object_unref(gpointer(document)) }
    var pages: [Page] = []
    for index in 0..<poppler_document_get_n_pages(document) {
      guard let page = poppler_document_get_page(document, index) else { continue }
      defer { g_object_unref(gpointer(page)) }
      pages.append(Page(number: Int(index) + 1, glyphs: Self.glyphs(page)))
    }
    self.pages = pages
  }

  /// The characters of `page` with their boxes: poppler gives one rectangle per character of the
  /// page's text, in the same order.
  private static func glyphs(_ page: OpaquePointer) -> [Glyph] {
    guard let text = poppler_page_get_text(page) else { return [] }
    defer { g_free(text) }
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var count: guint = 0
    guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
    defer { g_free(rectangles) }
    var glyphs: [Glyph] = []
    for (index, scalar) in String(cString: text).unicodeScalars.enumerated() where index < Int(count) {
      let box = rectangles[index]
      glyphs.append(Glyph(character: Character(scalar), left: box.x1, top: box.y1, right: box.x2, bottom: box.y2))
    }
    return glyphs
  }
}
