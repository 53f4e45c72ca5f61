import SOPFormats
import SOPModel

/// `--sign-marker`: the character a TTE signing service looks for in the PDF's text.
enum SigningMarkerOption {
  /// The marker `given` (or `^`), checked: one visible character that is neither a letter nor a
  /// digit (those stand in every SOP's text), and only with `tte-kemenag`.
  static func parse(_ given: String?, mode: SigningMode) throws(ConversionError) -> Character {
    guard let given else { return SigningMode.defaultMarker }
    guard mode == .tteKemenag else {
      throw ConversionError(.usage, Diagnostic(
        .cliBadArguments, "--sign-marker is for --sign tte-kemenag, not \(mode.rawValue)", at: SourceLocation(file: "sopkit"),
        hint: "leave out --sign, or use --sign tte-kemenag"))
    }
    guard given.count == 1, let marker = given.first, !marker.isLetter, !marker.isNumber, !marker.isWhitespace else {
      throw ConversionError(.usage, Diagnostic(
        .cliBadArguments, "--sign-marker must be one character that is not a letter, a digit or a space, not '\(given)'",
        at: SourceLocation(file: "sopkit"), hint: "use the character your TTE service looks for, e.g. ^, #, $ or ~"))
    }
    return marker
  }
}
