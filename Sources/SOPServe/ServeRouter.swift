import Hummingbird
import SOPModel

/// The routes of `sopkit serve`:
///
/// - `GET /`: the page.
/// - `POST /api/check`: upload → diagnostics and preview (JSON, or a result page for a browser
///   form post without the script).
/// - `POST /api/convert?to=xlsx|docx|pdf|json|html|svg|csv&sign=basah|srikandi|tte-kemenag&draft=1`: upload →
///   the file, as an attachment (a zip when the upload holds several SOPs: one document each).
///   An SOP with errors is a draft: its JSON carries the review list, its xlsx is the fill-in
///   template with the cells to fix marked, its docx only with `draft=1` (marked DRAF); else 422.
/// - `GET /api/template`: the blank fill-in workbook.
/// - `GET /healthz`: `ok`.
enum ServeRouter {
  static func make(_ options: ServeOptions) -> Router<BasicRequestContext> {
    let service = SOPService(options: options)
    let limit = options.maxUploadBytes
    let page = IndexPage.html(limit: limit)
    let router = Router()
    router.get("/") { _, _ in html(page, status: .ok) }
    router.get("/healthz") { _, _ in "ok\n" }
    router.get("/api/template") { request, _ in
      let result = await Offload.run { Result { () throws(UploadError) in try service.template() } }
      return respond(result, html: wantsHTML(request), language: Self.language(request))
    }
    router.post("/api/check") { request, _ in
      let html = wantsHTML(request)
      let language = Self.language(request)
      do throws(UploadError) {
        let upload = try await Upload.read(request, limit: limit)
        let outcome = await Offload.run { service.check(upload) }
        let status: HTTPResponse.Status =
          switch outcome.status {
          case .unsupported: .unsupportedMediaType
          case .unreadable: .unprocessableContent
          default: .ok
          }
        return html ? Self.html(ResultPage.html(outcome, language), status: status) : APIJSON.response(APIJSON.check(outcome, language), status: status)
      } catch {
        return refuse(error, html: html, language: language)
      }
    }
    router.post("/api/convert") { request, _ in
      let html = wantsHTML(request)
      let language = Self.language(request)
      do throws(UploadError) {
        let upload = try await Upload.read(request, limit: limit)
        guard let target = request.uri.queryParameters.get("to") ?? upload.fields["to"] else {
          throw UploadError(.badRequest, Diagnostic(.serveBadRequest, "no output format: add ?to=xlsx (or docx, json, html, svg, csv)", at: SourceLocation(file: "upload")))
        }
        let sign = request.uri.queryParameters.get("sign") ?? upload.fields["sign"]
        let draft = ["1", "true", "ya"].contains((request.uri.queryParameters.get("draft") ?? upload.fields["draft"] ?? "").lowercased())
        let result = await Offload.run { Result { () throws(UploadError) in try service.convert(upload, to: target, sign: sign, draft: draft) } }
        return respond(result, html: html, language: language)
      } catch {
        return refuse(error, html: html, language: language)
      }
    }
    return router
  }

  /// Whether the request comes from a browser navigating (a form post), which should get a page.
  static func wantsHTML(_ request: Request) -> Bool {
    request.headers[.accept]?.contains("text/html") ?? false
  }

  /// The language of the answer: Indonesian, unless `Accept-Language` prefers English.
  static func language(_ request: Request) -> Language {
    request.headers[.acceptLanguage].flatMap(Language.preferred(byAcceptLanguage:)) ?? .id
  }

  private static func respond(_ result: Result<Download, UploadError>, html: Bool, language: Language) -> Response {
    switch result {
    case .success(let download): return download.response
    case .failure(let error): return refuse(error, html: html, language: language)
    }
  }

  private static func refuse(_ error: UploadError, html: Bool, language: Language) -> Response {
    html ? Self.html(ResultPage.html(error, language), status: error.status) : APIJSON.response(APIJSON.error(error, language), status: error.status)
  }

  private static func html(_ text: String, status: HTTPResponse.Status) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    headers[.cacheControl] = "no-store"
    headers[.xContentTypeOptions] = "nosniff"
    headers[.contentSecurityPolicy] =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'self'; base-uri 'none'"
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}
