import Foundation
import SOPModel

/// A column of the table layout that is neither an identity field nor a step column.
enum TableColumn: Hashable, Sendable {
  case key, judul, actors, total

  static let matcher = LabelMatcher<TableColumn>([
    (.key, ["SOP", "Kode SOP", "ID SOP", "Kunci SOP", "Key"]),
    (.judul, ["Judul Flowchart", "Flowchart"]),
    (.actors, ["Daftar Pelaksana", "Urutan Pelaksana"]),
    (.total, ["Total Waktu", "Jumlah Waktu"]),
  ])

  var header: String {
    switch self {
    case .key: return "SOP"
    case .judul: return "Judul Flowchart"
    case .actors: return "Daftar Pelaksana"
    case .total: return "Total Waktu"
    }
  }
}

/// The "table" layout: one row per step, many SOPs per file. A key column names the SOP; identity
/// columns are repeated on every row or given on each SOP's first row only, or come from a second
/// CSV with one row per key.
struct TableRecognizer {
  /// Where each kind of column is.
  struct Header {
    var table: [TableColumn: Int] = [:]
    var steps: [StepColumn: Int] = [:]
    var identity: [(field: IdentityField, index: Int)] = []
    var extras: [(label: String, index: Int)] = []
    /// Extra-field columns written with ``ExtraLabel/prefix`` (not reported as unknown).
    var prefixedExtras: Set<Int> = []
    /// Columns named twice: (name, first field, second field), 0-based.
    var duplicates: [(name: String, first: Int, second: Int)] = []
    var record: GridRow
  }

  let sheet: TableText
  let header: Header
  let identitySheet: TableText?
  private(set) var diagnostics: [Diagnostic] = []


  init(sheet: TableText, header: Header, identity: TableText?) {
    self.sheet = sheet
    self.header = header
    self.identitySheet = identity
  }

  /// The header when the first row has a key column, a No column and a Kegiatan column.
  static func header(in sheet: TableText) -> Header? {
    guard let first = sheet.records.first(where: { !$0.isBlank }) else { return nil }
    guard let header = columns(of: first, requireSteps: true) else { return nil }
    return header
  }

  static func columns(of record: GridRow, requireSteps: Bool) -> Header? {
    var header = Header(record: record)
    for (index, text) in record.fields.enumerated() where !text.allSatisfy(\.isWhitespace) {
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.lowercased().hasPrefix(ExtraLabel.prefix.lowercased()) {
        header.extras.append((String(trimmed.dropFirst(ExtraLabel.prefix.count)).trimmingCharacters(in: .whitespaces), index))
        header.prefixedExtras.insert(index)
      } else if let match = TableColumn.matcher.match(text), match.typoOf == nil || match.key != .key {
        if let first = header.table[match.key] { header.duplicates.append((match.key.header, first, index)) } else { header.table[match.key] = index }
      } else if let match = StepsHeader.matcher.match(text), match.key != .mutuBaku {
        if let first = header.steps[match.key] { header.duplicates.append((match.key.header, first, index)) } else { header.steps[match.key] = index }
      } else if let match = IdentityField.columnLabels.match(text) {
        if let first = header.identity.first(where: { $0.field == match.key }) {
          header.duplicates.append((match.key.label, first.index, index))
        } else {
          header.identity.append((match.key, index))
        }
      } else {
        header.extras.append((text.trimmingCharacters(in: .whitespacesAndNewlines), index))
      }
    }
    guard header.table[.key] != nil else { return nil }
    if requireSteps, header.steps[.nomor] == nil || header.steps[.kegiatan] == nil { return nil }
    return header
  }

  mutating func read(_ map: inout SourcePathMap) -> SOPFile? {
    for duplicate in header.duplicates {
      diagnostics.append(Diagnostic(
        .importDuplicateColumn, "two '\(duplicate.name)' columns (fields \(duplicate.first + 1) and \(duplicate.second + 1)); the second is not read",
        at: sheet.location(header.record, field: duplicate.second), hint: "rename or remove one of them"))
    }
    for extra in header.extras where !header.prefixedExtras.contains(extra.index) {
      diagnostics.append(Diagnostic(
        .importUnknownColumn, "column '\(extra.label)' is not an SOP column; its values are kept as extra fields",
        at: sheet.location(header.record, field: extra.index), hint: "check the spelling if it is meant to be a known column (see README, CSV table layout)"))
    }
    if header.steps[.pelaksana] == nil {
      diagnostics.append(Diagnostic(
        .importMissingColumn, "missing column 'Pelaksana' (found: \(found(header.record)))",
        at: sheet.location(header.record, field: 0), hint: "the table layout names each step's actor in a Pelaksana column"))
    }
    let keyField = header.table[.key]!
    var groups: [(key: String, rows: [GridRow])] = []
    var groupIndex: [String: Int] = [:]
    var currentKey: String?
    let headerLine = header.record.line
    for record in sheet.records where record.line > headerLine && !record.isBlank {
      var key = record[keyField].trimmingCharacters(in: .whitespacesAndNewlines)
      if key.isEmpty {
        guard let current = currentKey else {
          diagnostics.append(Diagnostic(
            .importMissingKey, "this row has no SOP key and there is no row above to take it from",
            at: sheet.location(record, field: keyField), hint: "write the SOP's key (for example its number) in the '\(header.record[keyField])' column"))
          continue
        }
        key = current
      }
      currentKey = key
      if let at = groupIndex[key] {
        groups[at].rows.append(record)
      } else {
        groupIndex[key] = groups.count
        groups.append((key, [record]))
      }
    }
    let identityRows = readIdentitySheet()
    var sops: [SOPDocument] = []
    for (index, group) in groups.enumerated() {
      sops.append(readSOP(group.key, group.rows, index: index, identityRow: identityRows[group.key], &map))
    }
    if let identitySheet {
      for (key, row) in identityRows.sorted(by: { $0.value.record.line < $1.value.record.line }) where groupIndex[key] == nil {
        diagnostics.append(Diagnostic(
          .csvUnmatchedIdentity, "identity row for SOP '\(key)' has no steps in \(sheet.source)",
          at: identitySheet.location(row.record, field: 0), hint: "check the key against the steps file"))
      }
      for group in groups where identityRows[group.key] == nil {
        diagnostics.append(Diagnostic(
          .csvUnmatchedIdentity, "SOP '\(group.key)' has no identity row in \(identitySheet.source)",
          at: sheet.location(group.rows[0], field: keyField), hint: "add a row with this key to the identity file"))
      }
    }
    return SOPFile(sops: sops)
  }

  private func found(_ record: GridRow) -> String {
    record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: ", ")
  }

  private mutating func readSOP(
    _ key: String, _ rows: [GridRow], index: Int, identityRow: (header: Header, record: GridRow)?, _ map: inout SourcePathMap
  ) -> SOPDocument {
    let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), index)
    map.record(sopPath, sheet.location(rows[0], field: header.table[.key]!))
    var identity = IdentityAssembler(sopPath: sopPath, repetition: .once)
    if let identityRow, let identitySheet {
      add(identityRow.header, identityRow.record, identitySheet, to: &identity)
    }
    var assembler = FlowchartAssembler(
      flowchartsPath: JSONPath.member(sopPath, "flowcharts"), actors: [], actorsFromColumns: false,
      header: nil, map: SourcePathMap(file: sheet.source))
    let stepHeader = stepHeader()
    var judul: String?
    for record in rows {
      add(header, record, sheet, to: &identity)
      let newJudul = header.table[.judul].map { record[$0].trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
      let number = header.steps[.nomor].flatMap { FlowchartAssembler.stepNumber(record[$0].trimmingCharacters(in: .whitespaces)) }
      if (newJudul != nil && newJudul != judul) || number == 1 { assembler.finishFlowchart() }
      if let newJudul { judul = newJudul }
      let actors = header.table[.actors].map { field in
        record[field].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      }
      assembler.describe(judul: newJudul, actors: actors)
      if let total = header.table[.total], !record[total].allSatisfy(\.isWhitespace) {
        assembler.setTotal(sheet.cell(record, total))
      }
      assembler.add(stepHeader.row(record, sheet: sheet))
    }
    let done = assembler.finish()
    map.merge(done.map)
    diagnostics += assembler.diagnostics
    let built = identity.build(&map)
    diagnostics += identity.diagnostics
    return SOPDocument(identity: built, flowcharts: done.flowcharts)
  }

  private func add(_ header: Header, _ record: GridRow, _ sheet: TableText, to identity: inout IdentityAssembler) {
    for column in header.identity {
      identity.add(column.field, sheet.cell(record, column.index))
    }
    for extra in header.extras {
      identity.addExtra(label: extra.label, sheet.cell(record, extra.index))
    }
  }

  private func stepHeader() -> StepsHeader {
    var stepHeader = StepsHeader(records: [header.record], at: 0, sheet: sheet)
    stepHeader.columns = header.steps
    stepHeader.actorColumns = []
    stepHeader.actorsFromColumns = false
    return stepHeader
  }

  /// The identity CSV's rows by key.
  private mutating func readIdentitySheet() -> [String: (header: Header, record: GridRow)] {
    guard let identitySheet else { return [:] }
    guard let first = identitySheet.records.first(where: { !$0.isBlank }),
      let identityHeader = Self.columns(of: first, requireSteps: false)
    else {
      let first = identitySheet.records.first { !$0.isBlank }
      diagnostics.append(Diagnostic(
        .importMissingColumn, "missing column 'SOP' (found: \(first.map(found) ?? "nothing"))",
        at: SourceLocation(file: identitySheet.source, row: first?.line ?? 1, column: 1),
        hint: "the identity file needs the same key column as the steps file, then identity columns such as Nama SOP, Nomor SOP"))
      return [:]
    }
    var rows: [String: (header: Header, record: GridRow)] = [:]
    let keyField = identityHeader.table[.key]!
    for record in identitySheet.records where record.line > first.line && !record.isBlank {
      let key = record[keyField].trimmingCharacters(in: .whitespacesAndNewlines)
      if key.isEmpty {
        diagnostics.append(Diagnostic(.importMissingKey, "this identity row has no SOP key", at: identitySheet.location(record, field: keyField)))
        continue
      }
      if rows[key] == nil { rows[key] = (identityHeader, record) }
    }
    return rows
  }
}
