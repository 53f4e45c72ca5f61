import ArgumentParser
import SOPFormats

/// `sopkit`: moves SOP-AP documents between CSV, Word, Excel and canonical JSON.
@main
struct SOPKitCommand: AsyncParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "sopkit",
    abstract: "Convert and check Indonesian government SOPs (SOP-AP, PermenPANRB 35/2012).",
    discussion: """
      sopkit reads SOPs from the files offices keep them in, checks them against the SOP-AP rules, \
      and writes them in the format needed next. Run `sopkit formats` to see what this build reads \
      and writes.

      Examples:
        sopkit check testdata/model/*.json
        sopkit convert nikah.json -o out/nikah.json

      \(ExitStatus.helpTable)
      """,
    version: "sopkit \(version) (libxlsxwriter \(XlsxWriterVersion.current), libxml2 \(LibXML2Version.current), \(PDFLibraryVersion.current))",
    subcommands: [ConvertCommand.self, CheckCommand.self, VerifySigningCommand.self, FormatsCommand.self, TemplateCommand.self, ServeCommand.self],
    defaultSubcommand: ConvertCommand.self)
}
