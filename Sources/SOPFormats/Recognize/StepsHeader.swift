import Foundation
import SOPModel

/// The steps-table header of a CSV: which field holds which column, and the actor columns.
///
/// Accepts the official two-row header ("Pelaksana" and "Mutu Baku" over their sub-columns, as
/// a CSV export of the official sheet gives it) and a one-row header, where a column sopkit does not
/// know is an actor column unless a single "Pelaksana" column names the actors.
struct StepsHeader {
  var columns: [StepColumn: Int] = [:]
  var actorColumns: [(name: String, field: Int)] = []
  /// Whether actors are columns (a mark per row) rather than names in a Pelaksana column.
  var actorsFromColumns = false
  var location: SourceLocation
  /// How many records the header takes (1 or 2, plus a row of column numbers).
  var rowCount = 1
  var diagnostics: [Diagnostic] = []

  static let matcher = LabelMatcher(StepColumn.synonyms, prefixKeys: StepColumn.prefixMatched)

  /// Whether `record` looks like a steps header: a No column and a Kegiatan column.
  /// The No column's labels, normalised.
  private static let nomorLabels: Set<String> = ["no", "nomor", "no urut", "nomor urut"]

  static func isHeader(_ record: GridRow) -> Bool {
    // "No" is short and never misspelt beyond recognition: rows without it (every step row) are
    // passed over without matching their long cells against every header spelling.
    guard record.fields.contains(where: { field in
      guard field.utf8.count <= 24, let first = field.first(where: { !$0.isWhitespace }), first == "N" || first == "n" else { return false }
      return nomorLabels.contains(LabelMatcher<StepColumn>.normalize(field))
    }) else { return false }
    let keys = record.fields.compactMap { matcher.match($0)?.key }
    return keys.contains(.nomor) && keys.contains(.kegiatan)
  }

  init(records: [GridRow], at index: Int, sheet: TableText) {
    let main = records[index]
    location = sheet.location(main, field: 0)
    let mainKeys = main.fields.map { Self.matcher.match($0) }
    let nomorField = mainKeys.firstIndex { $0?.key == .nomor } ?? 0
    let kegiatanField = mainKeys.firstIndex { $0?.key == .kegiatan } ?? nomorField
    let sub = index + 1 < records.count ? records[index + 1] : nil
    let twoRows = sub.map { Self.isSubHeader($0, under: main, keys: mainKeys, nomorField: nomorField) } ?? false

    var unknown: [(name: String, field: Int, record: GridRow)] = []
    let width = max(main.fields.count, sub?.fields.count ?? 0)
    if twoRows, let sub {
      // Structure first: the sub-header columns right of Kegiatan and left of the Mutu Baku block
      // are the actors, whatever the group header above them says ("Pelaksana", "Pelaksanaan",
      // "Pelaku", nothing); a column whose own label is a Mutu Baku word is never an actor, even
      // under a Pelaksana header merged one column too far.
      let groups = Self.groups(of: main, keys: mainKeys, width: width)
      let mutuBakuStart = (0..<width).first { field in
        let below = sub[field].trimmingCharacters(in: .whitespacesAndNewlines)
        if groups[field]?.key == .mutuBaku, !below.isEmpty { return true }
        guard let key = Self.exactMatch(below)?.key else { return false }
        return [.kelengkapan, .waktu, .output].contains(key)
      }
      var groupWords: [(word: String, field: Int)] = []
      for field in 0..<width {
        let top = main[field].trimmingCharacters(in: .whitespacesAndNewlines)
        let below = sub[field].trimmingCharacters(in: .whitespacesAndNewlines)
        if !below.isEmpty {
          if let match = Self.matcher.match(below), match.key != .pelaksana, match.key != .mutuBaku,
            match.typoOf == nil || groups[field]?.key != .pelaksana
          {
            assign(match.key, field, sheet.location(sub, field: field), typo: match.typoOf, written: below)
          } else if field > kegiatanField, field < (mutuBakuStart ?? Int.max), groups[field]?.key != .mutuBaku {
            actorColumns.append((below, field))
            if let group = groups[field], group.key != .pelaksana, !groupWords.contains(where: { $0.word == group.word }) {
              groupWords.append((group.word, group.field))
            }
          } else {
            unknown.append((below, field, sub))
          }
          continue
        }
        guard !top.isEmpty, let match = mainKeys[field] else {
          if !top.isEmpty { unknown.append((top, field, main)) }
          continue
        }
        if match.key == .mutuBaku || match.key == .pelaksana { continue }
        assign(match.key, field, sheet.location(main, field: field), typo: match.typoOf, written: top)
      }
      for group in groupWords where !group.word.isEmpty {
        diagnostics.append(Diagnostic(
          .importHeaderByPlace, "the columns under '\(group.word)' are read as the Pelaksana columns (the actor names are in the row below)",
          at: sheet.location(main, field: group.field)))
      }
      rowCount = 2
      actorsFromColumns = true
      for column in unknown {
        diagnostics.append(Diagnostic(
          .importUnknownColumn, "column '\(column.name)' is not a steps-table column; it is ignored",
          at: sheet.location(column.record, field: column.field), hint: "columns: No, Kegiatan, Pelaksana, Kelengkapan, Waktu, Output, Keterangan, Jika Ya, Jika Tidak"))
      }
    } else {
      for field in 0..<width {
        let top = main[field].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !top.isEmpty else { continue }
        if let match = mainKeys[field] {
          if match.key == .mutuBaku { continue }
          assign(match.key, field, sheet.location(main, field: field), typo: match.typoOf, written: top)
        } else {
          unknown.append((top, field, main))
        }
      }
      if columns[.pelaksana] != nil {
        for column in unknown {
          diagnostics.append(Diagnostic(
            .importUnknownColumn, "column '\(column.name)' is not a steps-table column; it is ignored",
            at: sheet.location(main, field: column.field), hint: "with a Pelaksana column naming the actor, other columns must be known ones"))
        }
      } else {
        actorsFromColumns = true
        // Actor columns hold marks or symbol words; a column of sentences is something else.
        let body = Self.bodyRows(records, after: index + 1)
        for column in unknown {
          if let sample = Self.textSample(body, field: column.field) {
            diagnostics.append(Diagnostic(
              .importTextColumn, "column '\(column.name)' holds text, not marks ('\(sample)'); it is not a Pelaksana column and is not read",
              at: sheet.location(main, field: column.field), hint: "an actor column holds a mark (✓, ●) or a symbol in the row of each step it does"))
          } else {
            actorColumns.append((column.name, column.field))
          }
        }
      }
    }
    if let numbers = index + rowCount < records.count ? records[index + rowCount] : nil, Self.isColumnNumbers(numbers) {
      rowCount += 1
    }
  }

  /// Whether `sub` is the second row of a two-row header under `main`: it has no step number,
  /// it is not a row of column numbers, and it has text under a group header (Pelaksana, Mutu
  /// Baku) or under a cell left empty by a group header merged across.
  private static func isSubHeader(_ sub: GridRow, under main: GridRow, keys: [LabelMatcher<StepColumn>.Match?], nomorField: Int) -> Bool {
    guard !sub.isBlank, sub[nomorField].allSatisfy(\.isWhitespace), !isColumnNumbers(sub) else { return false }
    if keys.contains(where: { $0?.key == .pelaksana || $0?.key == .mutuBaku }) { return true }
    return (0..<sub.fields.count).contains { !sub[$0].allSatisfy(\.isWhitespace) && main[$0].allSatisfy(\.isWhitespace) }
  }

  /// For each column, the group header above it: the nearest non-empty header cell at or left
  /// of it (a merged cell is empty past its first column).
  private static func groups(of main: GridRow, keys: [LabelMatcher<StepColumn>.Match?], width: Int) -> [Int: (key: StepColumn?, word: String, field: Int)] {
    var result: [Int: (key: StepColumn?, word: String, field: Int)] = [:]
    var current: (key: StepColumn?, word: String, field: Int)?
    for field in 0..<width {
      let top = main[field].trimmingCharacters(in: .whitespacesAndNewlines)
      if !top.isEmpty { current = (field < keys.count ? keys[field]?.key : nil, top, field) }
      result[field] = current
    }
    return result
  }

  private static func exactMatch(_ label: String) -> LabelMatcher<StepColumn>.Match? {
    matcher.match(label).flatMap { $0.typoOf == nil ? $0 : nil }
  }

  /// The rows under a header, up to the first blank row or the next header (at most 500).
  private static func bodyRows(_ records: [GridRow], after start: Int) -> ArraySlice<GridRow> {
    var end = start
    while end < records.count, end - start < 500, !records[end].isBlank, !isHeader(records[end]) { end += 1 }
    return records[start..<end]
  }

  /// A cell of `field` in `rows` that is text rather than a mark or symbol word, shortened, when
  /// at least half of the column's filled cells are such text.
  private static func textSample(_ rows: ArraySlice<GridRow>, field: Int) -> String? {
    var filled = 0
    var texts: [String] = []
    for record in rows {
      let text = record[field].trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { continue }
      filled += 1
      if ShapeWords.isText(text) { texts.append(text) }
    }
    guard let first = texts.first, texts.count * 2 >= filled else { return nil }
    let line = first.split(whereSeparator: \.isNewline).first.map(String.init) ?? first
    return line.count > 30 ? String(line.prefix(30)) + "…" : line
  }

  /// The unit a Waktu header names ("Waktu (menit)", "WAKTU (HARI KERJA)"): the unit of a bare number.
  var waktuUnit: WaktuUnit?

  private mutating func assign(_ key: StepColumn, _ field: Int, _ location: SourceLocation, typo: String?, written: String) {
    if key == .waktu, let open = written.firstIndex(of: "(") {
      waktuUnit = Waktu.parse("1 " + written[written.index(after: open)...].trimmingCharacters(in: CharacterSet(charactersIn: "() \n")))?.unit
    }
    if let existing = columns[key] {
      diagnostics.append(Diagnostic(
        .importDuplicateColumn, "two '\(key.header)' columns (fields \(existing + 1) and \(field + 1))",
        at: location, hint: "rename or remove one of them"))
      return
    }
    if let typo {
      diagnostics.append(Diagnostic(
        .importLabelTypo, "the header '\(written)' is read as the column '\(typo)'", at: location,
        hint: "correct the spelling in the file to make the reading certain"))
    }
    columns[key] = field
  }

  /// A row "1, 2, 3, …" under the header, as some offices print (sop-ap-format §4.1).
  static func isColumnNumbers(_ record: GridRow) -> Bool {
    let cells = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard cells.count >= 3 else { return false }
    return cells.enumerated().allSatisfy { Int($0.element.trimmingCharacters(in: CharacterSet(charactersIn: "().[] "))) == $0.offset + 1 }
  }

  /// The step row of `record` under this header.
  func row(_ record: GridRow, sheet: TableText) -> StepRow {
    var row = StepRow(location: sheet.location(record, field: columns[.nomor] ?? 0))
    for (column, field) in columns {
      row.cells[column] = sheet.cell(record, field)
    }
    if actorsFromColumns {
      for actor in actorColumns where !record.isEmpty(actor.field) {
        row.marks.append(StepRow.Mark(
          actor: actor.name, mark: sheet.cell(record, actor.field), symbol: record.symbols[actor.field], isPicture: record.pictures.contains(actor.field)))
      }
    }
    return row
  }
}
