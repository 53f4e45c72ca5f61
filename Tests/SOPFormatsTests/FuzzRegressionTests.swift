import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Inputs that crashed a reader under `make fuzz`, kept in testdata/hostile/fuzz/<format>/: each
/// must read to a result or to an error diagnostic, through the entry point `sopkit convert` uses.
@Suite struct FuzzRegressionTests {
  static let inputs = Format.allCases.filter(\.isReadable).flatMap { format in
    TestData.files(in: "hostile/fuzz/\(format.rawValue)", withExtension: format.extensions[0])
  }

  @Test(arguments: inputs)
  func aFuzzFindingReadsToAResultOrAnError(_ url: URL) throws {
    let format = try #require(Format.named(url.deletingLastPathComponent().lastPathComponent))
    let checked = Converter.check(bytes: [UInt8](try Data(contentsOf: url)), format: format, source: url.lastPathComponent)
    #expect(checked.file != nil || checked.diagnostics.hasErrors, "\(checked.diagnostics.map(\.description))")
  }

  func read(_ name: String, as format: Format) throws -> ReadResult {
    let url = TestData.root.appendingPathComponent("hostile/fuzz/xlsx/\(name)")
    return Converter.read([UInt8](try Data(contentsOf: url)), format: format, source: "rusak.\(format.rawValue)")
  }

  /// A zip directory that points past the end of the file: ZIPFoundation's in-memory archive
  /// trapped on it (the whole process died); now it is a damaged package, for both zip readers.
  @Test(arguments: [Format.xlsx, .docx])
  func aZipDirectoryPastTheEndIsADamagedPackage(_ format: Format) throws {
    let result = try read("directory-past-end.xlsx", as: format)
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.zipNotAPackage], "\(result.diagnostics.map(\.description))")
  }

  /// ZIP64 sizes near Int.max (no compressed data, so no zip-bomb ratio): their sum overflowed.
  @Test func hugeZIP64SizesAreOverTheLimitNotAnOverflow() throws {
    let result = try read("zip64-size-overflow.xlsx", as: .xlsx)
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.zipLimit], "\(result.diagnostics.map(\.description))")
    #expect(result.diagnostics.first?.message.contains("more than 1 GB") == true)
  }

  /// A part whose deflate stream wants more bytes than the file has: ZIPFoundation's extraction
  /// looped forever at the end of the file; now the part is damaged.
  @Test func aDeflateStreamCutShortIsADamagedPart() throws {
    let result = try read("stream-past-end.xlsx", as: .xlsx)
    #expect(result.file == nil)
    #expect(result.diagnostics.map(\.code) == [.zipLimit], "\(result.diagnostics.map(\.description))")
    #expect(result.diagnostics.first?.message.contains("cannot be unpacked") == true)
  }
}
