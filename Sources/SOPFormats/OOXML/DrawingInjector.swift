import Foundation
import SOPModel
import ZIPFoundation

/// Adds drawing parts to an XLSX that libxlsxwriter wrote (it cannot write shapes itself), and
/// rewrites the package with fixed dates and entry order so the same input gives the same bytes.
enum DrawingInjector {
  /// `drawings` maps a worksheet part ("xl/worksheets/sheet2.xml") to its drawing. The sheets must
  /// not have a drawing of their own yet.
  static func inject(_ drawings: [(sheet: String, drawing: SpreadsheetDrawing)], into package: [UInt8]) throws(ConversionError) -> [UInt8] {
    do {
      let source = try Archive(data: Data(package), accessMode: .read)
      var parts: [(path: String, data: Data)] = []
      for entry in source where entry.type == .file {
        var data = Data()
        _ = try source.extract(entry, skipCRC32: true) { data.append($0) }
        parts.append((entry.path, data))
      }
      var existing = parts.filter { $0.path.hasPrefix("xl/drawings/drawing") }.count
      for item in drawings where !item.drawing.items.isEmpty {
        existing += 1
        let drawingPath = "xl/drawings/drawing\(existing).xml"
        let sheetName = (item.sheet as NSString).lastPathComponent
        let relsPath = "xl/worksheets/_rels/\(sheetName).rels"
        guard let sheetIndex = parts.firstIndex(where: { $0.path == item.sheet }) else { continue }
        var sheet = String(decoding: parts[sheetIndex].data, as: UTF8.self)
        guard !sheet.contains("<drawing ") else { continue }
        sheet = sheet.replacingOccurrences(of: "</worksheet>", with: #"<drawing r:id="rIdSopkit1"/></worksheet>"#)
        parts[sheetIndex].data = Data(sheet.utf8)
        let relationship = #"<Relationship Id="rIdSopkit1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing\#(existing).xml"/>"#
        if let relsIndex = parts.firstIndex(where: { $0.path == relsPath }) {
          let rels = String(decoding: parts[relsIndex].data, as: UTF8.self).replacingOccurrences(of: "</Relationships>", with: relationship + "</Relationships>")
          parts[relsIndex].data = Data(rels.utf8)
        } else {
          let rels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + relationship + "</Relationships>"
          parts.append((relsPath, Data(rels.utf8)))
        }
        if let typesIndex = parts.firstIndex(where: { $0.path == "[Content_Types].xml" }) {
          let override = #"<Override PartName="/\#(drawingPath)" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>"#
          let types = String(decoding: parts[typesIndex].data, as: UTF8.self).replacingOccurrences(of: "</Types>", with: override + "</Types>")
          parts[typesIndex].data = Data(types.utf8)
        }
        parts.append((drawingPath, Data(item.drawing.xml.utf8)))
      }
      // Fixed dates and the entry order, so the same input gives the same bytes.
      return try PackageWriter.zip(parts, what: "workbook")
    } catch let error as ConversionError {
      throw error
    } catch {
      throw ConversionError(.internalFailure, Diagnostic(.internalFailure, "could not add the flowchart drawing to the workbook: \(error)"))
    }
  }
}
