/// The page's inline style sheet: on screen, white landscape sheets on grey; in print, one sheet
/// per page, the flowchart pages at the paper's size (their SVG holds its own margins).
enum HTMLStyle {
  static func css(_ setup: PageSetup) -> String {
    let (width, height) = setup.size
    let points = { (value: Double) in SVGNumber.format(value) + "pt" }
    let padding = [setup.top, setup.right, setup.bottom, setup.left].map(points).joined(separator: " ")
    return """
      @page { size: landscape; margin: 0; }
      html { background: #e4e4e4; }
      body { margin: 0; padding: 12pt 0; font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #000; }
      .sheet, svg.page { display: block; box-sizing: border-box; width: \(points(width)); max-width: 100%; margin: 0 auto 12pt; background: #fff; box-shadow: 0 0 4pt rgba(0, 0, 0, 0.3); }
      .sheet { min-height: \(points(height)); padding: \(padding); }
      svg.page { height: auto; }
      table.identitas { width: 100%; border-collapse: collapse; table-layout: fixed; }
      table.identitas th, table.identitas td { border: 0.75pt solid #000; padding: 3pt 5pt; text-align: left; vertical-align: middle; }
      table.identitas th { font-weight: bold; }
      table.identitas td.kop { text-align: center; font-weight: bold; font-size: 11pt; }
      table.identitas td.kop .logo { display: block; max-width: 90pt; max-height: 90pt; margin: 0 auto 6pt; }
      table.identitas td.nama-sop { font-weight: bold; font-size: 12pt; }
      table.identitas td.daftar { vertical-align: top; height: 36pt; }
      table.identitas td.daftar .label { font-weight: bold; }
      table.identitas td.daftar ol { margin: 2pt 0 0; padding-left: 18pt; }
      table.identitas td.daftar .subjudul { margin-top: 2pt; }
      .sheet .halaman { margin-top: 8pt; text-align: center; font-size: 8pt; }
      @media print {
        html { background: none; }
        body { padding: 0; }
        .sheet, svg.page { margin: 0; box-shadow: none; break-after: page; }
        /* The workbook shrinks the identity page to one page; here the margins and the lists do. */
        .sheet { min-height: 0; font-size: 9pt; padding-top: \(points(setup.top / 2)); padding-bottom: \(points(setup.bottom / 2)); }
        table.identitas th, table.identitas td { padding: 2pt 4pt; }
        table.identitas td.daftar { font-size: 8pt; height: auto; }
        table.identitas td.kop { font-size: 10pt; }
        table.identitas td.nama-sop { font-size: 11pt; }
      }
      """
  }

  /// Added for a draft: the mark at the top right of an identity sheet, inside its top padding
  /// (on screen the top margin, in print half of it), above the table.
  static func draftCSS(_ setup: PageSetup) -> String {
    let points = { (value: Double) in SVGNumber.format(value) + "pt" }
    return """

      .sheet { position: relative; }
      .sheet .draf { position: absolute; top: \(points(setup.top / 6)); right: \(points(setup.right)); color: #\(DraftMark.color); font-weight: bold; font-size: \(points(DraftMark.size)); line-height: 1; }
      @media print { .sheet .draf { top: \(points(setup.top / 12)); font-size: \(points(DraftMark.size * 0.8)); } }
      """
  }
}
