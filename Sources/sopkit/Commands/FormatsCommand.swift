import ArgumentParser
import SOPFormats

/// `sopkit formats`: what this build reads and writes.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the formats sopkit knows and what this build can do with them.")

  func run() {
    var lines = ["FORMAT   READ     WRITE    EXTENSIONS      DESCRIPTION"]
    for format in Format.allCases {
      let read = format.isReadable ? "yes" : format.isInputFormat ? "planned" : "-"
      let write = format.isWritable ? "yes" : format.isOutputFormat ? "planned" : "-"
      let extensions = format.extensions.map { "." + $0 }.joined(separator: " ")
      lines.append(pad(format.rawValue, 9) + pad(read, 9) + pad(write, 9) + pad(extensions, 16) + format.summary)
    }
    print(lines.joined(separator: "\n"))
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - text.count))
  }
}
