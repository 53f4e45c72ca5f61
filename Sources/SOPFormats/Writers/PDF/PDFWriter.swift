import SOPModel

// Support:
// [x] the identity page in the official grid, planned as the workbook's "Identitas" sheet
// [x] every flowchart page from the shared ProcedureTable and FlowLayout: the workbook's page split
// [x] F4 or A4 landscape; Liberation Sans (Arial's metrics), embedded as subsets with ToUnicode
// [x] signing: basah room, tte-kemenag marker as text in the room, srikandi tokens as in Word
// [x] the draft mark; "Halaman x dari y" on every page
// [x] byte-identical output for the same input (fixed dates)
// [ ] PDF/A-2b: cairo writes no XMP metadata, no output intent and no PDF/A identification

/// Writes the SOP as a PDF, drawn with cairo and pango: for each SOP the identity page, then its
/// flowchart pages, from the same layout as the workbook, the Word document and the SVG preview,
/// so the PDF has the pages the workbook prints.
///
/// The PDF is what BSrE signing services sign (sop-ap-format §9.3a): in `tte-kemenag` the marker
/// character (``Options/marker``, `^` by default) stands once, as text, in the room for the
/// signature; ``markerPlaces(_:in:)`` says where else the SOP's text has it, which a caller
/// refuses.
public enum PDFWriter {
  /// How the pages are set up and signed.
  public struct Options: Sendable {
    /// Paper and margins, column numbers, the draft mark, the Jumlah row and the signature room,
    /// as for the previews (``SVGWriter/Options``).
    public var page: SVGWriter.Options
    /// How the document is signed.
    public var mode: SigningMode
    /// The character the signing service looks for in `tte-kemenag` (`--sign-marker`).
    public var marker: Character
    /// The folder a relative logo file is read from (the SOP file's folder).
    public var assetFolder: String?

    public init(page: SVGWriter.Options = SVGWriter.Options(), mode: SigningMode = .basah, marker: Character = SigningMode.defaultMarker, assetFolder: String? = nil) {
      self.page = page
      self.mode = mode
      self.marker = marker
      self.assetFolder = assetFolder
    }
  }

  /// The PDF of every SOP in `file`.
  /// - Throws: `output` when cairo cannot write the document.
  public static func write(_ file: SOPFile, options: Options = Options()) throws(ConversionError) -> [UInt8] {
    let page = options.page, setup = page.setup
    let canvas = PDFCanvas(width: setup.size.width, height: setup.size.height, title: file.sops.map(\.identity.namaSOP).joined(separator: "; "))
    var first = true
    for sop in file.sops {
      let tables = sop.flowcharts.map {
        ProcedureTable($0, setup: setup, title: sop.identity.namaSOP, columnNumbers: page.columnNumbers, total: page.totalRow)
      }
      // Each SOP is numbered as its printed document: the identity page is page 1.
      let count = 1 + tables.reduce(0) { $0 + $1.layout.pages.count }
      if !first { canvas.nextPage() }
      first = false
      let logo = LogoImage.load(sop.identity.kop, folder: options.assetFolder).0
      PDFIdentityPage(
        identity: sop.identity, setup: setup, logo: logo, signature: page.signature, mode: options.mode, marker: options.marker, number: 1, count: count
      ).draw(on: canvas)
      if page.draft { draftMark(setup, on: canvas) }
      var number = 1
      for table in tables {
        for index in table.layout.pages.indices {
          number += 1
          canvas.nextPage()
          PDFFlowPage(table: table, setup: setup, index: index, number: number, count: count).draw(on: canvas)
          if page.draft { draftMark(setup, on: canvas) }
        }
      }
    }
    return try canvas.finish()
  }

  /// "Halaman x dari y", centred in the bottom margin (where the workbook's footer prints).
  static func footer(number: Int, count: Int, setup: PageSetup, on canvas: PDFCanvas) {
    canvas.color("000000")
    canvas.text.draw(
      "Halaman \(number) dari \(count)", x: setup.size.width / 2, baseline: setup.size.height - setup.footer, size: PDFFlowPage.footerSize, anchor: .middle)
  }

  /// The draft mark at the top right, in the top margin: its baseline a third of the margin above
  /// the table, its right end at the table's right edge (as the SVG preview's).
  static func draftMark(_ setup: PageSetup, on canvas: PDFCanvas) {
    canvas.color(DraftMark.color)
    canvas.text.draw(DraftMark.text, x: setup.size.width - setup.right, baseline: setup.top * 2 / 3, size: DraftMark.size, bold: true, anchor: .end)
    canvas.color("000000")
  }
}
