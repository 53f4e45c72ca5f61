import CXlsxWriter
import SOPModel

/// The "Identitas" sheet in the official grid (sop-ap-format §3.2): the kop block on the left, the
/// labelled fields on the right, then the three pairs of list boxes.
struct XLSXIdentitySheet {
  let identity: Identity
  let setup: PageSetup
  var logo: LogoImage? = nil

  /// Eight columns: four for the kop block, one for the labels, three for the values.
  var widths: [Double] {
    let available = (setup.printableWidth / 0.75 / ProcedureTable.columnWidthSlack).rounded(.down) - 12
    let quarter = (available / 2 / 4).rounded(.down)
    let label = (available * 0.16).rounded(.down)
    let value = ((available / 2 - label) / 3).rounded(.down)
    return [quarter, quarter, quarter, quarter, label, value, value, value]
  }

  func write(into sheet: UnsafeMutablePointer<lxw_worksheet>, _ book: XLSXWorkbook) {
    let widths = self.widths
    for (index, width) in widths.enumerated() {
      worksheet_set_column(sheet, lxw_col_t(index), lxw_col_t(index), (width - 5) / 7, nil)
    }
    let label = book.format(.init(bold: true))
    let value = book.format(.init())
    let title = book.format(.init(bold: true, size: 12))
    let kop = book.format(.init(bold: true, size: 11, center: true))
    let listBody = book.format(.init(middle: false))
    let valueWidth = widths[5...].reduce(0, +)

    let pengesahan = identity.pengesahan
    var signature = (pengesahan.jabatan ?? "") + "\n\n\n\n" + (pengesahan.nama ?? "")
    if let pangkat = pengesahan.pangkat { signature += "\n" + pangkat }
    if let nip = pengesahan.nip { signature += "\nNIP. " + nip }
    let rows: [(String, String, UnsafeMutablePointer<lxw_format>, Double)] = [
      ("NOMOR SOP", identity.nomorSOP ?? "", value, 22),
      ("TGL. PEMBUATAN", identity.tanggal.pembuatan?.display ?? "", value, 22),
      ("TGL. REVISI", identity.tanggal.revisi?.display ?? "", value, 22),
      ("TGL. EFEKTIF", identity.tanggal.efektif?.display ?? "", value, 22),
      ("DISAHKAN OLEH", signature, value, TextMetrics.rowHeight([(signature, valueWidth)], minimum: 96)),
      ("NAMA SOP", identity.namaSOP.uppercased(), title, TextMetrics.rowHeight([(identity.namaSOP, valueWidth)], minimum: 34, characterWidth: 8)),
    ]
    for (index, item) in rows.enumerated() {
      let row = lxw_row_t(index)
      worksheet_set_row(sheet, row, item.3, nil)
      worksheet_write_string(sheet, row, 4, item.0, label)
      worksheet_merge_range(sheet, row, 5, row, 7, ExcelCellText.fitted(item.1), item.2)
    }
    let grid = IdentityGrid(identity: identity)
    let kopText = ExcelCellText.fitted(grid.kopLines.joined(separator: "\n"))
    if let logo {
      // The logo takes the first column of the kop block, the text the other three.
      worksheet_merge_range(sheet, 0, 0, lxw_row_t(rows.count - 1), 0, "", kop)
      worksheet_merge_range(sheet, 0, 1, lxw_row_t(rows.count - 1), 3, kopText, kop)
      let blockHeight = rows.reduce(0) { $0 + $1.3 } / 0.75
      let size = min((widths[0] - 16) / Double(logo.width), min(blockHeight - 16, 110) / Double(logo.height))
      var options = lxw_image_options()
      options.x_scale = size
      options.y_scale = size
      options.x_offset = Int32(((widths[0] - Double(logo.width) * size) / 2).rounded())
      options.y_offset = Int32(((blockHeight - Double(logo.height) * size) / 2).rounded())
      book.retain(logo.bytes)
      logo.bytes.withUnsafeBufferPointer { buffer in
        _ = worksheet_insert_image_buffer_opt(sheet, 0, 0, buffer.baseAddress, buffer.count, &options)
      }
    } else {
      worksheet_merge_range(sheet, 0, 0, lxw_row_t(rows.count - 1), 3, kopText, kop)
    }

    // The list boxes, in the fixed pairs of the form.
    let pairs = grid.listPairs
    var row = lxw_row_t(rows.count)
    let halfWidth = widths[..<4].reduce(0, +)
    for (left, right) in pairs {
      worksheet_set_row(sheet, row, 18, nil)
      worksheet_merge_range(sheet, row, 0, row, 3, left.0, label)
      worksheet_merge_range(sheet, row, 4, row, 7, right.0, label)
      row += 1
      let leftText = ListItems.join(left.1), rightText = ListItems.join(right.1)
      let height = TextMetrics.rowHeight([(leftText, halfWidth), (rightText, halfWidth)], minimum: 30)
      worksheet_set_row(sheet, row, height, nil)
      worksheet_merge_range(sheet, row, 0, row, 3, ExcelCellText.fitted(leftText), listBody)
      worksheet_merge_range(sheet, row, 4, row, 7, ExcelCellText.fitted(rightText), listBody)
      row += 1
    }
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, setup.excelPaperCode)
    worksheet_set_margins(sheet, setup.left / 72, setup.right / 72, setup.top / 72, setup.bottom / 72)
    worksheet_center_horizontally(sheet)
    // The identity page is one page by definition; scaling is safe here, as it holds no shapes.
    worksheet_fit_to_pages(sheet, 1, 1)
    worksheet_set_footer(sheet, "&C&\"Arial\"&8Halaman &P dari &N")
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
