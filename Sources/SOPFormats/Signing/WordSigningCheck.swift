import Foundation
import SOPModel

/// verify-signing on a Word document (sop-ap-format §9.1, §9.3): SRIKANDI tokens whole in one
/// `w:t`, each once per DISAHKAN OLEH block; no broken placeholders; the TTE marker once per block,
/// in its room; and a room for the signature as tall as asked.
struct WordSigningCheck {
  let parts: WordParts
  let kind: SigningCheck.Kind
  let options: SigningCheck.Options

  func report() -> SigningCheck.Report {
    let paragraphs = parts.parts.flatMap { WordParagraphs.collect($0.root, part: $0.name) }
    let body = parts.parts.first { $0.name == DOCXDocument.mainPart }!.root
    let blocks = SigningBlock.find(in: body, paragraphs: paragraphs)
    let scans = paragraphs.map { SigningTokens.scan($0.text) }
    let hasTokens = scans.contains { !$0.tokens.isEmpty || !$0.broken.isEmpty }
    var mode = options.mode ?? (hasTokens ? .srikandi : options.marker != nil ? .tteKemenag : .basah)
    var marker = options.marker
    if options.mode == nil, !hasTokens, marker == nil, let lone = blocks.lazy.compactMap(\.loneMark).first, Self.couldBeMarker(lone) {
      mode = .tteKemenag
      marker = lone.first
    }
    if mode == .tteKemenag, marker == nil { marker = SigningMode.defaultMarker }
    var diagnostics: [Diagnostic] = []
    let expected = max(blocks.count, 1)
    // Broken placeholders in every mode; tokens checked in srikandi, reported as left over otherwise.
    for (paragraph, scan) in zip(paragraphs, scans) {
      for broken in scan.broken {
        diagnostics.append(SigningDiagnostics.placeholderBroken(broken.text, expected: broken.expected ?? "${…}", at: location(paragraph, run: paragraph.runs(broken.range).first)))
      }
      for token in scan.tokens where mode == .srikandi && !paragraph.isOneText(token.range) {
        let runs = paragraph.runs(token.range)
        diagnostics.append(SigningDiagnostics.tokenSplit(token.text, runs: runs, at: location(paragraph, run: runs.first)))
      }
    }
    let occurrences = zip(paragraphs, scans).flatMap { paragraph, scan in scan.tokens.map { (token: $0, paragraph: paragraph) } }
    if mode == .srikandi {
      diagnostics += tokenCounts(occurrences, expected: expected, blocks: blocks)
    } else {
      var reported: Set<String> = []
      for occurrence in occurrences where reported.insert(occurrence.token.text).inserted {
        diagnostics.append(SigningDiagnostics.tokenLeftover(occurrence.token.text, mode: mode, at: location(occurrence.paragraph, run: occurrence.paragraph.runs(occurrence.token.range).first)))
      }
    }
    if mode == .tteKemenag, let marker {
      diagnostics += markerCounts(marker, paragraphs: paragraphs, blocks: blocks, expected: expected)
    }
    diagnostics += rooms(blocks, mode: mode, marker: marker)
    return SigningCheck.Report(kind: kind, mode: mode, marker: mode == .tteKemenag ? marker : nil, blocks: blocks.count, diagnostics: diagnostics)
  }

  /// A marker is one visible character that is not a letter or a digit (`--sign-marker`'s rule).
  /// Punctuation that stands alone for a missing value (a jabatan of just ",", a name "-") is not taken for one.
  static func couldBeMarker(_ text: String) -> Bool {
    text.count == 1 && text.first.map { !$0.isLetter && !$0.isNumber && !$0.isWhitespace && !",.-:;".contains($0) } == true
  }

  private func location(_ paragraph: WordParagraph, run: Int? = nil) -> SourceLocation {
    SourceLocation(file: parts.source, part: paragraph.part, context: "paragraph \(paragraph.number)" + (run.map { ":run \($0)" } ?? ""))
  }

  private func location(_ block: SigningBlock?) -> SourceLocation {
    guard let first = block?.paragraphs.first else { return SourceLocation(file: parts.source, part: DOCXDocument.mainPart) }
    return location(first)
  }

  /// Each signer token once per block (the number and date tokens at most once).
  private func tokenCounts(_ occurrences: [(token: SigningTokens.Found, paragraph: WordParagraph)], expected: Int, blocks: [SigningBlock]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let names = SigningTokens.signer + occurrences.map(\.token.text).filter { !SigningTokens.signer.contains($0) }
    var seen: Set<String> = []
    for token in names where seen.insert(token).inserted {
      let found = occurrences.filter { $0.token.text == token }
      if found.isEmpty, SigningTokens.signer.contains(token) {
        diagnostics.append(SigningDiagnostics.tokenMissing(token, at: location(blocks.first)))
      } else if found.count > expected {
        let extra = found[expected]
        diagnostics.append(SigningDiagnostics.tokenRepeated(token, count: found.count, expected: expected, at: location(extra.paragraph, run: extra.paragraph.runs(extra.token.range).first)))
      }
    }
    return diagnostics
  }

  /// The marker once per block, standing alone in the block's room.
  private func markerCounts(_ marker: Character, paragraphs: [WordParagraph], blocks: [SigningBlock], expected: Int) -> [Diagnostic] {
    let holding = paragraphs.filter { $0.text.contains(marker) }
    let count = holding.reduce(0) { $0 + $1.text.filter { $0 == marker }.count }
    if count != expected {
      let place = holding.count > expected ? holding[expected] : holding.first
      return [SigningDiagnostics.markerCount(marker, count: count, expected: expected, at: place.map { location($0) } ?? location(blocks.first))]
    }
    for block in blocks where !block.room(mark: { $0 == String(marker) }).contains(where: { $0.text.contains(marker) }) {
      return [SigningDiagnostics.markerCount(marker, count: count, expected: expected, why: ", alone in the signature's place of DISAHKAN OLEH", at: location(block))]
    }
    return []
  }

  /// The room of each block as tall as asked; no block at all is no room.
  private func rooms(_ blocks: [SigningBlock], mode: SigningMode, marker: Character?) -> [Diagnostic] {
    let minimum = options.minimumRoomCM
    guard !blocks.isEmpty else {
      return [SigningDiagnostics.noRoom(points: 0, minimum: minimum, what: "no DISAHKAN OLEH block was found: the room for the signature", at: location(nil))]
    }
    return blocks.compactMap { block in
      let room = block.room { text in
        switch mode {
        case .srikandi: return text == SigningTokens.signature
        case .tteKemenag: return marker.map { text == String($0) } ?? false
        case .basah: return false
        }
      }
      let height = room.reduce(0) { $0 + $1.height }
      guard height < options.minimumRoomPoints - 0.5 else { return nil }
      return SigningDiagnostics.noRoom(points: height, minimum: minimum, what: "the room for the signature in DISAHKAN OLEH", at: (room.first ?? block.paragraphs.first).map { location($0) } ?? location(block))
    }
  }
}
