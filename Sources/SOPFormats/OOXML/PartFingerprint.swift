/// A short fingerprint of a part's bytes (64-bit FNV-1a), so that a reader can tell whether a part
/// is still byte for byte what sopkit wrote without reading it.
enum PartFingerprint {
  static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
