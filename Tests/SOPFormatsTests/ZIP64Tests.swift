import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Packages stored as ZIP64, as streaming writers store them (every size and offset in a ZIP64
/// extra field, the directory found through the ZIP64 end record; made by
/// tools/make_zip64_fixture.py), read to the same SOP as the ordinary package.
@Test(arguments: [
  ("zip64/kankemenag-surat-masuk.xlsx", Format.xlsx, "model/kankemenag-surat-masuk.json"),
  ("zip64/penelitian-libreoffice.docx", Format.docx, "docx/penelitian-libreoffice.json"),
])
func zip64PackagesReadLikeOrdinaryOnes(_ name: String, _ format: Format, _ expected: String) throws {
  let bytes = [UInt8](try Data(contentsOf: TestData.root.appendingPathComponent(name)))
  // The fixture really is ZIP64: its end record says "look in the ZIP64 record".
  let end = try #require(bytes.indices.dropLast(21).last { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
  #expect(bytes[end + 10] == 0xFF && bytes[end + 11] == 0xFF)
  let result = Converter.check(bytes: bytes, format: format, source: name)
  let json = try String(contentsOf: TestData.root.appendingPathComponent(expected), encoding: .utf8)
  #expect(result.file.map(SOPJSON.encode) == json, "\(result.diagnostics.map(\.description))")
}
