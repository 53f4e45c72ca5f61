/// Writing a parsed element tree back out, for parts sopkit passes through (the styles of a
/// reference document, the template's own parts).
///
/// Elements are written with the prefixes sopkit itself uses for their namespace, and the root
/// declares the namespaces used below it. Elements in other namespaces (Word 2010+ extensions such
/// as `w14:`, `mc:AlternateContent`) and attributes with other prefixes are left out: they are
/// optional by design, and leaving them out means no undeclared prefix can remain. Comments and
/// the whitespace between elements go too, so an indented file gives compact, deterministic XML.
extension XMLElement {
  /// Namespaces sopkit writes, with their prefix ("" for a default namespace), in declaration order.
  static let knownNamespaces: [(prefix: String, uri: String)] = [
    ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("", "http://schemas.openxmlformats.org/package/2006/content-types"),
    ("", "http://schemas.openxmlformats.org/package/2006/relationships"),
  ]

  /// The part as text: an XML declaration, then this element as the root.
  var partText: String {
    var builder = XMLBuilder()
    write(into: &builder, declaring: declarations)
    return builder.text
  }

  private static func prefix(of uri: String?) -> String? {
    guard let uri else { return nil }
    return knownNamespaces.first { $0.uri == uri }?.prefix
  }

  /// `xmlns` attributes for the known namespaces used in this subtree.
  private var declarations: [(String, String)] {
    var used: Set<String> = []
    collectNamespaces(into: &used)
    return Self.knownNamespaces.filter { used.contains($0.uri) }.map { ($0.prefix.isEmpty ? "xmlns" : "xmlns:\($0.prefix)", $0.uri) }
  }

  private func collectNamespaces(into used: inout Set<String>) {
    guard let namespace, Self.prefix(of: namespace) != nil else { return }
    used.insert(namespace)
    for (name, _) in attributes.pairs {
      if let colon = name.firstIndex(of: ":"), let known = Self.knownNamespaces.first(where: { !$0.prefix.isEmpty && $0.prefix == name[..<colon] }) {
        used.insert(known.uri)
      }
    }
    for child in children { child.collectNamespaces(into: &used) }
  }

  /// Whether an attribute's prefix is one sopkit declares (or `xml:`, or none).
  private static func keeps(_ attribute: String) -> Bool {
    guard let colon = attribute.firstIndex(of: ":") else { return true }
    let prefix = attribute[..<colon]
    return prefix == "xml" || knownNamespaces.contains { !$0.prefix.isEmpty && $0.prefix == prefix }
  }

  private func write(into builder: inout XMLBuilder, declaring namespaces: [(String, String)]) {
    guard let prefix = Self.prefix(of: namespace) else { return }
    let qualified = prefix.isEmpty ? name : "\(prefix):\(name)"
    let kept = attributes.pairs.filter { Self.keeps($0.name) }.map { ($0.name, $0.value) }
    // Whitespace-only text is indentation, except in a text run (w:t keeps its spaces).
    if children.isEmpty, !text.isEmpty, name == "t" || text.contains(where: { !$0.isWhitespace }) {
      builder.textElement(qualified, text, namespaces + kept)
    } else {
      builder.element(qualified, namespaces + kept) { inner in
        for child in children { child.write(into: &inner, declaring: []) }
      }
    }
  }
}
