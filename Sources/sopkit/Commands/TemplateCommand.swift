import ArgumentParser
import Foundation
import SOPFormats
import SOPModel

/// `sopkit template`: the fill-in workbook for satker staff, or the Word reference document.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write a fill-in workbook (XLSX) for satker staff, or the Word reference document (DOCX).",
    discussion: """
      xlsx (the default): sheets Petunjuk (how to fill it, in Indonesian), Identitas, Langkah (with \
      drop-downs for Pelaksana and Simbol), Pelaksana. Only the input cells can be edited. With \
      --from, the cells start filled with an existing SOP, to send it out for revision. Read it back \
      with `sopkit convert`.

      docx: the reference document, with a sample of every style of sopkit's Word output. Change \
      the styles in Word or LibreOffice, save it as .docx, and pass it to `sopkit convert` with \
      --reference-doc.

      \(ExitStatus.helpTable)
      """)

  @Argument(help: ArgumentHelp("What to write: xlsx (the fill-in workbook) or docx (the Word reference document). Default: from the output's extension, else xlsx.", valueName: "kind"))
  var kind: String?

  @Option(name: [.short, .customLong("output")], help: "The file to write (.xlsx or .docx).")
  var output: String

  @Option(help: ArgumentHelp("A satker config (JSON) whose kop and signer fill the Identitas sheet.", valueName: "file"))
  var satker: String?

  @Option(help: ArgumentHelp("Actor names for the Pelaksana sheet, separated by commas.", valueName: "names"))
  var actors: String?

  @Option(help: "Rows in the Langkah sheet (default 30).")
  var steps: Int?

  @Option(help: ArgumentHelp("Start from this SOP (any format sopkit reads; the first SOP of the file).", valueName: "file"))
  var from: String?

  @OptionGroup var languageOption: LanguageOption

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  func run() throws {
    let printer = DiagnosticPrinter(showNotes: false, quiet: false, language: languageOption.language)
    let text = CLIText(language: languageOption.language)
    do {
      if try isDocx() {
        try OutputFile.write(try DOCXTemplate.write(), to: output, force: force)
        printer.say(text.templateWritten(output))
        return
      }
      let steps = steps ?? 30
      guard (1...500).contains(steps) else {
        throw ConversionError(.usage, Diagnostic(.cliBadArguments, "--steps must be between 1 and 500", at: SourceLocation(file: "sopkit")))
      }
      var sop: SOPDocument?
      if let from {
        let format = try Converter.inputFormat(for: from, given: nil)
        let checked = try Converter.check(path: from, format: format)
        printer.print(checked.diagnostics.filter { $0.severity == .error })
        guard let file = checked.file, let first = file.sops.first else { throw ExitStatus.invalidInput.exitCode }
        sop = first
      }
      let config = try satker.map { path throws(ConversionError) in try SatkerConfig.load(path) }
      let names = actors?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
      let bytes = try XLSXTemplateWriter.write(sop, options: .init(steps: steps, actors: names), config: config)
      try OutputFile.write(bytes, to: output, force: force)
      printer.say(text.templateWritten(output))
    } catch let error as ConversionError {
      printer.print(error.diagnostics)
      throw ExitStatus(error.kind).exitCode
    }
  }

  /// Whether the reference document is asked for: `docx` named, or no kind and a .docx output.
  /// - Throws: `usage` for an unknown kind, or workbook options given with docx.
  private func isDocx() throws(ConversionError) -> Bool {
    let chosen = kind?.lowercased() ?? (output.lowercased().hasSuffix(".docx") ? "docx" : "xlsx")
    switch chosen {
    case "xlsx":
      return false
    case "docx":
      if satker != nil || actors != nil || steps != nil || from != nil {
        throw ConversionError(.usage, Diagnostic(.cliBadArguments, "--satker, --actors, --steps and --from are for the xlsx template", at: SourceLocation(file: "sopkit"), hint: "the docx reference document holds styles only"))
      }
      return true
    default:
      throw ConversionError(.usage, Diagnostic(.cliBadArguments, "unknown template '\(chosen)'", at: SourceLocation(file: "sopkit"), hint: "use xlsx (the fill-in workbook) or docx (the Word reference document)"))
    }
  }
}
