import CXlsxWriter
import Foundation
import SOPModel

// Support:
// [x] "Identitas" sheet in the official grid; one "Prosedur" sheet per flowchart
// [x] flowchart symbols and orthogonal arrows as DrawingML shapes anchored to cells
// [x] F4 or A4 landscape, repeated header, page breaks between steps, off-page connectors, footer
// [x] byte-identical output for the same input
// [x] a PNG/JPEG logo in the kop block; satker config defaults (SatkerConfig)

/// Writes the official SOP-AP workbook.
public enum XLSXWriter {
  public struct Options: Sendable {
    public var setup: PageSetup
    /// Print a row of column numbers under the header, as some offices do.
    public var columnNumbers: Bool
    /// The folder a relative logo file is read from (the SOP file's folder).
    public var assetFolder: String?

    public init(setup: PageSetup = PageSetup(), columnNumbers: Bool = false, assetFolder: String? = nil) {
      self.setup = setup
      self.columnNumbers = columnNumbers
      self.assetFolder = assetFolder
    }
  }

  /// Problems with what the workbook needs besides the SOP (a logo file that cannot be read).
  public static func warnings(_ file: SOPFile, options: Options = Options()) -> [Diagnostic] {
    file.sops.compactMap { LogoImage.load($0.identity.kop, folder: options.assetFolder).1 }
  }

  /// The workbook of `file`: every SOP's sheet pair in one workbook (one SOP gives one pair).
  public static func write(_ file: SOPFile, options: Options = Options()) throws(ConversionError) -> [UInt8] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-xlsx-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ConversionError(.output, Diagnostic(.ioCannotWrite, "cannot create a temporary folder: \(error.localizedDescription)"))
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let book = try XLSXWorkbook(path: folder.appendingPathComponent("sop.xlsx").path)
    var drawings: [(sheet: String, drawing: SpreadsheetDrawing)] = []
    var sheetNumber = 0
    for (sopIndex, sop) in file.sops.enumerated() {
      let suffix = file.sops.count > 1 ? " \(sopIndex + 1)" : ""
      let identity = book.addSheet("Identitas" + suffix)
      sheetNumber += 1
      let logo = LogoImage.load(sop.identity.kop, folder: options.assetFolder).0
      XLSXIdentitySheet(identity: sop.identity, setup: options.setup, logo: logo).write(into: identity, book)
      for (chartIndex, flowchart) in sop.flowcharts.enumerated() {
        let name = "Prosedur" + suffix + (sop.flowcharts.count > 1 ? "." + String(chartIndex + 1) : "")
        let sheet = book.addSheet(name)
        sheetNumber += 1
        let drawing = XLSXProcedureSheet(flowchart, setup: options.setup, columnNumbers: options.columnNumbers).write(into: sheet, book)
        drawings.append(("xl/worksheets/sheet\(sheetNumber).xml", drawing))
      }
    }
    return try DrawingInjector.inject(drawings, into: try book.close())
  }
}
