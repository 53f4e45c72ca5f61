/// The parts of a NOMOR SOP written as a Kemenag official-document number (KMA 9/2016), such as
/// `B-123/Kk.11.30/1/OT.01.3/11/2020` (sop-ap-format §7.3).
///
/// Most SOPs carry a plain serial ("01") or another agency's pattern; those stay free text and
/// ``parse(_:)`` returns `nil`. A number is taken as a naskah number when its last segment is a
/// four-digit year and the one before it a one- or two-digit month; it is then split from the
/// right, because the kode jabatan may itself contain slashes (`SJ/B.IV`, `Kk.11.30/1`).
public struct NomorSOP: Hashable, Sendable {
  /// Security class: "B" (biasa), "R" (rahasia) or "SR" (sangat rahasia), when written.
  public var derajat: String?
  /// The serial number, as written ("123", "08").
  public var urut: String
  /// The office code, possibly with slashes: "Kk.11.30/1", "DJ.I/Set.I".
  public var kodeJabatan: String
  /// The archive classification (kode klasifikasi arsip), such as "OT.01.3", when present.
  public var kka: String?
  /// The month as written (1–12 when valid).
  public var month: Int
  /// The year.
  public var year: Int

  /// Makes a number from its parts.
  public init(derajat: String?, urut: String, kodeJabatan: String, kka: String?, month: Int, year: Int) {
    self.derajat = derajat
    self.urut = urut
    self.kodeJabatan = kodeJabatan
    self.kka = kka
    self.month = month
    self.year = year
  }

  /// Splits a naskah number; `nil` when the text does not have that shape.
  public static func parse(_ text: String) -> NomorSOP? {
    let trimmed = Waktu.normalizeWhitespace(text).replacingOccurrences(" ", with: "/")
    var segments = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard segments.count >= 4, segments.allSatisfy({ !$0.isEmpty }) else { return nil }
    guard let yearText = segments.popLast(), yearText.count == 4, let year = Int(yearText),
      let monthText = segments.popLast(), (1...2).contains(monthText.count), let month = Int(monthText)
    else { return nil }
    var kka: String?
    if let last = segments.last, isKKA(last), segments.count >= 3 {
      kka = segments.removeLast()
    }
    guard segments.count >= 2 else { return nil }
    let head = segments.removeFirst()
    var derajat: String?
    var urut = head
    if let dash = head.firstIndex(of: "-") {
      let prefix = String(head[..<dash])
      if ["B", "R", "SR"].contains(prefix.uppercased()) {
        derajat = prefix
        urut = String(head[head.index(after: dash)...])
      }
    }
    guard !urut.isEmpty, urut.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter || $0 == ".") }) else { return nil }
    return NomorSOP(derajat: derajat, urut: urut, kodeJabatan: segments.joined(separator: "/"), kka: kka, month: month, year: year)
  }

  /// Two capital letters, then dotted digit groups: "OT.01.3", "KP.07.1", "HK.00.8", "OT".
  static func isKKA(_ segment: String) -> Bool {
    let parts = segment.split(separator: ".", omittingEmptySubsequences: false)
    guard let letters = parts.first, letters.count == 2, letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
    return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } } && parts.count >= 2
  }
}
