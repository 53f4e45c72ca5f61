import SOPModel

/// Writes the canonical sopkit JSON form: fixed key order, two-space indentation, a final newline.
public enum SOPJSONWriter {
  /// The bytes of the canonical form of `file`.
  public static func write(_ file: SOPFile) -> [UInt8] {
    Array(SOPJSON.encode(file).utf8)
  }
}
