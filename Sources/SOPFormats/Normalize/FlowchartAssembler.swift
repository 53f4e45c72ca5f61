import Foundation
import SOPModel

/// Turns the rows of a steps table into flowcharts, whatever the input format.
///
/// It applies the spreadsheet conventions of sop-ap-format §4 and §13: a row without a number
/// continues the step above; a blank Pelaksana or Waktu under a value was a merged cell; a mark in an
/// actor column names the actor and may name the symbol; a numbering restart at 1 starts a new
/// flowchart. Inferred symbols are reported as notes so users see what was assumed.
struct FlowchartAssembler {
  private let flowchartsPath: String
  private var actors: [String]
  private let actorsFromColumns: Bool
  private var actorsGiven = false
  private let firstIndex: Int
  private var judul: String?
  private var totalWaktu: Waktu?
  /// The unit the Waktu header names, for bare numbers; else the unit most steps write.
  var waktuUnit: WaktuUnit?
  private var pending: [(step: PendingStep, row: StepRow)] = []
  private var finished: [Flowchart] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// Where the table's header is; `nil` when each flowchart is best located at its first row.
  private let headerLocation: SourceLocation?
  private var map: SourcePathMap

  private struct PendingStep {
    var nomor: Int
    var kegiatan: String
    var actor: String?
    var actorLocation: SourceLocation?
    /// Actors marked beside `actor` on the same step (carried out together).
    var coActors: [String] = []
    var shape: Shape?
    var shapeLocation: SourceLocation?
    var targets: [StepColumn: (target: StepTarget, location: SourceLocation)] = [:]
    var labels: (ya: String?, tidak: String?) = (nil, nil)
    var texts: [StepColumn: LocatedText] = [:]
    /// Columns whose cell was left blank or marked "^" under a value above (a merged cell).
    var covered: Set<StepColumn> = []
  }

  /// - Parameters:
  ///   - flowchartsPath: `$.sops[i].flowcharts`.
  ///   - actors: the Pelaksana columns, when the input has one column per actor; else empty and
  ///     actors are collected from a Pelaksana column in order of appearance.
  ///   - firstIndex: the index of the first flowchart this assembler reads within the SOP.
  init(flowchartsPath: String, firstIndex: Int = 0, actors: [String], actorsFromColumns: Bool, header: SourceLocation?, map: SourcePathMap) {
    self.flowchartsPath = flowchartsPath
    self.firstIndex = firstIndex
    self.actors = actors
    self.actorsFromColumns = actorsFromColumns
    self.headerLocation = header
    self.map = map
  }

  /// Sets the title and actor list of the flowchart being read (table layouts carry them per row).
  mutating func describe(judul: String?, actors: [String]?) {
    if let judul { self.judul = judul }
    if let actors, !actors.isEmpty, !actorsFromColumns {
      self.actors = actors
      actorsGiven = true
    }
  }

  /// Whether a flowchart has rows not yet finished.
  var hasPendingSteps: Bool { !pending.isEmpty }

  mutating func setTotal(_ cell: LocatedText) {
    totalWaktu = Waktu.parse(cell.trimmed) ?? Waktu(raw: cell.trimmed, value: nil, unit: nil)
    map.record(JSONPath.member(currentPath, "total_waktu"), cell.location)
  }

  private var currentPath: String { JSONPath.element(flowchartsPath, firstIndex + finished.count) }

  /// Adds one table row.
  mutating func add(_ row: StepRow) {
    if row.isBlank { return }
    guard let numberCell = row.cell(.nomor) else {
      continueStep(with: row)
      return
    }
    guard let nomor = Self.stepNumber(numberCell.trimmed) else {
      // The row is a step all the same: kept, numbered after the one above, and reported.
      let guessed = (pending.last?.step.nomor ?? 0) + 1
      diagnostics.append(Diagnostic(
        .importBadStepNumber, "'\(numberCell.trimmed)' in the No column is not a step number; the row is kept as step \(guessed)",
        at: pendingLocation(numberCell.location, field: "nomor"), hint: "number the steps 1, 2, 3, …; leave No empty on a row that continues the step above",
        arguments: ["value": numberCell.trimmed, "step": String(guessed)]))
      addStep(row, nomor: guessed)
      return
    }
    if nomor == 1, !pending.isEmpty { finishFlowchart() }
    addStep(row, nomor: nomor)
  }

  /// Where the next step's `field` will be in the model, at `location` in the source.
  private func pendingLocation(_ location: SourceLocation, field: String) -> SourceLocation {
    var location = location
    location.path = JSONPath.member(JSONPath.element(JSONPath.member(currentPath, "steps"), pending.count), field)
    return location
  }

  /// Adds `row` as step `nomor`.
  private mutating func addStep(_ row: StepRow, nomor: Int) {
    var step = PendingStep(nomor: nomor, kegiatan: row.cell(.kegiatan)?.trimmed ?? "")
    readActor(row, into: &step)
    readFlow(row, into: &step, index: pending.count)
    for column in [StepColumn.kelengkapan, .waktu, .output, .keterangan] {
      guard let cell = row.cells[column] else { continue }
      let text = cell.trimmed
      if text == "^" {
        step.covered.insert(column)
      } else if text.isEmpty, column == .waktu, let previous = pending.last?.step,
        previous.texts[.waktu].map({ !ListItems.isDash($0.trimmed) }) ?? previous.covered.contains(.waktu)
      {
        step.covered.insert(column)
        diagnostics.append(Diagnostic(
          .importMergedCell, "step \(nomor) has no Waktu; read as part of the merged Waktu cell above",
          at: cell.location, hint: "write \"-\" when the step has no Waktu of its own"))
      } else if !text.isEmpty {
        step.texts[column] = cell
      }
    }
    pending.append((step, row))
  }

  /// A row without a number: its text continues the step above (a cell merged over two rows).
  private mutating func continueStep(with row: StepRow) {
    guard var last = pending.popLast() else {
      let location = row.cells.values.first(where: { !$0.isEmpty })?.location ?? row.location
      diagnostics.append(Diagnostic(
        .importBadStepNumber, "this row has no step number and no step above it to continue; it is kept as step 1",
        at: pendingLocation(location, field: "nomor"), hint: "give the first step the number 1"))
      addStep(row, nomor: 1)
      return
    }
    if let kegiatan = row.cell(.kegiatan) {
      last.step.kegiatan += (last.step.kegiatan.isEmpty ? "" : "\n") + kegiatan.trimmed
    }
    // Exits and an actor mark written on the continuation row belong to the step too.
    var extra = PendingStep(nomor: last.step.nomor, kegiatan: "")
    readFlow(row, into: &extra, index: pending.count)
    for (column, target) in extra.targets where last.step.targets[column] == nil { last.step.targets[column] = target }
    if last.step.labels.ya == nil { last.step.labels.ya = extra.labels.ya }
    if last.step.labels.tidak == nil { last.step.labels.tidak = extra.labels.tidak }
    if last.step.actor == nil {
      pending.append(last)
      var marked = PendingStep(nomor: last.step.nomor, kegiatan: "")
      readActor(row, into: &marked)
      last = pending.removeLast()
      if marked.actor != nil {
        last.step.actor = marked.actor
        last.step.actorLocation = marked.actorLocation
        last.step.coActors = marked.coActors
        last.step.shape = last.step.shape ?? marked.shape
      }
    }
    for column in [StepColumn.kelengkapan, .waktu, .output, .keterangan] {
      guard let cell = row.cell(column), cell.trimmed != "^" else { continue }
      if var existing = last.step.texts[column] {
        existing.text = existing.trimmed + "\n" + cell.trimmed
        last.step.texts[column] = existing
      } else {
        last.step.texts[column] = cell
      }
    }
    pending.append(last)
  }

  private mutating func readActor(_ row: StepRow, into step: inout PendingStep) {
    if actorsFromColumns {
      // Marks in several columns: the step is carried out together. The column whose mark names
      // a symbol keeps the symbol and the arrows; without one, the leftmost column does.
      let marks = row.marks
      let main = marks.firstIndex { if case .some(.some) = $0.shape { return true } else { return false } } ?? 0
      if main < marks.count {
        let mark = marks[main]
        step.actor = mark.actor
        step.actorLocation = mark.mark.location
        if case .some(let shape?) = mark.shape {
          step.shape = shape
          step.shapeLocation = mark.mark.location
        }
        step.coActors = marks.enumerated().filter { $0.offset != main }.map(\.element.actor)
        if mark.isPicture, mark.symbol == nil, mark.mark.isEmpty {
          diagnostics.append(Diagnostic(
            .importPictureSymbol, "a picture in the '\(mark.actor)' column stands for step \(step.nomor)'s symbol: the actor is read from its column, the symbol is guessed",
            at: mark.mark.location, hint: "replace the picture with a shape (or write mulai, proses, keputusan or selesai in the cell) to make the symbol certain"))
        }
      }
      if !step.coActors.isEmpty {
        let others = step.coActors.map { "'\($0)'" }.joined(separator: ", ")
        diagnostics.append(Diagnostic(
          .importSharedStep, "step \(step.nomor) is carried out by '\(step.actor ?? "")' together with \(others)",
          at: row.marks[0].mark.location, hint: "the first actor with a symbol (else the leftmost) keeps the symbol and the arrows; keep one mark if one actor does the step"))
      }
    } else if let cell = row.cell(.pelaksana) {
      // Several actors of the given list, one per line: the first does the step, the others do
      // it together with it. Otherwise the cell is one name (perhaps wrapped onto two lines).
      let names = cell.trimmed.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      if actorsGiven, names.count > 1, names.allSatisfy(actors.contains) {
        step.actor = names[0]
        step.coActors = Array(names.dropFirst())
      } else {
        step.actor = cell.trimmed
      }
      step.actorLocation = cell.location
      if !actorsGiven, !actors.contains(cell.trimmed) { actors.append(cell.trimmed) }
    } else if row.cells[.pelaksana] != nil, let previous = pending.last?.step, previous.actor != nil {
      // A blank Pelaksana under a name: the cell was merged down in the source sheet.
      step.actor = previous.actor
      step.actorLocation = row.cells[.pelaksana]?.location
      diagnostics.append(Diagnostic(
        .importMergedCell, "step \(step.nomor) has no Pelaksana; read as '\(previous.actor ?? "")' from the merged cell above",
        at: row.cells[.pelaksana]?.location ?? row.location, hint: "write the actor's name in every row to make it certain"))
    }
    if let symbol = row.cell(.simbol), case .some(let shape?) = ShapeWords.read(symbol.text) {
      step.shape = shape
      step.shapeLocation = symbol.location
    }
  }

  private mutating func readFlow(_ row: StepRow, into step: inout PendingStep, index: Int) {
    for column in [StepColumn.next, .ya, .tidak] {
      guard let cell = row.cell(column) else { continue }
      if let target = Self.target(cell.trimmed) {
        step.targets[column] = (target, cell.location)
      } else {
        var location = cell.location
        let key = column == .next ? "next" : column == .ya ? "ya" : "tidak"
        location.path = JSONPath.member(JSONPath.element(JSONPath.member(currentPath, "steps"), index), key)
        diagnostics.append(Diagnostic(
          .importBadTarget, "'\(cell.trimmed)' in '\(column.header)' is not a step number or END",
          at: location, hint: "write the number of the step to go to, or END (selesai) to end the procedure",
          arguments: ["value": cell.trimmed, "column": column.header]))
      }
    }
    step.labels = (row.cell(.labelYa)?.trimmed, row.cell(.labelTidak)?.trimmed)
  }

  /// Ends the flowchart being read; the next row starts another.
  mutating func finishFlowchart() {
    guard !pending.isEmpty else { return }
    let path = currentPath
    let location = headerLocation ?? pending[0].row.location
    map.record(path, location)
    map.record(JSONPath.member(path, "actors"), location)
    var steps: [Step] = []
    let stepsPath = JSONPath.member(path, "steps")
    // Bare numbers take the unit most steps write, so Waktu is parsed once all rows are in.
    let probe = Flowchart(steps: pending.map { entry in
      var step = Step(nomor: entry.step.nomor, kegiatan: "")
      step.mutuBaku.waktu = entry.step.texts[.waktu].flatMap { Waktu.parse($0.trimmed) }
      return step
    })
    let impliedUnit = waktuUnit ?? probe.impliedWaktuUnit
    for (index, entry) in pending.enumerated() {
      let p = entry.step
      let stepPath = JSONPath.element(stepsPath, index)
      map.record(stepPath, entry.row.location)
      func record(_ key: String, _ location: SourceLocation?) {
        if let location { map.record(JSONPath.member(stepPath, key), location) }
      }
      record("kegiatan", entry.row.cells[.kegiatan]?.location)
      record("actor", p.actorLocation)
      record("shape", p.shapeLocation)
      var flow = Step.Flow()
      for (column, key) in [(StepColumn.next, "next"), (.ya, "ya"), (.tidak, "tidak")] {
        guard let target = p.targets[column] else { continue }
        record(key, target.location)
        switch column {
        case .next: flow.next = target.target
        case .ya: flow.ya = target.target
        default: flow.tidak = target.target
        }
      }
      if p.labels.ya != nil || p.labels.tidak != nil {
        flow.labels = Step.DecisionLabels(ya: p.labels.ya ?? "Ya", tidak: p.labels.tidak ?? "Tidak")
      }
      func text(_ column: StepColumn, _ key: String) -> String? {
        guard let cell = p.texts[column] else { return nil }
        record(key, cell.location)
        return ListItems.isDash(cell.trimmed) ? nil : cell.trimmed
      }
      var waktu: Waktu?
      if let cell = p.texts[.waktu], !ListItems.isDash(cell.trimmed) {
        record("waktu", cell.location)
        waktu = Waktu.parse(cell.text, impliedUnit: impliedUnit)
      }
      let step = Step(
        nomor: p.nomor, kegiatan: p.kegiatan, pelaksana: p.actor, coActors: p.coActors, shape: p.shape, flow: flow,
        mutuBaku: Step.MutuBaku(kelengkapan: text(.kelengkapan, "kelengkapan"), waktu: waktu, output: text(.output, "output")),
        keterangan: text(.keterangan, "keterangan"))
      if !steps.isEmpty {
        for column in p.covered { extendSpan(of: column, in: &steps) }
      }
      steps.append(step)
    }
    let flowchart = Flowchart(judul: judul, pelaksana: actors, steps: steps, totalWaktu: totalWaktu)
    reportInferredShapes(flowchart, at: location)
    finished.append(flowchart)
    pending = []
    judul = nil
    totalWaktu = nil
    if !actorsFromColumns {
      actors = []
      actorsGiven = false
    }
  }

  /// A covered cell extends the span of the nearest step above that starts a span in `column`.
  private func extendSpan(of column: StepColumn, in steps: inout [Step]) {
    guard let spanColumn = Step.SpanColumn(rawValue: column.rawValue) else { return }
    var index = steps.count - 1
    while index > 0, steps[index].spans[spanColumn] == nil, !hasOwnValue(steps[index], spanColumn) { index -= 1 }
    steps[index].spans[spanColumn] = (steps[index].spans[spanColumn] ?? 1) + 1
  }

  private func hasOwnValue(_ step: Step, _ column: Step.SpanColumn) -> Bool {
    switch column {
    case .kelengkapan: return step.mutuBaku.kelengkapan != nil
    case .waktu: return step.mutuBaku.waktu != nil
    case .output: return step.mutuBaku.output != nil
    case .keterangan: return step.keterangan != nil
    }
  }

  private mutating func reportInferredShapes(_ flowchart: Flowchart, at location: SourceLocation) {
    var groups: [(shape: String, steps: [Int])] = []
    for (index, step) in flowchart.steps.enumerated() where step.shape == nil {
      let name: String
      switch flowchart.effectiveShape(of: index) {
      case .terminator: name = index == 0 ? "a terminator (first step)" : "a terminator (last step)"
      case .decision: name = "a decision (it has Ya/Tidak exits)"
      default: name = "a process"
      }
      if let at = groups.firstIndex(where: { $0.shape == name }) {
        groups[at].steps.append(step.nomor)
      } else {
        groups.append((name, [step.nomor]))
      }
    }
    guard !groups.isEmpty else { return }
    let parts = groups.map { group in
      (group.steps.count == 1 ? "step " : "steps ") + Self.ranges(group.steps) + " as " + group.shape
    }
    diagnostics.append(Diagnostic(
      .importShapeInferred, "no symbol given, so read " + parts.joined(separator: "; "),
      at: location, hint: "write mulai, proses, keputusan or selesai in the actor's column (or a Simbol column) to choose"))
  }

  /// The flowcharts read, and the locations recorded.
  mutating func finish() -> (flowcharts: [Flowchart], map: SourcePathMap) {
    finishFlowchart()
    return (finished, map)
  }

  /// "1", "01", "1.", and Excel's "1.0".
  static func stepNumber(_ text: String) -> Int? {
    var digits = Substring(text)
    if digits.hasSuffix(".0") { digits = digits.dropLast(2) }
    if digits.hasSuffix(".") { digits = digits.dropLast() }
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number >= 1 else {
      return nil
    }
    return number
  }

  /// "5", "ke 5", "langkah 5", "END", "selesai".
  static func target(_ text: String) -> StepTarget? {
    let word = LabelMatcher<Int>.normalize(text)
    if ["end", "selesai", "akhir", "stop"].contains(word) { return .end }
    let number = word.split(separator: " ").last.map(String.init) ?? ""
    let prefix = word.split(separator: " ").dropLast().joined(separator: " ")
    guard ["", "ke", "langkah", "step", "no", "ke langkah", "ke no", "kembali ke", "lanjut ke", "ke step"].contains(prefix) else { return nil }
    return stepNumber(number).map { .step($0) }
  }

  /// "1–3, 5, 7".
  static func ranges(_ numbers: [Int]) -> String {
    var parts: [String] = []
    var start = numbers.first
    var previous = numbers.first
    for number in numbers.dropFirst() + [Int.min] {
      if let p = previous, number == p + 1 {
        previous = number
        continue
      }
      if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
      start = number
      previous = number
    }
    return parts.joined(separator: ", ")
  }
}
