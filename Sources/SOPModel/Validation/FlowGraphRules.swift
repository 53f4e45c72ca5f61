/// Rules for the flow between steps: exits, targets, reachability, dead ends and terminators
/// (sop-ap-format §5.3, §5.4, §11).
enum FlowGraphRules {
  static func check(_ flowchart: Flowchart, stepsPath: String, into report: inout ValidationReport) {
    var indexOfNumber: [Int: Int] = [:]
    for (index, step) in flowchart.steps.enumerated() where indexOfNumber[step.nomor] == nil {
      indexOfNumber[step.nomor] = index
    }
    var broken = false
    for (index, step) in flowchart.steps.enumerated() {
      let path = JSONPath.element(stepsPath, index)
      broken = checkExits(step, index: index, in: flowchart, known: indexOfNumber, path: path, into: &report) || broken
    }
    // Reachability would only repeat a broken exit as a second problem: report that one first.
    guard !broken, Set(indexOfNumber.keys).count == flowchart.steps.count else { return }
    checkReachability(flowchart, known: indexOfNumber, stepsPath: stepsPath, into: &report)
    checkTerminators(flowchart, stepsPath: stepsPath, into: &report)
  }

  /// Reports exits that point nowhere or that do not fit the symbol. Returns whether the flow is broken.
  static func checkExits(_ step: Step, index: Int, in flowchart: Flowchart, known: [Int: Int], path: String, into report: inout ValidationReport) -> Bool {
    var broken = false
    let isDecision = flowchart.effectiveShape(of: index) == .decision
    let written: [(key: String, target: StepTarget?)] = [("next", step.flow.next), ("ya", step.flow.ya), ("tidak", step.flow.tidak)]
    for (key, target) in written {
      guard case .step(let number)? = target, known[number] == nil else { continue }
      broken = true
      let exit = key == "next" ? "goes on" : "'\(key == "ya" ? "Ya" : "Tidak")' goes"
      report.add(
        .modelMissingTarget, "step \(step.nomor) \(exit) to step \(number), which does not exist", at: JSONPath.member(path, key),
        hint: "the steps are numbered \(numberRange(flowchart)); use \"END\" to end the procedure",
        arguments: ["step": String(step.nomor), "exit": key == "next" ? "Lanjut ke" : key == "ya" ? "Jika Ya" : "Jika Tidak", "target": String(number), "range": numberRange(flowchart).replacingOccurrences(of: " to ", with: " sampai ")])
    }
    if isDecision {
      if step.flow.tidak == nil {
        broken = true
        report.add(.modelDecisionMissingExit, "decision step \(step.nomor) has no 'Tidak' exit", at: JSONPath.member(path, "tidak"), hint: "add \"tidak\": the step to go to when the answer is no (often back to an earlier step)", arguments: ["step": String(step.nomor)])
      }
      if step.flow.next != nil {
        report.add(.modelBranchOnNonDecision, "decision step \(step.nomor) has \"next\", which a decision does not use", at: JSONPath.member(path, "next"), hint: "use \"ya\" and \"tidak\"")
      }
      let exits = flowchart.exits(of: index)
      if exits.count == 2, exits[0].target == exits[1].target {
        report.add(.modelDecisionSameExits, "decision step \(step.nomor) goes to \(exits[0].target) on both Ya and Tidak", at: JSONPath.member(path, "tidak"))
      }
    } else if step.hasBranches {
      report.add(.modelBranchOnNonDecision, "step \(step.nomor) is a \(flowchart.effectiveShape(of: index).name) but has Ya/Tidak exits", at: JSONPath.member(path, "shape"), hint: "make it a decision, or use \"next\"")
    }
    return broken
  }

  static func checkReachability(_ flowchart: Flowchart, known: [Int: Int], stepsPath: String, into report: inout ValidationReport) {
    let count = flowchart.steps.count
    var successors = [[Int]](repeating: [], count: count)
    var endsHere = [Bool](repeating: false, count: count)
    for index in 0..<count {
      for exit in flowchart.exits(of: index) {
        switch exit.target {
        case .end: endsHere[index] = true
        case .step(let number): if let target = known[number] { successors[index].append(target) }
        }
      }
    }
    var reached = [Bool](repeating: false, count: count)
    var queue = [0]
    reached[0] = true
    while let current = queue.popLast() {
      for next in successors[current] where !reached[next] {
        reached[next] = true
        queue.append(next)
      }
    }
    for index in 0..<count where !reached[index] {
      let step = flowchart.steps[index]
      report.add(.modelUnreachableStep, "step \(step.nomor) cannot be reached from step \(flowchart.steps[0].nomor)", at: JSONPath.element(stepsPath, index), hint: "point an earlier step's next, ya or tidak at it, or remove it", arguments: ["step": String(step.nomor), "first": String(flowchart.steps[0].nomor)])
    }
    // A step is finished when it can reach END; repeat until nothing changes.
    var finishes = endsHere
    var changed = true
    while changed {
      changed = false
      for index in 0..<count where !finishes[index] && successors[index].contains(where: { finishes[$0] }) {
        finishes[index] = true
        changed = true
      }
    }
    let trapped = (0..<count).filter { reached[$0] && !finishes[$0] }
    if let first = trapped.first {
      let numbers = trapped.map { String(flowchart.steps[$0].nomor) }.joined(separator: ", ")
      let what = trapped.count == 1 ? "step \(numbers) never reaches" : "steps \(numbers) loop without reaching"
      report.add(.modelDeadEnd, "\(what) the end of the procedure", at: JSONPath.element(stepsPath, first), hint: "give the loop an exit that leads on to the last step, e.g. a decision's 'Ya'", arguments: ["steps": numbers])
    }
  }

  /// The flow starts and ends with a capsule (Mulai / Selesai).
  static func checkTerminators(_ flowchart: Flowchart, stepsPath: String, into report: inout ValidationReport) {
    let first = flowchart.effectiveShape(of: 0)
    if first != .terminator {
      report.add(.modelNoTerminator, "the flow starts at step \(flowchart.steps[0].nomor), which is a \(first.name), not a terminator (Mulai)", at: JSONPath.member(JSONPath.element(stepsPath, 0), "shape"), hint: "the first step is drawn as a capsule")
    }
    for index in flowchart.steps.indices where flowchart.exits(of: index).contains(where: { $0.target == .end }) {
      let shape = flowchart.effectiveShape(of: index)
      if shape != .terminator {
        report.add(.modelNoTerminator, "the flow ends at step \(flowchart.steps[index].nomor), which is a \(shape.name), not a terminator (Selesai)", at: JSONPath.member(JSONPath.element(stepsPath, index), "shape"), hint: "a step that ends the procedure is drawn as a capsule")
      }
    }
  }

  static func numberRange(_ flowchart: Flowchart) -> String {
    let numbers = flowchart.steps.map(\.nomor)
    guard let low = numbers.min(), let high = numbers.max() else { return "none" }
    return low == high ? "\(low)" : "\(low) to \(high)"
  }
}
