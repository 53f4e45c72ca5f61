import CXlsxWriter

/// The mark every page of a draft SOP's signing outputs carries (the workbook, the Word document,
/// the SVG and HTML previews), so that a draft is never signed by mistake.
enum DraftMark {
  /// The words of the mark.
  static let text = "DRAF — belum untuk ditandatangani"
  /// Red, as in every output.
  static let color = "FF0000"
  /// The size in points.
  static let size = 14.0

  /// Excel's print header code: centred, Arial bold, 14 pt, red.
  static let excelHeader = "&C&\"Arial\"&B&14&K" + color + text

  /// Puts the mark in the print header of `sheet`, so every printed page of it shows the mark.
  /// Excel's header margin (0.3 in from the paper's edge) leaves the 14 pt line room above the
  /// top margin, so the table keeps its place.
  static func setHeader(_ sheet: UnsafeMutablePointer<lxw_worksheet>) {
    worksheet_set_header(sheet, excelHeader)
  }
}
