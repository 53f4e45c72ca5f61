import Foundation
import SOPModel

/// The reports of a batch (`--report`), written as the files finish so that memory stays flat
/// however large the batch: each file's entry goes to a spool file, in input order, as soon as
/// every file before it has finished; ``finish(_:interrupted:)`` then writes the report (the totals,
/// then the entries) into place in one step. The JSON bytes are those of ``BatchConverter/report(_:interrupted:)``.
///
/// Beside the JSON report (for machines) goes a CSV report (for the admin, opened in a
/// spreadsheet): one row per SOP, or per input that gave none, with its office, outcome, number of
/// review items, first issue and outputs, to sort and filter by. `--report laporan.json` writes
/// `laporan.json` and `laporan.csv`; `--report laporan.csv` writes the CSV only.
///
/// Not thread-safe: the batch calls it while holding its own lock.
public final class BatchReport {
  private let path: String?
  private let csvPath: String
  private let spoolPath: String
  private let spool: FileHandle
  private var csvRows = CSVEncoder(delimiter: ",")
  /// Finished entries waiting for an earlier file to finish, by input index.
  private var waiting: [Int: String] = [:]
  private var waitingRows: [Int: [[String]]] = [:]
  private var nextIndex = 0
  private var written = 0

  /// Starts the report that will be written to `path`.
  /// - Throws: ``ConversionError`` (`io.cannot-write`) when no spool file can be made.
  public init(path: String) throws(ConversionError) {
    let isCSV = Format.guess(fromPath: path) == .csv
    self.path = isCSV ? nil : path
    csvPath = isCSV ? path : (path as NSString).deletingPathExtension + ".csv"
    csvRows.append(Self.csvHeader)
    spoolPath = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).json").path
    guard FileManager.default.createFile(atPath: spoolPath, contents: nil), let handle = FileHandle(forUpdatingAtPath: spoolPath) else {
      throw ConversionError(.output, Diagnostic(.ioCannotWrite, "cannot write the report: no room for its temporary file in \(FileManager.default.temporaryDirectory.path)", at: SourceLocation(file: path)))
    }
    spool = handle
  }

  /// The CSV report's columns (Indonesian, for the admin).
  static let csvHeader = ["berkas", "sop_ke", "nama_sop", "nomor_sop", "satker", "hasil", "jumlah_periksa", "masalah_pertama", "keluaran"]

  /// The CSV rows of one input: one per SOP, or one for the input when it gave no SOP.
  static func csvRows(_ result: BatchConverter.Result) -> [[String]] {
    guard !result.sops.isEmpty else {
      let why = result.diagnostics.first { $0.severity == .error } ?? result.diagnostics.first
      let issue = why.map { $0.message(in: .id) + " [" + $0.code.id + "]" } ?? ""
      return [[result.input, "", "", "", "", outcomeWord(result.status.rawValue), "", issue, result.outputs.joined(separator: "; ")]]
    }
    return result.sops.map { sop in
      let outcome = result.status == .failed ? "failed" : sop.outcome.rawValue
      return [
        result.input, String(sop.index + 1), sop.namaSOP, sop.nomorSOP ?? "", sop.office ?? "", outcomeWord(outcome),
        String(sop.reviewCount), sop.firstIssue ?? "", sop.outputs.joined(separator: "; "),
      ]
    }
  }

  /// The outcome as the admin reads it.
  static func outcomeWord(_ outcome: String) -> String {
    switch outcome {
    case "complete": return "lengkap"
    case "draft": return "draf"
    case "unreadable": return "tidak terbaca"
    case "skipped": return "dilewati"
    default: return "gagal ditulis"
    }
  }

  deinit {
    try? spool.close()
    unlink(spoolPath)
  }

  /// Adds the result of input number `index` (0-based, each once).
  public func add(_ result: BatchConverter.Result, at index: Int) {
    waiting[index] = "    " + JSONWriter.write(BatchConverter.entry(result), indent: 4)
    waitingRows[index] = Self.csvRows(result)
    while let entry = waiting.removeValue(forKey: nextIndex) {
      for row in waitingRows.removeValue(forKey: nextIndex) ?? [] { csvRows.append(row) }
      spool.write(Data(((written == 0 ? "" : ",\n") + entry).utf8))
      written += 1
      nextIndex += 1
    }
  }

  /// Writes the report: the totals of `results` (every finished file), then every entry added.
  /// Entries still waiting (after an interruption, behind a file never started) follow in order.
  public func finish(_ results: [BatchConverter.Result], interrupted: Bool) throws(ConversionError) {
    for index in waiting.keys.sorted() {
      spool.write(Data(((written == 0 ? "" : ",\n") + waiting[index]!).utf8))
      for row in waitingRows[index] ?? [] { csvRows.append(row) }
      written += 1
    }
    waiting = [:]
    waitingRows = [:]
    try OutputFile.write(csvRows.bytes, to: csvPath, force: true)
    guard let path else { return }
    let head = "{\n  \"summary\": " + JSONWriter.write(BatchConverter.summary(results, interrupted: interrupted), indent: 2, prefixWidth: 11)
      + ",\n  \"files\": " + (written == 0 ? "[]\n}\n" : "[\n")
    let spool = self.spool
    let written = self.written
    try OutputFile.write(to: path, force: true) { handle in
      handle.write(Data(head.utf8))
      guard written > 0 else { return }
      try spool.seek(toOffset: 0)
      while let chunk = try spool.read(upToCount: 1 << 20), !chunk.isEmpty { handle.write(chunk) }
      handle.write(Data("\n  ]\n}\n".utf8))
    }
  }
}
