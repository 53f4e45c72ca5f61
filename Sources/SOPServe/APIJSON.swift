import Hummingbird
import SOPModel

/// The JSON bodies of the API: a check result, and the error body of a refused request.
enum APIJSON {
  /// One diagnostic: the keys of `sopkit check --format json`, plus the Indonesian severity
  /// (`jenis`), the place in words (`lokasi`) and the compiler-style line (`text`).
  static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
    guard case .object(var members) = diagnostic.jsonValue else { return diagnostic.jsonValue }
    members.append(("jenis", .string(IndonesianText.severity(diagnostic.severity))))
    members.append(("lokasi", .string(IndonesianText.location(diagnostic.location))))
    members.append(("text", .string(diagnostic.description)))
    return .object(members)
  }

  /// The body of `POST /api/check`.
  static func check(_ outcome: CheckOutcome) -> JSONValue {
    .object([
      ("file", .string(outcome.fileName)),
      ("format", .string(outcome.format?.rawValue)),
      ("status", .string(outcome.status.rawValue)),
      ("title", .string(IndonesianText.title(outcome))),
      ("advice", .string(IndonesianText.advice(outcome))),
      ("errors", .integer(outcome.errorCount)),
      ("warnings", .integer(outcome.warningCount)),
      ("sops", .array(outcome.sopNames.map { .string($0) })),
      ("diagnostics", .array(outcome.diagnostics.map(diagnostic))),
      ("preview_svg", .string(outcome.previewSVG)),
    ])
  }

  /// The body of a refused request.
  static func error(_ error: UploadError) -> JSONValue {
    let status = Int(error.status.code)
    return .object([
      ("status", .string("refused")),
      ("http_status", .integer(status)),
      ("title", .string(IndonesianText.errorTitle(status: status))),
      ("advice", .string(IndonesianText.errorAdvice(status: status))),
      ("diagnostics", .array(error.diagnostics.map(diagnostic))),
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
