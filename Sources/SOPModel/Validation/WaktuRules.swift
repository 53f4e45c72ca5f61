/// Rules for Waktu and merged Mutu Baku cells (sop-ap-format §6, §10).
enum WaktuRules {
  static func check(_ flowchart: Flowchart, path: String, into report: inout ValidationReport) {
    let stepsPath = JSONPath.member(path, "steps")
    let impliedUnit = flowchart.impliedWaktuUnit
    var impliedSteps: [Int] = []
    for (index, step) in flowchart.steps.enumerated() {
      let stepPath = JSONPath.element(stepsPath, index)
      checkSpans(step, index: index, in: flowchart, path: stepPath, into: &report)
      guard let waktu = step.mutuBaku.waktu else { continue }
      let waktuPath = JSONPath.member(stepPath, "waktu")
      checkOne(waktu, owner: "step \(step.nomor)", impliedUnit: impliedUnit, path: waktuPath, into: &report)
      if waktu.implied { impliedSteps.append(step.nomor) }
    }
    if let first = impliedSteps.first, let unit = flowchart.steps.first(where: { $0.nomor == first })?.mutuBaku.waktu?.unit {
      let which = impliedSteps.count == 1 ? "step \(first) gives" : "steps " + impliedSteps.map(String.init).joined(separator: ", ") + " give"
      let index = flowchart.steps.firstIndex { $0.nomor == first } ?? 0
      report.add(.modelWaktuUnitImplied, "\(which) Waktu as a bare number, read as \(unit.label)", at: JSONPath.member(JSONPath.element(stepsPath, index), "waktu"), hint: "write the unit (\"10 menit\") to make it certain")
    }
    checkTotal(flowchart, path: path, impliedUnit: impliedUnit, into: &report)
  }

  /// One Waktu: readable, not a rate, and its parsed value in step with its text.
  static func checkOne(_ waktu: Waktu, owner: String, impliedUnit: WaktuUnit, path: String, into report: inout ValidationReport) {
    guard waktu.isParsed else {
      report.add(.modelWaktuUnparsed, "\(owner): Waktu '\(waktu.display)' is not a duration; it is kept as written", at: path, hint: "write an amount and a unit, e.g. \"15 menit\", \"1 jam\", \"2 hari kerja\"; schedules belong in Keterangan", arguments: ["value": waktu.display])
      return
    }
    if let per = waktu.per {
      report.add(.modelWaktuRate, "\(owner): Waktu '\(waktu.display)' is a rate (per \(per)), kept as written; it does not count in the total", at: path, arguments: ["value": waktu.display])
    }
    let unit = waktu.implied ? waktu.unit ?? impliedUnit : impliedUnit
    if let reparsed = Waktu.parse(waktu.raw, impliedUnit: unit),
      reparsed.value != waktu.value || reparsed.unit != waktu.unit || reparsed.from != waktu.from || reparsed.per != waktu.per
    {
      let stored = waktu.value.flatMap { value in waktu.unit.map { Waktu.format(value, $0) } } ?? "nothing"
      report.add(.modelWaktuMismatch, "\(owner): Waktu says '\(waktu.display)' but its value is \(stored)", at: path, hint: "make \"value\" and \"unit\" agree with \"raw\"")
    }
  }

  static func checkSpans(_ step: Step, index: Int, in flowchart: Flowchart, path: String, into report: inout ValidationReport) {
    for column in Step.SpanColumn.allCases {
      guard let rows = step.spans[column] else { continue }
      let spanPath = JSONPath.member(JSONPath.member(path, "spans"), column.rawValue)
      if index + rows > flowchart.steps.count {
        report.add(.modelBadSpan, "step \(step.nomor): the merged \(column.rawValue) cell covers \(rows) steps, past the last step", at: spanPath)
        continue
      }
      for covered in flowchart.steps[(index + 1)..<(index + rows)] where value(of: column, in: covered) {
        report.add(.modelBadSpan, "step \(covered.nomor) has its own \(column.rawValue), but step \(step.nomor)'s merged cell covers it", at: spanPath, hint: "leave the covered step's \(column.rawValue) empty (null)")
      }
    }
  }

  static func value(of column: Step.SpanColumn, in step: Step) -> Bool {
    switch column {
    case .kelengkapan: return step.mutuBaku.kelengkapan != nil
    case .waktu: return step.mutuBaku.waktu != nil
    case .output: return step.mutuBaku.output != nil
    case .keterangan: return step.keterangan != nil
    }
  }

  /// The steps' total, and its agreement with a Jumlah row when the input had one.
  static func checkTotal(_ flowchart: Flowchart, path: String, impliedUnit: WaktuUnit, into report: inout ValidationReport) {
    let totalPath = JSONPath.member(path, "total_waktu")
    if let written = flowchart.totalWaktu {
      checkOne(written, owner: "the total", impliedUnit: impliedUnit, path: totalPath, into: &report)
    }
    switch flowchart.total {
    case .empty:
      break
    case .unavailable(let reason):
      report.add(.modelWaktuTotalUnavailable, "no total Waktu for this flowchart: \(reason)", at: totalPath)
    case .total(let sum, let unit, let text):
      guard let written = flowchart.totalWaktu, let value = written.value, let writtenUnit = written.unit,
        writtenUnit.family == unit.family, value * writtenUnit.baseAmount != sum
      else { return }
      report.add(.modelWaktuMismatch, "the total row says '\(written.display)' but the steps add up to \(text)", at: totalPath)
    }
  }
}
