import Foundation
import SOPModel

/// Collects labelled identity values read from any tabular input and builds an ``Identity``.
///
/// Values keep their place for diagnostics. A list field may arrive as numbered lines in one cell
/// or as several cells; a scalar given twice keeps its first value, and a different second value
/// is reported.
struct IdentityAssembler {
  /// How repeated values of one field combine.
  enum Repetition {
    /// Form layouts: each row adds items to a list.
    case append
    /// Table layouts: identity columns repeat on every row of an SOP; all must agree.
    case once
  }

  private let sopPath: String
  private let repetition: Repetition
  private var values: [IdentityField: [LocatedText]] = [:]
  private var extras: [(label: String, value: LocatedText)] = []
  private(set) var diagnostics: [Diagnostic] = []

  init(sopPath: String, repetition: Repetition) {
    self.sopPath = sopPath
    self.repetition = repetition
  }

  /// Whether any identity value was given.
  var isEmpty: Bool { values.isEmpty && extras.isEmpty }

  /// Whether a value was given under a label of the form (extra fields aside).
  var hasFields: Bool { !values.isEmpty }

  mutating func add(_ field: IdentityField, _ value: LocatedText) {
    if value.isEmpty { return }
    if repetition == .once || !field.isList, let first = values[field]?.first {
      if first.trimmed != value.trimmed {
        diagnostics.append(Diagnostic(
          .importConflictingValue, repetition == .once
            ? "\(field.label) differs from the SOP's first row ('\(clip(first.trimmed))'); the first value is kept"
            : "\(field.label) is given twice; the first value ('\(clip(first.trimmed))') is kept",
          at: value.location,
          hint: repetition == .once ? "give identity columns on the first row of each SOP only, or the same on every row" : "remove one of the two rows"))
      }
      return
    }
    values[field, default: []].append(value)
  }

  mutating func addExtra(label: String, _ value: LocatedText) {
    if value.isEmpty { return }
    if repetition == .once, extras.contains(where: { $0.label == label }) { return }
    extras.append((label, value))
  }

  /// The identity, recording where each field came from in `map`.
  mutating func build(_ map: inout SourcePathMap) -> Identity {
    func at(_ key: String) -> String { JSONPath.member(sopPath, key) }
    func text(_ field: IdentityField, _ key: String?) -> String? {
      guard let cells = values[field], let first = cells.first else { return nil }
      if let key { map.record(at(key), first.location) }
      return cells.map(\.trimmed).joined(separator: "\n")
    }
    func list(_ field: IdentityField, _ key: String) -> [String] {
      guard let cells = values[field] else { return [] }
      map.record(at(key), cells[0].location)
      return cells.flatMap { ListItems.split($0.text) }
    }
    func date(_ field: IdentityField, _ key: String) -> SOPDate? {
      guard let cell = values[field]?.first else { return nil }
      map.record(at(key), cell.location)
      return Self.date(cell.trimmed)
    }

    var kop = Kop()
    if let logo = values[.logo]?.first {
      map.record(at("unit"), logo.location)
      kop.logo = Kop.Logo(rawValue: LabelMatcher<Int>.normalize(logo.trimmed)) ?? .custom
      if kop.logo == .custom, values[.logoFile] == nil { kop.logoFile = logo.trimmed }
    }
    kop.logoFile = kop.logoFile ?? text(.logoFile, nil)
    kop.lines = (values[.kop] ?? []).flatMap { cell in
      cell.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    if let first = values[.kop]?.first { map.record(at("unit"), first.location) }
    kop.alamat = text(.alamat, nil)
    kop.kontak = text(.kontak, nil)

    var pengesahan = Pengesahan(
      jabatan: text(.disahkanOleh, "pengesahan"), nama: text(.namaPengesah, "pengesahan"),
      nip: nil, pangkat: text(.pangkat, "pengesahan"))
    if let block = pengesahan.jabatan, pengesahan.nama == nil, values[.nip] == nil, let parsed = Self.signatureBlock(block) {
      pengesahan = Pengesahan(jabatan: parsed.jabatan, nama: parsed.nama, nip: parsed.nip, pangkat: pengesahan.pangkat ?? parsed.pangkat)
      if let nip = parsed.nip, Self.isMangledNumber(nip), let cell = values[.disahkanOleh]?.first {
        pengesahan.nip = nil
        diagnostics.append(Diagnostic(
          .importNumberMangled, "NIP '\(nip)' was turned into a number by the spreadsheet; its digits are lost, so the NIP is left empty",
          at: cell.location, hint: "format the cell as Text, type the NIP again with spaces (19780312 200501 1 004), and export again"))
      }
    }
    if let nip = values[.nip]?.first {
      map.record(JSONPath.member(at("pengesahan"), "nip"), nip.location)
      pengesahan.nip = nip.trimmed
      if Self.isMangledNumber(nip.trimmed) {
        // The digits are gone; keeping "1.97803E+17" would only print a wrong NIP.
        pengesahan.nip = nil
        diagnostics.append(Diagnostic(
          .importNumberMangled, "NIP '\(nip.trimmed)' was turned into a number by the spreadsheet; its digits are lost, so the NIP is left empty",
          at: nip.location, hint: "format the NIP column as Text, type the NIP again with spaces (19780312 200501 1 004), and export again"))
      }
    }

    let lists = IdentityLists(
      dasarHukum: list(.dasarHukum, "dasar_hukum"), kualifikasiPelaksana: list(.kualifikasiPelaksana, "kualifikasi_pelaksana"),
      keterkaitan: list(.keterkaitan, "keterkaitan"), peralatanPerlengkapan: list(.peralatanPerlengkapan, "peralatan_perlengkapan"),
      peringatan: list(.peringatan, "peringatan"), pencatatanPendataan: list(.pencatatanPendataan, "pencatatan_pendataan"))
    let extra = IdentityExtra(
      definisi: list(.definisi, "extra"), caraMengatasi: text(.caraMengatasi, "extra"), ppbRef: text(.ppbRef, "extra"),
      kka: text(.kka, "extra"),
      fields: extras.map { IdentityExtra.LabelledField(label: $0.label, value: $0.value.trimmed) })
    if let first = extras.first { map.record(at("extra"), first.value.location) }
    return Identity(
      kop: kop, satker: text(.satker, "satker"), nomorSOP: text(.nomorSOP, "nomor_sop"),
      tanggal: Identity.Tanggal(
        pembuatan: date(.tglPembuatan, "tgl_pembuatan"), revisi: date(.tglRevisi, "tgl_revisi"),
        efektif: date(.tglEfektif, "tgl_efektif")),
      pengesahan: pengesahan, disusunOleh: text(.disusunOleh, "disusun_oleh"),
      namaSOP: text(.namaSOP, "nama_sop") ?? "", lists: lists, extra: extra)
  }

  /// "1.97803E+17" or "1,97803E+17": an 18-digit NIP after a spreadsheet made it a number.
  static func isMangledNumber(_ text: String) -> Bool {
    let body = text.lowercased().hasPrefix("nip") ? String(text.dropFirst(3).drop { $0 == "." || $0 == ":" || $0 == " " }) : text
    return body.range(of: #"^[0-9]([.,][0-9]+)?[eE]\+?[0-9]+$"#, options: .regularExpression) != nil
  }

  /// A date cell: a lone "-" is no date; an ISO date is structured data (no raw text to keep).
  static func date(_ text: String) -> SOPDate? {
    if text.isEmpty || ListItems.isDash(text) { return nil }
    if let day = SOPDate.Day(iso: text) { return SOPDate(day: day, raw: nil) }
    return SOPDate(day: IndonesianDateParser.parse(text)?.day, raw: text)
  }

  /// The text sopkit writes for a date: the words as found, else the ISO day.
  static func text(of date: SOPDate?) -> String {
    guard let date else { return "" }
    return date.raw ?? date.day?.iso ?? ""
  }

  /// Splits a "DISAHKAN OLEH" cell written as the form prints it: jabatan lines, the name, and a
  /// "NIP. …" line (and a pangkat line between name and NIP, when there is one).
  static func signatureBlock(_ block: String) -> (jabatan: String, nama: String?, nip: String?, pangkat: String?)? {
    let lines = block.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard let nipIndex = lines.lastIndex(where: { $0.lowercased().hasPrefix("nip") }), nipIndex >= 1 else { return nil }
    let nip = lines[nipIndex].dropFirst(3).drop { $0 == "." || $0 == ":" || $0 == " " }
    var before = Array(lines[..<nipIndex])
    var pangkat: String?
    if before.count >= 3, let last = before.last, last.range(of: #"\([IV]+/[a-e]\)"#, options: .regularExpression) != nil {
      pangkat = before.removeLast()
    }
    let nama = before.count >= 2 ? before.removeLast() : nil
    let jabatan = before.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ", "))
    return (jabatan, nama, String(nip), pangkat)
  }

  private func clip(_ text: String) -> String { text.count > 40 ? String(text.prefix(40)) + "…" : text }
}
