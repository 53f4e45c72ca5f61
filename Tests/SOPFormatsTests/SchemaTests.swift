import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The published JSON Schema, checked with the reference implementation (Python jsonschema).
@Suite struct SchemaTests {
  static let schema = TestData.packageRoot().appendingPathComponent("schema/sopkit-1.schema.json").path

  private func validate(_ paths: [String]) throws -> ProcessResult {
    let result = try PythonTools.run("validate_schema.py", [Self.schema] + paths)
    return try #require(result, "no Python with jsonschema: run `make venv` (or `make test`), or set SOPKIT_PYTHON")
  }

  @Test func everyJSONFileInTestdataValidates() throws {
    let files = TestData.files(withExtension: "json").map(\.path)
    try #require(!files.isEmpty)
    let result = try validate(files)
    #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    #expect(result.standardOutput.split(separator: "\n").count == files.count)
  }

  @Test func whatSopkitWritesValidates() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var step = Step(nomor: 1, kegiatan: "Menerima berkas", pelaksana: "Petugas", shape: .terminator, flow: .init(next: .end))
    step.mutuBaku = .init(kelengkapan: "Berkas", waktu: Waktu.parse("1-2 hari kerja / 150 siswa"), output: "Berkas diterima")
    step.spans = [.keterangan: 2]
    let sop = SOPDocument(
      identity: Identity(tanggal: .init(pembuatan: SOPDate(day: SOPDate.Day(year: 2021, month: 1, day: 4), raw: nil)), namaSOP: "Uji"),
      flowcharts: [Flowchart(pelaksana: ["Petugas"], steps: [step], totalWaktu: Waktu.parse("35"))])
    let path = folder.appendingPathComponent("uji.json").path
    try OutputFile.write(SOPJSONWriter.write(SOPFile(sops: [sop])), to: path, force: false)
    let result = try validate([path])
    #expect(result.status == 0, "\(result.standardOutput)")
  }

  /// A draft's JSON, with its review list, is valid too.
  @Test func aDraftValidates() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = TestData.root.appendingPathComponent("invalid/kua-rusak.json")
    let conversion = Converter.convert(path: input.path, format: .json, targets: [.json])
    #expect(conversion.outcomes == [.draft])
    let path = folder.appendingPathComponent("draf.json").path
    try OutputFile.write(try #require(conversion.outputs.first).bytes, to: path, force: false)
    let result = try validate([path])
    #expect(result.status == 0, "\(result.standardOutput)")
  }

  @Test func theSchemaRejectsWhatTheReaderRejects() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = try #require(TestData.files(in: "model", withExtension: "json").first)
    let text = try String(contentsOf: sample, encoding: .utf8)
    let broken = text.replacingOccurrences(of: "\"kegiatan\":", with: "\"kegitan\":")
    #expect(broken != text)
    let path = folder.appendingPathComponent("typo.json").path
    try broken.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try validate([path])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("invalid"))
    let read = JSONReader.read(Array(broken.utf8), source: "typo.json")
    #expect(read.file == nil)
    #expect(read.diagnostics.contains { $0.code == .jsonUnknownKey && $0.hint == "did you mean 'kegiatan'?" })
  }
}
