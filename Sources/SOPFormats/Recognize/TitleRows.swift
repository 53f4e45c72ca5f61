import Foundation
import SOPModel

/// Title rows above a steps table or an identity table ("STANDAR OPERASIONAL PROSEDUR", "SOP
/// PENANGANAN INFORMASI DI BCC"): one text alone on its row, not a label. When no label gives the
/// SOP's name, the title nearest above the steps table names it (sop-ap-format §13).
struct TitleRows {
  /// The candidate rows, top to bottom.
  private(set) var rows: [LocatedText] = []
  /// "Label: value" lines of the title block ("Route: /sign-in", "Tanggal : 1 Juli 2026"): fields
  /// of the SOP the table belongs to, kept as extra fields.
  var fields: [(label: String, value: LocatedText)] = []

  /// Headings that say what kind of document this is, not which SOP.
  private static let genericHeadings: Set<String> = [
    "standar operasional prosedur", "standar operasional prosedur sop", "standard operating procedure", "sop", "lampiran",
    "flowchart", "bagan alir", "diagram alir", "prosedur", "daftar isi", "halaman pengesahan", "identitas sop", "uraian prosedur",
  ]

  /// Prefixes that introduce the name rather than belong to it.
  private static let prefixes = [
    "standar operasional prosedur (sop)", "standar operasional prosedur", "flowchart sop", "flowchart", "bagan alir sop", "bagan alir", "sop",
  ]

  /// Whether `text` is a heading that names no SOP ("STANDAR OPERASIONAL PROSEDUR", "LAMPIRAN II").
  static func isGeneric(_ text: String) -> Bool {
    let normalized = LabelMatcher<Int>.normalize(text)
    if genericHeadings.contains(normalized) { return true }
    let words = normalized.split(separator: " ")
    // "LAMPIRAN I", "LAMPIRAN 2", "HALAMAN 3".
    if let first = words.first, ["lampiran", "halaman", "hal"].contains(first), words.count <= 2 { return true }
    return false
  }

  /// Whether `text` could be a title: one line or two, not "Label: value", not a generic heading.
  static func isCandidate(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    // A numbered or bulleted line is a list item, never a title.
    guard trimmed.count >= 4, trimmed.count <= 200, !isGeneric(trimmed), !ListItems.startsWithMarker(trimmed) else { return false }
    if let colon = trimmed.firstIndex(of: ":") {
      let label = trimmed[..<colon].split(separator: " ")
      if label.count <= 3 { return false }  // "Route: /sign-in", "Nomor : …"
    }
    return trimmed.split(whereSeparator: \.isNewline).count <= 3
  }

  /// Words of a title that say which version of a procedure it is, not which procedure.
  private static let versionWords: Set<String> = [
    "sop", "standar", "operasional", "prosedur", "lengkap", "singkat", "ringkas", "ringkasan", "versi", "lanjutan", "dan", "di", "ke",
  ]

  /// Whether two titles name the same procedure: they differ only by words that name a version
  /// ("SOP PENANGANAN INFORMASI DI BCC" and "SOP LENGKAP PENANGANAN INFORMASI DI BCC"); a title
  /// with more words ("ADDENDUM KONTRAK" beside "KONTRAK") names another procedure.
  static func sameProcedure(_ a: String, _ b: String) -> Bool {
    func words(_ text: String) -> Set<String> {
      Set(LabelMatcher<Int>.normalize(text).split(separator: " ").map(String.init)).subtracting(versionWords)
    }
    let (left, right) = (words(a), words(b))
    return !left.isEmpty && left == right
  }

  /// Whether any two of `titles` name the same procedure.
  static func nameOneProcedureTwice(_ titles: [String]) -> Bool {
    titles.enumerated().contains { index, title in titles[(index + 1)...].contains { sameProcedure(title, $0) } }
  }

  /// Forgets the candidate rows read so far (the fields stay).
  mutating func clearRows() { rows = [] }

  mutating func add(_ cell: LocatedText) {
    if Self.isCandidate(cell.text) { rows.append(cell) }
  }

  /// The name a title gives: the nearest candidate, without "SOP" / "FLOWCHART" in front.
  var name: (name: String, row: LocatedText)? {
    guard let row = rows.last else { return nil }
    var name = row.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    for prefix in Self.prefixes {
      guard name.lowercased().hasPrefix(prefix + " ") || name.lowercased().hasPrefix(prefix + ":") else { continue }
      let rest = name.dropFirst(prefix.count).trimmingCharacters(in: CharacterSet(charactersIn: " :-–—"))
      if rest.count >= 4 { name = rest }
      break
    }
    return (name, row)
  }

  /// Sets Nama SOP from the title when no label gave one, with a note saying so.
  /// - Parameter ofTable: the SOP is one table of a document of several, each named by its title.
  func applyName(to sop: inout SOPDocument, sopPath: String, map: inout SourcePathMap, diagnostics: inout [Diagnostic], ofTable: Bool = false) {
    guard sop.identity.namaSOP.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let title = name else { return }
    sop.identity.namaSOP = title.name
    map.record(JSONPath.member(sopPath, "nama_sop"), title.row.location)
    diagnostics.append(Diagnostic(
      .importTitleAsName,
      ofTable
        ? "each steps table here is an SOP of its own: Nama SOP is taken from its title '\(title.name)'"
        : "no 'Nama SOP' label, so Nama SOP is taken from the title '\(title.name)'",
      at: title.row.location, hint: ofTable ? "check the name; the identity page's own name is kept as the field 'Nama SOP (dokumen)'" : "add a 'Nama SOP' row to make the name certain"))
  }
}
