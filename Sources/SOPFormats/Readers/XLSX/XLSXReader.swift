import Foundation
import SOPModel

// Support:
// [x] workbooks written by sopkit (hidden canonical data), also after a person edits cells and
//     saves in Excel or LibreOffice: the visible text of identity values and step cells wins
// [x] any workbook whose sheet holds a form-layout or table-layout SOP, as the CSV reader knows
//     them, with Sheet!Cell locations
// [ ] fill-in templates (`sopkit template`) and flowcharts drawn by hand with Excel shapes

/// Reads SOPs from XLSX workbooks.
public enum XLSXReader {
  public static func read(_ bytes: [UInt8], source: String) -> ReadResult {
    let fallback: @Sendable (String) -> SourceLocation = { SourceLocation(file: source, path: $0) }
    let workbook: XLSXWorkbookReader
    do {
      workbook = try XLSXWorkbookReader(bytes, source: source)
    } catch {
      return ReadResult(file: nil, diagnostics: error.diagnostics, locate: fallback)
    }
    var diagnostics: [Diagnostic] = []
    if let data = workbook.sheets.first(where: { $0.name == XLSXSheetNames.data }) {
      let text = data.rows.keys.sorted().dropFirst().map { data.cell($0, 0) }.joined()
      let decoded = SOPJSON.decode(Array(text.utf8), file: source)
      if var file = decoded.file, data.cell(1, 0) == XLSXSheetNames.dataMarker {
        var map = SourcePathMap(file: source)
        XLSXEdits.apply(workbook, to: &file, map: &map, diagnostics: &diagnostics)
        let located = map
        return ReadResult(file: file, diagnostics: diagnostics) { located.locate($0) }
      }
      diagnostics.append(Diagnostic(
        .xlsxHiddenDataDamaged, "the sopkit data sheet is damaged; the visible sheets are read instead",
        at: SourceLocation(file: source, context: XLSXSheetNames.data), hint: "the visible sheets carry the SOP; check the result"))
    }
    if workbook.sheets.contains(where: { $0.name == XLSXTemplateWriter.versionSheet && $0.cell(1, 0) == XLSXTemplateWriter.versionMarker }) {
      return XLSXTemplateReader.read(workbook, source: source, diagnostics: diagnostics)
    }
    // Every visible sheet: a table layout is the whole file; each form-layout steps sheet gives
    // flowcharts; sheets without steps give the identity page or are named as not read.
    var stepSheets: [SheetSOP] = []
    var otherSheets: [Grid] = []
    var tableSheets: [(file: SOPFile?, diagnostics: [Diagnostic], map: SourcePathMap)] = []
    for original in workbook.sheets where !original.hidden {
      var sheet = original
      var records = sheet.records
      let header = records.first(where: StepsHeader.isHeader)
      let hasSteps = header != nil
      let shapes = hasSteps ? ShapeFlow.prepare(&sheet, source: source, firstStepsRow: header?.line, diagnostics: &diagnostics) : nil
      if shapes != nil { records = sheet.records }  // the symbols became marks in their cells
      let text = TableText(records: records, source: source, sheetName: sheet.name)
      if !text.records.isEmpty, let header = TableRecognizer.header(in: text) {
        // A sheet of many SOPs, one row per step: its SOPs join those of the other sheets.
        var map = SourcePathMap(file: source)
        var layout = TableRecognizer(sheet: text, header: header, identity: nil)
        let file = layout.read(&map)
        tableSheets.append((file, layout.diagnostics, map))
        continue
      }
      guard hasSteps else {
        otherSheets.append(original)
        continue
      }
      var map = SourcePathMap(file: source)
      var layout = FormRecognizer(sheet: text)
      layout.namesFromTitle = false
      layout.splitsByTitle = false
      // An identity page above the steps table, laid out as a grid: read as a grid.
      var page = original
      page.rows = original.rows.filter { $0.key < (header?.line ?? 0) }
      let identityAbove = IdentityPage.splitSheet(page)
      let pageIsGrid = IdentityPage.labelCount(in: identityAbove.records) >= 2 && IdentityPage.isLaidOutAsGrid(identityAbove)
      layout.readsIdentityAbove = !pageIsGrid
      let file = layout.read(&map)
      var found = layout.diagnostics
      // A sheet whose steps table cannot be read gives no SOP; the other sheets still do.
      guard var sop = file?.sops.first, !found.contains(where: { $0.code.meansNoTableRead && $0.severity == .error }) else {
        diagnostics += found
        continue
      }
      if let shapes {
        for index in sop.flowcharts.indices { shapes.apply(to: &sop.flowcharts[index], sheet: sheet, diagnostics: &found) }
      }
      if pageIsGrid { IdentityPage.fill(&sop.identity, from: identityAbove, source: source, map: &map, diagnostics: &found) }
      // Only pictures on the steps table count (a kop logo above it is no flowchart).
      let tablePictures = sheet.shapes.filter { $0.from.row + 1 >= (header?.line ?? 0) }
      PictureFlowchart.check(sop, sopPath: FormRecognizer.sopPath, pictures: tablePictures, location: { map.locate(JSONPath.element(JSONPath.member(FormRecognizer.sopPath, "flowcharts"), $0)) }, diagnostics: &found)
      let kopPictures = sheet.shapes.filter { $0.kind == .picture && $0.from.row + 1 < (header?.line ?? 0) }
      stepSheets.append(SheetSOP(name: sheet.name, sop: sop, map: map, diagnostics: found, titles: layout.titles, kopPictures: kopPictures))
    }
    if stepSheets.isEmpty, tableSheets.count == 1, let only = tableSheets.first {
      return result(only.file, diagnostics + only.diagnostics, only.map)
    }
    guard !stepSheets.isEmpty || !tableSheets.isEmpty else {
      if let page = otherSheets.first(where: { IdentityPage.labelCount(in: IdentityPage.splitSheet($0).records) >= 2 }) {
        // A blank cover or an identity page alone: say what is there and what is missing.
        diagnostics.append(Diagnostic(
          .xlsxNoSOPSheet, "no SOP found: sheet '\(page.name)' is an SOP identity page (Nomor SOP, Nama SOP, …) but no sheet holds a steps table; it looks like a template or a cover",
          at: SourceLocation(file: source, context: page.name), hint: "add the flowchart sheet (No, Kegiatan, Pelaksana, …), or convert the workbook that holds the steps"))
      } else {
        diagnostics.append(Diagnostic(
          .xlsxNoSOPSheet, "no sheet holds an SOP steps table (a row with No and Kegiatan)", at: SourceLocation(file: source),
          hint: "sheets: " + workbook.sheets.map(\.name).joined(separator: ", ") + "; start from Templates/csv/sop-form.csv laid out in a sheet"))
      }
      return ReadResult(file: nil, diagnostics: diagnostics, locate: fallback)
    }
    // The identity page is often a sheet of its own ("COVER", "Identitas", "Halaman Pengesahan").
    var identitySheets: [Grid] = []
    var identityPictures: [GridShape] = []
    var identityTitles = TitleRows()
    for original in otherSheets {
      let other = IdentityPage.splitSheet(original)
      if IdentityPage.labelCount(in: other.records) >= 2 {
        identitySheets.append(other)
        identityPictures += original.shapes
        // A title block above the identity page's labels ("STANDAR OPERASIONAL PROSEDUR", the name).
        let firstLabelRow = original.rows.filter { $0.value.values.contains { IdentityPage.label($0) != nil } }.keys.min() ?? 0
        for row in original.rows.keys.sorted() where row < firstLabelRow {
          let filled = original.rows[row]!.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
          if filled.count == 1, let cell = filled.first {
            identityTitles.add(LocatedText(text: cell.value, location: SourceLocation(file: source, context: "\(original.name)!\(CellReference.name(row: row, column: cell.key))")))
          }
        }
      } else if !other.rows.isEmpty {
        diagnostics.append(Diagnostic(
          .importNotAnSOPPart, "sheet '\(other.name)' holds no steps table and no identity page; it is not read",
          at: SourceLocation(file: source, context: other.name), hint: "a steps table starts with a row naming No and Kegiatan"))
      }
    }
    // Sheets that name themselves differently are SOPs of their own: each sheet's title names its
    // SOP before a shared identity sheet fills the rest. Otherwise the identity sheet's Nama SOP
    // comes first and a title is only the fallback.
    let separate = SheetSOP.areSeparateSOPs(stepSheets)
    for index in stepSheets.indices {
      var entry = stepSheets[index]
      if separate { entry.applyTitle() }
      for other in identitySheets {
        IdentityPage.fill(&entry.sop.identity, from: other, source: source, map: &entry.map, diagnostics: &entry.diagnostics)
      }
      if !separate, index == 0 {
        entry.applyTitle()
        identityTitles.applyName(to: &entry.sop, sopPath: FormRecognizer.sopPath, map: &entry.map, diagnostics: &entry.diagnostics)
      }
      stepSheets[index] = entry
    }
    // The logo: a picture on the identity sheet, else one above the steps table; said once when
    // the page has none, or no kop lines.
    let logoShape = KopLogo.choose(identityPictures) ?? KopLogo.choose(stepSheets.flatMap(\.kopPictures))
    let logo = logoShape.flatMap(\.imagePart).flatMap { part -> Picture? in
      guard let data = try? workbook.package.data(part), data.count <= KopLogo.largest else { return nil }
      return Picture(mediaType: Picture.mediaType(forName: part), bytes: [UInt8](data))
    }
    for index in stepSheets.indices { KopLogo.apply(logo, to: &stepSheets[index].sop.identity.kop) }
    if let firstSheet = stepSheets.first {
      diagnostics += KopLogo.check(firstSheet.sop.identity.kop, at: SourceLocation(file: source, context: (identitySheets.first?.name ?? firstSheet.name) + "!A1"))
    }
    var sops: [SOPDocument] = []
    var map = SourcePathMap(file: source)
    for (index, entry) in stepSheets.enumerated() {
      if separate || index == 0 {
        let at = sops.count
        sops.append(entry.sop)
        map.merge(entry.map.movingSOP(to: at))
        diagnostics += entry.diagnostics.map { $0.movingSOP(to: at) }
      } else {
        // Another sheet of the same SOP: a flowchart continued from the sheet before (its numbers
        // go on from the last step, the same actors) joins that flowchart; others are flowcharts
        // of their own ("SOP LENGKAP" beside a short one).
        var added = entry.sop.flowcharts
        let last = sops[0].flowcharts.count - 1
        let continues = added.first.map { next in sops[0].flowcharts.last?.isContinued(by: next) ?? false } ?? false
        let stepOffset = continues ? sops[0].flowcharts[last].steps.count : 0
        if continues {
          sops[0].flowcharts[last].steps += added.removeFirst().steps
        }
        let offset = sops[0].flowcharts.count - (continues ? 1 : 0)
        sops[0].flowcharts += added
        let move = { (path: String) in FlowchartIndex.joining(path, continues ? last : nil, stepOffset: stepOffset, offset: offset) }
        map.merge(entry.map.mappingPaths(move))
        diagnostics += entry.diagnostics.map { $0.mappingPath(move) }
      }
    }
    for table in tableSheets {
      let first = sops.count
      if table.diagnostics.contains(where: { $0.code.meansNoTableRead && $0.severity == .error }) {
        diagnostics += table.diagnostics
        continue
      }
      sops += table.file?.sops ?? []
      map.merge(table.map.shiftingSOPs(by: first))
      diagnostics += table.diagnostics.map { $0.shiftingSOP(by: first) }
    }
    // A label every sheet repeats ("Tanggal : …" under each title) is said once, at its first sheet.
    var said: Set<String> = []
    diagnostics.removeAll { diagnostic in
      guard diagnostic.code == .importUnknownLabel else { return false }
      return !said.insert(diagnostic.message).inserted
    }
    return result(SOPFile(sops: sops), diagnostics, map)
  }

  /// What one steps sheet gave, before sheets are joined into SOPs.
  struct SheetSOP {
    var name: String
    var sop: SOPDocument
    var map: SourcePathMap
    var diagnostics: [Diagnostic]
    var titles: TitleRows
    /// Pictures above the steps table (a kop drawn on the flowchart sheet).
    var kopPictures: [GridShape] = []

    mutating func applyTitle() {
      titles.applyName(to: &sop, sopPath: FormRecognizer.sopPath, map: &map, diagnostics: &diagnostics)
    }

    /// Whether the steps sheets are SOPs of their own: each has its own name (a Nama SOP label or
    /// a title), and the names differ. Sheets without names of their own, or with the same name,
    /// are the flowcharts of one SOP.
    static func areSeparateSOPs(_ sheets: [SheetSOP]) -> Bool {
      guard sheets.count > 1 else { return false }
      // A sheet that continues the one before (numbers going on, a title saying "lanjutan").
      for (previous, next) in zip(sheets, sheets.dropFirst()) {
        if let last = previous.sop.flowcharts.last, let first = next.sop.flowcharts.first, last.isContinued(by: first) { return false }
        if next.titles.name.map({ LabelMatcher<Int>.normalize($0.name).contains("lanjutan") }) ?? false { return false }
      }
      let names = sheets.map { sheet -> String? in
        let labelled = sheet.sop.identity.namaSOP.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = labelled.isEmpty ? sheet.titles.name?.name : labelled
        return name.map { LabelMatcher<Int>.normalize($0) }
      }
      guard names.allSatisfy({ $0 != nil }) else { return false }
      // A short and a complete version of one procedure ("SOP LENGKAP") are one SOP.
      return !TitleRows.nameOneProcedureTwice(names.compactMap { $0 })
    }
  }

  static func result(_ file: SOPFile?, _ diagnostics: [Diagnostic], _ map: SourcePathMap) -> ReadResult {
    let usable = diagnostics.contains { $0.code.meansNoTableRead && $0.severity == .error } ? nil : file
    return ReadResult(file: usable, diagnostics: diagnostics) { map.locate($0) }
  }
}
