/// One flowchart table: its Pelaksana columns and its steps (sop-ap-format §4).
///
/// An SOP usually has one; documents that hold several sub-procedures, with numbering that
/// restarts, have one per table.
public struct Flowchart: Hashable, Sendable {
  /// A heading above the table, when it has one.
  public var judul: String?
  /// The Pelaksana columns, left to right; named by role, never by person.
  public var pelaksana: [String]
  /// The rows, in table order.
  public var steps: [Step]
  /// A "Jumlah" / "Total waktu" row found in the input; not a step.
  public var totalWaktu: Waktu?

  /// Creates a flowchart.
  public init(judul: String? = nil, pelaksana: [String] = [], steps: [Step] = [], totalWaktu: Waktu? = nil) {
    self.judul = judul
    self.pelaksana = pelaksana
    self.steps = steps
    self.totalWaktu = totalWaktu
  }

  /// The symbol of the step at `index`: as given, else a terminator for the first and last steps,
  /// a decision for a step with Ya/Tidak exits, and a process otherwise (sop-ap-format §5.4).
  public func effectiveShape(of index: Int) -> Shape {
    let step = steps[index]
    if let shape = step.shape { return shape }
    if step.hasBranches { return .decision }
    if index == 0 || index == steps.count - 1 { return .terminator }
    return .process
  }

  /// The exits of the step at `index` after defaults: a decision's Ya and a step's next go to
  /// the following row when not written, and the last row ends the procedure.
  public func exits(of index: Int) -> [(exit: Exit, target: StepTarget)] {
    let step = steps[index]
    let following: StepTarget = index + 1 < steps.count ? .step(steps[index + 1].nomor) : .end
    if effectiveShape(of: index) == .decision {
      var result: [(Exit, StepTarget)] = [(.ya, step.flow.ya ?? following)]
      if let tidak = step.flow.tidak { result.append((.tidak, tidak)) }
      return result
    }
    return [(.next, step.flow.next ?? following)]
  }

  /// The words written on the arrow of `exit` of the step at `index`: a decision's own labels
  /// ("Lengkap" / "Tidak lengkap") or "Ya" / "Tidak"; none on a plain `next`.
  public func label(of exit: Exit, at index: Int) -> String? {
    let labels = steps[index].flow.labels
    switch exit {
    case .next: return nil
    case .ya: return labels?.ya ?? "Ya"
    case .tidak: return labels?.tidak ?? "Tidak"
    }
  }

  /// Whether the `column` cell of the step at `index` lies inside a cell merged down from a step
  /// above (its value is that step's; writers leave it out, readers compare nothing there).
  public func isCovered(_ index: Int, _ column: Step.SpanColumn) -> Bool {
    var start = index - 1
    while start >= 0 {
      if let rows = steps[start].spans[column] { return start + rows > index }
      start -= 1
    }
    return false
  }

  /// The unit of a bare-number Waktu: the unit most steps write, else menit (sop-ap-format §6.2).
  public var impliedWaktuUnit: WaktuUnit {
    // Ties go to the unit written first, so the answer never depends on hashing order.
    var counts: [(unit: WaktuUnit, count: Int)] = []
    for step in steps {
      guard let waktu = step.mutuBaku.waktu, !waktu.implied, let unit = waktu.unit else { continue }
      if let index = counts.firstIndex(where: { $0.unit == unit }) {
        counts[index].count += 1
      } else {
        counts.append((unit, 1))
      }
    }
    var best: (unit: WaktuUnit, count: Int)?
    for entry in counts where entry.count > (best?.count ?? 0) { best = entry }
    return best?.unit ?? .menit
  }

  /// The sum of the steps' Waktu, when the units allow (sop-ap-format §6.3).
  public var total: WaktuTotal {
    WaktuTotal.compute(steps.map(\.mutuBaku.waktu))
  }
}
