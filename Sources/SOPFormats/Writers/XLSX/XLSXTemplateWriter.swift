import CXlsxWriter
import Foundation
import SOPModel

/// The fill-in workbook staff receive: Petunjuk (how to fill it), Identitas (labelled input cells),
/// Langkah (one row per step, with drop-downs), Pelaksana (the actor list the drop-down uses) and a
/// hidden version sheet. Only input cells are unlocked. With an SOP given, the cells start filled,
/// so an admin can send an SOP out for revision.
///
/// A draft SOP (one with a review list) also shows what to fix: each cell a review item points at
/// is light red and carries a comment, and a "Perlu Diperiksa" sheet after Petunjuk lists every
/// item. Only the first flowchart is in the template; the sheet says so when there are more.
public enum XLSXTemplateWriter {
  public struct Options: Sendable {
    /// Rows in the Langkah sheet (at least the SOP's steps).
    public var steps: Int
    /// Actor names to start the Pelaksana list with.
    public var actors: [String]

    public init(steps: Int = 30, actors: [String] = []) {
      self.steps = steps
      self.actors = actors
    }
  }

  static let versionSheet = "sopkit-template"
  static let versionMarker = "sopkit fill-in template, version 1"
  static let actorRows = 40
  /// Rows for each list field on the Identitas sheet.
  static let listRows = 8

  /// Identity fields in the order of the sheet.
  static let fields: [IdentityField] = [
    .namaSOP, .nomorSOP, .satker, .logo, .logoFile, .kop, .alamat, .kontak, .tglPembuatan,
    .tglRevisi, .tglEfektif, .disahkanOleh,
    .namaPengesah, .nip, .pangkat, .disusunOleh, .dasarHukum, .kualifikasiPelaksana, .keterkaitan,
    .peralatanPerlengkapan, .peringatan,
    .pencatatanPendataan, .definisi, .caraMengatasi, .ppbRef, .kka,
  ]

  static let stepHeaders: [StepColumn] = [
    .nomor, .kegiatan, .pelaksana, .simbol, .kelengkapan, .waktu, .output, .keterangan, .ya, .tidak,
    .next, .labelYa, .labelTidak,
  ]

  /// The template, prefilled from `sop` when given (else blank), with the defaults of `config`.
  /// For a draft, the cells its review list points at are marked, and "Perlu Diperiksa" lists
  /// every item of ``SOPDocument/review``.
  /// - Throws: ``ConversionError`` of kind `output` when the workbook cannot be written.
  public static func write(
    _ sop: SOPDocument? = nil, options: Options = Options(), config: SatkerConfig? = nil
  ) throws(ConversionError) -> [UInt8] {
    var sop = sop ?? SOPDocument(identity: Identity(namaSOP: ""))
    if let config { sop = config.apply(to: SOPFile(sops: [sop])).sops[0] }
    let flowchart = sop.flowcharts.first ?? Flowchart(pelaksana: options.actors)
    let actors = flowchart.pelaksana.isEmpty ? options.actors : flowchart.pelaksana
    let stepRows = max(options.steps, flowchart.steps.count)
    let review = XLSXTemplateReview(sop, layout: layout(sop.identity, stepRows: stepRows))

    return try XLSXWorkbook.build { book in
      let label = book.format(.init(bold: true, middle: false))
      let input = book.format(.init(middle: false))
      format_set_unlocked(input)
      format_set_bg_color(input, 0xFFF8DC)
      let header = book.format(.init(bold: true, center: true, fill: 0xD9E1F2))
      let note = book.format(.init(border: false, middle: false))
      // Only a draft's template gets the cell style of a cell to fix, so others keep their bytes.
      let marks = Marks(review: review, input: input, flagged: review.comments.isEmpty ? input : flaggedFormat(book))

      writeGuide(
        book.addSheet("Petunjuk"), note: note,
        title: book.format(.init(bold: true, size: 12, border: false)))
      if !review.isEmpty {
        writeReview(book.addSheet(XLSXTemplateReview.sheetName), review, header: header, body: book.format(.init()))
      }
      writeIdentity(book.addSheet("Identitas"), sop.identity, label: label, marks: marks)
      writeSteps(book.addSheet("Langkah"), flowchart, rows: stepRows, header: header, marks: marks)
      let actorSheet = book.addSheet("Pelaksana")
      worksheet_set_column(actorSheet, 0, 0, 45, nil)
      worksheet_write_string(actorSheet, 0, 0, "PELAKSANA (urut dari kiri ke kanan)", header)
      for row in 0..<actorRows {
        let name = row < actors.count ? actors[row] : ""
        worksheet_write_string(actorSheet, lxw_row_t(row + 1), 0, name, marks.format(.pelaksana, row + 1, 0))
      }
      marks.comment(.pelaksana, on: actorSheet)
      protect(actorSheet)
      let version = book.addSheet(versionSheet)
      worksheet_write_string(version, 0, 0, versionMarker, nil)
      worksheet_hide(version)
    }
  }

  private static func protect(_ sheet: UnsafeMutablePointer<lxw_worksheet>) {
    // Printable too: landscape, one page wide.
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, 9)
    worksheet_fit_to_pages(sheet, 1, 0)
    var protection = lxw_protection()
    protection.format_columns = 1
    protection.format_rows = 1
    worksheet_protect(sheet, nil, &protection)
  }

  private static func writeGuide(
    _ sheet: UnsafeMutablePointer<lxw_worksheet>, note: UnsafeMutablePointer<lxw_format>,
    title: UnsafeMutablePointer<lxw_format>
  ) {
    worksheet_set_column(sheet, 0, 0, 110, nil)
    let lines = [
      "PETUNJUK PENGISIAN SOP (format SOP-AP, PermenPANRB 35/2012)",
      "",
      "1. Isi sheet Identitas: hanya sel berwarna kuning yang dapat diisi. Tanggal ditulis seperti 9 November 2020.",
      "2. Daftar (Dasar Hukum, Kualifikasi Pelaksana, dan lain-lain): satu butir per baris, tanpa nomor.",
      "3. Isi sheet Pelaksana: nama jabatan pelaksana, urut dari kiri ke kanan seperti kolom pada SOP.",
      "4. Isi sheet Langkah: satu baris per kegiatan. Pilih Pelaksana dan Simbol dari daftar pilihan.",
      "   Simbol: Mulai/Selesai (kapsul), Proses (kotak), Keputusan (belah ketupat). Bila dikosongkan,",
      "   langkah pertama dan terakhir menjadi Mulai/Selesai, langkah dengan Jika Ya/Jika Tidak menjadi Keputusan.",
      "5. Keputusan: isi Jika Ya dan Jika Tidak dengan nomor langkah tujuan (atau END untuk selesai).",
      "   Lanjut ke: hanya bila langkah berikutnya bukan baris di bawahnya.",
      "6. Waktu ditulis dengan satuan: 15 menit, 1 jam, 2 hari kerja.",
      "7. Jangan mengubah nama sheet dan judul kolom. Baris yang tidak dipakai biarkan kosong.",
      "8. Setelah selesai, simpan sebagai .xlsx dan kirim kembali ke admin (sopkit convert isian.xlsx -o sop.json).",
    ]
    for (row, line) in lines.enumerated() {
      worksheet_write_string(sheet, lxw_row_t(row), 0, line, row == 0 ? title : note)
    }
    protect(sheet)
  }

  /// The Identitas rows a field takes: a list gets room for more items.
  private static func rowCount(_ field: IdentityField, _ identity: Identity) -> Int {
    field.isList ? max(listRows, (field.items(of: identity)?.count ?? 0) + 2) : 1
  }

  /// Where the template writes the fields of `identity`, the steps and the actor names.
  static func layout(_ identity: Identity, stepRows: Int) -> XLSXTemplateReview.Layout {
    var layout = XLSXTemplateReview.Layout(stepRows: stepRows, actorRows: actorRows)
    var row = 0
    for field in fields {
      let rows = rowCount(field, identity)
      layout.identity[field] = (row, rows)
      row += rows
    }
    layout.extraRow = row
    layout.extraCount = identity.extra.fields.count
    return layout
  }

  private static func writeIdentity(
    _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ identity: Identity,
    label: UnsafeMutablePointer<lxw_format>, marks: Marks
  ) {
    worksheet_set_column(sheet, 0, 0, 28, nil)
    worksheet_set_column(sheet, 1, 1, 90, nil)
    let values = CSVCells.identity(identity)
    var row = 0
    for field in fields {
      let items =
        field.items(of: identity) ?? [field == .namaSOP ? identity.namaSOP : values[field] ?? ""]
      let rows = rowCount(field, identity)
      worksheet_write_string(sheet, lxw_row_t(row), 0, field.label, label)
      for offset in 0..<rows {
        worksheet_write_string(
          sheet, lxw_row_t(row + offset), 1, offset < items.count ? ExcelCellText.fitted(items[offset]) : "",
          marks.format(.identitas, row + offset, 1))
        if offset > 0 { worksheet_write_blank(sheet, lxw_row_t(row + offset), 0, label) }
        if offset < items.count { growRow(sheet, lxw_row_t(row + offset), [(items[offset], 90)]) }
      }
      row += rows
    }
    // Other labelled fields the SOP carries, and room for more.
    for extra in identity.extra.fields {
      worksheet_write_string(sheet, lxw_row_t(row), 0, ExtraLabel.written(extra.label), marks.format(.identitas, row, 0))
      worksheet_write_string(sheet, lxw_row_t(row), 1, ExcelCellText.fitted(extra.value), marks.format(.identitas, row, 1))
      growRow(sheet, lxw_row_t(row), [(extra.label, 28), (extra.value, 90)])
      row += 1
    }
    marks.comment(.identitas, on: sheet)
    protect(sheet)
  }

  /// Makes a row tall enough for its wrapped text (LibreOffice does not grow rows by itself);
  /// rows of one line keep the default height, so a blank template is unchanged.
  private static func growRow(_ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: lxw_row_t, _ cells: [(text: String, characters: Double)]) {
    let height = CellText.workbookRowHeight(cells.map { ($0.text, CellText.workbookPixels(characters: $0.characters)) }, minimum: 15)
    if height > 15 { worksheet_set_row(sheet, row, height, nil) }
  }

  private static func writeSteps(
    _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ flowchart: Flowchart, rows: Int,
    header: UnsafeMutablePointer<lxw_format>, marks: Marks
  ) {
    let widths: [Double] = [5, 50, 24, 16, 28, 12, 28, 24, 9, 9, 9, 14, 14]
    let mutuBaku = CSVCells.mutuBaku(flowchart.steps)
    for (column, width) in widths.enumerated() {
      worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }
    for (column, title) in stepHeaders.enumerated() {
      worksheet_write_string(sheet, 0, lxw_col_t(column), title.header, header)
    }
    worksheet_freeze_panes(sheet, 1, 0)
    for index in 0..<rows {
      let r = lxw_row_t(index + 1)
      let step = index < flowchart.steps.count ? flowchart.steps[index] : nil
      let mutu = index < mutuBaku.count ? mutuBaku[index] : [:]
      let cells: [String] = [
        step.map { String($0.nomor) } ?? String(index + 1), step?.kegiatan ?? "",
        step?.pelaksana ?? "",
        step?.shape.map { symbolChoice($0) } ?? "", mutu[.kelengkapan] ?? "", mutu[.waktu] ?? "",
        mutu[.output] ?? "", mutu[.keterangan] ?? "", CSVCells.target(step?.flow.ya),
        CSVCells.target(step?.flow.tidak),
        CSVCells.target(step?.flow.next), step?.flow.labels?.ya ?? "",
        step?.flow.labels?.tidak ?? "",
      ]
      for (column, text) in cells.enumerated() {
        worksheet_write_string(sheet, r, lxw_col_t(column), ExcelCellText.fitted(text), marks.format(.langkah, index + 1, column))
      }
      growRow(sheet, r, zip(cells, widths).map { ($0, $1) })
    }
    // The total the SOP prints under its table, when it gives one.
    worksheet_write_string(sheet, lxw_row_t(rows + 1), 0, FlowchartLabel.totalLabel, header)
    worksheet_write_string(sheet, lxw_row_t(rows + 1), 5, flowchart.totalWaktu?.raw ?? "", marks.format(.langkah, rows + 1, 5))
    marks.comment(.langkah, on: sheet)
    let last = lxw_row_t(rows)
    validation(
      sheet, firstRow: 1, lastRow: last, column: 2, formula: "=Pelaksana!$A$2:$A$\(actorRows + 1)",
      title: "Pelaksana", message: "Pilih pelaksana dari daftar di sheet Pelaksana.",
      error: "Pelaksana tidak ada di sheet Pelaksana. Tambahkan dulu di sana.")
    validation(
      sheet, firstRow: 1, lastRow: last, column: 3, list: ["Mulai/Selesai", "Proses", "Keputusan"],
      title: "Simbol",
      message: "Boleh dikosongkan: langkah pertama dan terakhir menjadi Mulai/Selesai.",
      error: "Pilih Mulai/Selesai, Proses atau Keputusan.")
    protect(sheet)
  }

  /// The "Perlu Diperiksa" sheet: every review item, so nothing is said only in a comment.
  private static func writeReview(
    _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ review: XLSXTemplateReview,
    header: UnsafeMutablePointer<lxw_format>, body: UnsafeMutablePointer<lxw_format>
  ) {
    let widths = XLSXTemplateReview.widths
    for (column, width) in widths.enumerated() {
      worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }
    for (column, title) in XLSXTemplateReview.headers.enumerated() {
      worksheet_write_string(sheet, 0, lxw_col_t(column), title, header)
    }
    worksheet_freeze_panes(sheet, 1, 0)
    worksheet_repeat_rows(sheet, 0, 0)
    for (index, item) in review.rows.enumerated() {
      let row = lxw_row_t(index + 1)
      let cells = [review.place(item), item.message, item.hint ?? "", item.code]
      // LibreOffice does not grow a row for wrapped text by itself; widths in pixels as Excel draws them.
      let height = CellText.workbookRowHeight(zip(cells, widths.dropFirst()).map { ($0, CellText.workbookPixels(characters: $1)) }, minimum: 15)
      worksheet_set_row(sheet, row, height, nil)
      worksheet_write_number(sheet, row, 0, Double(index + 1), body)
      for (offset, text) in cells.enumerated() {
        worksheet_write_string(sheet, row, lxw_col_t(offset + 1), ExcelCellText.fitted(text), body)
      }
    }
    protect(sheet)
  }

  /// The input format of a cell to fix: light red, unlocked.
  private static func flaggedFormat(_ book: XLSXWorkbook) -> UnsafeMutablePointer<lxw_format> {
    let format = book.format(.init(middle: false, fill: XLSXTemplateReview.fill))
    format_set_unlocked(format)
    return format
  }

  /// The review marks of a template: the format of each input cell, and the comments of each sheet.
  private struct Marks {
    let review: XLSXTemplateReview
    let input: UnsafeMutablePointer<lxw_format>
    let flagged: UnsafeMutablePointer<lxw_format>

    /// The format of the input cell at `row`, `column` of `sheet`.
    func format(_ sheet: XLSXTemplateReview.Sheet, _ row: Int, _ column: Int) -> UnsafeMutablePointer<lxw_format> {
      review.comments[.init(sheet: sheet, row: row, column: column)] == nil ? input : flagged
    }

    /// Writes the comments of `name`'s cells to fix into `sheet`, sized to their text.
    func comment(_ name: XLSXTemplateReview.Sheet, on sheet: UnsafeMutablePointer<lxw_worksheet>) {
      let width = 320.0
      for (cell, text) in review.comments.filter({ $0.key.sheet == name }).sorted(by: { $0.key < $1.key }) {
        var options = lxw_comment_options()
        let author = strdup(XLSXTemplateReview.author)
        defer { free(author) }
        options.author = author
        options.width = UInt16(width)
        options.height = UInt16(min(600, CellText.workbookRowHeight([(text, width)], minimum: 56) / 0.75))
        worksheet_write_comment_opt(sheet, lxw_row_t(cell.row), lxw_col_t(cell.column), text, &options)
      }
    }
  }

  static func symbolChoice(_ shape: Shape) -> String {
    switch shape {
    case .terminator: return "Mulai/Selesai"
    case .process: return "Proses"
    case .decision: return "Keputusan"
    case .other(let name): return name
    }
  }

  private static func validation(
    _ sheet: UnsafeMutablePointer<lxw_worksheet>, firstRow: lxw_row_t, lastRow: lxw_row_t,
    column: lxw_col_t, formula: String? = nil,
    list: [String] = [], title: String, message: String, error: String
  ) {
    var rule = lxw_data_validation()
    rule.validate = UInt8(
      (formula != nil ? LXW_VALIDATION_TYPE_LIST_FORMULA : LXW_VALIDATION_TYPE_LIST).rawValue)
    rule.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
    var owned: [UnsafeMutablePointer<CChar>?] = [
      strdup(title), strdup(message), strdup("Isian tidak sesuai"), strdup(error),
    ]
    rule.input_title = owned[0]
    rule.input_message = owned[1]
    rule.error_title = owned[2]
    rule.error_message = owned[3]
    var items: [UnsafeMutablePointer<CChar>?] = list.map { strdup($0) } + [nil]
    if let formula {
      owned.append(strdup(formula))
      rule.value_formula = owned.last!
    }
    defer {
      owned.forEach { free($0) }
      items.forEach { free($0) }
    }
    items.withUnsafeMutableBufferPointer { buffer in
      if !list.isEmpty { rule.value_list = buffer.baseAddress }
      _ = worksheet_data_validation_range(sheet, firstRow, column, lastRow, column, &rule)
    }
  }
}
