import Foundation
import SOPModel

/// A file format sopkit knows, whether or not this build reads or writes it yet.
///
/// The registry is the one place that says which formats exist, which file extensions they use,
/// and what this build can do with them; the CLI's `formats` command prints it.
public enum Format: String, Sendable, CaseIterable {
  case json
  case csv
  case xlsx
  case docx
  case doc
  case wordxml
  case svg
  case html
  case pdf

  /// One line for `sopkit formats`.
  public var summary: String {
    switch self {
    case .json: return "canonical sopkit JSON (schema/sopkit-1.schema.json)"
    case .csv: return "CSV from staff spreadsheets (form and table layouts)"
    case .xlsx: return "Excel workbook: official SOP-AP sheets, templates, edited sheets"
    case .docx: return "Word document: legacy SOPs in, signable SOPs out"
    case .doc: return "Word 97-2003 document (read through LibreOffice)"
    case .wordxml: return "single-file Word XML (Flat OPC)"
    case .svg: return "flowchart pages as SVG, drawn as they print"
    case .html: return "printable HTML page: identity and flowchart"
    case .pdf: return "PDF for signing (BSrE/TTE): identity and flowchart pages as the workbook prints them"
    }
  }

  /// File extensions, the first being the one written.
  public var extensions: [String] {
    switch self {
    case .json: return ["json"]
    case .csv: return ["csv", "tsv"]
    case .xlsx: return ["xlsx", "xlsm"]
    case .docx: return ["docx"]
    case .doc: return ["doc"]
    case .wordxml: return ["xml"]
    case .svg: return ["svg"]
    case .html: return ["html", "htm"]
    case .pdf: return ["pdf"]
    }
  }

  /// Whether the format can be an input at all (some are outputs only).
  public var isInputFormat: Bool {
    switch self {
    case .json, .csv, .xlsx, .docx, .doc: return true
    case .wordxml, .svg, .html, .pdf: return false
    }
  }

  /// Whether the format can be an output at all.
  public var isOutputFormat: Bool {
    switch self {
    case .doc: return false
    default: return true
    }
  }

  /// Whether this build reads the format.
  public var isReadable: Bool { [.json, .csv, .xlsx, .docx, .doc].contains(self) }

  /// Whether this build writes the format.
  public var isWritable: Bool { [.json, .csv, .xlsx, .docx, .wordxml, .svg, .html, .pdf].contains(self) }

  /// Whether the output is a document meant for signing: one per SOP, not written for a draft
  /// unless asked (then marked "DRAF").
  public var isForSigning: Bool { [.xlsx, .docx, .wordxml, .pdf].contains(self) }

  /// Whether the output is binary (never written to a terminal unless asked).
  public var isBinary: Bool {
    switch self {
    case .xlsx, .docx, .doc, .pdf: return true
    default: return false
    }
  }

  /// The format a file name's extension names, if any.
  public static func guess(fromPath path: String) -> Format? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let ext = path[path.index(after: dot)...].lowercased()
    return allCases.first { $0.extensions.contains(ext) }
  }

  /// The extensions of every format this build reads, for messages: "json, csv, tsv, …".
  public static var readableExtensions: String {
    allCases.filter { $0.isInputFormat && $0.isReadable }.flatMap(\.extensions).joined(separator: ", ")
  }

  /// The names of the formats this build reads, for help texts: "json, csv, xlsx, docx, doc".
  public static var readableNames: String {
    allCases.filter { $0.isInputFormat && $0.isReadable }.map(\.rawValue).joined(separator: ", ")
  }

  /// The names of the formats this build writes, for help texts.
  public static var writableNames: String {
    allCases.filter { $0.isOutputFormat && $0.isWritable }.map(\.rawValue).joined(separator: ", ")
  }

  /// Why a batch does not open `path`: true for any file, built from this registry.
  public static func skipReason(_ path: String) -> Diagnostic {
    let name = (path as NSString).lastPathComponent
    let message: String
    if let format = guess(fromPath: path), format.isInputFormat, !format.isReadable {
      message = "'\(name)': this sopkit cannot read \(format.rawValue) yet; it reads \(readableExtensions)"
    } else {
      // An extension sopkit only writes (.xml, .svg, .html, .pdf) says nothing about what the file is.
      message = "'\(name)' is not an SOP file sopkit reads (it reads \(readableExtensions))"
    }
    return Diagnostic(.cliFormatUnsupported, message, at: SourceLocation(file: path), arguments: ["name": name, "reads": readableExtensions])
  }

  /// Parses a format name as given to `-f` / `-t` (case-insensitive).
  public static func named(_ name: String) -> Format? {
    Format(rawValue: name.lowercased())
  }
}
