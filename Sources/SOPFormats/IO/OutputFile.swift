import Foundation
import SOPModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes outputs so that a reader never sees a half-written file and nothing is overwritten by
/// accident.
///
/// The bytes go to a temporary file in the destination folder, are flushed to disk, and the file
/// is then moved into place in one step: with `link(2)` when overwriting is not allowed (which
/// fails if the name exists, so two runs cannot race), with `rename(2)` when it is.
public enum OutputFile {
  /// Writes `bytes` to `path`, creating missing folders.
  /// - Parameters:
  ///   - force: replace an existing file.
  /// - Throws: ``ConversionError`` of kind `output` (`io.output-exists`, `io.cannot-write`).
  public static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(ConversionError) {
    try write(to: path, force: force) { handle in try handle.write(contentsOf: bytes) }
  }

  /// Writes what `body` writes into the handle to `path`, the same way: a temporary file, then
  /// moved into place in one step. For outputs too large to hold in memory (a batch report).
  public static func write(to path: String, force: Bool, _ body: (FileHandle) throws -> Void) throws(ConversionError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    if !force, FileManager.default.fileExists(atPath: path) {
      throw exists(path)
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw cannotWrite(path, "cannot create the folder \(folder.path): \(error.localizedDescription)")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
    guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
      throw cannotWrite(path, "cannot create a file in \(folder.path) (no permission, or the disk is full?)")
    }
    defer { unlink(temporary) }
    do {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
      try body(handle)
      try handle.synchronize()
      try handle.close()
    } catch {
      throw cannotWrite(path, "writing failed: \(error.localizedDescription)")
    }
    if force {
      guard rename(temporary, path) == 0 else { throw cannotWrite(path, String(cString: strerror(errno))) }
    } else {
      guard link(temporary, path) == 0 else {
        if errno == EEXIST { throw exists(path) }
        throw cannotWrite(path, String(cString: strerror(errno)))
      }
    }
  }

  private static func exists(_ path: String) -> ConversionError {
    ConversionError(.output, Diagnostic(.ioOutputExists, "the output file already exists; it was left as it is", at: SourceLocation(file: path), hint: "pass --force to replace it, or choose another name with -o"))
  }

  private static func cannotWrite(_ path: String, _ reason: String) -> ConversionError {
    ConversionError(.output, Diagnostic(.ioCannotWrite, "cannot write the output: \(reason)", at: SourceLocation(file: path)))
  }

  /// Whether two paths name the same existing file (after resolving links and `..`).
  public static func sameFile(_ a: String, _ b: String) -> Bool {
    guard a != "-", b != "-" else { return false }
    let first = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
    let second = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    return first == second
  }
}
