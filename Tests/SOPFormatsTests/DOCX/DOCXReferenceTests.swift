import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing
import ZIPFoundation

/// The reference document: the template as embedded, `sopkit template docx`'s export, and Word
/// output whose styles come from an edited copy (`--reference-doc`).
@Suite struct DOCXReferenceTests {
  static let sample = TestData.root.appendingPathComponent("model/kua-pendaftaran-nikah.json")

  /// The package's parts in archive order (path, text).
  static func entries(_ bytes: [UInt8]) throws -> [(path: String, text: String)] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    return try archive.map { entry in
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      return (entry.path, String(decoding: data, as: UTF8.self))
    }
  }

  /// A package of `entries`, in that order.
  static func zip(_ entries: [(path: String, text: String)]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in entries {
      let data = Data(text.utf8)
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return [UInt8](try #require(archive.data))
  }

  /// The exported reference document with its styles part changed by `edit`.
  static func editedReference(_ edit: (String) -> String) throws -> [UInt8] {
    try zip(try entries(try DOCXTemplate.write()).map { $0.path == "word/styles.xml" ? ($0.path, edit($0.text)) : $0 })
  }

  /// `xml` with the `w:style` element of `id` changed by `edit`.
  static func style(_ id: String, in xml: String, _ edit: (String) -> String) -> String {
    guard let start = xml.range(of: "w:styleId=\"\(id)\""), let end = xml.range(of: "</w:style>", range: start.upperBound..<xml.endIndex) else { return xml }
    let open = xml.range(of: "<w:style ", options: .backwards, range: xml.startIndex..<start.lowerBound)?.lowerBound ?? start.lowerBound
    return xml.replacingCharacters(in: open..<end.upperBound, with: edit(String(xml[open..<end.upperBound])))
  }

  static func parts(_ reference: [UInt8]?, mode: SigningMode = .basah) throws -> [String: String] {
    let file = try DOCXWriterTests.file(sample)
    let options = DOCXWriter.Options(mode: mode, reference: try reference.map { try DOCXReference(bytes: $0, source: "acuan.docx") })
    return try XLSXWriterTests.parts(try DOCXWriter.write(file, options: options))
  }

  @Test func theEmbeddedTemplateIsTemplatesDocx() throws {
    let folder = TestData.packageRoot().appendingPathComponent("Templates/docx")
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    var onDisk: [String: String] = [:]
    while let url = enumerator?.nextObject() as? URL {
      guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
      onDisk[String(url.path.dropFirst(folder.path.count + 1))] = try String(contentsOf: url, encoding: .utf8)
    }
    let embedded = Dictionary(uniqueKeysWithValues: DOCXTemplate.files.map { ($0.path, $0.text) })
    #expect(onDisk.keys.sorted() == embedded.keys.sorted(), "run `make templates` after changing Templates/docx/")
    for (path, text) in onDisk { #expect(embedded[path] == text, "\(path) differs from the embedded copy: run `make templates`") }
  }

  @Test func theReferenceDocumentIsDeterministicAndDefinesEveryStyleTheOutputUses() throws {
    let bytes = try DOCXTemplate.write()
    #expect(try DOCXTemplate.write() == bytes)
    let reference = Dictionary(uniqueKeysWithValues: try Self.entries(bytes).map { ($0.path, $0.text) })
    let styles = try #require(reference["word/styles.xml"])
    #expect(!styles.contains("<!--"))
    for url in DOCXWriterTests.models {
      for mode in SigningMode.allCases {
        let parts = try XLSXWriterTests.parts(try DOCXWriter.write(try DOCXWriterTests.file(url), options: .init(mode: mode)))
        #expect(parts["word/styles.xml"] == styles, "the output's styles are the reference document's")
        let document = try #require(parts["word/document.xml"])
        for match in document.matches(of: /<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/) {
          #expect(styles.contains("w:styleId=\"\(match.1)\""), "\(match.1) is used but not defined")
        }
        #expect(!document.contains("<w:rFonts") && !document.contains("<w:b/>") && !document.contains("<w:tblBorders"), "no direct formatting")
      }
    }
  }

  @Test func anUneditedReferenceGivesTheSameDocument() throws {
    let file = try DOCXWriterTests.file(Self.sample)
    let reference = try DOCXReference(bytes: try DOCXTemplate.write(), source: "acuan.docx")
    #expect(try DOCXWriter.write(file, options: .init(reference: reference)) == DOCXWriter.write(file))
    #expect(DOCXWriter.writeFlat(file, options: .init(reference: reference)) == DOCXWriter.writeFlat(file))
  }

  @Test(arguments: SigningMode.allCases)
  func anEditedStyleChangesTheStylesPartAndNothingElse(_ mode: SigningMode) throws {
    let edited = try Self.editedReference { xml in
      Self.style("SOPTeks", in: xml) { $0.replacingOccurrences(of: "\"Arial\"", with: "\"Times New Roman\"") }
    }
    let plain = try Self.parts(nil, mode: mode)
    let changed = try Self.parts(edited, mode: mode)
    #expect(plain.keys.sorted() == changed.keys.sorted())
    for (path, xml) in plain where path != "word/styles.xml" { #expect(changed[path] == xml, "\(path) changed") }
    let styles = try #require(changed["word/styles.xml"])
    #expect(styles != plain["word/styles.xml"])
    #expect(Self.style("SOPTeks", in: styles) { $0.contains("Times New Roman") ? "FOUND" : $0 }.contains("FOUND"))
    #expect(styles.components(separatedBy: "Times New Roman").count - 1 == 3, "only SOP Teks changed")
  }

  @Test func aStyleTheReferenceLacksKeepsItsDefault() throws {
    // SOP Kop removed: the output is as without a reference document.
    let withoutKop = try Self.editedReference { xml in Self.style("SOPKop", in: xml) { _ in "" } }
    #expect(try Self.parts(withoutKop) == Self.parts(nil))
    // A reference with its own Normal and none of the SOP styles (another office's letter
    // template): its styles are kept, and every SOP style is added.
    let foreign = try Self.editedReference { _ in
      #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style"/><w14:ligatures w14:val="none"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Surat"><w:name w:val="Surat"/></w:style></w:styles>"#
    }
    let styles = try #require(try Self.parts(foreign)["word/styles.xml"])
    #expect(styles.contains("Bookman Old Style") && styles.contains("w:styleId=\"Surat\"") && !styles.contains("w14"))
    let defaults = try #require(try Self.parts(nil)["word/styles.xml"])
    for match in defaults.matches(of: /w:styleId="([^"]+)"/) { #expect(styles.contains("w:styleId=\"\(match.1)\""), "\(match.1)") }
    #expect(styles.contains("<w:docDefaults>"), "the template's document defaults fill in")
    #expect(XMLCheck.isWellFormed(Array(styles.utf8)))
  }

  @Test func aFileThatIsNotAWordDocumentIsRefused() throws {
    let xlsx = try XLSXWriter.write(try DOCXWriterTests.file(Self.sample))
    for (bytes, message) in [(Array("%PDF-1.4\n".utf8), "not a Word document"), (xlsx, "no Word styles part")] {
      do {
        _ = try DOCXReference(bytes: bytes, source: "acuan.pdf")
        Issue.record("accepted a file that is not a Word document")
      } catch {
        #expect(error.kind == .unreadableInput)
        #expect(error.diagnostics.first?.code == .docxBadReference)
        #expect(error.diagnostics.first?.message.contains(message) == true, "\(error.diagnostics)")
      }
    }
  }

  /// Electronic modes keep the foot of the signature page free (sop-ap-format §9.2): the identity
  /// page is a section whose bottom margin is 42.5 pt larger; basah has one section only.
  @Test(arguments: SigningMode.allCases)
  func theSignaturePageKeepsItsFootFree(_ mode: SigningMode) throws {
    let sop = try DOCXWriterTests.file(Self.sample).sops[0]
    let file = SOPFile(sops: [sop, sop])
    let document = try #require(try XLSXWriterTests.parts(try DOCXWriter.write(file, options: .init(mode: mode)))["word/document.xml"])
    let bottoms = document.matches(of: /w:bottom="(\d+)"/).map { String($0.1) }
    #expect(bottoms == (mode == .basah ? ["1020"] : ["1870", "1020", "1870", "1020"]))
  }

  @Test func pythonDocxOpensTheReferenceAndWhatIsMadeWithIt() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let reference = folder.appendingPathComponent("acuan.docx")
    try Data(try DOCXTemplate.write()).write(to: reference)
    let result = try #require(try PythonTools.run("check_docx_styles.py", [reference.path, "--samples"]), "no Python with python-docx: run make venv")
    #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    let edited = try Self.editedReference { xml in
      Self.style("SOPTeks", in: xml) { $0.replacingOccurrences(of: "\"Arial\"", with: "\"Times New Roman\"") }
    }
    let file = try DOCXWriterTests.file(Self.sample)
    let output = folder.appendingPathComponent("sop.docx")
    try Data(try DOCXWriter.write(file, options: .init(mode: .srikandi, reference: try DOCXReference(bytes: edited, source: "acuan.docx")))).write(to: output)
    for (script, arguments) in [("check_docx_styles.py", ["--font", "Times New Roman"]), ("check_docx.py", [String(file.sops[0].flowcharts[0].steps.count)])] {
      let run = try #require(try PythonTools.run(script, [output.path] + arguments))
      #expect(run.status == 0, "\(script): \(run.standardOutput)\(run.standardError)")
    }
  }
}
