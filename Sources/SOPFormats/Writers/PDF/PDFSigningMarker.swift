import SOPModel

extension PDFWriter {
  /// The places in `sop`'s text where `marker` occurs, as JSON paths from `$.sops[sopIndex]`
  /// (`$.sops[0].flowcharts[0].steps[2].kegiatan`), in the order of the SOP's JSON. A BSrE signing
  /// service puts the signature at the first occurrence of the marker in the PDF's text, so the
  /// marker must occur nowhere else (sop-ap-format §9.3a). Values never printed (the logo, the
  /// review list, ISO dates) are not looked at.
  public static func markerPlaces(_ marker: Character, in sop: SOPDocument, sopIndex: Int = 0) -> [String] {
    var sop = sop
    sop.review = []
    guard let (value, _) = try? JSONParser.parse(Array(SOPJSON.encode(SOPFile(sops: [sop])).utf8)), let sops = value["sops"],
      case .array(let items) = sops, let root = items.first
    else { return [] }
    var places: [String] = []
    collect(root, path: JSONPath.element(JSONPath.member(JSONPath.root, "sops"), sopIndex), marker: marker, into: &places)
    return places
  }

  /// Keys whose values are not printed text.
  private static let unprinted: Set<String> = ["logo", "logo_file", "logo_data", "date", "shape", "review"]

  private static func collect(_ value: JSONValue, path: String, marker: Character, into places: inout [String]) {
    switch value {
    case .string(let text):
      if text.contains(marker) { places.append(path) }
    case .array(let items):
      for (index, item) in items.enumerated() { collect(item, path: JSONPath.element(path, index), marker: marker, into: &places) }
    case .object(let members):
      for member in members where !unprinted.contains(member.key) {
        collect(member.value, path: JSONPath.member(path, member.key), marker: marker, into: &places)
      }
    default:
      break
    }
  }

  /// Why the `format` document for TTE is not written: `marker` already stands at `places` in the
  /// SOP's text (the first place is the diagnostic's location in `source`).
  public static func markerDiagnostic(_ marker: Character, places: [String], format: Format = .pdf, source: String) -> Diagnostic {
    let shown = places.prefix(3).joined(separator: ", ") + (places.count > 3 ? ", …" : "")
    return Diagnostic(
      .outputSignMarkerInText,
      "the signing marker '\(marker)' already occurs \(places.count) time\(places.count == 1 ? "" : "s") in the SOP's text (\(shown)); its \(format.rawValue) for TTE was not written",
      at: SourceLocation(file: source, path: places.first), hint: "remove '\(marker)' from that text, or choose a marker the SOP does not use with --sign-marker",
      arguments: ["marker": String(marker), "count": String(places.count)])
  }
}
