import Foundation
import SOPModel

/// Which files a batch converts and where each output goes.
public struct BatchPlan: Sendable {
  /// One input and where its outputs go.
  public struct Item: Sendable {
    public var input: String
    /// The input's path below the folder it was found in (the output tree mirrors it).
    public var relative: String
    public var format: Format?
    /// The output path without extension (`OUT/sub/legalisir`); each output adds its own
    /// ending (``RenderedOutput/fileName(stem:)``): `legalisir.json`, `legalisir-2.docx`.
    public var outputStem: String
    /// The formats to write.
    public var targets: [Format]
    /// For a table-layout CSV: its identity file (`<name>.identity.csv` beside it).
    public var identity: String?
  }

  public private(set) var items: [Item] = []
  /// The output folder, without a trailing slash.
  public private(set) var outputFolder: String

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
    var folder = outputFolder
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    self.outputFolder = folder
    let stems = Self.outputStems(found.map(\.1))
    items = zip(found, stems).map { entry, stem in
      let (input, relative) = entry
      let identity = String(input.dropLast((input as NSString).pathExtension.count + 1)) + ".identity.csv"
      return Item(
        input: input, relative: relative, format: Format.guess(fromPath: input), outputStem: folder + "/" + stem, targets: targets,
        identity: all.contains(identity) ? identity : nil)
    }
  }

  /// The output stem of each input (paths relative to the output folder), such that no two inputs
  /// can ever write the same file: an input gives `STEM.ext` and, when it holds several SOPs,
  /// `STEM-1.ext`, `STEM-2.ext`, …, so two stems clash when they are equal or one is the other
  /// plus `-digits` (ignoring case, as Windows and macOS file systems do). A clashing input keeps
  /// its own extension in its stem (`legalisir.docx` → `legalisir.docx.json`); should that still
  /// clash, a `~2`, `~3` follows, in the (sorted) order of the inputs.
  static func outputStems(_ relatives: [String]) -> [String] {
    var stems = relatives.map { ($0 as NSString).deletingPathExtension }
    func clash(_ a: String, _ b: String) -> Bool {
      let a = a.lowercased(), b = b.lowercased()
      func numbered(_ long: String, _ short: String) -> Bool {
        long.hasPrefix(short + "-") && long.count > short.count + 1 && long.dropFirst(short.count + 1).allSatisfy(\.isASCII) && long.dropFirst(short.count + 1).allSatisfy(\.isNumber)
      }
      return a == b || numbered(a, b) || numbered(b, a)
    }
    func clashing(_ stems: [String]) -> Set<Int> {
      var byKey: [String: [Int]] = [:]
      for (index, stem) in stems.enumerated() {
        // Group by the stem without a trailing -digits, so only near names are compared.
        var key = stem.lowercased()
        if let dash = key.lastIndex(of: "-"), key[key.index(after: dash)...].allSatisfy(\.isNumber), key.index(after: dash) < key.endIndex { key = String(key[..<dash]) }
        byKey[key, default: []].append(index)
        byKey[stem.lowercased(), default: []].append(index)
      }
      var result = Set<Int>()
      for group in byKey.values where group.count > 1 {
        for i in group { for j in group where i < j && clash(stems[i], stems[j]) { result.insert(i); result.insert(j) } }
      }
      return result
    }
    for index in clashing(stems) { stems[index] = relatives[index] }
    // What is taken: every stem, and the bare stem of every `-digits` stem, lowercased.
    var taken = Set<String>(), numberedBases = Set<String>()
    func bare(_ stem: String) -> String? {
      guard let dash = stem.lastIndex(of: "-"), stem.index(after: dash) < stem.endIndex,
        stem[stem.index(after: dash)...].allSatisfy({ $0.isASCII && $0.isNumber })
      else { return nil }
      return String(stem[..<dash])
    }
    for index in stems.indices {
      var stem = stems[index], counter = 1
      while taken.contains(stem.lowercased()) || numberedBases.contains(stem.lowercased()) || bare(stem.lowercased()).map(taken.contains) == true {
        counter += 1
        stem = stems[index] + "~\(counter)"
      }
      stems[index] = stem
      taken.insert(stem.lowercased())
      if let base = bare(stem.lowercased()) { numberedBases.insert(base) }
    }
    return stems
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
