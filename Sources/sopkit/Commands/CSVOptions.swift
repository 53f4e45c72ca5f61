import SOPFormats
import SOPModel

/// The CSV options of `convert` and `check`, checked and turned into converter options.
enum CSVOptions {
  static func converterOptions(identity: String?, layout: String, separator: String) throws(ConversionError) -> Converter.Options {
    guard let parsedLayout = CSVWriter.Layout(rawValue: layout.lowercased()) else {
      throw usage("unknown CSV layout '\(layout)'", hint: "use form, table or auto")
    }
    let separators: [String: Character] = ["comma": ",", ",": ",", "semicolon": ";", ";": ";", "tab": "\t", "\\t": "\t"]
    guard let delimiter = separators[separator.lowercased()] else {
      throw usage("unknown CSV separator '\(separator)'", hint: "use comma, semicolon or tab")
    }
    return Converter.Options(csvIdentityPath: identity, csv: CSVWriter.Options(layout: parsedLayout, delimiter: delimiter))
  }

  private static func usage(_ message: String, hint: String) -> ConversionError {
    ConversionError(.usage, Diagnostic(.cliBadArguments, message, at: SourceLocation(file: "sopkit"), hint: hint))
  }
}
