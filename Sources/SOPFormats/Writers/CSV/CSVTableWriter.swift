import SOPModel

/// The "table" layout: a header row, then one row per step. Identity values go on each SOP's
/// first row, a flowchart's title, actor order and total on its first row.
enum CSVTableWriter {
  static let stepColumns: [StepColumn] = [
    .nomor, .kegiatan, .pelaksana, .simbol, .kelengkapan, .waktu, .output, .keterangan, .next, .ya, .tidak, .labelYa, .labelTidak,
  ]

  static func write(_ sops: [SOPDocument], into encoder: inout CSVEncoder) {
    var extraLabels: [String] = []
    for sop in sops {
      for field in sop.identity.extra.fields where !extraLabels.contains(field.label) { extraLabels.append(field.label) }
    }
    let identityFields = IdentityField.allCases
    let flowchartColumns: [TableColumn] = [.judul, .actors, .total]
    encoder.append(
      [TableColumn.key.header] + identityFields.map(\.label) + extraLabels.map(ExtraLabel.written) + flowchartColumns.map(\.header)
        + stepColumns.map(\.header))

    for (number, sop) in sops.enumerated() {
      let key = String(number + 1)
      let identity = CSVCells.identity(sop.identity)
      var identityCells = identityFields.map { identity[$0] ?? "" }
      var extraCells = extraLabels.map { label in sop.identity.extra.fields.first { $0.label == label }?.value ?? "" }
      if sop.flowcharts.allSatisfy(\.steps.isEmpty) {
        encoder.append([key] + identityCells + extraCells)
        continue
      }
      for flowchart in sop.flowcharts {
        let mutuBaku = CSVCells.mutuBaku(flowchart.steps)
        for (index, step) in flowchart.steps.enumerated() {
          var flowchartCells = ["", "", ""]
          if index == 0 {
            flowchartCells = [flowchart.judul ?? "", flowchart.pelaksana.joined(separator: "\n"), flowchart.totalWaktu?.raw ?? ""]
          }
          let cells: [String] = stepColumns.map { column in
            switch column {
            case .nomor: return String(step.nomor)
            case .kegiatan: return step.kegiatan
            case .pelaksana: return ([step.pelaksana ?? ""] + step.coActors).joined(separator: "\n")  // co-actors on lines of their own
            case .simbol: return step.shape.map { ShapeWords.word(for: $0, first: index == 0) } ?? ""
            case .next: return CSVCells.target(step.flow.next)
            case .ya: return CSVCells.target(step.flow.ya)
            case .tidak: return CSVCells.target(step.flow.tidak)
            case .labelYa: return step.flow.labels?.ya ?? ""
            case .labelTidak: return step.flow.labels?.tidak ?? ""
            default: return mutuBaku[index][column] ?? ""
            }
          }
          encoder.append([key] + identityCells + extraCells + flowchartCells + cells)
          identityCells = identityCells.map { _ in "" }
          extraCells = extraCells.map { _ in "" }
        }
      }
    }
  }
}
