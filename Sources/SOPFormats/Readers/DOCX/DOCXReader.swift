import Foundation
import SOPModel

// Support:
// [x] documents written by sopkit (the canonical SOP kept in a custom XML part)
// [x] legacy Word SOPs: an identity table found by its labels, the flowchart table by its header
//     (one or two header rows), tables split across pages with repeated headers, actors marked by
//     text, a check mark or a shape drawn in the cell; merged cells resolved into a true grid
// [ ] connectors between shapes, text boxes, numbering (w:numPr), headers/footers, .doc files

/// Reads SOPs from Word documents.
public enum DOCXReader {
  static let dataPart = "customXml/item1.xml"
  static let dataNamespace = "urn:sopkit:canonical-json:1"

  public static func read(_ bytes: [UInt8], source: String) -> ReadResult {
    let fallback: @Sendable (String) -> SourceLocation = { SourceLocation(file: source, path: $0) }
    let package: ZipPackage
    let document: XMLElement
    do {
      package = try ZipPackage(bytes, source: source)
      guard let xml = try package.xml("word/document.xml") else {
        let hint = package.names.contains("xl/workbook.xml") ? "it is an Excel workbook: name it .xlsx" : "save it again from Word or LibreOffice as .docx"
        return ReadResult(file: nil, diagnostics: [Diagnostic(.zipNotAPackage, "this package has no word/document.xml: it is not a Word document", at: SourceLocation(file: source), hint: hint)], locate: fallback)
      }
      document = xml
      if let data = try package.xml(dataPart), data.name == "sopkit" {
        let decoded = SOPJSON.decode(Array(data.text.utf8), file: source)
        if let file = decoded.file { return ReadResult(file: file, diagnostics: [], locate: fallback) }
      }
    } catch {
      return ReadResult(file: nil, diagnostics: error.diagnostics, locate: fallback)
    }
    guard let body = document.first("body") else {
      return ReadResult(file: nil, diagnostics: [Diagnostic(.xmlMalformed, "word/document.xml has no body", at: SourceLocation(file: source, part: "word/document.xml"))], locate: fallback)
    }
    let tables = DOCXTables(body: body).tables
    var records: [CSVRecord] = []
    var places: [Int: (table: Int, row: Int)] = [:]
    var firstHeader: [String]?
    var identityTables: [DOCXTables.Table] = []
    for table in tables {
      let rows = table.rows.map { cells in CSVRecord(line: 0, fields: (0..<((cells.keys.max() ?? -1) + 1)).map { cells[$0] ?? "" }) }
      guard let headerIndex = rows.firstIndex(where: CSVStepHeader.isHeader) else {
        if XLSXIdentityGrid.labelCount(in: rows) >= 1 { identityTables.append(table) }
        continue
      }
      var start = 0
      if let firstHeader {
        // A table continued on the next page repeats the header: read it once.
        if rows[headerIndex].fields == firstHeader { start = headerIndex + (CSVStepHeader(records: rows, at: headerIndex, sheet: CSVSheet(records: rows, source: source)).rowCount) }
      } else {
        firstHeader = rows[headerIndex].fields
      }
      for (index, row) in rows.enumerated() where index >= start {
        let line = records.count + 1
        places[line] = (table.number, index + 1)
        records.append(CSVRecord(line: line, fields: row.fields))
      }
    }
    guard !records.isEmpty else {
      return ReadResult(file: nil, diagnostics: [Diagnostic(
        .docxNoSOP, "no SOP found: no table has a steps header (a row with No and Kegiatan)", at: SourceLocation(file: source, part: "word/document.xml"),
        hint: "\(tables.count) table(s) in the document; an SOP's flowchart table starts with No, Kegiatan, Pelaksana, …")], locate: fallback)
    }
    let sheet = CSVSheet(records: records, source: source, tablePlaces: places)
    var map = SourcePathMap(file: source)
    var layout = CSVFormLayout(sheet: sheet)
    var file = layout.read(&map)
    var diagnostics = layout.diagnostics
    if var sop = file?.sops.first {
      for table in identityTables {
        XLSXIdentityGrid.fill(&sop.identity, from: table.asSheet, source: source, map: &map, diagnostics: &diagnostics)
      }
      file = SOPFile(sops: [sop])
    }
    return XLSXReader.result(file, diagnostics, map)
  }
}

extension DOCXTables.Table {
  /// The table as a sheet, for the identity-grid reader (rows 1-based).
  var asSheet: XLSXWorkbookReader.Sheet {
    var sheet = XLSXWorkbookReader.Sheet(name: "table \(number)", hidden: false, part: "word/document.xml")
    for (index, cells) in rows.enumerated() where !cells.isEmpty { sheet.rows[index + 1] = cells }
    return sheet
  }
}
