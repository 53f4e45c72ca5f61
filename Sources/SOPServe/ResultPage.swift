import SOPFormats
import SOPModel

/// The result as a whole page, for browsers that post the form without the page's script: the
/// check result with its preview, or a refused download with the reasons.
enum ResultPage {
  /// The page for a check.
  static func html(_ outcome: CheckOutcome, _ language: Language = .id) -> String {
    // This page has no download buttons: they are on the main page, with the file chosen again.
    let next = outcome.status == .ok || outcome.status == .warnings
      ? "<p>Untuk mengunduh: kembali ke halaman utama, pilih berkas ini lagi, lalu tekan salah satu tombol Unduh.</p>" : ""
    let preview = outcome.previewSVG.map { "<section><h2>Pratinjau diagram alir</h2><div id=\"pratinjau\">" + svgBody($0) + "</div></section>" } ?? ""
    return page(
      kind: outcome.status.rawValue, title: IndonesianText.title(outcome), advice: IndonesianText.advice(outcome),
      file: outcome.fileName, diagnostics: outcome.diagnostics, language: language, note: next, extra: preview)
  }

  /// The page for a refused request.
  static func html(_ error: UploadError, _ language: Language = .id) -> String {
    let status = Int(error.status.code)
    return page(
      kind: "refused", title: IndonesianText.errorTitle(status: status), advice: IndonesianText.errorAdvice(status: status),
      file: nil, diagnostics: error.diagnostics, language: language, note: "", extra: "")
  }

  /// The SVG without its XML declaration, to sit inside HTML.
  private static func svgBody(_ svg: String) -> String {
    guard svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") else { return svg }
    return String(svg[end.upperBound...])
  }

  private static func page(kind: String, title: String, advice: String, file: String?, diagnostics: [Diagnostic], language: Language, note: String, extra: String) -> String {
    let rows = diagnostics.map { d in
      "<tr class=\"\(d.severity.rawValue)\"><td class=\"jenis\">\(IndonesianText.severity(d.severity))</td><td>"
        + XMLEscape.text(IndonesianText.location(d.location)) + "</td><td>" + XMLEscape.text(d.message(in: language))
        + "<div class=\"kode\">\(XMLEscape.text(d.code.id))</div></td><td>" + XMLEscape.text(d.hint(in: language) ?? "") + "</td></tr>"
    }.joined(separator: "\n")
    let table = rows.isEmpty ? "" : "<table><tr><th>Jenis</th><th>Lokasi</th><th>Pesan</th><th>Saran</th></tr>\n\(rows)</table>"
    let fileLine = file.map { "<p class=\"hint\">Berkas: " + XMLEscape.text($0) + "</p>" } ?? ""
    return """
      <!DOCTYPE html>
      <html lang="id">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(XMLEscape.text(title)) — sopkit</title><style>\(PageStyle.css)</style></head>
      <body>
      <header><h1>Hasil pemeriksaan SOP</h1></header>
      <main>
      <section><div class="status \(kind)"><h3>\(XMLEscape.text(title))</h3><p>\(XMLEscape.text(advice))</p></div>
      \(fileLine)
      \(table)
      \(note)
      <p><a class="tombol" href="/">Kembali ke halaman utama</a></p></section>
      \(extra)
      </main>
      </body>
      </html>
      """
  }
}
