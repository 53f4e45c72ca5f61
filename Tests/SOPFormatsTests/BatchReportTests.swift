import Foundation
import SOPModel
import SOPTestSupport
import Testing

@testable import SOPFormats

/// The batch report written file by file gives the same bytes as the report built at once, whatever
/// order the files finish in, so a batch of any size keeps only a little of each file in memory.
@Suite struct BatchReportTests {
  static func sop(_ index: Int, _ outcome: SOPOutcome, _ outputs: [String]) -> BatchConverter.Result.SOP {
    .init(
      index: index, namaSOP: "SOP \(index + 1)", nomorSOP: nil, office: "KUA Kecamatan Sumbawa", outcome: outcome,
      reviewCount: outcome == .draft ? 1 : 0, firstIssue: outcome == .draft ? "Langkah Keputusan belum punya dua jalur keluar" : nil, outputs: outputs)
  }

  static func results() -> [BatchConverter.Result] {
    let note = Diagnostic(.importShapeInferred, "step 1 is drawn as a terminator", at: SourceLocation(file: "a.csv", row: 2, column: 1))
    let error = Diagnostic(.zipNotAPackage, "this is not an Office Open XML package", at: SourceLocation(file: "b.docx"), hint: "it is a PDF")
    let skipped = Format.skipReason("in/c.txt")
    return [
      .init(input: "in/a.csv", status: .complete, reason: nil, outputs: ["out/a.json", "out/a.xlsx"], sops: [sop(0, .complete, ["out/a.json", "out/a.xlsx"])], diagnostics: [note]),
      .init(input: "in/b.docx", status: .unreadable, reason: "zip.not-a-package", outputs: [], sops: [], diagnostics: [note, error]),
      .init(input: "in/c.txt", status: .skipped, reason: "cli.format-unsupported", outputs: [], sops: [], diagnostics: [skipped]),
      .init(input: "in/d.json", status: .draft, reason: "model.decision-missing-exit", outputs: ["out/d.json"], sops: [sop(0, .draft, ["out/d.json"]), sop(1, .complete, ["out/d.json"])], diagnostics: []),
    ]
  }

  @Test(arguments: [[0, 1, 2, 3], [3, 1, 0, 2], [2, 3, 1, 0]])
  func writtenFileByFileItIsTheSameReport(_ order: [Int]) throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let results = Self.results()
    let path = folder.appendingPathComponent("laporan.json").path
    let report = try BatchReport(path: path)
    for index in order { report.add(results[index], at: index) }
    try report.finish(results.map(\.kept), interrupted: false)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == BatchConverter.report(results, interrupted: false))
  }

  @Test func anEmptyOrInterruptedBatchStillGivesAReport() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("kosong.json").path
    try BatchReport(path: path).finish([], interrupted: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == BatchConverter.report([], interrupted: true))
    // Files 0 and 2 finished, file 1 was never started: both finished ones are in the report.
    let results = Self.results()
    let report = try BatchReport(path: path)
    report.add(results[2], at: 2)
    report.add(results[0], at: 0)
    try report.finish([results[0], results[2]].map(\.kept), interrupted: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == BatchConverter.report([results[0], results[2]], interrupted: true))
  }

  /// The CSV report beside the JSON one: a row per SOP (a row per input that gave none), with
  /// the office, the outcome and the number of review items to sort by.
  @Test func theCSVReportHasARowPerSOP() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let results = Self.results()
    let report = try BatchReport(path: folder.appendingPathComponent("laporan.json").path)
    for (index, result) in results.enumerated().reversed() { report.add(result, at: index) }
    try report.finish(results.map(\.kept), interrupted: false)
    let csv = try String(contentsOfFile: folder.appendingPathComponent("laporan.csv").path, encoding: .utf8)
    let rows = csv.split(separator: "\r\n").map(String.init)
    #expect(rows.count == 6)
    #expect(rows[0].hasSuffix("berkas,sop_ke,nama_sop,nomor_sop,satker,hasil,jumlah_periksa,masalah_pertama,keluaran"))
    #expect(rows[1] == "in/a.csv,1,SOP 1,,KUA Kecamatan Sumbawa,lengkap,0,,out/a.json; out/a.xlsx")
    #expect(rows[2].hasPrefix("in/b.docx,,,,,tidak terbaca,,") && rows[2].contains("[zip.not-a-package]"))
    #expect(rows[3] == "in/c.txt,,,,,dilewati,,\"'c.txt' bukan berkas SOP yang dapat dibaca sopkit (sopkit membaca \(Format.readableExtensions)). [cli.format-unsupported]\"")
    #expect(rows[4] == "in/d.json,1,SOP 2,,KUA Kecamatan Sumbawa,draf,1,Langkah Keputusan belum punya dua jalur keluar,out/d.json".replacingOccurrences(of: "SOP 2", with: "SOP 1"))
    #expect(rows[5].hasPrefix("in/d.json,2,SOP 2,,KUA Kecamatan Sumbawa,lengkap,0"))
  }

  /// What a finished file keeps: its errors when it failed, why it was skipped, nothing else.
  @Test func aFinishedFileKeepsOnlyWhatTheSummaryNeeds() {
    let kept = Self.results().map(\.kept)
    #expect(kept.map(\.diagnostics.count) == [0, 1, 1, 0])
    #expect(kept.map(\.sops.count) == [1, 0, 0, 2] && kept.flatMap(\.sops).allSatisfy { $0.outputs.isEmpty && $0.firstIssue == nil })
    #expect(kept[1].diagnostics.first?.code == .zipNotAPackage && kept.allSatisfy(\.outputs.isEmpty))
  }
}
