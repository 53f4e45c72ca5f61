import Foundation
import SOPModel

/// The cells of an XLSX workbook as text, sheet by sheet, read with ZIPFoundation and libxml2.
///
/// Handles shared strings (with rich-text runs), inline strings, booleans, numbers (integers without
/// ".0") and Excel serial dates in date-formatted cells (as ISO yyyy-mm-dd), hidden sheets, and
/// merged ranges (covered cells stay empty, as a CSV export leaves them).
struct XLSXWorkbookReader {
  let package: ZipPackage
  private(set) var sheets: [Grid] = []

  init(_ bytes: [UInt8], source: String) throws(ConversionError) {
    package = try ZipPackage(bytes, source: source)
    guard let workbook = try package.xml("xl/workbook.xml") else {
      throw ConversionError(.unreadableInput, Diagnostic(
        .zipNotAPackage, "this package has no workbook (xl/workbook.xml): it is not an XLSX file", at: SourceLocation(file: source),
        hint: package.names.contains("word/document.xml") ? "it is a Word document: name it .docx" : "save it again from Excel or LibreOffice as .xlsx"))
    }
    let relationships = try package.relationships("xl/_rels/workbook.xml.rels", base: "xl/")
    let strings = try Self.sharedStrings(package)
    let dateStyles = try Self.dateStyles(package)
    for sheet in workbook.descendants("sheet") {
      guard let id = sheet.attributes["r:id"], let part = relationships[id] else { continue }
      var entry = Grid(name: sheet.attributes["name"] ?? "", hidden: (sheet.attributes["state"] ?? "visible") != "visible", part: part)
      if let xml = try package.xml(part) {
        Self.readCells(xml, strings: strings, dateStyles: dateStyles, into: &entry)
        let folder = (part as NSString).deletingLastPathComponent
        let relsPath = folder + "/_rels/" + (part as NSString).lastPathComponent + ".rels"
        let sheetRelationships = try package.relationships(relsPath, base: folder + "/")
        for drawing in xml.all("drawing") {
          guard let id = drawing.attributes["r:id"], let target = sheetRelationships[id] else { continue }
          let drawingPart = ZipPackage.normalise(target)
          if let drawingXML = try package.xml(drawingPart) {
            let drawingFolder = (drawingPart as NSString).deletingLastPathComponent
            let images = try package.relationships(drawingFolder + "/_rels/" + (drawingPart as NSString).lastPathComponent + ".rels", base: drawingFolder + "/")
            var shapes = GridShape.read(spreadsheetDrawing: drawingXML, images: images.mapValues(ZipPackage.normalise))
            // A picture the size of a cell or two may be a symbol pasted as an image: read its outline.
            for index in shapes.indices where shapes[index].kind == .picture {
              guard let to = shapes[index].to, to.column - shapes[index].from.column <= 2, to.row - shapes[index].from.row <= 3,
                let part = shapes[index].imagePart, let data = try package.data(part), data.count <= 1_000_000
              else { continue }
              shapes[index].pictureSymbol = PictureSymbol.shape(ofPNG: [UInt8](data))
            }
            entry.shapes += shapes
          }
        }
      }
      sheets.append(entry)
    }
  }

  static func sharedStrings(_ package: ZipPackage) throws(ConversionError) -> [String] {
    guard let xml = try package.xml("xl/sharedStrings.xml") else { return [] }
    return xml.all("si").map(Self.richText)
  }

  /// The text of an `si` or `is` element: its `t`, or its runs' `t`s (phonetic runs left out).
  static func richText(_ element: XMLElement) -> String {
    if let t = element.first("t") { return t.text }
    return element.all("r").compactMap { $0.first("t")?.text }.joined()
  }

  /// Indexes of cell styles (cellXfs) whose number format shows a date.
  static func dateStyles(_ package: ZipPackage) throws(ConversionError) -> Set<Int> {
    guard let xml = try package.xml("xl/styles.xml") else { return [] }
    var dateFormats = Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57])
    for format in xml.first("numFmts")?.all("numFmt") ?? [] {
      guard let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"] else { continue }
      let bare = code.replacingOccurrences(of: #"\[[^\]]*\]|"[^"]*""#, with: "", options: .regularExpression).lowercased()
      if bare.contains("d") && bare.contains("m") || bare.contains("yy") { dateFormats.insert(id) }
    }
    var styles: Set<Int> = []
    for (index, xf) in (xml.first("cellXfs")?.all("xf") ?? []).enumerated() {
      if let id = xf.attributes["numFmtId"].flatMap(Int.init), dateFormats.contains(id) { styles.insert(index) }
    }
    return styles
  }

  static func readCells(_ xml: XMLElement, strings: [String], dateStyles: Set<Int>, into sheet: inout Grid) {
    if let format = xml.first("sheetFormatPr") {
      sheet.defaultRowHeight = format.attributes["defaultRowHeight"].flatMap(Double.init) ?? 15
      sheet.defaultColumnWidth = format.attributes["defaultColWidth"].flatMap(Double.init) ?? format.attributes["baseColWidth"].flatMap(Double.init).map { $0 + 0.71 } ?? 8.43
    }
    for column in xml.first("cols")?.all("col") ?? [] {
      // Excel's columns are 1...16,384; a damaged file can say anything (min after max: a crash).
      guard let min = column.attributes["min"].flatMap(Int.init), let max = column.attributes["max"].flatMap(Int.init),
        let width = column.attributes["width"].flatMap(Double.init), 1 <= min, min <= max, max <= 16_384
      else { continue }
      for index in min...max { sheet.columnWidths[index - 1] = width }
    }
    for row in xml.first("sheetData")?.all("row") ?? [] {
      if let number = row.attributes["r"].flatMap(Int.init), let height = row.attributes["ht"].flatMap(Double.init) { sheet.rowHeights[number] = height }
    }
    for row in xml.first("sheetData")?.all("row") ?? [] {
      var nextColumn = 0
      let rowNumber = row.attributes["r"].flatMap(Int.init) ?? ((sheet.rows.keys.max() ?? 0) + 1)
      guard (1...1_048_576).contains(rowNumber) else { continue }  // Excel's rows; beyond is damage
      for cell in row.all("c") {
        let column = cell.attributes["r"].flatMap { CellReference.column(of: $0) } ?? nextColumn
        nextColumn = column + 1
        let value = cell.first("v")?.text
        var text: String
        switch cell.attributes["t"] {
        case "s": text = value.flatMap(Int.init).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
        case "inlineStr": text = cell.first("is").map(richText) ?? ""
        case "b": text = value == "1" ? "TRUE" : "FALSE"
        case "e" where cell.attributes["vm"] != nil:
          // An Excel 365 picture in a cell (a rich value); its cached value reads #VALUE!.
          sheet.shapes.append(GridShape(kind: .picture, text: "", from: (column, 0, rowNumber - 1, 0), to: (column + 1, 0, rowNumber, 0)))
          text = ""
        case "str", "e": text = value ?? ""
        default:
          guard let value, let number = Double(value) else { text = value ?? ""; break }
          if let style = cell.attributes["s"].flatMap(Int.init), dateStyles.contains(style), let day = CellReference.date(fromSerial: number) {
            text = day.iso
          } else {
            text = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : value
          }
        }
        if !text.isEmpty { sheet.rows[rowNumber, default: [:]][column] = text }
      }
    }
    for range in xml.first("mergeCells")?.all("mergeCell") ?? [] {
      guard let ref = range.attributes["ref"] else { continue }
      let corners = ref.split(separator: ":").map(String.init)
      guard corners.count == 2, let a = CellReference.parse(corners[0]), let b = CellReference.parse(corners[1]) else { continue }
      sheet.merged.append((a.row, a.column, b.row, b.column))
    }
  }
}

/// A1-style cell references.
enum CellReference {
  /// "B7" → (row 7, column 1).
  static func parse(_ reference: String) -> (row: Int, column: Int)? {
    guard let column = column(of: reference) else { return nil }
    let digits = reference.drop { $0.isLetter }
    guard let row = Int(digits) else { return nil }
    return (row, column)
  }

  /// The 0-based column of "AB12" (27).
  static func column(of reference: String) -> Int? {
    var column = 0
    var letters = 0
    for character in reference.uppercased() {
      guard let ascii = character.asciiValue, (65...90).contains(ascii) else { break }
      column = column * 26 + Int(ascii - 64)
      letters += 1
      if letters > 3 { return nil }  // Excel's last column is XFD; more letters could overflow
    }
    return letters == 0 ? nil : column - 1
  }

  /// "B7" from a 1-based row and 0-based column.
  static func name(row: Int, column: Int) -> String {
    var letters = ""
    var n = column + 1
    while n > 0 {
      let remainder = (n - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      n = (n - 1) / 26
    }
    return "\(letters)\(row)"
  }

  /// The day of an Excel serial date (1900 system; serial 60 is Excel's phantom 29 Feb 1900).
  static func date(fromSerial serial: Double) -> SOPDate.Day? {
    guard serial >= 1, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    if days > 59 { days -= 1 }
    // Day 1 is 1900-01-01.
    var year = 1900, month = 1
    var remaining = days - 1
    while true {
      let length = SOPDate.Day.daysIn(month: 2, year: year) == 29 ? 366 : 365
      if remaining < length { break }
      remaining -= length
      year += 1
    }
    while true {
      let length = SOPDate.Day.daysIn(month: month, year: year)
      if remaining < length { break }
      remaining -= length
      month += 1
    }
    return SOPDate.Day(year: year, month: month, day: remaining + 1)
  }
}
