import Foundation

/// A `multipart/form-data` body (RFC 7578) as a browser form sends it: the parts with their field
/// names, file names and bytes. Only what an upload form needs; no nested multiparts.
struct MultipartForm {
  /// One field of the form.
  struct Part {
    var name: String
    var fileName: String?
    var bytes: [UInt8]
  }

  var parts: [Part]

  /// The boundary of a `Content-Type: multipart/form-data; boundary=…` value, if it is one.
  static func boundary(fromContentType value: String) -> String? {
    let pieces = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
    for piece in pieces.dropFirst() {
      let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      let boundary = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      return boundary.isEmpty || boundary.count > 200 ? nil : boundary
    }
    return nil
  }

  /// Parses `body`; `nil` when it is not a well-formed form with this boundary.
  init?(_ body: [UInt8], boundary: String) {
    let delimiter = Array(("--" + boundary).utf8)
    let separator = Array(("\r\n--" + boundary).utf8)
    guard var cursor = body.firstRange(of: delimiter, from: 0)?.upperBound else { return nil }
    parts = []
    while true {
      // After a delimiter: "--" ends the form, CRLF starts a part.
      if body.hasBytes("--", at: cursor) { return }
      guard body.hasBytes("\r\n", at: cursor) else { return nil }
      cursor += 2
      guard let headerEnd = body.firstRange(of: Array("\r\n\r\n".utf8), from: cursor),
        let contentEnd = Self.delimiter(separator, in: body, from: headerEnd.upperBound)
      else { return nil }
      let headers = String(decoding: body[cursor..<headerEnd.lowerBound], as: UTF8.self)
      guard let part = Self.part(headers: headers, bytes: Array(body[headerEnd.upperBound..<contentEnd.lowerBound])) else {
        return nil
      }
      parts.append(part)
      cursor = contentEnd.upperBound
    }
  }

  /// The next CRLF-boundary that is a delimiter: followed by "--" (the end) or a line break.
  private static func delimiter(_ separator: [UInt8], in body: [UInt8], from start: Int) -> Range<Int>? {
    var from = start
    while let found = body.firstRange(of: separator, from: from) {
      if body.hasBytes("--", at: found.upperBound) || body.hasBytes("\r\n", at: found.upperBound) { return found }
      from = found.lowerBound + 1
    }
    return nil
  }

  /// The first part with this field name.
  subscript(name: String) -> Part? { parts.first { $0.name == name } }

  /// A part from its header lines; `nil` without a `Content-Disposition: form-data; name=…`.
  private static func part(headers: String, bytes: [UInt8]) -> Part? {
    for line in headers.components(separatedBy: "\r\n") {
      let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
      guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
      let parameters = DispositionParameters(pair[1])
      guard let name = parameters["name"] else { return nil }
      return Part(name: name, fileName: parameters["filename"], bytes: bytes)
    }
    return nil
  }
}
