import ArgumentParser
import Foundation
import SOPFormats
import SOPModel
import SOPServe

/// `sopkit serve`: the web page for office staff (check, preview, download).
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve a web page where staff check an SOP, see its flowchart and download it.",
    discussion: """
      The page (in Indonesian) takes a CSV, XLSX, DOCX, .doc or JSON file, shows every problem \
      with its place in the file and the flowchart as it prints, and offers the official XLSX, a \
      Word document in the chosen signing mode, canonical JSON, a printable HTML page and a blank \
      fill-in template. Uploads are handled in memory; no file is kept after the response.

      By default only this computer can open the page (127.0.0.1). --host 0.0.0.0 opens it to the \
      office network. Stop the server with Ctrl+C.

      \(ExitStatus.helpTable)
      """)

  @Option(help: "The TCP port to listen on.")
  var port: Int = 8080

  @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1 (this computer only) or 0.0.0.0 (the office network).", valueName: "address"))
  var host: String = "127.0.0.1"

  @Option(help: ArgumentHelp("A satker config (JSON, as --satker of convert): kop, logo, paper and signer for every output.", valueName: "file"))
  var config: String?

  @Option(help: ArgumentHelp("The largest upload accepted, in megabytes.", valueName: "MB"))
  var maxUpload: Int = ServeOptions.defaultMaxUploadBytes / 1_048_576

  @OptionGroup var languageOption: LanguageOption

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    guard (1...1024).contains(maxUpload) else { throw ValidationError("--max-upload must be between 1 and 1024 (megabytes)") }
  }

  func run() async throws {
    let printer = DiagnosticPrinter(showNotes: false, quiet: false, language: languageOption.language)
    let text = CLIText(language: languageOption.language)
    // A mistyped address is a usage error, said before anything listens.
    if let problem = SOPServer.addressProblem(host) {
      printer.print([Diagnostic(
        .cliBadArguments, "--host: \(problem)", at: SourceLocation(file: "sopkit"),
        hint: "use --host 127.0.0.1 for this computer only, or --host 0.0.0.0 for the office network")])
      throw ExitStatus.usage.exitCode
    }
    let satker: SatkerConfig?
    do {
      satker = try config.map { path throws(ConversionError) in try SatkerConfig.load(path) }
    } catch {
      printer.print(error.diagnostics)
      throw ExitStatus(error.kind).exitCode
    }
    let options = ServeOptions(host: host, port: port, maxUploadBytes: maxUpload * 1_048_576, satker: satker)
    let shown = host == "0.0.0.0" ? (languageOption.language == .id ? "http://<alamat komputer ini>" : "http://<this computer's address>") : "http://\(host.contains(":") ? "[\(host)]" : host)"
    do {
      try await SOPServer.run(options) { port in
        printer.say(text.serving("\(shown):\(port)"))
      }
    } catch {
      let hint: String
      switch SOPServer.listenFailure(error) {
      case .portInUse:
        hint = "is another program using the port (or sopkit serve already running)? try --port \(port == 8081 ? 8082 : 8081)"
      case .addressNotOnThisComputer:
        hint = "\(host) is not an address of this computer; use --host 127.0.0.1 for this computer only, or --host 0.0.0.0 for the office network"
      case .notPermitted:
        hint = "ports below 1024 need administrator rights; use a port such as --port 8080"
      case .other:
        hint = "is another program using the port? try --port \(port == 8081 ? 8082 : 8081)"
      }
      printer.print([Diagnostic(.serveCannotListen, "cannot serve on \(host):\(port): \(error)", at: SourceLocation(file: "sopkit"), hint: hint)])
      throw ExitStatus.output.exitCode
    }
  }
}
