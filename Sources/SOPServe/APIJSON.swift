import Hummingbird
import SOPModel

/// The JSON bodies of the API: a check result, and the error body of a refused request.
enum APIJSON {
  /// One diagnostic: the keys of `sopkit check --format json` (message and hint in `language`),
  /// plus the Indonesian severity
  /// (`jenis`), the place in words (`lokasi`) and the compiler-style line (`text`).
  static func diagnostic(_ diagnostic: Diagnostic, _ language: Language) -> JSONValue {
    guard case .object(var members) = diagnostic.jsonValue else { return diagnostic.jsonValue }
    // Messages and hints in the language of the request (Indonesian unless it asks for English).
    members = members.map { member in
      switch member.key {
      case "message": return (member.key, .string(diagnostic.message(in: language)))
      case "hint": return (member.key, .string(diagnostic.hint(in: language)))
      default: return member
      }
    }
    members.append(("jenis", .string(IndonesianText.severity(diagnostic.severity))))
    members.append(("lokasi", .string(IndonesianText.location(diagnostic.location))))
    members.append(("text", .string(diagnostic.description)))
    return .object(members)
  }

  /// The body of `POST /api/check`.
  static func check(_ outcome: CheckOutcome, _ language: Language) -> JSONValue {
    .object([
      ("file", .string(outcome.fileName)),
      ("format", .string(outcome.format?.rawValue)),
      ("status", .string(outcome.status.rawValue)),
      ("title", .string(IndonesianText.title(outcome, language))),
      ("advice", .string(IndonesianText.advice(outcome, language))),
      ("errors", .integer(outcome.errorCount)),
      ("warnings", .integer(outcome.warningCount)),
      ("sops", .array(outcome.sopNames.map { .string($0) })),
      ("diagnostics", .array(outcome.diagnostics.map { diagnostic($0, language) })),
      ("preview_svg", .string(outcome.previewSVG)),
    ])
  }

  /// The body of a refused request.
  static func error(_ error: UploadError, _ language: Language) -> JSONValue {
    let status = Int(error.status.code)
    return .object([
      ("status", .string("refused")),
      ("http_status", .integer(status)),
      ("title", .string(IndonesianText.errorTitle(status: status, language))),
      ("advice", .string(IndonesianText.errorAdvice(status: status, language))),
      ("diagnostics", .array(error.diagnostics.map { diagnostic($0, language) })),
    ])
  }

  /// A JSON response with `status`.
  static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    headers[.cacheControl] = "no-store"
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: JSONWriter.write(value))))
  }
}
