import SOPModel

/// What became of one SOP of an input.
public enum SOPOutcome: String, Sendable, CaseIterable {
  /// Read, and no errors: every output is written.
  case complete
  /// Read, with errors still to fix: the review list says what and where. Data and preview outputs
  /// are written; outputs meant for signing only with ``Converter/Options/writeDrafts``, marked
  /// "DRAF"; a workbook becomes the fill-in template with the cells to fix highlighted.
  case draft
}

/// One output of a conversion, in memory; the caller decides where it goes (a file, standard
/// output, an HTTP response).
public struct RenderedOutput: Sendable {
  /// What the bytes are, so that the caller can say so.
  public enum Kind: String, Sendable {
    /// A document meant for signing (workbook, Word document), of a complete SOP.
    case official
    /// A document meant for signing, of a draft, marked "DRAF" on every page (`--draft`).
    case markedDraft = "marked-draft"
    /// The staff fill-in template, pre-filled with a draft's content and its cells to fix marked.
    case fillInTemplate = "fill-in-template"
    /// Data (JSON, CSV) or a preview (SVG, HTML) of the whole input.
    case data
  }

  /// The format written.
  public var format: Format
  /// Which SOP of the input this is (0-based), or nil for an output of the whole input.
  public var sopIndex: Int?
  /// The number that tells this output from its siblings in a file name (`NAME-2.docx`), 1-based,
  /// or nil when the input gives only one output of this format.
  public var part: Int?
  /// How many outputs of this format the input gives (for zero-padding `part`).
  public var parts: Int
  public var kind: Kind
  public var bytes: [UInt8]
  /// What the writer found while writing (a logo it could not read, a cell it had to shorten).
  public var diagnostics: [Diagnostic]

  /// `NAME.ext` for a single output, `NAME-2.ext` (zero-padded to the number of parts) otherwise.
  /// The one naming scheme of every command and of `serve`'s downloads.
  public func fileName(stem: String) -> String {
    let ext = format.extensions[0]
    guard let part else { return stem + "." + ext }
    let digits = String(part), width = String(parts).count
    return stem + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits + "." + ext
  }
}

/// One output not written, and why (a signing document of a draft, without `--draft`).
public struct WithheldOutput: Sendable {
  public var format: Format
  public var sopIndex: Int
  public var diagnostic: Diagnostic
}

/// The result of converting one input: what was read, how each SOP ended, and the outputs.
public struct Conversion: Sendable {
  /// The input as named in diagnostics.
  public var source: String
  /// What was read, each draft SOP carrying its review list; nil when nothing could be read.
  public var file: SOPFile?
  /// The outcome of each SOP of `file`, in order.
  public var outcomes: [SOPOutcome]
  /// Reader and validation diagnostics, in file order (writer diagnostics are on the outputs).
  public var diagnostics: [Diagnostic]
  /// The outputs, in the order of the targets asked for, then of the SOPs.
  public var outputs: [RenderedOutput]
  /// Outputs not written, each with a diagnostic that says why.
  public var withheld: [WithheldOutput]
  /// Set when the input could not be read at all (missing, too large, not a package); the kind
  /// chooses the exit status.
  public var failure: ConversionError?

  /// Whether no SOP could be read.
  public var isUnreadable: Bool { file?.sops.isEmpty ?? true }

  /// Why the input is unreadable: the first error, or a stand-in when there is none.
  public var unreadableReason: Diagnostic? {
    guard isUnreadable else { return nil }
    return failure?.diagnostics.first ?? diagnostics.first { $0.severity == .error }
      ?? Diagnostic(.docxNoSOP, "no SOP was found in this file", at: SourceLocation(file: source))
  }

  /// Every diagnostic of the run: reading, checking, writing and withheld outputs.
  public var allDiagnostics: [Diagnostic] {
    (failure?.diagnostics ?? []) + diagnostics + outputs.flatMap(\.diagnostics) + withheld.map(\.diagnostic)
  }

  /// How many SOPs ended as `outcome`.
  public func count(_ outcome: SOPOutcome) -> Int { outcomes.filter { $0 == outcome }.count }
}
