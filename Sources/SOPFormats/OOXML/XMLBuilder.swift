/// Builds XML text: escaping in one place, attributes in the order given, so the same content
/// always gives the same bytes.
struct XMLBuilder {
  private(set) var text = ""

  init(declaration: Bool = true) {
    if declaration { text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" }
  }

  /// `<name a="1">…</name>`, or `<name a="1"/>` when `content` adds nothing.
  mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: (inout XMLBuilder) -> Void = { _ in }) {
    var inner = XMLBuilder(declaration: false)
    content(&inner)
    text += "<" + name
    for (key, value) in attributes { text += " \(key)=\"\(XMLEscape.text(value))\"" }
    text += inner.text.isEmpty ? "/>" : ">" + inner.text + "</\(name)>"
  }

  /// `<name>text</name>`, keeping spaces (for w:t).
  mutating func textElement(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
    text += "<" + name
    for (key, value) in attributes { text += " \(key)=\"\(XMLEscape.text(value))\"" }
    text += ">" + XMLEscape.text(value) + "</\(name)>"
  }

  /// Already-built XML.
  mutating func raw(_ xml: String) { text += xml }
}
