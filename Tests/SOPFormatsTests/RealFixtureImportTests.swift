import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// SOP files made by other offices and projects (../shared/fixtures/real/, never copied into this
/// repository; its README says what each holds). Every expected value below was read from the
/// files themselves (openpyxl and python-docx dumps, LibreOffice renders), not from sopkit's output.
/// A missing folder cancels the test, which the test runner reports as skipped.
@Suite struct RealFixtureImportTests {
  static let folder = TestData.packageRoot().deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")

  static func check(_ path: String) throws -> Converter.Checked? {
    let url = folder.appendingPathComponent(path)
    guard FileManager.default.fileExists(atPath: url.path) else {
      try Test.cancel("\(url.path) is not here (the real fixtures live outside the repository)")
    }
    let format = try Converter.inputFormat(for: url.path, given: nil)
    return Converter.check(bytes: [UInt8](try Data(contentsOf: url)), format: format, source: url.lastPathComponent)
  }

  static func count(_ code: DiagnosticCode, in checked: Converter.Checked) -> Int {
    checked.diagnostics.filter { $0.code == code }.count
  }

  /// The generated Arumanis set: 65 SOPs of 271 steps, each on its own sheet or table under a
  /// title of its own, sharing one "Halaman Pengesahan" identity page.
  @Test(arguments: [
    "arumanis/sop-penggunaan-arumanis-c454fc3.xlsx", "arumanis/sop-penggunaan-arumanis-13bcbad.xlsx",
    "arumanis/sop-penggunaan-arumanis-c454fc3.docx", "arumanis/sop-penggunaan-arumanis-6b6617c.docx",
  ])
  func everySOPOfTheArumanisSetIsRead(_ path: String) throws {
    guard let checked = try Self.check(path) else { return }
    let sops = try #require(checked.file?.sops)
    #expect(sops.count == 65)
    #expect(sops.flatMap(\.flowcharts).map(\.steps.count).reduce(0, +) == 271)
    let first = sops[0]
    #expect(first.identity.namaSOP == "PROSEDUR PELAKSANAAN AKSES & AUTENTIKASI ARUMANIS / PANEL PENGAWASAN")
    #expect(sops[1].identity.namaSOP == "PROSEDUR PELAKSANAAN ALUR INPUT PROGRAM (KEGIATAN → PEKERJAAN → OUTPUT)")
    let steps = first.flowcharts[0].steps
    #expect(steps.map(\.nomor) == [1, 2, 3, 4, 5, 6])
    #expect(steps[0].kegiatan == "Pengguna membuka URL Arumanis di browser terbaru.")
    #expect(steps[5].kegiatan == "Logout via menu profil.")
    #expect(steps[0].mutuBaku.kelengkapan == "Browser terbaru")
    #expect(steps[0].mutuBaku.output == "/sign-in")
    // "± 2 menit": approximately two minutes.
    #expect(steps[0].mutuBaku.waktu?.value == 2 && steps[0].mutuBaku.waktu?.unit == .menit)
    #expect(steps[4].mutuBaku.waktu?.raw == "± 30 dtk" && steps[4].mutuBaku.waktu?.unit == .detik)
    #expect(!checked.diagnostics.contains { $0.code == .modelMissingActor }, "said once per flowchart, not per step")
    #expect(!checked.diagnostics.contains { $0.code == .importBadStepNumber })
  }

  /// Where the flowchart is one picture, each SOP gets exactly one review item saying so.
  @Test(arguments: [
    "arumanis/sop-penggunaan-arumanis-c454fc3.xlsx", "arumanis/sop-penggunaan-arumanis-13bcbad.xlsx",
    "arumanis/sop-penggunaan-arumanis-c454fc3.docx",
  ])
  func aPictureFlowchartIsOneReviewItemPerSOP(_ path: String) throws {
    guard let checked = try Self.check(path) else { return }
    let pictures = checked.diagnostics.filter { $0.code == .importFlowchartPicture }
    #expect(pictures.count == 65)
    #expect(Set(pictures.compactMap(\.location?.path)).count == 65)
    #expect(checked.file?.sops[0].flowcharts[0].pelaksana == ["Admin", "Operator", "Pengawas", "Sistem"])
  }

  /// The Word version re-saved with one "Pelaksana" text column names each step's actor.
  @Test func aPelaksanaTextColumnNamesEachStepsActor() throws {
    guard let checked = try Self.check("arumanis/sop-penggunaan-arumanis-6b6617c.docx") else { return }
    let sops = try #require(checked.file?.sops)
    #expect(sops[1].flowcharts[0].steps.map(\.pelaksana) == ["Operator", "Operator", "Operator", "Operator", "Admin"])
    #expect(sops[1].flowcharts[0].steps[0].mutuBaku.kelengkapan == "Pagu & TA")
  }

  /// The early openpyxl version: ● marks in several actor columns (a step done together), a text-art
  /// "Flowchart" column and a "Kategori" column among them, six SOP sheets and a Daftar Isi.
  @Test func marksInSeveralColumnsAreOneStepDoneTogether() throws {
    guard let checked = try Self.check("arumanis/sop-penggunaan-arumanis-6ffce9e.xlsx") else { return }
    let sops = try #require(checked.file?.sops)
    #expect(sops.count == 6)
    let steps = sops[0].flowcharts[0].steps
    #expect(sops[0].flowcharts[0].pelaksana == ["Admin", "Operator", "Pengawas", "Sistem"])
    #expect(steps[0].pelaksana == "Admin" && steps[0].coActors == ["Operator", "Pengawas"])
    #expect(steps[2].pelaksana == "Sistem" && steps[2].coActors.isEmpty)
    #expect(steps[4].pelaksana == "Pengawas" && steps[4].coActors == ["Sistem"])
    #expect(Self.count(.importTextColumn, in: checked) == 12, "Flowchart and Kategori on each of the 6 sheets")
    #expect(sops[0].identity.namaSOP == "AKSES & AUTENTIKASI ARUMANIS / PANEL PENGAWASAN")
    // The footer "*** Flowchart SOP Akses … ***" below a blank row is no step.
    #expect(!checked.diagnostics.contains { $0.code == .importBadStepNumber })
  }

  /// The negatives: a blank cover template, a ministry's identity-page template with placeholders
  /// and no steps, and a user manual titled "SOP".
  @Test(arguments: [
    ("basarnas/template-cover.xlsx", true), ("other/kemensetneg-template-sop.docx", true), ("other/bapenda-tabalong-sop-simata-manual.docx", false),
  ])
  func aFileWithoutStepsIsNoSOP(_ path: String, _ isTemplate: Bool) throws {
    guard let checked = try Self.check(path) else { return }
    #expect(checked.file == nil)
    let refusal = try #require(checked.diagnostics.first { $0.code == .xlsxNoSOPSheet || $0.code == .docxNoSOP })
    // A template is told apart: it has an identity page and no steps.
    #expect(refusal.message.contains("identity page") == isTemplate, "\(refusal.message)")
  }

  /// The Word set: the kop lines of the identity table's left cell (the "Nama SOP" label lower in
  /// that column notwithstanding), each table's own "Label : value" lines kept with its SOP, and
  /// the re-saved version's diagram pictures after each table said once per SOP.
  @Test func theWordSetKeepsItsKopItsTableFieldsAndSaysWhereTheDiagramIsAPicture() throws {
    guard let generated = try Self.check("arumanis/sop-penggunaan-arumanis-c454fc3.docx"),
      let resaved = try Self.check("arumanis/sop-penggunaan-arumanis-6b6617c.docx")
    else { return }
    let sops = try #require(generated.file?.sops)
    #expect(sops[0].identity.kop.lines == [
      "DINAS PEKERJAAN UMUM DAN TATA RUANG", "KABUPATEN CIANJUR", "BIDANG AIR MINUM DAN SANITASI",
      "SEKSI PERENCANAAN DAN PENGEMBANGAN SISTEM INFORMASI",
    ])
    #expect(sops[0].identity.extra.fields.contains(IdentityExtra.LabelledField(label: "Route", value: "/sign-in")))
    #expect(!sops[1].identity.extra.fields.contains { $0.label == "Route" }, "SOP 2's table names no route")
    #expect(!generated.diagnostics.contains { $0.code == .importStrayRow })
    let pictures = resaved.diagnostics.filter { $0.code == .importDiagramPicture }
    #expect(pictures.count == 65)
    #expect(Set(pictures.compactMap(\.location?.path)).count == 65)
  }
}
