import Testing

@testable import SOPModel

@Suite struct IndonesianCatalogTests {
  /// English words that must not slip into a text meant for staff who read Indonesian.
  static let englishWords = ["the ", " is ", "cannot", "file", "step", " not ", " must ", " with ", "should"]

  @Test func everyCodeHasAnIndonesianMessageAndHint() {
    for code in DiagnosticCode.all {
      #expect(DiagnosticCode.indonesianTexts[code.id] != nil, "\(code.id) has no Indonesian text")
      let message = code.indonesianMessage
      #expect(!message.isEmpty, "\(code.id): empty message")
      #expect(message != code.id, "\(code.id): the message is the code")
      #expect(message.last == ".", "\(code.id): the message is not a sentence: \(message)")
      for text in [message, code.indonesianHint ?? ""] {
        let lowered = " " + text.lowercased() + " "
        for word in Self.englishWords {
          #expect(!lowered.contains(word), "\(code.id): '\(word)' in \(text)")
        }
      }
      #expect(code.indonesianHint?.isEmpty != true, "\(code.id): empty hint")
    }
  }

  @Test func theCatalogueNamesNoCodeOutsideTheList() {
    let known = Set(DiagnosticCode.all.map(\.id))
    let extra = Set(DiagnosticCode.indonesianTexts.keys).subtracting(known)
    #expect(extra.isEmpty, "Indonesian texts for unknown codes: \(extra.sorted())")
  }

  @Test func anUnknownCodeStillGetsAnIndonesianSentence() {
    let code = DiagnosticCode("future.thing", .warning)
    #expect(code.indonesianMessage == "Ada bagian SOP yang perlu diperiksa.")
    #expect(code.indonesianHint == nil)
  }

  @Test func theDecisionExample() {
    #expect(DiagnosticCode.modelDecisionMissingExit.indonesianMessage == "Langkah Keputusan belum punya dua jalur keluar (Ya dan Tidak).")
    #expect(DiagnosticCode.modelDecisionMissingExit.indonesianHint?.contains("Jika Tidak") == true)
  }

  // MARK: locations

  @Test func aSpreadsheetCell() {
    #expect(SourceLocation(file: "kua.xlsx", context: "Prosedur!C9").indonesianDescription == "lembar 'Prosedur', sel C9")
    #expect(
      SourceLocation(file: "kua.xlsx", part: "xl/worksheets/sheet1.xml", context: "Identitas!B7").indonesianDescription
        == "lembar 'Identitas', sel B7")
    #expect(SourceLocation(file: "kua.xlsx", row: 9, column: 3, context: "Prosedur").indonesianDescription == "lembar 'Prosedur', sel C9")
    #expect(SourceLocation(file: "kua.xlsx", context: "sheet 'Daftar Isi'").indonesianDescription == "lembar 'Daftar Isi'")
    #expect(SourceLocation(file: "kua.xlsx", context: "Daftar Isi").indonesianDescription == "lembar 'Daftar Isi'")
    #expect(SourceLocation(file: "kua.xlsx", context: "A!B!AB120").indonesianDescription == "lembar 'A!B', sel AB120")
  }

  @Test func aSpreadsheetCellWithItsPlaceInTheSOP() {
    let location = SourceLocation(file: "kua.xlsx", context: "Prosedur!B5", path: "$.sops[0].flowcharts[0].steps[1].kegiatan")
    #expect(location.indonesianDescription == "lembar 'Prosedur', sel B5 (SOP ke-1, bagan alir ke-1, langkah ke-2, Kegiatan)")
  }

  @Test func aWordTable() {
    let part = "word/document.xml"
    #expect(SourceLocation(file: "a.docx", part: part, context: "table 3:row 5:col 5").indonesianDescription == "tabel ke-3, baris 5, kolom 5")
    #expect(SourceLocation(file: "a.docx", part: part, context: "table 2").indonesianDescription == "tabel ke-2")
    #expect(SourceLocation(file: "a.docx", part: part, context: "table 9:row 4").indonesianDescription == "tabel ke-9, baris 4")
    #expect(SourceLocation(file: "a.docx", part: part, context: "row 4:col 2").indonesianDescription == "baris 4, kolom 2")
    #expect(
      SourceLocation(file: "a.docx", part: part, context: "table 3", path: "$.sops[1].flowcharts[0]").indonesianDescription
        == "tabel ke-3 (SOP ke-2, bagan alir ke-1)")
  }

  @Test func aCSVOrJSONLine() {
    #expect(SourceLocation(file: "kua.csv", row: 12, column: 3).indonesianDescription == "baris 12, kolom 3")
    #expect(SourceLocation(file: "kua.csv", row: 12).indonesianDescription == "baris 12")
    #expect(
      SourceLocation(file: "kua.json", row: 99, column: 15, path: "$.sops[0].flowcharts[0].steps[2].ya").indonesianDescription
        == "baris 99, kolom 15 (SOP ke-1, bagan alir ke-1, langkah ke-3, Jika Ya)")
  }

  @Test func aPartOfAPackage() {
    #expect(SourceLocation(file: "a.docx", part: "word/document.xml").indonesianDescription == "bagian word/document.xml")
    #expect(SourceLocation(file: "a.docx", part: "word/document.xml", row: 3).indonesianDescription == "bagian word/document.xml, baris 3")
  }

  @Test func aPlaceInTheSOPOnly() {
    func words(_ path: String) -> String { SourceLocation(file: "sop.json", path: path).indonesianDescription }
    #expect(words("$.sops[0].flowcharts[1].steps[4].tidak") == "SOP ke-1, bagan alir ke-2, langkah ke-5, Jika Tidak")
    #expect(words("$.sops[0].nama_sop") == "SOP ke-1, Nama SOP")
    #expect(words("$.sops[2].pengesahan.nip") == "SOP ke-3, NIP pengesah")
    #expect(words("$.sops[0].flowcharts[0].actors[2]") == "SOP ke-1, bagan alir ke-1, Pelaksana ke-3")
    #expect(words("$.sops[0].flowcharts[0].actors") == "SOP ke-1, bagan alir ke-1, kolom Pelaksana")
    #expect(words("$.sops[0].tgl_efektif.date") == "SOP ke-1, Tanggal Efektif")
    #expect(words("$.sops[0].dasar_hukum[1]") == "SOP ke-1, butir ke-2 Dasar Hukum")
    #expect(words("$.sops[0].flowcharts[0].steps[3].waktu.raw") == "SOP ke-1, bagan alir ke-1, langkah ke-4, Waktu")
    #expect(words("$.sops[0].flowcharts[0].steps[3].spans.waktu") == "SOP ke-1, bagan alir ke-1, langkah ke-4, sel gabungan Waktu")
    #expect(words("$.sops[0].unit.lines[1]") == "SOP ke-1, baris ke-2 teks kop")
    #expect(words("$.sops[0].flowcharts[0].steps[3].kegitan") == "SOP ke-1, bagan alir ke-1, langkah ke-4, isian 'kegitan'")
    #expect(words("$.sops") == "daftar SOP")
    #expect(words("$.kop.logo") == "logo kop")
    #expect(words("$") == "seluruh berkas")
  }

  @Test func theFileOnly() {
    #expect(SourceLocation(file: "kua.xlsx").indonesianDescription == "seluruh berkas")
    #expect(SourceLocation(file: "kua.xlsx").indonesianDescription(includingFile: true) == "berkas 'kua.xlsx'")
    #expect(
      SourceLocation(file: "kua.xlsx", context: "Prosedur!C9").indonesianDescription(includingFile: true)
        == "berkas 'kua.xlsx', lembar 'Prosedur', sel C9")
    #expect(SourceLocation(file: "").indonesianDescription(includingFile: true) == "seluruh berkas")
  }

  @Test func columnLettersGoPastZ() {
    #expect(IndonesianPlace.cellName(row: 1, column: 1) == "A1")
    #expect(IndonesianPlace.cellName(row: 2, column: 26) == "Z2")
    #expect(IndonesianPlace.cellName(row: 3, column: 27) == "AA3")
    #expect(IndonesianPlace.cellName(row: 4, column: 702) == "ZZ4")
    #expect(IndonesianPlace.cellName(row: 5, column: 703) == "AAA5")
  }
}
