import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing
import ZIPFoundation

/// The official workbook: deterministic, read by openpyxl, golden XML parts, and rendered by
/// LibreOffice on the expected pages.
@Suite struct XLSXWriterTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func file(_ url: URL) throws -> SOPFile {
    try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
  }

  static func parts(_ bytes: [UInt8]) throws -> [String: String] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = String(decoding: data, as: UTF8.self)
    }
    return parts
  }

  /// One element per line, so a golden diff shows what changed.
  static func normalise(_ xml: String) -> String {
    xml.replacingOccurrences(of: "><", with: ">\n<") + "\n"
  }

  @Test(arguments: models)
  func theSameSOPGivesTheSameBytes(_ url: URL) throws {
    let file = try Self.file(url)
    #expect(try XLSXWriter.write(file) == XLSXWriter.write(file))
  }

  /// testdata/golden/xlsx/<case>/: the workbook, sheet and drawing parts, one element per line.
  @Test(arguments: models)
  func partsMatchTheirGoldens(_ url: URL) throws {
    let parts = try Self.parts(try XLSXWriter.write(try Self.file(url)))
    let folder = TestData.root.appendingPathComponent("golden/xlsx/\(url.deletingPathExtension().lastPathComponent)")
    let wanted = parts.keys.filter { $0 == "[Content_Types].xml" || $0 == "xl/workbook.xml" || $0.hasPrefix("xl/worksheets/sheet") || $0.hasPrefix("xl/drawings/") }
    if Golden.isUpdating { try? FileManager.default.createDirectory(at: folder.appendingPathComponent("xl/worksheets"), withIntermediateDirectories: true) }
    if Golden.isUpdating { try? FileManager.default.createDirectory(at: folder.appendingPathComponent("xl/drawings"), withIntermediateDirectories: true) }
    let existing = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".xml") }
    #expect(Set(existing) == Set(wanted) || Golden.isUpdating, "the list of parts changed: \(Set(existing).symmetricDifference(wanted).sorted())")
    for path in wanted.sorted() {
      if let failure = Golden.check(Self.normalise(parts[path] ?? ""), against: folder.appendingPathComponent(path)) {
        Issue.record("\(path): \(failure)")
      }
    }
  }

  @Test func everySampleIsReadByOpenpyxl() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var arguments: [String] = []
    for url in Self.models {
      let file = try Self.file(url)
      let name = url.deletingPathExtension().lastPathComponent
      let xlsx = folder.appendingPathComponent("\(name).xlsx")
      try Data(try XLSXWriter.write(file)).write(to: xlsx)
      let flowchart = try #require(file.sops[0].flowcharts.first)
      let expected: [String: Any] = [
        "sheets": (file.sops[0].flowcharts.count == 1 ? ["Identitas", "Prosedur"] : ["Identitas"] + file.sops[0].flowcharts.indices.map { "Prosedur.\($0 + 1)" })
          + ["sopkit-data"],
        "steps": flowchart.steps.map { [$0.nomor, $0.kegiatan] as [Any] },
        "actors": flowchart.pelaksana, "paper": 14,
      ]
      let json = folder.appendingPathComponent("\(name).expected.json")
      try JSONSerialization.data(withJSONObject: expected).write(to: json)
      arguments.append(contentsOf: [xlsx.path, json.path])
    }
    for pair in stride(from: 0, to: arguments.count, by: 2) {
      let result = try #require(try PythonTools.run("check_xlsx.py", [arguments[pair], arguments[pair + 1]]), "no Python with openpyxl: run make venv")
      #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
  }

  /// LibreOffice prints every sample on the pages sopkit planned: one identity page, then the
  /// flowchart pages (page breaks + 1); more pages would mean something spilled over.
  @Test func libreOfficePrintsThePlannedPages() throws {
    guard let soffice = ProcessRunner.which("soffice"), ProcessRunner.which("pdfinfo") != nil else {
      try Test.cancel("LibreOffice (soffice) or poppler-utils (pdfinfo) is not installed; `make deps-render` installs them")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var planned: [String: Int] = [:]
    var inputs: [String] = []
    for url in Self.models {
      let name = url.deletingPathExtension().lastPathComponent
      let bytes = try XLSXWriter.write(try Self.file(url))
      let parts = try Self.parts(bytes)
      // The last sheet is the hidden sopkit data sheet, which is never printed.
      let sheets = parts.keys.filter { $0.hasPrefix("xl/worksheets/sheet") }
        .sorted { Int($0.filter(\.isNumber)) ?? 0 < Int($1.filter(\.isNumber)) ?? 0 }.dropLast()
      planned[name] = sheets.reduce(0) { total, sheet in
        let breaks = parts[sheet]!.components(separatedBy: "<brk ").count - 1
        return total + 1 + breaks
      }
      let path = folder.appendingPathComponent("\(name).xlsx").path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      inputs.append(path)
    }
    let profile = folder.appendingPathComponent("profile").path
    let conversion = try ProcessRunner.run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + inputs)
    #expect(conversion.status == 0, "\(conversion.standardError)")
    for (name, pages) in planned.sorted(by: { $0.key < $1.key }) {
      let info = try ProcessRunner.run(ProcessRunner.which("pdfinfo")!, [folder.appendingPathComponent("\(name).pdf").path])
      #expect(info.standardOutput.contains("Pages:           \(pages)\n"), "\(name): planned \(pages) pages\n\(info.standardOutput)")
      #expect(info.standardOutput.contains("936 x 612 pts"), "\(name): F4 landscape")
      // Every flowchart page repeats the table header.
      if let pdftotext = ProcessRunner.which("pdftotext") {
        for page in 2...max(2, pages) {
          let text = try ProcessRunner.run(pdftotext, ["-f", "\(page)", "-l", "\(page)", folder.appendingPathComponent("\(name).pdf").path, "-"])
          #expect(text.standardOutput.contains("KEGIATAN") && text.standardOutput.contains("MUTU BAKU"), "\(name): page \(page) has no table header")
        }
      }
    }
  }
}
