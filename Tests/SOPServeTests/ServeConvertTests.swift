import Foundation
import Hummingbird
import HummingbirdTesting
@testable import SOPFormats
import SOPTestSupport
import Testing

@testable import SOPServe

/// `POST /api/convert` and `GET /api/template`.
@Suite struct ServeConvertTests {
  static let types = [
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "json": "application/json", "html": "text/html; charset=utf-8", "svg": "image/svg+xml", "csv": "text/csv; charset=utf-8",
    "pdf": "application/pdf",
  ]

  @Test(arguments: ["xlsx", "docx", "pdf", "json", "html", "svg", "csv"])
  func convertsToEveryOutput(_ target: String) async throws {
    let bytes = try ServeTest.bytes("model/kua-pendaftaran-nikah.json")
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/convert?to=\(target)", "kua-pendaftaran-nikah.json", bytes)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == Self.types[target])
      #expect(response.headers[.contentDisposition] == "attachment; filename=\"kua-pendaftaran-nikah.\(target)\"; filename*=UTF-8''kua-pendaftaran-nikah.\(target)")
      let body = Array(response.body.readableBytesView)
      if target == "xlsx" || target == "docx" { #expect(body.starts(with: Array("PK".utf8))) }
      if target == "pdf" { #expect(body.starts(with: Array("%PDF-".utf8))) }
      // The canonical JSON is deterministic: the same bytes come back.
      if target == "json" { #expect(body == bytes) }
    }
  }

  @Test func theWordDocumentFollowsTheSigningModeOfTheForm() async throws {
    let bytes = try ServeTest.bytes("model/kua-pendaftaran-nikah.json")
    try await ServeTest.app().test(.router) { client in
      var documents: [String: String] = [:]
      for mode in ["basah", "srikandi", "tte-kemenag"] {
        let (headers, body) = ServeTest.multipart("nikah.json", bytes, fields: [("sign", mode)])
        let response = try await client.execute(uri: "/api/convert?to=docx", method: .post, headers: headers, body: body)
        #expect(response.status == .ok)
        let read = DOCXReader.read(Array(response.body.readableBytesView), source: "\(mode).docx")
        #expect(read.file != nil)
        let package = try ZipPackage(Array(response.body.readableBytesView), source: "\(mode).docx")
        documents[mode] = try package.data("word/document.xml").map { String(decoding: $0, as: UTF8.self) }
      }
      #expect(documents["srikandi"]?.contains("${") == true)
      #expect(documents["basah"]?.contains("${") == false)
      #expect(documents["tte-kemenag"]?.contains("^") == true)
    }
  }

  @Test func convertsAUTF16CSVAndAWordDocumentToTheWorkbook() async throws {
    for path in ["csv/sumbawa-anggaran-utf16.csv", "docx/legalisir-centang.docx"] {
      try await ServeTest.app().test(.router) { client in
        let response = try await ServeTest.post(client, "/api/convert?to=xlsx", testdata: path)
        #expect(response.status == .ok, "\(path)")
        #expect(Array(response.body.readableBytesView).starts(with: Array("PK".utf8)))
      }
    }
  }

  /// An SOP with errors is a draft: its Word document for signing is refused (422, with what to
  /// fix) unless asked for as a draft; its workbook is the fill-in template; its JSON carries the
  /// review list.
  @Test func anSOPWithErrorsIsADraft() async throws {
    let bytes = try ServeTest.bytes("invalid/kua-rusak.json")
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/convert?to=docx", "kua-rusak.json", bytes)
      #expect(response.status == .unprocessableContent)
      let object = try ServeTest.json(response)
      #expect(ServeTest.codes(object).contains("model.missing-target") && ServeTest.codes(object).contains("output.draft-withheld"))
      #expect(object["title"] as? String == "SOP belum dapat dikonversi")
      // A browser's form post gets a page that says what to do.
      var browser = ServeTest.rawHeaders("kua-rusak.json", accept: "text/html")
      browser[.contentType] = "application/json"
      let page = try await client.execute(uri: "/api/convert?to=docx", method: .post, headers: browser, body: ByteBuffer(bytes: bytes))
      #expect(page.status == .unprocessableContent)
      #expect(String(buffer: page.body).contains("Kembali ke halaman utama"))
      // As a draft, the Word document is written.
      let draft = try await ServeTest.post(client, "/api/convert?to=docx&draft=1", "kua-rusak.json", bytes)
      #expect(draft.status == .ok && Array(draft.body.readableBytesView).starts(with: Array("PK".utf8)))
      // The workbook is the fill-in template; the JSON has the review list.
      let template = try await ServeTest.post(client, "/api/convert?to=xlsx", "kua-rusak.json", bytes)
      #expect(template.status == .ok)
      let json = try await ServeTest.post(client, "/api/convert?to=json", "kua-rusak.json", bytes)
      let sop = try #require(((try ServeTest.json(json))["sops"] as? [[String: Any]])?.first)
      #expect((sop["review"] as? [[String: Any]])?.contains { $0["code"] as? String == "model.missing-target" } == true)
    }
  }

  /// An upload with two SOPs gives one Word document per SOP, in one zip.
  @Test func twoSOPsGiveAZipOfTwoDocuments() async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await ServeTest.post(client, "/api/convert?to=docx", testdata: "docx/dua-sop-libreoffice.docx")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/zip")
      #expect(response.headers[.contentDisposition]?.contains("dua-sop-libreoffice.zip") == true)
      let entries = ZipListing.names(Array(response.body.readableBytesView))
      #expect(entries == ["dua-sop-libreoffice-1.docx", "dua-sop-libreoffice-2.docx"])
    }
  }

  @Test func badFilesAndBadParametersAreRefused() async throws {
    let good = try ServeTest.bytes("model/madrasah-ppdb.json")
    let pdf = try ServeTest.bytes("hostile/pdf-named-xlsx.xlsx")
    try await ServeTest.app().test(.router) { client in
      let cases: [(String, String, [UInt8], HTTPResponse.Status, String)] = [
        ("/api/convert?to=odt", "ppdb.json", good, .badRequest, "serve.bad-request"),
        ("/api/convert", "ppdb.json", good, .badRequest, "serve.bad-request"),
        ("/api/convert?to=docx&sign=stempel", "ppdb.json", good, .badRequest, "serve.bad-request"),
        ("/api/convert?to=xlsx", "laporan.docx", pdf, .unprocessableContent, "zip.not-a-package"),
        ("/api/convert?to=xlsx", "laporan.pdf", pdf, .unsupportedMediaType, "serve.unsupported-file"),
        ("/api/convert?to=xlsx", "kosong.csv", [], .badRequest, "serve.empty-upload"),
      ]
      for (uri, name, bytes, status, code) in cases {
        let response = try await ServeTest.post(client, uri, name, bytes)
        #expect(response.status == status, "\(uri) \(name)")
        #expect(ServeTest.codes(try ServeTest.json(response)) == [code], "\(uri) \(name)")
      }
    }
  }

  @Test func theSatkerConfigFillsTheKop() async throws {
    let config = try SatkerConfig.load(TestData.packageRoot().appendingPathComponent("Templates/kop/kemenag.json").path)
    // The sample SOP without its kop lines: the config's fill them in.
    var object = try #require(try JSONSerialization.jsonObject(with: Data(ServeTest.bytes("model/kua-pendaftaran-nikah.json"))) as? [String: Any])
    var sops = try #require(object["sops"] as? [[String: Any]])
    var unit = try #require(sops[0]["unit"] as? [String: Any])
    unit["lines"] = [String]()
    sops[0]["unit"] = unit
    object["sops"] = sops
    let bytes = Array(try JSONSerialization.data(withJSONObject: object))
    try await ServeTest.app(ServeOptions(port: 0, satker: config)).test(.router) { client in
      let response = try await ServeTest.post(client, "/api/convert?to=json", "nikah.json", bytes)
      #expect(response.status == .ok)
      let text = String(buffer: response.body)
      #expect(!config.kop.lines.isEmpty)
      for line in config.kop.lines { #expect(text.contains(line)) }
    }
  }

  @Test func theBlankTemplate() async throws {
    try await ServeTest.app().test(.router) { client in
      let response = try await client.execute(uri: "/api/template", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == Self.types["xlsx"])
      #expect(response.headers[.contentDisposition]?.contains("filename=\"isian-sop-kosong.xlsx\"") == true)
      let read = XLSXReader.read(Array(response.body.readableBytesView), source: "isian.xlsx")
      #expect(!read.diagnostics.contains { $0.code.id == "zip.not-a-package" })
    }
  }
}
