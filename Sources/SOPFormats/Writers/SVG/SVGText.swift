/// Lines of text in a box, as `<text>` with one `<tspan>` per line, placed by ``TextBox``.
enum SVGText {
  /// Writes `<text>` for `lines` inside the box; nothing when every line is empty.
  static func draw(
    _ lines: [String], left: Double, right: Double, top: Double, bottom: Double, size: Double, bold: Bool = false,
    centered: Bool = false, halo: Bool = false, into x: inout XMLBuilder
  ) {
    guard lines.contains(where: { !$0.isEmpty }) else { return }
    let baselines = TextBox.baselines(count: lines.count, top: top, bottom: bottom, size: size)
    let textX = centered ? (left + right) / 2 : left + TextBox.padding
    var attributes = [("font-size", SVGNumber.format(size))]
    if bold { attributes.append(("font-weight", "bold")) }
    if centered { attributes.append(("text-anchor", "middle")) }
    // A white outline under the letters keeps a label readable where a line runs through it.
    if halo { attributes += [("stroke", "#fff"), ("stroke-width", "2"), ("paint-order", "stroke")] }
    x.element("text", attributes) { text in
      for (index, line) in lines.enumerated() where !line.isEmpty {
        text.textElement("tspan", line, [("x", SVGNumber.format(textX)), ("y", SVGNumber.format(baselines[index]))])
      }
    }
  }
}
