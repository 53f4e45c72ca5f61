import CLibXML2
import Foundation

/// A small element tree read with libxml2: names, namespaces, attributes, text and line numbers.
///
/// Parsing is set up for untrusted files: no network, no DTD loading, no entity expansion, and
/// libxml2's own size and depth limits stay on (no XML_PARSE_HUGE).
final class XMLElement: @unchecked Sendable {
  // @unchecked: built once by `parse` and never mutated afterwards.
  let name: String
  let namespace: String?
  let attributes: [String: String]
  private(set) var children: [XMLElement] = []
  /// The element's own text (text nodes directly inside it).
  private(set) var text = ""
  let line: Int

  init(name: String, namespace: String?, attributes: [String: String], line: Int) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.line = line
  }

  /// The parse failure, with libxml2's message and line.
  struct ParseError: Error {
    var message: String
    var line: Int
  }

  static func parse(_ data: Data) throws(ParseError) -> XMLElement {
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, options)
      }
    }
    guard let document else {
      let error = xmlGetLastError()
      let message = error.map { String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "not well-formed XML"
      throw ParseError(message: message, line: Int(error?.pointee.line ?? 0))
    }
    defer { xmlFreeDoc(document) }
    if document.pointee.intSubset != nil {
      throw ParseError(message: "the part declares a DTD, which OOXML parts never do", line: 1)
    }
    guard let root = xmlDocGetRootElement(document) else { throw ParseError(message: "the part has no root element", line: 1) }
    return build(root)
  }

  private static func build(_ node: xmlNodePtr) -> XMLElement {
    var attributes: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = String(cString: current.pointee.name)
      let prefix = current.pointee.ns.map { String(cString: $0.pointee.prefix) }
      if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
        attributes[prefix.map { "\($0):\(name)" } ?? name] = String(cString: value)
        cxml_free(value)
      }
      attribute = current.pointee.next
    }
    let element = XMLElement(
      name: String(cString: node.pointee.name), namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
      attributes: attributes, line: Int(xmlGetLineNo(node)))
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE: element.children.append(build(current))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content { element.text += String(cString: content) }
      default: break
      }
      child = current.pointee.next
    }
    return element
  }

  /// Children with the local name `name`.
  func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

  /// The first child with the local name `name`.
  func first(_ name: String) -> XMLElement? { children.first { $0.name == name } }

  /// Descendants with the local name `name`, in document order.
  func descendants(_ name: String) -> [XMLElement] {
    var found: [XMLElement] = []
    for child in children {
      if child.name == name { found.append(child) }
      found += child.descendants(name)
    }
    return found
  }

  /// All text inside, depth first.
  var allText: String { text + children.map(\.allText).joined() }
}
