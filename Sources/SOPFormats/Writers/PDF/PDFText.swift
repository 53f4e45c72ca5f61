import CCairo

/// Text on a PDF page, set by pango in Liberation Sans: the font Arial's metrics were measured
/// from (``TextMeasure``), which the workbook and the Word document name, so a line that fits a
/// cell there fits it here. Lines are broken by ``TextMeasure`` (as every writer breaks them);
/// pango sets each line as it is, without wrapping. cairo embeds the glyphs used, with their
/// Unicode values, so the text can be searched and extracted.
final class PDFText {
  /// The font family asked of fontconfig.
  static let family = "Liberation Sans"

  private let context: OpaquePointer
  private let pango: OpaquePointer
  private let layout: OpaquePointer

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
    layout = pango_layout_new(pango)
  }

  deinit {
    g_object_unref(UnsafeMutableRawPointer(layout))
    g_object_unref(UnsafeMutableRawPointer(pango))
  }

  /// Sets `line` in the layout at `size`; its width in points and its baseline below its top.
  private func set(_ line: String, size: Double, bold: Bool) -> (width: Double, baseline: Double) {
    let font = pango_font_description_new()
    pango_font_description_set_family(font, Self.family)
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
    pango_layout_set_font_description(layout, font)
    pango_font_description_free(font)
    pango_layout_set_text(layout, line, -1)
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    return (Double(logical.width) / Double(PANGO_SCALE), Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE))
  }

  /// Where a line stands across: from `x` (left), centred on `x`, or ending at `x` (right).
  enum Anchor { case start, middle, end }

  /// Draws `line` with its baseline at `baseline`, anchored at `x`.
  func draw(_ line: String, x: Double, baseline: Double, size: Double, bold: Bool = false, anchor: Anchor = .start) {
    guard !line.isEmpty else { return }
    let (width, ascent) = set(line, size: size, bold: bold)
    let left: Double
    switch anchor {
    case .start: left = x
    case .middle: left = x - width / 2
    case .end: left = x - width
    }
    cairo_move_to(context, left, baseline - ascent)
    pango_cairo_show_layout(context, layout)
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
