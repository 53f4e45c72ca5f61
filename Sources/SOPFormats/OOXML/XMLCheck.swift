import CLibXML2
import Foundation

/// Well-formedness of an XML text, with the same safe libxml2 setup as the readers.
public enum XMLCheck {
  public static func isWellFormed(_ bytes: [UInt8]) -> Bool {
    (try? XMLElement.parse(Data(bytes))) != nil
  }

  /// An element of a parsed XML text, as a plain value, for tests and tools that look at what a
  /// writer made.
  public struct Element: Sendable {
    /// The local name ("rect", "w:t" gives "t").
    public var name: String
    /// The attributes, by their name as written (with a prefix when they have one).
    public var attributes: [String: String]
    /// All text inside, depth first.
    public var text: String
    public var children: [Element]

    /// Descendants named `name`, in document order.
    public func descendants(_ name: String) -> [Element] {
      children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }
  }

  /// The root element of `bytes`, parsed with the readers' safe setup; `nil` when not well-formed.
  public static func parse(_ bytes: [UInt8]) -> Element? {
    func convert(_ element: XMLElement) -> Element {
      Element(name: element.name, attributes: element.attributes.dictionary, text: element.allText, children: element.children.map(convert))
    }
    return (try? XMLElement.parse(Data(bytes))).map(convert)
  }
}

/// Set-up that must happen once before readers run on several threads.
public enum ParallelReading {
  /// libxml2 must initialise its parser once before parsing from several threads (the XML reader
  /// also does it before its first parse; this does it before any thread starts).
  public static func prepare() { xmlInitParser() }
}
