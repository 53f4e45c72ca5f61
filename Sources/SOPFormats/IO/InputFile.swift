import Foundation
import SOPModel

/// Reads an input file, or standard input for `-`, with diagnostics a person can act on.
public enum InputFile {
  /// The largest CSV or JSON file read by default, in megabytes. Reading takes about 30 times a
  /// file's size in memory, so 32 MB (some 12,000 SOPs in a table-layout CSV) stays near 1 GB.
  public static let defaultTextMegabytes = 32
  /// The largest Word or Excel file read by default, in megabytes: mostly pictures, since the
  /// XML parts in it are limited on their own (``ZipPackage``).
  public static let defaultPackageMegabytes = 256

  /// The largest input of `format` read, in bytes: `megabytes` when given (`--max-input-mb`),
  /// else the default for its kind.
  public static func limit(for format: Format, megabytes: Int? = nil) -> Int {
    let chosen = megabytes ?? (format == .csv || format == .json ? defaultTextMegabytes : defaultPackageMegabytes)
    return min(max(chosen, 1), Int.max >> 21) << 20
  }

  /// The whole content of `path` (`-` for standard input), refused when it is larger than `limit`
  /// bytes.
  /// - Throws: ``ConversionError`` of kind `unreadableInput` with `io.not-found`, `io.unreadable`
  ///   or `io.too-large`.
  public static func read(_ path: String, limit: Int = Int.max) throws(ConversionError) -> [UInt8] {
    if path == "-" {
      let data = FileHandle.standardInput.readData(ofLength: limit == Int.max ? Int.max : limit + 1)
      guard data.count <= limit else { throw tooLarge(path, size: nil, limit: limit) }
      return [UInt8](data)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ConversionError(.unreadableInput, Diagnostic(.ioNotFound, "no such file", at: SourceLocation(file: path), hint: "check the name and the folder"))
    }
    if isDirectory.boolValue {
      throw ConversionError(.unreadableInput, Diagnostic(.ioUnreadable, "this is a folder, not a file", at: SourceLocation(file: path), hint: "name the files inside it"))
    }
    // Checked before reading, so a huge file costs nothing.
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > limit {
      throw tooLarge(path, size: size, limit: limit)
    }
    // An empty regular file is read as empty without FileManager.contents(atPath:), which leaks a
    // 4 KB buffer for it (swift-foundation in Swift 6.3.1, found by LeakSanitizer).
    if attributes?[.size] as? Int == 0, attributes?[.type] as? FileAttributeType == .typeRegular {
      return []
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConversionError(.unreadableInput, Diagnostic(.ioUnreadable, "the file cannot be read (no permission?)", at: SourceLocation(file: path)))
    }
    guard data.count <= limit else { throw tooLarge(path, size: data.count, limit: limit) }
    return [UInt8](data)
  }

  private static func tooLarge(_ path: String, size: Int?, limit: Int) -> ConversionError {
    let what = size.map { "the file is \(megabytes($0)) MB" } ?? "the input is larger than \(megabytes(limit)) MB"
    return ConversionError(.unreadableInput, Diagnostic(
      .ioTooLarge, "\(what); sopkit reads files of this kind up to \(megabytes(limit)) MB", at: SourceLocation(file: path),
      hint: "split it into smaller files (a table-layout CSV by its SOP key), or raise the limit with --max-input-mb (reading takes about 30 times the file's size in memory)"))
  }

  private static func megabytes(_ bytes: Int) -> String {
    bytes >= 10 << 20 ? String(bytes >> 20) : String(Double((bytes * 10) >> 20) / 10)
  }
}
