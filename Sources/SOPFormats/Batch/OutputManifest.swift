import Foundation
import SOPModel

/// Which input each file of a batch's output folder was written from, kept in the folder as
/// `.sopkit-outputs.json`, so that `--force` replaces only a file an earlier run wrote from the
/// same input and never another input's output or a file sopkit did not write.
///
/// Thread-safe: a batch writes from several threads.
public final class OutputManifest: @unchecked Sendable {
  // @unchecked: `owners` is only touched while holding `lock`.
  /// The manifest's file name inside the output folder.
  public static let fileName = ".sopkit-outputs.json"
  private let lock = NSLock()
  private let folder: String
  /// Output path (relative to the folder) → the absolute path of the input it came from.
  private var owners: [String: String] = [:]

  /// Loads the manifest an earlier run left in `folder` or, when a run wrote into a folder above
  /// it (`-o out` then `-o out/kua`), in the nearest folder above that has one.
  public init(folder: String) {
    var base = URL(fileURLWithPath: folder).standardizedFileURL
    var found: URL?
    for _ in 0..<32 {
      if FileManager.default.fileExists(atPath: base.appendingPathComponent(Self.fileName).path) { found = base; break }
      let parent = base.deletingLastPathComponent()
      if parent.path == base.path { break }
      base = parent
    }
    self.folder = (found ?? URL(fileURLWithPath: folder).standardizedFileURL).path
    guard let bytes = FileManager.default.contents(atPath: self.folder + "/" + Self.fileName),
      let value = try? JSONParser.parse([UInt8](bytes)).0, case .object(let members)? = value["outputs"]
    else { return }
    for (output, input) in members { if case .string(let input) = input { owners[output] = input } }
  }

  /// Whether `path` may be written for `input`: it does not exist, or `force` is given and an
  /// earlier run wrote it from the same input.
  /// - Throws: ``ConversionError`` (`io.output-exists`) otherwise.
  public func check(_ path: String, for input: String, force: Bool) throws(ConversionError) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    let owner = lock.withLock { owners[relative(path)] }
    if force, owner == Self.absolute(input) { return }
    let message: String, hint: String
    if !force {
      message = "the output file already exists; it was left as it is"
      hint = "pass --force to replace the outputs of an earlier run of the same input"
    } else if let owner {
      message = "the output file was written from another input (\(owner)); it was left as it is"
      hint = "two inputs never share an output name in one run; remove the old file if it is no longer needed"
    } else {
      message = "the output file was not written by sopkit from this input; --force leaves it as it is"
      hint = "write the batch into an empty folder, or remove the file if it is no longer needed"
    }
    throw ConversionError(.output, Diagnostic(.ioOutputExists, message, at: SourceLocation(file: path), hint: hint))
  }

  /// Records that `path` was written from `input`.
  public func record(_ path: String, from input: String) {
    let key = relative(path), owner = Self.absolute(input)
    lock.withLock { owners[key] = owner }
  }

  /// Writes the manifest into the folder (in one step, replacing the earlier one).
  public func save() throws(ConversionError) {
    let members = lock.withLock { owners.sorted { $0.key < $1.key }.map { (key: $0.key, value: JSONValue.string($0.value)) } }
    guard !members.isEmpty else { return }
    let text = JSONWriter.write(.object([("format", .string("sopkit-outputs")), ("outputs", .object(members))]))
    try OutputFile.write(Array(text.utf8), to: folder + "/" + Self.fileName, force: true)
  }

  private func relative(_ path: String) -> String {
    let path = Self.absolute(path)
    return path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
  }

  static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
