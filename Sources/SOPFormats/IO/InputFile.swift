import Foundation
import SOPModel

/// Reads an input file, or standard input for `-`, with diagnostics a person can act on.
public enum InputFile {
  /// The whole content of `path` (`-` for standard input).
  /// - Throws: ``ConversionError`` of kind `unreadableInput` with `io.not-found` or `io.unreadable`.
  public static func read(_ path: String) throws(ConversionError) -> [UInt8] {
    if path == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ConversionError(.unreadableInput, Diagnostic(.ioNotFound, "no such file", at: SourceLocation(file: path), hint: "check the name and the folder"))
    }
    if isDirectory.boolValue {
      throw ConversionError(.unreadableInput, Diagnostic(.ioUnreadable, "this is a folder, not a file", at: SourceLocation(file: path), hint: "name the files inside it"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConversionError(.unreadableInput, Diagnostic(.ioUnreadable, "the file cannot be read (no permission?)", at: SourceLocation(file: path)))
    }
    return [UInt8](data)
  }
}
