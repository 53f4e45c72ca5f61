import SOPModel

/// Read → validate → write, for one input: ``convert(path:format:targets:options:)`` is the one
/// pipeline that `convert`, batches and `serve` share; the command-line tool is a thin layer over it.
public enum Converter {
  /// Format-specific settings for reading and writing.
  public struct Options: Sendable {
    /// CSV table layout: a second CSV with one identity row per SOP key (`--identity`).
    public var csvIdentityPath: String?
    /// How CSV is written.
    public var csv: CSVWriter.Options
    /// How XLSX is written.
    public var xlsx = XLSXWriter.Options()
    /// How Word documents are written.
    public var docx = DOCXWriter.Options()
    /// How the SVG and HTML previews are drawn.
    public var preview = SVGWriter.Options()
    /// How the PDF is drawn and signed.
    public var pdf = PDFWriter.Options()
    /// An office's defaults (kop, logo, signer), applied to what is written where the SOP is silent.
    public var satker: SatkerConfig?
    /// The largest input read, in megabytes (`--max-input-mb`); nil for the defaults of
    /// ``InputFile/limit(for:megabytes:)``.
    public var maximumInputMegabytes: Int?
    /// Write the documents meant for signing (xlsx, docx, wordxml, pdf) of a draft too, marked "DRAF"
    /// on every page (`--draft`); without it a draft's workbook is the fill-in template and its
    /// Word documents are not written.
    public var writeDrafts = false
    /// One workbook with a sheet pair per SOP instead of one workbook per SOP (`--xlsx-combine`).
    public var combineWorkbooks = false

    public init(csvIdentityPath: String? = nil, csv: CSVWriter.Options = CSVWriter.Options()) {
      self.csvIdentityPath = csvIdentityPath
      self.csv = csv
    }
  }

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
  public static func check(path: String, format: Format, options: Options = Options()) throws(ConversionError) -> Checked {
    var csvOptions = CSVReader.Options()
    if format == .csv, let identity = options.csvIdentityPath {
      csvOptions.identity = (try InputFile.read(identity, limit: InputFile.limit(for: .csv, megabytes: options.maximumInputMegabytes)), identity)
    }
    let limit = InputFile.limit(for: format, megabytes: options.maximumInputMegabytes)
    return check(bytes: try InputFile.read(path, limit: limit), format: format, source: path, csv: csvOptions)
  }

  /// Reads `bytes` as `format`, naming the input `source` in diagnostics, and validates it.
  public static func check(bytes: [UInt8], format: Format, source: String, csv: CSVReader.Options = CSVReader.Options()) -> Checked {
    let result = read(bytes, format: format, source: source, csv: csv)
    var diagnostics = result.diagnostics
    if let file = result.file {
      // A value the reader already reported as an error (an unreadable Tidak cell) is not
      // reported again by validation (a decision without a Tidak exit).
      let reported = Set(result.diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.path })
      diagnostics += SOPValidator.validate(file, locate: result.locate).filter { diagnostic in
        (diagnostic.location?.path.map { !reported.contains($0) } ?? true) && !PictureFlowchart.isCovered(diagnostic, by: result.diagnostics)
      }
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
  public static func read(_ bytes: [UInt8], format: Format, source: String, csv: CSVReader.Options = CSVReader.Options()) -> ReadResult {
    switch format {
    case .json:
      return JSONReader.read(bytes, source: source)
    case .csv:
      return CSVReader.read(bytes, source: source, options: csv)
    case .xlsx:
      return XLSXReader.read(bytes, source: source)
    case .docx, .doc:
      return DOCXReader.read(bytes, source: source)
    default:
      // inputFormat(for:given:) admits readable formats only.
      let diagnostic = Diagnostic(.internalFailure, "no reader for \(format.rawValue)", at: SourceLocation(file: source))
      return ReadResult(file: nil, diagnostics: [diagnostic]) { SourceLocation(file: source, path: $0) }
    }
  }

  /// The bytes of `file` in `format`.
  public static func render(_ file: SOPFile, as format: Format, options: Options = Options()) throws(ConversionError) -> [UInt8] {
    let file = options.satker?.apply(to: file) ?? file
    var options = options
    if let room = options.satker?.signature {
      // The satker's signature room (signature_height_cm) for every document that is signed.
      options.xlsx.signature = room
      options.docx.signature = room
      options.preview.signature = room
      options.pdf.page.signature = room
    }
    switch format {
    case .json:
      return SOPJSONWriter.write(file)
    case .csv:
      return try CSVWriter.write(file, options: options.csv)
    case .xlsx:
      return try XLSXWriter.write(file, options: options.xlsx)
    case .docx:
      return try DOCXWriter.write(file, options: options.docx)
    case .wordxml:
      return DOCXWriter.writeFlat(file, options: options.docx)
    case .svg:
      return SVGWriter.write(file, options: options.preview)
    case .html:
      return HTMLWriter.write(file, options: options.preview, assetFolder: options.xlsx.assetFolder)
    case .pdf:
      return try PDFWriter.write(file, options: options.pdf)
    default:
      throw unsupported(format, reading: false)
    }
  }
}
