import SOPModel

extension ZipPackage {
  /// Relationship id → part path.
  func relationships(_ path: String, base: String) throws(ConversionError) -> [String: String] {
    guard let xml = try xml(path) else { return [:] }
    var result: [String: String] = [:]
    for relationship in xml.all("Relationship") {
      guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else { continue }
      result[id] = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
    }
    return result
  }

  /// A part path with "." and ".." resolved ("xl/worksheets/../drawings/d1.xml" → "xl/drawings/d1.xml").
  static func normalise(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
    }
    return parts.joined(separator: "/")
  }
}
