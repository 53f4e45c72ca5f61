/// The total duration of a flowchart, when its steps allow one (sop-ap-format §6.3).
public enum WaktuTotal: Hashable, Sendable {
  /// The sum, in the family's smallest unit used ("35 menit", "2 jam 30 menit", "4 hari kerja").
  case total(value: Double, unit: WaktuUnit, text: String)
  /// No step has a Waktu.
  case empty
  /// A total cannot be given without guessing; the reason says why.
  case unavailable(reason: String)

  /// Adds up `durations` (the Waktu of each step; merged cells appear once, covered steps are `nil`).
  ///
  /// Units add up only within one family: menit and jam; hari and minggu; hari kerja alone; bulan
  /// and tahun. A rate, an unparsed text or a second family makes the total unavailable.
  public static func compute(_ durations: [Waktu?]) -> WaktuTotal {
    var family: WaktuUnit.Family?
    var sum = 0.0
    var smallest: WaktuUnit?
    for case let waktu? in durations {
      guard let value = waktu.value, let unit = waktu.unit else {
        return .unavailable(reason: "'\(waktu.display)' is not a duration")
      }
      if waktu.per != nil {
        return .unavailable(reason: "'\(waktu.display)' is a rate, not a duration")
      }
      if let family, family != unit.family {
        return .unavailable(reason: "the steps mix \(describe(family)) and \(describe(unit.family))")
      }
      family = unit.family
      sum += value * unit.baseAmount
      if let current = smallest, current.baseAmount <= unit.baseAmount { continue }
      smallest = unit
    }
    guard let family, let smallest else { return .empty }
    let base = baseUnit(of: family)
    let text = describeTotal(sum, family: family, smallest: smallest)
    return .total(value: sum, unit: base, text: text)
  }

  private static func baseUnit(of family: WaktuUnit.Family) -> WaktuUnit {
    switch family {
    case .clock: return .menit
    case .calendarDays: return .hari
    case .workingDays: return .hariKerja
    case .months: return .bulan
    }
  }

  private static func describe(_ family: WaktuUnit.Family) -> String {
    switch family {
    case .clock: return "minutes/hours"
    case .calendarDays: return "calendar days"
    case .workingDays: return "working days (hari kerja)"
    case .months: return "months/years"
    }
  }

  /// Prints a sum in base units, splitting hours and years when they are whole: "2 jam 30 menit".
  private static func describeTotal(_ sum: Double, family: WaktuUnit.Family, smallest: WaktuUnit) -> String {
    switch family {
    case .clock where smallest == .jam || (sum >= 60 && sum == sum.rounded()):
      let hours = (sum / 60).rounded(.down)
      let minutes = sum - hours * 60
      if minutes == 0 { return Waktu.format(hours, .jam) }
      if hours == 0 { return Waktu.format(minutes, .menit) }
      return Waktu.format(hours, .jam) + " " + Waktu.format(minutes, .menit)
    case .months where sum >= 12 && sum == sum.rounded():
      let years = (sum / 12).rounded(.down)
      let months = sum - years * 12
      return months == 0 ? Waktu.format(years, .tahun) : Waktu.format(years, .tahun) + " " + Waktu.format(months, .bulan)
    default:
      return Waktu.format(sum, baseUnit(of: family))
    }
  }
}
