import Foundation

/// Word's automatic numbering (word/numbering.xml): turns a paragraph's w:numPr into the label
/// Word shows in front of it ("1.", "b)", "iii."), so numbered lists read as list items.
///
/// Counting follows Word: paragraphs whose numbering instances share an abstract definition
/// continue one count, unless an instance restarts it with a w:startOverride; a level restarts
/// whenever a shallower level advances. An instance may also redefine a level (w:lvlOverride
/// holding a w:lvl); an abstract definition may take its levels from a numbering style
/// (w:numStyleLink); and a paragraph style passes its numbering on to the styles based on it.
struct DOCXNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text = "%1."
  }

  /// Word's nine list levels, and the range of its start values.
  static let levels = 0...8
  static let starts = 0...32_767

  private var abstractLevels: [String: [Int: Level]] = [:]
  /// Numbering instance → (abstract definition, level overrides with their start, levels it
  /// redefines).
  private var instances: [String: (abstract: String, starts: [Int: Int], levels: [Int: Level])] = [:]
  /// Paragraph style → its numbering (numId, ilvl).
  private var styleNumbering: [String: (id: String, level: Int)] = [:]
  private var counters: [String: [Int: Int]] = [:]
  private var startedInstances: Set<String> = []

  init(numbering: XMLElement?, styles: XMLElement?) {
    var styleLinks: [String: String] = [:]
    for abstract in numbering?.all("abstractNum") ?? [] {
      guard let id = abstract.attributes["w:abstractNumId"] else { continue }
      abstractLevels[id] = Self.levels(abstract.all("lvl"))
      if let style = abstract.first("numStyleLink")?.attributes["w:val"] { styleLinks[id] = style }
    }
    for instance in numbering?.all("num") ?? [] {
      guard let id = instance.attributes["w:numId"], let abstract = instance.first("abstractNumId")?.attributes["w:val"] else { continue }
      var starts: [Int: Int] = [:]
      var redefined: [Int: Level] = [:]
      for override in instance.all("lvlOverride") {
        guard let level = override.attributes["w:ilvl"].flatMap(Int.init), Self.levels.contains(level) else { continue }
        if let start = override.first("startOverride")?.attributes["w:val"] {
          starts[level] = DOCXShapes.integer(start, in: Self.starts, default: 1)
        }
        if let definition = Self.levels(override.all("lvl"))[level] { redefined[level] = definition }
      }
      instances[id] = (abstract, starts, redefined)
    }
    var numberingStyles: [String: String] = [:]
    var parents: [String: String] = [:]
    for style in styles?.all("style") ?? [] {
      guard let id = style.attributes["w:styleId"] else { continue }
      let numPr = style.first("pPr")?.first("numPr")
      switch style.attributes["w:type"] {
      case "paragraph":
        if let parent = style.first("basedOn")?.attributes["w:val"] { parents[id] = parent }
        if let numPr, let numId = numPr.first("numId")?.attributes["w:val"] {
          styleNumbering[id] = (numId, numPr.first("ilvl")?.attributes["w:val"].flatMap(Int.init) ?? 0)
        }
      case "numbering":
        if let numId = numPr?.first("numId")?.attributes["w:val"] { numberingStyles[id] = numId }
      default: continue
      }
    }
    // A style without numbering of its own takes its nearest ancestor's (a bounded walk: a
    // basedOn cycle ends it).
    for id in parents.keys where styleNumbering[id] == nil {
      var ancestor = parents[id]
      for _ in 0..<16 {
        guard let current = ancestor else { break }
        if let inherited = styleNumbering[current] {
          styleNumbering[id] = inherited
          break
        }
        ancestor = parents[current]
      }
    }
    // numStyleLink: the linked numbering style's instance holds the levels.
    for (abstract, style) in styleLinks where abstractLevels[abstract]?.isEmpty ?? true {
      if let numId = numberingStyles[style], let linked = instances[numId]?.abstract, let levels = abstractLevels[linked] {
        abstractLevels[abstract] = levels
      }
    }
  }

  /// The levels defined by `elements` (w:lvl), by their w:ilvl.
  private static func levels(_ elements: [XMLElement]) -> [Int: Level] {
    var levels: [Int: Level] = [:]
    for level in elements {
      guard let index = level.attributes["w:ilvl"].flatMap(Int.init), Self.levels.contains(index) else { continue }
      var value = Level()
      if let start = level.first("start")?.attributes["w:val"] { value.start = DOCXShapes.integer(start, in: Self.starts, default: 1) }
      if let format = level.first("numFmt")?.attributes["w:val"] { value.format = format }
      if let text = level.first("lvlText")?.attributes["w:val"] { value.text = text }
      levels[index] = value
    }
    return levels
  }

  /// The label of a paragraph, advancing the count; nil for a paragraph without numbering.
  /// Bullets come back as "-" so that the list reader sees an item marker.
  mutating func label(for paragraph: XMLElement) -> String? {
    let properties = paragraph.first("pPr")
    var id: String?
    var level = 0
    if let style = properties?.first("pStyle")?.attributes["w:val"], let numbering = styleNumbering[style] {
      (id, level) = (numbering.id, numbering.level)
    }
    if let numPr = properties?.first("numPr") {
      if let direct = numPr.first("numId")?.attributes["w:val"] { id = direct }
      if let direct = numPr.first("ilvl")?.attributes["w:val"].flatMap(Int.init) { level = direct }
    }
    // numId 0 switches numbering off, also when the style has some.
    guard Self.levels.contains(level), let id, id != "0", let instance = instances[id], let abstract = abstractLevels[instance.abstract] else {
      return nil
    }
    let levels = abstract.merging(instance.levels) { _, redefined in redefined }
    guard let definition = levels[level] else { return nil }
    if definition.format == "bullet" { return "-" }
    if definition.format == "none" { return nil }
    var count = counters[instance.abstract, default: [:]]
    if !startedInstances.contains(id), !instance.starts.isEmpty {
      for (overridden, start) in instance.starts { count[overridden] = start - 1 }
    }
    startedInstances.insert(id)
    count[level] = (count[level] ?? ((levels[level]?.start ?? 1) - 1)) + 1
    for deeper in count.keys where deeper > level { count[deeper] = nil }
    counters[instance.abstract] = count
    var text = definition.text
    for shown in 0...min(level, 8) {
      let value = count[shown] ?? (levels[shown]?.start ?? 1)
      text = text.replacingOccurrences(of: "%\(shown + 1)", with: Self.format(value, levels[shown]?.format ?? "decimal"))
    }
    return text
  }

  static func format(_ value: Int, _ format: String) -> String {
    switch format {
    case "lowerLetter": return letters(value).lowercased()
    case "upperLetter": return letters(value)
    case "lowerRoman": return roman(value).lowercased()
    case "upperRoman": return roman(value)
    default: return String(value)
    }
  }

  /// A, B, …, Z, AA, BB, … as Word counts letters.
  private static func letters(_ value: Int) -> String {
    guard value > 0, value <= 780 else { return String(value) }
    let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let symbols: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var rest = value
    var text = ""
    for (amount, symbol) in symbols {
      while rest >= amount {
        text += symbol
        rest -= amount
      }
    }
    return text
  }
}
