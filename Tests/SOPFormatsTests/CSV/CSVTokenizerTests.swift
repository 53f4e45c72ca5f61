import Foundation
import SOPFormats
import SOPModel
import Testing

/// The same small form in the shapes spreadsheets write it, and what must come out.
struct CSVShape: CustomStringConvertible, Sendable {
  let description: String
  let bytes: [UInt8]
}

private let form = "Nama SOP,\"Surat Masuk, Keluar\"\nNo,Kegiatan,Petugas,Waktu\n1,\"Menerima \"\"surat\"\"\nlalu mencatat\",x,5 menit\n"

private func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
  (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + text.utf16.flatMap { unit -> [UInt8] in
    littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
  }
}

private let shapes: [CSVShape] = [
  CSVShape(description: "LF", bytes: Array(form.utf8)),
  CSVShape(description: "CRLF", bytes: Array(form.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
  CSVShape(description: "CR (old Mac Excel)", bytes: Array(form.replacingOccurrences(of: "\n", with: "\r").utf8)),
  CSVShape(description: "UTF-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array(form.utf8)),
  CSVShape(description: "UTF-16 LE", bytes: utf16(form, littleEndian: true)),
  CSVShape(description: "UTF-16 BE", bytes: utf16(form, littleEndian: false)),
  CSVShape(description: "semicolon", bytes: Array(form.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "Surat Masuk; Keluar", with: "Surat Masuk, Keluar").utf8)),
  CSVShape(description: "tab", bytes: Array(form.replacingOccurrences(of: ",", with: "\t").replacingOccurrences(of: "Surat Masuk\t Keluar", with: "Surat Masuk, Keluar").utf8)),
  CSVShape(description: "Excel sep= line", bytes: Array(("sep=;\n" + form.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "Surat Masuk; Keluar", with: "Surat Masuk, Keluar")).utf8)),
  CSVShape(
    description: "trailing empty columns and rows",
    bytes: Array("Nama SOP,\"Surat Masuk, Keluar\",,,\r\nNo,Kegiatan,Petugas,Waktu,,\r\n1,\"Menerima \"\"surat\"\"\r\nlalu mencatat\",x,5 menit,,\r\n,,,,,\r\n\r\n".utf8)),
]

@Test("Quoting, line ends, encodings and delimiters as spreadsheets write them", arguments: shapes)
func csvShapes(_ shape: CSVShape) throws {
  let result = CSVReader.read(shape.bytes, source: "form.csv")
  #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
  let sop = try #require(result.file?.sops.first)
  #expect(sop.identity.namaSOP == "Surat Masuk, Keluar")
  let step = try #require(sop.flowcharts.first?.steps.first)
  #expect(step.kegiatan == "Menerima \"surat\"\nlalu mencatat")
  #expect(step.pelaksana == "Petugas")
  #expect(step.mutuBaku.waktu?.value == 5)
}

@Test("A file that is not UTF-8 is read as Windows-1252, and says so")
func windows1252() throws {
  var bytes = Array("Nama SOP,Legalisir \u{1}\nNo,Kegiatan,Petugas\n1,Menerima ijazah,x\n".utf8)
  bytes[bytes.firstIndex(of: 1)!] = 0x93  // a left curly quote in Windows-1252
  let result = CSVReader.read(bytes, source: "ansi.csv")
  #expect(result.file?.sops.first?.identity.namaSOP == "Legalisir \u{201C}")
  #expect(result.diagnostics.map(\.code) == [.csvEncodingFallback, .importShapeInferred])
}

@Test("Headers match regardless of case, spacing, punctuation and line breaks")
func tolerantHeaders() throws {
  let text = "nama  sop :,Arsip\n\"NO.\",\"URAIAN\nKEGIATAN\",Pelaksana,\"Mutu Baku:\nWaktu\",OUTPUT,ket.\n1,Menyimpan arsip,Arsiparis,10 menit,Arsip tersimpan,-\n"
  let result = CSVReader.read(Array(text.utf8), source: "h.csv")
  let step = try #require(result.file?.sops.first?.flowcharts.first?.steps.first)
  #expect(result.file?.sops.first?.identity.namaSOP == "Arsip")
  #expect(step.kegiatan == "Menyimpan arsip" && step.pelaksana == "Arsiparis" && step.mutuBaku.output == "Arsip tersimpan")
  #expect(step.keterangan == nil, "a lone '-' is empty")
}
