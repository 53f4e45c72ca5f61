import CCairo

/// Text on a PDF page, set by pango in Liberation Sans: the font Arial's metrics were measured
/// from (``TextMeasure``), which the workbook and the Word document name, so a line that fits a
/// cell there fits it here. Lines are broken by ``TextMeasure`` (as every writer breaks them);
/// pango itemizes each line (choosing a fallback font for a character Liberation Sans lacks) and
/// shapes it with HarfBuzz, and cairo draws the glyphs. cairo embeds the glyphs used, with their
/// Unicode values, so the text can be searched and extracted.
final class PDFText {
  /// The font family asked of fontconfig.
  static let family = "Liberation Sans"

  private let context: OpaquePointer
  private let pango: OpaquePointer
  private let attributes: OpaquePointer
  /// One font description for each size and weight: pages use a handful of them.
  private var fonts: [Font: OpaquePointer] = [:]
  /// The font fontconfig gives for each description, for lines of printable ASCII, which
  /// Liberation Sans covers: they are shaped without itemizing.
  private var loaded: [Font: UnsafeMutablePointer<PangoFont>] = [:]
  private let language = pango_language_from_string("id")
  /// Each line already shaped: the header repeated on every page is shaped once.
  private var shaped: [Line: Shaped] = [:]

  private struct Font: Hashable {
    var size: Double
    var bold: Bool
  }

  private struct Line: Hashable {
    var text: String
    var font: Font
  }

  /// A shaped line: its runs (a font and its glyphs, from an offset along the line) and its width.
  private struct Shaped {
    var runs: [(font: UnsafeMutablePointer<PangoFont>, glyphs: UnsafeMutablePointer<PangoGlyphString>, x: Double)]
    var width: Double
  }

  init(_ context: OpaquePointer) {
    self.context = context
    pango = pango_cairo_create_context(context)
    // Outlines as designed, at unrounded positions: the PDF is scaled by whatever shows it.
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    pango_cairo_context_set_font_options(pango, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(pango, 0)
    attributes = pango_attr_list_new()
  }

  deinit {
    for line in shaped.values {
      for run in line.runs {
        pango_glyph_string_free(run.glyphs)
        g_object_unref(UnsafeMutableRawPointer(run.font))
      }
    }
    for font in fonts.values { pango_font_description_free(font) }
    for font in loaded.values { g_object_unref(UnsafeMutableRawPointer(font)) }
    pango_attr_list_unref(attributes)
    g_object_unref(UnsafeMutableRawPointer(pango))
  }

  /// The font description of `font`.
  private func description(_ font: Font) -> OpaquePointer {
    if let known = fonts[font] { return known }
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, Self.family)
    pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
    fonts[font] = description
    return description
  }

  /// The font fontconfig chooses for `font`'s description.
  private func loadedFont(_ font: Font) -> UnsafeMutablePointer<PangoFont>? {
    if let known = loaded[font] { return known }
    guard let chosen = pango_context_load_font(pango, description(font)) else { return nil }
    loaded[font] = chosen
    return chosen
  }

  /// `line` itemized and shaped at `size`.
  private func shape(_ line: String, size: Double, bold: Bool) -> Shaped {
    let key = Line(text: line, font: Font(size: size, bold: bold))
    if let known = shaped[key] { return known }
    pango_context_set_font_description(pango, description(key.font))
    var result = Shaped(runs: [], width: 0)
    if line.utf8.allSatisfy({ (32...126).contains($0) }), let font = loadedFont(key.font) {
      var analysis = PangoAnalysis()
      analysis.font = font
      analysis.script = UInt8(PANGO_SCRIPT_LATIN.rawValue)
      analysis.language = language
      let glyphs = pango_glyph_string_new()!
      line.withCString { text in
        let length = Int32(line.utf8.count)
        pango_shape_full(text, length, text, length, &analysis, glyphs)
      }
      g_object_ref(UnsafeMutableRawPointer(font))
      result.runs.append((font, glyphs, 0))
      result.width = Double(pango_glyph_string_get_width(glyphs)) / Double(PANGO_SCALE)
      shaped[key] = result
      return result
    }
    line.withCString { text in
      let length = Int32(line.utf8.count)
      let items = pango_itemize(pango, text, 0, length, attributes, nil)
      var node = items
      while let current = node {
        let item = current.pointee.data.assumingMemoryBound(to: PangoItem.self)
        let glyphs = pango_glyph_string_new()!
        pango_shape_full(text + Int(item.pointee.offset), item.pointee.length, text, length, &item.pointee.analysis, glyphs)
        if let font = item.pointee.analysis.font {
          g_object_ref(UnsafeMutableRawPointer(font))
          result.runs.append((font, glyphs, result.width))
        } else {
          pango_glyph_string_free(glyphs)
        }
        result.width += Double(pango_glyph_string_get_width(glyphs)) / Double(PANGO_SCALE)
        pango_item_free(item)
        node = current.pointee.next
      }
      g_list_free(items)
    }
    shaped[key] = result
    return result
  }

  /// Where a line stands across: from `x` (left), centred on `x`, or ending at `x` (right).
  enum Anchor { case start, middle, end }

  /// Draws `line` with its baseline at `baseline`, anchored at `x`.
  func draw(_ line: String, x: Double, baseline: Double, size: Double, bold: Bool = false, anchor: Anchor = .start) {
    guard !line.isEmpty else { return }
    let shaped = shape(line, size: size, bold: bold)
    let left: Double
    switch anchor {
    case .start: left = x
    case .middle: left = x - shaped.width / 2
    case .end: left = x - shaped.width
    }
    for run in shaped.runs {
      cairo_move_to(context, left + run.x, baseline)
      pango_cairo_show_glyph_string(context, run.font, run.glyphs)
    }
  }

  /// Draws `lines` in the box as ``TextBox`` places them: the block centred vertically, each line
  /// after the padding or centred.
  func draw(_ lines: [String], left: Double, right: Double, top: Double, bottom: Double, size: Double, bold: Bool = false, centered: Bool = false) {
    let baselines = TextBox.baselines(count: lines.count, top: top, bottom: bottom, size: size)
    for (line, baseline) in zip(lines, baselines) {
      draw(line, x: centered ? (left + right) / 2 : left + TextBox.padding, baseline: baseline, size: size, bold: bold, anchor: centered ? .middle : .start)
    }
  }
}
