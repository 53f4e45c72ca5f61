import Foundation
import Hummingbird
import SOPFormats
import SOPModel

/// The conversions behind the HTTP API, synchronous like the converters they call (run them
/// through ``Offload``). Nothing is written to disk: bytes in, bytes out.
struct SOPService: Sendable {
  var options: ServeOptions

  /// The output formats the API offers, by the name used in `?to=`.
  static let outputs: [String: Format] = ["xlsx": .xlsx, "docx": .docx, "pdf": .pdf, "json": .json, "html": .html, "svg": .svg, "csv": .csv]

  /// The input format of an upload, from its file name.
  func inputFormat(of upload: Upload) throws(UploadError) -> Format {
    guard let format = Format.guess(fromPath: upload.fileName), format.isInputFormat, format.isReadable else {
      let readable = Format.allCases.filter { $0.isInputFormat && $0.isReadable }.flatMap(\.extensions).map { "." + $0 }
      throw UploadError(.unsupportedMediaType, Diagnostic(
        .serveUnsupportedFile, "'\(upload.fileName)' is not a file sopkit reads", at: SourceLocation(file: upload.fileName),
        hint: "upload the SOP as " + readable.joined(separator: ", ") + " (a PDF or a scan cannot be read)"))
    }
    return format
  }

  /// Reads and validates the upload, and draws the preview when it could be read.
  func check(_ upload: Upload) -> CheckOutcome {
    let format: Format
    do {
      format = try inputFormat(of: upload)
    } catch {
      return CheckOutcome(fileName: upload.fileName, format: nil, status: .unsupported, diagnostics: error.diagnostics, sopNames: [], previewSVG: nil)
    }
    let checked = Converter.check(bytes: upload.bytes, format: format, source: upload.fileName)
    var preview: String?
    if let file = checked.file {
      preview = String(decoding: SVGWriter.write(options.satker?.apply(to: file) ?? file, options: previewOptions), as: UTF8.self)
    }
    return CheckOutcome(
      fileName: upload.fileName, format: format, status: CheckOutcome.status(read: checked.file != nil, checked.diagnostics),
      diagnostics: checked.diagnostics, sopNames: checked.file?.sops.map(\.identity.namaSOP) ?? [], previewSVG: preview)
  }

  /// The upload converted to `target` through the one pipeline: one file, or a zip when the
  /// upload holds several SOPs (one document each). A draft gives its JSON with the review list,
  /// its fill-in template for xlsx, and its Word documents only with `draft` (marked DRAF);
  /// otherwise 422 with the errors.
  func convert(_ upload: Upload, to target: String, sign: String?, draft: Bool = false) throws(UploadError) -> Download {
    guard let format = Self.outputs[target.lowercased()] else {
      throw UploadError(.badRequest, Diagnostic(
        .serveBadRequest, "unknown output format '\(target)'", at: SourceLocation(file: "upload"),
        hint: "use to=" + Self.outputs.keys.sorted().joined(separator: ", to=")))
    }
    var converter = Converter.Options()
    converter.satker = options.satker
    converter.xlsx = XLSXWriter.Options(setup: PageSetup(paper: options.paper))
    let mode = try signingMode(sign)
    converter.docx = DOCXWriter.Options(setup: PageSetup(paper: options.paper), mode: mode)
    converter.pdf = PDFWriter.Options(page: previewOptions, mode: mode)
    converter.preview = previewOptions
    converter.writeDrafts = draft
    let conversion = Converter.convert(bytes: upload.bytes, format: try inputFormat(of: upload), source: upload.fileName, targets: [format], options: converter)
    if conversion.isUnreadable {
      throw UploadError(.unprocessableContent, conversion.allDiagnostics.filter { $0.severity == .error })
    }
    // The signing marker already in the SOP's text: the SOP must change (422), not the server.
    if let refusal = conversion.withheld.first(where: { $0.diagnostic.code == .outputSignMarkerInText }) {
      throw UploadError(.unprocessableContent, [refusal.diagnostic])
    }
    if let failure = conversion.withheld.first(where: { $0.diagnostic.severity == .error }) {
      throw UploadError(.internalServerError, [failure.diagnostic])
    }
    guard !conversion.outputs.isEmpty else {
      // Every SOP is a draft and the format is for signing: say what to fix.
      throw UploadError(.unprocessableContent, conversion.diagnostics.filter { $0.severity == .error } + conversion.withheld.map(\.diagnostic))
    }
    let stem = Download.stem(of: upload.fileName)
    if conversion.outputs.count == 1, let only = conversion.outputs.first {
      return Download(bytes: only.bytes, contentType: Download.contentType(of: format), fileName: only.fileName(stem: stem))
    }
    do {
      return Download(bytes: try OutputBundle.zip(conversion.outputs, stem: stem), contentType: "application/zip", fileName: stem + ".zip")
    } catch {
      throw UploadError(.internalServerError, error.diagnostics)
    }
  }

  /// The blank fill-in workbook, with the office's kop and signer when a config was given.
  func template() throws(UploadError) -> Download {
    do {
      let bytes = try XLSXTemplateWriter.write(nil, options: .init(), config: options.satker)
      return Download(bytes: bytes, contentType: Download.contentType(of: .xlsx), fileName: "isian-sop-kosong.xlsx")
    } catch {
      throw UploadError(.internalServerError, error.diagnostics)
    }
  }

  private var previewOptions: SVGWriter.Options { SVGWriter.Options(setup: PageSetup(paper: options.paper)) }

  private func signingMode(_ name: String?) throws(UploadError) -> SigningMode {
    guard let name, !name.isEmpty else { return .basah }
    guard let mode = SigningMode(rawValue: name.lowercased()) else {
      throw UploadError(.badRequest, Diagnostic(
        .serveBadRequest, "unknown signing mode '\(name)'", at: SourceLocation(file: "upload"),
        hint: "use sign=srikandi, sign=tte-kemenag or sign=basah"))
    }
    return mode
  }
}
