import SOPModel

/// Applies what a person changed in the visible sheets of a workbook sopkit wrote: each identity
/// value and step cell is compared with what the writer put there, and a different text wins.
enum XLSXEdits {
  static func apply(_ workbook: XLSXWorkbookReader, to file: inout SOPFile, map: inout SourcePathMap, diagnostics: inout [Diagnostic]) {
    let names = XLSXSheetNames(file)
    let source = map.file
    for sopIndex in file.sops.indices {
      let sopPath = JSONPath.element(JSONPath.member(JSONPath.root, "sops"), sopIndex)
      if let sheet = workbook.sheets.first(where: { $0.name == names.identity(sopIndex) }) {
        identity(sheet, &file.sops[sopIndex].identity, sopPath, source, &map, &diagnostics)
      }
      for chartIndex in file.sops[sopIndex].flowcharts.indices {
        guard let sheet = workbook.sheets.first(where: { $0.name == names.procedure(sopIndex, chartIndex) }) else { continue }
        let path = JSONPath.element(JSONPath.member(sopPath, "flowcharts"), chartIndex)
        steps(sheet, &file.sops[sopIndex].flowcharts[chartIndex], path, source, &map, &diagnostics)
      }
    }
  }

  private static func location(_ source: String, _ sheet: Grid, _ row: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: source, context: "\(sheet.name)!\(CellReference.name(row: row, column: column))")
  }

  private static func edited(_ what: String, _ location: SourceLocation) -> Diagnostic {
    Diagnostic(.xlsxEditedCell, "\(what) was edited in the workbook; the cell's text is used", at: location)
  }

  private static func identity(
    _ sheet: Grid, _ identity: inout Identity, _ sopPath: String, _ source: String,
    _ map: inout SourcePathMap, _ diagnostics: inout [Diagnostic]
  ) {
    func check(_ row: Int, _ column: Int, _ key: String, _ label: String, written: String, same: (String, String) -> Bool = { $0 == $1 }, apply: (String) -> Void) {
      let at = location(source, sheet, row, column)
      map.record(JSONPath.member(sopPath, key), at)
      let visible = sheet.cell(row, column).trimmingCharacters(in: .whitespacesAndNewlines)
      guard !same(visible, ExcelCellText.fitted(written).trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
      apply(visible)
      diagnostics.append(edited(label, at))
    }
    check(1, 5, "nomor_sop", "NOMOR SOP", written: identity.nomorSOP ?? "") { identity.nomorSOP = $0.isEmpty ? nil : $0 }
    check(2, 5, "tgl_pembuatan", "TGL. PEMBUATAN", written: identity.tanggal.pembuatan?.display ?? "") { identity.tanggal.pembuatan = IdentityAssembler.date($0) }
    check(3, 5, "tgl_revisi", "TGL. REVISI", written: identity.tanggal.revisi?.display ?? "") { identity.tanggal.revisi = IdentityAssembler.date($0) }
    check(4, 5, "tgl_efektif", "TGL. EFEKTIF", written: identity.tanggal.efektif?.display ?? "") { identity.tanggal.efektif = IdentityAssembler.date($0) }
    check(6, 5, "nama_sop", "NAMA SOP", written: identity.namaSOP, same: { $0.uppercased() == $1.uppercased() }) { identity.namaSOP = $0 }
    map.record(JSONPath.member(sopPath, "pengesahan"), location(source, sheet, 5, 5))
    let lists: [(Int, Int, WritableKeyPath<IdentityLists, [String]>, String, String)] = [
      (8, 0, \.dasarHukum, "dasar_hukum", "DASAR HUKUM"), (8, 4, \.kualifikasiPelaksana, "kualifikasi_pelaksana", "KUALIFIKASI PELAKSANA"),
      (10, 0, \.keterkaitan, "keterkaitan", "KETERKAITAN"), (10, 4, \.peralatanPerlengkapan, "peralatan_perlengkapan", "PERALATAN/PERLENGKAPAN"),
      (12, 0, \.peringatan, "peringatan", "PERINGATAN"), (12, 4, \.pencatatanPendataan, "pencatatan_pendataan", "PENCATATAN DAN PENDATAAN"),
    ]
    for (row, column, keyPath, key, label) in lists {
      check(row, column, key, label, written: ListItems.join(identity.lists[keyPath: keyPath])) { identity.lists[keyPath: keyPath] = ListItems.split($0) }
    }
  }

  private static func steps(
    _ sheet: Grid, _ flowchart: inout Flowchart, _ path: String, _ source: String,
    _ map: inout SourcePathMap, _ diagnostics: inout [Diagnostic]
  ) {
    map.record(path, location(source, sheet, 1, 0))
    let mutu = 2 + max(flowchart.pelaksana.count, 1)
    var rowOf: [Int: Int] = [:]
    let records = Dictionary(uniqueKeysWithValues: sheet.records.map { ($0.line, $0) })
    for row in sheet.rows.keys.sorted() where row > 2 {
      if let record = records[row], StepsHeader.isColumnNumbers(record) { continue }
      if let number = Int(sheet.cell(row, 0)), rowOf[number] == nil { rowOf[number] = row }
    }
    let implied = flowchart.impliedWaktuUnit
    for index in flowchart.steps.indices {
      let step = flowchart.steps[index]
      guard let row = rowOf[step.nomor] else { continue }
      let stepPath = JSONPath.element(JSONPath.member(path, "steps"), index)
      map.record(stepPath, location(source, sheet, row, 0))
      func check(_ column: Int, _ key: String, _ label: String, written: String?, span: Step.SpanColumn?, apply: (String) -> Void) {
        if let span, flowchart.isCovered(index, span) { return }
        let at = location(source, sheet, row, column)
        map.record(JSONPath.member(stepPath, key), at)
        let visible = sheet.cell(row, column).trimmingCharacters(in: .whitespacesAndNewlines)
        guard visible != ExcelCellText.fitted(written ?? "").trimmingCharacters(in: .whitespacesAndNewlines) else { return }
        apply(visible)
        diagnostics.append(edited("step \(step.nomor) \(label)", at))
      }
      check(1, "kegiatan", "Kegiatan", written: step.kegiatan, span: nil) { flowchart.steps[index].kegiatan = $0 }
      check(mutu, "kelengkapan", "Kelengkapan", written: step.mutuBaku.kelengkapan, span: .kelengkapan) { flowchart.steps[index].mutuBaku.kelengkapan = $0.isEmpty ? nil : $0 }
      check(mutu + 1, "waktu", "Waktu", written: step.mutuBaku.waktu?.display, span: .waktu) { flowchart.steps[index].mutuBaku.waktu = Waktu.parse($0, impliedUnit: implied) }
      check(mutu + 2, "output", "Output", written: step.mutuBaku.output, span: .output) { flowchart.steps[index].mutuBaku.output = $0.isEmpty ? nil : $0 }
      check(mutu + 3, "keterangan", "Keterangan", written: step.keterangan, span: .keterangan) { flowchart.steps[index].keterangan = $0.isEmpty ? nil : $0 }
    }
  }
}
