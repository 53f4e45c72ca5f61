import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The fill-in template: a prefilled one reads back to its SOP, a blank one filled by another
/// program reads to what was typed, and its drop-downs and protection are there.
@Suite struct TemplateTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  @Test(arguments: models)
  func aPrefilledTemplateReadsBackToItsSOP(_ url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    let sop = try #require(JSONReader.read(Array(text.utf8), source: url.lastPathComponent).file?.sops.first)
    let result = XLSXReader.read(try XLSXTemplateWriter.write(sop), source: "isian.xlsx")
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
    #expect(result.file.map(SOPJSON.encode) == text)
  }

  @Test func aBlankTemplateFilledInAnotherProgramReadsToWhatWasTyped() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let blank = folder.appendingPathComponent("blank.xlsx"), filled = folder.appendingPathComponent("filled.xlsx")
    try Data(try XLSXTemplateWriter.write(options: .init(steps: 10))).write(to: blank)
    // Identitas: B1 Nama SOP, B2 Nomor SOP, B18 Tgl. Efektif (after the eight Kop rows).
    let run = try #require(try PythonTools.run("xlsx_tool.py", [
      "edit", blank.path, filled.path,
      "Identitas", "B1", "Legalisir Ijazah", "Identitas", "B2", "05/MTsN.2/2022", "Identitas", "B18", "10 Januari 2022",
      "Pelaksana", "A2", "Alumni", "Pelaksana", "A3", "Petugas TU", "Pelaksana", "A4", "Kepala Madrasah",
      "Langkah", "B2", "Menyerahkan ijazah dan fotokopinya", "Langkah", "C2", "Alumni", "Langkah", "F2", "5 menit", "Langkah", "G2", "Berkas",
      "Langkah", "B3", "Mencocokkan fotokopi dengan aslinya", "Langkah", "C3", "Petugas TU", "Langkah", "D3", "Keputusan",
      "Langkah", "F3", "10 menit", "Langkah", "G3", "Berkas dicocokkan", "Langkah", "J3", "1",
      "Langkah", "B4", "Menandatangani legalisir", "Langkah", "C4", "Kepala Madrasah", "Langkah", "F4", "1 hari kerja", "Langkah", "G4", "Fotokopi terlegalisir",
    ]), "no Python with openpyxl: run make venv")
    #expect(run.status == 0, "\(run.standardError)")
    let result = XLSXReader.read([UInt8](try Data(contentsOf: filled)), source: "filled.xlsx")
    let sop = try #require(result.file?.sops.first)
    #expect(sop.identity.namaSOP == "Legalisir Ijazah")
    #expect(sop.identity.nomorSOP == "05/MTsN.2/2022")
    #expect(sop.identity.tanggal.efektif?.day?.iso == "2022-01-10")
    let chart = try #require(sop.flowcharts.first)
    #expect(chart.pelaksana == ["Alumni", "Petugas TU", "Kepala Madrasah"])
    #expect(chart.steps.map(\.nomor) == [1, 2, 3], "unused rows are skipped")
    #expect(chart.steps[1].shape == .decision && chart.steps[1].flow.tidak == .step(1))
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.description))")
  }

  @Test func theTemplateHasItsDropDownsAndProtection() throws {
    let bytes = try XLSXTemplateWriter.write(options: .init(actors: ["Pemohon", "Petugas"]))
    let parts = try XLSXWriterTests.parts(bytes)
    let langkah = try #require(parts.first { $0.key.hasPrefix("xl/worksheets/") && $0.value.contains("Pelaksana!$A$2") }?.value)
    #expect(langkah.contains("<sheetProtection"))
    #expect(langkah.components(separatedBy: "<dataValidation ").count - 1 == 2)
    #expect(langkah.contains("Mulai/Selesai,Proses,Keputusan"))
    #expect(parts["xl/workbook.xml"]?.contains(#"name="sopkit-template" sheetId="5" state="hidden""#) == true)
  }
}
