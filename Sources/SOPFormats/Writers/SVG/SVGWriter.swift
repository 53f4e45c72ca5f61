import SOPModel

// Support:
// [x] every flowchart page of every SOP, one under another with a small gap, each a <g class="page">
// [x] the workbook's page split, column widths and row heights (ProcedureTable), header repeated per page
// [x] cell text wrapped where the workbook's row heights assume; Mutu Baku cells merged down; Jumlah row
// [x] the shared FlowLayout: capsule, rectangle, diamond, off-page pentagon, orthogonal arrows, Ya/Tidak
// [x] deterministic bytes: numbers to two decimals without locale, attributes in a fixed order
// [ ] the identity page (the HTML preview shows it)

/// Writes the flowchart pages as one SVG picture, drawn from the same layout as the workbook and
/// the Word document, so that the preview shows what prints.
///
/// Units are points: the root carries `width`/`height` in `pt` and a matching `viewBox`. Each page
/// is a group `<g class="page">` holding the paper, the table and the flowchart in the page's own
/// coordinates, moved down by the pages above it.
public enum SVGWriter {
  /// How the pages are set up.
  public struct Options: Sendable {
    /// Paper and margins (F4 landscape by default, as the workbook).
    public var setup: PageSetup
    /// A row of column numbers 1, 2, 3, … under the header, as `--column-numbers` gives the workbook.
    public var columnNumbers: Bool
    /// Write "DRAF — belum untuk ditandatangani" in red at the top right of every page, above the
    /// table, for an SOP that still has errors (``SOPDocument/isDraft``). The HTML preview also
    /// marks its identity pages.
    public var draft: Bool = false
    /// Print the JUMLAH WAKTU row with sopkit's own sum also when the SOP wrote no total, as
    /// ``XLSXWriter/Options/totalRow``.
    public var totalRow: Bool = false
    /// The room for the wet signature on the HTML preview's identity page (``SignatureRoom``).
    public var signature: SignatureRoom = SignatureRoom()

    public init(setup: PageSetup = PageSetup(), columnNumbers: Bool = false, draft: Bool = false, totalRow: Bool = false) {
      self.setup = setup
      self.columnNumbers = columnNumbers
      self.draft = draft
      self.totalRow = totalRow
    }
  }

  /// The space between two pages, in points.
  public static let pageGap = 12.0
  /// The font of every text.
  static let fontFamily = "Arial, Liberation Sans, sans-serif"
  static let namespace = "http://www.w3.org/2000/svg"

  /// The SVG document of every flowchart page in `file`.
  public static func write(_ file: SOPFile, options: Options = Options()) -> [UInt8] {
    let pages = file.sops.flatMap { sop in sop.flowcharts.flatMap { Self.pages(of: $0, title: sop.identity.namaSOP, options: options) } }
    let (width, pageHeight) = options.setup.size
    let height = pages.isEmpty ? 0 : Double(pages.count) * pageHeight + Double(pages.count - 1) * pageGap
    var x = XMLBuilder()
    x.element("svg", rootAttributes(width: width, height: height)) { svg in
      if let name = file.sops.first?.identity.namaSOP { svg.textElement("title", name) }
      svg.element("defs") { defs in SVGPage.marker(id: "arrowhead", into: &defs) }
      for (number, page) in pages.enumerated() {
        let offset = Double(number) * (pageHeight + pageGap)
        svg.element("g", [("class", "page"), ("id", "page-\(number + 1)"), ("transform", "translate(0," + SVGNumber.format(offset) + ")")]) { group in
          page.draw(markerID: "arrowhead", into: &group)
        }
      }
    }
    return Array((x.text + "\n").utf8)
  }

  /// The printed pages of `flowchart`, under the title `title` (the SOP's name). The footer
  /// numbers them "Halaman x dari y" among the flowchart's pages, or, with `numbering` (the first
  /// page's number and the document's page count), among the pages of a whole document.
  static func pages(of flowchart: Flowchart, title: String = "", options: Options, numbering: (first: Int, count: Int)? = nil) -> [SVGPage] {
    let table = ProcedureTable(flowchart, setup: options.setup, title: title, columnNumbers: options.columnNumbers, total: options.totalRow)
    let count = table.layout.pages.count
    return (0..<count).map { index in
      var page = SVGPage(table: table, setup: options.setup, index: index, count: count, draft: options.draft)
      if let numbering { page.numbering = (numbering.first + index, numbering.count) }
      return page
    }
  }

  /// One page as its own `<svg>` element (no XML declaration), for embedding in HTML; `markerID`
  /// must be unique in the embedding document.
  static func standalone(_ page: SVGPage, markerID: String) -> String {
    var x = XMLBuilder(declaration: false)
    x.element("svg", [("class", "page")] + rootAttributes(width: page.size.width, height: page.size.height)) { svg in
      svg.element("defs") { defs in SVGPage.marker(id: markerID, into: &defs) }
      page.draw(markerID: markerID, into: &svg)
    }
    return x.text
  }

  private static func rootAttributes(width: Double, height: Double) -> [(String, String)] {
    [
      ("xmlns", namespace), ("version", "1.1"), ("width", SVGNumber.format(width) + "pt"), ("height", SVGNumber.format(height) + "pt"),
      ("viewBox", "0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(height)), ("font-family", fontFamily),
    ]
  }
}
