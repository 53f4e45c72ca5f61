import CLibXML2
import Foundation

/// A small element tree read with libxml2: names, namespaces, attributes, text and line numbers.
///
/// Parsing is set up for untrusted files: no network, no DTD loading, no entity expansion, and
/// libxml2's own size and depth limits stay on (no XML_PARSE_HUGE).
final class XMLElement: Sendable {
  let name: String
  let namespace: String?
  let attributes: XMLAttributes
  let children: [XMLElement]
  /// The element's own text (text nodes directly inside it).
  let text: String
  let line: Int

  init(name: String, namespace: String?, attributes: XMLAttributes, line: Int, children: [XMLElement] = [], text: String = "") {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.line = line
    self.children = children
    self.text = text
  }

  /// The parse failure, with libxml2's message and line.
  struct ParseError: Error {
    var message: String
    var line: Int
  }

  /// libxml2's global set-up, done once before the first parse, whatever thread it runs on:
  /// libxml2 2.9 initialises itself lazily and not thread-safely, and two first parses on two
  /// threads at once could crash (seen in the test suite, where readers run in parallel).
  private static let libxml2Initialised: Void = xmlInitParser()

  static func parse(_ data: Data) throws(ParseError) -> XMLElement {
    _ = libxml2Initialised
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
    var builder = Builder()
    return builder.build(root)
  }

  /// Turns libxml2's tree into elements. libxml2 keeps names in a dictionary, so each distinct
  /// name, namespace and attribute name is turned into a Swift string once per part.
  private struct Builder {
    struct AttributeKey: Hashable {
      var namespace: UnsafeRawPointer?
      var name: UnsafeRawPointer
    }
    var strings: [UnsafeRawPointer: String] = [:]
    var attributeNames: [AttributeKey: String] = [:]

    mutating func intern(_ pointer: UnsafePointer<xmlChar>) -> String {
      let key = UnsafeRawPointer(pointer)
      if let known = strings[key] { return known }
      let string = String(cString: pointer)
      strings[key] = string
      return string
    }

    mutating func build(_ node: xmlNodePtr) -> XMLElement {
      var attributes = XMLAttributes()
      var attribute = node.pointee.properties
      while let current = attribute {
        let key = AttributeKey(namespace: current.pointee.ns.flatMap { $0.pointee.prefix.map(UnsafeRawPointer.init) }, name: UnsafeRawPointer(current.pointee.name))
        let name: String
        if let known = attributeNames[key] {
          name = known
        } else {
          let local = String(cString: current.pointee.name)
          name = current.pointee.ns.flatMap { $0.pointee.prefix }.map { "\(String(cString: $0)):\(local)" } ?? local
          attributeNames[key] = name
        }
        // An attribute's value is its one text child; anything else goes through libxml2.
        if let text = current.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
          attributes.pairs.append((name, String(cString: content)))
        } else if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
          attributes.pairs.append((name, String(cString: value)))
          cxml_free(value)
        }
        attribute = current.pointee.next
      }
      var children: [XMLElement] = []
      var text = ""
      var child = node.pointee.children
      while let current = child {
        switch current.pointee.type {
        case XML_ELEMENT_NODE: children.append(build(current))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = current.pointee.content { text += String(cString: content) }
        default: break
        }
        child = current.pointee.next
      }
      return XMLElement(
        name: intern(node.pointee.name), namespace: node.pointee.ns.flatMap { $0.pointee.href.map { intern($0) } },
        attributes: attributes, line: Int(xmlGetLineNo(node)), children: children, text: text)
    }
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

/// An element's attributes by qualified name as written (`w:val`). Elements have a handful, so a
/// list is smaller and faster to build than a dictionary.
struct XMLAttributes: Sendable {
  fileprivate(set) var pairs: [(name: String, value: String)] = []

  subscript(name: String) -> String? {
    pairs.first { $0.name == name }?.value
  }

  /// The attributes as a dictionary (the first of a repeated name wins).
  var dictionary: [String: String] {
    Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
  }
}
