import Foundation
import Hummingbird
import SOPModel

/// A request the server answers with an error status and a diagnostic instead of a result.
struct UploadError: Error, Sendable {
  var status: HTTPResponse.Status
  var diagnostics: [Diagnostic]

  init(_ status: HTTPResponse.Status, _ diagnostic: Diagnostic) {
    self.status = status
    diagnostics = [diagnostic]
  }

  init(_ status: HTTPResponse.Status, _ diagnostics: [Diagnostic]) {
    self.status = status
    self.diagnostics = diagnostics
  }

  /// HTTP 413 with the size and the limit.
  static func tooLarge(size: Int?, limit: Int) -> UploadError {
    let sizeText = size.map { "the upload is \(readableSize($0)); " } ?? "the upload is too large; "
    return UploadError(.contentTooLarge, Diagnostic(
      .serveTooLarge, sizeText + "this server accepts at most \(readableSize(limit))", at: SourceLocation(file: "upload"),
      hint: "split the SOPs into smaller files, or ask the administrator to raise --max-upload",
      arguments: ["limit": readableSize(limit)]))
  }

  /// A size for people: "20 MB", "31.5 MB", "512 KB".
  static func readableSize(_ bytes: Int) -> String {
    if bytes < 1_048_576 { return "\(max(1, (bytes + 1023) / 1024)) KB" }
    let value = Double(bytes) / 1_048_576
    return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
  }
}
