import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing
import ZIPFoundation

@Suite struct SatkerConfigTests {
  @Test(arguments: ["kemenag.json", "pemda.json"])
  func theKopTemplatesLoad(_ name: String) throws {
    let config = try SatkerConfig.load(TestData.packageRoot().appendingPathComponent("Templates/kop/\(name)").path)
    #expect(config.kop.lines.count == 3)
    #expect(config.kop.logo == (name == "kemenag.json" ? .kemenag : .pemda))
    #expect(config.paper == .f4)
  }

  @Test func theConfigFillsOnlyWhatTheSOPLeavesEmpty() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("satker.json").path
    try Data(#"{"kop": {"lines": ["KEMENTERIAN AGAMA"], "logo_file": "logo.png"}, "paper": "a4", "pengesahan": {"jabatan": "Kepala KUA", "nama": "H. Fulan"}}"#.utf8)
      .write(to: URL(fileURLWithPath: path))
    let config = try SatkerConfig.load(path)
    #expect(config.kop.logoFile == folder.path + "/logo.png", "relative to the config file")
    #expect(config.paper == .a4)
    let sop = SOPDocument(identity: Identity(pengesahan: Pengesahan(jabatan: "Kepala Kantor"), namaSOP: "X"))
    let applied = config.apply(to: SOPFile(sops: [sop])).sops[0].identity
    #expect(applied.kop.lines == ["KEMENTERIAN AGAMA"])
    #expect(applied.pengesahan.jabatan == "Kepala Kantor", "the SOP's own value wins")
    #expect(applied.pengesahan.nama == "H. Fulan")
  }

  @Test func aMistakeInTheConfigIsNamed() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("satker.json").path
    try Data(#"{"kertas": "a4"}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect { try SatkerConfig.load(path) } throws: { ($0 as? ConversionError)?.diagnostics.first?.code == .jsonUnknownKey }
  }

  @Test func aLogoGoesIntoTheKopAndAMissingOneIsReported() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A 1×1 PNG.
    let png: [UInt8] = [
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
      0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41,
      0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00,
      0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
    try Data(png).write(to: folder.appendingPathComponent("logo.png"))
    var sop = SOPDocument(
      identity: Identity(kop: Kop(logo: .custom, logoFile: "logo.png", lines: ["KEMENTERIAN AGAMA"]), namaSOP: "X"),
      flowcharts: [Flowchart(pelaksana: ["Petugas"], steps: [Step(nomor: 1, kegiatan: "Menerima", pelaksana: "Petugas")])])
    let options = XLSXWriter.Options(assetFolder: folder.path)
    #expect(XLSXWriter.warnings(SOPFile(sops: [sop]), options: options).isEmpty)
    let archive = try Archive(data: Data(try XLSXWriter.write(SOPFile(sops: [sop]), options: options)), accessMode: .read)
    let names = archive.map(\.path)
    #expect(names.contains { $0.hasPrefix("xl/media/image1.png") })
    #expect(names.contains("xl/drawings/drawing1.xml") && names.contains("xl/drawings/drawing2.xml"), "the logo's drawing and the flowchart's")
    sop.identity.kop.logoFile = "tidak-ada.png"
    #expect(XLSXWriter.warnings(SOPFile(sops: [sop]), options: options).map(\.code) == [.xlsxLogoUnreadable])
  }
}
