/// A line and column in a JSON text, both 1-based; the column counts characters, not bytes.
public struct JSONPosition: Hashable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// Where each value of a parsed JSON text starts, keyed by its JSON path (`$.sops[0].nama_sop`).
///
/// For an object member the position is that of its key, which is where a person looks.
public struct JSONSourceMap: Sendable {
  private var positions: [String: JSONPosition] = [:]

  public init() {}

  mutating func record(_ path: String, _ position: JSONPosition) {
    positions[path] = position
  }

  /// The position of the value at `path`, or of its nearest recorded ancestor (a member that was
  /// left out points at the object that should have held it).
  public func position(of path: String) -> JSONPosition? {
    var current = path
    while true {
      if let position = positions[current] { return position }
      guard let parent = JSONPath.parent(of: current) else { return nil }
      current = parent
    }
  }
}
