import Foundation
import SOPModel
import SOPTestSupport
import Testing

@Suite struct DiagnosticCatalogTests {
  @Test func codesAreUniqueAndWellFormed() {
    let ids = DiagnosticCode.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.wholeMatch(of: /[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(id) is not area.kebab-name")
    }
  }

  @Test func everyCodeIsDocumentedWithItsSeverity() throws {
    let doc = try String(contentsOf: TestData.packageRoot().appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    for code in DiagnosticCode.all {
      #expect(doc.contains("| `\(code.id)` | \(code.severity.rawValue) |"), "docs/diagnostics.md lacks a row for \(code.id) (\(code.severity.rawValue))")
    }
  }

  /// docs/diagnostics.md ends with the Indonesian texts of every code, generated from the
  /// catalogue (`UPDATE_GOLDEN=1` rewrites the section), so the two languages cannot drift apart.
  @Test func theIndonesianTableOfTheDocsIsTheCatalogue() throws {
    let url = TestData.packageRoot().appendingPathComponent("docs/diagnostics.md")
    let doc = try String(contentsOf: url, encoding: .utf8)
    let start = "<!-- generated from the catalogue (DiagnosticCatalog+Indonesian.swift); UPDATE_GOLDEN=1 make test rewrites it -->"
    func cell(_ text: String?) -> String { (text ?? "—").replacingOccurrences(of: "|", with: "\\|") }
    let rows = DiagnosticCode.all.map { code in "| `\(code.id)` | \(code.severity.word(in: .id)) | \(cell(code.indonesianMessage)) | \(cell(code.indonesianHint)) |" }
    let section = start + "\n\n| Kode | Jenis | Pesan | Saran |\n|---|---|---|---|\n" + rows.joined(separator: "\n") + "\n"
    let head = doc.range(of: start).map { String(doc[..<$0.lowerBound]) }
    if Golden.isUpdating {
      let base = head ?? (doc + "\n## Dalam Bahasa Indonesia\n\nPesan dan saran setiap kode seperti yang ditampilkan dengan `--lang id` (atau `LANG=id_ID.UTF-8`) dan oleh `sopkit serve`. Bila diagnostik membawa rinciannya, pesan menyebut rincian itu; nilai yang dikutip dari berkas ditulis dalam tanda petik.\n\n")
      try (base + section).write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(head.map { $0 + section } == doc, "docs/diagnostics.md's Indonesian table differs from the catalogue; run UPDATE_GOLDEN=1 make test and review it")
  }

  @Test func everyCodeWrittenInTheSourcesIsInTheCatalogue() throws {
    let sources = TestData.packageRoot().appendingPathComponent("Sources")
    let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    let known = Set(DiagnosticCode.all.map(\.id))
    var found: Set<String> = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "swift" else { continue }
      let text = try String(contentsOf: url, encoding: .utf8)
      for match in text.matches(of: /DiagnosticCode\("([a-z0-9.-]+)"/) { found.insert(String(match.1)) }
    }
    #expect(!found.isEmpty)
    #expect(found == known, "declared but not in `all`: \(found.subtracting(known)); in `all` but not declared: \(known.subtracting(found))")
  }
}
