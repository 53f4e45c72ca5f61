import Foundation
import SOPModel

/// The JSON report of a batch (`--report`), written as the files finish so that memory stays flat
/// however large the batch: each file's entry goes to a spool file, in input order, as soon as
/// every file before it has finished; ``finish(_:interrupted:)`` then writes the report (the totals,
/// then the entries) into place in one step. The bytes are those of ``BatchConverter/report(_:interrupted:)``.
///
/// Not thread-safe: the batch calls it while holding its own lock.
public final class BatchReport {
  private let path: String
  private let spoolPath: String
  private let spool: FileHandle
  /// Finished entries waiting for an earlier file to finish, by input index.
  private var waiting: [Int: String] = [:]
  private var nextIndex = 0
  private var written = 0

  /// Starts the report that will be written to `path`.
  /// - Throws: ``ConversionError`` (`io.cannot-write`) when no spool file can be made.
  public init(path: String) throws(ConversionError) {
    self.path = path
    spoolPath = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-report-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).json").path
    guard FileManager.default.createFile(atPath: spoolPath, contents: nil), let handle = FileHandle(forUpdatingAtPath: spoolPath) else {
      throw ConversionError(.output, Diagnostic(.ioCannotWrite, "cannot write the report: no room for its temporary file in \(FileManager.default.temporaryDirectory.path)", at: SourceLocation(file: path)))
    }
    spool = handle
  }

  deinit {
    try? spool.close()
    unlink(spoolPath)
  }

  /// Adds the result of input number `index` (0-based, each once).
  public func add(_ result: BatchConverter.Result, at index: Int) {
    waiting[index] = "    " + JSONWriter.write(BatchConverter.entry(result), indent: 4)
    while let entry = waiting.removeValue(forKey: nextIndex) {
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
      written += 1
    }
    waiting = [:]
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
