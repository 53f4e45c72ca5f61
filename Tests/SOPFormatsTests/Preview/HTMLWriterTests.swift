import Foundation
import SOPFormats
import SOPModel
import SOPTestSupport
import Testing

/// The HTML preview: one self-contained, printable page with the identity grid and the flowchart
/// pages of the SVG writer.
@Suite struct HTMLWriterTests {
  static let models = TestData.files(in: "model", withExtension: "json")

  /// The inline `<svg class="page">` elements of a page, as text.
  static func inlinePages(_ html: String) -> [String] {
    html.components(separatedBy: "<svg class=\"page\"").dropFirst().map { piece in
      "<svg class=\"page\"" + (piece.components(separatedBy: "</svg>").first ?? "") + "</svg>"
    }
  }

  @Test(arguments: models)
  func theSameSOPGivesTheSameBytes(_ url: URL) throws {
    let file = try SVGWriterTests.file(url)
    #expect(HTMLWriter.write(file) == HTMLWriter.write(file))
  }

  /// testdata/golden/html/<case>.html.
  @Test(arguments: models)
  func matchesItsGolden(_ url: URL) throws {
    SVGWriterTests.checkGolden(HTMLWriter.write(try SVGWriterTests.file(url)), of: url, ext: "html")
  }

  @Test(arguments: models)
  func isASelfContainedPrintablePage(_ url: URL) throws {
    let file = try SVGWriterTests.file(url)
    let html = String(decoding: HTMLWriter.write(file), as: UTF8.self)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("@page { size: landscape"))
    // Nothing is loaded from elsewhere: no scripts, style sheets, or addresses to fetch.
    for outside in ["<script", "<link", "src=\"http", "href=\"http", "url(http", "@import"] {
      #expect(!html.contains(outside), "\(outside)")
    }
    for label in ["NOMOR SOP", "TGL. PEMBUATAN", "TGL. REVISI", "TGL. EFEKTIF", "DISAHKAN OLEH", "NAMA SOP", "DASAR HUKUM:",
                  "KUALIFIKASI PELAKSANA:", "KETERKAITAN:", "PERALATAN/PERLENGKAPAN:", "PERINGATAN:", "PENCATATAN DAN PENDATAAN:"] {
      #expect(html.contains(">\(label)<"), "\(label)")
    }
    #expect(html.contains(XMLEscapeForTest.text(file.sops[0].identity.namaSOP.uppercased())))
    // The flowchart: the SVG writer's pages, each its own well-formed inline SVG.
    let pages = Self.inlinePages(html)
    let expected = file.sops.flatMap(\.flowcharts).reduce(0) { $0 + ProcedureTable($1, setup: PageSetup()).layout.pages.count }
    #expect(pages.count == expected)
    for page in pages { #expect(XMLCheck.isWellFormed(Array(page.utf8))) }
  }

  @Test func identityTextIsEscaped() throws {
    var file = try SVGWriterTests.file(try #require(Self.models.first))
    file.sops[0].identity.nomorSOP = "B-12/<Kw>&\"x\""
    file.sops[0].identity.lists.dasarHukum = ["UU <No. 1> & PP"]
    let html = String(decoding: HTMLWriter.write(file), as: UTF8.self)
    #expect(html.contains("B-12/&lt;Kw&gt;&amp;&quot;x&quot;"))
    #expect(html.contains("<li>UU &lt;No. 1&gt; &amp; PP</li>"))
    #expect(!html.contains("<Kw>"))
  }
}

/// The escaping the writers use, restated for expectations.
enum XMLEscapeForTest {
  static func text(_ value: String) -> String {
    value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
