import SOPModel

/// What the fill-in template made from a draft shows of the SOP's review list: the cells to fix
/// (highlighted, with a comment) and the rows of the "Perlu Diperiksa" sheet, which lists every
/// item, also those no cell shows.
struct XLSXTemplateReview {
  /// A sheet of the template that review items point into.
  enum Sheet: String {
    case identitas = "Identitas", langkah = "Langkah", pelaksana = "Pelaksana"
  }

  /// A cell of the template, rows and columns from 0 as libxlsxwriter counts them.
  struct Cell: Hashable, Comparable {
    var sheet: Sheet
    var row: Int
    var column: Int

    /// The cell's name as Excel shows it ("J3"); the template has fewer than 26 columns.
    var name: String { String(UnicodeScalar(UInt8(65 + column))) + String(row + 1) }

    static func < (a: Cell, b: Cell) -> Bool { (a.row, a.column) < (b.row, b.column) }
  }

  /// One row of the "Perlu Diperiksa" sheet.
  struct Row {
    var place: String
    var message: String
    var hint: String?
    var code: String
    var cell: Cell?
  }

  /// Where the template writes things, so a path can be turned into a cell.
  struct Layout {
    /// The first Identitas row of each field, and how many rows it has.
    var identity: [IdentityField: (row: Int, rows: Int)] = [:]
    /// The Identitas row of the first extra labelled field.
    var extraRow = 0
    var extraCount = 0
    /// Rows of the Langkah sheet below the header (the Jumlah row comes after them).
    var stepRows = 0
    /// Name rows of the Pelaksana sheet below its header.
    var actorRows = 0
  }

  static let sheetName = "Perlu Diperiksa"
  static let headers = ["No", "Letak", "Masalah", "Saran", "Kode"]
  /// Column widths in characters.
  static let widths: [Double] = [5, 34, 60, 50, 30]
  /// The fill of a cell to fix: light red, still an input cell.
  static let fill: UInt32 = 0xF4CCCC
  static let author = "sopkit"
  /// The code of the row saying that later flowcharts are not in the template.
  static let otherFlowchartsCode = DiagnosticCode.outputTemplateFirstFlowchart.id

  let rows: [Row]
  /// Every cell to fix with its comment text.
  let comments: [Cell: String]

  /// The review of `sop` on a template laid out as `layout`.
  init(_ sop: SOPDocument, layout: Layout) {
    var rows = sop.review.map { item in
      Row(place: item.place, message: item.message, hint: item.hint, code: item.code, cell: item.path.flatMap { Self.cell($0, layout) })
    }
    if sop.flowcharts.count > 1 {
      let others = sop.flowcharts.count == 2 ? "ke-2" : "ke-2 sampai ke-\(sop.flowcharts.count)"
      rows.append(Row(
        place: "Bagan alir \(others)",
        message: "Templat ini hanya memuat bagan alir pertama. Bagan alir \(others) tidak ada di templat ini; bagan alir itu tersimpan di berkas JSON SOP ini.",
        hint: "Minta admin berkas JSON SOP ini (sopkit convert … -t json) untuk memeriksa bagan alir \(others), atau templat untuk bagan alir tersebut.",
        code: Self.otherFlowchartsCode))
    }
    var comments: [Cell: String] = [:]
    for row in rows {
      guard let cell = row.cell else { continue }
      let text = row.message + (row.hint.map { "\nSaran: " + $0 } ?? "") + "\n[" + row.code + "]"
      comments[cell] = comments[cell].map { $0 + "\n\n" + text } ?? text
    }
    self.rows = rows
    self.comments = comments
  }

  var isEmpty: Bool { rows.isEmpty }

  /// The Letak column: the place in the source, then the template cell when there is one.
  func place(_ row: Row) -> String {
    let cell = row.cell.map { "Di templat: sheet \($0.sheet.rawValue), sel \($0.name)" }
    return [row.place, cell ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
  }

  // MARK: Paths

  /// A piece of a JSON path: a member name or an array index.
  enum Component: Equatable {
    case member(String), index(Int)
  }

  /// The pieces of `path` after `$.sops[N]`, or `nil` when it is not an SOP's path.
  static func components(_ path: String) -> [Component]? {
    guard path.hasPrefix("$.sops["), let close = path.firstIndex(of: "]") else { return nil }
    var result: [Component] = []
    var rest = path[path.index(after: close)...]
    while let first = rest.first {
      rest = rest.dropFirst()
      if first == "." {
        let name = rest.prefix { $0 != "." && $0 != "[" }
        guard !name.isEmpty else { return nil }
        result.append(.member(String(name)))
        rest = rest.dropFirst(name.count)
      } else if first == "[" {
        guard let end = rest.firstIndex(of: "]"), let index = Int(rest[..<end]) else { return nil }
        result.append(.index(index))
        rest = rest[rest.index(after: end)...]
      } else {
        return nil
      }
    }
    return result
  }

  /// Identity fields by their member name in the JSON.
  static let identityMembers: [String: IdentityField] = [
    "satker": .satker, "nomor_sop": .nomorSOP, "tgl_pembuatan": .tglPembuatan, "tgl_revisi": .tglRevisi,
    "tgl_efektif": .tglEfektif, "disusun_oleh": .disusunOleh, "nama_sop": .namaSOP, "dasar_hukum": .dasarHukum,
    "kualifikasi_pelaksana": .kualifikasiPelaksana, "keterkaitan": .keterkaitan,
    "peralatan_perlengkapan": .peralatanPerlengkapan, "peringatan": .peringatan,
    "pencatatan_pendataan": .pencatatanPendataan, "pengesahan": .disahkanOleh, "unit": .kop,
  ]
  /// Identity fields inside `pengesahan`, `unit` and `extra`.
  static let nestedMembers: [String: [String: IdentityField]] = [
    "pengesahan": ["jabatan": .disahkanOleh, "nama": .namaPengesah, "nip": .nip, "pangkat": .pangkat],
    "unit": ["logo": .logo, "logo_file": .logoFile, "logo_data": .logo, "lines": .kop, "alamat": .alamat, "kontak": .kontak],
    "extra": ["definisi": .definisi, "cara_mengatasi": .caraMengatasi, "ppb_ref": .ppbRef, "kka": .kka],
  ]
  /// Langkah columns by a step's member name in the JSON.
  static let stepMembers: [String: StepColumn] = [
    "nomor": .nomor, "kegiatan": .kegiatan, "actor": .pelaksana, "co_actors": .pelaksana, "shape": .simbol,
    "kelengkapan": .kelengkapan, "waktu": .waktu, "output": .output, "keterangan": .keterangan, "ya": .ya,
    "tidak": .tidak, "next": .next, "labels": .labelYa,
  ]

  /// The template cell that shows what `path` points at, or `nil` when no cell does (another
  /// flowchart, the whole SOP).
  static func cell(_ path: String, _ layout: Layout) -> Cell? {
    guard let parts = components(path), case .member(let first)? = parts.first else { return nil }
    if first == "flowcharts" { return flowchartCell(Array(parts.dropFirst()), layout) }
    if first == "extra", parts.count >= 3, parts[1] == .member("fields"), case .index(let index) = parts[2], index < layout.extraCount {
      return Cell(sheet: .identitas, row: layout.extraRow + index, column: parts.count > 3 && parts[3] == .member("label") ? 0 : 1)
    }
    var field = identityMembers[first]
    var rest = parts.dropFirst()
    if let nested = nestedMembers[first], case .member(let name)? = rest.first {
      field = nested[name]
      rest = rest.dropFirst()
    }
    guard let field, let place = layout.identity[field] else { return nil }
    var offset = 0
    if case .index(let index)? = rest.first, index < place.rows { offset = index }
    return Cell(sheet: .identitas, row: place.row + offset, column: 1)
  }

  /// The cell of a path inside `flowcharts` (`parts` starts with the flowchart's index): only the
  /// first flowchart is in the template.
  private static func flowchartCell(_ parts: [Component], _ layout: Layout) -> Cell? {
    guard parts.first == .index(0), parts.count >= 2, case .member(let member) = parts[1] else { return nil }
    let index: Int? = if parts.count >= 3, case .index(let value) = parts[2] { value } else { nil }
    switch member {
    case "steps":
      let step = index ?? 0
      guard step < layout.stepRows else { return nil }
      let column = index == nil ? .kegiatan : stepColumn(Array(parts.dropFirst(3)))
      guard let position = XLSXTemplateWriter.stepHeaders.firstIndex(of: column) else { return nil }
      return Cell(sheet: .langkah, row: step + 1, column: position)
    case "actors":
      let actor = index ?? 0
      return actor < layout.actorRows ? Cell(sheet: .pelaksana, row: actor + 1, column: 0) : nil
    case "total_waktu":
      return XLSXTemplateWriter.stepHeaders.firstIndex(of: .waktu).map { Cell(sheet: .langkah, row: layout.stepRows + 1, column: $0) }
    default:
      return nil
    }
  }

  /// The Langkah column of what follows a step's index (`.tidak`, `.labels.tidak`, `.spans.waktu`);
  /// Kegiatan for the step as a whole.
  private static func stepColumn(_ parts: [Component]) -> StepColumn {
    guard case .member(let name)? = parts.first else { return .kegiatan }
    let detail: String? = if parts.count > 1, case .member(let value) = parts[1] { value } else { nil }
    switch (name, detail) {
    case ("labels", "tidak"): return .labelTidak
    case ("spans", let spanned?): return stepMembers[spanned] ?? .kegiatan
    default: return stepMembers[name] ?? .kegiatan
    }
  }
}
