import CXlsxWriter
import Foundation
import SOPModel

/// A libxlsxwriter workbook written to a temporary file, with the formats sopkit uses.
///
/// Not Sendable: it holds C pointers, and lives inside one call of ``XLSXWriter/write(_:options:)``.
final class XLSXWorkbook {
  let handle: UnsafeMutablePointer<lxw_workbook>
  let path: String
  private var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
  /// Picture bytes kept alive until the workbook is closed.
  private var retained: [[UInt8]] = []

  func retain(_ bytes: [UInt8]) { retained.append(bytes) }

  /// The fixed creation time written into docProps/core.xml, so the same input gives the same bytes.
  static let fixedTimestamp: time_t = 946_684_800  // 2000-01-01T00:00:00Z

  /// Builds a workbook in a temporary folder with `body`, closes it, and returns its bytes; the
  /// folder is removed whatever happens.
  static func build(_ body: (XLSXWorkbook) throws(ConversionError) -> Void) throws(ConversionError) -> [UInt8] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-xlsx-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw ConversionError(.output, Diagnostic(.ioCannotWrite, "cannot create a temporary folder: \(error.localizedDescription)"))
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let book = try XLSXWorkbook(path: folder.appendingPathComponent("book.xlsx").path)
    try body(book)
    return try book.close()
  }

  private init(path: String) throws(ConversionError) {
    var options = lxw_workbook_options()
    options.constant_memory = 0
    guard let handle = workbook_new_opt(path, &options) else {
      throw ConversionError(.output, Diagnostic(.ioCannotWrite, "cannot create a temporary workbook", at: SourceLocation(file: path)))
    }
    self.handle = handle
    self.path = path
    var properties = lxw_doc_properties()
    properties.created = Self.fixedTimestamp
    workbook_set_properties(handle, &properties)
  }

  func addSheet(_ name: String) -> UnsafeMutablePointer<lxw_worksheet> {
    workbook_add_worksheet(handle, name)
  }

  /// Closes the workbook and returns the file's bytes.
  func close() throws(ConversionError) -> [UInt8] {
    let error = workbook_close(handle)
    guard error == LXW_NO_ERROR else {
      throw ConversionError(.output, Diagnostic(
        .ioCannotWrite, "libxlsxwriter could not write the workbook: \(String(cString: lxw_strerror(error)))",
        at: SourceLocation(file: path)))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ConversionError(.output, Diagnostic(.ioCannotWrite, "the workbook was not written", at: SourceLocation(file: path)))
    }
    return [UInt8](data)
  }

  /// A cell style; the same description gives the same format object.
  struct Style: Hashable {
    var bold = false
    var size = 10.0
    var border = true
    var center = false
    var middle = true
    var wrap = true
    var fill: UInt32? = nil
  }

  func format(_ style: Style) -> UnsafeMutablePointer<lxw_format> {
    let key = "\(style)"
    if let existing = formats[key] { return existing }
    let format = workbook_add_format(handle)!
    format_set_font_name(format, "Arial")
    format_set_font_size(format, style.size)
    if style.bold { format_set_bold(format) }
    if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    if style.wrap { format_set_text_wrap(format) }
    format_set_align(format, UInt8(style.center ? LXW_ALIGN_CENTER.rawValue : LXW_ALIGN_LEFT.rawValue))
    format_set_align(format, UInt8(style.middle ? LXW_ALIGN_VERTICAL_CENTER.rawValue : LXW_ALIGN_VERTICAL_TOP.rawValue))
    if let color = style.fill { format_set_bg_color(format, color) }
    formats[key] = format
    return format
  }
}
