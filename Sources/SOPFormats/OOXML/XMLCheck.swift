import Foundation

/// Well-formedness of an XML text, with the same safe libxml2 setup as the readers.
public enum XMLCheck {
  public static func isWellFormed(_ bytes: [UInt8]) -> Bool {
    (try? XMLElement.parse(Data(bytes))) != nil
  }
}
