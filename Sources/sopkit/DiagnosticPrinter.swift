import Foundation
import SOPModel

#if canImport(Glibc)
  import Glibc
#endif

/// Renders diagnostics on standard error, compiler-style, and as JSON for machines.
///
/// Text form in English: `file:line:col: error: message [code]`, then indented `path:` and
/// `hint:` lines. In Indonesian: `file: kesalahan: pesan [code]`, then the place in words
/// (`letak: tabel ke-3, baris 5, …`) and `saran:`. Colour only when standard error is a terminal
/// and `NO_COLOR` is not set.
struct DiagnosticPrinter {
  var showNotes = true
  var quiet = false
  let language: Language
  private let useColor: Bool

  init(showNotes: Bool = true, quiet: Bool = false, language: Language = .en) {
    self.showNotes = showNotes
    self.quiet = quiet
    self.language = language
    useColor = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// Prints the diagnostics that this printer shows.
  func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics where shows(diagnostic) {
      Self.writeError(render(diagnostic))
    }
  }

  /// Prints one line of text on standard error unless quiet.
  func say(_ text: String) {
    if !quiet { Self.writeError(text + "\n") }
  }

  private func shows(_ diagnostic: Diagnostic) -> Bool {
    switch diagnostic.severity {
    case .error: return true
    case .warning: return !quiet
    case .note: return showNotes && !quiet
    }
  }

  func render(_ diagnostic: Diagnostic) -> String {
    let severity = diagnostic.severity.word(in: language)
    guard language == .id else {
      let location = diagnostic.location?.description ?? "sopkit"
      var text = paint(location + ":", bold: true) + " " + paint(severity + ":", color: color(diagnostic.severity))
      text += " " + diagnostic.message + " [" + diagnostic.code.id + "]\n"
      if let path = diagnostic.location?.path { text += "    path: " + path + "\n" }
      if let hint = diagnostic.hint { text += "    hint: " + hint + "\n" }
      return text
    }
    let file = diagnostic.location?.file ?? "sopkit"
    var text = paint(file + ":", bold: true) + " " + paint(severity + ":", color: color(diagnostic.severity))
    text += " " + diagnostic.message(in: .id) + " [" + diagnostic.code.id + "]\n"
    if let location = diagnostic.location {
      let place = location.indonesianDescription
      if place != "seluruh berkas" { text += "    letak: " + place + "\n" }
    }
    if let hint = diagnostic.hint(in: .id) { text += "    saran: " + hint + "\n" }
    return text
  }

  private func color(_ severity: Severity) -> String {
    switch severity {
    case .error: return "31"
    case .warning: return "35"
    case .note: return "36"
    }
  }

  private func paint(_ text: String, color: String? = nil, bold: Bool = false) -> String {
    guard useColor else { return text }
    let codes = [bold ? "1" : nil, color].compactMap { $0 }.joined(separator: ";")
    return "\u{1B}[" + codes + "m" + text + "\u{1B}[0m"
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func writeOutput(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }

}
