import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The Word document: deterministic, opened by python-docx, signing tokens intact, and printed by
/// LibreOffice on landscape pages with the flowchart.
@Suite struct DOCXWriterTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func file(_ url: URL) throws -> SOPFile {
    try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
  }

  @Test(arguments: models)
  func theSameSOPGivesTheSameBytes(_ url: URL) throws {
    let file = try Self.file(url)
    #expect(try DOCXWriter.write(file) == DOCXWriter.write(file))
    #expect(DOCXWriter.writeFlat(file) == DOCXWriter.writeFlat(file))
  }

  /// testdata/golden/docx/<case>/: every part of the basah document, one element per line.
  @Test(arguments: models)
  func partsMatchTheirGoldens(_ url: URL) throws {
    let parts = try XLSXWriterTests.parts(try DOCXWriter.write(try Self.file(url)))
    let folder = TestData.root.appendingPathComponent("golden/docx/\(url.deletingPathExtension().lastPathComponent)")
    for path in parts.keys.sorted() where path.hasSuffix(".xml") {
      let target = folder.appendingPathComponent(path)
      if Golden.isUpdating { try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true) }
      if let failure = Golden.check(XLSXWriterTests.normalise(parts[path] ?? ""), against: target) { Issue.record("\(path): \(failure)") }
    }
  }

  @Test(arguments: models)
  func srikandiTokensAppearOnceEachInOneRun(_ url: URL) throws {
    let bytes = try DOCXWriter.write(try Self.file(url), options: .init(mode: .srikandi))
    // verify-signing accepts it, as SRIKANDI would.
    #expect(try SigningCheck.check(bytes, source: url.lastPathComponent).diagnostics.isEmpty)
    let parts = try XLSXWriterTests.parts(bytes)
    let document = try #require(parts["word/document.xml"])
    for token in ["${nomor_naskah}", "${tanggal_naskah}", "${jabatan_pengirim}", "${ttd_pengirim}", "${nama_pengirim}", "${nip_pengirim}"] {
      #expect(document.components(separatedBy: token).count - 1 == 1, "\(token) once")
      // One unbroken run: the token sits inside a single w:t.
      #expect(document.contains(">\(token)</w:t>") || document.contains(">NIP. \(token)</w:t>"), "\(token) in one w:t")
    }
    let tte = try XLSXWriterTests.parts(try DOCXWriter.write(try Self.file(url), options: .init(mode: .tteKemenag)))["word/document.xml"] ?? ""
    #expect(tte.components(separatedBy: ">^</w:t>").count - 1 == 1, "one ^ anchor")
    #expect(!tte.contains("${"))
  }

  /// The signed identity page stays one page: the long Kanwil SOP's lists are set at 8 pt in the
  /// electronic modes (which keep 1.5 cm free for the footer), the short SOPs keep the style's 9 pt.
  @Test func longListsAreSetSmallerSoTheIdentityPageStaysOnePage() throws {
    func listSizes(_ name: String, _ mode: SigningMode) throws -> Set<String> {
      let url = TestData.root.appendingPathComponent("model/\(name).json")
      let document = try XLSXWriterTests.parts(try DOCXWriter.write(try Self.file(url), options: .init(mode: mode)))["word/document.xml"] ?? ""
      let sizes = document.components(separatedBy: "<w:sz w:val=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
      return Set(sizes)
    }
    // 7 pt: the signature block keeps 2.75 cm around ${ttd_pengirim} (sop-ap-format §9.1).
    #expect(try listSizes("kanwil-layanan-ptsp-panjang", .srikandi) == ["14"])
    #expect(try listSizes("kankemenag-surat-masuk", .srikandi).isEmpty)
    #expect(try listSizes("pemda-kelurahan-surat-masuk", .basah).isEmpty)
  }

  /// The Word XML file carries the same parts as the package. (LibreOffice 7.4 has no import filter
  /// for Flat OPC, so it is checked here against the package rather than printed.)
  @Test(arguments: models)
  func theWordXMLFileHoldsTheSameParts(_ url: URL) throws {
    let file = try Self.file(url)
    let parts = try XLSXWriterTests.parts(try DOCXWriter.write(file))
    let flat = String(decoding: DOCXWriter.writeFlat(file), as: UTF8.self)
    #expect(flat.hasPrefix("<?xml") && flat.contains("<?mso-application progid=\"Word.Document\"?>"))
    for (path, xml) in parts where path != "[Content_Types].xml" {
      #expect(flat.contains("pkg:name=\"/\(path)\""), "\(path)")
      let body = xml.hasPrefix("<?xml") ? String(xml[xml.index(after: xml.firstIndex(of: "\n")!)...]) : xml
      #expect(flat.contains(body), "\(path) content")
    }
    #expect(XMLCheck.isWellFormed(Array(flat.utf8)))
  }

  @Test func pythonDocxOpensEverySample() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for url in Self.models {
      let file = try Self.file(url)
      let path = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".docx").path
      try Data(try DOCXWriter.write(file)).write(to: URL(fileURLWithPath: path))
      let steps = file.sops[0].flowcharts.reduce(0) { max($0, $1.steps.count) }
      let result = try #require(try PythonTools.run("check_docx.py", [path, String(steps)]), "no Python with python-docx: run make venv")
      #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
  }

  /// LibreOffice turns the .docx and the Word XML into landscape PDFs with the flowchart pages,
  /// and in srikandi mode the tokens are in the printed text.
  @Test func libreOfficePrintsTheDocuments() throws {
    guard let soffice = ProcessRunner.which("soffice"), let pdfinfo = ProcessRunner.which("pdfinfo"), let pdftotext = ProcessRunner.which("pdftotext") else {
      try Test.cancel("LibreOffice or poppler-utils is not installed; `make deps-render` installs them")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var inputs: [String] = []
    // LibreOffice 7.4 has no Flat OPC import: the Word XML file is unpacked by an independent
    // script (tools/flat_opc_to_docx.py) and printed beside the .docx, which it must match.
    let python = ProcessRunner.which("python3")
    for url in Self.models {
      let name = url.deletingPathExtension().lastPathComponent
      let file = try Self.file(url)
      try Data(try DOCXWriter.write(file, options: .init(mode: .srikandi))).write(to: folder.appendingPathComponent("\(name).docx"))
      inputs.append(folder.appendingPathComponent("\(name).docx").path)
      if let python {
        let flat = folder.appendingPathComponent("\(name).xml")
        try Data(DOCXWriter.writeFlat(file, options: .init(mode: .srikandi))).write(to: flat)
        let unpacked = folder.appendingPathComponent("\(name)-wordxml.docx").path
        let unpack = try ProcessRunner.run(python, [TestData.packageRoot().appendingPathComponent("tools/flat_opc_to_docx.py").path, flat.path, unpacked])
        #expect(unpack.status == 0, "\(unpack.standardError)")
        inputs.append(unpacked)
      }
    }
    let run = try ProcessRunner.run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + inputs)
    #expect(run.status == 0, "\(run.standardError)")
    for url in Self.models {
      let name = url.deletingPathExtension().lastPathComponent
      let file = try Self.file(url)
      for pdf in ["\(name).pdf"] {
        let info = try ProcessRunner.run(pdfinfo, [folder.appendingPathComponent(pdf).path])
        #expect(info.standardOutput.contains("936 x 612 pts"), "\(pdf): F4 landscape\n\(info.standardOutput)\(info.standardError)")
        let pages = Int(info.standardOutput.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        // One identity page per SOP, then the flowchart pages where the workbook and the SVG
        // preview break them (the shared ProcedureTable).
        let flowchartPages = file.sops.flatMap(\.flowcharts).reduce(0) { $0 + ProcedureTable($1, setup: PageSetup()).layout.pages.count }
        #expect(pages == file.sops.count + flowchartPages, "\(pdf): \(pages) pages, the workbook prints \(file.sops.count) identity and \(flowchartPages) flowchart pages")
      }
      let text = try ProcessRunner.run(pdftotext, [folder.appendingPathComponent("\(name).pdf").path, "-"]).standardOutput
      #expect(text.contains("${nomor_naskah}") && text.contains("${ttd_pengirim}") && text.contains("NIP. ${nip_pengirim}"), "\(name): tokens printed")
      #expect(text.contains("KEGIATAN") && text.contains("MUTU BAKU"))
      if python != nil {
        let flatText = try ProcessRunner.run(pdftotext, [folder.appendingPathComponent("\(name)-wordxml.pdf").path, "-"]).standardOutput
        #expect(flatText == text, "\(name): the Word XML file prints as the .docx does")
      }
    }
  }
}
