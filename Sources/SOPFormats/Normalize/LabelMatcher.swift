import Foundation
import SOPModel

/// Matches labels and column headers as people type them (sop-ap-format §12): regardless of case,
/// spacing, line breaks and punctuation, with "&" read as "dan", and near-miss spellings accepted
/// and reported.
struct LabelMatcher<Key: Hashable & Sendable>: Sendable {
  /// A successful match.
  struct Match {
    var key: Key
    /// The synonym a misspelt label was taken for; `nil` when the label matched exactly.
    var typoOf: String?
    /// Whether `typoOf` is set because the label is a wording that means the field on real forms
    /// ("Tanggal Pengesahan"), spelt right, rather than a spelling slip.
    var isWording = false

    /// What to do about a label read as `typoOf`, for the note that says so.
    var typoHint: String {
      isWording ? "write '\(typoOf ?? "")' to make the reading certain" : "correct the spelling in the file to make the reading certain"
    }
  }

  private let exact: [String: Key]
  private let spellings: [(normalized: String, scalars: [Unicode.Scalar], written: String, key: Key)]
  private let prefixKeys: Set<Key>

  /// - Parameters:
  ///   - synonyms: for each key, the labels that mean it, as written on forms.
  ///   - prefixKeys: keys also matched when a synonym starts the label ("Waktu (menit)",
  ///     "Total Waktu Penyelesaian"); only for keys no actor or free label is likely to start with.
  init(_ synonyms: [(Key, [String])], prefixKeys: Set<Key> = []) {
    self.prefixKeys = prefixKeys
    var exact: [String: Key] = [:]
    var spellings: [(String, [Unicode.Scalar], String, Key)] = []
    var noted: [String: String] = [:]
    for (key, labels) in synonyms {
      for label in labels {
        // "~Tanggal Aktif": a wording that means the field on real forms but is not its name;
        // matched, and reported as read as the field's first spelling.
        let isNoted = label.hasPrefix("~")
        let written = isNoted ? String(label.dropFirst()) : label
        let normalized = Self.normalize(written)
        exact[normalized] = key
        if isNoted, let official = labels.first { noted[normalized] = official }
        if !isNoted { spellings.append((normalized, Array(normalized.unicodeScalars), written, key)) }
      }
    }
    self.exact = exact
    self.spellings = spellings
    self.noted = noted
  }

  /// Wordings matched exactly that are reported as read as the field's official spelling.
  private let noted: [String: String]

  /// Lower case, "&" as "dan", every run of punctuation and white space as one space.
  static func normalize(_ label: String) -> String {
    var words: [String] = []
    var word = ""
    for character in label.lowercased().replacingOccurrences(of: "&", with: " dan ") {
      if character.isLetter || character.isNumber {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.joined(separator: " ")
  }

  /// The key `label` names: exactly after normalising, or within one edit (two for long labels)
  /// of a synonym of at least six letters; two neighbouring letters swapped ("Kegaitan") count as
  /// one edit, like a letter missing or doubled.
  func match(_ label: String) -> Match? {
    // Labels and headers are short; a long cell is content, and matching it is wasted time.
    guard label.utf8.count <= 80 else { return nil }
    let normalized = Self.normalize(label)
    guard !normalized.isEmpty else { return nil }
    if let key = exact[normalized] { return Match(key: key, typoOf: noted[normalized], isWording: noted[normalized] != nil) }
    if !prefixKeys.isEmpty {
      let prefix = spellings.filter { prefixKeys.contains($0.key) && normalized.hasPrefix($0.normalized + " ") }
        .max { $0.normalized.count < $1.normalized.count }
      if let prefix { return Match(key: prefix.key, typoOf: nil) }
    }
    let scalars = Array(normalized.unicodeScalars)
    guard scalars.count >= 6 else { return nil }
    let allowed = scalars.count >= 12 ? 2 : 1
    var best: (distance: Int, written: String, key: Key)?
    for spelling in spellings where spelling.scalars.count >= 6 {
      guard let distance = EditDistance.within(scalars, spelling.scalars, limit: allowed, transpositions: true) else { continue }
      if distance < (best?.distance ?? Int.max) { best = (distance, spelling.written, spelling.key) }
    }
    return best.map { Match(key: $0.key, typoOf: $0.written) }
  }

  /// For a label that names no key: the spelling of `key` it comes closest to, for a "did you
  /// mean" when a column the table needs is missing. Looser than ``match(_:)`` (up to a third of
  /// the spelling's letters, at most three), since it only suggests.
  func closest(_ label: String, to key: Key) -> (written: String, distance: Int)? {
    guard label.utf8.count <= 80 else { return nil }
    let scalars = Array(Self.normalize(label).unicodeScalars)
    guard !scalars.isEmpty else { return nil }
    var best: (written: String, distance: Int)?
    for spelling in spellings where spelling.key == key {
      let allowed = min(3, spelling.scalars.count / 3)
      guard allowed > 0, let distance = EditDistance.within(scalars, spelling.scalars, limit: allowed, transpositions: true) else { continue }
      if distance < (best?.distance ?? Int.max) { best = (spelling.written, distance) }
    }
    return best
  }
}
