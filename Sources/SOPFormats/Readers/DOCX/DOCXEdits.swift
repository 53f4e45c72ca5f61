import Foundation
import SOPModel

/// Whether a document sopkit wrote was edited in Word afterwards. The SOP sopkit kept in the
/// document is what it reads back; when the visible text says otherwise, the user is told where,
/// rather than the edit being lost silently.
enum DOCXEdits {
  /// Text compared as printed: the writer may set a value in capitals or wrap it.
  private static func same(_ a: String, _ b: String) -> Bool {
    func printed(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    return printed(a) == printed(b)
  }

  static func check(_ file: SOPFile, against document: DOCXDocument, source: String) -> [Diagnostic] {
    let visible = DOCXLegacyReader(document: document, source: source).read()
    guard let read = visible.file, read.sops.count == file.sops.count else { return [] }
    var places: [String] = []
    for (index, (kept, seen)) in zip(file.sops, read.sops).enumerated() {
      let prefix = file.sops.count > 1 ? "SOP \(index + 1): " : ""
      if !same(kept.identity.namaSOP, seen.identity.namaSOP) { places.append(prefix + "Nama SOP") }
      // In SRIKANDI mode the number is a ${nomor_naskah} token, filled in at signing.
      let shownNomor = seen.identity.nomorSOP ?? ""
      if !shownNomor.contains("${"), !same(kept.identity.nomorSOP ?? "", shownNomor) { places.append(prefix + "Nomor SOP") }
      for (chart, shown) in zip(kept.flowcharts, seen.flowcharts) {
        if chart.steps.count != shown.steps.count {
          places.append(prefix + "the number of steps (\(chart.steps.count) kept, \(shown.steps.count) in the table)")
          continue
        }
        for (step, row) in zip(chart.steps, shown.steps) where !same(step.kegiatan, row.kegiatan) || step.pelaksana != row.pelaksana {
          places.append(prefix + "step \(step.nomor)")
        }
      }
    }
    guard !places.isEmpty else { return [] }
    let listed = places.prefix(5).joined(separator: ", ") + (places.count > 5 ? ", …" : "")
    return [Diagnostic(
      .docxEdited, "the document was edited after sopkit wrote it (\(listed)); the SOP sopkit kept in it is read, not the edited text",
      at: SourceLocation(file: source, part: DOCXDocument.mainPart),
      hint: "make changes in the source (JSON, CSV or workbook) and convert again; or remove the custom XML part (Word: File › Info › Inspect Document) to read the edited tables")]
  }
}
