import SOPModel

/// The "form" layout: identity label rows, then each flowchart under the official two-row header
/// (Pelaksana and Mutu Baku over their sub-columns), with the symbol word in the actor's column.
enum CSVFormWriter {
  static func write(_ sop: SOPDocument, into encoder: inout CSVEncoder) {
    let values = CSVCells.identity(sop.identity)
    for field in IdentityField.allCases {
      if field == .namaSOP {
        encoder.append([field.label, sop.identity.namaSOP])
        continue
      }
      guard let value = values[field] else { continue }
      switch field {
      case .kop:
        for line in sop.identity.kop.lines { encoder.append([field.label, line]) }
      case _ where field.isList:
        _ = value
        for item in items(field, sop.identity) { encoder.append([field.label, item]) }
      default:
        encoder.append([field.label, value])
      }
    }
    for extra in sop.identity.extra.fields { encoder.append([ExtraLabel.written(extra.label), extra.value]) }
    for flowchart in sop.flowcharts {
      encoder.appendBlank()
      write(flowchart, into: &encoder)
    }
  }

  /// Each item numbered in its own row, so a reader sees one item per row.
  private static func items(_ field: IdentityField, _ identity: Identity) -> [String] {
    let list = field.items(of: identity) ?? []
    return list.enumerated().map { "\($0.offset + 1). \($0.element)" }
  }

  private static func write(_ flowchart: Flowchart, into encoder: inout CSVEncoder) {
    let steps = flowchart.steps
    if let judul = flowchart.judul { encoder.append([FlowchartLabel.judulLabel, judul]) }
    let actors = flowchart.pelaksana
    let needsSymbol = steps.contains { $0.shape != nil && ($0.pelaksana.map { !actors.contains($0) } ?? true) }
    let needsLabels = steps.contains { $0.flow.labels != nil }
    var flowColumns: [StepColumn] = [.keterangan, .next, .ya, .tidak]
    if needsLabels { flowColumns += [.labelYa, .labelTidak] }
    if needsSymbol { flowColumns.append(.simbol) }

    var top = [StepColumn.nomor.header, StepColumn.kegiatan.header]
    var sub = ["", ""]
    for (index, actor) in actors.enumerated() {
      top.append(index == 0 ? StepColumn.pelaksana.header : "")
      sub.append(actor)
    }
    top += [StepColumn.mutuBaku.header, "", ""]
    sub += [StepColumn.kelengkapan.header, StepColumn.waktu.header, StepColumn.output.header]
    for column in flowColumns {
      top.append(column.header)
      sub.append("")
    }
    encoder.append(top)
    encoder.append(sub)

    let mutuBaku = CSVCells.mutuBaku(steps)
    for (index, step) in steps.enumerated() {
      var row = [String(step.nomor), step.kegiatan]
      var word = step.shape.map { ShapeWords.word(for: $0, first: index == 0) } ?? "x"
      // Co-actors get a plain mark; the main actor's column names the symbol when a co-actor
      // stands left of it, so that it reads back as the main one.
      let mainColumn = step.pelaksana.flatMap { actors.firstIndex(of: $0) } ?? 0
      if step.shape == nil, step.coActors.contains(where: { (actors.firstIndex(of: $0) ?? Int.max) < mainColumn }) {
        word = ShapeWords.word(for: flowchart.effectiveShape(of: index), first: index == 0)
      }
      for actor in actors { row.append(step.pelaksana == actor ? word : step.coActors.contains(actor) ? "x" : "") }
      row += [mutuBaku[index][.kelengkapan] ?? "", mutuBaku[index][.waktu] ?? "", mutuBaku[index][.output] ?? ""]
      for column in flowColumns {
        switch column {
        case .keterangan: row.append(mutuBaku[index][.keterangan] ?? "")
        case .next: row.append(CSVCells.target(step.flow.next))
        case .ya: row.append(CSVCells.target(step.flow.ya))
        case .tidak: row.append(CSVCells.target(step.flow.tidak))
        case .labelYa: row.append(step.flow.labels?.ya ?? "")
        case .labelTidak: row.append(step.flow.labels?.tidak ?? "")
        default: row.append(needsSymbol ? step.shape.map { ShapeWords.word(for: $0, first: index == 0) } ?? "" : "")
        }
      }
      encoder.append(row)
    }
    if let total = flowchart.totalWaktu {
      var row = [FlowchartLabel.totalLabel, ""] + actors.map { _ in "" }
      row += ["", total.raw]
      encoder.append(row)
    }
  }
}

extension FlowchartLabel {
  static let judulLabel = "Judul Flowchart"
  static let totalLabel = "Jumlah"
}
