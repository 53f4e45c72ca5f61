import Foundation
import SOPModel

/// The diagnostics of verify-signing, in English with the arguments of the catalogue's
/// Indonesian templates (`signing.*`).
enum SigningDiagnostics {
  static func tokenMissing(_ token: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .signingTokenMissing, "the SRIKANDI token \(token) is not in the document", at: location,
      hint: "write the Word document again with sopkit --sign srikandi, or type \(token) exactly so in its place",
      arguments: ["token": token])
  }

  static func tokenRepeated(_ token: String, count: Int, expected: Int, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .signingTokenRepeated, "the SRIKANDI token \(token) occurs \(count) times; expected \(expected)", at: location,
      hint: "delete the extra \(token) so that one stays in DISAHKAN OLEH", arguments: ["token": token, "count": String(count), "expected": String(expected)])
  }

  static func tokenSplit(_ token: String, runs: [Int], at location: SourceLocation) -> Diagnostic {
    let shown = runs.count == 2 ? "\(runs[0]) and \(runs[1])" : "\(runs.first ?? 0)–\(runs.last ?? 0)"
    return Diagnostic(
      .signingTokenSplit, "the SRIKANDI token \(token) is split over \(runs.count) runs (runs \(shown)), so SRIKANDI cannot find it", at: location,
      hint: "delete \(token) and type it again in one go, without changing the format inside it, or write the document again with sopkit --sign srikandi",
      arguments: ["token": token, "runs": String(runs.count)])
  }

  static func placeholderBroken(_ text: String, expected: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .signingPlaceholderBroken, "'\(text)' looks like a SRIKANDI token but is broken", at: location,
      hint: "correct it to \(expected), or delete it", arguments: ["text": text, "expected": expected])
  }

  static func tokenLeftover(_ token: String, mode: SigningMode, at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .signingTokenLeftover, "the \(mode.rawValue) document still holds the SRIKANDI token \(token), which would be printed as it is", at: location,
      hint: "write the document again with --sign \(mode.rawValue), or replace \(token) with the real data",
      arguments: ["token": token, "mode": mode.rawValue])
  }

  static func markerCount(_ marker: Character, count: Int, expected: Int, why: String = "", at location: SourceLocation) -> Diagnostic {
    Diagnostic(
      .signingMarkerCount, "the signing marker '\(marker)' occurs \(count) time\(count == 1 ? "" : "s"); expected \(expected)\(why)", at: location,
      hint: "write the document again with sopkit --sign tte-kemenag, and keep '\(marker)' out of the SOP's text (or choose another marker with --sign-marker)",
      arguments: ["marker": String(marker), "count": String(count), "expected": String(expected)])
  }

  /// The room is `points` high (`0` when there is none) where `minimum` centimetres are needed;
  /// `what` says in English what was measured.
  static func noRoom(points: Double, minimum: Double, what: String, at location: SourceLocation) -> Diagnostic {
    let cm = centimetres(minimum), found = centimetres(points: points)
    return Diagnostic(
      .signingNoRoom, "\(what) is \(found) cm; at least \(cm) cm is needed for the signature", at: location,
      hint: "leave at least \(cm) cm free between the jabatan and the signer's name, or write the document again with sopkit",
      // Indonesian writes a decimal comma: "2,5 cm".
      arguments: ["found": found.replacingOccurrences(of: ".", with: ","), "minimum": cm.replacingOccurrences(of: ".", with: ",")])
  }

  /// `points` in centimetres with one decimal.
  static func centimetres(points: Double) -> String { centimetres(points / 72 * 2.54) }

  static func centimetres(_ value: Double) -> String { String(format: "%.1f", value) }
}
