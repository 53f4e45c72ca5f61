import Foundation
import Hummingbird
import SOPFormats

/// A converted file on its way to the browser, as an attachment.
struct Download: Sendable {
  var bytes: [UInt8]
  var contentType: String
  var fileName: String

  /// The media type of each output format.
  static func contentType(of format: Format) -> String {
    switch format {
    case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case .json: return "application/json"
    case .html: return "text/html; charset=utf-8"
    case .svg: return "image/svg+xml"
    case .pdf: return "application/pdf"
    case .csv: return "text/csv; charset=utf-8"
    default: return "application/octet-stream"
    }
  }

  /// The upload's name without its extension, the stem of every output's name: `nikah.csv` →
  /// `nikah` (then `nikah.xlsx`, or `nikah-1.docx`, `nikah-2.docx` for several SOPs).
  static func stem(of upload: String) -> String {
    let stem = (upload as NSString).deletingPathExtension
    return stem.isEmpty ? "sop" : stem
  }

  /// `attachment` with an ASCII fallback name and the exact name in RFC 5987 form.
  static func contentDisposition(_ fileName: String) -> String {
    let ascii = String(fileName.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~")).subtracting(CharacterSet(charactersIn: "\u{80}"..."\u{10FFFF}"))
    let encoded = fileName.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
    return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
  }

  /// The HTTP response: 200, the media type, `Content-Disposition: attachment`.
  var response: Response {
    var headers = HTTPFields()
    headers[.contentType] = contentType
    headers[.contentDisposition] = Self.contentDisposition(fileName)
    headers[.cacheControl] = "no-store"
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}
