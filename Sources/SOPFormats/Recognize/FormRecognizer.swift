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
struct FormRecognizer {
  let sheet: TableText
  private(set) var diagnostics: [Diagnostic] = []
  /// Title rows above the steps table; one may give Nama SOP.
  private(set) var titles = TitleRows()
  /// Whether `read` names the SOP from a title when no label does (a workbook reader does it
  /// itself, after reading the identity sheet).
  var namesFromTitle = true
  /// Whether steps tables with titles of their own become SOPs of their own (a document of many
  /// SOPs sharing one identity page); a workbook reader decides that per sheet instead.
  var splitsByTitle = true
  /// Whether rows above the first steps table are identity rows (label, value). A workbook whose
  /// identity page is laid out as a grid (kop beside the labels, labels side by side) reads that
  /// page with ``IdentityPage`` instead, and only titles are taken from those rows here.
  var readsIdentityAbove = true
  /// For each steps table after the first: the index of its first flowchart and its title rows.
  private var laterTables: [(firstFlowchart: Int, titles: TitleRows)] = []
  /// Title-block labels already reported as not being fields of the form.
  private var reportedTitleLabels: Set<String> = []
  /// The stray rows just reported, while no other row has come since (blank rows aside).
  private var strayRun: StrayRun?
  /// Whether the row being read was reported as a stray row (so `strayRun` goes on).
  private var strayAddedThisRow = false

  static let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), 0)

  init(sheet: TableText) { self.sheet = sheet }

  mutating func read(_ map: inout SourcePathMap) -> SOPFile? {
    let records = sheet.records
    var identity = IdentityAssembler(sopPath: Self.sopPath, repetition: .append)
    var flowcharts: [Flowchart] = []
    var assembler: FlowchartAssembler?
    var header: StepsHeader?
    var lastListField: (field: IdentityField, labelField: Int)?
    var judul: String?
    map.record(Self.sopPath, sheet.location(records[0], field: 0))
    let flowchartsPath = JSONPath.member(Self.sopPath, "flowcharts")

    if !records.contains(where: StepsHeader.isHeader), let first = records.first(where: { !$0.isBlank }),
      TableRecognizer.columns(of: first, requireSteps: false) != nil
    {
      diagnostics.append(Diagnostic(
        .importNoStepsTable, "this file has an SOP key column but no steps: it looks like the identity file of a table-layout CSV",
        at: sheet.location(first, field: 0), hint: "give it with --identity to the steps file: sopkit convert steps.csv --identity \(sheet.source) -o out.json"))
      return nil
    }
    // Without a real steps header, identity rows end where a near-miss header starts, so its
    // rows are reported once as a missing column rather than as unknown labels.
    let end = records.count
    let tableTitles = Self.titleRowsAboveHeaders(records)
    var pendingTitles = TitleRows()
    var skippingBrokenTable = false
    var reportedBrokenHeader = false
    var brokenHeader: Int?
    var noStepsTable = false
    var index = 0
    var blankSinceLastStep = false
    // A workbook or Word table leaves empty rows out of its records: a gap in row numbers is a
    // blank row (in a CSV, a quoted line break makes gaps too, and blank lines are records).
    let rowsAreNumbered = sheet.sheetName != nil || !sheet.tablePlaces.isEmpty
    while index < end {
      let record = records[index]
      defer { index += 1 }
      if rowsAreNumbered, index > 0, record.line > records[index - 1].line + 1 { blankSinceLastStep = true }
      if record.isBlank {
        blankSinceLastStep = true
        continue
      }
      // Stray rows with only blank rows between them are one run, said once; any other row ends it.
      strayAddedThisRow = false
      defer { if !strayAddedThisRow { strayRun = nil } }
      // A header that names steps columns but lacks No or Kegiatan: its table cannot be read, and
      // its rows must not pass for identity rows. Reported at the header; the table is skipped.
      // The second row of such a header (Pelaksana and Mutu Baku sub-columns) is part of it:
      // the header was reported once, at its first row.
      if skippingBrokenTable, let broken = brokenHeader, index == broken + 1, !StepsHeader.isHeader(record) { continue }
      if !StepsHeader.isHeader(record), let missing = Self.missingHeaderColumn(record) {
        diagnostics.append(missingColumn(missing, in: record))
        reportedBrokenHeader = true
        skippingBrokenTable = true
        brokenHeader = index
        continue
      }
      if skippingBrokenTable, !StepsHeader.isHeader(record) { continue }
      skippingBrokenTable = false
      if assembler != nil, tableTitles.contains(index) {
        let filled = record.fields.filter { !$0.allSatisfy(\.isWhitespace) }
        let text = filled.joined(separator: "   ")
        let at = sheet.location(record, field: record.fields.firstIndex(of: filled.first ?? "") ?? 0)
        let pairs = (Self.labelledPairs(text) ?? [text]).compactMap(Self.labelAndValue)
        if filled.count == 1, TitleRows.isCandidate(text) {
          pendingTitles.add(LocatedText(text: text, location: at))
        } else if !pairs.isEmpty, pairs.count == (Self.labelledPairs(text) ?? [text]).count {
          for pair in pairs where !Self.isPlaceholder(pair.value) {
            pendingTitles.fields.append((pair.label, LocatedText(text: pair.value, location: at)))
          }
        } else if !TitleRows.isGeneric(text) {
          addStray(.aboveTable, text, record, field: 0)
        }
        continue
      }
      if StepsHeader.isHeader(record) {
        if var previous = assembler {
          let done = previous.finish()
          flowcharts += done.flowcharts
          map.merge(done.map)
          diagnostics += previous.diagnostics
          laterTables.append((flowcharts.count, pendingTitles))
          pendingTitles = TitleRows()
        }
        let found = StepsHeader(records: records, at: index, sheet: sheet)
        diagnostics += found.diagnostics
        assembler = FlowchartAssembler(
          flowchartsPath: flowchartsPath, firstIndex: flowcharts.count, actors: found.actorColumns.map(\.name),
          actorsFromColumns: found.actorsFromColumns, header: found.location, map: SourcePathMap(file: sheet.source))
        assembler?.describe(judul: judul, actors: nil)
        assembler?.waktuUnit = found.waktuUnit
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
        let filled = record.fields.filter { !$0.allSatisfy(\.isWhitespace) }
        if blankSinceLastStep, !numbered, unlabelled, filled.count == 1 {
          // Below a blank row, one text alone on its row (a footnote, a page footer) is not a step.
          addStray(.belowTable, filled[0].trimmingCharacters(in: .whitespacesAndNewlines), record, field: labelField)
          continue
        }
        if noCell.isEmpty, unlabelled {
          // Below a blank row, unnumbered text (a signature block, a note) is not part of a step.
          let text = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: " | ")
          addStray(.belowTable, text, record, field: labelField)
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
      if assembler == nil, !readsIdentityAbove {
        let filled = record.fields.filter { !$0.allSatisfy(\.isWhitespace) }
        if filled.count == 1, TitleRows.isCandidate(filled[0]) { titles.add(LocatedText(text: filled[0], location: sheet.location(record, field: labelField))) }
        continue
      }
      readIdentityRow(record, labelField: labelField, beforeSteps: assembler == nil, into: &identity, lastListField: &lastListField, judul: &judul)
    }
    if var last = assembler {
      let done = last.finish()
      flowcharts += done.flowcharts
      map.merge(done.map)
      diagnostics += last.diagnostics
    } else if reportedBrokenHeader {
      // Said above, at the header.
    } else {
      noStepsTable = true
      let isPlainText = sheet.sheetName == nil && sheet.lineMap.isEmpty && sheet.tablePlaces.isEmpty
      if identity.hasFields || !isPlainText {
        diagnostics.append(Diagnostic(
          .importNoStepsTable, "no steps table: no row has both a 'No' and a 'Kegiatan' column",
          at: SourceLocation(file: sheet.source), hint: "add the header row No, Kegiatan, <one column per Pelaksana>, Kelengkapan, Waktu, Output, Keterangan (see Templates/)"))
      } else {
        // Not one label of the form either: most likely another file than the one meant.
        diagnostics.append(Diagnostic(
          .importNoStepsTable, "this does not look like an SOP: no row has both a 'No' and a 'Kegiatan' column, and no row has a label of the SOP form (Nama SOP, Nomor SOP, …)",
          at: SourceLocation(file: sheet.source), hint: "check that this is the file you meant; to start an SOP, fill in the workbook that `sopkit template -o isian.xlsx` makes"))
      }
    }
    joinContinuations(&flowcharts, &map)
    let splitting = splitsByTitle && tablesAreSOPs(flowcharts)
    if !splitting {
      // The title blocks' "Label: value" lines belong to the one SOP.
      for fields in [titles.fields] + laterTables.map(\.titles.fields) {
        for field in fields { addTitleField(field, to: &identity) }
      }
    }
    let built = identity.build(&map)
    diagnostics += identity.diagnostics
    var sop = SOPDocument(identity: built, flowcharts: flowcharts)
    if splitting, let split = splitByTitle(sop, map: &map) { return split }
    if namesFromTitle { titles.applyName(to: &sop, sopPath: Self.sopPath, map: &map, diagnostics: &diagnostics) }
    if noStepsTable {
      // No SOP is read, so nothing is kept, ignored or named row by row: the one error says it all.
      diagnostics.removeAll { [.importStrayRow, .importUnknownLabel, .importTitleAsName].contains($0.code) }
    }
    return SOPFile(sops: [sop])
  }

  /// Rows just above each steps header after the first whose No cell holds text that is not a
  /// step number (a title merged across the table, "LAMPIRAN II", "Nomor : …"): the title block
  /// of the table below. A row with an empty No cell continues the last step instead.
  static func titleRowsAboveHeaders(_ records: [GridRow]) -> Set<Int> {
    var result: Set<Int> = []
    var seenHeader = false
    for (index, record) in records.enumerated() where StepsHeader.isHeader(record) {
      defer { seenHeader = true }
      guard seenHeader else { continue }
      let nomorField = record.fields.firstIndex { StepsHeader.matcher.match($0)?.key == .nomor } ?? 0
      var above = index - 1
      while above >= 0, !StepsHeader.isHeader(records[above]) {
        if records[above].isBlank {
          above -= 1
          continue
        }
        let first = records[above].fields.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0
        let noCell = records[above][nomorField].trimmingCharacters(in: .whitespacesAndNewlines)
        let firstCell = records[above][first]
        guard first <= nomorField, !noCell.isEmpty, FlowchartAssembler.stepNumber(noCell) == nil,
          FlowchartLabel.matcher.match(firstCell) == nil, IdentityField.labels.match(firstCell) == nil
        else { break }
        result.insert(above)
        above -= 1
      }
    }
    return result
  }

  /// One SOP per steps table when every table has a title of its own and the titles differ: each
  /// shares the identity read, and its title names it. `nil` when the tables are one SOP's.
  /// Whether the steps tables are SOPs of their own: more than one, each with a title of its own,
  /// and the titles differ.
  /// A steps table whose numbers go on from the table before (the same actors) continues its
  /// flowchart: a table cut at a page break, or a "Lanjutan" sheet of a Word document.
  private mutating func joinContinuations(_ flowcharts: inout [Flowchart], _ map: inout SourcePathMap) {
    var index = flowcharts.count - 1
    while index > 0 {
      defer { index -= 1 }
      let previous = flowcharts[index - 1], next = flowcharts[index]
      guard previous.isContinued(by: next) else { continue }
      let offset = previous.steps.count
      flowcharts[index - 1].steps += next.steps
      flowcharts[index - 1].totalWaktu = next.totalWaktu ?? previous.totalWaktu
      flowcharts.remove(at: index)
      let joined = index
      let move = { (path: String) -> String in
        guard let at = FlowchartIndex.index(of: path) else { return path }
        if at == joined { return FlowchartIndex.joining(FlowchartIndex.renumber(path, to: 0), joined - 1, stepOffset: offset, offset: 0) }
        return at > joined ? FlowchartIndex.renumber(path, to: at - 1) : path
      }
      map = map.mappingPaths(move)
      diagnostics = diagnostics.map { $0.mappingPath(move) }
      laterTables = laterTables.compactMap { table in
        if table.firstFlowchart == joined { return nil }
        return table.firstFlowchart > joined ? (table.firstFlowchart - 1, table.titles) : table
      }
    }
  }

  /// A table that continues the one before (its numbers go on from the last step, or its title
  /// says "lanjutan") is part of the same SOP.
  private func tablesAreSOPs(_ flowcharts: [Flowchart]) -> Bool {
    guard !laterTables.isEmpty else { return false }
    for table in laterTables where table.firstFlowchart > 0 && table.firstFlowchart < flowcharts.count {
      let previous = flowcharts[table.firstFlowchart - 1], next = flowcharts[table.firstFlowchart]
      if previous.isContinued(by: next) { return false }
      if table.titles.name.map({ LabelMatcher<Int>.normalize($0.name).contains("lanjutan") }) ?? false { return false }
    }
    let names = ([titles] + laterTables.map(\.titles)).map { $0.name.map { LabelMatcher<Int>.normalize($0.name) } }
    guard names.allSatisfy({ $0 != nil }) else { return false }
    return !TitleRows.nameOneProcedureTwice(names.compactMap { $0 })
  }

  /// A title block's "Label: value" as an extra field (said once per label in the file).
  private mutating func addTitleField(_ field: (label: String, value: LocatedText), to identity: inout IdentityAssembler) {
    if !reportedTitleLabels.contains(field.label) {
      reportedTitleLabels.insert(field.label)
      diagnostics.append(Diagnostic(
        .importUnknownLabel, "'\(field.label)' is not a field of the SOP form; kept as an extra field", at: field.value.location,
        hint: "check the spelling if it is meant to be one of: Nomor SOP, Tgl. Pembuatan, Tgl. Revisi, Tgl. Efektif, Disahkan Oleh, Nama SOP, Dasar Hukum, …"))
    }
    identity.addExtra(label: field.label, field.value)
  }

  private mutating func splitByTitle(_ sop: SOPDocument, map: inout SourcePathMap) -> SOPFile? {
    guard tablesAreSOPs(sop.flowcharts) else { return nil }
    let tables = [(firstFlowchart: 0, titles: titles)] + laterTables
    var sops: [SOPDocument] = []
    var moved = SourcePathMap(file: sheet.source)
    var movedDiagnostics: [Diagnostic] = []
    let flowchartsPrefix = JSONPath.member(Self.sopPath, "flowcharts")
    /// The SOP and flowchart index a path of the single SOP read belongs to.
    func place(_ path: String) -> (sop: Int, path: String)? {
      guard path.hasPrefix(flowchartsPrefix + "[") else { return nil }
      let rest = path.dropFirst(flowchartsPrefix.count + 1)
      guard let close = rest.firstIndex(of: "]"), let flowchart = Int(rest[..<close]) else { return nil }
      let table = tables.lastIndex { $0.firstFlowchart <= flowchart } ?? 0
      let local = flowchart - tables[table].firstFlowchart
      let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), table)
      return (table, JSONPath.element(JSONPath.member(sopPath, "flowcharts"), local) + rest[rest.index(after: close)...])
    }
    for (index, table) in tables.enumerated() {
      let end = index + 1 < tables.count ? tables[index + 1].firstFlowchart : sop.flowcharts.count
      var part = SOPDocument(identity: sop.identity, flowcharts: Array(sop.flowcharts[table.firstFlowchart..<end]))
      // The name the identity page gives belongs to the whole document: kept, as a field.
      let shared = sop.identity.namaSOP.trimmingCharacters(in: .whitespacesAndNewlines)
      if !shared.isEmpty { part.identity.extra.fields.append(IdentityExtra.LabelledField(label: "Nama SOP (dokumen)", value: shared)) }
      part.identity.namaSOP = ""
      var own = IdentityAssembler(sopPath: Self.sopPath, repetition: .append)
      for field in table.titles.fields { addTitleField(field, to: &own) }
      var ignored = SourcePathMap(file: sheet.source)
      part.identity.extra.fields += own.build(&ignored).extra.fields
      var local = SourcePathMap(file: sheet.source)
      var notes: [Diagnostic] = []
      table.titles.applyName(to: &part, sopPath: Self.sopPath, map: &local, diagnostics: &notes, ofTable: true)
      moved.merge(local.movingSOP(to: index))
      movedDiagnostics += notes.map { $0.movingSOP(to: index) }
      sops.append(part)
    }
    for (path, location) in map.locations {
      if let placed = place(path) {
        moved.record(placed.path, location)
      } else if !path.hasSuffix("nama_sop") {
        for index in tables.indices { moved.record(SOPIndex.move(path, to: index), location) }
      }
    }
    diagnostics = diagnostics.map { diagnostic in
      guard let path = diagnostic.location?.path, let placed = place(path) else { return diagnostic }
      var diagnostic = diagnostic
      diagnostic.location?.path = placed.path
      return diagnostic
    } + movedDiagnostics
    map = moved
    return SOPFile(sops: sops)
  }

  private mutating func readIdentityRow(
    _ record: GridRow, labelField: Int, beforeSteps: Bool, into identity: inout IdentityAssembler, lastListField: inout (field: IdentityField, labelField: Int)?, judul: inout String?
  ) {
    // "1 | Nomor SOP | 01": a row number before the label.
    if Int(record[labelField].trimmingCharacters(in: CharacterSet(charactersIn: " .)\n\t"))) != nil,
      let next = nextValueField(record, after: labelField), IdentityField.labels.match(record[next]) != nil
    {
      readIdentityRow(record, labelField: next, beforeSteps: beforeSteps, into: &identity, lastListField: &lastListField, judul: &judul)
      return
    }
    var label = record[labelField]
    var cells = values(record, after: labelField)
    // "Nomor : ……    Tanggal : 1 Juli 2026": several "Label : value" pairs on one line.
    if cells.isEmpty, beforeSteps, let pairs = Self.labelledPairs(label), pairs.count > 1 {
      for pair in pairs {
        let row = GridRow(line: record.line, fields: Array(repeating: "", count: labelField) + [pair])
        readIdentityRow(row, labelField: labelField, beforeSteps: beforeSteps, into: &identity, lastListField: &lastListField, judul: &judul)
      }
      return
    }
    // "NOMOR SOP: 01" in one cell.
    if cells.isEmpty, let colon = label.firstIndex(of: ":"), IdentityField.labels.match(String(label[..<colon])) != nil {
      let value = String(label[label.index(after: colon)...])
      cells = [LocatedText(text: value, location: sheet.location(record, field: labelField))]
      label = String(label[..<colon])
    }
    cells.removeAll { Self.isPlaceholder($0.trimmed) }
    // Under a list label: a row further right continues the list, and so does a numbered or
    // bulleted row in the label's own column ("Dasar Hukum" above "1. UU …", "2. PP …").
    if let list = lastListField?.field, labelField > lastListField?.labelField ?? 0 || ListItems.startsWithMarker(label),
      IdentityField.labels.match(label) == nil
    {
      identity.add(list, LocatedText(text: record[labelField], location: sheet.location(record, field: labelField)))
      for cell in cells { identity.add(list, cell) }
      return
    }
    let location = sheet.location(record, field: labelField)
    if let match = IdentityField.labels.match(label) {
      // Text above the identity labels (a kop line, the document's title) names no steps table.
      if beforeSteps { titles.clearRows() }
      if let typo = match.typoOf {
        diagnostics.append(Diagnostic(
          .importLabelTypo, "'\(label.trimmingCharacters(in: .whitespacesAndNewlines))' read as '\(typo)'", at: location,
          hint: match.typoHint))
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
    // "Route: /sign-in": a label of the document's own, kept as an extra field.
    if cells.isEmpty, let colon = label.firstIndex(of: ":"), label[..<colon].split(separator: " ").count <= 3,
      !label[..<colon].trimmingCharacters(in: .whitespaces).isEmpty
    {
      let value = label[label.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
      let extraLabel = label[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)
      if Self.isPlaceholder(value) { return }  // "Nomor : ……": a blank left to fill in
      if beforeSteps {
        // Above the first table: the table's own field (its SOP's, if the tables are SOPs of their own).
        titles.fields.append((extraLabel, LocatedText(text: value, location: location)))
        return
      }
      diagnostics.append(Diagnostic(
        .importUnknownLabel, "'\(extraLabel)' is not a field of the SOP form; kept as an extra field", at: location,
        hint: "check the spelling if it is meant to be one of: Nomor SOP, Tgl. Pembuatan, Tgl. Revisi, Tgl. Efektif, Disahkan Oleh, Nama SOP, Dasar Hukum, …"))
      identity.addExtra(label: extraLabel, LocatedText(text: value, location: location))
      return
    }
    if cells.isEmpty, beforeSteps, TitleRows.isGeneric(name) {
      return  // "STANDAR OPERASIONAL PROSEDUR", "LAMPIRAN I": says what the document is
    }
    if cells.isEmpty, beforeSteps, TitleRows.isCandidate(label) {
      // A title: it may name the SOP (see `titles`); otherwise it is a heading kept nowhere.
      titles.add(LocatedText(text: label, location: location))
      return
    }
    if cells.isEmpty {
      addStray(.noValue, name, record, field: labelField)
      return
    }
    diagnostics.append(Diagnostic(
      .importUnknownLabel, "'\(name)' is not a field of the SOP form; kept as an extra field", at: location,
      hint: "check the spelling if it is meant to be one of: Nomor SOP, Tgl. Pembuatan, Tgl. Revisi, Tgl. Efektif, Disahkan Oleh, Nama SOP, Dasar Hukum, …"))
    identity.addExtra(label: name, LocatedText(text: cells.map(\.trimmed).joined(separator: "\n"), location: cells[0].location))
  }

  /// Where a row is not read, and why.
  enum StrayKind {
    case aboveTable, belowTable, noValue
  }

  /// Consecutive stray rows of one kind, reported as one warning.
  struct StrayRun {
    var kind: StrayKind
    /// The index of the warning in `diagnostics`.
    var diagnostic: Int
    var place: (container: String, first: Int, last: Int)
    var texts: [String]
  }

  /// Reports a row that is not read (it is ignored, as before); a row that follows stray rows of
  /// the same kind, with only blank rows between, joins their warning, which then names the rows.
  private mutating func addStray(_ kind: StrayKind, _ text: String, _ record: GridRow, field: Int) {
    let place = rowPlace(record)
    strayAddedThisRow = true
    if var run = strayRun, run.kind == kind, run.place.container == place.container, place.row > run.place.last {
      run.place.last = place.row
      run.texts.append(text)
      diagnostics[run.diagnostic].message = Self.strayMessage(kind, texts: run.texts, rows: (run.place.first, run.place.last))
      strayRun = run
      return
    }
    let hint: String
    switch kind {
    case .aboveTable: hint = "a title above a steps table names it; other text belongs in Keterangan"
    case .belowTable: hint = "a row that continues a step must follow it directly, without a blank row"
    case .noValue: hint = "identity rows are a label and its value: Nomor SOP, Tgl. Efektif, Disahkan Oleh, Nama SOP, Dasar Hukum, …"
    }
    diagnostics.append(Diagnostic(.importStrayRow, Self.strayMessage(kind, texts: [text], rows: nil), at: sheet.location(record, field: field), hint: hint))
    strayRun = StrayRun(kind: kind, diagnostic: diagnostics.count - 1, place: (place.container, place.row, place.row), texts: [text])
  }

  /// The row number a person sees for `record` (its sheet or Word table row), and what it is a row of.
  private func rowPlace(_ record: GridRow) -> (container: String, row: Int) {
    if let place = sheet.tablePlaces[record.line] { return ("table \(place.table)", place.row) }
    if let place = sheet.lineMap[record.line] { return (place.sheet, place.row) }
    return (sheet.sheetName ?? "", record.line)
  }

  static func strayMessage(_ kind: StrayKind, texts: [String], rows: (first: Int, last: Int)?) -> String {
    func clip(_ text: String, _ limit: Int) -> String { text.count > limit ? String(text.prefix(limit)) + "…" : text }
    guard let rows, texts.count > 1 else {
      let text = texts.first ?? ""
      switch kind {
      case .aboveTable: return "'\(clip(text, 60))' above a steps table is not part of the SOP form; it is ignored"
      case .belowTable: return "'\(clip(text, 60))' is below the steps table and not part of a step; it is ignored"
      case .noValue: return "'\(text)' is not a label of the SOP form and has no value; the row is ignored"
      }
    }
    let shown = texts.prefix(3).map { "'\(clip($0, 30))'" }.joined(separator: ", ") + (texts.count > 3 ? ", …" : "")
    let range = "rows \(rows.first)–\(rows.last)"
    switch kind {
    case .aboveTable: return "\(texts.count) rows above a steps table (\(range): \(shown)) are not part of the SOP form; they are ignored"
    case .belowTable: return "\(texts.count) rows below the steps table (\(range): \(shown)) are not part of a step; they are ignored"
    case .noValue: return "\(texts.count) rows (\(range): \(shown)) are not labels of the SOP form and have no value; they are ignored"
    }
  }

  /// "Nomor : ……          Tanggal : 1 Juli 2026" split at wide gaps into "Label : value" parts;
  /// `nil` unless every part has a colon.
  static func labelledPairs(_ text: String) -> [String]? {
    guard text.contains(":"), !text.contains("\n") else { return nil }
    let parts = text.components(separatedBy: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard parts.count > 1, parts.allSatisfy({ $0.contains(":") }) else { return nil }
    return parts
  }

  /// "Route: /sign-in" → ("Route", "/sign-in"): a short label (at most three words) and its value.
  static func labelAndValue(_ text: String) -> (label: String, value: String)? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let label = text[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)
    guard !label.isEmpty, label.split(separator: " ").count <= 3 else { return nil }
    return (label, text[text.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// A value that is a blank to fill in: dots, underscores or dashes only.
  static func isPlaceholder(_ value: String) -> Bool {
    !value.isEmpty && value.allSatisfy { ".…_-–— ".contains($0) }
  }

  /// The error for a header row that lacks `missing`: at the header cell closest to one of its
  /// names, with "did you mean", when one is close; else at the row, listing what it holds.
  private func missingColumn(_ missing: StepColumn, in record: GridRow) -> Diagnostic {
    let accepted = missing == .kegiatan
      ? "Kegiatan (also accepted: Uraian Kegiatan, Uraian Prosedur, Aktivitas, Langkah)" : "No"
    var closest: (field: Int, text: String, meant: String, distance: Int)?
    for (field, cell) in record.fields.enumerated() {
      let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty, StepsHeader.matcher.match(text) == nil, let near = StepsHeader.matcher.closest(text, to: missing) else { continue }
      if near.distance < (closest?.distance ?? Int.max) { closest = (field, text, near.written, near.distance) }
    }
    if let closest {
      return Diagnostic(
        .importMissingColumn, "missing column '\(missing.header)': the header '\(closest.text)' is not a column name sopkit knows; did you mean '\(closest.meant)'?",
        at: sheet.location(record, field: closest.field), hint: "correct the header to \(accepted)",
        arguments: ["column": missing.header, "header": closest.text, "meant": closest.meant])
    }
    let found = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: ", ")
    return Diagnostic(
      .importMissingColumn, "missing column '\(missing.header)' (found: \(found))", at: sheet.location(record, field: 0),
      hint: missing == .kegiatan ? "name the activity column \(accepted)" : "name the step-number column No")
  }

  /// For a row that names three or more steps-table columns but not both No and Kegiatan (or No
  /// and a near miss of Kegiatan): the one it lacks.
  static func missingHeaderColumn(_ record: GridRow) -> StepColumn? {
    // A step row (it starts with its number) is no header; most rows are step rows.
    if let first = record.fields.first(where: { !$0.allSatisfy(\.isWhitespace) }), Int(first.trimmingCharacters(in: .whitespacesAndNewlines)) != nil {
      return nil
    }
    let keys = Set(record.fields.compactMap { StepsHeader.matcher.match($0)?.key })
    guard keys.count >= 3 else {
      // "No | Kagiatn | Pemohon | Petugas": a No column beside a near miss of Kegiatan is a header too.
      guard keys.contains(.nomor), !keys.contains(.kegiatan),
        record.fields.contains(where: { StepsHeader.matcher.match($0) == nil && StepsHeader.matcher.closest($0, to: .kegiatan) != nil })
      else { return nil }
      return .kegiatan
    }
    if !keys.contains(.kegiatan) { return .kegiatan }
    if !keys.contains(.nomor) { return .nomor }
    return nil
  }

  /// The non-empty cells right of the label; a lone ":" between label and value is skipped.
  private func values(_ record: GridRow, after field: Int) -> [LocatedText] {
    (field + 1..<max(field + 1, record.fields.count)).compactMap { index in
      let text = record[index].trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty || text == ":" ? nil : sheet.cell(record, index)
    }
  }

  private func nextValueField(_ record: GridRow, after field: Int) -> Int? {
    (field + 1..<max(field + 1, record.fields.count)).first { !record[$0].allSatisfy(\.isWhitespace) }
  }
}
