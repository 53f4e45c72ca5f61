import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// Huge inputs (issue 9): refused before they are read when past a limit, with a message that says
/// what to do; a huge text in one cell converts without losing it and without slowing to a crawl.
@Suite struct HugeInputTests {
  static func errorCode(_ body: () throws(ConversionError) -> Void) -> DiagnosticCode? {
    do {
      try body()
      return nil
    } catch {
      return error.diagnostics.first?.code
    }
  }

  /// A 600 MB CSV (a sparse file: no disk is used) is refused from its size, without reading it.
  @Test func aCSVPastTheLimitIsRefusedBeforeReading() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("semua-sop.csv").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("Kode SOP,No,Kegiatan\n".utf8))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 600 << 20)
    try handle.close()
    var message = ""
    do {
      _ = try Converter.check(path: path, format: .csv)
      Issue.record("a 600 MB CSV was read")
    } catch {
      #expect(error.kind == .unreadableInput)
      #expect(error.diagnostics.first?.code == .ioTooLarge)
      message = error.diagnostics.first.map { "\($0.message) \($0.hint ?? "")" } ?? ""
    }
    #expect(message.contains("600 MB") && message.contains("32 MB") && message.contains("--max-input-mb"), "\(message)")
  }

  /// `--max-input-mb` lowers or raises the limit.
  @Test func theLimitCanBeChanged() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = try String(contentsOf: TestData.root.appendingPathComponent("csv/kankemenag-bulk-table.csv"), encoding: .utf8)
    let lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
    // The sample's rows again and again under other keys, to about 1.5 MB.
    var text = String(lines[0]) + "\n"
    var copy = 0
    while text.utf8.count < 1_500_000 {
      copy += 1
      text += sample.dropFirst(lines[0].count + 1).replacingOccurrences(of: "SM-0", with: "SM\(copy)-0")
    }
    let url = folder.appendingPathComponent("banyak.csv")
    try Data(text.utf8).write(to: url)
    var options = Converter.Options()
    options.maximumInputMegabytes = 1
    #expect(Self.errorCode { () throws(ConversionError) in _ = try Converter.check(path: url.path, format: .csv, options: options) } == .ioTooLarge)
    options.maximumInputMegabytes = 2
    let checked = try Converter.check(path: url.path, format: .csv, options: options)
    #expect((checked.file?.sops.count ?? 0) > 100)
  }

  /// A Word file whose document.xml is 74 MB (stored, so no zip-bomb ratio) is refused at that
  /// part: parsing it would take over a gigabyte.
  @Test func anXMLPartPastTheLimitIsRefused() throws {
    guard let python = ProcessRunner.which("python3") else {
      try Test.cancel("python3 is not installed")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("besar.docx").path
    let script = """
      import sys, zipfile
      row = '<w:tr><w:tc><w:p><w:r><w:t>Menerima berkas</w:t></w:r></w:p></w:tc></w:tr>'
      body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>' + row * 1000000 + '</w:tbl></w:body></w:document>'
      with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_STORED) as z:
          z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
          z.writestr('word/document.xml', body)
      """
    let made = try ProcessRunner.run(python, ["-c", script, path])
    try #require(made.status == 0, "\(made.standardError)")
    let result = Converter.check(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), format: .docx, source: "besar.docx")
    let error = try #require(result.diagnostics.first { $0.severity == .error })
    #expect(error.code == .zipLimit && error.message.contains("64 MB"), "\(error)")
    #expect(error.location?.part == "word/document.xml")
  }

  /// One Kegiatan of 1 MB: the workbook shows the first 32,767 characters (Excel's cell limit)
  /// with a warning and reads back whole from its data; the preview ends the cell with "…"
  /// instead of drawing a megabyte of text.
  @Test func aMegabyteInOneCellConvertsWithoutLosingIt() throws {
    let url = TestData.root.appendingPathComponent("model/pemda-kelurahan-surat-masuk.json")
    var file = try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: "pemda.json").file)
    let long = String(String(repeating: "Memeriksa berkas permohonan dengan teliti ", count: 25_000).prefix(1_000_000))
    file.sops[0].flowcharts[0].steps[1].kegiatan = long

    let warnings = XLSXWriter.warnings(file, source: "pemda.json")
    #expect(warnings.map(\.code) == [.xlsxCellTruncated])
    #expect(warnings.first?.location?.path == "$.sops[0].flowcharts[0].steps[1].kegiatan")
    let workbook = try XLSXWriter.write(file)
    let sheet = try #require(try XLSXWriterTests.parts(workbook)["xl/sharedStrings.xml"])
    #expect(sheet.contains("teliti Memeriksa") && sheet.contains("…</t>"), "the cell holds the beginning and the cut mark")
    let read = Converter.check(bytes: workbook, format: .xlsx, source: "pemda.xlsx")
    #expect(read.file?.sops[0].flowcharts[0].steps[1].kegiatan == long, "\(read.diagnostics.map(\.description))")
    #expect(!read.diagnostics.contains { $0.code == .xlsxEditedCell })

    let svg = String(decoding: SVGWriter.write(file), as: UTF8.self)
    #expect(svg.utf8.count < 200_000 && svg.contains(" …</tspan>"))
    let docx = DOCXReader.read(try DOCXWriter.write(file), source: "pemda.docx")
    #expect(docx.file?.sops[0].flowcharts[0].steps[1].kegiatan == long)
  }
}
