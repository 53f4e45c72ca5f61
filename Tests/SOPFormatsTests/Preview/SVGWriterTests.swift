import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The SVG preview: deterministic, well-formed, one group per printed page, and drawn where the
/// shared flowchart layout puts things, so the preview matches the print.
@Suite struct SVGWriterTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  static func file(_ url: URL) throws -> SOPFile {
    try #require(JSONReader.read([UInt8](try Data(contentsOf: url)), source: url.lastPathComponent).file)
  }

  /// The page groups of an SVG, in order.
  static func pageGroups(_ svg: XMLCheck.Element) -> [XMLCheck.Element] {
    svg.children.filter { $0.name == "g" && $0.attributes["class"] == "page" }
  }

  /// The numbers of a `points` attribute, as (x, y) pairs.
  static func points(_ text: String?) -> [(Double, Double)] {
    (text ?? "").split(separator: " ").map { pair in
      let values = pair.split(separator: ",").compactMap { Double($0) }
      return (values.first ?? .nan, values.last ?? .nan)
    }
  }

  @Test(arguments: models)
  func theSameSOPGivesTheSameBytes(_ url: URL) throws {
    let file = try Self.file(url)
    #expect(SVGWriter.write(file) == SVGWriter.write(file))
  }

  /// Compares a preview of the sample `url` with testdata/golden/<ext>/<case>.<ext>, one element
  /// per line (the golden still opens in a browser).
  static func checkGolden(_ bytes: [UInt8], of url: URL, ext: String) {
    let golden = TestData.root.appendingPathComponent("golden/\(ext)/\(url.deletingPathExtension().lastPathComponent).\(ext)")
    if Golden.isUpdating { try? FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true) }
    if let failure = Golden.check(XLSXWriterTests.normalise(String(decoding: bytes, as: UTF8.self)), against: golden) { Issue.record("\(failure)") }
  }

  /// testdata/golden/svg/<case>.svg.
  @Test(arguments: models)
  func matchesItsGolden(_ url: URL) throws {
    Self.checkGolden(SVGWriter.write(try Self.file(url)), of: url, ext: "svg")
  }

  @Test(arguments: models)
  func isWellFormedWithOnePageGroupPerLayoutPage(_ url: URL) throws {
    let file = try Self.file(url)
    let svg = try #require(XMLCheck.parse(SVGWriter.write(file)), "well-formed XML")
    #expect(svg.name == "svg" && svg.attributes["viewBox"] != nil && svg.attributes["width"]?.hasSuffix("pt") == true)
    #expect(svg.attributes["font-family"] == "Arial, Liberation Sans, sans-serif")
    let expected = file.sops.flatMap(\.flowcharts).reduce(0) { $0 + ProcedureTable($1, setup: PageSetup()).layout.pages.count }
    #expect(Self.pageGroups(svg).count == expected)
    // Every page repeats the table header.
    for group in Self.pageGroups(svg) {
      let text = group.descendants("text").map(\.text).joined(separator: " ")
      for title in ["NO", "KEGIATAN", "PELAKSANA", "MUTU BAKU", "KELENGKAPAN", "WAKTU", "OUTPUT", "KETERANGAN"] {
        #expect(text.contains(title), "\(title) on every page")
      }
    }
  }

  @Test func aLongSOPGivesSeveralPagesOneUnderAnother() throws {
    let url = try #require(Self.models.first { $0.lastPathComponent == "kanwil-layanan-ptsp-panjang.json" })
    let file = try Self.file(url)
    let svg = try #require(XMLCheck.parse(SVGWriter.write(file)))
    let groups = Self.pageGroups(svg)
    #expect(groups.count >= 3)
    let height = PageSetup().size.height
    for (index, group) in groups.enumerated() {
      let offset = Double(index) * (height + SVGWriter.pageGap)
      #expect(group.attributes["transform"] == "translate(0,\(offset == offset.rounded() ? String(Int(offset)) : String(offset)))")
    }
  }

  /// The preview breaks pages where the workbook does: as many page groups as the workbook's
  /// flowchart sheets have printed pages (page breaks + 1).
  @Test(arguments: models)
  func pagesBreakWhereTheWorkbookBreaks(_ url: URL) throws {
    let file = try Self.file(url)
    let parts = try XLSXWriterTests.parts(try XLSXWriter.write(file))
    // Sheet 1 is Identitas; the flowchart sheets follow; the last one is the hidden data sheet.
    let sheets = parts.keys.filter { $0.hasPrefix("xl/worksheets/sheet") }
      .sorted { Int($0.filter(\.isNumber)) ?? 0 < Int($1.filter(\.isNumber)) ?? 0 }.dropFirst().dropLast()
    let printed = sheets.reduce(0) { $0 + 1 + (parts[$1] ?? "").components(separatedBy: "<brk ").count - 1 }
    let svg = try #require(XMLCheck.parse(SVGWriter.write(file)))
    #expect(Self.pageGroups(svg).count == printed)
  }

  /// librsvg draws every sample (when rsvg-convert is installed).
  @Test func librsvgDrawsEverySample() throws {
    guard let rsvg = ProcessRunner.which("rsvg-convert") else {
      try Test.cancel("rsvg-convert is not installed (apt-get install librsvg2-bin)")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for url in Self.models {
      let svg = folder.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".svg")
      try Data(SVGWriter.write(try Self.file(url))).write(to: svg)
      let run = try ProcessRunner.run(rsvg, ["-o", svg.path + ".png", svg.path])
      #expect(run.status == 0 && FileManager.default.fileExists(atPath: svg.path + ".png"), "\(url.lastPathComponent): \(run.standardError)")
    }
  }

  /// Symbol boxes and arrow points in the SVG are the layout's, mapped through the page frame.
  @Test(arguments: models)
  func symbolsAndArrowsSitWhereTheLayoutPutsThem(_ url: URL) throws {
    let file = try Self.file(url)
    let svg = try #require(XMLCheck.parse(SVGWriter.write(file)))
    let tables = file.sops.flatMap(\.flowcharts).map { ProcedureTable($0, setup: PageSetup()) }
    let pages = tables.flatMap { table in table.layout.pages.map { (table, $0) } }
    let groups = Self.pageGroups(svg)
    try #require(groups.count == pages.count)
    // Coordinates are printed to 2 decimals; a size read from two rounded edges can be 0.01 off.
    let close = { (a: Double, b: Double) in abs(a - b) <= 0.0101 }
    for ((table, page), group) in zip(pages, groups) {
      let frame = SVGPageFrame(table, setup: PageSetup())
      let symbols = try #require(group.children.first { $0.attributes["class"] == "symbols" }).children
      #expect(symbols.count == page.symbols.count)
      for (symbol, element) in zip(page.symbols, symbols) {
        let box: (x: Double, y: Double, width: Double, height: Double)
        if element.name == "rect" {
          box = (Double(element.attributes["x"] ?? "") ?? .nan, Double(element.attributes["y"] ?? "") ?? .nan,
                 Double(element.attributes["width"] ?? "") ?? .nan, Double(element.attributes["height"] ?? "") ?? .nan)
        } else {
          let corners = Self.points(element.attributes["points"])
          let xs = corners.map(\.0), ys = corners.map(\.1)
          box = (xs.min() ?? .nan, ys.min() ?? .nan, (xs.max() ?? .nan) - (xs.min() ?? .nan), (ys.max() ?? .nan) - (ys.min() ?? .nan))
        }
        let expectedClass: String
        switch symbol.kind {
        case .terminator: expectedClass = "terminator"
        case .process: expectedClass = "process"
        case .decision: expectedClass = "decision"
        case .offPage: expectedClass = "offpage"
        case .end: expectedClass = "terminator"
        case .other: expectedClass = "other"
        }
        #expect(element.attributes["class"] == expectedClass)
        let left = frame.x(symbol.x), top = frame.y(symbol.y)
        #expect(close(box.x, left) && close(box.y, top), "\(url.lastPathComponent): \(expectedClass) at \(box), layout \(left), \(top)")
        #expect(close(box.width, frame.x(symbol.x + symbol.width) - left) && close(box.height, symbol.height))
      }
      let arrows = try #require(group.children.first { $0.attributes["class"] == "arrows" }).children
      #expect(arrows.count == page.arrows.count)
      for (arrow, element) in zip(page.arrows, arrows) {
        let drawn = Self.points(element.attributes["points"])
        #expect(drawn.count == arrow.points.count)
        for (point, (x, y)) in zip(arrow.points, drawn) {
          #expect(close(x, frame.x(point.x)) && close(y, frame.y(point.y)), "\(url.lastPathComponent): arrow point \(x),\(y)")
        }
        #expect(element.attributes["marker-end"] == "url(#arrowhead)")
      }
    }
  }

  @Test func textWithMarkupCharactersIsEscaped() throws {
    let url = try #require(Self.models.first)
    var file = try Self.file(url)
    let tricky = #"Periksa <berkas> & "cap" 'dinas'"#
    file.sops[0].flowcharts[0].steps[0].kegiatan = tricky
    file.sops[0].flowcharts[0].steps[0].keterangan = "A&B <C>\u{1}"
    file.sops[0].identity.namaSOP = "Surat <Masuk> & \"Keluar\""
    let bytes = SVGWriter.write(file)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("&lt;berkas&gt; &amp; &quot;cap&quot;"))
    #expect(!text.contains("<berkas>") && !text.contains("<Masuk>"))
    let svg = try #require(XMLCheck.parse(bytes), "well-formed")
    #expect(svg.descendants("text").map(\.text).joined(separator: " ").contains("A&B <C>"))
    #expect(svg.descendants("title").first?.text == "Surat <Masuk> & \"Keluar\"")
  }
}
