// Where a diagnostic points, in Indonesian words an office staff member can follow in Excel, Word
// or a text editor: "lembar 'Prosedur', sel C9", "tabel ke-3, baris 5, kolom 5", "baris 12,
// kolom 3", followed by the place in the SOP when the model path is known
// ("SOP ke-1, bagan alir ke-2, langkah ke-5, Jika Tidak").
//
// The readers write `context` in a few forms (grep `context:` and `cellName` in Sources/SOPFormats):
// "Sheet!B7" for a workbook cell, a bare sheet name ("Daftar Isi"), "table 3", "table 3:row 5",
// "table 3:row 5:col 5" and "row 4:col 2" for Word tables; "sheet 'X'" is also understood.

extension SourceLocation {
  /// Where this is, in Indonesian, without the file name: "lembar 'Prosedur', sel C9",
  /// "tabel ke-3, baris 5, kolom 5", "baris 12, kolom 3", "bagian word/document.xml", and in
  /// brackets the place in the SOP when ``path`` is known ("(SOP ke-1, langkah ke-3, Kegiatan)").
  /// A location that names only the file reads "seluruh berkas".
  public var indonesianDescription: String { indonesianDescription(includingFile: false) }

  /// Where this is, in Indonesian; with `includingFile`, the file comes first
  /// ("berkas 'kua.xlsx', lembar 'Prosedur', sel C9"), and a location that names only the file
  /// reads "berkas 'kua.xlsx'".
  public func indonesianDescription(includingFile: Bool) -> String {
    let place = IndonesianPlace.words(of: self)
    let model = path.map(IndonesianPlace.words(ofPath:)) ?? []
    var text: String
    switch (place.isEmpty, model.isEmpty) {
    case (false, false): text = place.joined(separator: ", ") + " (" + model.joined(separator: ", ") + ")"
    case (false, true): text = place.joined(separator: ", ")
    case (true, false): text = model.joined(separator: ", ")
    case (true, true): text = ""
    }
    if includingFile, let name = IndonesianPlace.fileWords(file) {
      return text.isEmpty ? name : name + ", " + text
    }
    return text.isEmpty ? "seluruh berkas" : text
  }
}

/// Turns the parts of a ``SourceLocation`` into Indonesian phrases.
enum IndonesianPlace {
  // MARK: the file

  /// "berkas 'x.xlsx'"; standard input and the command line get their own words; `nil` for no name.
  static func fileWords(_ file: String) -> String? {
    switch file {
    case "": return nil
    case "-": return "masukan standar"
    case "sopkit": return "perintah sopkit"
    case "upload": return "berkas unggahan"
    default: return "berkas '\(file)'"
    }
  }

  // MARK: the place in the input

  /// The place in the input, from `context`, `part`, `row` and `column`.
  static func words(of location: SourceLocation) -> [String] {
    guard let context = location.context, !context.trimmingWhitespace.isEmpty else {
      var words: [String] = []
      if let part = location.part, !part.isEmpty { words.append("bagian " + part) }
      words += rowAndColumn(location.row, location.column)
      return words
    }
    // Word tables: "table 3", "table 3:row 5", "table 3:row 5:col 5", "row 4:col 2"; and
    // "paragraph 12:run 3", "page 2" (verify-signing).
    if let table = tablePlace(context) {
      let part = context.hasPrefix("paragraph") ? location.part.map { ["bagian " + $0] } ?? [] : []
      return part + table.words + (table.hasRow ? [] : rowAndColumn(location.row, location.column))
    }
    // A spreadsheet cell: "Prosedur!C9" (a sheet name may itself hold '!').
    if let bang = context.lastIndex(of: "!") {
      let sheet = String(context[..<bang])
      let cell = String(context[context.index(after: bang)...])
      if isCellName(cell) {
        if let table = tablePlace(sheet) { return table.words + ["sel " + cell] }
        return [sheetWords(sheet), "sel " + cell]
      }
    }
    // "sheet 'X'", or a bare sheet name from a workbook.
    var sheet = context
    if sheet.lowercased().hasPrefix("sheet ") {
      sheet = String(sheet.dropFirst("sheet ".count)).trimmingWhitespace
    } else if let part = location.part, !part.hasPrefix("xl/") {
      // Free text about a place in a Word document or another part: keep it as written.
      return [context] + rowAndColumn(location.row, location.column)
    }
    var words = [sheetWords(sheet)]
    if let row = location.row, let column = location.column, row > 0, column > 0 {
      words.append("sel " + cellName(row: row, column: column))
    } else {
      words += rowAndColumn(location.row, location.column)
    }
    return words
  }

  /// "baris 12", "kolom 3".
  static func rowAndColumn(_ row: Int?, _ column: Int?) -> [String] {
    var words: [String] = []
    if let row { words.append("baris \(row)") }
    if let column { words.append("kolom \(column)") }
    return words
  }

  /// "lembar 'Prosedur'", the name unquoted first if Excel-style quotes surround it.
  static func sheetWords(_ name: String) -> String {
    var name = name
    if name.count >= 2, name.hasPrefix("'"), name.hasSuffix("'") { name = String(name.dropFirst().dropLast()) }
    return "lembar '\(name)'"
  }

  /// A Word table place written as `table N`, `row N`, `col N` joined by ':', every part known.
  static func tablePlace(_ text: String) -> (words: [String], hasRow: Bool)? {
    var words: [String] = []
    var hasRow = false
    for component in text.split(separator: ":", omittingEmptySubsequences: false) {
      let parts = component.split(separator: " ", omittingEmptySubsequences: true)
      guard parts.count == 2, let number = Int(parts[1]) else { return nil }
      switch parts[0].lowercased() {
      case "table": words.append("tabel ke-\(number)")
      case "row": words.append("baris \(number)"); hasRow = true
      case "col", "column": words.append("kolom \(number)"); hasRow = true
      // verify-signing: a paragraph and run of a Word part, a page of a PDF.
      case "paragraph": words.append("paragraf ke-\(number)"); hasRow = true
      case "run": words.append("potongan teks (run) ke-\(number)")
      case "page": words.append("halaman \(number)"); hasRow = true
      default: return nil
      }
    }
    return words.isEmpty ? nil : (words, hasRow)
  }

  /// Whether `text` is an A1 cell name such as `C9` or `AB120`.
  static func isCellName(_ text: String) -> Bool {
    let letters = text.prefix { $0.isASCII && $0.isUppercase }
    let digits = text.dropFirst(letters.count)
    return (1...3).contains(letters.count) && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The A1 name of a 1-based row and column: (9, 3) → "C9", (1, 28) → "AB1".
  static func cellName(row: Int, column: Int) -> String {
    var letters = ""
    var rest = column
    while rest > 0 {
      let digit = (rest - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
      rest = (rest - 1) / 26
    }
    return letters + String(row)
  }

  // MARK: the place in the SOP

  /// What a JSON-path step names and how it goes on.
  private enum Scope {
    case root, sop, kop, date, pengesahan, extra, extraField, flowchart, step, labels, spans, review, leaf
    /// An object whose known parts add no words to its owner's (a Waktu's raw, value, unit, …).
    case quiet(Set<String>)
  }

  private static let waktuParts: Scope = .quiet(["raw", "value", "unit", "from", "per", "implied"])

  /// A member of an object: its words alone, the words of one of its elements (1-based), the scope
  /// of its value (or elements), and whether its own words give way to a child's, which names it
  /// already ("NIP pengesah" rather than "Disahkan oleh, NIP pengesah").
  private struct Member {
    var words: String
    var element: ((Int) -> String)? = nil
    var scope: Scope = .leaf
    var givesWayToChild = false
  }

  private static func member(_ key: String, in scope: Scope) -> Member? {
    switch scope {
    case .root:
      switch key {
      case "sops": return Member(words: "daftar SOP", element: { "SOP ke-\($0)" }, scope: .sop)
      case "format": return Member(words: "penanda format")
      case "version": return Member(words: "versi format")
      // The satker config shares the reader of JSON paths.
      case "kop", "unit": return Member(words: "kop", scope: .kop, givesWayToChild: true)
      case "paper": return Member(words: "ukuran kertas")
      default: return nil
      }
    case .sop:
      switch key {
      case "unit": return Member(words: "kop", scope: .kop, givesWayToChild: true)
      case "satker": return Member(words: "Satker")
      case "nomor_sop": return Member(words: "Nomor SOP")
      case "tgl_pembuatan": return Member(words: "Tanggal Pembuatan", scope: .date)
      case "tgl_revisi": return Member(words: "Tanggal Revisi", scope: .date)
      case "tgl_efektif": return Member(words: "Tanggal Efektif", scope: .date)
      case "pengesahan": return Member(words: "Disahkan oleh", scope: .pengesahan, givesWayToChild: true)
      case "disusun_oleh": return Member(words: "Disusun oleh")
      case "nama_sop": return Member(words: "Nama SOP")
      case "dasar_hukum": return list("Dasar Hukum")
      case "kualifikasi_pelaksana": return list("Kualifikasi Pelaksana")
      case "keterkaitan": return list("Keterkaitan")
      case "peralatan_perlengkapan": return list("Peralatan/Perlengkapan")
      case "peringatan": return list("Peringatan")
      case "pencatatan_pendataan": return list("Pencatatan dan Pendataan")
      case "extra": return Member(words: "isian tambahan", scope: .extra, givesWayToChild: true)
      case "flowcharts": return Member(words: "bagan alir", element: { "bagan alir ke-\($0)" }, scope: .flowchart)
      case "review": return Member(words: "daftar periksa", element: { "butir periksa ke-\($0)" }, scope: .review)
      default: return nil
      }
    case .kop:
      switch key {
      case "logo": return Member(words: "logo kop")
      case "logo_file": return Member(words: "berkas logo kop")
      case "logo_data": return Member(words: "gambar logo kop", scope: .quiet(["media_type", "base64"]))
      case "lines": return Member(words: "teks kop", element: { "baris ke-\($0) teks kop" })
      case "alamat": return Member(words: "alamat kop")
      case "kontak": return Member(words: "kontak kop")
      default: return nil
      }
    case .date:
      // "date" and "raw" are two forms of the same date: the date's own words suffice.
      return key == "date" || key == "raw" ? Member(words: "") : nil
    case .quiet(let parts):
      return parts.contains(key) ? Member(words: "") : nil
    case .pengesahan:
      switch key {
      case "jabatan": return Member(words: "jabatan pengesah")
      case "nama": return Member(words: "nama pengesah")
      case "nip": return Member(words: "NIP pengesah")
      case "pangkat": return Member(words: "pangkat pengesah")
      default: return nil
      }
    case .extra:
      switch key {
      case "definisi": return list("Definisi")
      case "cara_mengatasi": return Member(words: "Cara Mengatasi")
      case "ppb_ref": return Member(words: "rujukan Peta Proses Bisnis")
      case "kka": return Member(words: "Kode Klasifikasi Arsip")
      case "fields": return Member(words: "isian tambahan", element: { "isian tambahan ke-\($0)" }, scope: .extraField)
      default: return nil
      }
    case .extraField:
      switch key {
      case "label": return Member(words: "label")
      case "value": return Member(words: "isi")
      default: return nil
      }
    case .flowchart:
      switch key {
      case "judul": return Member(words: "judul bagan alir")
      case "actors": return Member(words: "kolom Pelaksana", element: { "Pelaksana ke-\($0)" })
      case "steps": return Member(words: "daftar langkah", element: { "langkah ke-\($0)" }, scope: .step)
      case "total_waktu": return Member(words: "jumlah Waktu", scope: waktuParts)
      default: return nil
      }
    case .step:
      switch key {
      case "nomor": return Member(words: "No")
      case "kegiatan": return Member(words: "Kegiatan")
      case "actor": return Member(words: "Pelaksana")
      case "co_actors": return Member(words: "Pelaksana bersama", element: { "Pelaksana bersama ke-\($0)" })
      case "shape": return Member(words: "Simbol")
      case "next": return Member(words: "Lanjut ke")
      case "ya": return Member(words: "Jika Ya")
      case "tidak": return Member(words: "Jika Tidak")
      case "labels": return Member(words: "label jalur", scope: .labels, givesWayToChild: true)
      case "kelengkapan": return Member(words: "Kelengkapan")
      case "waktu": return Member(words: "Waktu", scope: waktuParts)
      case "output": return Member(words: "Output")
      case "keterangan": return Member(words: "Keterangan")
      case "spans": return Member(words: "sel gabungan", scope: .spans, givesWayToChild: true)
      default: return nil
      }
    case .labels:
      switch key {
      case "ya": return Member(words: "Label Ya")
      case "tidak": return Member(words: "Label Tidak")
      default: return nil
      }
    case .spans:
      switch key {
      case "kelengkapan": return Member(words: "sel gabungan Kelengkapan")
      case "waktu": return Member(words: "sel gabungan Waktu")
      case "output": return Member(words: "sel gabungan Output")
      case "keterangan": return Member(words: "sel gabungan Keterangan")
      default: return nil
      }
    case .review:
      switch key {
      case "code": return Member(words: "kode")
      case "severity": return Member(words: "jenis")
      case "message", "message_en": return Member(words: "pesan")
      case "hint": return Member(words: "saran")
      case "place": return Member(words: "lokasi")
      case "path": return Member(words: "jalur")
      default: return nil
      }
    case .leaf:
      return nil
    }
  }

  private static func list(_ name: String) -> Member {
    Member(words: name, element: { "butir ke-\($0) \(name)" })
  }

  /// A JSON path in words: `$.sops[0].flowcharts[1].steps[4].tidak` → SOP ke-1, bagan alir ke-2,
  /// langkah ke-5, Jika Tidak. A key the form does not have reads "isian 'key'".
  static func words(ofPath path: String) -> [String] {
    guard let tokens = tokens(of: path) else { return ["isian '\(path)'"] }
    var words: [String] = []
    var scope = Scope.root
    var index = 0
    while index < tokens.count {
      switch tokens[index] {
      case .element(let number):
        words.append("butir ke-\(number + 1)")
        scope = .leaf
        index += 1
      case .key(let key):
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        guard let member = member(key, in: scope) else {
          words.append("isian '\(key)'")
          scope = .leaf
          index += 1
          continue
        }
        if case .element(let number) = next, let element = member.element {
          words.append(element(number + 1))
          index += 2
        } else {
          let childFollows: Bool
          if case .key = next { childFollows = true } else { childFollows = false }
          if !member.words.isEmpty, !(member.givesWayToChild && childFollows) { words.append(member.words) }
          index += 1
        }
        scope = member.scope
      }
    }
    return words
  }

  private enum Token {
    case key(String)
    case element(Int)
  }

  /// `$.a[0].b` → key a, element 0, key b; `nil` when the text is no JSON path.
  private static func tokens(of path: String) -> [Token]? {
    guard path.hasPrefix("$") else { return nil }
    var tokens: [Token] = []
    var rest = path.dropFirst()
    while let first = rest.first {
      if first == "." {
        rest = rest.dropFirst()
        let key = rest.prefix { $0 != "." && $0 != "[" }
        guard !key.isEmpty else { return nil }
        tokens.append(.key(String(key)))
        rest = rest.dropFirst(key.count)
      } else if first == "[" {
        guard let close = rest.firstIndex(of: "]"), let number = Int(rest[rest.index(after: rest.startIndex)..<close]) else { return nil }
        tokens.append(.element(number))
        rest = rest[rest.index(after: close)...]
      } else {
        return nil
      }
    }
    return tokens
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
