import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// A real official-format workbook drawn by hand in Excel (../shared/fixtures/real/, not copied
/// into this repository): identity on the COVER sheet, the flowchart as shapes anchored to cells.
/// The expected SOP (testdata/xlsx/real-basarnas-verifikasi-berita-sar.json) was checked by hand
/// against the sheet: every step's kegiatan, actor column, symbol and Mutu Baku, and the branches.
@Test func aHandDrawnOfficialWorkbookImports() throws {
  let fixture = TestData.packageRoot().deletingLastPathComponent().appendingPathComponent("shared/fixtures/real/basarnas/verifikasi-berita-sar.xlsx")
  guard FileManager.default.fileExists(atPath: fixture.path) else {
    try Test.cancel("\(fixture.path) is not here (the real fixtures live outside the repository)")
  }
  let result = XLSXReader.read([UInt8](try Data(contentsOf: fixture)), source: "verifikasi-berita-sar.xlsx")
  let expected = try String(contentsOf: TestData.root.appendingPathComponent("xlsx/real-basarnas-verifikasi-berita-sar.json"), encoding: .utf8)
  #expect(result.file.map(SOPJSON.encode) == expected)
  let sop = try #require(result.file?.sops.first)
  #expect(sop.flowcharts[0].steps.map(\.pelaksana) == [
    "Petugas Komunikasi", "Kepala Siaga  BCC", "Petugas Komunikasi", "Kepala Siaga Kantor Pencarian dan Pertolongan",
    "Petugas Komunikasi Kantor Pencarian dan Pertolongan", "Instansi/ Organisasi / Perusahaan Kapal atau Maskapai Penerbangan",
    "Kepala Siaga Kantor Pencarian dan Pertolongan", "Kepala Siaga  BCC",
  ])
  #expect(sop.flowcharts[0].steps[6].shape == .decision && sop.flowcharts[0].steps[6].flow.tidak == .step(5), "Tidak goes back to step 5 through the off-page pair")
  // The fork drawn out of step 5 cannot be read as the SOP meant it: said, at its cell.
  #expect(result.diagnostics.contains { $0.code == .xlsxUnmappedShape && $0.location?.context == "SOP VERIFIKASI BERITA SAR !F10" })
}
