extension Diagnostic {
  /// The diagnostic as a JSON object with the keys of `sopkit check --format json` and batch reports.
  public var jsonValue: JSONValue {
    let location = location
    return .object([
      ("severity", .string(severity.rawValue)),
      ("code", .string(code.id)),
      ("message", .string(message)),
      ("file", .string(location?.file)),
      ("part", .string(location?.part)),
      ("row", location?.row.map(JSONValue.integer) ?? .null),
      ("column", location?.column.map(JSONValue.integer) ?? .null),
      ("context", .string(location?.context)),
      ("path", .string(location?.path)),
      ("hint", .string(hint)),
    ])
  }
}
