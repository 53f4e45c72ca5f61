import SOPModel

/// The `w:body` of the SOP document: the identity table, then each flowchart page as a table that
/// starts on a new page with the header rows, exact row heights, and the symbols and arrows of the
/// shared layout drawn as shapes positioned on the page.
struct DOCXBody {
  let setup: PageSetup
  let mode: SigningMode
  /// The relationship id of the page header every section shows (the draft mark), if any.
  let header: String?
  private var drawingID = 1
  private(set) var xml = XMLBuilder(declaration: false)

  /// The height of the signature's place in DISAHKAN OLEH.
  let signatureRoom: SignatureRoom
  /// The marker character of `tte-kemenag`.
  var marker = SigningMode.defaultMarker

  init(setup: PageSetup, mode: SigningMode, header: String? = nil, signature: SignatureRoom = SignatureRoom()) {
    self.setup = setup
    self.mode = mode
    self.header = header
    signatureRoom = signature
  }

  /// The height of the small paragraphs around the tables (the anchor of a page's drawing, page
  /// and section breaks, the end of the document), in points.
  static let anchorHeight = 2.0

  static func twips(_ points: Double) -> String { String(Int((points * 20).rounded())) }
  static func emu(_ points: Double) -> String { String(Int((points * 12700).rounded())) }

  // MARK: Paragraphs and cells

  /// Writes `<w:p>` in `style`. With `marks`, the run gets the signing-mark character style
  /// (SRIKANDI tokens, the TTE Kemenag `^`), still one unbroken run (sop-ap-format §9.1).
  /// With `size` (half-points), the text is set at that size instead of the style's. With
  /// `room` (points), the paragraph takes that much height: an empty one as one exact line, one
  /// with text (a signing mark) centred in it by the space before and after.
  static func paragraph(
    _ text: String, style: DOCXStyle, marks: Bool = false, size: Int? = nil, room: Double? = nil, breakingLines: Bool = false, into x: inout XMLBuilder
  ) {
    x.element("w:p") { p in
      p.element("w:pPr") { pr in
        pr.element("w:pStyle", [("w:val", style.rawValue)])
        if let room {
          if text.isEmpty {
            pr.element("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", twips(room)), ("w:lineRule", "exact")])
          } else {
            let around = twips(max(0, (room - 9 * TextMeasure.lineSpacing) / 2))
            pr.element("w:spacing", [("w:before", around), ("w:after", around)])
          }
        }
      }
      guard !text.isEmpty else { return }
      p.element("w:r") { r in
        if marks || size != nil {
          r.element("w:rPr") { pr in
            if marks { pr.element("w:rStyle", [("w:val", DOCXStyle.penanda)]) }
            if let size { pr.element("w:sz", [("w:val", String(size))]); pr.element("w:szCs", [("w:val", String(size))]) }
          }
        }
        // With `breakingLines`, each line of `text` after the first follows a line break (an exit
        // label set on two lines); else the text is one run as it is.
        for (index, line) in (breakingLines ? text.components(separatedBy: "\n") : [text]).enumerated() {
          if index > 0 { r.element("w:br") }
          r.textElement("w:t", line, [("xml:space", "preserve")])
        }
      }
    }
  }

  /// Writes `<w:tc>` of `width` points; `lines` become paragraphs in `style` (the first in
  /// `titleStyle` when given). With `marks`, lines holding a signing mark get its character style;
  /// with `size` (half-points), the lines after the title are set at that size.
  static func cell(
    _ lines: [String], width: Double, style: DOCXStyle = .teks, titleStyle: DOCXStyle? = nil, span: Int = 1, vMerge: String? = nil,
    marks: Bool = false, size: Int? = nil, room: (line: Int, height: Double)? = nil, before: String? = nil, into x: inout XMLBuilder
  ) {
    x.element("w:tc") { tc in
      tc.element("w:tcPr") { pr in
        pr.element("w:tcW", [("w:w", twips(width)), ("w:type", "dxa")])
        if span > 1 { pr.element("w:gridSpan", [("w:val", String(span))]) }
        if let vMerge { pr.element("w:vMerge", vMerge == "continue" ? [] : [("w:val", vMerge)]) }
        pr.element("w:vAlign", [("w:val", style.centresVertically ? "center" : "top")])
      }
      if let before { tc.raw(before) }
      let paragraphs = lines.isEmpty ? [""] : lines
      for (index, line) in paragraphs.enumerated() {
        let isMark = marks && (line == "^" || line.contains("${"))
        let isTitle = index == 0 && titleStyle != nil
        let height = room.flatMap { $0.line == index ? $0.height : nil }
        paragraph(line, style: isTitle ? titleStyle! : style, marks: isMark, size: isTitle ? nil : size, room: height, into: &tc)
      }
    }
  }

  /// Writes `<w:tblPr>` (the SOP table style, the width, fixed layout) and `<w:tblGrid>`.
  private static func tableStart(_ widths: [Double], into x: inout XMLBuilder) {
    x.element("w:tblPr") { pr in
      pr.element("w:tblStyle", [("w:val", DOCXStyle.tabel)])
      pr.element("w:tblW", [("w:w", twips(widths.reduce(0, +))), ("w:type", "dxa")])
      pr.element("w:tblLayout", [("w:type", "fixed")])
    }
    x.element("w:tblGrid") { g in for width in widths { g.element("w:gridCol", [("w:w", twips(width))]) } }
  }

  /// A page break between SOPs, in a paragraph 2 pt high so that it never spills a full
  /// flowchart page onto a page of its own.
  mutating func pageBreak() {
    xml.element("w:p") { p in
      p.element("w:pPr") { pr in Self.smallSpacing(into: &pr) }
      p.element("w:r") { r in r.element("w:br", [("w:type", "page")]) }
    }
  }

  /// Closes the body: Word wants a paragraph after the last table, and one of the default height
  /// would add an empty page after a full flowchart page.
  mutating func end() {
    xml.element("w:p") { p in p.element("w:pPr") { pr in Self.smallSpacing(into: &pr) } }
  }

  /// No space around the paragraph, and its line ``anchorHeight`` high.
  static func smallSpacing(into pr: inout XMLBuilder) {
    pr.element("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", twips(anchorHeight)), ("w:lineRule", "exact")])
  }

  // MARK: Sections

  /// Writes `<w:sectPr>`: the page header with relationship id `header` and the page footer with
  /// relationship id `footer` when given, the paper, landscape, and the margins of `setup` with
  /// `bottom` as the bottom margin.
  static func sectionProperties(_ setup: PageSetup, bottom: Double, header: String? = nil, footer: String? = DOCXPageFooter.relationship, into x: inout XMLBuilder) {
    x.element("w:sectPr") { s in
      if let header { s.element("w:headerReference", [("w:type", "default"), ("r:id", header)]) }
      if let footer { s.element("w:footerReference", [("w:type", "default"), ("r:id", footer)]) }
      s.element("w:pgSz", [("w:w", twips(setup.size.width)), ("w:h", twips(setup.size.height)), ("w:orient", "landscape")])
      s.element("w:pgMar", [
        ("w:top", twips(setup.top)), ("w:right", twips(setup.right)), ("w:bottom", twips(bottom)), ("w:left", twips(setup.left)),
        ("w:header", twips(setup.header)), ("w:footer", twips(setup.footer)), ("w:gutter", "0"),
      ])
    }
  }

  /// Ends a section (the next one starts on a new page) with a paragraph that holds its
  /// properties and is 2 pt high, so it adds nothing visible under the table before it.
  mutating func sectionBreak(bottom: Double, footer: String = DOCXPageFooter.relationship) {
    let setup = setup, header = header
    xml.element("w:p") { p in
      p.element("w:pPr") { pr in
        Self.smallSpacing(into: &pr)
        Self.sectionProperties(setup, bottom: bottom, header: header, footer: footer, into: &pr)
      }
    }
  }

  // MARK: Identity

  /// The logo printed at the top of the kop cell: its relationship id and its size in points.
  struct Logo {
    var relationship: String
    var width: Double
    var height: Double
  }

  mutating func identity(_ identity: Identity, logo: Logo? = nil) {
    let width = setup.printableWidth
    let widths = [width * 0.5, width * 0.16, width * 0.34]
    let signature = mode.signature(identity, marker: marker)
    let grid = IdentityGrid(identity: identity)
    let kop = grid.kopLines
    let rows: [(String, [String], DOCXStyle)] = [
      ("NOMOR SOP", [signature.nomor], .teks), ("TGL. PEMBUATAN", [identity.tanggal.pembuatan?.display ?? ""], .teks),
      ("TGL. REVISI", [identity.tanggal.revisi?.display ?? ""], .teks), ("TGL. EFEKTIF", [signature.efektif], .teks),
      ("DISAHKAN OLEH", signature.lines, .pengesahan), ("NAMA SOP", [identity.namaSOP.uppercased()], .namaSOP),
    ]
    let pairs = grid.listPairs
    let fit = DOCXIdentityFit.self
    let room = signatureRoom.points
    let rightRows = rows.enumerated().reduce(0.0) { sum, row in
      let isName = row.element.2 == .namaSOP
      var value = fit.blockHeight(row.element.1, size: isName ? 11 : 9, width: widths[2], bold: isName)
      // The signature's place is as tall as the room, not one line.
      if row.element.2 == .pengesahan { value += room - 9 * TextMeasure.lineSpacing }
      return sum + max(fit.blockHeight([row.element.0], size: 9, width: widths[1], bold: true), value)
    }
    let topHeight = max(fit.blockHeight(kop, size: 10, width: widths[0]) + (logo.map { $0.height + 4 } ?? 0), rightRows)
    let lists = pairs.map { pair in
      ([pair.left.0] + Self.numbered(pair.left.1), widths[0], [pair.right.0] + Self.numbered(pair.right.1), widths[1] + widths[2])
    }
    // The signature page keeps the SRIKANDI / TTE footer space free, and ends with a 2 pt paragraph.
    let pageRoom = setup.printableHeight - (mode == .basah ? 0 : DOCXWriter.signatureFooterSpace) - Self.anchorHeight
    let listSize = fit.listSize(topHeight: topHeight, lists: lists, height: pageRoom)
    let picture = logo.map { logoParagraph($0) }
    xml.element("w:tbl") { t in
      Self.tableStart(widths, into: &t)
      for (index, row) in rows.enumerated() {
        t.element("w:tr") { tr in
          if index == 0, let picture {
            Self.cell(kop, width: widths[0], style: .kop, vMerge: "restart", before: picture, into: &tr)
          } else {
            Self.cell(index == 0 ? kop : [], width: widths[0], style: .kop, vMerge: index == 0 ? "restart" : "continue", into: &tr)
          }
          Self.cell([row.0], width: widths[1], style: .label, into: &tr)
          Self.cell(
            row.1, width: widths[2], style: row.2, marks: mode != .basah,
            room: row.2 == .pengesahan ? (SigningMode.roomLine, room) : nil, into: &tr)
        }
      }
      for (left, right) in pairs {
        t.element("w:tr") { tr in
          Self.cell([left.0] + Self.numbered(left.1), width: widths[0], titleStyle: .judulDaftar, size: listSize, into: &tr)
          Self.cell([right.0] + Self.numbered(right.1), width: widths[1] + widths[2], titleStyle: .judulDaftar, span: 2, size: listSize, into: &tr)
        }
      }
    }
  }

  /// The list items as printed: numbered, sub-headings as they are (``ListItems/numbered(_:)``).
  static func numbered(_ items: [String]) -> [String] { ListItems.numbered(items) }

  // MARK: Flowchart

  /// Writes the flowchart pages of `flowchart`, split where the workbook and the SVG preview split
  /// them: the rows, their heights and the symbols all come from the shared ``ProcedureTable``.
  /// Word sets the same text in Arial 9 in columns a little wider than the workbook's Arial 10, so
  /// the workbook's row heights hold it.
  mutating func flowchart(_ flowchart: Flowchart, title: String = "", total: Bool = false) {
    let table = ProcedureTable(flowchart, setup: setup, title: title, total: total)
    let actors = max(flowchart.pelaksana.count, 1)
    // The workbook's shares, scaled from pixels to the printable width in points.
    let scale = setup.printableWidth / table.widths.reduce(0, +)
    let widths = table.widths.map { ($0 * scale * 4).rounded(.down) / 4 }
    let mutu = table.mutuColumn
    let layout = table.layout
    let total = table.totalText
    let anchorHeight = Self.anchorHeight
    let actorLeft = setup.left + widths[0] + widths[1]
    let actorWidth = widths[2]
    let bodyTop = setup.top + anchorHeight + table.repeatedHeight
    for (pageIndex, page) in layout.pages.enumerated() {
      // The anchor paragraph: starts the page, holds this page's drawing, 2 pt high.
      let shapes = drawing(page, left: actorLeft, columnWidth: actorWidth, top: bodyTop)
      xml.element("w:p") { p in
        p.element("w:pPr") { pr in
          pr.element("w:pageBreakBefore")
          Self.smallSpacing(into: &pr)
        }
        p.raw(shapes)
      }
      xml.element("w:tbl") { t in
        Self.tableStart(widths, into: &t)
        Self.header(table, widths: widths, into: &t)
        for (offset, row) in page.rows.enumerated() {
          t.element("w:tr") { tr in
            tr.element("w:trPr") { pr in
              pr.element("w:cantSplit")
              pr.element("w:trHeight", [("w:val", Self.twips(page.rowHeights[offset])), ("w:hRule", "exact")])
            }
            guard case .step(let index) = row else {
              for width in widths { Self.cell([], width: width, into: &tr) }
              return
            }
            let step = flowchart.steps[index]
            Self.cell([String(step.nomor)], width: widths[0], style: .tengah, into: &tr)
            Self.cell(step.kegiatan.components(separatedBy: "\n"), width: widths[1], into: &tr)
            for column in 0..<actors { Self.cell([], width: widths[2 + column], into: &tr) }
            Self.cell([step.mutuBaku.kelengkapan ?? ""], width: widths[mutu], into: &tr)
            Self.cell([step.mutuBaku.waktu?.display ?? ""], width: widths[mutu + 1], style: .tengah, into: &tr)
            Self.cell([step.mutuBaku.output ?? ""], width: widths[mutu + 2], into: &tr)
            Self.cell([step.keterangan ?? ""], width: widths[mutu + 3], into: &tr)
          }
        }
        if pageIndex == layout.pages.count - 1, let total {
          t.element("w:tr") { tr in
            tr.element("w:trPr") { pr in
              pr.element("w:cantSplit")
              pr.element("w:trHeight", [("w:val", Self.twips(table.totalHeight)), ("w:hRule", "exact")])
            }
            Self.cell(["JUMLAH WAKTU"], width: widths[..<mutu].reduce(0, +) + widths[mutu], style: .kepalaTabel, span: mutu + 1, into: &tr)
            Self.cell([total], width: widths[mutu + 1], style: .tengah, into: &tr)
            Self.cell([], width: widths[mutu + 2], into: &tr)
            Self.cell([], width: widths[mutu + 3], into: &tr)
          }
        }
      }
    }
  }

  /// The rows repeated at the top of every flowchart page: the SOP's name, then the two header
  /// rows. They are "at least" as tall as planned, so a name Word sets wider than measured grows
  /// its row instead of losing a line.
  private static func header(_ table: ProcedureTable, widths: [Double], into t: inout XMLBuilder) {
    let flowchart = table.flowchart
    let heights = table.headerHeights, mutu = table.mutuColumn
    let actors = flowchart.pelaksana.isEmpty ? [""] : flowchart.pelaksana
    // Header text at the planned size or below: the style whose size is the largest not above it
    // (SOP Kepala Tabel 9, SOP Kepala Kolom 8, SOP Kepala Kolom Sempit 7), an explicit size only
    // below 7 pt.
    func style(_ size: Double) -> (DOCXStyle, Int?) {
      if size >= 9 { return (.kepalaTabel, nil) }
      if size >= 8 { return (.kepalaKolom, nil) }
      if size >= 7 { return (.kepalaKolomSempit, nil) }
      return (.kepalaKolomSempit, Int((size * 2).rounded(.down)))
    }
    t.element("w:tr") { tr in
      tr.element("w:trPr") { pr in
        pr.element("w:cantSplit")
        pr.element("w:trHeight", [("w:val", Self.twips(table.titleHeight)), ("w:hRule", "atLeast")])
        pr.element("w:tblHeader")
      }
      let title = style(table.titleSize)
      Self.cell([table.title], width: widths.reduce(0, +), style: title.0, span: widths.count, size: title.1, into: &tr)
    }
    t.element("w:tr") { tr in
      tr.element("w:trPr") { pr in
        pr.element("w:cantSplit")
        pr.element("w:trHeight", [("w:val", Self.twips(heights[0])), ("w:hRule", "atLeast")])
        pr.element("w:tblHeader")
      }
      Self.cell(["NO"], width: widths[0], style: .kepalaTabel, vMerge: "restart", into: &tr)
      Self.cell(["KEGIATAN"], width: widths[1], style: .kepalaTabel, vMerge: "restart", into: &tr)
      Self.cell(["PELAKSANA"], width: widths[2..<mutu].reduce(0, +), style: .kepalaTabel, span: actors.count, into: &tr)
      Self.cell(["MUTU BAKU"], width: widths[mutu...(mutu + 2)].reduce(0, +), style: .kepalaTabel, span: 3, into: &tr)
      let keterangan = style(table.keteranganHeaderSize)
      Self.cell(["KETERANGAN"], width: widths[mutu + 3], style: keterangan.0, vMerge: "restart", size: keterangan.1, into: &tr)
    }
    t.element("w:tr") { tr in
      tr.element("w:trPr") { pr in
        pr.element("w:cantSplit")
        pr.element("w:trHeight", [("w:val", Self.twips(heights[1])), ("w:hRule", "atLeast")])
        pr.element("w:tblHeader")
      }
      Self.cell([], width: widths[0], vMerge: "continue", into: &tr)
      Self.cell([], width: widths[1], vMerge: "continue", into: &tr)
      // The actor names at the size planned for them (the workbook's), whole words on each line.
      let actorStyle = style(table.actorHeaderSize)
      for (offset, actor) in actors.enumerated() {
        Self.cell([actor], width: widths[2 + offset], style: actorStyle.0, size: actorStyle.1, into: &tr)
      }
      for (offset, title) in ["KELENGKAPAN", "WAKTU", "OUTPUT"].enumerated() {
        let titleStyle = style(min(8, table.mutuHeaderSizes[offset]))
        Self.cell([title], width: widths[mutu + offset], style: titleStyle.0, size: titleStyle.1, into: &tr)
      }
      Self.cell([], width: widths[mutu + 3], vMerge: "continue", into: &tr)
    }
  }

  // MARK: Logo

  /// A centred paragraph holding the logo as an inline picture (DrawingML pic:pic).
  private mutating func logoParagraph(_ logo: Logo) -> String {
    drawingID += 1
    let id = String(drawingID)
    var out = XMLBuilder(declaration: false)
    out.element("w:p") { p in
      p.element("w:pPr") { pr in pr.element("w:pStyle", [("w:val", DOCXStyle.kop.rawValue)]) }
      p.element("w:r") { r in
        r.element("w:drawing") { d in
          d.element("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")]) { i in
            i.element("wp:extent", [("cx", Self.emu(logo.width)), ("cy", Self.emu(logo.height))])
            i.element("wp:docPr", [("id", id), ("name", "Logo \(id)")])
            i.element("a:graphic") { g in
              g.element("a:graphicData", [("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture")]) { data in
                data.element("pic:pic", [("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture")]) { pic in
                  pic.element("pic:nvPicPr") { nv in
                    nv.element("pic:cNvPr", [("id", id), ("name", "logo")])
                    nv.element("pic:cNvPicPr")
                  }
                  pic.element("pic:blipFill") { fill in
                    fill.element("a:blip", [("r:embed", logo.relationship)])
                    fill.element("a:stretch") { $0.element("a:fillRect") }
                  }
                  pic.element("pic:spPr") { sp in
                    sp.element("a:xfrm") { x in
                      x.element("a:off", [("x", "0"), ("y", "0")])
                      x.element("a:ext", [("cx", Self.emu(logo.width)), ("cy", Self.emu(logo.height))])
                    }
                    sp.element("a:prstGeom", [("prst", "rect")]) { $0.element("a:avLst") }
                  }
                }
              }
            }
          }
        }
      }
    }
    return out.text
  }

  // MARK: Shapes

  private mutating func drawing(_ page: FlowLayout.Page, left: Double, columnWidth: Double, top: Double) -> String {
    var out = XMLBuilder(declaration: false)
    func x(_ value: Double) -> Double { left + value * columnWidth }
    func y(_ value: Double) -> Double { top + value }
    for symbol in page.symbols {
      shape(
        FlowSymbolPreset.preset(for: symbol.kind), x: x(symbol.x), y: y(symbol.y), width: symbol.width * columnWidth, height: symbol.height,
        text: FlowSymbolPreset.text(of: symbol.kind) ?? "", into: &out)
    }
    for arrow in page.arrows {
      for (index, pair) in zip(arrow.points, arrow.points.dropFirst()).enumerated() {
        let (a, b) = pair
        line(from: (x(a.x), y(a.y)), to: (x(b.x), y(b.y)), arrow: arrow.hasHead && index == arrow.points.count - 2, into: &out)
      }
    }
    // The exit labels where the layout placed them.
    for label in page.labels {
      shape("rect", x: x(label.x), y: y(label.y), width: label.width * columnWidth, height: label.height, text: label.printed.joined(separator: "\n"), outline: false, into: &out)
    }
    return out.text
  }

  private mutating func anchor(x: Double, y: Double, width: Double, height: Double, into out: inout XMLBuilder, _ shape: (inout XMLBuilder) -> Void) {
    drawingID += 1
    let id = drawingID
    out.element("w:r") { r in
      r.element("w:drawing") { d in
        d.element("wp:anchor", [
          ("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0"), ("simplePos", "0"), ("relativeHeight", String(id)),
          ("behindDoc", "0"), ("locked", "0"), ("layoutInCell", "0"), ("allowOverlap", "1"),
        ]) { a in
          a.element("wp:simplePos", [("x", "0"), ("y", "0")])
          a.element("wp:positionH", [("relativeFrom", "page")]) { p in p.textElement("wp:posOffset", Self.emu(x)) }
          a.element("wp:positionV", [("relativeFrom", "page")]) { p in p.textElement("wp:posOffset", Self.emu(y)) }
          a.element("wp:extent", [("cx", Self.emu(width)), ("cy", Self.emu(height))])
          a.element("wp:effectExtent", [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")])
          a.element("wp:wrapNone")
          a.element("wp:docPr", [("id", String(id)), ("name", "Flowchart \(id)")])
          a.element("wp:cNvGraphicFramePr")
          a.element("a:graphic") { g in
            g.element("a:graphicData", [("uri", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape")]) { data in
              shape(&data)
            }
          }
        }
      }
    }
  }

  private mutating func shape(
    _ preset: String, x: Double, y: Double, width: Double, height: Double, text: String, outline: Bool = true, into out: inout XMLBuilder
  ) {
    anchor(x: x, y: y, width: width, height: height, into: &out) { data in
      data.element("wps:wsp") { w in
        w.element("wps:cNvSpPr")
        w.element("wps:spPr") { sp in
          sp.element("a:xfrm") { f in
            f.element("a:off", [("x", "0"), ("y", "0")])
            f.element("a:ext", [("cx", Self.emu(width)), ("cy", Self.emu(height))])
          }
          sp.element("a:prstGeom", [("prst", preset)]) { g in g.element("a:avLst") }
          if outline {
            sp.element("a:solidFill") { f in f.element("a:srgbClr", [("val", "FFFFFF")]) }
            sp.element("a:ln", [("w", "12700")]) { l in l.element("a:solidFill") { f in f.element("a:srgbClr", [("val", "000000")]) } }
          } else {
            sp.element("a:noFill")
            sp.element("a:ln") { l in l.element("a:noFill") }
          }
        }
        if !text.isEmpty {
          w.element("wps:txbx") { t in
            t.element("w:txbxContent") { c in
              Self.paragraph(text, style: outline ? .simbol : .labelPanah, breakingLines: !outline, into: &c)
            }
          }
        }
        w.element("wps:bodyPr", [("lIns", "0"), ("tIns", "0"), ("rIns", "0"), ("bIns", "0"), ("anchor", "ctr")])
      }
    }
  }

  private mutating func line(from a: (Double, Double), to b: (Double, Double), arrow: Bool, into out: inout XMLBuilder) {
    let width = abs(b.0 - a.0), height = abs(b.1 - a.1)
    anchor(x: min(a.0, b.0), y: min(a.1, b.1), width: width, height: height, into: &out) { data in
      data.element("wps:wsp") { w in
        w.element("wps:cNvCnPr")
        w.element("wps:spPr") { sp in
          var flips: [(String, String)] = []
          if b.0 < a.0 { flips.append(("flipH", "1")) }
          if b.1 < a.1 { flips.append(("flipV", "1")) }
          sp.element("a:xfrm", flips) { f in
            f.element("a:off", [("x", "0"), ("y", "0")])
            f.element("a:ext", [("cx", Self.emu(width)), ("cy", Self.emu(height))])
          }
          sp.element("a:prstGeom", [("prst", "straightConnector1")]) { g in g.element("a:avLst") }
          sp.element("a:ln", [("w", "12700")]) { l in
            l.element("a:solidFill") { f in f.element("a:srgbClr", [("val", "000000")]) }
            if arrow { l.element("a:tailEnd", [("type", "triangle"), ("w", "med"), ("len", "med")]) }
          }
        }
        w.element("wps:bodyPr")
      }
    }
  }
}
