/// Builds and splits JSON paths of the form `$.sops[0].flowcharts[1].steps[3].ya`.
public enum JSONPath {
  /// The root.
  public static let root = "$"

  /// The path of member `key` of the object at `path`.
  public static func member(_ path: String, _ key: String) -> String { path + "." + key }

  /// The path of element `index` (0-based) of the array at `path`.
  public static func element(_ path: String, _ index: Int) -> String { path + "[\(index)]" }

  /// The enclosing path, or `nil` for the root.
  public static func parent(of path: String) -> String? {
    guard path != root else { return nil }
    guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
    return String(path[..<cut])
  }
}
