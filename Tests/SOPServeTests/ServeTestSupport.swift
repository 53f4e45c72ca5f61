import Foundation
import Hummingbird
import HummingbirdTesting
import SOPModel
import SOPTestSupport
import Testing

@testable import SOPServe

/// Requests and checks the HTTP tests share.
enum ServeTest {
  /// The bytes of a file under testdata/.
  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: TestData.root.appendingPathComponent(path)))
  }

  /// Headers of a raw upload named `name`.
  static func rawHeaders(_ name: String, accept: String? = nil) -> HTTPFields {
    var headers = HTTPFields()
    if let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) {
      headers[Upload.fileNameHeader] = encoded
    }
    if let accept { headers[.accept] = accept }
    return headers
  }

  /// A multipart/form-data body with the file in `file` and the text fields given.
  static func multipart(_ name: String, _ bytes: [UInt8], fields: [(String, String)] = [], boundary: String = "----sopkitTestBoundary7MA4YWxk") -> (HTTPFields, ByteBuffer) {
    var body: [UInt8] = []
    for (key, value) in fields {
      body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
    }
    body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
    body += bytes
    body += Array("\r\n--\(boundary)--\r\n".utf8)
    var headers = HTTPFields()
    headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
    return (headers, ByteBuffer(bytes: body))
  }

  /// The JSON body of a response.
  static func json(_ response: TestResponse) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
    return try #require(value as? [String: Any])
  }

  /// The diagnostic codes of a JSON response.
  static func codes(_ object: [String: Any]) -> [String] {
    (object["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
  }

  /// Posts `bytes` as a raw upload named `name`.
  static func post(_ client: any TestClientProtocol, _ uri: String, _ name: String, _ bytes: [UInt8]) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .post, headers: rawHeaders(name), body: ByteBuffer(bytes: bytes))
  }

  /// Posts the testdata file at `path` as a raw upload under its own name.
  static func post(_ client: any TestClientProtocol, _ uri: String, testdata path: String) async throws -> TestResponse {
    try await post(client, uri, (path as NSString).lastPathComponent, try bytes(path))
  }

  /// The application with the default options, or those given.
  static func app(_ options: ServeOptions = ServeOptions(port: 0)) -> some ApplicationProtocol {
    SOPServer.application(options)
  }
}
