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
///
/// Besides the printed sheets, a hidden sheet "sopkit-data" keeps the canonical JSON, so that the
/// workbook reads back to the same SOP; what a person edits in the visible cells wins over it.
public enum XLSXWriter {
  public struct Options: Sendable {
    public var setup: PageSetup
    /// Print a row of column numbers under the header, as some offices do.
    public var columnNumbers: Bool
    /// The folder a relative logo file is read from (the SOP file's folder).
    public var assetFolder: String?
    /// Print "DRAF — belum untuk ditandatangani" in the page header of every printed sheet (bold,
    /// red, centred), for an SOP that still has errors (``SOPDocument/isDraft``).
    public var draft: Bool = false
    /// Print the JUMLAH WAKTU row with sopkit's own sum also when the SOP wrote no total (a total
    /// the SOP wrote is always printed; sop-ap-format §6.3).
    public var totalRow: Bool = false
    /// The room between the jabatan line and the name line of DISAHKAN OLEH (``SignatureRoom``).
    public var signature: SignatureRoom = SignatureRoom()
    /// Keep the canonical SOP in the hidden "sopkit-data" sheet, so the workbook reads back
    /// exactly (off only to test that the printed sheets alone read back to the same SOP).
    public var embedData: Bool = true
    /// How the printed workbook is signed: in `tte-kemenag` the marker stands alone in the room
    /// to sign (sop-ap-format §9.3: the anchor survives printing to PDF as text); `basah` leaves
    /// the room empty. SRIKANDI signs Word documents, so `srikandi` prints like `basah`.
    public var mode: SigningMode = .basah
    /// The character the office's TTE looks for (``SigningMode/defaultMarker`` unless told).
    public var marker: Character = SigningMode.defaultMarker

    public init(
      setup: PageSetup = PageSetup(), columnNumbers: Bool = false, assetFolder: String? = nil,
      draft: Bool = false, totalRow: Bool = false
    ) {
      self.setup = setup
      self.columnNumbers = columnNumbers
      self.assetFolder = assetFolder
      self.draft = draft
      self.totalRow = totalRow
    }
  }

  /// What the workbook cannot show as the SOP has it: a logo file that cannot be read, a text
  /// longer than an Excel cell holds (located in `source`, the SOP's file).
  public static func warnings(_ file: SOPFile, options: Options = Options(), source: String = "") -> [Diagnostic] {
    file.sops.compactMap { LogoImage.load($0.identity.kop, folder: options.assetFolder).1 }
      + ExcelCellText.warnings(file, source: source)
  }

  /// The workbook of `file`: every SOP's sheet pair in one workbook (one SOP gives one pair).
  public static func write(_ file: SOPFile, options: Options = Options()) throws(ConversionError)
    -> [UInt8]
  {
    var drawings: [(sheet: String, drawing: SpreadsheetDrawing)] = []
    let package = try XLSXWorkbook.build { book throws(ConversionError) in
      var sheetNumber = 0
      let names = XLSXSheetNames(file)
      for (sopIndex, sop) in file.sops.enumerated() {
        let identity = book.addSheet(names.identity(sopIndex))
        sheetNumber += 1
        let logo = LogoImage.load(sop.identity.kop, folder: options.assetFolder).0
        XLSXIdentitySheet(
          identity: sop.identity, setup: options.setup, logo: logo, signature: options.signature,
          marker: options.mode == .tteKemenag ? options.marker : nil
        ).write(
          into: identity, book)
        if options.draft { DraftMark.setHeader(identity) }
        for (chartIndex, flowchart) in sop.flowcharts.enumerated() {
          let sheet = book.addSheet(names.procedure(sopIndex, chartIndex))
          sheetNumber += 1
          let drawing = XLSXProcedureSheet(
            flowchart, setup: options.setup, title: sop.identity.namaSOP, columnNumbers: options.columnNumbers, total: options.totalRow
          ).write(into: sheet, book)
          // A draft's pages carry the draft mark in the print header instead of the SOP's name.
          if options.draft { DraftMark.setHeader(sheet) }
          drawings.append(("xl/worksheets/sheet\(sheetNumber).xml", drawing))
        }
      }
      if options.embedData { writeData(file, into: book.addSheet(XLSXSheetNames.data), book) }
    }
    return try DrawingInjector.inject(drawings, into: package)
  }

  /// The canonical JSON in column A of a hidden sheet, in pieces below Excel's 32,767-character
  /// cell limit (split between characters, never inside one).
  private static func writeData(
    _ file: SOPFile, into sheet: UnsafeMutablePointer<lxw_worksheet>, _ book: XLSXWorkbook
  ) {
    worksheet_write_string(sheet, 0, 0, XLSXSheetNames.dataMarker, nil)
    var row: lxw_row_t = 1
    let json = SOPJSON.encode(file)
    var start = json.startIndex
    while start < json.endIndex {
      // Each piece ends at the first character boundary 30,000 UTF-16 units (as Excel counts) on.
      var end = json.utf16.index(start, offsetBy: 30_000, limitedBy: json.endIndex) ?? json.endIndex
      while end < json.endIndex, String.Index(end, within: json) == nil { end = json.utf16.index(after: end) }
      worksheet_write_string(sheet, row, 0, String(json[start..<end]), nil)
      row += 1
      start = end
    }
    worksheet_hide(sheet)
  }
}

/// The sheet names the writer gives and the reader looks for.
struct XLSXSheetNames {
  static let data = "sopkit-data"
  static let dataMarker = "sopkit canonical JSON, version 1; edit the other sheets, not this one"
  let file: SOPFile

  init(_ file: SOPFile) { self.file = file }

  func identity(_ sop: Int) -> String { "Identitas" + suffix(sop) }

  func procedure(_ sop: Int, _ chart: Int) -> String {
    "Prosedur" + suffix(sop) + (file.sops[sop].flowcharts.count > 1 ? "." + String(chart + 1) : "")
  }

  private func suffix(_ sop: Int) -> String { file.sops.count > 1 ? " \(sop + 1)" : "" }
}
