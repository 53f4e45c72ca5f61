/// Levenshtein distance, for near-miss month names and "did you mean" hints.
public enum EditDistance {
  /// The number of single-character insertions, deletions and substitutions that turn `a` into `b`.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The distance between `a` and `b` when it is at most `limit`, else nil. Stops as soon as no
  /// alignment can stay within the limit, so a long mismatch costs little (label matching runs on
  /// every cell of a document).
  /// - Parameter transpositions: count two neighbouring letters typed the wrong way round
  ///   ("Kegaitan") as one edit, as a person sees it, rather than two (optimal string alignment).
  @inlinable public static func within<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int, transpositions: Bool = false) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if transpositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = Swift.min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
        smallest = Swift.min(smallest, value)
      }
      // A transposition in the next row builds on the row before this one, yet never costs less
      // than this row's smallest value: stopping here stays exact.
      if smallest > limit { return nil }
      swap(&beforePrevious, &previous)
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// The candidate closest to `word` (case-insensitive), if it is within `limit` edits.
  public static func closest(to word: String, in candidates: [String], limit: Int = 2) -> String? {
    let lower = word.lowercased()
    var best: (distance: Int, candidate: String)?
    for candidate in candidates {
      let distance = between(lower, candidate.lowercased())
      if distance <= limit, distance < (best?.distance ?? Int.max) { best = (distance, candidate) }
    }
    return best?.candidate
  }
}
