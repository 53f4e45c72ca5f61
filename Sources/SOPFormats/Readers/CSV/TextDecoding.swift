/// Turns the bytes of a text file into a string, the way spreadsheet exports arrive.
///
/// Order: a UTF-8 byte-order mark; a UTF-16 LE or BE mark (Excel's "Unicode text"); valid UTF-8;
/// else Windows-1252 (Excel's "CSV" on an Indonesian or English Windows), which every byte
/// sequence decodes as, so that branch reports itself.
enum TextDecoding {
  enum Encoding: String {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
    case windows1252 = "Windows-1252"
  }

  static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8)
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE) }
    if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
    return (String(bytes.map { windows1252Character($0) }), .windows1252)
  }

  private static func utf16<C: Collection<UInt8>>(_ bytes: C, littleEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var iterator = bytes.makeIterator()
    while let first = iterator.next() {
      let second = iterator.next() ?? 0
      units.append(littleEndian ? UInt16(first) | UInt16(second) << 8 : UInt16(first) << 8 | UInt16(second))
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// The characters Windows-1252 puts at 0x80–0x9F; the rest of the code page is Latin-1.
  private static let high: [UInt16] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  private static func windows1252Character(_ byte: UInt8) -> Character {
    let scalar = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt16(byte)
    return Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
  }
}
