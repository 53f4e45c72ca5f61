import Foundation
import SOPModel
import SOPTestSupport
import Testing

@testable import SOPFormats

/// The batch report written file by file gives the same bytes as the report built at once, whatever
/// order the files finish in, so a batch of any size keeps only a little of each file in memory.
@Suite struct BatchReportTests {
  static func results() -> [BatchConverter.Result] {
    let note = Diagnostic(.importShapeInferred, "step 1 is drawn as a terminator", at: SourceLocation(file: "a.csv", row: 2, column: 1))
    let error = Diagnostic(.zipNotAPackage, "this is not an Office Open XML package", at: SourceLocation(file: "b.docx"), hint: "it is a PDF")
    let skipped = Diagnostic(.cliFormatUnsupported, "not an SOP file", at: SourceLocation(file: "c.txt"))
    return [
      .init(input: "in/a.csv", status: .converted, reason: nil, outputs: ["out/a.json", "out/a.xlsx"], diagnostics: [note]),
      .init(input: "in/b.docx", status: .failed, reason: "zip.not-a-package", outputs: [], diagnostics: [note, error]),
      .init(input: "in/c.txt", status: .skipped, reason: "cli.format-unsupported", outputs: [], diagnostics: [skipped]),
      .init(input: "in/d.json", status: .convertedWithWarnings, reason: nil, outputs: ["out/d.json"], diagnostics: []),
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

  /// What a finished file keeps: its errors when it failed, why it was skipped, nothing else.
  @Test func aFinishedFileKeepsOnlyWhatTheSummaryNeeds() {
    let kept = Self.results().map(\.kept)
    #expect(kept.map(\.diagnostics.count) == [0, 1, 1, 0])
    #expect(kept[1].diagnostics.first?.code == .zipNotAPackage && kept.allSatisfy(\.outputs.isEmpty))
  }
}
