import Foundation
import SOPModel

/// Labels of the rows around a steps table.
enum FlowchartLabel: Hashable, Sendable {
  case judul, total

  static let matcher = LabelMatcher<FlowchartLabel>(
    [
      (.judul, ["Judul Flowchart", "Flowchart", "Judul Bagan Alir", "Bagan Alir"]),
      (.total, ["Jumlah", "Total", "Total Waktu", "Jumlah Waktu"]),
    ], prefixKeys: [.total])
}

/// The "form" layout: one SOP per file, as the official sheet reads top to bottom. Identity rows
/// are label/value pairs (a list field as numbered lines in one cell or as several rows; a row
/// with an empty label continues the list above), then one or more steps tables.
struct CSVFormLayout {
  let sheet: CSVSheet
  private(set) var diagnostics: [Diagnostic] = []

  static let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), 0)

  init(sheet: CSVSheet) { self.sheet = sheet }

  mutating func read(_ map: inout SourcePathMap) -> SOPFile? {
    let records = sheet.records
    var identity = IdentityAssembler(sopPath: Self.sopPath, repetition: .append)
    var flowcharts: [Flowchart] = []
    var assembler: FlowchartAssembler?
    var header: CSVStepHeader?
    var lastListField: (field: IdentityField, labelField: Int)?
    var judul: String?
    map.record(Self.sopPath, sheet.location(records[0], field: 0))
    let flowchartsPath = JSONPath.member(Self.sopPath, "flowcharts")

    if !records.contains(where: CSVStepHeader.isHeader), let first = records.first(where: { !$0.isBlank }),
      CSVTableLayout.columns(of: first, requireSteps: false) != nil
    {
      diagnostics.append(Diagnostic(
        .csvNoStepsHeader, "this file has an SOP key column but no steps: it looks like the identity file of a table-layout CSV",
        at: sheet.location(first, field: 0), hint: "give it with --identity to the steps file: sopkit convert steps.csv --identity \(sheet.source) -o out.json"))
      return nil
    }
    // Without a real steps header, identity rows end where a near-miss header starts, so its
    // rows are reported once as a missing column rather than as unknown labels.
    let end = records.count
    var skippingBrokenTable = false
    var reportedBrokenHeader = false
    var index = 0
    var blankSinceLastStep = false
    while index < end {
      let record = records[index]
      defer { index += 1 }
      if record.isBlank {
        blankSinceLastStep = true
        continue
      }
      // A header that names steps columns but lacks No or Kegiatan: its table cannot be read, and
      // its rows must not pass for identity rows. Reported at the header; the table is skipped.
      if !CSVStepHeader.isHeader(record), let missing = Self.missingHeaderColumn(record) {
        let found = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: ", ")
        diagnostics.append(Diagnostic(
          .csvMissingColumn, "missing column '\(missing.header)' (found: \(found))", at: sheet.location(record, field: 0),
          hint: missing == .kegiatan
            ? "name the activity column Kegiatan (also accepted: Uraian Kegiatan, Uraian Prosedur, Aktivitas, Langkah)"
            : "name the step-number column No"))
        reportedBrokenHeader = true
        skippingBrokenTable = true
        continue
      }
      if skippingBrokenTable, !CSVStepHeader.isHeader(record) { continue }
      skippingBrokenTable = false
      if CSVStepHeader.isHeader(record) {
        if var previous = assembler {
          let done = previous.finish()
          flowcharts += done.flowcharts
          map.merge(done.map)
          diagnostics += previous.diagnostics
        }
        let found = CSVStepHeader(records: records, at: index, sheet: sheet)
        diagnostics += found.diagnostics
        assembler = FlowchartAssembler(
          flowchartsPath: flowchartsPath, firstIndex: flowcharts.count, actors: found.actorColumns.map(\.name),
          actorsFromColumns: found.actorsFromColumns, header: found.location, map: SourcePathMap(file: sheet.source))
        assembler?.describe(judul: judul, actors: nil)
        judul = nil
        header = found
        index += found.rowCount - 1
        continue
      }
      let labelField = record.fields.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0
      let label = record[labelField]
      if let header, assembler != nil {
        let noCell = record[header.columns[.nomor] ?? 0].trimmingCharacters(in: .whitespacesAndNewlines)
        let numbered = FlowchartAssembler.stepNumber(noCell) != nil
        let unlabelled = IdentityField.labels.match(label) == nil && FlowchartLabel.matcher.match(label) == nil
        if numbered || (noCell.isEmpty && unlabelled && !blankSinceLastStep) {
          assembler?.add(header.row(record, sheet: sheet))
          if numbered { blankSinceLastStep = false }
          continue
        }
        if noCell.isEmpty, unlabelled {
          // Below a blank row, unnumbered text (a signature block, a note) is not part of a step.
          let text = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: " | ")
          diagnostics.append(Diagnostic(
            .csvStrayRow, "'\(text.count > 60 ? String(text.prefix(60)) + "…" : text)' is below the steps table and not part of a step; it is ignored",
            at: sheet.location(record, field: labelField), hint: "a row that continues a step must follow it directly, without a blank row"))
          continue
        }
        if FlowchartLabel.matcher.match(label)?.key == .total {
          let waktuField = header.columns[.waktu]
          let field = waktuField.flatMap { record[$0].allSatisfy(\.isWhitespace) ? nil : $0 } ?? nextValueField(record, after: labelField)
          if let field { assembler?.setTotal(sheet.cell(record, field)) }
          continue
        }
        if FlowchartLabel.matcher.match(label)?.key == .judul {
          // A title after a table belongs to the next table.
          judul = values(record, after: labelField).first?.trimmed
          continue
        }
        if IdentityField.labels.match(label) == nil {
          assembler?.add(header.row(record, sheet: sheet))  // reports the bad step number
          continue
        }
      }
      readIdentityRow(record, labelField: labelField, into: &identity, lastListField: &lastListField, judul: &judul)
    }
    if var last = assembler {
      let done = last.finish()
      flowcharts += done.flowcharts
      map.merge(done.map)
      diagnostics += last.diagnostics
    } else if reportedBrokenHeader {
      // Said above, at the header.
    } else {
      diagnostics.append(Diagnostic(
        .csvNoStepsHeader, "no steps table: no row has both a 'No' and a 'Kegiatan' column",
        at: SourceLocation(file: sheet.source), hint: "add the header row No, Kegiatan, <one column per Pelaksana>, Kelengkapan, Waktu, Output, Keterangan (see Templates/)"))
    }
    let built = identity.build(&map)
    diagnostics += identity.diagnostics
    return SOPFile(sops: [SOPDocument(identity: built, flowcharts: flowcharts)])
  }

  private mutating func readIdentityRow(
    _ record: CSVRecord, labelField: Int, into identity: inout IdentityAssembler, lastListField: inout (field: IdentityField, labelField: Int)?, judul: inout String?
  ) {
    var label = record[labelField]
    var cells = values(record, after: labelField)
    // "NOMOR SOP: 01" in one cell.
    if cells.isEmpty, let colon = label.firstIndex(of: ":"), IdentityField.labels.match(String(label[..<colon])) != nil {
      let value = String(label[label.index(after: colon)...])
      cells = [LocatedText(text: value, location: sheet.location(record, field: labelField))]
      label = String(label[..<colon])
    }
    if let list = lastListField?.field, labelField > lastListField?.labelField ?? 0, IdentityField.labels.match(label) == nil {
      identity.add(list, LocatedText(text: record[labelField], location: sheet.location(record, field: labelField)))
      for cell in cells { identity.add(list, cell) }
      return
    }
    let location = sheet.location(record, field: labelField)
    if let match = IdentityField.labels.match(label) {
      if let typo = match.typoOf {
        diagnostics.append(Diagnostic(.importLabelTypo, "'\(label.trimmingCharacters(in: .whitespacesAndNewlines))' read as '\(typo)'", at: location))
      }
      lastListField = match.key.isList ? (match.key, labelField) : nil
      if match.key.isList {
        for cell in cells { identity.add(match.key, cell) }
      } else if let first = cells.first {
        identity.add(match.key, LocatedText(text: cells.map(\.trimmed).joined(separator: "\n"), location: first.location))
      }
      return
    }
    lastListField = nil
    if FlowchartLabel.matcher.match(label)?.key == .judul {
      judul = cells.first?.trimmed
      return
    }
    var name = label.trimmingCharacters(in: CharacterSet(charactersIn: ": \t\n\r"))
    if name.lowercased().hasPrefix(ExtraLabel.prefix.lowercased()) {
      // Written by sopkit for an extra field whose label is also a field of the form.
      name = String(name.dropFirst(ExtraLabel.prefix.count)).trimmingCharacters(in: .whitespaces)
      identity.addExtra(label: name, LocatedText(text: cells.map(\.trimmed).joined(separator: "\n"), location: cells.first?.location ?? sheet.location(record, field: labelField)))
      return
    }
    if cells.isEmpty {
      diagnostics.append(Diagnostic(
        .csvStrayRow, "'\(name)' is not a label of the SOP form and has no value; the row is ignored", at: location,
        hint: "identity rows are a label and its value: Nomor SOP, Tgl. Efektif, Disahkan Oleh, Nama SOP, Dasar Hukum, …"))
      return
    }
    diagnostics.append(Diagnostic(
      .importUnknownLabel, "'\(name)' is not a field of the SOP form; kept as an extra field", at: location,
      hint: "check the spelling if it is meant to be one of: Nomor SOP, Tgl. Pembuatan, Tgl. Revisi, Tgl. Efektif, Disahkan Oleh, Nama SOP, Dasar Hukum, …"))
    identity.addExtra(label: name, LocatedText(text: cells.map(\.trimmed).joined(separator: "\n"), location: cells[0].location))
  }

  /// For a row that names three or more steps-table columns but not both No and Kegiatan: the one
  /// it lacks.
  static func missingHeaderColumn(_ record: CSVRecord) -> StepColumn? {
    // A step row (it starts with its number) is no header; most rows are step rows.
    if let first = record.fields.first(where: { !$0.allSatisfy(\.isWhitespace) }), Int(first.trimmingCharacters(in: .whitespacesAndNewlines)) != nil {
      return nil
    }
    let keys = Set(record.fields.compactMap { CSVStepHeader.matcher.match($0)?.key })
    guard keys.count >= 3 else { return nil }
    if !keys.contains(.kegiatan) { return .kegiatan }
    if !keys.contains(.nomor) { return .nomor }
    return nil
  }

  /// The non-empty cells right of the label; a lone ":" between label and value is skipped.
  private func values(_ record: CSVRecord, after field: Int) -> [LocatedText] {
    (field + 1..<max(field + 1, record.fields.count)).compactMap { index in
      let text = record[index].trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty || text == ":" ? nil : sheet.cell(record, index)
    }
  }

  private func nextValueField(_ record: CSVRecord, after field: Int) -> Int? {
    (field + 1..<max(field + 1, record.fields.count)).first { !record[$0].allSatisfy(\.isWhitespace) }
  }
}
