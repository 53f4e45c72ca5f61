import Foundation

/// Golden files: compare, or with `UPDATE_GOLDEN=1` rewrite and make the test fail until reviewed.
public enum Golden {
  /// Whether this run records new goldens.
  public static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

  /// The expected text at `url`, or `nil` when there is none.
  ///
  /// When updating, writes `actual` (or removes the file when `actual` is `nil`) and returns a
  /// message to fail the test with, so that a recorded golden is always reviewed first.
  public static func check(_ actual: String?, against url: URL) -> String? {
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if expected == actual { return nil }
    if isUpdating {
      precondition(url.path.contains("/testdata/"), "goldens live under testdata/")
      if let actual {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
      } else {
        try? FileManager.default.removeItem(at: url)
      }
      return "recorded new golden \(url.lastPathComponent): review the diff (git diff testdata/) and run again"
    }
    switch (expected, actual) {
    case (nil, _): return "\(url.lastPathComponent) is missing; run UPDATE_GOLDEN=1 make test and review it"
    case (_, nil): return "\(url.lastPathComponent) exists but nothing was produced"
    default: return "\(url.lastPathComponent) differs:\n" + lineDiff(expected ?? "", actual ?? "")
    }
  }

  /// The first differing lines, enough to see what changed.
  static func lineDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(a.count, b.count) where lines.count < 12 {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < b.count ? String(b[index]) : "<end>"
      if left != right { lines.append("line \(index + 1):\n  - \(left)\n  + \(right)") }
    }
    return lines.joined(separator: "\n")
  }
}
