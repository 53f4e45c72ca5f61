// The step-level part of the JSON reader: steps, exits, Waktu and merged-cell spans.

extension SOPJSON {
  static func decodeStep(_ value: JSONValue, _ path: String, _ context: inout JSONDecodingContext) -> Step? {
    guard let m = context.object(value, path, keys: Keys.step, required: Keys.stepRequired) else { return nil }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    guard let nomor = context.integer(m["nomor"], at("nomor"), minimum: 1) else { return nil }
    var shape: Shape?
    if let name = context.optionalString(m["shape"], at("shape")) {
      shape = Shape(name: name)
    }
    var labels: Step.DecisionLabels?
    if let l = context.object(m["labels"], at("labels"), keys: Keys.labels, required: Keys.labels),
      let ya = context.string(l["ya"], JSONPath.member(at("labels"), "ya")),
      let tidak = context.string(l["tidak"], JSONPath.member(at("labels"), "tidak"))
    {
      labels = Step.DecisionLabels(ya: ya, tidak: tidak)
    }
    let flow = Step.Flow(
      next: decodeTarget(m["next"], at("next"), &context),
      ya: decodeTarget(m["ya"], at("ya"), &context),
      tidak: decodeTarget(m["tidak"], at("tidak"), &context),
      labels: labels)
    let waktu: Waktu? = m["waktu"] == .null ? nil : decodeWaktu(m["waktu"], at("waktu"), &context)
    let mutuBaku = Step.MutuBaku(
      kelengkapan: context.optionalString(m["kelengkapan"], at("kelengkapan")),
      waktu: waktu,
      output: context.optionalString(m["output"], at("output")))
    return Step(
      nomor: nomor,
      kegiatan: context.string(m["kegiatan"], at("kegiatan")) ?? "",
      pelaksana: context.optionalString(m["actor"], at("actor")),
      coActors: context.stringList(m["co_actors"], at("co_actors")),
      shape: shape,
      flow: flow,
      mutuBaku: mutuBaku,
      keterangan: context.optionalString(m["keterangan"], at("keterangan")),
      spans: decodeSpans(m["spans"], at("spans"), &context))
  }

  static func decodeTarget(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> StepTarget? {
    switch value {
    case nil: return nil
    case .string("END")?: return .end
    case .number?: return context.integer(value, path, minimum: 1).map(StepTarget.step)
    case let other?:
      context.wrongType(other, expected: "a step number or \"END\"", path, hint: "omit the key to go to the next step in the table")
      return nil
    }
  }

  static func decodeSpans(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> [Step.SpanColumn: Int] {
    let keys = Step.SpanColumn.allCases.map(\.rawValue)
    guard let m = context.object(value, path, keys: keys, required: []) else { return [:] }
    var spans: [Step.SpanColumn: Int] = [:]
    for column in Step.SpanColumn.allCases {
      if let rows = context.integer(m[column.rawValue], JSONPath.member(path, column.rawValue), minimum: 2) {
        spans[column] = rows
      }
    }
    return spans
  }

  static func decodeWaktu(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> Waktu? {
    // Hand-written shorthand: "15 menit", or {"raw": "15 menit"}; sopkit reads the text itself.
    if case .string(let text)? = value { return Waktu.parse(text) ?? Waktu(raw: text, value: nil, unit: nil) }
    if case .object(let members)? = value, members.count == 1, members[0].key == "raw", case .string(let text) = members[0].value {
      return Waktu.parse(text) ?? Waktu(raw: text, value: nil, unit: nil)
    }
    guard let m = context.object(value, path, keys: Keys.waktu, required: Keys.waktuRequired) else { return nil }
    func at(_ key: String) -> String { JSONPath.member(path, key) }
    guard let raw = context.string(m["raw"], at("raw")) else { return nil }
    let unit = m["unit"] == .null ? nil : context.choice(m["unit"], at("unit"), WaktuUnit.allCases.map(\.rawValue)).flatMap(WaktuUnit.init(rawValue:))
    var implied = false
    if let flag = m["implied"] {
      if flag == .bool(true) {
        implied = true
      } else {
        context.report(.jsonBadValue, "\"implied\" is either true or left out", at: at("implied"))
      }
    }
    return Waktu(
      raw: raw,
      value: decodeAmount(m["value"], at("value"), &context),
      from: m["from"].flatMap { decodeAmount($0, at("from"), &context) },
      unit: unit,
      per: m["per"].flatMap { context.string($0, at("per")) },
      implied: implied)
  }

  static func decodeAmount(_ value: JSONValue?, _ path: String, _ context: inout JSONDecodingContext) -> Double? {
    switch value {
    case nil, .null?: return nil
    case .number(let number)? where number >= 0: return number
    case .number?:
      context.report(.jsonBadValue, "a duration cannot be negative", at: path)
      return nil
    case let other?:
      context.wrongType(other, expected: "a number or null", path, hint: "the text as written goes in \"raw\"")
      return nil
    }
  }
}
