import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Reading workbooks back: sopkit's own (also edited or re-saved by LibreOffice), and sheets that
/// hold a form-layout SOP.
@Suite struct XLSXReaderTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func canonical(_ url: URL) throws -> (SOPFile, String) {
    let text = try String(contentsOf: url, encoding: .utf8)
    return (try #require(JSONReader.read(Array(text.utf8), source: url.lastPathComponent).file), text)
  }

  @Test(arguments: models)
  func theOfficialWorkbookReadsBackToTheSameSOP(_ url: URL) throws {
    let (file, text) = try Self.canonical(url)
    for options in [XLSXWriter.Options(), XLSXWriter.Options(setup: PageSetup(paper: .a4), columnNumbers: true)] {
      let result = XLSXReader.read(try XLSXWriter.write(file, options: options), source: "sop.xlsx")
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
      #expect(result.file.map(SOPJSON.encode) == text)
    }
  }

  @Test func whatAPersonEditsInTheCellsWins() throws {
    let url = try #require(Self.models.first { $0.lastPathComponent == "kua-pendaftaran-nikah.json" })
    let (file, _) = try Self.canonical(url)
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = folder.appendingPathComponent("sop.xlsx"), edited = folder.appendingPathComponent("edited.xlsx")
    try Data(try XLSXWriter.write(file)).write(to: original)
    let run = try #require(try PythonTools.run("xlsx_tool.py", [
      "edit", original.path, edited.path, "Identitas", "F1", "B-77/Kua.13.06.1/OT.01.3/01/2020", "Prosedur", "B4", "Menerima berkas dan memeriksanya",
      "Prosedur", "I4", "20 menit",
    ]), "no Python with openpyxl: run make venv")
    #expect(run.status == 0, "\(run.standardError)")
    let result = XLSXReader.read([UInt8](try Data(contentsOf: edited)), source: "edited.xlsx")
    let sop = try #require(result.file?.sops.first)
    #expect(sop.identity.nomorSOP == "B-77/Kua.13.06.1/OT.01.3/01/2020")
    #expect(sop.flowcharts[0].steps[1].kegiatan == "Menerima berkas dan memeriksanya")
    #expect(sop.flowcharts[0].steps[1].mutuBaku.waktu?.value == 20)
    #expect(result.diagnostics.map(\.code) == [.xlsxEditedCell, .xlsxEditedCell, .xlsxEditedCell])
    #expect(result.diagnostics.map { $0.location?.context ?? "" } == ["Identitas!F1", "Prosedur!B4", "Prosedur!I4"])
    var unchanged = file
    unchanged.sops[0].identity.nomorSOP = sop.identity.nomorSOP
    unchanged.sops[0].flowcharts[0].steps[1].kegiatan = sop.flowcharts[0].steps[1].kegiatan
    unchanged.sops[0].flowcharts[0].steps[1].mutuBaku.waktu = sop.flowcharts[0].steps[1].mutuBaku.waktu
    #expect(result.file == unchanged, "nothing else changed")
  }

  @Test func aWorkbookReSavedByLibreOfficeReadsBackToTheSameSOPs() throws {
    guard let soffice = ProcessRunner.which("soffice") else {
      try Test.cancel("LibreOffice (soffice) is not installed; `make deps-render` installs it")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var expected: [String: String] = [:]
    var inputs: [String] = []
    for url in Self.models {
      let (file, text) = try Self.canonical(url)
      let path = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".xlsx").path
      try Data(try XLSXWriter.write(file)).write(to: URL(fileURLWithPath: path))
      expected[(path as NSString).lastPathComponent] = text
      inputs.append(path)
    }
    let out = folder.appendingPathComponent("resaved")
    let run = try ProcessRunner.run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "xlsx", "--outdir", out.path] + inputs)
    #expect(run.status == 0, "\(run.standardError)")
    for (name, text) in expected.sorted(by: { $0.key < $1.key }) {
      let result = XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent(name))), source: name)
      #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics)")
      #expect(result.file.map(SOPJSON.encode) == text, "\(name) after LibreOffice saved it")
    }
  }

  /// A form-layout SOP typed into a sheet (here laid out by openpyxl from a CSV sample) reads to the
  /// same SOP as the CSV, with Sheet!Cell locations.
  @Test(arguments: ["kua-nikah-form-semicolon", "sumsel-penelitian-form", "sumbawa-anggaran-utf16", "kankemenag-bulk-table"])
  func aSheetHoldingAnSOPReadsLikeTheCSV(_ name: String) throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let book = folder.appendingPathComponent("\(name).xlsx")
    let csv = TestData.root.appendingPathComponent("csv/\(name).csv")
    let run = try #require(try PythonTools.run("xlsx_tool.py", ["from-csv", csv.path, book.path, "SOP"]), "no Python with openpyxl: run make venv")
    #expect(run.status == 0, "\(run.standardError)")
    let result = XLSXReader.read([UInt8](try Data(contentsOf: book)), source: "\(name).xlsx")
    let expected = try String(contentsOf: TestData.root.appendingPathComponent("csv/\(name).json"), encoding: .utf8)
    #expect(result.file.map(SOPJSON.encode) == expected)
    #expect(result.diagnostics.allSatisfy { $0.location?.context?.hasPrefix("SOP!") ?? true })
  }

  @Test(arguments: [
    ("an old Excel file", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] as [UInt8], "old Office file"),
    ("a PDF", Array("%PDF-1.4\n".utf8), "PDF"),
    ("a web page", Array("<!DOCTYPE html><html><body>SOP</body></html>".utf8), "web page"),
    ("a truncated zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "truncated"),
  ])
  func somethingThatIsNotAWorkbookIsNamed(_ what: String, _ bytes: [UInt8], _ words: String) {
    let result = XLSXReader.read(bytes, source: "sop.xlsx")
    #expect(result.file == nil)
    let text = result.diagnostics.map { "\($0.message) \($0.hint ?? "")" }.joined()
    #expect(result.diagnostics.first?.code == .zipNotAPackage, "\(what)")
    #expect(text.contains(words), "\(what): \(text)")
  }
}
