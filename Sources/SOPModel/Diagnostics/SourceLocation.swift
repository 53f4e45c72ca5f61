/// Where a diagnostic points. All numbers are 1-based.
///
/// A location names the file as the user gave it, and as much of the position inside it as the
/// format allows: a line and column for JSON and CSV, a zip member (`part`) for DOCX and XLSX, a
/// cell for spreadsheets. `path` is the place in the canonical model (`$.sops[0].nama_sop`), which
/// every reader can name whatever the input format.
public struct SourceLocation: Hashable, Sendable {
  /// The file as given on the command line, `-` for standard input.
  public var file: String
  /// A member inside a zip package, such as `word/document.xml`.
  public var part: String?
  /// Line (JSON, CSV, XML), table row (DOCX) or sheet row (XLSX).
  public var row: Int?
  /// Column in that line, table cell or sheet column.
  public var column: Int?
  /// Free text that narrows the place down: "table 2", "sheet 'SOP'".
  public var context: String?
  /// The place in the canonical model, in JSON-path form: `$.sops[0].flowcharts[0].steps[2].ya`.
  public var path: String?

  /// Creates a location; only `file` is required.
  public init(
    file: String, part: String? = nil, row: Int? = nil, column: Int? = nil,
    context: String? = nil, path: String? = nil
  ) {
    self.file = file
    self.part = part
    self.row = row
    self.column = column
    self.context = context
    self.path = path
  }

  /// The compiler-style prefix: `file`, `file:12`, `file:12:5`, `file.docx:word/document.xml:3:9`.
  public var description: String {
    var text = file
    if let part { text += ":" + part }
    if let context { text += ":" + context }
    if let row {
      text += ":\(row)"
      if let column { text += ":\(column)" }
    }
    return text
  }
}
