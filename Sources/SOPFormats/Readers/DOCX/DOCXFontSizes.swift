import Foundation

/// The font size Word sets a cell's text in (word/styles.xml): a run's own `w:sz`, else its
/// paragraph style's (through `w:basedOn`), else the document default. Rows that grow with their
/// text are estimated at this size, so a header set in 7 pt is not taken for 10 pt lines.
struct DOCXFontSizes {
  /// Word's own default when styles.xml says nothing: 10 pt.
  static let wordDefault = 10.0

  private var styleSizes: [String: Double] = [:]
  private var basedOn: [String: String] = [:]
  private var defaultSize = Self.wordDefault
  private var defaultParagraphStyle: String?

  init(styles: XMLElement?) {
    if let size = Self.size(styles?.first("docDefaults")?.first("rPrDefault")?.first("rPr")) { defaultSize = size }
    for style in styles?.all("style") ?? [] where style.attributes["w:type"] == "paragraph" {
      guard let id = style.attributes["w:styleId"] else { continue }
      if let size = Self.size(style.first("rPr")) { styleSizes[id] = size }
      if let parent = style.first("basedOn")?.attributes["w:val"] { basedOn[id] = parent }
      if style.attributes["w:default"] == "1" { defaultParagraphStyle = id }
    }
  }

  /// The size of the largest text in `cell`'s paragraphs, in points.
  func size(ofCell cell: XMLElement) -> Double {
    var largest = 0.0
    for paragraph in cell.descendants("p") {
      let style = paragraph.first("pPr")?.first("pStyle")?.attributes["w:val"] ?? defaultParagraphStyle
      let paragraphSize = styleSize(style)
      let runs = paragraph.descendants("r").filter { !$0.descendants("t").isEmpty }
      if runs.isEmpty { continue }
      for run in runs { largest = max(largest, Self.size(run.first("rPr")) ?? paragraphSize) }
    }
    return largest > 0 ? largest : styleSize(defaultParagraphStyle)
  }

  private func styleSize(_ style: String?) -> Double {
    var current = style
    var seen: Set<String> = []
    while let id = current, seen.insert(id).inserted {
      if let size = styleSizes[id] { return size }
      current = basedOn[id]
    }
    return defaultSize
  }

  /// `w:sz` (half-points) of a run-properties element, in points; sizes Word cannot set are
  /// ignored.
  private static func size(_ properties: XMLElement?) -> Double? {
    guard let value = properties?.first("sz")?.attributes["w:val"].flatMap(Double.init), (2...3_276).contains(value) else { return nil }
    return value / 2
  }
}
