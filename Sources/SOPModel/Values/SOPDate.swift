/// A calendar day on the form (TGL. PEMBUATAN, REVISI, EFEKTIF), with the text it was read from.
///
/// No time and no time zone, so nothing can shift the day. `day` is `nil` for the parsed part
/// when the text could not be read; then only `raw` is kept.
public struct SOPDate: Hashable, Sendable, Comparable {
  /// The parsed day, or `nil` when `raw` could not be read.
  public var day: Day?
  /// The text as found in the input, or `nil` for a date entered as structured data.
  public var raw: String?

  /// A day of the Gregorian calendar.
  public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a day; returns `nil` for an impossible one (30 Februari, month 13).
    public init?(year: Int, month: Int, day: Int) {
      guard (1...9999).contains(year), (1...12).contains(month),
        (1...Day.daysIn(month: month, year: year)).contains(day)
      else { return nil }
      self.year = year
      self.month = month
      self.day = day
    }

    /// Parses ISO `yyyy-mm-dd`.
    public init?(iso text: String) {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
      else { return nil }
      self.init(year: year, month: month, day: day)
    }

    /// Days in a month, with leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
      switch month {
      case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
      case 4, 6, 9, 11: return 30
      default: return 31
      }
    }

    /// ISO form, `2020-11-09`.
    public var iso: String {
      func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
      }
      return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// The Indonesian long form, "9 November 2020".
    public var indonesian: String {
      "\(day) \(IndonesianMonths.names[month - 1]) \(year)"
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
      (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
  }

  /// Creates a date from its parts.
  public init(day: Day?, raw: String?) {
    self.day = day
    self.raw = raw
  }

  /// What writers print: the Indonesian long form of the day, else the raw text.
  public var display: String {
    day?.indonesian ?? raw ?? ""
  }

  public static func < (lhs: SOPDate, rhs: SOPDate) -> Bool {
    switch (lhs.day, rhs.day) {
    case (let a?, let b?): return a < b
    case (nil, _?): return true
    default: return false
    }
  }
}

/// Indonesian month names and the spellings seen in real documents.
public enum IndonesianMonths {
  /// Januari … Desember.
  public static let names = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]

  /// Accepted abbreviations, older spellings (Pebruari, Nopember) and English names, in lower
  /// case, with their month number. Near misses of the full names are found by edit distance.
  static let alternatives: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "mar": 3, "march": 3, "apr": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "october": 10, "nop": 11, "nov": 11, "nopember": 11,
    "des": 12, "dec": 12, "december": 12,
  ]
}
