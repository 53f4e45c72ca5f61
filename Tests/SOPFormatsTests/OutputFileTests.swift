import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

@Suite struct OutputFileTests {
  @Test func writesIntoNewFoldersAndLeavesNoTemporaryFiles() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("a/b/out.json").path
    try OutputFile.write(Array("{}\n".utf8), to: path, force: false)
    #expect(FileManager.default.contents(atPath: path) == Data("{}\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path) == ["out.json"])
  }

  @Test func neverReplacesAFileWithoutForce() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.json").path
    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      try OutputFile.write(Array("new".utf8), to: path, force: false)
    } throws: { error in
      (error as? ConversionError)?.kind == .output && (error as? ConversionError)?.diagnostics.first?.code == .ioOutputExists
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    try OutputFile.write(Array("new".utf8), to: path, force: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
  }

  @Test func reportsAFolderItCannotWriteTo() throws {
    #expect {
      try OutputFile.write(Array("x".utf8), to: "/proc/sopkit-cannot-write/out.json", force: false)
    } throws: { error in
      (error as? ConversionError)?.diagnostics.first?.code == .ioCannotWrite
    }
  }
}
