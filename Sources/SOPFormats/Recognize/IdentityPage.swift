import Foundation
import SOPModel

/// Reads an identity page laid out as the official grid (sop-ap-format §3.2): labels with their
/// value to the right (Nomor SOP, the dates, Disahkan Oleh with the signature block below it,
/// Nama SOP), list boxes whose items lie below their label, and kop lines left of the labels.
/// It only fills what the SOP does not have yet.
enum IdentityPage {

  /// How many cells of `records` are labels of the identity page.
  static func labelCount(in records: [GridRow]) -> Int {
    records.reduce(0) { count, record in count + record.fields.filter { label($0) != nil }.count }
  }

  /// The field a cell names when it is a label of the identity page ("NOMOR SOP:", "Tgl Efektif").
  /// A misspelt label counts only when it is long enough not to be some other short word.
  static func label(_ cell: String) -> IdentityField? {
    let trimmed = cell.trimmingCharacters(in: CharacterSet(charactersIn: ": \n\t"))
    if let match = IdentityField.columnLabels.match(trimmed), match.typoOf == nil || trimmed.count > 8 { return match.key }
    // "NOMOR :", "Nama :": a short form is a label when a colon says so.
    guard cell.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":"), let match = IdentityField.labels.match(trimmed), match.typoOf == nil else { return nil }
    return match.key
  }

  /// `grid` with each row and column made two, so that a label sharing its cell with what it
  /// labels gets its own: "DASAR HUKUM:" above numbered items in one cell (Word, and merged cells
  /// in a workbook) puts the items in the row below; "Satker: …" or "Nomor SOP : …" on one line
  /// puts the value in the column beside. Row r becomes 2r − 1, column c becomes 2c. Shapes and
  /// geometry are not carried over; name the cells with `cellName`.
  static func splittingLabels(_ grid: Grid) -> Grid {
    var sheet = Grid(name: grid.name, hidden: grid.hidden, part: grid.part)
    // Labels standing alone in their cell: a cell below one of the same field is an item of its
    // list ("Peralatan :" heading the items under PERALATAN/PERLENGKAPAN), not a label.
    var alone: [Int: [(row: Int, field: IdentityField)]] = [:]
    for (number, cells) in grid.rows {
      for (column, text) in cells {
        if let field = label(text) { alone[column, default: []].append((number, field)) }
      }
    }
    for (number, cells) in grid.rows {
      for (column, text) in cells {
        let (row, at) = (2 * number - 1, 2 * column)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = lines[0].trimmingCharacters(in: .whitespaces)
        let rest = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let colon = first.firstIndex(of: ":")
        let underItsOwnLabel = label(first).map { field in alone[column]?.contains { $0.row < number && $0.field == field } ?? false } ?? false
        if underItsOwnLabel {
          sheet.rows[row, default: [:]][at] = text
        } else if let field = label(first), !rest.isEmpty {
          sheet.rows[row, default: [:]][at] = first
          if field.isList { sheet.rows[row + 1, default: [:]][at] = rest } else { sheet.rows[row, default: [:]][at + 1] = rest }
        } else if let colon, first.index(after: colon) < first.endIndex, let field = label(String(first[..<colon])), !field.isList {
          sheet.rows[row, default: [:]][at] = String(first[...colon])
          let value = String(first[first.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
          sheet.rows[row, default: [:]][at + 1] = rest.isEmpty ? value : value + "\n" + rest
        } else {
          sheet.rows[row, default: [:]][at] = text
        }
      }
    }
    return sheet
  }

  /// A workbook sheet as the identity-page reader reads it: labels split out of shared cells, cells
  /// named as in the workbook.
  static func splitSheet(_ grid: Grid) -> Grid {
    var sheet = splittingLabels(grid)
    let name = grid.name
    sheet.cellName = { row, column in "\(name)!\(CellReference.name(row: (row + 1) / 2, column: column / 2))" }
    return sheet
  }

  /// Whether the rows of `grid` (labels split out) are an identity page laid out as a grid rather
  /// than as label/value rows: a row holds two labels side by side, or text left of a label (the
  /// kop beside the labels).
  static func isLaidOutAsGrid(_ grid: Grid) -> Bool {
    for (_, cells) in grid.rows {
      let columns = cells.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.keys.sorted()
      let labels = columns.filter { label(cells[$0]!) != nil }
      if labels.count >= 2 { return true }
      if let first = labels.first, let leftmost = columns.first, first > leftmost, label(cells[leftmost]!) == nil,
        !TitleRows.isGeneric(cells[leftmost]!), Int(cells[leftmost]!.trimmingCharacters(in: CharacterSet(charactersIn: " .)\n"))) == nil
      {
        return true
      }
    }
    return false
  }

  static func fill(_ identity: inout Identity, from sheet: Grid, source: String, map: inout SourcePathMap, diagnostics: inout [Diagnostic]) {
    // Every cell that is a label of the form.
    var labels: [(row: Int, column: Int, field: IdentityField)] = []
    for (row, cells) in sheet.rows {
      for (column, text) in cells {
        guard let field = label(text) else { continue }
        labels.append((row, column, field))
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: ": \n\t"))
        if let match = IdentityField.columnLabels.match(trimmed), let typo = match.typoOf {
          diagnostics.append(Diagnostic(
            .importLabelTypo, "'\(trimmed)' read as '\(typo)'", at: sheet.location(source, row, column), hint: match.typoHint))
        }
      }
    }
    guard !labels.isEmpty else { return }
    // A short form ("NOMOR", "NAMA", "JABATAN") in a column of labels is a label too.
    let labelColumns = Set(labels.map(\.column))
    for (row, cells) in sheet.rows {
      for (column, text) in cells where labelColumns.contains(column) && label(text) == nil {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: ": \n\t"))
        if let match = IdentityField.labels.match(trimmed), match.typoOf == nil { labels.append((row, column, match.key)) }
      }
    }
    labels.sort { ($0.row, $0.column) < ($1.row, $1.column) }
    var assembler = IdentityAssembler(sopPath: "$.sops[0]", repetition: .append)
    let lastRow = sheet.rows.keys.max() ?? 0
    func cell(_ row: Int, _ column: Int) -> LocatedText {
      LocatedText(text: sheet.cell(row, column), location: sheet.location(source, row, column))
    }
    let labelRows = Set(labels.map(\.row))
    for label in labels {
      if label.field.isList {
        // Items below, between this label's column and the next label to its right on its row.
        let end = labels.filter { $0.row == label.row && $0.column > label.column }.map(\.column).min() ?? Int.max
        // Or beside it, on its own row ("5 | Dasar Hukum | UU 1/2020").
        for (column, text) in (sheet.rows[label.row] ?? [:]).sorted(by: { $0.key < $1.key }) where column > label.column && column < end && !isSeparator(text) {
          assembler.add(label.field, cell(label.row, column))
        }
        var row = label.row + 1
        while row <= lastRow, !labels.contains(where: { $0.row == row && $0.column >= label.column && $0.column < end }) {
          for (column, text) in (sheet.rows[row] ?? [:]).sorted(by: { $0.key < $1.key }) where column >= label.column && column < end {
            if Int(text.trimmingCharacters(in: .whitespaces)) != nil { continue }  // the item's number
            assembler.add(label.field, cell(row, column))
          }
          row += 1
        }
      } else if let column = (sheet.rows[label.row] ?? [:]).filter({ $0.key > label.column && !isSeparator($0.value) }).keys.min() {
        // A ':' column between label and value (label | : | value) is passed over; so is a ':'
        // that starts the value.
        var value = cell(label.row, column)
        value.text = value.text.trimmingCharacters(in: .whitespaces)
        if value.text.hasPrefix(":") { value.text = String(value.text.dropFirst()) }
        if label.field == .disahkanOleh {
          // The signature block continues below the jabatan, down to the next label row.
          var row = label.row + 1
          while row <= lastRow, !labelRows.contains(row) {
            let below = sheet.cell(row, column)
            if !below.isEmpty { value.text += "\n" + below }
            row += 1
          }
        }
        assembler.add(label.field, value)
      }
    }
    // Kop lines: text left of the labels beside or above it (a "Nama SOP" label lower down in the
    // kop's column does not push the kop out), above the first list box.
    let scalarLabels = labels.filter { !$0.field.isList }
    let firstLabelColumn = scalarLabels.map(\.column).min() ?? 0
    let firstListRow = labels.filter { $0.field.isList }.map(\.row).min() ?? lastRow + 1
    // Above every label: a letterhead (kop lines), unless it is a title block, a generic heading
    // ("STANDAR OPERASIONAL PROSEDUR") with the SOP's name under it.
    let firstLabelRow = scalarLabels.map(\.row).min() ?? 0
    var afterHeading = false
    for row in sheet.rows.keys.sorted() where row < firstListRow {
      let cells = (sheet.rows[row] ?? [:]).sorted(by: { $0.key < $1.key }).filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
      if row < firstLabelRow {
        if cells.count == 1, TitleRows.isGeneric(cells[0].value) {
          afterHeading = true
          continue
        }
        if afterHeading {
          afterHeading = false
          continue
        }
        // A bare number or ordinal left of the labels is a row number, not a kop line.
        for (column, text) in cells where Int(text.trimmingCharacters(in: CharacterSet(charactersIn: " .)"))) == nil {
          assembler.add(.kop, cell(row, column))
        }
        continue
      }
      let labelColumn = scalarLabels.filter { $0.row <= row }.map(\.column).min() ?? firstLabelColumn
      for (column, text) in cells where column < labelColumn && Int(text.trimmingCharacters(in: CharacterSet(charactersIn: " .)"))) == nil {
        assembler.add(.kop, cell(row, column))
      }
    }
    var local = SourcePathMap(file: source)
    let read = assembler.build(&local)
    merge(read, into: &identity)
    map.merge(local)
    diagnostics += assembler.diagnostics
  }

  /// A cell that only separates a label from its value (":").
  static func isSeparator(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty || trimmed == ":" || trimmed == "="
  }

  /// Fills the empty fields of `identity` from `read`.
  private static func merge(_ read: Identity, into identity: inout Identity) {
    if identity.kop.lines.isEmpty { identity.kop.lines = read.kop.lines }
    identity.satker = identity.satker ?? read.satker
    identity.nomorSOP = identity.nomorSOP ?? read.nomorSOP
    identity.tanggal.pembuatan = identity.tanggal.pembuatan ?? read.tanggal.pembuatan
    identity.tanggal.revisi = identity.tanggal.revisi ?? read.tanggal.revisi
    identity.tanggal.efektif = identity.tanggal.efektif ?? read.tanggal.efektif
    let signer = read.pengesahan
    identity.pengesahan.jabatan = identity.pengesahan.jabatan ?? signer.jabatan
    identity.pengesahan.nama = identity.pengesahan.nama ?? signer.nama
    identity.pengesahan.nip = identity.pengesahan.nip ?? signer.nip
    identity.pengesahan.pangkat = identity.pengesahan.pangkat ?? signer.pangkat
    identity.disusunOleh = identity.disusunOleh ?? read.disusunOleh
    if identity.namaSOP.isEmpty { identity.namaSOP = read.namaSOP }
    func list(_ keyPath: WritableKeyPath<IdentityLists, [String]>) {
      if identity.lists[keyPath: keyPath].isEmpty { identity.lists[keyPath: keyPath] = read.lists[keyPath: keyPath] }
    }
    list(\.dasarHukum)
    list(\.kualifikasiPelaksana)
    list(\.keterkaitan)
    list(\.peralatanPerlengkapan)
    list(\.peringatan)
    list(\.pencatatanPendataan)
  }
}
