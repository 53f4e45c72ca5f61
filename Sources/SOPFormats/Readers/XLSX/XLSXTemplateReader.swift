import SOPModel

/// Reads a filled fill-in template (`sopkit template`): the Identitas and Langkah sheets through
/// the form layout, the actor order from the Pelaksana sheet; rows left unfilled are skipped.
enum XLSXTemplateReader {
  static func read(_ workbook: XLSXWorkbookReader, source: String, diagnostics: [Diagnostic]) -> ReadResult {
    var records: [GridRow] = []
    var lineMap: [Int: (sheet: String, row: Int)] = [:]
    var line = 0
    func add(_ record: GridRow, sheet: String) {
      line += 1
      lineMap[line] = (sheet, record.line)
      records.append(GridRow(line: line, fields: record.fields))
    }
    if let identity = workbook.sheets.first(where: { $0.name == "Identitas" }) {
      for record in identity.records { add(record, sheet: "Identitas") }
    }
    line += 1
    records.append(GridRow(line: line, fields: []))
    if let steps = workbook.sheets.first(where: { $0.name == "Langkah" }) {
      for record in steps.records {
        // A row with nothing but its prefilled number was not used.
        if record.line > 1, record.fields.dropFirst().allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
        add(record, sheet: "Langkah")
      }
    }
    let sheet = TableText(records: records, source: source, lineMap: lineMap)
    var map = SourcePathMap(file: source)
    var layout = FormRecognizer(sheet: sheet)
    var file = layout.read(&map)
    if let actorSheet = workbook.sheets.first(where: { $0.name == "Pelaksana" }) {
      let actors = actorSheet.rows.keys.sorted().filter { $0 > 1 }.map { actorSheet.cell($0, 0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
      if !actors.isEmpty, var sop = file?.sops.first, !sop.flowcharts.isEmpty {
        sop.flowcharts[0].pelaksana = actors
        file = SOPFile(sops: [sop])
      }
    }
    return XLSXReader.result(file, diagnostics + layout.diagnostics, map)
  }
}
