import SOPModel

/// Reads a filled fill-in template (`sopkit template`): the Identitas and Langkah sheets through
/// the form layout, the actor order from the Pelaksana sheet; rows left unfilled are skipped.
///
/// Diagnostics speak of the template: an empty field is named by the cell to type it in (the
/// value column B of Identitas, not its label), missing steps by the Langkah sheet, hints by its
/// columns and drop-downs. A template with neither a name nor steps is said to be still empty,
/// once, instead of listing what an SOP lacks.
enum XLSXTemplateReader {
  static func read(_ workbook: XLSXWorkbookReader, source: String, diagnostics: [Diagnostic]) -> ReadResult {
    let identitySheet = workbook.sheets.first { $0.name == "Identitas" }
    let stepsSheet = workbook.sheets.first { $0.name == "Langkah" }
    var records: [GridRow] = []
    var lineMap: [Int: (sheet: String, row: Int)] = [:]
    var line = 0
    func add(_ record: GridRow, sheet: String) {
      line += 1
      lineMap[line] = (sheet, record.line)
      records.append(GridRow(line: line, fields: record.fields))
    }
    if let identitySheet {
      for record in identitySheet.records { add(record, sheet: "Identitas") }
    }
    line += 1
    records.append(GridRow(line: line, fields: []))
    if let stepsSheet {
      for record in stepsSheet.records {
        // A row with nothing but its prefilled number was not used.
        if record.line > 1, record.fields.dropFirst().allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
        add(record, sheet: "Langkah")
      }
    }
    let sheet = TableText(records: records, source: source, lineMap: lineMap)
    var read = SourcePathMap(file: source)
    var layout = FormRecognizer(sheet: sheet)
    var file = layout.read(&read)
    let places = Places(identity: identitySheet, steps: stepsSheet, source: source)
    // The template's own places come first; the form layout's fill in the rest.
    var map = SourcePathMap(file: source)
    places.record(into: &map)
    let actorSheet = workbook.sheets.first { $0.name == "Pelaksana" }
    if let actorSheet {
      let actors = actorSheet.rows.keys.sorted().filter { $0 > 1 }.compactMap { row -> (name: String, row: Int)? in
        let name = actorSheet.cell(row, 0).trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : (name, row)
      }
      if !actors.isEmpty, var sop = file?.sops.first, !sop.flowcharts.isEmpty {
        sop.flowcharts[0].pelaksana = actors.map(\.name)
        file = SOPFile(sops: [sop])
        let actorsPath = JSONPath.member(JSONPath.element(JSONPath.member(FormRecognizer.sopPath, "flowcharts"), 0), "actors")
        map.record(actorsPath, SourceLocation(file: source, context: "Pelaksana!A\(actors[0].row)"))
        for (index, actor) in actors.enumerated() {
          map.record(JSONPath.element(actorsPath, index), SourceLocation(file: source, context: "Pelaksana!A\(actor.row)"))
        }
      }
    }
    map.merge(read)
    var found = diagnostics + layout.diagnostics.map(places.speakingOfTheTemplate)
    // A Langkah sheet whose header was changed cannot be read: that error says it all.
    let sop = found.contains { $0.code.meansNoTableRead && $0.severity == .error } ? nil : file?.sops.first
    let named = !(sop?.identity.namaSOP.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
    let hasSteps = sop?.flowcharts.contains { !$0.steps.isEmpty } ?? false
    if sop != nil, !named, !hasSteps {
      // Nothing to convert yet: one error, not a list of everything an SOP lacks.
      found.append(Diagnostic(
        .xlsxTemplateEmpty, "the fill-in template has not been filled in yet: Nama SOP is empty and the Langkah sheet has no steps",
        at: places.value(.namaSOP) ?? places.firstStep,
        hint: "type the SOP's name in this cell (Nama SOP) and one row per step on the Langkah sheet (Kegiatan, Pelaksana, Simbol, Waktu, Output), as the Petunjuk sheet explains; then save the file and run sopkit again"))
      let located = map
      return ReadResult(file: nil, diagnostics: found) { located.locate($0) }
    }
    // Said here in the template's words, so validation does not say it again in general ones
    // ("SOP '…' has no flowchart table" when the Langkah sheet is there).
    if sop != nil, !hasSteps {
      var at = places.firstStep
      at.path = JSONPath.member(FormRecognizer.sopPath, "flowcharts")
      found.append(Diagnostic(
        .modelEmptyFlowchart, "the Langkah sheet has no steps yet", at: at,
        hint: "list the actors on the Pelaksana sheet, then fill one row per step from row 2: Kegiatan, Pelaksana and Simbol (from the drop-downs), Waktu and Output"))
    }
    if sop != nil, !named, var at = places.value(.namaSOP) {
      at.path = JSONPath.member(FormRecognizer.sopPath, "nama_sop")
      found.append(Diagnostic(.modelMissingNamaSOP, "NAMA SOP is empty", at: at, hint: "type the SOP's name in this cell, e.g. \"Pelayanan Pendaftaran Nikah\""))
    }
    return XLSXReader.result(file, found, map)
  }

  /// Where things go in the template's sheets.
  struct Places {
    let source: String
    /// The value cell (column B of Identitas) of each identity field, by the label beside it.
    private(set) var values: [IdentityField: SourceLocation] = [:]
    /// The first Kegiatan cell of the Langkah sheet: where the first step is typed.
    private(set) var firstStep: SourceLocation
    /// The Simbol header of the Langkah sheet, whose drop-down chooses a step's symbol.
    private(set) var simbolHeader: SourceLocation?

    init(identity: Grid?, steps: Grid?, source: String) {
      self.source = source
      for row in identity?.rows.keys.sorted() ?? [] {
        guard let field = IdentityField.labels.match(identity?.cell(row, 0) ?? "")?.key, values[field] == nil else { continue }
        values[field] = SourceLocation(file: source, context: "Identitas!B\(row)")
      }
      let header = steps?.rows[1] ?? [:]
      let column = { (key: StepColumn) in header.first { StepsHeader.matcher.match($0.value)?.key == key }?.key }
      firstStep = SourceLocation(file: source, context: "Langkah!" + CellReference.name(row: 2, column: column(.kegiatan) ?? 1))
      simbolHeader = column(.simbol).map { SourceLocation(file: source, context: "Langkah!" + CellReference.name(row: 1, column: $0)) }
    }

    func value(_ field: IdentityField) -> SourceLocation? { values[field] }

    /// The model paths of the identity fields, each at its value cell.
    func record(into map: inout SourcePathMap) {
      let sopPath = FormRecognizer.sopPath
      let keys: [(IdentityField, String)] = [
        (.namaSOP, "nama_sop"), (.nomorSOP, "nomor_sop"), (.satker, "satker"), (.tglPembuatan, "tgl_pembuatan"),
        (.tglRevisi, "tgl_revisi"), (.tglEfektif, "tgl_efektif"), (.disahkanOleh, "pengesahan"), (.disusunOleh, "disusun_oleh"),
        (.dasarHukum, "dasar_hukum"), (.kualifikasiPelaksana, "kualifikasi_pelaksana"), (.keterkaitan, "keterkaitan"),
        (.peralatanPerlengkapan, "peralatan_perlengkapan"), (.peringatan, "peringatan"), (.pencatatanPendataan, "pencatatan_pendataan"),
      ]
      for (field, key) in keys {
        if let at = values[field] { map.record(JSONPath.member(sopPath, key), at) }
      }
      if let at = values[.nip] { map.record(JSONPath.member(JSONPath.member(sopPath, "pengesahan"), "nip"), at) }
      map.record(JSONPath.member(sopPath, "flowcharts"), firstStep)
    }

    /// A diagnostic of the form layout in the template's words: a symbol is chosen in the Simbol
    /// drop-down, not written in an actor's column.
    func speakingOfTheTemplate(_ diagnostic: Diagnostic) -> Diagnostic {
      guard diagnostic.code == .importShapeInferred else { return diagnostic }
      var diagnostic = diagnostic
      if let simbolHeader { diagnostic.location = simbolHeader }
      diagnostic.hint = "to choose a symbol yourself, pick Mulai/Selesai, Proses or Keputusan in the Simbol column of the Langkah sheet"
      return diagnostic
    }
  }
}
