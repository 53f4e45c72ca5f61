import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// What a new user meets first (testdata/cli/first-hour.md shows the same on the command line):
/// an empty fill-in template, header slips, a file that is not an SOP, stray rows.
@Suite struct FirstHourTests {
  private func csv(_ text: String) -> ReadResult { CSVReader.read(Array(text.utf8), source: "isian.csv") }

  /// The optimal-string-alignment distance, by the full table, to check the bounded one against.
  private func alignment(_ a: [Character], _ b: [Character]) -> Int {
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
      }
    }
    return d[a.count][b.count]
  }

  @Test func twoLettersSwappedAreOneEditWhenAsked() {
    let swapped = Array("kegaitan"), right = Array("kegiatan")
    #expect(EditDistance.within(swapped, right, limit: 1) == nil)
    #expect(EditDistance.within(swapped, right, limit: 1, transpositions: true) == 1)
    // The bounded form agrees with the full table within its limit, and gives up beyond it.
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let a = (0..<Int.random(in: 0...7, using: &generator)).map { _ in "abc".randomElement(using: &generator)! }
      let b = (0..<Int.random(in: 0...7, using: &generator)).map { _ in "abc".randomElement(using: &generator)! }
      let full = alignment(a, b)
      for limit in 0...3 {
        #expect(EditDistance.within(a, b, limit: limit, transpositions: true) == (full <= limit ? full : nil), "\(String(a)) / \(String(b)) within \(limit)")
      }
    }
  }

  @Test func aHeaderWithTwoLettersSwappedIsReadWithANote() throws {
    let result = csv("Nama SOP;Surat\nNo;Kegaitan;Petugas;Output\n1;Menerima surat;x;Surat\n")
    #expect(result.file?.sops.first?.flowcharts.first?.steps.first?.kegiatan == "Menerima surat")
    #expect(result.diagnostics.map(\.code) == [.importLabelTypo, .importShapeInferred])
  }

  @Test(arguments: [
    "No;Kagiatn;Pelaksana;;Mutu Baku;;\n;;Pemohon;Petugas;Kelengkapan;Waktu;Output\n1;Mengajukan;x;;Berkas;5 menit;Berkas\n",
    "No;Kagiatn;Pemohon;Petugas\n1;Mengajukan;x;\n",
  ])
  func aHeaderTooFarOffIsOneErrorWithDidYouMean(_ table: String) throws {
    let result = csv("Nama SOP;Surat\n" + table)
    #expect(result.file == nil)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.description))")
    let error = try #require(result.diagnostics.first)
    #expect(error.code == .importMissingColumn)
    #expect(error.message.contains("did you mean 'Kegiatan'?"))
    #expect(error.location?.row == 2 && error.location?.column == 2)
  }

  @Test func aFileThatIsNoSOPIsOneError() {
    let result = csv("NAME=\"Debian GNU/Linux\"\nID=debian\nHOME_URL=\"https://www.debian.org/\"\nlorem\nipsum dolor\n")
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.importNoStepsTable])
  }

  @Test func strayRowsInARowAreOneWarning() throws {
    let result = csv("Nama SOP;Surat\nNo;Kegiatan;Petugas;Output\n1;Menerima surat;x;Surat\n\n;;;Mengetahui\n;;;Kepala KUA\n\n;;;NIP. 19750814 200312 1 003\n")
    let stray = result.diagnostics.filter { $0.code == .importStrayRow }
    #expect(stray.count == 1)
    #expect(stray.first?.message.hasPrefix("3 rows below the steps table (rows 5–8: 'Mengetahui', 'Kepala KUA'") == true)
    #expect(result.file?.sops.first?.flowcharts.first?.steps.count == 1, "the rows are still ignored, as before")
  }

  @Test func anEmptyTemplateIsOneErrorAtTheNameCell() throws {
    let result = XLSXReader.read(try XLSXTemplateWriter.write(), source: "kosong.xlsx")
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.xlsxTemplateEmpty])
    #expect(result.diagnostics.first?.location?.context == "Identitas!B1")
  }

  @Test func aTemplateWithAnEmptyNameIsPointedAtItsValueCell() throws {
    var sop = try #require(JSONReader.read([UInt8](try Data(contentsOf: TestData.root.appendingPathComponent("model/kua-pendaftaran-nikah.json"))), source: "kua.json").file?.sops.first)
    sop.identity.namaSOP = ""
    let checked = Converter.check(bytes: try XLSXTemplateWriter.write(sop), format: .xlsx, source: "isian.xlsx")
    let missing = checked.diagnostics.filter { $0.code == .modelMissingNamaSOP }
    #expect(missing.count == 1)
    #expect(missing.first?.location?.context == "Identitas!B1")
    #expect(missing.first?.location?.path == "$.sops[0].nama_sop")
  }
}
