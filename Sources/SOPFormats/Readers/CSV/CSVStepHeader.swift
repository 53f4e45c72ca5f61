import Foundation
import SOPModel

/// The steps-table header of a CSV: which field holds which column, and the actor columns.
///
/// Accepts the official two-row header ("Pelaksana" and "Mutu Baku" over their sub-columns, as
/// a CSV export of the official sheet gives it) and a one-row header, where a column sopkit does not
/// know is an actor column unless a single "Pelaksana" column names the actors.
struct CSVStepHeader {
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

  static func isHeader(_ record: CSVRecord) -> Bool {
    // "No" is short and never misspelt beyond recognition: rows without it (every step row) are
    // passed over without matching their long cells against every header spelling.
    guard record.fields.contains(where: { field in
      guard field.utf8.count <= 24, let first = field.first(where: { !$0.isWhitespace }), first == "N" || first == "n" else { return false }
      return nomorLabels.contains(LabelMatcher<StepColumn>.normalize(field))
    }) else { return false }
    let keys = record.fields.compactMap { matcher.match($0)?.key }
    return keys.contains(.nomor) && keys.contains(.kegiatan)
  }

  init(records: [CSVRecord], at index: Int, sheet: CSVSheet) {
    let main = records[index]
    location = sheet.location(main, field: 0)
    let mainKeys = main.fields.map { Self.matcher.match($0) }
    let nomorField = mainKeys.firstIndex { $0?.key == .nomor } ?? 0
    let hasGroups = mainKeys.contains { $0?.key == .pelaksana || $0?.key == .mutuBaku }
    let sub = index + 1 < records.count ? records[index + 1] : nil
    let twoRows = hasGroups && sub.map { $0[nomorField].allSatisfy(\.isWhitespace) && !$0.isBlank } == true

    var unknown: [(name: String, field: Int)] = []
    var group: StepColumn?
    let width = max(main.fields.count, sub?.fields.count ?? 0)
    for field in 0..<width {
      let top = main[field].trimmingCharacters(in: .whitespacesAndNewlines)
      if !top.isEmpty { group = mainKeys[field]?.key }
      let below = twoRows ? (sub?[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) : ""
      if twoRows, !below.isEmpty {
        if group == .pelaksana {
          actorColumns.append((below, field))
        } else if let match = Self.matcher.match(below), match.key != .pelaksana, match.key != .mutuBaku {
          assign(match.key, field, sheet.location(sub!, field: field), typo: match.typoOf, written: below)
        } else {
          unknown.append((below, field))
        }
        continue
      }
      guard !top.isEmpty else { continue }
      if let match = mainKeys[field] {
        if match.key == .mutuBaku { continue }
        if match.key == .pelaksana, twoRows { continue }
        assign(match.key, field, sheet.location(main, field: field), typo: match.typoOf, written: top)
      } else {
        unknown.append((top, field))
      }
    }
    if twoRows {
      rowCount = 2
      actorsFromColumns = true
      for column in unknown {
        diagnostics.append(Diagnostic(
          .csvUnknownColumn, "column '\(column.name)' is not a steps-table column; it is ignored",
          at: sheet.location(records[index + 1], field: column.field), hint: "columns: No, Kegiatan, Pelaksana, Kelengkapan, Waktu, Output, Keterangan, Jika Ya, Jika Tidak"))
      }
    } else if columns[.pelaksana] != nil {
      for column in unknown {
        diagnostics.append(Diagnostic(
          .csvUnknownColumn, "column '\(column.name)' is not a steps-table column; it is ignored",
          at: sheet.location(main, field: column.field), hint: "with a Pelaksana column naming the actor, other columns must be known ones"))
      }
    } else {
      actorsFromColumns = true
      actorColumns = unknown
    }
    if let numbers = index + rowCount < records.count ? records[index + rowCount] : nil, Self.isColumnNumbers(numbers) {
      rowCount += 1
    }
  }

  private mutating func assign(_ key: StepColumn, _ field: Int, _ location: SourceLocation, typo: String?, written: String) {
    if let existing = columns[key] {
      diagnostics.append(Diagnostic(
        .csvDuplicateColumn, "two '\(key.header)' columns (fields \(existing + 1) and \(field + 1))",
        at: location, hint: "rename or remove one of them"))
      return
    }
    if let typo {
      diagnostics.append(Diagnostic(.importLabelTypo, "'\(written)' read as '\(typo)'", at: location))
    }
    columns[key] = field
  }

  /// A row "1, 2, 3, …" under the header, as some offices print (sop-ap-format §4.1).
  static func isColumnNumbers(_ record: CSVRecord) -> Bool {
    let cells = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard cells.count >= 3 else { return false }
    return cells.enumerated().allSatisfy { Int($0.element.trimmingCharacters(in: CharacterSet(charactersIn: "().[] "))) == $0.offset + 1 }
  }

  /// The step row of `record` under this header.
  func row(_ record: CSVRecord, sheet: CSVSheet) -> StepRow {
    var row = StepRow(location: sheet.location(record, field: columns[.nomor] ?? 0))
    for (column, field) in columns {
      row.cells[column] = sheet.cell(record, field)
    }
    if actorsFromColumns {
      for actor in actorColumns where !record[actor.field].allSatisfy(\.isWhitespace) {
        row.marks.append((actor.name, sheet.cell(record, actor.field)))
      }
    }
    return row
  }
}
