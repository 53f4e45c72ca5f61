import Foundation
import SOPModel

/// Which files a batch converts and where each output goes.
public struct BatchPlan: Sendable {
  /// One input and its outputs.
  public struct Item: Sendable {
    public var input: String
    /// The input's path below the folder it was found in (the output tree mirrors it).
    public var relative: String
    public var format: Format?
    public var outputs: [(format: Format, path: String)]
    /// For a table-layout CSV: its identity file (`<name>.identity.csv` beside it).
    public var identity: String?
  }

  public private(set) var items: [Item] = []

  /// - Parameters:
  ///   - inputs: files and folders (folders are searched recursively).
  ///   - include/exclude: glob patterns on the file name (`*.docx`); include defaults to every
  ///     readable extension.
  ///   - shard: (k, n) keeps the k-th of n stable shares of the sorted list, 1-based.
  public init(
    inputs: [String], outputFolder: String, targets: [Format], include: [String], exclude: [String], shard: (Int, Int)?
  ) {
    var found: [(String, String)] = []
    for input in inputs {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
        let base = URL(fileURLWithPath: input).standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let next = enumerator?.nextObject() as? String {
          var isDirectory: ObjCBool = false
          let full = base + "/" + next
          guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
          found.append((full, next))
        }
      } else {
        found.append((input, (input as NSString).lastPathComponent))
      }
    }
    // Every file is listed (files sopkit cannot read are reported as skipped), unless --include narrows it.
    let includes = include.isEmpty ? ["*"] : include
    let all = Set(found.map(\.0))
    found = found.filter { input, _ in !(input.hasSuffix(".identity.csv") && all.contains(String(input.dropLast(".identity.csv".count)) + ".csv")) }
    found = found.filter { _, relative in
      let name = (relative as NSString).lastPathComponent
      return includes.contains { Self.matches(name, $0) } && !exclude.contains { Self.matches(name, $0) || Self.matches(relative, $0) }
        && !name.hasPrefix(".") && !name.hasPrefix("~$")
    }
    found.sort { $0.1 < $1.1 }
    if let (k, n) = shard { found = found.enumerated().filter { $0.offset % n == k - 1 }.map(\.element) }
    // Two inputs with one name ("legalisir.docx" and "legalisir.xlsx") keep their own extension
    // in their outputs' names ("legalisir.docx.json"), so no output is written over another.
    let stems = found.map { ($0.1 as NSString).deletingPathExtension.lowercased() }
    let shared = Set(stems.filter { stem in stems.filter { $0 == stem }.count > 1 })
    var folder = outputFolder
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    items = found.map { input, relative in
      let bare = (relative as NSString).deletingPathExtension
      let stem = shared.contains(bare.lowercased()) ? relative : bare
      let format = Format.guess(fromPath: input)
      let outputs = targets.map { target in (target, folder + "/" + stem + "." + target.extensions[0]) }
      let identity = String(input.dropLast((input as NSString).pathExtension.count + 1)) + ".identity.csv"
      return Item(input: input, relative: relative, format: format, outputs: outputs, identity: all.contains(identity) ? identity : nil)
    }
  }

  /// Shell-style `*` and `?` matching, case-insensitive.
  static func matches(_ name: String, _ pattern: String) -> Bool {
    let n = Array(name.lowercased()), p = Array(pattern.lowercased())
    var memo: [Int: Bool] = [:]
    func match(_ i: Int, _ j: Int) -> Bool {
      let key = i * (p.count + 1) + j
      if let known = memo[key] { return known }
      let result: Bool
      if j == p.count {
        result = i == n.count
      } else if p[j] == "*" {
        result = match(i, j + 1) || (i < n.count && match(i + 1, j))
      } else {
        result = i < n.count && (p[j] == "?" || p[j] == n[i]) && match(i + 1, j + 1)
      }
      memo[key] = result
      return result
    }
    return match(0, 0)
  }
}
