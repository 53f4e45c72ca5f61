/// The styles part (`word/styles.xml`): the document defaults and the named styles.
///
/// The template's part is `Templates/docx/word/styles.xml`. With a reference document, its
/// defaults and styles are used, and each of the template's styles that it lacks (by style id and
/// type) is taken from the template, so the body never refers to a missing style.
struct DOCXStyles: Sendable {
  var documentDefaults: XMLElement?
  var styles: [XMLElement]

  init(documentDefaults: XMLElement?, styles: [XMLElement]) {
    self.documentDefaults = documentDefaults
    self.styles = styles
  }

  /// The styles of a `w:styles` element.
  init(_ root: XMLElement) {
    self.init(documentDefaults: root.first("docDefaults"), styles: root.all("style"))
  }

  /// The template's styles (parsed once; DOCXTemplateTests checks that the part is well-formed and
  /// defines every ``DOCXStyle``).
  static let template: DOCXStyles = {
    guard let root = DOCXTemplate.element("word/styles.xml") else { return DOCXStyles(documentDefaults: nil, styles: []) }
    return DOCXStyles(root)
  }()

  private static func key(_ style: XMLElement) -> String {
    (style.attributes["w:type"] ?? "paragraph") + "/" + (style.attributes["w:styleId"] ?? "")
  }

  /// These styles, completed with `fallback`'s defaults and styles where these have none.
  func filling(from fallback: DOCXStyles) -> DOCXStyles {
    var own: [String: XMLElement] = [:]
    for style in styles where own[Self.key(style)] == nil { own[Self.key(style)] = style }
    let fallbackKeys = Set(fallback.styles.map(Self.key))
    let fallbackIDs = Set(fallback.styles.compactMap { $0.attributes["w:styleId"] })
    var merged = fallback.styles.map { own[Self.key($0)] ?? $0 }
    // The reference's other styles (those the edited ones may be based on). A style id the
    // template uses for another type is left out: ids must be unique in the part.
    merged += styles.filter { !fallbackKeys.contains(Self.key($0)) && !fallbackIDs.contains($0.attributes["w:styleId"] ?? "") }
    return DOCXStyles(documentDefaults: documentDefaults ?? fallback.documentDefaults, styles: merged)
  }

  /// The part's text.
  var partText: String {
    let children = (documentDefaults.map { [$0] } ?? []) + styles
    return XMLElement(name: "styles", namespace: XMLElement.knownNamespaces[0].uri, attributes: XMLAttributes(), line: 0, children: children).partText
  }
}
