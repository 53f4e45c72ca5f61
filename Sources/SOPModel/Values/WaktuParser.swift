extension Waktu {
  /// Parses a Waktu cell (sop-ap-format §6.2).
  ///
  /// Accepted: "15 menit", "1 jam", "2 Hari Kerja", "5 \nMenit", "1,5 jam" and "1.5 jam",
  /// "1-2 hari", a bare "10" (unit `impliedUnit`, marked implied), and rates such as
  /// "1 Hari Kerja/ 150 Siswa" (kept with `per`). Anything else keeps its text with no value.
  ///
  /// - Parameters:
  ///   - text: the cell text.
  ///   - impliedUnit: the unit of a bare number; see ``Flowchart/impliedWaktuUnit``.
  /// - Returns: `nil` for an empty cell.
  public static func parse(_ text: String, impliedUnit: WaktuUnit = .menit) -> Waktu? {
    let normalized = normalizeWhitespace(text)
    guard !normalized.isEmpty else { return nil }
    let unparsed = Waktu(raw: text, value: nil, unit: nil)
    var scanner = WaktuScanner(normalized)
    // "± 15 menit", "maks. 2 hari", "kurang lebih 1 jam": the amount is what counts.
    scanner.skipApproximation()

    guard var first = scanner.amount() else { return unparsed }
    scanner.skipSpaces()
    // "1 x 24 jam": a count of periods.
    if scanner.take("x") || scanner.take("×") || scanner.take("X") {
      scanner.skipSpaces()
      guard let period = scanner.amount() else { return unparsed }
      first *= period
      scanner.skipSpaces()
    }
    var from: Double?
    var value = first
    if scanner.take("-") || scanner.take("–") || scanner.takeWord("s/d") || scanner.takeWord("sampai") {
      scanner.skipSpaces()
      guard let upper = scanner.amount(), upper >= first else { return unparsed }
      from = first
      value = upper
      scanner.skipSpaces()
    }
    var unit = scanner.unit()
    scanner.skipSpaces()
    // "3 jam 50 menit": a larger unit and a smaller one of the same family, counted in the smaller.
    if from == nil, let larger = unit, let rest = Self.compoundRest(scanner), rest.unit.family == larger.family, rest.unit.baseAmount < larger.baseAmount {
      value = value * larger.baseAmount / rest.unit.baseAmount + rest.value
      unit = rest.unit
      scanner = rest.scanner
      scanner.skipSpaces()
    }
    var per: String?
    if scanner.take("/") {
      let rest = normalizeWhitespace(String(scanner.rest))
      guard !rest.isEmpty else { return unparsed }
      per = rest
    } else if !scanner.isAtEnd {
      return unparsed
    }
    return Waktu(raw: text, value: value, from: from, unit: unit ?? impliedUnit, per: per, implied: unit == nil)
  }
}

extension Waktu {
  /// After "3 jam": "50 menit" (or "dan 50 menit") and the scanner past it, when that is what follows.
  fileprivate static func compoundRest(_ scanner: WaktuScanner) -> (value: Double, unit: WaktuUnit, scanner: WaktuScanner)? {
    var probe = scanner
    _ = probe.takeWord("dan")
    probe.skipSpaces()
    guard let amount = probe.amount() else { return nil }
    probe.skipSpaces()
    guard let unit = probe.unit() else { return nil }
    return (amount, unit, probe)
  }
}

/// A small cursor over a normalised Waktu text.
private struct WaktuScanner {
  private let characters: [Character]
  private var index = 0

  init(_ text: String) { characters = Array(text) }

  var isAtEnd: Bool { index >= characters.count }
  var rest: ArraySlice<Character> { characters[index...] }

  /// Words and signs before an amount that say it is approximate or a maximum.
  private static let approximations = [
    "kurang lebih", "paling lama", "selambat-lambatnya", "maksimal", "maksimum", "estimasi", "kurleb", "sekitar", "+/-", "maks.", "maks",
    "max.", "max", "±", "≤", "<", "~", "+-", "kl.", "lk.",
  ]

  mutating func skipApproximation() {
    skipSpaces()
    for word in Self.approximations where takeWord(word) {
      skipSpaces()
      return
    }
  }

  mutating func skipSpaces() {
    while index < characters.count, characters[index] == " " { index += 1 }
  }

  mutating func take(_ character: Character) -> Bool {
    guard index < characters.count, characters[index] == character else { return false }
    index += 1
    return true
  }

  mutating func takeWord(_ word: String) -> Bool {
    let wordCharacters = Array(word)
    guard index + wordCharacters.count <= characters.count,
      characters[index..<index + wordCharacters.count].map({ Character($0.lowercased()) }) == wordCharacters
    else { return false }
    index += wordCharacters.count
    return true
  }

  /// Digits with an optional decimal comma or point, or a fraction sign ("½").
  mutating func amount() -> Double? {
    let fractions: [Character: Double] = ["½": 0.5, "¼": 0.25, "¾": 0.75]
    if index < characters.count, let fraction = fractions[characters[index]] {
      index += 1
      return fraction
    }
    let start = index
    var text = ""
    while index < characters.count, characters[index].isASCII, characters[index].isNumber {
      text.append(characters[index])
      index += 1
    }
    guard !text.isEmpty else { return nil }
    if index + 1 < characters.count, characters[index] == "," || characters[index] == ".",
      characters[index + 1].isASCII, characters[index + 1].isNumber
    {
      text.append(".")
      index += 1
      while index < characters.count, characters[index].isASCII, characters[index].isNumber {
        text.append(characters[index])
        index += 1
      }
    }
    guard let value = Double(text) else {
      index = start
      return nil
    }
    return value
  }

  /// A unit word, longest spelling first, followed by the end, a space, a slash or a full stop.
  mutating func unit() -> WaktuUnit? {
    for spelling in WaktuUnit.spellings {
      let start = index
      if takeWord(spelling.text) {
        if isAtEnd || characters[index] == " " || characters[index] == "/" { return spelling.unit }
        if characters[index] == ".", index + 1 == characters.count {
          index += 1
          return spelling.unit
        }
      }
      index = start
    }
    return nil
  }
}
