import Foundation
import Hummingbird
import HummingbirdTesting
import SOPTestSupport
import Testing

@testable import SOPServe

/// `GET /`, `GET /healthz` and `POST /api/check` with good and bad files.
@Suite struct ServeCheckTests {
  @Test func pageIsIndonesianWithTheUploadForm() async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let page = String(buffer: response.body)
      #expect(page.contains("<html lang=\"id\">"))
      #expect(page.contains("enctype=\"multipart/form-data\""))
      #expect(page.contains("Periksa SOP"))
      #expect(page.contains("name=\"sign\" value=\"srikandi\""))
      #expect(page.contains("data-batas=\"20971520\""))
    }
  }

  @Test func healthz() async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await client.execute(uri: "/healthz", method: .get)
      #expect(response.status == .ok)
      #expect(String(buffer: response.body) == "ok\n")
    }
  }

  @Test(arguments: TestData.files(in: "model", withExtension: "json").map(\.lastPathComponent))
  func checksEveryModelFile(_ name: String) async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/check", testdata: "model/" + name)
      #expect(response.status == .ok)
      let object = try ServeTest.json(response)
      #expect(object["file"] as? String == name)
      #expect(["ok", "warnings"].contains(object["status"] as? String))
      #expect((object["preview_svg"] as? String)?.contains("<svg") == true)
      #expect((object["sops"] as? [String])?.isEmpty == false)
    }
  }

  @Test func checksACSVSentAsAForm() async throws {
    let (headers, body) = ServeTest.multipart("kua-nikah-form-semicolon.csv", try ServeTest.bytes("csv/kua-nikah-form-semicolon.csv"))
    try await ServeTest.app().test(.router) { client in
      let response = try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body)
      #expect(response.status == .ok)
      let object = try ServeTest.json(response)
      #expect(object["format"] as? String == "csv")
      #expect((object["preview_svg"] as? String)?.contains("class=\"page\"") == true)
    }
  }

  @Test func checksALegacyWordDocument() async throws {
    let bytes = try ServeTest.bytes("docx/legalisir-centang.docx")
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/check", "Legalisir Ijazah.docx", bytes)
      #expect(response.status == .ok)
      let object = try ServeTest.json(response)
      #expect(object["format"] as? String == "docx")
      #expect((object["preview_svg"] as? String)?.contains("<svg") == true)
    }
  }

  @Test func checksAWord97Document() async throws {
    guard ProcessRunner.which("soffice") != nil else {
      try Test.cancel("LibreOffice (soffice) is not installed; `make deps-render` installs it")
    }
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/check", testdata: "docx/penelitian-libreoffice.doc")
      #expect(response.status == .ok)
      let object = try ServeTest.json(response)
      #expect(object["format"] as? String == "doc")
      #expect((object["preview_svg"] as? String)?.contains("class=\"page\"") == true)
    }
  }

  @Test func reportsTheErrorsOfAnInvalidSOPWithTheirPlace() async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/check", testdata: "invalid/kua-rusak.json")
      #expect(response.status == .ok)
      let object = try ServeTest.json(response)
      #expect(object["status"] as? String == "errors")
      #expect(ServeTest.codes(object).contains("model.missing-target"))
      let missing = try #require((object["diagnostics"] as? [[String: Any]])?.first { $0["code"] as? String == "model.missing-target" })
      #expect(missing["lokasi"] as? String == "baris 99, kolom 15 (SOP ke-1, bagan alir ke-1, langkah ke-2, Jika Ya)")
      #expect(missing["jenis"] as? String == "Kesalahan")
      #expect((object["title"] as? String)?.hasPrefix("DRAF: ada ") == true)
      // Every message and hint is Indonesian.
      let texts = (object["diagnostics"] as? [[String: Any]] ?? []).flatMap { [$0["message"] as? String, $0["hint"] as? String].compactMap { $0 } }
      #expect(!texts.isEmpty && EnglishScan.englishWords(in: texts.joined(separator: "\n")).isEmpty, "\(EnglishScan.englishWords(in: texts.joined(separator: "\n")).map(\.line))")
    }
  }

  @Test func aPDFNamedDocxIsUnreadable() async throws {
    let bytes = try ServeTest.bytes("hostile/pdf-named-xlsx.xlsx")
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/check", "laporan.docx", bytes)
      #expect(response.status == .unprocessableContent)
      let object = try ServeTest.json(response)
      #expect(object["status"] as? String == "unreadable")
      #expect(ServeTest.codes(object) == ["zip.not-a-package"])
      #expect(object["preview_svg"] is NSNull)
    }
  }

  @Test func anUnknownFileTypeIsRefusedWith415() async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/check", "laporan.pdf", Array("%PDF-1.4\n".utf8))
      #expect(response.status == .unsupportedMediaType)
      #expect(ServeTest.codes(try ServeTest.json(response)) == ["serve.unsupported-file"])
    }
  }

  @Test func anEmptyBodyIsRefusedWith400() async throws {
    try await ServeTest.app().test(.router) { client in
      let raw = try await client.execute(uri: "/api/check", method: .post, headers: ServeTest.rawHeaders("sop.csv"))
      #expect(raw.status == .badRequest)
      #expect(ServeTest.codes(try ServeTest.json(raw)) == ["serve.empty-upload"])
      let (headers, body) = ServeTest.multipart("sop.csv", [])
      let form = try await client.execute(uri: "/api/check", method: .post, headers: headers, body: body)
      #expect(form.status == .badRequest)
      #expect(ServeTest.codes(try ServeTest.json(form)) == ["serve.empty-upload"])
    }
  }

  @Test func aBodyWithoutAFileNameOrWithABrokenFormIsRefused() async throws {
    try await ServeTest.app().test(.router) { client in
      let unnamed = try await client.execute(uri: "/api/check", method: .post, body: ByteBuffer(string: "No,Kegiatan\n"))
      #expect(unnamed.status == .badRequest)
      #expect(ServeTest.codes(try ServeTest.json(unnamed)) == ["serve.bad-request"])
      var headers = HTTPFields()
      headers[.contentType] = "multipart/form-data; boundary=xyz"
      let broken = try await client.execute(uri: "/api/check", method: .post, headers: headers, body: ByteBuffer(string: "--xyz\r\nno headers end"))
      #expect(broken.status == .badRequest)
      #expect(ServeTest.codes(try ServeTest.json(broken)) == ["serve.bad-request"])
    }
  }

  @Test func anOversizeBodyIsRefusedWith413() async throws {
    let app = ServeTest.app(ServeOptions(port: 0, maxUploadBytes: 1024))
    let big = ByteBuffer(bytes: [UInt8](repeating: 0x41, count: 4096))
    try await app.test(.router) { client in
      let response = try await client.execute(uri: "/api/check", method: .post, headers: ServeTest.rawHeaders("besar.csv"), body: big)
      #expect(response.status == .contentTooLarge)
      let object = try ServeTest.json(response)
      #expect(ServeTest.codes(object) == ["serve.too-large"])
      #expect(object["title"] as? String == "Berkas terlalu besar")
    }
    // Over a real connection the Content-Length header is refused before the body is read.
    try await app.test(.live) { client in
      let response = try await client.execute(uri: "/api/check", method: .post, headers: ServeTest.rawHeaders("besar.csv"), body: big)
      #expect(response.status == .contentTooLarge)
      let object = try ServeTest.json(response)
      #expect(ServeTest.codes(object) == ["serve.too-large"])
      let message = (object["diagnostics"] as? [[String: Any]])?.first?["message"] as? String
      #expect(message == "Berkas yang diunggah terlalu besar; server ini menerima paling besar 1 KB.")
      // English on request.
      var english = ServeTest.rawHeaders("besar.csv")
      english[.acceptLanguage] = "en-US,en;q=0.9,id;q=0.5"
      let answer = try await client.execute(uri: "/api/check", method: .post, headers: english, body: big)
      let text = (try ServeTest.json(answer)["diagnostics"] as? [[String: Any]])?.first?["message"] as? String
      #expect(text == "the upload is 4 KB; this server accepts at most 1 KB")
    }
  }

  @Test func aBrowserFormPostGetsAnIndonesianResultPage() async throws {
    let bytes = try ServeTest.bytes("invalid/kua-rusak.json")
    let (headers, body) = ServeTest.multipart("kua-rusak.json", bytes)
    var browser = headers
    browser[.accept] = "text/html,application/xhtml+xml"
    try await ServeTest.app().test(.router) { [browser] client in
      let response = try await client.execute(uri: "/api/check", method: .post, headers: browser, body: body)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let page = String(buffer: response.body)
      #expect(page.contains("Kesalahan"))
      #expect(page.contains("baris 99, kolom 15"))
      #expect(page.contains("<svg"))
      #expect(!page.contains("<?xml"))
      // The problems table is Indonesian, messages and hints included.
      let table = try #require(page.range(of: "<table>").flatMap { start in page.range(of: "</table>").map { String(page[start.lowerBound..<$0.upperBound]) } })
      let text = table.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
      #expect(text.contains("Langkah 2: Jika Ya menuju langkah 12"))
      #expect(EnglishScan.englishWords(in: text).isEmpty, "\(EnglishScan.englishWords(in: text).map(\.line))")
    }
  }
}
