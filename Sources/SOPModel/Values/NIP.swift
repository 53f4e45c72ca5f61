/// A civil servant's Nomor Induk Pegawai: 18 digits that embed the birth date, the TMT CPNS
/// (year and month of appointment), the gender and a serial number.
///
/// Layout: `YYYYMMDD YYYYMM G NNN`, printed in those four groups as officials write it
/// ("19780312 200501 1 004").
public struct NIP: Hashable, Sendable, CustomStringConvertible {
  /// The 18 digits without spaces.
  public let digits: String

  /// What is wrong with a NIP text; the NIP is still kept as written.
  public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
    case notDigits(String)
    case wrongLength(Int)
    case badBirthDate(String)
    case badAppointment(String)
    case badGender(Character)
    case zeroSerial

    public var description: String {
      switch self {
      case .notDigits(let found): return "it contains '\(found)'; a NIP has digits only"
      case .wrongLength(let count): return "it has \(count) digits; a NIP has 18"
      case .badBirthDate(let reason): return "digits 1–8 should be the birth date (YYYYMMDD), but \(reason)"
      case .badAppointment(let reason): return "digits 9–14 should be the TMT CPNS year and month (YYYYMM), but \(reason)"
      case .badGender(let digit): return "digit 15 should be the gender (1 = laki-laki, 2 = perempuan), but it is \(digit)"
      case .zeroSerial: return "digits 16–18 (the serial number) are 000"
      }
    }
  }

  /// Reads a NIP, allowing spaces, dots and a leading "NIP." / "NIP:".
  /// - Returns: the NIP, or the first problem found.
  public static func parse(_ text: String) -> Swift.Result<NIP, Problem> {
    var body = Substring(Waktu.normalizeWhitespace(text))
    if body.lowercased().hasPrefix("nip") {
      body = body.dropFirst(3).drop { $0 == "." || $0 == ":" || $0 == " " }
    }
    let digits = body.filter { $0 != " " && $0 != "." && $0 != "-" }
    if let bad = digits.first(where: { !($0.isASCII && $0.isNumber) }) {
      return .failure(.notDigits(String(bad)))
    }
    guard digits.count == 18 else { return .failure(.wrongLength(digits.count)) }
    let d = Array(digits)
    func number(_ range: Range<Int>) -> Int { Int(String(d[range])) ?? -1 }

    let birthYear = number(0..<4)
    guard (1900...2100).contains(birthYear), let birth = SOPDate.Day(year: birthYear, month: number(4..<6), day: number(6..<8)) else {
      return .failure(.badBirthDate("\(String(d[0..<8])) is not a date"))
    }
    let tmtYear = number(8..<12)
    let tmtMonth = number(12..<14)
    guard (1...12).contains(tmtMonth) else {
      return .failure(.badAppointment("the month is \(String(d[12..<14]))"))
    }
    guard tmtYear >= birth.year + 18 else {
      return .failure(.badAppointment("\(tmtYear) is less than 18 years after the birth year \(birth.year)"))
    }
    guard tmtYear <= birth.year + 60 else {
      return .failure(.badAppointment("\(tmtYear) is more than 60 years after the birth year \(birth.year)"))
    }
    guard d[14] == "1" || d[14] == "2" else { return .failure(.badGender(d[14])) }
    guard number(15..<18) != 0 else { return .failure(.zeroSerial) }
    return .success(NIP(digits: String(digits)))
  }

  private init(digits: String) {
    self.digits = digits
  }

  /// The birth date in digits 1–8.
  public var birthDate: SOPDate.Day? {
    let d = Array(digits)
    return SOPDate.Day(year: Int(String(d[0..<4])) ?? 0, month: Int(String(d[4..<6])) ?? 0, day: Int(String(d[6..<8])) ?? 0)
  }

  /// Year and month of appointment (TMT CPNS), digits 9–14.
  public var appointment: (year: Int, month: Int) {
    let d = Array(digits)
    return (Int(String(d[8..<12])) ?? 0, Int(String(d[12..<14])) ?? 0)
  }

  /// Whether digit 15 says perempuan (2) rather than laki-laki (1).
  public var isFemale: Bool { digits.dropFirst(14).first == "2" }

  /// Grouped as officials write it: "19780312 200501 1 004".
  public var formatted: String {
    let d = Array(digits)
    return String(d[0..<8]) + " " + String(d[8..<14]) + " " + String(d[14]) + " " + String(d[15..<18])
  }

  public var description: String { formatted }
}
