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
      result goes to standard output. Every SOP read ends complete or as a draft: a draft (an SOP \
      read with errors) is written as JSON with its review list, as CSV, SVG and HTML, and as the \
      fill-in template for -t xlsx (the cells to fix highlighted); its Word documents are written \
      only with --draft, marked DRAF. A file with several SOPs gives one workbook or Word document \
      per SOP (NAME-1, NAME-2, …). An existing output is replaced only with --force, and the output \
      appears in one step, never half-written.

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

  @Option(help: ArgumentHelp("Batch: write a JSON report of every file's result and diagnostics here, and a CSV report (one row per SOP: office, outcome, review items) beside it; a .csv name writes the CSV only.", valueName: "file"))
  var report: String?

  @Option(name: [.short, .customLong("from")], help: "Input format (\(Format.readableNames)). Default: from the extension.")
  var from: String?

  @Option(name: [.short, .customLong("to")], help: "Output format (\(Format.writableNames); several, comma-separated, make a batch). Default: from the output extension.")
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

  @Flag(help: "XLSX, Word, SVG and HTML output: print a JUMLAH WAKTU row with sopkit's own total under the table, also when the SOP has none (a total the SOP has is always printed).")
  var jumlahWaktu = false

  @Option(help: ArgumentHelp("Word and PDF output: signing mode srikandi (${...} tokens, Word only), tte-kemenag (^ marker) or basah (wet signature, the default).", valueName: "mode"))
  var sign: String?

  @Option(help: ArgumentHelp("PDF and Word output for TTE: the marker character the signing service looks for, instead of ^ (e.g. # or ~); implies --sign tte-kemenag. Refused when the SOP's text already has it.", valueName: "char"))
  var signMarker: String?

  @Option(help: ArgumentHelp("Word output: take the styles (fonts, sizes, colours) from this edited reference document; `sopkit template docx` exports one.", valueName: "file"))
  var referenceDoc: String?

  @Flag(help: "CSV output: write cells that start with =, +, -, @ as they are, without the protective leading '.")
  var csvFormulas = false

  @Flag(help: "Also write the documents for signing (xlsx, docx, wordxml, pdf) of a draft, marked DRAF on every page (the exit status is still 65).")
  var draft = false

  @Flag(help: .hidden)
  var keepGoing = false

  @Flag(help: "Replace the output file if it exists.")
  var force = false

  @Flag(help: "Exit with 3 when there are warnings.")
  var failIfWarnings = false

  @Flag(name: [.short, .long], help: "Print errors only.")
  var quiet = false

  @Flag(help: "Print notes too.")
  var verbose = false

  @OptionGroup var languageOption: LanguageOption

  private var text: CLIText { CLIText(language: languageOption.language) }

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
    let printer = DiagnosticPrinter(showNotes: verbose, quiet: quiet, language: languageOption.language)
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
    let conversion = Converter.convert(path: input, format: inputFormat, targets: [outputFormat], options: options)
    if let failure = conversion.failure { throw failure }
    printer.print(conversion.diagnostics)
    if conversion.isUnreadable {
      printer.say(text.nothingRead(input))
      return .unreadableInput
    }
    if toStandardOutput, conversion.outputs.count > 1 {
      throw ConversionError(.usage, Diagnostic(.cliBadArguments, "the input holds \(conversion.outcomes.count) SOPs, which give \(conversion.outputs.count) \(outputFormat.rawValue) documents, one per SOP", at: SourceLocation(file: input), hint: "name a file with -o (NAME.\(outputFormat.extensions[0]) gives NAME-1, NAME-2, …), or use --xlsx-combine for one workbook"))
    }
    let stem = output.map { ($0 as NSString).deletingPathExtension } ?? ""
    for rendered in conversion.outputs {
      printer.print(rendered.diagnostics)
      if toStandardOutput {
        DiagnosticPrinter.writeOutput(rendered.bytes)
      } else {
        let path = rendered.part == nil ? output! : rendered.fileName(stem: stem)
        try OutputFile.write(rendered.bytes, to: path, force: force)
        printer.say(text.written(input, path, rendered.kind))
      }
    }
    printer.print(conversion.withheld.map(\.diagnostic))
    let hiddenNotes = conversion.allDiagnostics.filter { $0.severity == .note }.count
    if !verbose, hiddenNotes > 0 { printer.say(text.notesHidden(hiddenNotes)) }
    return Self.status(of: conversion, failIfWarnings: failIfWarnings)
  }

  /// The exit status of one conversion: 66 nothing read, 65 drafts (and a signing marker the
  /// SOP's text already has: the SOP must change), 73/70 an output failed.
  static func status(of conversion: Conversion, failIfWarnings: Bool) -> ExitStatus {
    if conversion.isUnreadable { return .unreadableInput }
    let errors = conversion.withheld.map(\.diagnostic).filter { $0.severity == .error }
    if errors.contains(where: { $0.code != .outputSignMarkerInText }) { return .output }
    if !errors.isEmpty { return .invalidInput }
    if conversion.outcomes.contains(.draft) { return .invalidInput }
    return ExitStatus(diagnostics: conversion.allDiagnostics, failIfWarnings: failIfWarnings)
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
    let manifest = OutputManifest(folder: plan.outputFolder)
    let run = BatchRun(plan: plan, quiet: quiet, report: spool, language: languageOption.language)
    let (results, interrupted) = run.run(options: options, force: force, manifest: manifest, jobs: jobs ?? cores)
    for result in results where result.status == .unreadable || result.status == .failed { printer.print(result.diagnostics.filter { $0.severity == .error }) }
    try manifest.save()
    try spool?.finish(results, interrupted: interrupted)
    if !quiet {
      if interrupted { printer.say(text.interrupted(done: results.count, of: plan.items.count)) }
      for line in BatchConverter.summary(results, language: languageOption.language) { printer.say(line) }
      if let report {
        let csv = Format.guess(fromPath: report) == .csv ? report : (report as NSString).deletingPathExtension + ".csv"
        printer.say(text.report(csv == report ? [report] : [report, csv]))
      }
    }
    var status = ExitStatus.success
    if interrupted { status = status.worse(.invalidInput) }
    if results.contains(where: { $0.status == .failed }) { status = status.worse(.output) }
    if results.contains(where: { $0.status == .unreadable }) { status = status.worse(.unreadableInput) }
    if results.contains(where: { $0.status == .draft }) { status = status.worse(.invalidInput) }
    if failIfWarnings, results.contains(where: \.hasWarnings) { status = status.worse(.warningsFailed) }
    return status
  }

  /// The format options of the command line, checked; shared by single conversions and batches.
  private func converterOptions(assetFolder: String?) throws(ConversionError) -> Converter.Options {
    var options = try CSVOptions.converterOptions(identity: identity, layout: csvLayout, separator: csvSeparator)
    options.csv.neutralizeFormulas = !csvFormulas
    options.maximumInputMegabytes = maxInputMb
    options.writeDrafts = draft || keepGoing
    options.combineWorkbooks = xlsxCombine
    options.satker = try satker.map { path throws(ConversionError) in try SatkerConfig.load(path) }
    var paperSize = options.satker?.paper ?? .f4
    if let paper {
      guard let chosen = PageSetup.Paper(rawValue: paper.lowercased()) else {
        throw ConversionError(.usage, Diagnostic(.cliBadArguments, "unknown paper '\(paper)'", at: SourceLocation(file: "sopkit"), hint: "use f4 or a4"))
      }
      paperSize = chosen
    }
    let sign = self.sign ?? (signMarker == nil ? SigningMode.basah.rawValue : SigningMode.tteKemenag.rawValue)
    guard let mode = SigningMode(rawValue: sign.lowercased()) else {
      throw ConversionError(.usage, Diagnostic(.cliBadArguments, "unknown signing mode '\(sign)'", at: SourceLocation(file: "sopkit"), hint: "use srikandi, tte-kemenag or basah"))
    }
    let marker = try SigningMarkerOption.parse(signMarker, mode: mode)
    options.xlsx = XLSXWriter.Options(setup: PageSetup(paper: paperSize), columnNumbers: columnNumbers, assetFolder: assetFolder, totalRow: jumlahWaktu)
    let reference = try referenceDoc.map { path throws(ConversionError) in try DOCXReference.load(path) }
    options.docx = DOCXWriter.Options(setup: PageSetup(paper: paperSize), mode: mode, reference: reference, assetFolder: assetFolder, totalRow: jumlahWaktu)
    options.preview = SVGWriter.Options(setup: PageSetup(paper: paperSize), columnNumbers: columnNumbers, totalRow: jumlahWaktu)
    options.pdf = PDFWriter.Options(page: options.preview, mode: mode, marker: marker, assetFolder: assetFolder)
    options.docx.marker = marker
    options.xlsx.mode = mode
    options.xlsx.marker = marker
    return options
  }
}
