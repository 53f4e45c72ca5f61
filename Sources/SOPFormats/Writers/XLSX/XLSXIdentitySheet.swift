import CXlsxWriter
import SOPModel

/// The "Identitas" sheet in the official grid (sop-ap-format §3.2): the kop block on the left, the
/// labelled fields on the right, then the three pairs of list boxes.
struct XLSXIdentitySheet {
  let identity: Identity
  let setup: PageSetup
  var logo: LogoImage? = nil
  /// The room for the signature and stamp between the jabatan and the name (sop-ap-format §9.4).
  var signature = SignatureRoom()
  /// The TTE marker, alone on the middle line of the room to sign; nil leaves the room empty.
  var marker: Character? = nil

  /// Calc's distance between two lines of Arial 10, and the height of a printed line's box, in
  /// points (measured with `pdftotext -bbox` on LibreOffice 7.4's print).
  static let linePitch = 11.2, lineBox = 13.0

  /// The blank lines between the jabatan and the name that leave `room` between the two lines'
  /// printed boxes.
  static func blankLines(for room: SignatureRoom) -> Int {
    max(1, Int(((room.points + lineBox) / linePitch).rounded()) - 1)
  }

  /// Eight columns: four for the kop block, one for the labels, three for the values.
  var widths: [Double] {
    let available = (setup.printableWidth / 0.75 / ProcedureTable.columnWidthSlack).rounded(.down) - 12
    let quarter = (available / 2 / 4).rounded(.down)
    let label = (available * 0.16).rounded(.down)
    let value = ((available / 2 - label) / 3).rounded(.down)
    return [quarter, quarter, quarter, quarter, label, value, value, value]
  }

  /// The labelled fields right of the kop block, top to bottom: label, text, whether it is the
  /// NAMA SOP title (bold 12), and the row's height in points, tall enough for the wrapped text
  /// (NAMA SOP of three lines and more, a long jabatan), and together for the kop block's lines.
  func fields(room: SignatureRoom) -> [(label: String, text: String, isTitle: Bool, height: Double)] {
    let widths = self.widths
    let valueWidth = widths[5...].reduce(0, +)
    let pengesahan = identity.pengesahan
    let lines = Self.blankLines(for: room)
    let blank = marker.map { String(repeating: "\n", count: lines / 2 + 1) + String($0) + String(repeating: "\n", count: lines - lines / 2) }
      ?? String(repeating: "\n", count: lines + 1)
    var signature = (pengesahan.jabatan ?? "") + "," + blank + (pengesahan.nama ?? "")
    if let pangkat = pengesahan.pangkat { signature += "\n" + pangkat }
    if let nip = pengesahan.nip { signature += "\nNIP. " + nip }
    let name = identity.namaSOP.uppercased()
    var rows: [(label: String, text: String, isTitle: Bool, height: Double)] = [
      ("NOMOR SOP", identity.nomorSOP ?? "", false, 22),
      ("TGL. PEMBUATAN", identity.tanggal.pembuatan?.display ?? "", false, 22),
      ("TGL. REVISI", identity.tanggal.revisi?.display ?? "", false, 22),
      ("TGL. EFEKTIF", identity.tanggal.efektif?.display ?? "", false, 22),
      ("DISAHKAN OLEH", signature, false, CellText.workbookRowHeight([(signature, valueWidth)], minimum: 96)),
      ("NAMA SOP", name, true, CellText.workbookRowHeight([(name, valueWidth)], size: 12, bold: true, minimum: 34)),
    ]
    for index in rows.indices {
      let labelHeight = CellText.workbookHeight(rows[index].label, pixels: widths[4], bold: true)
      rows[index].height = max(rows[index].height, labelHeight.rounded(.up))
    }
    // The kop block spans these rows: the signature row takes what its lines need beyond them.
    let kopWidth = logo == nil ? widths[..<4].reduce(0, +) : widths[1..<4].reduce(0, +)
    let kopHeight = CellText.workbookHeight(IdentityGrid(identity: identity).kopLines.joined(separator: "\n"), pixels: kopWidth, size: 11, bold: true)
    let total = rows.reduce(0) { $0 + $1.height }
    if kopHeight > total { rows[4].height += (kopHeight - total).rounded(.up) }
    return rows
  }

  /// The sizes the list boxes' items are tried at, in points.
  static let listSizes = [10.0, 9.0, 8.0, 7.0]
  /// The height of a list box's label row, in points.
  static let listLabelHeight = 18.0

  /// The page as printed: the labelled fields, the list items' size and each list row's height.
  /// The page prints at 100 % (so the signature room is as tall as asked): the list items are set
  /// smaller, down to 7 pt, until it fits. A page too long even then is shrunk by the spreadsheet
  /// to fit; the signature room is made taller by as much, so it still prints as tall as asked.
  var plan: (fields: [(label: String, text: String, isTitle: Bool, height: Double)], listSize: Double, listHeights: [Double]) {
    let available = setup.printableHeight * ProcedureTable.pageFill
    let halfWidth = widths[..<4].reduce(0, +)
    let texts = IdentityGrid(identity: identity).listPairs.map { (ListItems.join($0.left.items), ListItems.join($0.right.items)) }
    var room = signature
    var result = (fields: fields(room: room), listSize: Self.listSizes.last!, listHeights: [Double]())
    for _ in 0..<3 {
      let fields = fields(room: room)
      let top = fields.reduce(0) { $0 + $1.height }
      var total = 0.0
      for size in Self.listSizes {
        let heights = texts.map { CellText.workbookRowHeight([($0.0, halfWidth), ($0.1, halfWidth)], size: size, minimum: 30) }
        total = top + heights.reduce(0, +) + Double(texts.count) * Self.listLabelHeight
        result = (fields, size, heights)
        if total <= available { return result }
      }
      room = SignatureRoom(heightCM: signature.heightCM * total / available)
    }
    return result
  }

  func write(into sheet: UnsafeMutablePointer<lxw_worksheet>, _ book: XLSXWorkbook) {
    let widths = self.widths
    let plan = self.plan
    for (index, width) in widths.enumerated() {
      worksheet_set_column(sheet, lxw_col_t(index), lxw_col_t(index), (width - 5) / 7, nil)
    }
    let label = book.format(.init(bold: true))
    let value = book.format(.init())
    let title = book.format(.init(bold: true, size: 12))
    let kop = book.format(.init(bold: true, size: 11, center: true))
    let listBody = book.format(.init(size: plan.listSize, middle: false))
    let rows = plan.fields.map { field in (field.label, field.text, field.isTitle ? title : value, field.height) }
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
    for (index, (left, right)) in pairs.enumerated() {
      worksheet_set_row(sheet, row, Self.listLabelHeight, nil)
      worksheet_merge_range(sheet, row, 0, row, 3, left.0, label)
      worksheet_merge_range(sheet, row, 4, row, 7, right.0, label)
      row += 1
      // Numbered items; a sub-heading ("Peralatan :") stays as it is (ListItems.numbered).
      let leftText = ListItems.join(left.1), rightText = ListItems.join(right.1)
      worksheet_set_row(sheet, row, plan.listHeights[index], nil)
      worksheet_merge_range(sheet, row, 0, row, 3, ExcelCellText.fitted(leftText), listBody)
      worksheet_merge_range(sheet, row, 4, row, 7, ExcelCellText.fitted(rightText), listBody)
      row += 1
    }
    worksheet_set_landscape(sheet)
    worksheet_set_paper(sheet, setup.excelPaperCode)
    worksheet_set_margins(sheet, setup.left / 72, setup.right / 72, setup.top / 72, setup.bottom / 72)
    worksheet_center_horizontally(sheet)
    // The identity page is one page by definition: it is planned to print at 100 % (see plan);
    // one too long even with small lists is shrunk, which is safe here, as it holds no shapes.
    worksheet_fit_to_pages(sheet, 1, 1)
    worksheet_set_footer(sheet, "&C&\"Arial\"&8Halaman &P dari &N")
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
