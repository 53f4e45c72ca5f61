import SOPFormats
import Testing

@testable import SOPServe

/// The form parser, the file-name cleaning and the attachment header.
@Suite struct MultipartFormTests {
  @Test func boundaryFromTheContentType() {
    #expect(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=----WebKitFormBoundaryX1") == "----WebKitFormBoundaryX1")
    #expect(MultipartForm.boundary(fromContentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"") == "a b")
    #expect(MultipartForm.boundary(fromContentType: "application/json") == nil)
    #expect(MultipartForm.boundary(fromContentType: "multipart/form-data") == nil)
  }

  @Test func partsWithFieldsAndAFileWhoseBytesHoldCRLF() throws {
    let body = Array(
      ("--B\r\nContent-Disposition: form-data; name=\"sign\"\r\n\r\nsrikandi\r\n"
        + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a;b \\\"c\\\".csv\"\r\nContent-Type: text/csv\r\n\r\n"
        + "No,Kegiatan\r\n1,Mulai\r\n--Bx\r\n" + "\r\n--B--\r\n").utf8)
    // "\r\n--Bx" is not a delimiter: a delimiter is followed by "--" or a line break.
    let form = try #require(MultipartForm(body, boundary: "B"))
    #expect(form.parts.count == 2)
    #expect(form["sign"].map { String(decoding: $0.bytes, as: UTF8.self) } == "srikandi")
    let file = try #require(form["file"])
    #expect(file.fileName == "a;b \"c\".csv")
    #expect(String(decoding: file.bytes, as: UTF8.self) == "No,Kegiatan\r\n1,Mulai\r\n--Bx\r\n")
  }

  @Test func malformedBodiesAreRejected() {
    #expect(MultipartForm(Array("no delimiter".utf8), boundary: "B") == nil)
    #expect(MultipartForm(Array("--B\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nnever closed".utf8), boundary: "B") == nil)
    #expect(MultipartForm(Array("--B\r\nX-Other: 1\r\n\r\nv\r\n--B--".utf8), boundary: "B") == nil)
  }

  @Test func fileNamesLoseFoldersAndControlCharacters() {
    #expect(Upload.cleanName("C:\\Users\\staf\\SOP Nikah.csv") == "SOP Nikah.csv")
    #expect(Upload.cleanName("../../etc/passwd") == "passwd")
    #expect(Upload.cleanName("a\u{0}b\n.json") == "ab.json")
  }

  @Test func attachmentNamesKeepUnicodeAndStayASCIIInTheFallback() {
    #expect(Download.contentDisposition("SOP Nikah.xlsx") == "attachment; filename=\"SOP Nikah.xlsx\"; filename*=UTF-8''SOP%20Nikah.xlsx")
    #expect(Download.contentDisposition("Ṣalat \"Id\".docx") == "attachment; filename=\"_alat _Id_.docx\"; filename*=UTF-8''%E1%B9%A2alat%20%22Id%22.docx")
    #expect(Download.stem(of: "nikah.form.csv") == "nikah.form")
  }
}
