import ArgumentParser
import Foundation
import SOPFormats
import SOPModel

#if canImport(Glibc)
  import Glibc
#endif

/// `sopkit convert`: read one SOP file, check it, and write it in another format.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert an SOP file to another format (the default command).",
    discussion: """
      Formats are guessed from the file extensions; -f and -t name them when the extensions do not. \
      `-` reads standard input (then -f is needed) or writes standard output. Without -o the \
      result goes to standard output. An SOP with errors is not written. An existing output is \
      replaced only with --force, and the output appears in one step, never half-written.

      \(ExitStatus.helpTable)
      """)

  @Argument(help: "The input file, or - for standard input; several files or folders make a batch (then -o names the output folder).")
  var inputs: [String] = []

  @Option(help: ArgumentHelp("Batch: read the input paths from this file, one per line (- for standard input).", valueName: "file"))
  var filesFrom: String?

  var input: String { inputs.first ?? "-" }

  @Option(help: ArgumentHelp("Batch: only files whose name matches this pattern (repeatable), e.g. '*.docx'.", valueName: "glob"))
  var include: [String] = []

  @Option(help: ArgumentHelp("Batch: skip files whose name or path matches this pattern (repeatable).", valueName: "glob"))
  var exclude: [String] = []

  @Option(help: ArgumentHelp("Batch: parallel conversions (default: all cores).", valueName: "n"))
  var jobs: Int?

  @Option(help: ArgumentHelp("Batch: convert only share k of n (1-based), to split a migration across machines.", valueName: "k/n"))
  var shard: String?

  @Option(help: ArgumentHelp("Batch: write a JSON report of every file's result and diagnostics here.", valueName: "file"))
  var report: String?

  @Option(name: [.short, .customLong("from")], help: "Input format (json, csv). Default: from the extension.")
  var from: String?

  @Option(name: [.short, .customLong("to")], help: "Output format (json, csv, xlsx, docx, wordxml, svg, html). Default: from the output extension.")
  var to: String?

  @Option(name: [.short, .customLong("output")], help: "Output file, or - for standard output.")
  var output: String?

  @Option(help: ArgumentHelp("CSV table layout: a second CSV with one identity row per SOP key.", valueName: "file"))
  var identity: String?

  @Option(help: ArgumentHelp("CSV output layout: form (one SOP, like the official sheet), table (one row per step, many SOPs) or auto.", valueName: "layout"))
  var csvLayout: String = "auto"

  @Option(help: ArgumentHelp("CSV output separator: comma, semicolon (Excel with Indonesian settings) or tab.", valueName: "separator"))
  var csvSeparator: String = "comma"

  @Option(help: ArgumentHelp("The largest input read, in megabytes (default: 32 for CSV and JSON, 256 for Word and Excel files).", valueName: "MB"))
  var maxInputMb: Int?

  @Option(help: ArgumentHelp("Paper for XLSX, Word, SVG and HTML output: f4 (Folio, the default) or a4; always landscape.", valueName: "paper"))
  var paper: String?

  @Option(help: ArgumentHelp("A satker config (JSON: kop lines, logo, paper, signer) that fills what the SOP leaves empty; see Templates/kop/.", valueName: "file"))
  var satker: String?

  @Flag(help: "XLSX output of a file with several SOPs: one workbook with a sheet pair per SOP, instead of one workbook per SOP (NAME-1.xlsx, NAME-2.xlsx, …).")
  var xlsxCombine = false

  @Flag(help: "XLSX, SVG and HTML output: print a row of column numbers (1, 2, 3, …) under the table header.")
  var columnNumbers = false

  @Option(help: ArgumentHelp("Word output: signing mode srikandi (${...} tokens), tte-kemenag (^ anchor) or basah (wet signature, the default).", valueName: "mode"))
  var sign: String = "basah"

  @Option(help: ArgumentHelp("Word output: take the styles (fonts, sizes, colours) from this edited reference document; `sopkit template docx` exports one.", valueName: "file"))
  var referenceDoc: String?

  @Flag(help: "CSV output: write cells that start with =, +, -, @ as they are, without the protective leading '.")
  var csvFormulas = false

  @Flag(help: "Write the output even when the input has errors (the exit status is still 65).")
  var keepGoing = false

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @Flag(help: "Exit with 3 when there are warnings.")
  var failIfWarnings = false

  @Flag(name: [.short, .long], help: "Print errors only.")
  var quiet = false

  @Flag(help: "Print notes too.")
  var verbose = false

  /// More than one input, a folder, or several target formats: a batch.
  private var isBatch: Bool {
    var isFolder: ObjCBool = false
    return filesFrom != nil || inputs.count > 1 || (to ?? "").contains(",") || (FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) && isFolder.boolValue)
  }

  func validate() throws {
    if inputs.isEmpty && filesFrom == nil { throw ValidationError("name an input file or folder (or --files-from)") }
    if let maxInputMb, maxInputMb < 1 { throw ValidationError("--max-input-mb must be at least 1 (megabytes)") }
  }

  func run() throws {
    let printer = DiagnosticPrinter(showNotes: verbose, quiet: quiet)
    if isBatch {
      do {
        let status = try runBatch(printer)
        if status != .success { throw status.exitCode }
        return
      } catch let error as ConversionError {
        printer.print(error.diagnostics)
        throw ExitStatus(error.kind).exitCode
      }
    }
    do {
      let status = try convert(printer)
      if status != .success { throw status.exitCode }
    } catch let error as ConversionError {
      printer.print(error.diagnostics)
      throw ExitStatus(error.kind).exitCode
    }
  }

  private func convert(_ printer: DiagnosticPrinter) throws(ConversionError) -> ExitStatus {
    let inputFormat = try Converter.inputFormat(for: input, given: try FormatOption.parse(from))
    let outputFormat = try Converter.outputFormat(for: output, given: try FormatOption.parse(to))
    let toStandardOutput = output == nil || output == "-"
    if output == nil, outputFormat.isBinary, isatty(STDOUT_FILENO) == 1 {
      throw ConversionError(.usage, Diagnostic(.cliBinaryToTerminal, "\(outputFormat.rawValue) is a binary format and standard output is a terminal", at: SourceLocation(file: "sopkit"), hint: "name a file with -o, or pass -o - to write to standard output anyway"))
    }
    if let output, OutputFile.sameFile(input, output) {
      throw ConversionError(.usage, Diagnostic(.ioOutputIsInput, "the output would replace the input file", at: SourceLocation(file: output), hint: "write to another file; sopkit never overwrites its input"))
    }
    let folder = input == "-" ? nil : (input as NSString).deletingLastPathComponent
    let options = try converterOptions(assetFolder: folder?.isEmpty == true ? "." : folder)
    let checked = try Converter.check(path: input, format: inputFormat, options: options)
    printer.print(checked.diagnostics)
    guard let file = checked.file, keepGoing || !checked.diagnostics.hasErrors else {
      printer.say("\(input): not converted because of the errors above; nothing was written")
      let status = ExitStatus(diagnostics: checked.diagnostics, failIfWarnings: false)
      return status == .unreadableInput ? .unreadableInput : .invalidInput
    }
    var outputs: [(path: String?, file: SOPFile)] = [(output, file)]
    if outputFormat == .xlsx, file.sops.count > 1, !xlsxCombine, let output, output != "-" {
      // One workbook per SOP: NAME-1.xlsx, NAME-2.xlsx, … beside the name given.
      let stem = (output as NSString).deletingPathExtension, ext = (output as NSString).pathExtension
      let width = String(file.sops.count).count
      outputs = file.sops.enumerated().map { index, sop in
        let number = String(repeating: "0", count: width - String(index + 1).count) + String(index + 1)
        return ("\(stem)-\(number).\(ext)", SOPFile(sops: [sop]))
      }
    }
    if outputFormat == .xlsx || outputFormat == .html { printer.print(XLSXWriter.warnings(options.satker?.apply(to: file) ?? file, options: options.xlsx, source: input)) }
    for (path, part) in outputs {
      let bytes = try Converter.render(part, as: outputFormat, options: options)
      if toStandardOutput {
        DiagnosticPrinter.writeOutput(bytes)
      } else if let path {
        try OutputFile.write(bytes, to: path, force: force)
        printer.say("\(input) -> \(path)" + (checked.diagnostics.hasErrors ? " (written despite the errors, --keep-going)" : ""))
      }
    }
    if checked.diagnostics.hasErrors { return .invalidInput }
    return ExitStatus(diagnostics: checked.diagnostics, failIfWarnings: failIfWarnings)
  }

  private func runBatch(_ printer: DiagnosticPrinter) throws(ConversionError) -> ExitStatus {
    guard let output, output != "-" else {
      throw ConversionError(.usage, Diagnostic(.cliBadArguments, "a batch needs an output folder", at: SourceLocation(file: "sopkit"), hint: "add -o FOLDER; outputs mirror the input tree inside it"))
    }
    let names = (to ?? "json").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    var targets: [Format] = []
    for name in names {
      guard let format = try FormatOption.parse(name) else { continue }
      targets.append(try Converter.outputFormat(for: nil, given: format))
    }
    var split: (Int, Int)?
    if let shard {
      let parts = shard.split(separator: "/").compactMap { Int($0) }
      guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else {
        throw ConversionError(.usage, Diagnostic(.cliBadArguments, "--shard '\(shard)' is not k/n with 1 ≤ k ≤ n", at: SourceLocation(file: "sopkit"), hint: "for example --shard 2/8"))
      }
      split = (parts[0], parts[1])
    }
    let options = try converterOptions(assetFolder: nil)
    var paths = inputs
    if let filesFrom {
      let bytes = filesFrom == "-" ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : try InputFile.read(filesFrom)
      paths += String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    let plan = BatchPlan(inputs: paths, outputFolder: output, targets: targets, include: include, exclude: exclude, shard: split)
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let spool = try report.map { path throws(ConversionError) in try BatchReport(path: path) }
    let run = BatchRun(plan: plan, quiet: quiet, report: spool)
    let (results, interrupted) = run.run(options: options, force: force, jobs: jobs ?? cores)
    for result in results where result.status == .failed { printer.print(result.diagnostics.filter { $0.severity == .error }) }
    try spool?.finish(results, interrupted: interrupted)
    if !quiet {
      if interrupted { printer.say("interrupted: \(results.count) of \(plan.items.count) files done; outputs written so far are complete") }
      for line in BatchConverter.summary(results) { printer.say(line) }
      if let report { printer.say("report: \(report)") }
    }
    if interrupted { return .invalidInput }
    if results.contains(where: { $0.status == .failed }) { return .invalidInput }
    return .success
  }

  /// The format options of the command line, checked; shared by single conversions and batches.
  private func converterOptions(assetFolder: String?) throws(ConversionError) -> Converter.Options {
    var options = try CSVOptions.converterOptions(identity: identity, layout: csvLayout, separator: csvSeparator)
    options.csv.neutralizeFormulas = !csvFormulas
    options.maximumInputMegabytes = maxInputMb
    options.satker = try satker.map { path throws(ConversionError) in try SatkerConfig.load(path) }
    var paperSize = options.satker?.paper ?? .f4
    if let paper {
      guard let chosen = PageSetup.Paper(rawValue: paper.lowercased()) else {
        throw ConversionError(.usage, Diagnostic(.cliBadArguments, "unknown paper '\(paper)'", at: SourceLocation(file: "sopkit"), hint: "use f4 or a4"))
      }
      paperSize = chosen
    }
    guard let mode = SigningMode(rawValue: sign.lowercased()) else {
      throw ConversionError(.usage, Diagnostic(.cliBadArguments, "unknown signing mode '\(sign)'", at: SourceLocation(file: "sopkit"), hint: "use srikandi, tte-kemenag or basah"))
    }
    options.xlsx = XLSXWriter.Options(setup: PageSetup(paper: paperSize), columnNumbers: columnNumbers, assetFolder: assetFolder)
    let reference = try referenceDoc.map { path throws(ConversionError) in try DOCXReference.load(path) }
    options.docx = DOCXWriter.Options(setup: PageSetup(paper: paperSize), mode: mode, reference: reference, assetFolder: assetFolder)
    options.preview = SVGWriter.Options(setup: PageSetup(paper: paperSize), columnNumbers: columnNumbers)
    return options
  }
}
