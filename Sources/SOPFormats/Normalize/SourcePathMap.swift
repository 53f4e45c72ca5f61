import Foundation
import SOPModel

/// Where each model path came from in the input, for locating diagnostics after reading.
///
/// A path that was not recorded is located at its nearest recorded parent, so that a validation
/// rule about `steps[3].ya` still points at step 3's row when the Ya cell was empty.
struct SourcePathMap: Sendable {
  private(set) var locations: [String: SourceLocation] = [:]
  let file: String

  init(file: String) { self.file = file }

  mutating func record(_ path: String, _ location: SourceLocation) {
    if locations[path] == nil { locations[path] = location }
  }

  /// Adds the locations of `other` that are not recorded yet.
  mutating func merge(_ other: SourcePathMap) {
    locations.merge(other.locations) { mine, _ in mine }
  }

  func locate(_ path: String) -> SourceLocation {
    var current: String? = path
    while let candidate = current {
      if var location = locations[candidate] {
        location.path = path
        return location
      }
      current = JSONPath.parent(of: candidate)
    }
    return SourceLocation(file: file, path: path)
  }
}

/// A cell's text and where it is.
struct LocatedText: Sendable {
  var text: String
  var location: SourceLocation

  /// The text with surrounding white space removed.
  var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
  var isEmpty: Bool { trimmed.isEmpty }
}

/// Readers build each SOP as `$.sops[0]`; a file with several SOPs moves each to its own index.
enum SOPIndex {
  static func move(_ path: String, to index: Int) -> String {
    let first = "$.sops[0]"
    guard index != 0, path.hasPrefix(first) else { return path }
    return "$.sops[\(index)]" + path.dropFirst(first.count)
  }
}

extension SOPIndex {
  /// The SOP index a path names (`$.sops[3]…` → 3), if any.
  static func index(of path: String?) -> Int? {
    guard let path, path.hasPrefix("$.sops[") else { return nil }
    let rest = path.dropFirst("$.sops[".count)
    guard let close = rest.firstIndex(of: "]") else { return nil }
    return Int(rest[..<close])
  }

  /// `path` with its SOP index raised by `offset`.
  static func shift(_ path: String, by offset: Int) -> String {
    guard offset != 0, let index = index(of: path) else { return path }
    let rest = path.dropFirst("$.sops[".count + String(index).count)
    return "$.sops[\(index + offset)" + rest
  }
}

extension SourcePathMap {
  /// The same locations, each model path rewritten by `transform`.
  func mappingPaths(_ transform: (String) -> String) -> SourcePathMap {
    var moved = SourcePathMap(file: file)
    for (path, location) in locations { moved.record(transform(path), location) }
    return moved
  }

  /// The same locations, with every SOP index raised by `offset`.
  func shiftingSOPs(by offset: Int) -> SourcePathMap { mappingPaths { SOPIndex.shift($0, by: offset) } }

  /// The same locations, for the SOP at `index` of the file.
  func movingSOP(to index: Int) -> SourcePathMap { mappingPaths { SOPIndex.move($0, to: index) } }
}

extension Diagnostic {
  /// The same diagnostic, its model path rewritten by `transform`.
  func mappingPath(_ transform: (String) -> String) -> Diagnostic {
    var moved = self
    if let path = location?.path { moved.location?.path = transform(path) }
    return moved
  }

  /// The same diagnostic, with its SOP index raised by `offset`.
  func shiftingSOP(by offset: Int) -> Diagnostic { mappingPath { SOPIndex.shift($0, by: offset) } }

  /// The same diagnostic, about the SOP at `index` of the file.
  func movingSOP(to index: Int) -> Diagnostic { mappingPath { SOPIndex.move($0, to: index) } }
}

/// A reader that joins the flowcharts of several tables or sheets into one SOP renumbers them.
enum FlowchartIndex {
  private static let prefix = "$.sops[0].flowcharts["

  /// The flowchart index a path of SOP 0 names, if any.
  static func index(of path: String) -> Int? {
    guard path.hasPrefix(prefix) else { return nil }
    let rest = path.dropFirst(prefix.count)
    guard let close = rest.firstIndex(of: "]") else { return nil }
    return Int(rest[..<close])
  }

  /// `path` naming flowchart `index` of SOP 0 instead.
  static func renumber(_ path: String, to index: Int) -> String {
    guard Self.index(of: path) != nil, let close = path.dropFirst(prefix.count).firstIndex(of: "]") else { return path }
    return prefix + String(index) + path[close...]
  }

  /// `path` of a sheet's own SOP 0 once its flowcharts join another: the first, when `continued`
  /// names a flowchart it continues, goes there with its steps after `stepOffset` steps; the
  /// others are numbered from `offset`.
  static func joining(_ path: String, _ continued: Int?, stepOffset: Int, offset: Int) -> String {
    guard path.hasPrefix(prefix) else { return path }
    let rest = path.dropFirst(prefix.count)
    guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else { return path }
    let tail = rest[close...]  // "]…", the rest of the path after the index
    guard let continued else { return prefix + String(index + offset) + tail }
    guard index == 0 else { return prefix + String(index - 1 + offset) + tail }
    let stepsPrefix = "].steps["
    guard tail.hasPrefix(stepsPrefix), let end = tail.dropFirst().firstIndex(of: "]"),
      let step = Int(tail[tail.index(tail.startIndex, offsetBy: stepsPrefix.count)..<end])
    else { return prefix + String(continued) + tail }
    return prefix + String(continued) + stepsPrefix + String(step + stepOffset) + tail[end...]
  }
}
