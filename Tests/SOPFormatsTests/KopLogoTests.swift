import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The logo of a migrated SOP travels with it: in the canonical JSON, printed by the workbook and
/// Word writers, and read back from a Word identity table without sopkit's data part.
@Suite struct KopLogoTests {
  /// A 4 × 3 red PNG (made with zlib for this test).
  static let png = Base64.decode("iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGM4wcAARww4OQDAVwlhj1YW/gAAAABJRU5ErkJggg==")!

  static func sample() throws -> SOPFile {
    let url = TestData.root.appendingPathComponent("model/kankemenag-surat-masuk.json")
    var file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "x.json").file)
    file.sops[0].identity.kop.logo = .custom
    file.sops[0].identity.kop.picture = Picture(mediaType: "image/png", bytes: png)
    return file
  }

  @Test func theCanonicalJSONCarriesTheLogo() throws {
    let file = try Self.sample()
    let json = SOPJSON.encode(file)
    #expect(json.contains("\"logo_data\""))
    #expect(json.contains("\"media_type\": \"image/png\""))
    #expect(SOPJSON.decode(Array(json.utf8), file: "x.json").file == file)
  }

  @Test func aBrokenLogoIsSaidAtItsPlace() throws {
    let json = SOPJSON.encode(try Self.sample()).replacingOccurrences(of: "iVBORw0KGgo", with: "iVBORw0KGgo!")
    let result = SOPJSON.decode(Array(json.utf8), file: "x.json")
    #expect(result.diagnostics.contains { $0.code == .jsonBadValue && $0.location?.path == "$.sops[0].unit.logo_data.base64" })
  }

  @Test func base64RoundTripsEveryLength() {
    for length in 0..<40 {
      let bytes = (0..<length).map { UInt8(($0 * 37 + length) % 256) }
      #expect(Base64.decode(Base64.encode(bytes)) == bytes)
      #expect(Base64.encode(bytes) == Data(bytes).base64EncodedString())
    }
  }

  @Test func wordPrintsTheLogoAndReadsItBackWithoutItsDataPart() throws {
    let docx = try DOCXWriter.write(try Self.sample())
    let parts = try XLSXWriterTests.parts(docx)
    #expect(parts["word/media/logo1.png"] != nil)
    #expect(parts["word/document.xml"]?.contains("r:embed=\"rIdLogo1\"") == true)
    let back = DOCXReader.read(try DOCXReaderTests.withoutDataPart(docx), source: "x.docx")
    #expect(back.file?.sops.first?.identity.kop.picture?.bytes == Self.png)
    #expect(!back.diagnostics.contains { $0.code == .importNoLogo })
  }

  /// A Word SOP whose kop and logo are in the page header (the LibreOffice fixture, a picture added
  /// to its header with python-docx).
  @Test func aLogoInTheWordPageHeaderIsKept() throws {
    guard let python = PythonTools.interpreter else {
      try Test.cancel("no Python with python-docx (make venv)")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let logo = folder.appendingPathComponent("logo.png"), output = folder.appendingPathComponent("sop.docx")
    try Data(Self.png).write(to: logo)
    let script = """
      import sys, docx
      from docx.shared import Cm
      d = docx.Document(sys.argv[1])
      d.sections[0].header.paragraphs[0].insert_paragraph_before().add_run().add_picture(sys.argv[2], width=Cm(1.5))
      d.save(sys.argv[3])
      """
    let fixture = TestData.root.appendingPathComponent("docx/penelitian-libreoffice.docx")
    let run = try ProcessRunner.run(python, ["-c", script, fixture.path, logo.path, output.path])
    #expect(run.status == 0, "\(run.standardError)")
    let result = DOCXReader.read([UInt8](try Data(contentsOf: output)), source: "sop.docx")
    #expect(result.file?.sops.first?.identity.kop.picture?.bytes == Self.png)
    #expect(!result.diagnostics.contains { $0.code == .importNoLogo })
  }

  @Test func theWorkbookPrintsTheLogo() throws {
    let parts = try XLSXWriterTests.parts(try XLSXWriter.write(try Self.sample()))
    #expect(parts.keys.contains { $0.hasPrefix("xl/media/") })
  }
}
