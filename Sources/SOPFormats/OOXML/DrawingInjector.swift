import Foundation
import SOPModel

/// Adds drawing parts to an XLSX that libxlsxwriter wrote (it cannot write shapes itself), and
/// rewrites the package with fixed dates and entry order so the same input gives the same bytes.
///
/// Only the parts that change (each drawn sheet, its relationships, the content types) are
/// unpacked and packed again; the others are copied as they are, still compressed.
enum DrawingInjector {
  /// `drawings` maps a worksheet part ("xl/worksheets/sheet2.xml") to its drawing. The sheets must
  /// not have a drawing of their own yet.
  static func inject(_ drawings: [(sheet: String, drawing: SpreadsheetDrawing)], into package: [UInt8]) throws(ConversionError) -> [UInt8] {
    do {
      let source = try ZipDirectory(package)
      var changed: [String: Data] = [:]
      var added: [(path: String, data: Data)] = []
      func current(_ path: String) throws -> Data? {
        if let data = changed[path] { return data }
        if let index = added.firstIndex(where: { $0.path == path }) { return added[index].data }
        guard let record = source.records.first(where: { $0.path == path }) else { return nil }
        return try source.contents(of: record, limit: ZipPackage.maximumPartSize)
      }
      func replace(_ path: String, with data: Data) {
        if let index = added.firstIndex(where: { $0.path == path }) { added[index].data = data } else { changed[path] = data }
      }
      var existing = source.records.filter { $0.path.hasPrefix("xl/drawings/drawing") }.count
      for item in drawings where !item.drawing.items.isEmpty {
        existing += 1
        let drawingPath = "xl/drawings/drawing\(existing).xml"
        let sheetName = (item.sheet as NSString).lastPathComponent
        let relsPath = "xl/worksheets/_rels/\(sheetName).rels"
        guard let sheet = try current(item.sheet), sheet.range(of: Data("<drawing ".utf8)) == nil else { continue }
        replace(item.sheet, with: Self.insert(#"<drawing r:id="rIdSopkit1"/>"#, before: "</worksheet>", in: sheet))
        let relationship = #"<Relationship Id="rIdSopkit1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing\#(existing).xml"/>"#
        if let rels = try current(relsPath) {
          replace(relsPath, with: Self.insert(relationship, before: "</Relationships>", in: rels))
        } else {
          let rels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + relationship + "</Relationships>"
          added.append((relsPath, Data(rels.utf8)))
        }
        if let types = try current("[Content_Types].xml") {
          let override = #"<Override PartName="/\#(drawingPath)" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>"#
          replace("[Content_Types].xml", with: Self.insert(override, before: "</Types>", in: types))
        }
        added.append((drawingPath, Data(item.drawing.xml.utf8)))
      }
      // libxlsxwriter's order, then the new parts; the untouched parts keep their packed bytes.
      var writer = ZipWriter()
      for record in source.records {
        if let data = changed[record.path] {
          try writer.add(record.path, data: data)
        } else {
          writer.add(record.path, method: record.method, crc: record.crc32, compressed: source.compressed(record), uncompressedSize: record.uncompressedSize)
        }
      }
      for (path, data) in added { try writer.add(path, data: data) }
      return writer.finished()
    } catch {
      throw ConversionError(.internalFailure, Diagnostic(.internalFailure, "could not add the flowchart drawing to the workbook: \(error)"))
    }
  }

  /// `data` with `text` put in front of the last `closing` tag (the root element's end).
  static func insert(_ text: String, before closing: String, in data: Data) -> Data {
    guard let range = data.range(of: Data(closing.utf8), options: .backwards) else { return data }
    var result = data
    result.insert(contentsOf: Data(text.utf8), at: range.lowerBound)
    return result
  }
}
