import SOPModel

// Support:
// [x] one self-contained page: inline CSS, the logo as a data URL, nothing loaded from elsewhere
// [x] the identity page as an HTML table with the workbook's fields and labels
// [x] every flowchart page as an inline SVG (the SVG writer's pages), one printed page each
// [x] landscape print (@page), lang="id", UTF-8, deterministic bytes
// [ ] signing modes (the preview shows the wet-signature form)

/// Writes a printable HTML preview of the SOPs: for each SOP the identity page, then its flowchart
/// pages drawn by the SVG writer from the workbook's layout.
public enum HTMLWriter {
  /// The page of `file`.
  /// - Parameters:
  ///   - options: paper, column numbers and the draft mark, as for ``SVGWriter``; with `draft`, the
  ///     identity pages carry the mark too.
  ///   - assetFolder: the folder a relative logo file is read from; a logo that cannot be read is
  ///     left out (`XLSXWriter.warnings` says why).
  public static func write(_ file: SOPFile, options: SVGWriter.Options = SVGWriter.Options(), assetFolder: String? = nil) -> [UInt8] {
    var x = XMLBuilder.html()
    var pageNumber = 0
    x.element("html", [("lang", "id")]) { html in
      html.element("head") { head in
        head.element("meta", [("charset", "utf-8")])
        head.element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        head.element("meta", [("name", "generator"), ("content", "sopkit")])
        head.textElement("title", "SOP " + file.sops.map(\.identity.namaSOP).joined(separator: "; "))
        // Raw text: HTML does not decode entities inside <style>; the style sheet is our own.
        head.element("style") { $0.raw(HTMLStyle.css(options.setup) + (options.draft ? HTMLStyle.draftCSS(options.setup) : "")) }
      }
      html.element("body") { body in
        for sop in file.sops {
          // Each SOP is numbered as its printed document: the identity page is page 1, the
          // flowchart pages follow ("Halaman x dari y" on every page).
          let tables = sop.flowcharts.map {
            ProcedureTable($0, setup: options.setup, title: sop.identity.namaSOP, columnNumbers: options.columnNumbers, total: options.totalRow)
          }
          let count = 1 + tables.reduce(0) { $0 + $1.layout.pages.count }
          body.element("section", [("class", "sop")]) { section in
            section.element("div", [("class", "sheet identitas")]) { sheet in
              if options.draft { sheet.textElement("div", DraftMark.text, [("class", "draf")]) }
              let logo = LogoImage.load(sop.identity.kop, folder: assetFolder).0
              HTMLIdentity(identity: sop.identity, logo: logo, signature: options.signature).write(into: &sheet)
              sheet.textElement("div", "Halaman 1 dari \(count)", [("class", "halaman")])
            }
            var number = 1
            for flowchart in sop.flowcharts {
              let pages = SVGWriter.pages(of: flowchart, title: sop.identity.namaSOP, options: options, numbering: (number + 1, count))
              number += pages.count
              for page in pages {
                pageNumber += 1
                section.raw(SVGWriter.standalone(page, markerID: "arrowhead-\(pageNumber)"))
              }
            }
          }
        }
      }
    }
    return Array((x.text + "\n").utf8)
  }
}
