import Foundation
import SOPModel
import SOPTestSupport
import Testing

@testable import SOPFormats

/// The one pipeline (`Converter.convert`) that `convert`, batches and `serve` share: every SOP read
/// ends complete or a draft with its review list, every input that gives none is unreadable with
/// its reason, and every signing document holds one SOP.
@Suite struct PipelineTests {
  static func convert(_ path: String, _ targets: [Format], options: Converter.Options = Converter.Options()) throws -> Conversion {
    let url = TestData.root.appendingPathComponent(path)
    return Converter.convert(bytes: [UInt8](try Data(contentsOf: url)), format: try Converter.inputFormat(for: url.path, given: nil), source: url.lastPathComponent, targets: targets, options: options)
  }

  /// A legacy Word SOP whose decision diamond has no arrows drawn (testdata/docx/draft/: the
  /// LibreOffice-saved penelitian document with its connectors removed by tools/strip-connectors.py).
  /// Everything else in it was read right, so the SOP is a draft, not a refusal: the JSON keeps
  /// every step, and the review list names the one thing to fix, in Indonesian, with its place.
  @Test func aWordSOPWithoutArrowsIsADraftWithOneReviewItem() throws {
    let conversion = try Self.convert("docx/draft/tanpa-panah-libreoffice.docx", [.json, .xlsx, .docx])
    #expect(conversion.outcomes == [.draft])
    let sop = try #require(conversion.file?.sops.first)
    #expect(sop.flowcharts.first?.steps.count == 5)
    #expect(sop.review.count == 1)
    let item = try #require(sop.review.first)
    #expect(item.code == "model.decision-missing-exit" && item.severity == .error)
    #expect(item.message.contains("Keputusan") && item.place.hasPrefix("tabel ke-3, baris 5") && item.path == "$.sops[0].flowcharts[0].steps[2].tidak")
    // The content is that of the same document with its arrows: only the missing Tidak differs.
    var expected = try #require(JSONReader.read(Array(try Data(contentsOf: TestData.root.appendingPathComponent("docx/penelitian-libreoffice.json"))), source: "p.json").file)
    expected.sops[0].flowcharts[0].steps[2].flow.tidak = nil
    expected.sops[0].review = sop.review
    #expect(conversion.file == expected)
    // JSON: written, with the review list. XLSX: the fill-in template. DOCX: withheld.
    let json = try #require(conversion.outputs.first { $0.format == .json })
    #expect(String(decoding: json.bytes, as: UTF8.self).contains("\"review\": ["))
    #expect(conversion.outputs.first { $0.format == .xlsx }?.kind == .fillInTemplate)
    #expect(!conversion.outputs.contains { $0.format == .docx })
    #expect(conversion.withheld.map(\.format) == [.docx] && conversion.withheld[0].diagnostic.code == .outputDraftWithheld)
    // The JSON reads back to the same draft, review list included.
    #expect(JSONReader.read(json.bytes, source: "draft.json").file == conversion.file)
  }

  /// `--draft`: the signing documents of a draft are written, marked as drafts.
  @Test func aDraftIsWrittenForSigningOnlyWhenAsked() throws {
    var options = Converter.Options()
    options.writeDrafts = true
    let conversion = try Self.convert("docx/draft/tanpa-panah-libreoffice.docx", [.xlsx, .docx, .wordxml], options: options)
    #expect(conversion.outputs.map(\.format) == [.xlsx, .docx, .wordxml])
    #expect(conversion.outputs.allSatisfy { $0.kind == .markedDraft })
    #expect(conversion.withheld.isEmpty)
  }

  /// A file with two SOPs gives one Word document per SOP, each with every SRIKANDI token once,
  /// and one JSON holding both.
  @Test func eachSOPIsItsOwnSigningDocument() throws {
    var options = Converter.Options()
    options.docx.mode = .srikandi
    let conversion = try Self.convert("docx/dua-sop-libreoffice.docx", [.json, .docx], options: options)
    #expect(conversion.outcomes == [.complete, .complete])
    let documents = conversion.outputs.filter { $0.format == .docx }
    #expect(documents.map(\.sopIndex) == [0, 1] && documents.map { $0.fileName(stem: "dua") } == ["dua-1.docx", "dua-2.docx"])
    #expect(conversion.outputs.filter { $0.format == .json }.count == 1)
    for (index, document) in documents.enumerated() {
      let text = String(decoding: try #require(try ZipPackage(document.bytes, source: "d.docx").data("word/document.xml")), as: UTF8.self)
      for token in ["${nomor_naskah}", "${tanggal_naskah}", "${jabatan_pengirim}", "${ttd_pengirim}", "${nama_pengirim}", "${nip_pengirim}"] {
        #expect(text.components(separatedBy: token).count == 2, "\(token) once in document \(index + 1)")
      }
      let read = try #require(DOCXReader.read(document.bytes, source: "d.docx").file)
      #expect(read.sops == [conversion.file!.sops[index]])
    }
  }

  /// An input that gives no SOP is unreadable, with the reason.
  @Test func aFileThatGivesNoSOPIsUnreadableWithItsReason() throws {
    let conversion = try Self.convert("hostile/pdf-named-xlsx.xlsx", [.json])
    #expect(conversion.isUnreadable && conversion.outputs.isEmpty)
    #expect(conversion.unreadableReason?.code == .zipNotAPackage)
  }

  /// The 65-SOP Arumanis document whose flowcharts are pictures: 65 drafts, each with its steps.
  @Test func thePictureFlowchartDocumentGives65Drafts() throws {
    let url = RealFixtureImportTests.folder.appendingPathComponent("arumanis/sop-penggunaan-arumanis-c454fc3.docx")
    guard FileManager.default.fileExists(atPath: url.path) else {
      try Test.cancel("\(url.path) is not here (the real fixtures live outside the repository)")
    }
    let conversion = Converter.convert(path: url.path, format: .docx, targets: [.json, .xlsx, .docx])
    #expect(conversion.outcomes.count == 65 && conversion.outcomes.allSatisfy { $0 == .draft })
    #expect(conversion.file?.sops.flatMap(\.flowcharts).map(\.steps.count).reduce(0, +) == 271)
    #expect(conversion.file?.sops.allSatisfy { $0.review.contains { $0.code == "import.flowchart-picture" } } == true)
    #expect(conversion.outputs.filter { $0.kind == .fillInTemplate }.count == 65)
    #expect(conversion.withheld.count == 65)
  }

  /// Two inputs never share an output, by construction: names differing only in case or by a
  /// `-digits` suffix (which a multi-SOP input's outputs use) keep their extension.
  @Test func outputStemsNeverClash() {
    #expect(BatchPlan.outputStems(["legalisir.docx", "legalisir.xlsx", "nikah.csv"]) == ["legalisir.docx", "legalisir.xlsx", "nikah"])
    #expect(BatchPlan.outputStems(["dua.docx", "dua-1.json", "dua-x.json"]) == ["dua.docx", "dua-1.json", "dua-x"])
    #expect(BatchPlan.outputStems(["A.docx", "a.csv"]) == ["A.docx", "a.csv"])
    #expect(BatchPlan.outputStems(["sub/a.docx", "a.docx"]) == ["sub/a", "a"])
    // A stem that still clashes after keeping its extension gets a number.
    #expect(BatchPlan.outputStems(["a.docx", "a.docx.csv", "a.xlsx"]) == ["a.docx", "a.docx~2", "a.xlsx"])
  }

  /// Skipped files are told what sopkit reads, from the registry, never called a Word XML file.
  @Test func skipReasonsAreTrue() {
    #expect(Format.skipReason("x/[Content_Types].xml").message == "'[Content_Types].xml' is not an SOP file sopkit reads (it reads json, csv, tsv, xlsx, xlsm, docx, doc)")
    #expect(Format.skipReason("x/catatan.txt").message.hasPrefix("'catatan.txt' is not an SOP file"))
  }
}
