import Foundation
import SOPTestSupport
import Testing

/// Under `LANG=id_ID.UTF-8`, what a staff member reads on the terminal is Indonesian: the
/// diagnostics of every broken testdata file and a batch's progress and summary contain no English
/// sentence (EnglishScan: English function words, once paths, codes and quoted values are removed).
@Suite struct IndonesianOutputTests {
  static let indonesian = ["LANG": "id_ID.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "NO_COLOR": "1"]

  static func brokenFiles() -> [String] {
    (TestData.files(in: "invalid", withExtension: "json") + TestData.files(in: "csv/invalid", withExtension: "csv")
      + TestData.files(in: "hostile", withExtension: "xlsx") + TestData.files(in: "hostile", withExtension: "docx")
      + [TestData.root.appendingPathComponent("docx/draft/tanpa-panah-libreoffice.docx")]).map(\.path)
  }

  @Test func checkSpeaksIndonesian() throws {
    let executable = try #require(CLITranscript.executable, "build sopkit first")
    let files = Self.brokenFiles()
    #expect(files.count >= 10)
    let result = try ProcessRunner.run(executable, ["check"] + files, environment: Self.indonesian)
    #expect(result.status == 66)
    #expect(result.standardError.contains("kesalahan:") && result.standardError.contains("saran:"))
    let english = EnglishScan.englishWords(in: result.standardError)
    #expect(english.isEmpty, "English in: \(english.map(\.line).prefix(10))")
  }

  @Test func aBatchSpeaksIndonesian() throws {
    let executable = try #require(CLITranscript.executable, "build sopkit first")
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputs = Self.brokenFiles() + TestData.files(in: "model", withExtension: "json").map(\.path) + [TestData.root.appendingPathComponent("invalid/kua-rusak.diagnostics.txt").path]
    let result = try ProcessRunner.run(executable, ["convert"] + inputs + ["-o", folder.appendingPathComponent("hasil").path, "-t", "json,xlsx,docx", "--jobs", "2", "--report", folder.appendingPathComponent("laporan.json").path], environment: Self.indonesian)
    #expect(result.standardError.contains("berkas \(inputs.count): lengkap"))
    let english = EnglishScan.englishWords(in: result.standardError)
    #expect(english.isEmpty, "English in: \(english.map(\.line).prefix(10))")
    // The same run in English says it in English.
    let again = try ProcessRunner.run(executable, ["convert"] + inputs + ["-o", folder.appendingPathComponent("out").path, "-t", "json", "--jobs", "2", "--lang", "en"], environment: Self.indonesian)
    #expect(again.standardError.contains("files \(inputs.count): complete"))
  }
}
