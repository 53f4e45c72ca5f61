import ArgumentParser
import SOPFormats
import SOPModel

/// `sopkit verify-signing`: whether a Word document or PDF written for signing can be signed as it
/// is (SigningCheck in the library does the work).
struct VerifySigningCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify-signing",
    abstract: "Check that a .docx, Word XML or .pdf for signing can be signed as it is.",
    discussion: """
      srikandi: every ${...} token once per DISAHKAN OLEH block and in one unbroken run (Word \
      splits a token over runs after an edit, and SRIKANDI then cannot fill it). tte-kemenag: the \
      marker (^, or --sign-marker) once per block, as text in the PDF, alone in the signature's \
      place. Every mode: no broken placeholders (${ without }, {ttd_pengirim} without $), and a room \
      for the signature at least --min-room cm high with no other text in it. The mode is told from \
      the document (tokens: srikandi; a lone marker in the signature's place: tte-kemenag; else \
      basah) unless --sign is given. docs/diagnostics.md explains each signing.* code.

      Exit codes:
        0   ready to sign
        65  not ready to sign: a problem above was found
        66  the file is missing, or cannot be opened as Word or PDF
        64  usage error (bad option)
      """)

  @Argument(help: "The documents to check (.docx, .xml Word XML, .pdf).")
  var files: [String]

  @Option(help: ArgumentHelp("Check against this signing mode: srikandi, tte-kemenag or basah. Default: told from the document.", valueName: "mode"))
  var sign: String?

  @Option(help: ArgumentHelp("The TTE marker character (implies --sign tte-kemenag). Default: ^.", valueName: "char"))
  var signMarker: String?

  @Option(help: ArgumentHelp("The least height of the room for the signature, in centimetres.", valueName: "cm"))
  var minRoom: Double = SigningCheck.Options.defaultMinimumRoomCM

  @Flag(name: [.short, .long], help: "Print errors only.")
  var quiet = false

  @OptionGroup var languageOption: LanguageOption

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one document to check") }
    if let sign, SigningMode(rawValue: sign) == nil { throw ValidationError("--sign '\(sign)': use srikandi, tte-kemenag or basah") }
    if !(0.5...10).contains(minRoom) { throw ValidationError("--min-room must be between 0.5 and 10 (centimetres)") }
  }

  func run() throws {
    let printer = DiagnosticPrinter(showNotes: !quiet, quiet: quiet, language: languageOption.language)
    let text = CLIText(language: languageOption.language)
    var options = SigningCheck.Options(mode: sign.flatMap(SigningMode.init(rawValue:)), minimumRoomCM: minRoom)
    do {
      if signMarker != nil {
        options.marker = try SigningMarkerOption.parse(signMarker, mode: options.mode ?? .tteKemenag)
        options.mode = .tteKemenag
      }
    } catch {
      printer.print(error.diagnostics)
      throw ExitStatus.usage.exitCode
    }
    var worst = ExitStatus.success
    for file in files {
      do {
        let report = try SigningCheck.check(path: file, options: options)
        printer.print(report.diagnostics)
        printer.say("\(file): " + text.signing(report))
        worst = worst.worse(ExitStatus(diagnostics: report.diagnostics, failIfWarnings: false))
      } catch {
        printer.print(error.diagnostics)
        printer.say("\(file): " + text.notChecked())
        worst = worst.worse(ExitStatus(error.kind))
      }
    }
    if worst != .success { throw worst.exitCode }
  }
}
