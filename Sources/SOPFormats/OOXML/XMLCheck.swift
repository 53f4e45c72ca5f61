import CLibXML2
import Foundation

/// Well-formedness of an XML text, with the same safe libxml2 setup as the readers.
public enum XMLCheck {
  public static func isWellFormed(_ bytes: [UInt8]) -> Bool {
    (try? XMLElement.parse(Data(bytes))) != nil
  }
}

/// Set-up that must happen once before readers run on several threads.
public enum ParallelReading {
  /// libxml2 must initialise its parser once before parsing from several threads.
  public static func prepare() { xmlInitParser() }
}
