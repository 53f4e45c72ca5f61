import ArgumentParser
import SOPFormats
import SOPModel

/// Turns the text of `-f` / `-t` into a format, with a usage error that lists the known ones.
enum FormatOption {
  static func parse(_ name: String?) throws(ConversionError) -> Format? {
    guard let name else { return nil }
    guard let format = Format.named(name) else {
      let known = Format.allCases.map(\.rawValue).joined(separator: ", ")
      let hint = EditDistance.closest(to: name, in: Format.allCases.map(\.rawValue)).map { "did you mean '\($0)'? Known formats: \(known)" } ?? "known formats: \(known)"
      throw ConversionError(.usage, Diagnostic(.cliUnknownFormat, "unknown format '\(name)'", at: SourceLocation(file: "sopkit"), hint: hint))
    }
    return format
  }
}
