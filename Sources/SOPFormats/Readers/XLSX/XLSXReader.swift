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
    for original in workbook.sheets where !original.hidden {
      var sheet = original
      var records = sheet.records
      let hasSteps = records.contains(where: CSVStepHeader.isHeader)
      let shapes = hasSteps ? ShapeFlow.prepare(&sheet, source: source, diagnostics: &diagnostics) : nil
      if shapes != nil { records = sheet.records }  // the symbols became marks in their cells
      let csvSheet = CSVSheet(records: records, source: source, sheetName: sheet.name)
      guard !csvSheet.records.isEmpty else { continue }
      var map = SourcePathMap(file: source)
      if let header = CSVTableLayout.header(in: csvSheet) {
        var layout = CSVTableLayout(sheet: csvSheet, header: header, identity: nil)
        let file = layout.read(&map)
        return result(file, diagnostics + layout.diagnostics, map)
      }
      if hasSteps {
        var layout = CSVFormLayout(sheet: csvSheet)
        var file = layout.read(&map)
        var found = diagnostics + layout.diagnostics
        if var sop = file?.sops.first {
          if let shapes {
            for index in sop.flowcharts.indices { shapes.apply(to: &sop.flowcharts[index], sheet: sheet, diagnostics: &found) }
          }
          // The identity page is often a sheet of its own ("COVER", "Identitas").
          for other in workbook.sheets where !other.hidden && other.name != sheet.name {
            XLSXIdentityGrid.fill(&sop.identity, from: other, source: source, map: &map, diagnostics: &found)
          }
          file = SOPFile(sops: [sop])
        }
        return result(file, found, map)
      }
    }
    diagnostics.append(Diagnostic(
      .xlsxNoSOPSheet, "no sheet holds an SOP steps table (a row with No and Kegiatan)", at: SourceLocation(file: source),
      hint: "sheets: " + workbook.sheets.map(\.name).joined(separator: ", ") + "; start from Templates/csv/sop-form.csv laid out in a sheet"))
    return ReadResult(file: nil, diagnostics: diagnostics, locate: fallback)
  }

  static func result(_ file: SOPFile?, _ diagnostics: [Diagnostic], _ map: SourcePathMap) -> ReadResult {
    let usable = diagnostics.contains { $0.code.id.hasPrefix("csv.") && $0.severity == .error } ? nil : file
    return ReadResult(file: usable, diagnostics: diagnostics) { map.locate($0) }
  }
}
