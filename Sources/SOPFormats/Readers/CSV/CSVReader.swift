import SOPModel

// Support:
// [x] RFC 4180 quoting, line breaks and doubled quotes inside fields, CRLF/LF/CR
// [x] comma, semicolon (Excel with Indonesian settings), tab; Excel's "sep=" line
// [x] UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1252 fallback (warned)
// [x] "form" layout: one SOP, identity label rows then the steps table (one or two header rows)
// [x] "table" layout: one row per step, many SOPs, identity repeated, on first rows, or joined
//     from a second CSV by the SOP key
// [ ] other encodings without a BOM (UTF-16 without BOM is read as Windows-1252 garbage)

/// Reads SOPs from CSV exported by Excel, LibreOffice or Google Sheets.
public enum CSVReader {
  /// Options for reading.
  public struct Options: Sendable {
    /// A second CSV with one identity row per SOP key (table layout only).
    public var identity: (bytes: [UInt8], source: String)?

    public init(identity: (bytes: [UInt8], source: String)? = nil) {
      self.identity = identity
    }
  }

  /// Reads `bytes`, naming the input `source` in diagnostics.
  public static func read(_ bytes: [UInt8], source: String, options: Options = Options()) -> ReadResult {
    var diagnostics: [Diagnostic] = []
    guard let records = records(bytes, source: source, &diagnostics) else {
      return ReadResult(file: nil, diagnostics: diagnostics) { SourceLocation(file: source, path: $0) }
    }
    let sheet = TableText(records: records, source: source)
    var map = SourcePathMap(file: source)
    let file: SOPFile?
    if let header = TableRecognizer.header(in: sheet) {
      var identity: TableText?
      if let extra = options.identity {
        guard let identityRecords = Self.records(extra.bytes, source: extra.source, &diagnostics) else {
          return ReadResult(file: nil, diagnostics: diagnostics) { SourceLocation(file: source, path: $0) }
        }
        identity = TableText(records: identityRecords, source: extra.source)
      }
      var layout = TableRecognizer(sheet: sheet, header: header, identity: identity)
      file = layout.read(&map)
      diagnostics += layout.diagnostics
    } else {
      var layout = FormRecognizer(sheet: sheet)
      file = layout.read(&map)
      diagnostics += layout.diagnostics
    }
    let located = map
    let usable = diagnostics.contains { $0.code.meansNoTableRead && $0.severity == .error } ? nil : file
    return ReadResult(file: usable, diagnostics: diagnostics) { located.locate($0) }
  }

  /// Decodes and tokenizes; `nil` after reporting when the file cannot be split into records.
  static func records(_ bytes: [UInt8], source: String, _ diagnostics: inout [Diagnostic]) -> [GridRow]? {
    let (text, encoding) = TextDecoding.decode(bytes)
    if encoding == .windows1252 {
      diagnostics.append(Diagnostic(
        .csvEncodingFallback, "the file is not UTF-8; read as Windows-1252 (Excel's \"CSV\" format)",
        at: SourceLocation(file: source), hint: "check accented letters; in Excel choose \"CSV UTF-8\" when saving"))
    }
    let (delimiter, sepLine, split) = CSVTokenizer.detectDelimiter(text)
    var records: [GridRow]
    do throws(CSVTokenizer.UnclosedQuote) {
      if let split { records = split } else { records = try CSVTokenizer.records(text, delimiter: delimiter) }
    } catch {
      diagnostics.append(Diagnostic(
        .csvUnclosedQuote, "the quoted field that starts here never ends",
        at: SourceLocation(file: source, row: error.line, column: error.field),
        hint: "a field that starts with \" must end with \"; write a quote inside a field as \"\""))
      return nil
    }
    if sepLine, !records.isEmpty { records.removeFirst() }
    // "'=…": a cell written as text so that a spreadsheet would not run it; the "'" is not content.
    for index in records.indices {
      for field in records[index].fields.indices {
        let text = records[index].fields[field]
        if text.count > 1, text.first == "'", CSVEncoder.formulaStarts.contains(text[text.index(after: text.startIndex)]) {
          records[index].fields[field] = String(text.dropFirst())
        }
      }
    }
    guard records.contains(where: { !$0.isBlank }) else {
      diagnostics.append(Diagnostic(.csvEmpty, "the file has no rows", at: SourceLocation(file: source), hint: "export the sheet again, or start from Templates/"))
      return nil
    }
    return records
  }
}
