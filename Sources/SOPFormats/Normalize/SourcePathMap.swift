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

extension SourcePathMap {
  /// The same locations, for the SOP at `index` of the file.
  func movingSOP(to index: Int) -> SourcePathMap {
    var moved = SourcePathMap(file: file)
    for (path, location) in locations { moved.record(SOPIndex.move(path, to: index), location) }
    return moved
  }
}

extension Diagnostic {
  /// The same diagnostic, about the SOP at `index` of the file.
  func movingSOP(to index: Int) -> Diagnostic {
    var moved = self
    if let path = location?.path { moved.location?.path = SOPIndex.move(path, to: index) }
    return moved
  }
}
