import Foundation
import Hummingbird
import SOPModel

/// One uploaded SOP file and the form fields that came with it.
///
/// Two ways to upload: a `multipart/form-data` form (the page's download buttons; the file in the
/// field `file`, options such as `sign` in fields of their own), or the raw file as the body with
/// its name, percent-encoded, in the `X-File-Name` header (the page's script, `curl --data-binary`).
struct Upload: Sendable {
  /// The header that names a raw upload.
  static let fileNameHeader = HTTPFields.Element.Name("X-File-Name")!

  /// The file name as the user's computer called it, without folders.
  var fileName: String
  var bytes: [UInt8]
  /// Text fields of a form upload.
  var fields: [String: String]

  /// Reads the upload of `request`, at most `limit` bytes.
  /// - Throws: ``UploadError`` with the diagnostic and HTTP status.
  static func read(_ request: Request, limit: Int) async throws(UploadError) -> Upload {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw .tooLarge(size: length, limit: limit)
    }
    let body: [UInt8]
    do {
      body = Array(try await request.body.collect(upTo: limit).readableBytesView)
    } catch let error as HTTPResponseError where error.status == .contentTooLarge {
      // NIOTooManyBytesError: the body went past the limit without a Content-Length saying so.
      throw .tooLarge(size: nil, limit: limit)
    } catch {
      throw UploadError(.badRequest, Diagnostic(.serveBadRequest, "the upload broke off before it was complete", at: SourceLocation(file: "upload")))
    }
    if let type = request.headers[.contentType], let boundary = MultipartForm.boundary(fromContentType: type) {
      return try fromForm(body, boundary: boundary)
    }
    guard let raw = request.headers[fileNameHeader], let name = raw.removingPercentEncoding ?? Optional(raw) else {
      throw UploadError(.badRequest, Diagnostic(
        .serveBadRequest, "the upload has no file name", at: SourceLocation(file: "upload"),
        hint: "send a multipart form with a field 'file', or the raw file with an X-File-Name header"))
    }
    return try checked(Upload(fileName: cleanName(name), bytes: body, fields: [:]))
  }

  private static func fromForm(_ body: [UInt8], boundary: String) throws(UploadError) -> Upload {
    guard let form = MultipartForm(body, boundary: boundary) else {
      throw UploadError(.badRequest, Diagnostic(.serveBadRequest, "the form data is not well-formed multipart/form-data", at: SourceLocation(file: "upload")))
    }
    guard let file = form["file"], let name = file.fileName else {
      throw UploadError(.badRequest, Diagnostic(
        .serveEmptyUpload, "no file was chosen", at: SourceLocation(file: "upload"), hint: "choose the SOP file first"))
    }
    var fields: [String: String] = [:]
    for part in form.parts where part.fileName == nil { fields[part.name] = String(decoding: part.bytes, as: UTF8.self) }
    return try checked(Upload(fileName: cleanName(name), bytes: file.bytes, fields: fields))
  }

  private static func checked(_ upload: Upload) throws(UploadError) -> Upload {
    if upload.bytes.isEmpty {
      throw UploadError(.badRequest, Diagnostic(
        .serveEmptyUpload, "the upload is empty: no file arrived", at: SourceLocation(file: upload.fileName.isEmpty ? "upload" : upload.fileName),
        hint: "choose the SOP file again; an empty file cannot be checked"))
    }
    return upload
  }

  /// The last path component (browsers on Windows once sent `C:\…\name`), without control
  /// characters, at most 200 characters.
  static func cleanName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let visible = last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }
    return String(String.UnicodeScalarView(visible).prefix(200)).trimmingCharacters(in: .whitespaces)
  }
}
