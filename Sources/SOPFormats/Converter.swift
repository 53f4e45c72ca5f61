import SOPModel

/// Read → validate → write, for one input. The command-line tool is a thin layer over this.
public enum Converter {
  /// The outcome of reading and checking one input.
  public struct Checked: Sendable {
    /// The content, when it could be read.
    public var file: SOPFile?
    /// Reader and validation diagnostics, in that order.
    public var diagnostics: [Diagnostic]
  }

  /// The input format: `given`, or the one the file extension names.
  /// - Throws: `usage` when neither says; `unsupportedFormat` when this build cannot read it.
  public static func inputFormat(for path: String, given: Format?) throws(ConversionError) -> Format {
    guard let format = given ?? Format.guess(fromPath: path) else {
      let message = path == "-" ? "cannot guess the format of standard input" : "cannot guess the format of '\(path)' from its name"
      throw ConversionError(.usage, Diagnostic(.cliFormatRequired, message, at: SourceLocation(file: "sopkit"), hint: "name it with -f, e.g. -f json"))
    }
    guard format.isInputFormat else {
      throw ConversionError(.usage, Diagnostic(.cliUnknownFormat, "\(format.rawValue) is an output format only; it cannot be read", at: SourceLocation(file: "sopkit"), hint: "inputs are: " + Format.allCases.filter(\.isInputFormat).map(\.rawValue).joined(separator: ", ")))
    }
    guard format.isReadable else {
      throw unsupported(format, reading: true)
    }
    return format
  }

  /// The output format: `given`, or the one the output file's extension names.
  public static func outputFormat(for path: String?, given: Format?) throws(ConversionError) -> Format {
    guard let format = given ?? path.flatMap(Format.guess(fromPath:)) else {
      let message = path == nil || path == "-" ? "no output format: writing to standard output needs -t" : "cannot guess the output format of '\(path ?? "")' from its name"
      throw ConversionError(.usage, Diagnostic(.cliFormatRequired, message, at: SourceLocation(file: "sopkit"), hint: "name it with -t, e.g. -t json"))
    }
    guard format.isOutputFormat else {
      throw ConversionError(.usage, Diagnostic(.cliUnknownFormat, "\(format.rawValue) is an input format only; it cannot be written", at: SourceLocation(file: "sopkit"), hint: "outputs are: " + Format.allCases.filter(\.isOutputFormat).map(\.rawValue).joined(separator: ", ")))
    }
    guard format.isWritable else {
      throw unsupported(format, reading: false)
    }
    return format
  }

  private static func unsupported(_ format: Format, reading: Bool) -> ConversionError {
    let supported = Format.allCases.filter { reading ? $0.isReadable : $0.isWritable }.map(\.rawValue).joined(separator: ", ")
    let verb = reading ? "read" : "write"
    return ConversionError(.unsupportedFormat, Diagnostic(
      .cliFormatUnsupported, "this sopkit cannot \(verb) \(format.rawValue) yet (\(format.summary))",
      at: SourceLocation(file: "sopkit"), hint: "this build can \(verb): \(supported); `sopkit formats` lists what is planned"))
  }

  /// Reads `path` (or standard input for `-`) as `format` and validates what was read.
  /// - Throws: ``ConversionError`` when the input cannot be read at all.
  public static func check(path: String, format: Format) throws(ConversionError) -> Checked {
    check(bytes: try InputFile.read(path), format: format, source: path)
  }

  /// Reads `bytes` as `format`, naming the input `source` in diagnostics, and validates it.
  public static func check(bytes: [UInt8], format: Format, source: String) -> Checked {
    let result = read(bytes, format: format, source: source)
    var diagnostics = result.diagnostics
    if let file = result.file {
      diagnostics += SOPValidator.validate(file, locate: result.locate)
    }
    return Checked(file: result.file, diagnostics: inFileOrder(diagnostics))
  }

  /// Sorts diagnostics by where they point, keeping the order of those at the same place.
  static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let left = (a.element.location?.row ?? 0, a.element.location?.column ?? 0, a.offset)
      let right = (b.element.location?.row ?? 0, b.element.location?.column ?? 0, b.offset)
      return left < right
    }.map(\.element)
  }

  /// Dispatches to the reader of `format`.
  public static func read(_ bytes: [UInt8], format: Format, source: String) -> ReadResult {
    switch format {
    case .json:
      return JSONReader.read(bytes, source: source)
    default:
      // inputFormat(for:given:) admits readable formats only.
      let diagnostic = Diagnostic(.internalFailure, "no reader for \(format.rawValue)", at: SourceLocation(file: source))
      return ReadResult(file: nil, diagnostics: [diagnostic]) { SourceLocation(file: source, path: $0) }
    }
  }

  /// The bytes of `file` in `format`.
  public static func render(_ file: SOPFile, as format: Format) throws(ConversionError) -> [UInt8] {
    switch format {
    case .json:
      return SOPJSONWriter.write(file)
    default:
      throw unsupported(format, reading: false)
    }
  }
}
