/// Lines of text in a box, as `<text>` with one `<tspan>` per line: the block centred vertically,
/// each line left-aligned after a small padding or centred.
enum SVGText {
  /// Space between baselines, as a share of the font size.
  static let lineSpacing = 1.15
  /// Room between a cell border and its text, in points.
  static let padding = 2.5

  /// Writes `<text>` for `lines` inside the box; nothing when every line is empty.
  static func draw(
    _ lines: [String], left: Double, right: Double, top: Double, bottom: Double, size: Double, bold: Bool = false,
    centered: Bool = false, halo: Bool = false, into x: inout XMLBuilder
  ) {
    guard lines.contains(where: { !$0.isEmpty }) else { return }
    let lineHeight = size * lineSpacing
    let blockTop = (top + bottom) / 2 - Double(lines.count) * lineHeight / 2
    let textX = centered ? (left + right) / 2 : left + padding
    var attributes = [("font-size", SVGNumber.format(size))]
    if bold { attributes.append(("font-weight", "bold")) }
    if centered { attributes.append(("text-anchor", "middle")) }
    // A white outline under the letters keeps a label readable where a line runs through it.
    if halo { attributes += [("stroke", "#fff"), ("stroke-width", "2"), ("paint-order", "stroke")] }
    x.element("text", attributes) { text in
      for (index, line) in lines.enumerated() where !line.isEmpty {
        // The baseline sits a little below the middle of the line's slot.
        let baseline = blockTop + (Double(index) + 0.5) * lineHeight + size * 0.35
        text.textElement("tspan", line, [("x", SVGNumber.format(textX)), ("y", SVGNumber.format(baseline))])
      }
    }
  }
}
