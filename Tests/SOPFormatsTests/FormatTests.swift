import SOPFormats
import SOPModel
import Testing

@Suite struct FormatTests {
  @Test(arguments: [
    ("sop.json", Format.json), ("SOP.JSON", .json), ("a/b.c/sop.csv", .csv), ("x.tsv", .csv), ("x.xlsx", .xlsx),
    ("x.docx", .docx), ("x.doc", .doc), ("x.html", .html), ("x.svg", .svg), ("x.xml", .wordxml),
  ])
  func guessesTheFormatFromTheExtension(_ path: String, _ format: Format) {
    #expect(Format.guess(fromPath: path) == format)
  }

  @Test(arguments: ["sop", "a.b/sop", "-", "sop.txt", "sop."])
  func guessesNothingWithoutAKnownExtension(_ path: String) {
    #expect(Format.guess(fromPath: path) == nil)
  }

  @Test func jsonIsReadAndWritten() throws {
    #expect(try Converter.inputFormat(for: "a.json", given: nil) == .json)
    #expect(try Converter.outputFormat(for: "b.json", given: nil) == .json)
  }

  @Test func csvIsReadAndWritten() throws {
    #expect(try Converter.inputFormat(for: "staff.csv", given: nil) == .csv)
    #expect(try Converter.inputFormat(for: "unicode.tsv", given: nil) == .csv)
    #expect(try Converter.outputFormat(for: "out.csv", given: nil) == .csv)
  }

  @Test func everyInputFormatIsRead() throws {
    for format in Format.allCases where format.isInputFormat {
      #expect(format.isReadable, "\(format)")
    }
    #expect(try Converter.inputFormat(for: "lama.doc", given: nil) == .doc)
  }

  @Test func previewsAreWritten() throws {
    #expect(try Converter.outputFormat(for: "sop.svg", given: nil) == .svg)
    #expect(try Converter.outputFormat(for: "sop.htm", given: nil) == .html)
    #expect(try Converter.outputFormat(for: nil, given: .html) == .html)
  }

  @Test(arguments: [Format.svg, .html, .wordxml])
  func outputOnlyFormatsCannotBeRead(_ format: Format) {
    #expect { try Converter.inputFormat(for: "a", given: format) } throws: { ($0 as? ConversionError)?.kind == .usage }
  }

  @Test func standardInputNeedsAFormat() {
    #expect { try Converter.inputFormat(for: "-", given: nil) } throws: {
      ($0 as? ConversionError)?.diagnostics.first?.code == .cliFormatRequired
    }
  }
}
