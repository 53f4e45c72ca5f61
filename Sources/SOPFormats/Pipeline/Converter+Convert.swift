import SOPModel

extension Converter {
  /// Reads the file at `path` (or standard input for `-`), checks it, and renders every target.
  /// Never throws: an input that cannot be read gives a conversion with ``Conversion/failure``.
  public static func convert(path: String, format: Format, targets: [Format], options: Options = Options()) -> Conversion {
    do {
      return convert(try check(path: path, format: format, options: options), source: path, targets: targets, options: options)
    } catch {
      return Conversion(source: path, file: nil, outcomes: [], diagnostics: [], outputs: [], withheld: [], failure: error)
    }
  }

  /// Reads `bytes` (named `source` in diagnostics), checks them, and renders every target.
  public static func convert(bytes: [UInt8], format: Format, source: String, targets: [Format], options: Options = Options()) -> Conversion {
    convert(check(bytes: bytes, format: format, source: source), source: source, targets: targets, options: options)
  }

  /// The outcomes and outputs of what `checked` holds.
  static func convert(_ checked: Checked, source: String, targets: [Format], options: Options) -> Conversion {
    var conversion = Conversion(source: source, file: nil, outcomes: [], diagnostics: checked.diagnostics, outputs: [], withheld: [], failure: nil)
    guard var file = checked.file, !file.sops.isEmpty else { return conversion }
    for (index, review) in ReviewList.lists(checked.diagnostics, sopCount: file.sops.count).enumerated() {
      file.sops[index].review = review
    }
    conversion.file = file
    conversion.outcomes = file.sops.map { $0.isDraft ? .draft : .complete }
    for target in targets {
      if target.isForSigning {
        renderEach(file, as: target, options: options, source: source, into: &conversion)
      } else {
        var options = options
        options.preview.draft = conversion.outcomes.contains(.draft)
        render(file, as: target, sopIndex: nil, part: nil, parts: 1, kind: .data, options: options, source: source, into: &conversion)
      }
    }
    return conversion
  }

  /// One document per SOP (or one workbook of all, with ``Options/combineWorkbooks``), so that
  /// every signing document is one naskah with one set of signing tokens.
  private static func renderEach(_ file: SOPFile, as target: Format, options: Options, source: String, into conversion: inout Conversion) {
    let count = file.sops.count
    func part(_ index: Int) -> Int? { count > 1 ? index + 1 : nil }
    var combined: [SOPDocument] = []
    for (index, sop) in file.sops.enumerated() {
      switch (sop.isDraft, options.writeDrafts, target) {
      case (false, _, _):
        if options.combineWorkbooks, target == .xlsx { combined.append(sop); continue }
        render(SOPFile(sops: [sop]), as: target, sopIndex: index, part: part(index), parts: count, kind: .official, options: options, source: source, into: &conversion)
      case (true, true, _):
        if options.combineWorkbooks, target == .xlsx { combined.append(sop); continue }
        var marked = options
        marked.xlsx.draft = true
        marked.docx.draft = true
        marked.pdf.page.draft = true
        render(SOPFile(sops: [sop]), as: target, sopIndex: index, part: part(index), parts: count, kind: .markedDraft, options: marked, source: source, into: &conversion)
      case (true, false, .xlsx):
        do {
          let bytes = try XLSXTemplateWriter.write(sop, config: options.satker)
          var diagnostics: [Diagnostic] = []
          if sop.flowcharts.count > 1 {
            let name = sop.identity.namaSOP.isEmpty ? "SOP \(index + 1)" : "'\(sop.identity.namaSOP)'"
            diagnostics.append(Diagnostic(
              .outputTemplateFirstFlowchart, "\(name) has \(sop.flowcharts.count) flowcharts; its fill-in template holds the first",
              at: SourceLocation(file: source, path: "$.sops[\(index)].flowcharts[1]"), hint: "write -t json too: the JSON keeps every flowchart"))
          }
          conversion.outputs.append(RenderedOutput(format: .xlsx, sopIndex: index, part: part(index), parts: count, kind: .fillInTemplate, bytes: bytes, diagnostics: diagnostics))
        } catch {
          conversion.withheld.append(WithheldOutput(format: target, sopIndex: index, diagnostic: error.diagnostics.first ?? Diagnostic(.internalFailure, "the fill-in template could not be written", at: SourceLocation(file: source))))
        }
      case (true, false, _):
        let name = sop.identity.namaSOP.isEmpty ? "SOP \(index + 1)" : "'\(sop.identity.namaSOP)'"
        let errors = sop.review.filter { $0.severity == .error }.count
        conversion.withheld.append(WithheldOutput(format: target, sopIndex: index, diagnostic: Diagnostic(
          .outputDraftWithheld, "\(name) is a draft with \(errors) error\(errors == 1 ? "" : "s") to fix; its \(target.rawValue) for signing was not written",
          at: SourceLocation(file: source, path: "$.sops[\(index)]"),
          hint: "fix the review list (in the JSON output, or the fill-in template from -t xlsx) and convert again, or pass --draft to write it marked DRAF")))
      }
    }
    if !combined.isEmpty {
      let kind: RenderedOutput.Kind = combined.contains(where: \.isDraft) ? .markedDraft : .official
      var options = options
      options.xlsx.draft = kind == .markedDraft
      render(SOPFile(sops: combined), as: target, sopIndex: nil, part: nil, parts: 1, kind: kind, options: options, source: source, into: &conversion)
    }
  }

  private static func render(
    _ file: SOPFile, as target: Format, sopIndex: Int?, part: Int?, parts: Int, kind: RenderedOutput.Kind, options: Options, source: String,
    into conversion: inout Conversion
  ) {
    if let refusal = signingRefusal(file, as: target, sopIndex: sopIndex ?? 0, options: options, source: source) {
      conversion.withheld.append(WithheldOutput(format: target, sopIndex: sopIndex ?? 0, diagnostic: refusal))
      return
    }
    do {
      let bytes = try render(file, as: target, options: options)
      var diagnostics: [Diagnostic] = []
      if target == .xlsx || target == .html || target == .pdf {
        diagnostics = XLSXWriter.warnings(options.satker?.apply(to: file) ?? file, options: options.xlsx, source: source)
      }
      conversion.outputs.append(RenderedOutput(format: target, sopIndex: sopIndex, part: part, parts: parts, kind: kind, bytes: bytes, diagnostics: diagnostics))
    } catch {
      let diagnostic = error.diagnostics.first ?? Diagnostic(.internalFailure, "the \(target.rawValue) output could not be written", at: SourceLocation(file: source))
      conversion.withheld.append(WithheldOutput(format: target, sopIndex: sopIndex ?? 0, diagnostic: diagnostic))
    }
  }

  /// Why the `target` of `file` (SOP `sopIndex` of the input) is not written: SRIKANDI signs the
  /// Word document, not a PDF; in `tte-kemenag` the marker must not already stand in the SOP's
  /// text, in the PDF and in the Word document (which is printed to PDF to be signed).
  private static func signingRefusal(_ file: SOPFile, as target: Format, sopIndex: Int, options: Options, source: String) -> Diagnostic? {
    let mode: SigningMode, marker: Character
    switch target {
    case .pdf: (mode, marker) = (options.pdf.mode, options.pdf.marker)
    case .docx, .wordxml: (mode, marker) = (options.docx.mode, options.docx.marker)
    case .xlsx: (mode, marker) = (options.xlsx.mode, options.xlsx.marker)
    default: return nil
    }
    if target == .pdf, mode == .srikandi {
      return Diagnostic(
        .outputSrikandiPDF, "SRIKANDI signs the Word document and makes the PDF itself; no PDF was written in srikandi mode",
        at: SourceLocation(file: source, path: "$.sops[\(sopIndex)]"), hint: "write -t docx for SRIKANDI, or -t pdf with --sign tte-kemenag or basah")
    }
    guard mode == .tteKemenag, let sop = file.sops.first else { return nil }
    let places = PDFWriter.markerPlaces(marker, in: sop, sopIndex: sopIndex)
    return places.isEmpty ? nil : PDFWriter.markerDiagnostic(marker, places: places, format: target, source: source)
  }
}
