/// Builds XML text: escaping in one place, attributes in the order given, so the same content
/// always gives the same bytes.
struct XMLBuilder {
  private(set) var text = ""
  /// HTML syntax: an empty element gets an end tag (`<td></td>`), a void element none (`<meta>`).
  private var isHTML = false

  init(declaration: Bool = true) {
    if declaration { text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" }
  }

  /// A builder for HTML, starting with the `<!DOCTYPE html>` line.
  static func html() -> XMLBuilder {
    var builder = XMLBuilder(declaration: false)
    builder.isHTML = true
    builder.text = "<!DOCTYPE html>\n"
    return builder
  }

  /// HTML elements that never have content or an end tag.
  private static let voidElements: Set<String> = ["br", "img", "meta"]

  /// `<name a="1">…</name>`, or `<name a="1"/>` when `content` adds nothing.
  mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: (inout XMLBuilder) -> Void = { _ in }) {
    var inner = XMLBuilder(declaration: false)
    inner.isHTML = isHTML
    content(&inner)
    text += "<" + name
    for (key, value) in attributes { text += " \(key)=\"\(XMLEscape.text(value))\"" }
    if !inner.text.isEmpty {
      text += ">" + inner.text + "</\(name)>"
    } else if isHTML {
      text += Self.voidElements.contains(name) ? ">" : "></\(name)>"
    } else {
      text += "/>"
    }
  }

  /// Escaped character data.
  mutating func characters(_ value: String) { text += XMLEscape.text(value) }

  /// `<name>text</name>`, keeping spaces (for w:t).
  mutating func textElement(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
    text += "<" + name
    for (key, value) in attributes { text += " \(key)=\"\(XMLEscape.text(value))\"" }
    text += ">" + XMLEscape.text(value) + "</\(name)>"
  }

  /// Already-built XML.
  mutating func raw(_ xml: String) { text += xml }
}
