import SOPModel

/// Excel's limit on the text of one cell: 32,767 characters. Longer text is refused by
/// libxlsxwriter (the cell would stay empty) and cut by Excel, so the workbook writers cut it
/// themselves, visibly, and say so; the full text stays in sopkit's data sheet.
enum ExcelCellText {
  /// Characters (UTF-16 code units, as Excel counts) one cell holds.
  static let limit = 32_767
  /// What ends a cut text.
  static let cutMark = "…"

  /// `text` as a cell shows it: unchanged when it fits, else its beginning and "…".
  static func fitted(_ text: String) -> String {
    guard text.utf16.count > limit else { return text }
    var kept = 0
    var end = text.startIndex
    for index in text.indices {
      let next = kept + text[index].utf16.count
      if next > limit - cutMark.utf16.count { break }
      kept = next
      end = text.index(after: index)
    }
    return String(text[..<end]) + cutMark
  }

  /// The texts of `file` the workbook writes into one cell, with where they are in the SOP.
  static func cells(of file: SOPFile) -> [(text: String, path: String, what: String)] {
    var cells: [(String, String, String)] = []
    for (sopIndex, sop) in file.sops.enumerated() {
      let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), sopIndex)
      let identity = sop.identity
      cells.append((identity.namaSOP, JSONPath.member(sopPath, "nama_sop"), "NAMA SOP"))
      cells.append((identity.nomorSOP ?? "", JSONPath.member(sopPath, "nomor_sop"), "NOMOR SOP"))
      cells.append((IdentityGrid(identity: identity).kopLines.joined(separator: "\n"), JSONPath.member(sopPath, "kop"), "the kop"))
      for (left, right) in IdentityGrid(identity: identity).listPairs {
        for box in [left, right] {
          cells.append((ListItems.join(box.items), sopPath, box.label.dropLast().description))
        }
      }
      for (chartIndex, flowchart) in sop.flowcharts.enumerated() {
        let chartPath = JSONPath.element(JSONPath.member(sopPath, "flowcharts"), chartIndex)
        for (index, step) in flowchart.steps.enumerated() {
          let stepPath = JSONPath.element(JSONPath.member(chartPath, "steps"), index)
          let texts: [(String?, String, String)] = [
            (step.kegiatan, "kegiatan", "Kegiatan"), (step.mutuBaku.kelengkapan, "kelengkapan", "Kelengkapan"),
            (step.mutuBaku.output, "output", "Output"), (step.keterangan, "keterangan", "Keterangan"),
          ]
          for (text, key, label) in texts {
            if let text { cells.append((text, JSONPath.member(stepPath, key), "step \(step.nomor) \(label)")) }
          }
        }
      }
    }
    return cells
  }

  /// A warning for every text of `file` (read from `source`) too long for one cell.
  static func warnings(_ file: SOPFile, source: String) -> [Diagnostic] {
    cells(of: file).filter { $0.text.utf16.count > limit }.map { cell in
      Diagnostic(
        .xlsxCellTruncated, "\(cell.what) has \(cell.text.utf16.count) characters; an Excel cell holds \(limit), so the workbook shows its beginning and '…'",
        at: SourceLocation(file: source, path: cell.path), hint: "the full text stays in the workbook's sopkit data and reads back whole; shorten it if people must read it in Excel")
    }
  }
}
