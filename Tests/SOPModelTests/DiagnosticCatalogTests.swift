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
