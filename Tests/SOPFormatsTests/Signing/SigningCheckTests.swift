import Foundation
@testable import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// verify-signing (issue 19, part 3) on sopkit's own signing outputs, which it must accept, and on
/// outputs broken the way people and Word break them, which it must reject with the code and a
/// place to look.
@Suite struct SigningCheckTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func file(_ url: URL) throws -> SOPFile {
    try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
  }

  static func kua() throws -> SOPFile {
    try file(try #require(models.first { $0.lastPathComponent == "kua-pendaftaran-nikah.json" }))
  }

  static func docx(_ file: SOPFile, _ mode: SigningMode, marker: Character = "^", room: SignatureRoom = SignatureRoom()) throws -> [UInt8] {
    var options = DOCXWriter.Options(mode: mode, signature: room)
    options.marker = marker
    return try DOCXWriter.write(file, options: options)
  }

  static func flat(_ file: SOPFile, _ mode: SigningMode) -> String {
    String(decoding: DOCXWriter.writeFlat(file, options: DOCXWriter.Options(mode: mode)), as: UTF8.self)
  }

  static func check(_ bytes: [UInt8], _ options: SigningCheck.Options = SigningCheck.Options()) throws -> SigningCheck.Report {
    try SigningCheck.check(bytes, source: "sop", options: options)
  }

  static func check(_ text: String, _ options: SigningCheck.Options = SigningCheck.Options()) throws -> SigningCheck.Report {
    try check(Array(text.utf8), options)
  }

  /// `bytes` (a .docx) with `edit` applied to its word/document.xml.
  static func editingDocument(_ bytes: [UInt8], _ edit: (String) -> String) throws -> [UInt8] {
    let package = try ZipPackage(bytes, source: "sop.docx")
    let parts = try package.names.map { name in
      let data = try #require(try package.data(name))
      return (path: name, data: name == DOCXDocument.mainPart ? Data(edit(String(decoding: data, as: UTF8.self)).utf8) : data)
    }
    return try PackageWriter.zip(parts, what: "test package")
  }

  static func codes(_ report: SigningCheck.Report) -> [String] { report.diagnostics.map(\.code.id) }

  // MARK: sopkit's own outputs are accepted

  /// Every testdata SOP in Word (.docx and Word XML) in each mode, and in PDF for TTE (`^` and
  /// `#`) and basah: ready to sign, told in the mode it was written in.
  @Test(arguments: models)
  func sopkitsOwnOutputsAreReady(_ url: URL) throws {
    let file = try Self.file(url)
    let name = url.lastPathComponent
    for mode in SigningMode.allCases {
      for (kind, bytes) in [("docx", try Self.docx(file, mode)), ("wordxml", DOCXWriter.writeFlat(file, options: DOCXWriter.Options(mode: mode)))] {
        let report = try Self.check(bytes)
        #expect(report.isReady, "\(name) \(kind) \(mode): \(report.diagnostics)")
        #expect(report.mode == mode && report.blocks == file.sops.count, "\(name) \(kind) \(mode): read as \(report.mode), \(report.blocks) blocks")
      }
    }
    for (mode, marker) in [(SigningMode.tteKemenag, Character("^")), (.tteKemenag, "#"), (.basah, "^")] {
      guard mode == .basah || file.sops.allSatisfy({ PDFWriter.markerPlaces(marker, in: $0).isEmpty }) else { continue }
      let pdf = try PDFWriter.write(file, options: PDFWriter.Options(mode: mode, marker: marker))
      let told = try Self.check(pdf)
      #expect(told.isReady, "\(name) pdf \(mode) '\(marker)': \(told.diagnostics)")
      #expect(told.mode == mode && told.blocks == file.sops.count, "\(name) pdf: read as \(told.mode), \(told.blocks) blocks")
      if mode == .tteKemenag {
        #expect(told.marker == marker)
        #expect(try Self.check(pdf, SigningCheck.Options(mode: mode, marker: marker)).isReady)
      }
    }
  }

  /// Two SOPs in one document: two blocks, each token and marker once per block.
  @Test func twoSOPsHaveTwoBlocks() throws {
    var file = try Self.kua()
    file.sops.append(file.sops[0])
    for mode in SigningMode.allCases {
      let report = try Self.check(try Self.docx(file, mode))
      #expect(report.isReady && report.blocks == 2, "\(mode): \(report.diagnostics)")
    }
    let pdf = try Self.check(try PDFWriter.write(file, options: PDFWriter.Options(mode: .tteKemenag)))
    #expect(pdf.isReady && pdf.blocks == 2, "\(pdf.diagnostics)")
  }

  // MARK: Word documents that SRIKANDI or TTE cannot sign

  /// `${ttd_pengirim}` split over two runs, as Word leaves it after an edit: rejected, with the
  /// part, the paragraph and the first run; the same in Word XML.
  @Test func tokenSplitOverRunsIsRejected() throws {
    let file = try Self.kua()
    let whole = #"<w:t xml:space="preserve">${ttd_pengirim}</w:t>"#
    let split = #"<w:t xml:space="preserve">${ttd_</w:t></w:r><w:r><w:t xml:space="preserve">pengirim}</w:t>"#
    let docx = try Self.editingDocument(try Self.docx(file, .srikandi)) { text in
      #expect(text.contains(whole))
      return text.replacingOccurrences(of: whole, with: split)
    }
    let flat = Self.flat(file, .srikandi)
    #expect(flat.contains(whole))
    for report in [try Self.check(docx), try Self.check(flat.replacingOccurrences(of: whole, with: split))] {
      #expect(!report.isReady && report.mode == .srikandi)
      let diagnostic = try #require(report.diagnostics.first { $0.code == .signingTokenSplit }, "\(report.diagnostics)")
      #expect(diagnostic.arguments["token"] == "${ttd_pengirim}" && diagnostic.arguments["runs"] == "2")
      #expect(diagnostic.location?.part == "word/document.xml")
      let context = try #require(diagnostic.location?.context)
      #expect(context.hasPrefix("paragraph ") && context.contains(":run "), "\(context)")
      #expect(diagnostic.location?.indonesianDescription.contains("paragraf ke-") == true)
    }
  }

  /// A token written twice: rejected as repeated, at the second.
  @Test func repeatedTokenIsRejected() throws {
    let flat = Self.flat(try Self.kua(), .srikandi).replacingOccurrences(of: "NIP. ${nip_pengirim}", with: "NIP. ${nip_pengirim} ${nip_pengirim}")
    let report = try Self.check(flat)
    #expect(Self.codes(report) == ["signing.token-repeated"])
    #expect(report.diagnostics.first?.arguments["count"] == "2")
  }

  /// `{nama_pengirim}` without its `$`: a broken placeholder (with the token it should be), and
  /// the token missing.
  @Test func brokenPlaceholderIsRejected() throws {
    let flat = Self.flat(try Self.kua(), .srikandi).replacingOccurrences(of: "${nama_pengirim}", with: "{nama_pengirim}")
    let report = try Self.check(flat)
    #expect(Set(Self.codes(report)) == ["signing.placeholder-broken", "signing.token-missing"])
    let broken = try #require(report.diagnostics.first { $0.code == .signingPlaceholderBroken })
    #expect(broken.arguments["expected"] == "${nama_pengirim}")
  }

  /// A SRIKANDI document checked as basah: its tokens would be printed; each is reported once.
  @Test func tokensInAnotherModeAreLeftOver() throws {
    let report = try Self.check(try Self.docx(try Self.kua(), .srikandi), SigningCheck.Options(mode: .basah))
    #expect(report.diagnostics.filter { $0.code == .signingTokenLeftover }.count == 6)
    // `${ttd_pengirim}` is no room for a wet signature either.
    #expect(Set(Self.codes(report)) == ["signing.token-leftover", "signing.no-room"])
  }

  /// A room lower than asked (1.5 cm written, 2.5 cm asked) is rejected; asked for 1.5 cm, accepted.
  @Test func lowRoomIsRejected() throws {
    let bytes = try Self.docx(try Self.kua(), .basah, room: SignatureRoom(heightCM: 1.5))
    let report = try Self.check(bytes)
    #expect(Self.codes(report) == ["signing.no-room"])
    // In Indonesian with a decimal comma, in English with a point.
    let diagnostic = try #require(report.diagnostics.first)
    #expect(diagnostic.message(in: .id).contains("paling sedikit 2,5 cm"))
    #expect(diagnostic.message(in: .en).contains("at least 2.5 cm"))
    #expect(try Self.check(bytes, SigningCheck.Options(minimumRoomCM: 1.5)).isReady)
  }

  /// A TTE document checked for another marker: the marker is not there.
  @Test func wordMarkerOfAnotherCharacterIsMissing() throws {
    let report = try Self.check(try Self.docx(try Self.kua(), .tteKemenag), SigningCheck.Options(mode: .tteKemenag, marker: "#"))
    #expect(Self.codes(report).contains("signing.marker-count"))
    #expect(report.diagnostics.first { $0.code == .signingMarkerCount }?.arguments["count"] == "0")
  }

  // MARK: PDFs a BSrE service cannot sign

  /// A basah PDF checked as TTE: no marker as text.
  @Test func pdfWithoutMarkerIsRejected() throws {
    let pdf = try PDFWriter.write(try Self.kua(), options: PDFWriter.Options(mode: .basah))
    let report = try Self.check(pdf, SigningCheck.Options(mode: .tteKemenag))
    let diagnostic = try #require(report.diagnostics.first { $0.code == .signingMarkerCount })
    #expect(diagnostic.arguments["count"] == "0" && diagnostic.location?.context == "page 1")
  }

  /// An SOP whose text holds the marker, written anyway (the converter refuses it): two markers,
  /// the second one's page given.
  @Test func pdfWithTheMarkerTwiceIsRejected() throws {
    var file = try Self.kua()
    file.sops[0].flowcharts[0].steps[1].kegiatan += " (lihat ^2)"
    let pdf = try PDFWriter.write(file, options: PDFWriter.Options(mode: .tteKemenag))
    let report = try Self.check(pdf)
    let diagnostic = try #require(report.diagnostics.first { $0.code == .signingMarkerCount }, "\(report.diagnostics)")
    #expect(diagnostic.arguments["count"] == "2" && diagnostic.arguments["expected"] == "1")
    #expect(diagnostic.location?.context?.hasPrefix("page ") == true)
  }

  /// A file that is neither Word nor PDF, and a damaged PDF, cannot be checked (exit 66).
  @Test func otherFilesAreUnreadable() {
    for bytes in [Array("nomor,kegiatan\n".utf8), Array("%PDF-1.7\n garbage".utf8)] {
      #expect(throws: ConversionError.self) { try Self.check(bytes) }
    }
  }
}
