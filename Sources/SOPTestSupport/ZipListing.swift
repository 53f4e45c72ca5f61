/// The member names of a zip file, read from its central directory, for tests that check what a
/// zip holds without unpacking it.
public enum ZipListing {
  /// The names in central-directory order; empty when `bytes` is no zip.
  public static func names(_ bytes: [UInt8]) -> [String] {
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    guard bytes.count >= 22,
      let end = stride(from: bytes.count - 22, through: 0, by: -1).first(where: { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 5 && bytes[$0 + 3] == 6 })
    else { return [] }
    var names: [String] = [], at = u32(end + 16)
    for _ in 0..<u16(end + 10) {
      guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { break }
      let length = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32)
      guard at + 46 + length <= bytes.count else { break }
      names.append(String(decoding: bytes[(at + 46)..<(at + 46 + length)], as: UTF8.self))
      at += 46 + length + extra + comment
    }
    return names
  }
}
