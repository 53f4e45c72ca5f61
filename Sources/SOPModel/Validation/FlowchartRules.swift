/// Rules for one flowchart table: Pelaksana columns, step numbers, activities and symbols
/// (sop-ap-format §4, §5, §11).
enum FlowchartRules {
  static func check(_ flowchart: Flowchart, path: String, into report: inout ValidationReport) {
    let stepsPath = JSONPath.member(path, "steps")
    let actorsPath = JSONPath.member(path, "actors")
    if flowchart.steps.isEmpty || flowchart.pelaksana.isEmpty {
      let missing = flowchart.steps.isEmpty ? "no steps" : "no Pelaksana columns"
      report.add(.modelEmptyFlowchart, "the flowchart has \(missing)", at: flowchart.steps.isEmpty ? stepsPath : actorsPath)
      if flowchart.steps.isEmpty { return }
    }
    checkActors(flowchart, actorsPath: actorsPath, into: &report)
    checkNumbers(flowchart, stepsPath: stepsPath, into: &report)
    for (index, step) in flowchart.steps.enumerated() {
      checkStep(step, index: index, in: flowchart, path: JSONPath.element(stepsPath, index), into: &report)
    }
    FlowGraphRules.check(flowchart, stepsPath: stepsPath, into: &report)
    WaktuRules.check(flowchart, path: path, into: &report)
  }

  static func checkActors(_ flowchart: Flowchart, actorsPath: String, into report: inout ValidationReport) {
    var seen: Set<String> = []
    let used = Set(flowchart.steps.flatMap(\.actors))
    for (index, actor) in flowchart.pelaksana.enumerated() {
      let key = actor.lowercased()
      if seen.contains(key) {
        report.add(.modelDuplicateActor, "Pelaksana '\(actor)' is a column twice", at: JSONPath.element(actorsPath, index), hint: "give each column its own role name")
      }
      seen.insert(key)
      if !used.contains(actor) {
        report.add(.modelUnusedActor, "Pelaksana '\(actor)' has no step", at: JSONPath.element(actorsPath, index), hint: "remove the column, or give it the steps it does")
      }
    }
  }

  static func checkNumbers(_ flowchart: Flowchart, stepsPath: String, into report: inout ValidationReport) {
    var seen: Set<Int> = []
    var expected = 1
    for (index, step) in flowchart.steps.enumerated() {
      let path = JSONPath.member(JSONPath.element(stepsPath, index), "nomor")
      if seen.contains(step.nomor) {
        report.add(.modelDuplicateStep, "step number \(step.nomor) is used twice", at: path, hint: "number the steps 1, 2, 3, … within one flowchart", arguments: ["step": String(step.nomor)])
      } else if step.nomor > expected {
        let skipped = step.nomor - expected == 1 ? "\(expected)" : "\(expected)–\(step.nomor - 1)"
        report.add(.modelStepNumberGap, "step numbers skip \(skipped): step \(step.nomor) follows step \(expected - 1)", at: path)
      }
      seen.insert(step.nomor)
      expected = max(expected, step.nomor + 1)
    }
  }

  static func checkStep(_ step: Step, index: Int, in flowchart: Flowchart, path: String, into report: inout ValidationReport) {
    let kegiatan = step.kegiatan.trimmingCharacters(in: " \t\n")
    if kegiatan.isEmpty {
      report.add(.modelEmptyKegiatan, "step \(step.nomor) has no activity (Kegiatan)", at: JSONPath.member(path, "kegiatan"), arguments: ["step": String(step.nomor)])
    } else if let subject = subjectPrefix(kegiatan, actors: flowchart.pelaksana) {
      report.add(.modelSubjectInActivity, "step \(step.nomor) starts with the actor '\(subject)': activities are written without a subject", at: JSONPath.member(path, "kegiatan"), hint: "start with the verb, e.g. \"Memverifikasi berkas\"; the actor is the Pelaksana column")
    }
    if let actor = step.pelaksana {
      if !flowchart.pelaksana.contains(actor) {
        let closest = EditDistance.closest(to: actor, in: flowchart.pelaksana, limit: 3)
        let hint = closest.map { "did you mean '\($0)'?" } ?? "the Pelaksana columns are: " + flowchart.pelaksana.joined(separator: ", ")
        var arguments = ["step": String(step.nomor), "actor": actor, "columns": flowchart.pelaksana.joined(separator: ", ")]
        arguments["closest"] = closest
        report.add(.modelUnknownActor, "step \(step.nomor): actor '\(actor)' is not one of the Pelaksana columns", at: JSONPath.member(path, "actor"), hint: hint, arguments: arguments)
      }
      for (offset, other) in step.coActors.enumerated() where !flowchart.pelaksana.contains(other) || other == actor {
        let why = other == actor ? "is already the step's main actor" : "is not one of the Pelaksana columns"
        report.add(.modelUnknownActor, "step \(step.nomor): co-actor '\(other)' \(why)", at: JSONPath.element(JSONPath.member(path, "co_actors"), offset), hint: "the Pelaksana columns are: " + flowchart.pelaksana.joined(separator: ", "))
      }
    } else {
      report.add(.modelMissingActor, "step \(step.nomor) has no actor, so its symbol has no column", at: JSONPath.member(path, "actor"), hint: "name one of: " + flowchart.pelaksana.joined(separator: ", "), arguments: ["step": String(step.nomor), "columns": flowchart.pelaksana.joined(separator: ", ")])
    }
    if (step.mutuBaku.output ?? "").trimmingCharacters(in: " \t\n").isEmpty {
      report.add(.modelEmptyOutput, "step \(step.nomor) has no Output", at: JSONPath.member(path, "output"), hint: "Mutu Baku asks what each step produces", arguments: ["step": String(step.nomor)])
    }
    if case .other(let name)? = step.shape {
      report.add(.modelUnsupportedSymbol, "step \(step.nomor) uses the symbol '\(name)', which is not one of the official SOP-AP symbols", at: JSONPath.member(path, "shape"), hint: "use terminator, process or decision (PermenPANRB 35/2012 allows five symbols only)")
    }
  }

  /// The actor name the activity starts with, as a whole word, if any.
  static func subjectPrefix(_ kegiatan: String, actors: [String]) -> String? {
    let lower = kegiatan.lowercased()
    for actor in actors.sorted(by: { $0.count > $1.count }) where !actor.isEmpty {
      let name = actor.lowercased()
      guard lower.hasPrefix(name) else { continue }
      let rest = lower.dropFirst(name.count)
      if rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true { return actor }
    }
    return nil
  }
}
