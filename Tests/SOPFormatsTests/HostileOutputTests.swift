import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Text that looks like a formula stays text in every output (spreadsheet injection).
@Test func formulaLikeTextStaysText() throws {
  let sop = SOPDocument(
    identity: Identity(namaSOP: "=HYPERLINK(\"http://contoh.invalid\",\"klik\")"),
    flowcharts: [Flowchart(pelaksana: ["@Petugas"], steps: [
      Step(nomor: 1, kegiatan: "=1+1", pelaksana: "@Petugas", mutuBaku: .init(output: "+62 812 0000")),
      Step(nomor: 2, kegiatan: "-catatan", pelaksana: "@Petugas"),
    ])])
  let file = SOPFile(sops: [sop])
  let parts = try XLSXWriterTests.parts(try XLSXWriter.write(file))
  #expect(!parts.values.contains { $0.contains("<f>") }, "no formula in any sheet")
  #expect(parts["xl/sharedStrings.xml"]?.contains("=1+1") == true)

  let csv = String(decoding: try CSVWriter.write(file), as: UTF8.self)
  #expect(csv.contains("'=1+1") && csv.contains("'-catatan") && csv.contains("'@Petugas") && !csv.contains(",=1+1"))
  #expect(CSVReader.read(Array(csv.utf8), source: "x.csv").file == file, "the reader takes the protective ' off")
  let raw = String(decoding: try CSVWriter.write(file, options: .init(neutralizeFormulas: false)), as: UTF8.self)
  #expect(raw.contains(",=1+1"), "--csv-formulas writes them as they are")
}
