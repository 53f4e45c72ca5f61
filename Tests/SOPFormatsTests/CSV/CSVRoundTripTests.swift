import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// canonical → CSV → canonical is lossless, in both layouts and with every separator.
@Suite struct CSVRoundTripTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func roundTrip(_ file: SOPFile, _ options: CSVWriter.Options) throws -> (SOPFile?, [Diagnostic]) {
    let csv = try CSVWriter.write(file, options: options)
    let read = CSVReader.read(csv, source: "round-trip.csv")
    return (read.file, read.diagnostics)
  }

  @Test(arguments: models)
  func testdataSurvivesBothLayouts(_ url: URL) throws {
    let file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
    for options in [
      CSVWriter.Options(layout: .form, delimiter: ","), CSVWriter.Options(layout: .table, delimiter: ","),
      CSVWriter.Options(layout: .form, delimiter: ";"), CSVWriter.Options(layout: .table, delimiter: "\t"),
    ] {
      let (back, diagnostics) = try Self.roundTrip(file, options)
      #expect(!diagnostics.hasErrors, "\(diagnostics)")
      #expect(back.map(SOPJSON.encode) == SOPJSON.encode(file), "\(options.layout) with '\(options.delimiter)'")
    }
  }

  @Test(arguments: 0..<200)
  func generatedSOPsSurviveBothLayouts(_ seed: Int) throws {
    var generator = SOPGenerator(seed: UInt64(seed))
    let file = generator.file()
    for layout in [CSVWriter.Layout.table] + (file.sops.count == 1 ? [.form] : []) {
      let (back, diagnostics) = try Self.roundTrip(file, CSVWriter.Options(layout: layout, delimiter: seed % 2 == 0 ? "," : ";"))
      #expect(!diagnostics.hasErrors, "\(diagnostics)")
      let expected = SOPJSON.encode(file)
      let actual = back.map(SOPJSON.encode) ?? ""
      #expect(actual == expected, "seed \(seed), \(layout):\n\(firstDifference(expected, actual))")
    }
  }

  @Test func severalSOPsCannotBeOneForm() throws {
    var generator = SOPGenerator(seed: 7)
    let file = SOPFile(sops: [generator.sop(), generator.sop()])
    #expect(throws: ConversionError.self) { try CSVWriter.write(file, options: .init(layout: .form)) }
    #expect(try CSVReader.read(CSVWriter.write(file), source: "auto.csv").file?.sops.count == 2, "auto picks the table layout")
  }

  private func firstDifference(_ a: String, _ b: String) -> String {
    let left = a.split(separator: "\n"), right = b.split(separator: "\n")
    for (index, pair) in zip(left, right).enumerated() where pair.0 != pair.1 {
      return "line \(index + 1): \(pair.0)\n    vs: \(pair.1)"
    }
    return "lengths \(left.count) vs \(right.count)"
  }
}
