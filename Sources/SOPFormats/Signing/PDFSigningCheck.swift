import SOPModel

/// verify-signing on a PDF (sop-ap-format §9.3a): the TTE marker once per DISAHKAN OLEH block as
/// extractable text, standing in the room for the signature with no other text in it; in `basah`,
/// the free height between the jabatan and the name; SRIKANDI tokens, if any, whole and once.
struct PDFSigningCheck {
  let pages: PDFTextPages
  let source: String
  let options: SigningCheck.Options

  func report() -> SigningCheck.Report {
    let blocks = pages.pages.flatMap { PDFSignatureBlock.find(on: $0) }
    let scans = pages.pages.map { SigningTokens.scan($0.text) }
    let hasTokens = scans.contains { !$0.tokens.isEmpty }
    let defaultMarkerFound = pages.pages.contains { $0.glyphs.contains { $0.character == SigningMode.defaultMarker } }
    var mode = options.mode ?? (hasTokens ? .srikandi : options.marker != nil || defaultMarkerFound ? .tteKemenag : .basah)
    var marker = options.marker
    if options.mode == nil, mode == .basah, let lone = blocks.lazy.compactMap(\.loneMark).first {
      mode = .tteKemenag
      marker = lone
    }
    if mode == .tteKemenag, marker == nil { marker = SigningMode.defaultMarker }
    let expected = max(blocks.count, 1)
    var diagnostics: [Diagnostic] = []
    for (page, scan) in zip(pages.pages, scans) {
      for broken in scan.broken {
        diagnostics.append(SigningDiagnostics.placeholderBroken(broken.text, expected: broken.expected ?? "${…}", at: location(page.number)))
      }
    }
    let tokens = zip(pages.pages, scans).flatMap { page, scan in scan.tokens.map { (text: $0.text, page: page.number) } }
    if mode == .srikandi {
      for token in SigningTokens.signer {
        let found = tokens.filter { $0.text == token }
        if found.isEmpty {
          diagnostics.append(SigningDiagnostics.tokenMissing(token, at: location(blocks.first?.page)))
        } else if found.count > expected {
          diagnostics.append(SigningDiagnostics.tokenRepeated(token, count: found.count, expected: expected, at: location(found[expected].page)))
        }
      }
    } else {
      var reported: Set<String> = []
      for token in tokens where reported.insert(token.text).inserted {
        diagnostics.append(SigningDiagnostics.tokenLeftover(token.text, mode: mode, at: location(token.page)))
      }
    }
    if mode == .tteKemenag, let marker {
      diagnostics += markerCount(marker, expected: expected, blocks: blocks)
    }
    diagnostics += rooms(blocks, mode: mode, marker: marker)
    return SigningCheck.Report(kind: .pdf, mode: mode, marker: mode == .tteKemenag ? marker : nil, blocks: blocks.count, diagnostics: diagnostics)
  }

  private func location(_ page: Int?) -> SourceLocation {
    SourceLocation(file: source, context: page.map { "page \($0)" })
  }

  /// The marker as text once per block: the page of the first one too many, or of the first block.
  private func markerCount(_ marker: Character, expected: Int, blocks: [PDFSignatureBlock]) -> [Diagnostic] {
    let places = pages.pages.flatMap { page in page.glyphs.filter { $0.character == marker }.map { _ in page.number } }
    guard places.count != expected else { return [] }
    let why = places.isEmpty ? " (as text a signing service can find)" : ""
    let page = places.count > expected ? places[expected] : places.first ?? blocks.first?.page
    return [SigningDiagnostics.markerCount(marker, count: places.count, expected: expected, why: why, at: location(page))]
  }

  /// Each block's room as tall as asked and free of other text; in `tte-kemenag` the marker in it.
  private func rooms(_ blocks: [PDFSignatureBlock], mode: SigningMode, marker: Character?) -> [Diagnostic] {
    let minimum = options.minimumRoomCM
    guard !blocks.isEmpty else {
      return [SigningDiagnostics.noRoom(points: 0, minimum: minimum, what: "no DISAHKAN OLEH block was found in the PDF's text: the room for the signature", at: location(nil))]
    }
    var diagnostics: [Diagnostic] = []
    for block in blocks {
      let room = block.room { line in
        switch mode {
        case .tteKemenag: return marker.map { line.text == String($0) } ?? false
        case .srikandi: return line.text == SigningTokens.signature
        case .basah: return false
        }
      }
      if mode == .tteKemenag, let marker, !room.holdsMark, block.lines.contains(where: { $0.text.contains(marker) }) {
        diagnostics.append(SigningDiagnostics.markerCount(
          marker, count: 1, expected: 1, why: ", alone between the jabatan and the name with no other text near it", at: location(block.page)))
      }
      if room.height < options.minimumRoomPoints - 0.5 {
        diagnostics.append(SigningDiagnostics.noRoom(
          points: room.height, minimum: minimum, what: "the free height for the signature between the jabatan and the name", at: location(block.page)))
      }
    }
    return diagnostics
  }
}
