import SOPModel

// Support:
// [x] the canonical form, version 1, with a byte-order mark or without
// [x] every problem located by line, column and JSON path
// [ ] other versions of the form (none exist yet; refused with json.unsupported-version)

/// Reads the canonical sopkit JSON form.
public enum JSONReader {
  /// Reads `bytes`, naming the input `source` in diagnostics.
  public static func read(_ bytes: [UInt8], source: String) -> ReadResult {
    let result = SOPJSON.decode(bytes, file: source)
    let map = result.sourceMap
    return ReadResult(file: result.file, diagnostics: result.diagnostics) { path in
      let position = map.position(of: path)
      return SourceLocation(file: source, row: position?.line, column: position?.column, path: path)
    }
  }
}
