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
}
