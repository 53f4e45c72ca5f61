import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing
import ZIPFoundation

/// Reading Word documents: sopkit's own, and SOPs typed into Word tables.
@Suite struct DOCXReaderTests {
  static let models = TestData.files(in: "model", withExtension: "json")
  static let fixtures = TestData.files(in: "docx", withExtension: "docx").filter { !$0.path.contains("/not-sop/") && !$0.path.contains("/variants/") && !$0.path.contains("/draft/") }

  @Test(arguments: models)
  func aDocumentSopkitWroteReadsBackToTheSameSOP(_ url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    let file = try #require(JSONReader.read(Array(text.utf8), source: url.lastPathComponent).file)
    for mode in SigningMode.allCases {
      let result = DOCXReader.read(try DOCXWriter.write(file, options: .init(mode: mode)), source: "sop.docx")
      #expect(result.diagnostics.isEmpty)
      #expect(result.file.map(SOPJSON.encode) == text, "\(mode)")
    }
  }

  /// testdata/docx/<case>.docx (made with python-docx by tools/make_docx_fixtures.py, and in
  /// LibreOffice Writer by tools/make_docx_fixtures_lo.py) beside the SOPs it must give, <case>.json.
  @Test(arguments: fixtures)
  func aWordSOPReadsToItsExpectedJSON(_ url: URL) throws {
    #expect(!Self.fixtures.isEmpty)
    let result = DOCXReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent)
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.description))")
    let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("json"), encoding: .utf8)
    if let failure = Golden.check(result.file.map(SOPJSON.encode), against: url.deletingPathExtension().appendingPathExtension("json")) {
      Issue.record("\(failure)")
    }
    #expect(result.file.map(SOPJSON.encode) == expected || Golden.isUpdating)
  }

  @Test func aWordDocumentThatIsNoSOPSaysSo() throws {
    // A letter: a document with a table, but no steps table.
    var sop = SOPDocument(identity: Identity(namaSOP: "X"))
    sop.flowcharts = []
    let parts = try XLSXWriterTests.parts(try DOCXWriter.write(SOPFile(sops: [sop])))
    #expect(parts["word/document.xml"] != nil)
    let letter = try DOCXWriter.write(SOPFile(sops: [sop]))
    // Without sopkit's data part the identity table alone is no SOP.
    let stripped = try Self.withoutDataPart(letter)
    let result = DOCXReader.read(stripped, source: "surat.docx")
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.docxNoSOP])
  }

  @Test func aWorkbookNamedDocxIsNamed() throws {
    let workbook = try XLSXWriter.write(SOPFile(sops: [SOPDocument(identity: Identity(namaSOP: "X"))]))
    let result = DOCXReader.read(workbook, source: "sop.docx")
    #expect(result.diagnostics.first?.hint?.contains("Excel workbook") == true)
  }

  static func withoutDataPart(_ bytes: [UInt8]) throws -> [UInt8] {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("x.docx")
    try Data(bytes).write(to: path)
    let archive = try Archive(url: path, accessMode: .update)
    if let entry = archive["customXml/item1.xml"] { try archive.remove(entry) }
    return [UInt8](try Data(contentsOf: path))
  }
}
