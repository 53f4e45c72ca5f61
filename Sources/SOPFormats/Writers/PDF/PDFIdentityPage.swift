import SOPModel

/// The identity page in the official grid (sop-ap-format §3.2), planned as the workbook's
/// "Identitas" sheet plans it (``XLSXIdentitySheet``: its columns, its rows, its list size): the
/// kop block (logo and unit lines) on the left, the labelled fields on the right, then the three
/// pairs of list boxes. The table fills the printable width, as the flowchart pages do; a page too
/// long for the paper is scaled down to fit, as the workbook prints it.
///
/// DISAHKAN OLEH holds the jabatan, the room for the signature (``SignatureRoom``), the name and
/// the NIP. In `basah` the room is empty; in `tte-kemenag` the marker character stands alone in
/// its middle, where the signing service puts the QR; in `srikandi` the `${...}` tokens stand as
/// in the Word document.
struct PDFIdentityPage {
  let identity: Identity
  let setup: PageSetup
  var logo: LogoImage?
  var signature: SignatureRoom
  var mode: SigningMode
  /// The marker character of `tte-kemenag`.
  var marker: Character
  /// The page's number and the document's page count, for the footer.
  var number: Int, count: Int

  /// The sizes of the kop lines, the labels, the values and NAMA SOP, in points, as the workbook's.
  static let kopSize = 11.0, labelSize = 10.0, valueSize = 10.0, titleSize = 12.0

  func draw(on canvas: PDFCanvas) {
    let sheet = XLSXIdentitySheet(identity: identity, setup: setup, logo: logo, signature: signature)
    let plan = sheet.plan
    let pixels = sheet.widths
    let scale = setup.printableWidth / pixels.reduce(0, +)
    var edges = [setup.left]
    for width in pixels { edges.append((edges.last ?? 0) + width * scale) }
    // The signature block decides its row's height when it needs more than the workbook's rows.
    let room = Self.room(signature, rows: plan.fields.map(\.height), lists: plan.listHeights, setup: setup)
    let block = signatureBlock(width: edges[8] - edges[5], room: room)
    var heights = plan.fields.map(\.height)
    heights[4] = max(heights[4], block.height + 2 * TextBox.padding)
    let listRows = plan.listHeights.flatMap { [XLSXIdentitySheet.listLabelHeight, $0] }
    let total = (heights + listRows).reduce(0, +)
    let fit = min(1, setup.printableHeight / total)
    canvas.scaled(fit, about: setup.left, setup.top) {
      canvas.color("000000")
      // Every box of the grid, and the text set in them.
      var texts: [PrintedCell] = []
      var boxes: [PDFCanvas.Box] = []
      func box(_ left: Double, _ right: Double, _ top: Double, _ bottom: Double) { boxes.append((left, top, right, bottom)) }
      var top = setup.top
      // The labelled fields, right of the kop block.
      for (index, field) in plan.fields.enumerated() {
        let bottom = top + heights[index]
        box(edges[4], edges[5], top, bottom)
        box(edges[5], edges[8], top, bottom)
        texts.append(PrintedCell(fitting: field.label, left: edges[4], right: edges[5], top: top, bottom: bottom, size: Self.labelSize, bold: true))
        if index == 4 {
          draw(block, left: edges[5], right: edges[8], top: top, bottom: bottom, on: canvas)
        } else {
          texts.append(PrintedCell(
            fitting: field.text, left: edges[5], right: edges[8], top: top, bottom: bottom, size: field.isTitle ? Self.titleSize : Self.valueSize,
            bold: field.isTitle))
        }
        top = bottom
      }
      // The kop block over the fields' rows; the logo in its first column.
      let grid = IdentityGrid(identity: identity)
      box(edges[0], edges[4], setup.top, top)
      texts.append(PrintedCell(
        fitting: grid.kopLines.joined(separator: "\n"), left: logo == nil ? edges[0] : edges[1], right: edges[4], top: setup.top, bottom: top,
        size: Self.kopSize, bold: true, centered: true))
      if let logo { drawLogo(logo, left: edges[0], right: edges[1], top: setup.top, bottom: top, on: canvas) }
      // The list boxes, in the form's fixed pairs: a label row, then the numbered items from the top.
      for (index, pair) in grid.listPairs.enumerated() {
        let labelBottom = top + XLSXIdentitySheet.listLabelHeight, bottom = labelBottom + plan.listHeights[index]
        for (list, left, right) in [(pair.left, edges[0], edges[4]), (pair.right, edges[4], edges[8])] {
          box(left, right, top, labelBottom)
          box(left, right, labelBottom, bottom)
          texts.append(PrintedCell(fitting: list.label, left: left, right: right, top: top, bottom: labelBottom, size: Self.labelSize, bold: true))
          var items = PrintedCell(fitting: ListItems.join(list.items), left: left, right: right, top: labelBottom, bottom: bottom, size: plan.listSize)
          // Items start at the top of the box, as in the workbook.
          items.bottom = min(bottom, labelBottom + Double(items.lines.count) * items.size * TextBox.lineSpacing + 2 * TextBox.padding)
          texts.append(items)
        }
        top = bottom
      }
      canvas.strokeGrid(boxes, width: PDFFlowPage.gridWidth)
      for cell in texts {
        canvas.text.draw(cell.lines, left: cell.left, right: cell.right, top: cell.top, bottom: cell.bottom, size: cell.size, bold: cell.bold, centered: cell.centered)
      }
    }
    PDFWriter.footer(number: number, count: count, setup: setup, on: canvas)
  }

  // MARK: Signature

  /// The room for the signature: as asked, and taller by as much as the page will be scaled down,
  /// so that it prints as tall as asked (as the workbook's plan does).
  static func room(_ signature: SignatureRoom, rows: [Double], lists: [Double], setup: PageSetup) -> Double {
    let total = (rows + lists).reduce(0, +) + Double(lists.count) * XLSXIdentitySheet.listLabelHeight
    return signature.points * max(1, total / setup.printableHeight)
  }

  /// The lines of DISAHKAN OLEH: the lines above the room, the room's own text (the marker, a
  /// token, or nothing), the lines under it, and the block's height.
  struct SignatureBlock {
    var above: [String], inRoom: String, below: [String]
    var room: Double
    var height: Double { Double(above.count + below.count) * PDFIdentityPage.valueSize * TextBox.lineSpacing + room }
  }

  func signatureBlock(width: Double, room: Double) -> SignatureBlock {
    let lines = mode.signature(identity, marker: marker).lines
    let wrap = { (texts: ArraySlice<String>) in
      texts.flatMap { TextMeasure.wrap($0, width: width - 2 * TextBox.padding, size: Self.valueSize) }
    }
    return SignatureBlock(
      above: wrap(lines[..<SigningMode.roomLine]), inRoom: lines[SigningMode.roomLine], below: wrap(lines[(SigningMode.roomLine + 1)...]), room: room)
  }

  /// Draws `block` centred in the cell: the lines above, the room with its text in the middle,
  /// the lines under it.
  private func draw(_ block: SignatureBlock, left: Double, right: Double, top: Double, bottom: Double, on canvas: PDFCanvas) {
    let line = Self.valueSize * TextBox.lineSpacing
    var y = (top + bottom) / 2 - block.height / 2
    canvas.text.draw(block.above, left: left, right: right, top: y, bottom: y + Double(block.above.count) * line, size: Self.valueSize)
    y += Double(block.above.count) * line
    canvas.text.draw([block.inRoom], left: left, right: right, top: y, bottom: y + block.room, size: Self.valueSize, centered: true)
    y += block.room
    canvas.text.draw(block.below, left: left, right: right, top: y, bottom: y + Double(block.below.count) * line, size: Self.valueSize)
  }

  /// The logo, as large as the column and the block allow (at most 110 px high, as the
  /// workbook's), centred.
  private func drawLogo(_ logo: LogoImage, left: Double, right: Double, top: Double, bottom: Double, on canvas: PDFCanvas) {
    let scale = min((right - left - 12) / Double(logo.width), min(bottom - top - 12, 82.5) / Double(logo.height))
    guard scale > 0 else { return }
    let width = Double(logo.width) * scale, height = Double(logo.height) * scale
    canvas.image(logo.bytes, pixels: (logo.width, logo.height), left: (left + right - width) / 2, top: (top + bottom - height) / 2, width: width)
  }
}
