import SOPFormats
import SOPModel

/// The sentences the command-line tool says besides diagnostics, in both languages, so that no
/// line a staff member reads is left in English under `--lang id`.
struct CLIText {
  let language: Language

  private func say(_ english: String, _ indonesian: String) -> String {
    language == .id ? indonesian : english
  }

  private func count(_ n: Int, _ english: String, _ indonesian: String) -> String {
    language == .id ? "\(n) \(indonesian)" : "\(n) \(english)\(n == 1 ? "" : "s")"
  }

  /// "nikah.docx -> out/nikah.json", with what a draft's output is.
  func written(_ input: String, _ path: String, _ kind: RenderedOutput.Kind) -> String {
    let what: String
    switch kind {
    case .official, .data: what = ""
    case .markedDraft: what = say(" (draft, marked DRAF on every page)", " (draf, bertanda DRAF di setiap halaman)")
    case .fillInTemplate: what = say(" (draft: the fill-in template, with the cells to fix highlighted)", " (draf: templat isian, sel yang perlu diperbaiki ditandai)")
    }
    return "\(input) -> \(path)" + what
  }

  func nothingRead(_ input: String) -> String {
    "\(input): " + say("no SOP could be read; nothing was written", "tidak ada SOP yang dapat dibaca; tidak ada berkas yang ditulis")
  }

  /// Said when notes were found but not printed (convert prints them with --verbose).
  func notesHidden(_ n: Int) -> String {
    say("\(n) note\(n == 1 ? "" : "s") not shown (--verbose shows them)", "\(n) catatan tidak ditampilkan (--verbose menampilkannya)")
  }

  func notChecked() -> String { say("not checked", "tidak diperiksa") }

  /// verify-signing's closing line for one file: "ready to sign (tte-kemenag, marker '^', 1 block)"
  /// or "not ready to sign: 2 errors".
  func signing(_ report: SigningCheck.Report) -> String {
    var mode = report.mode.rawValue
    if let marker = report.marker { mode += say(", marker '\(marker)'", ", penanda '\(marker)'") }
    mode += ", " + (language == .id ? "\(report.blocks) blok DISAHKAN OLEH" : "\(report.blocks) DISAHKAN OLEH block\(report.blocks == 1 ? "" : "s")")
    if report.isReady { return say("ready to sign", "siap ditandatangani") + " (\(mode))" }
    let errors = report.diagnostics.filter { $0.severity == .error }.count
    return say("not ready to sign", "belum siap ditandatangani") + " (\(mode)): " + count(errors, "error", "kesalahan")
  }

  /// "1 error, 2 warnings" / "1 kesalahan, 2 peringatan", or "ok".
  func counts(errors: Int, warnings: Int, notes: Int) -> String {
    if errors + warnings + notes == 0 { return say("ok", "baik") }
    return [
      errors == 0 ? nil : count(errors, "error", "kesalahan"), warnings == 0 ? nil : count(warnings, "warning", "peringatan"),
      notes == 0 ? nil : count(notes, "note", "catatan"),
    ].compactMap { $0 }.joined(separator: ", ")
  }

  /// The label of a check status ("ok", "warnings", …) in the closing line of `check`.
  func checkLabel(_ label: String) -> String {
    switch (label, language) {
    case ("ok", .id): return "baik"
    case ("warnings", .id): return "dengan peringatan"
    case ("errors", .id): return "dengan kesalahan"
    case ("unreadable", .id): return "tidak terbaca"
    case ("unsupported", .id): return "tidak didukung"
    case ("warnings", _): return "with warnings"
    case ("errors", _): return "with errors"
    default: return label
    }
  }

  func checked(_ files: Int, _ parts: [String]) -> String {
    say("checked \(files) files: ", "\(files) berkas diperiksa: ") + parts.joined(separator: ", ")
  }

  func interrupted(done: Int, of total: Int) -> String {
    say(
      "interrupted: \(done) of \(total) files done; outputs written so far are complete",
      "dihentikan: \(done) dari \(total) berkas selesai; berkas yang sudah ditulis lengkap")
  }

  /// `[####....] 35/100 files · 4 with drafts · 1 unreadable or failed · about 12 s left`.
  func progress(bar: String, done: Int, of total: Int, drafts: Int, unreadable: Int, secondsLeft: Int?) -> String {
    var line = bar + " \(done)/\(total) " + say("files", "berkas")
    if drafts > 0 { line += say(" · \(drafts) with drafts", " · \(drafts) dengan draf") }
    if unreadable > 0 { line += say(" · \(unreadable) unreadable or failed", " · \(unreadable) tidak terbaca atau gagal") }
    if let secondsLeft { line += say(" · about \(secondsLeft) s left", " · sisa sekitar \(secondsLeft) detik") }
    return line
  }

  func report(_ paths: [String]) -> String {
    say("report: ", "laporan: ") + paths.joined(separator: say(" and ", " dan "))
  }

  func templateWritten(_ path: String) -> String { say("template -> ", "templat -> ") + path }

  func serving(_ address: String) -> String {
    say("sopkit serve: open \(address)/ in a browser (Ctrl+C stops the server)", "sopkit serve: buka \(address)/ di browser (Ctrl+C menghentikan server)")
  }
}
