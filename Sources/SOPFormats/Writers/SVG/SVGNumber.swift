/// Numbers as the SVG writer prints them: rounded to two decimals, without trailing zeros, without
/// a locale and never "-0", so the same drawing always gives the same bytes.
enum SVGNumber {
  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let magnitude = abs(hundredths)
    let sign = hundredths < 0 ? "-" : ""
    let whole = magnitude / 100, fraction = magnitude % 100
    if fraction == 0 { return sign + String(whole) }
    if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
    return sign + "\(whole)." + (fraction < 10 ? "0" : "") + String(fraction)
  }

  /// `x1,y1 x2,y2 …` for a `points` attribute.
  static func points(_ points: [(Double, Double)]) -> String {
    points.map { format($0.0) + "," + format($0.1) }.joined(separator: " ")
  }
}
