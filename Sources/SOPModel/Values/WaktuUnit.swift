/// A unit of step duration (sop-ap-format §6.2).
public enum WaktuUnit: String, Sendable, Hashable, CaseIterable {
  case detik
  case menit
  case jam
  case hari
  case hariKerja = "hari_kerja"
  case minggu
  case bulan
  case tahun

  /// Units that can be added together. Working days never mix with calendar days or hours.
  public enum Family: Sendable, Hashable {
    case clock, calendarDays, workingDays, months
  }

  /// The family this unit belongs to.
  public var family: Family {
    switch self {
    case .detik, .menit, .jam: return .clock
    case .hari, .minggu: return .calendarDays
    case .hariKerja: return .workingDays
    case .bulan, .tahun: return .months
    }
  }

  /// How many of the family's smallest unit this unit is (1 jam = 60 menit, 1 minggu = 7 hari).
  public var baseAmount: Double {
    switch self {
    case .detik: return 1.0 / 60
    case .menit, .hari, .hariKerja, .bulan: return 1
    case .jam: return 60
    case .minggu: return 7
    case .tahun: return 12
    }
  }

  /// The words as printed on the form: "menit", "hari kerja".
  public var label: String {
    switch self {
    case .hariKerja: return "hari kerja"
    default: return rawValue
    }
  }

  /// Spellings accepted in input, longest first so that "hari kerja" wins over "hari".
  static let spellings: [(text: String, unit: WaktuUnit)] = [
    ("hari kerja", .hariKerja), ("menit", .menit), ("minggu", .minggu), ("bulan", .bulan),
    ("tahun", .tahun), ("hari", .hari), ("mnt", .menit), ("jam", .jam), ("hk", .hariKerja), ("detik", .detik), ("dtk", .detik), ("seconds", .detik), ("minutes", .menit),
    ("minute", .menit), ("mins", .menit), ("min", .menit), ("hours", .jam), ("hour", .jam), ("days", .hari), ("hr", .hari),
  ]
}
