import Foundation
import ZIPFoundation

/// Writes a zip package in memory, entry by entry, the same bytes every time: one fixed date
/// (1980-01-01), no extra fields, the order given. An entry is either deflated here or copied
/// as it is, already compressed, from another package (``ZipDirectory``), which saves inflating and
/// deflating again the parts of libxlsxwriter's workbook that the drawing does not touch.
struct ZipWriter {
  private(set) var bytes: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// A zip date and time field for 1980-01-01 00:00.
  private static let dosTime: UInt16 = 0
  private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

  /// Deflates `data` and adds it as `path`.
  mutating func add(_ path: String, data: Data) throws {
    var packed = Data()
    let crc = try Data.compress(
      size: Int64(data.count), bufferSize: 1 << 16,
      provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
      consumer: { packed.append($0) })
    add(path, method: 8, crc: crc, compressed: ArraySlice(packed), uncompressedSize: data.count)
  }

  /// Adds `compressed`, already packed by `method` (0 stored, 8 deflated), as `path`.
  mutating func add(_ path: String, method: UInt16, crc: UInt32, compressed: ArraySlice<UInt8>, uncompressedSize: Int) {
    let name = Array(path.utf8)
    let offset = bytes.count
    // Local header: version 2.0, flag bit 11 (UTF-8 names), method, date, CRC, sizes, name.
    Self.append32(&bytes, 0x0403_4B50)
    Self.append16(&bytes, 20, 0x0800, method, Self.dosTime, Self.dosDate)
    Self.append32(&bytes, crc, UInt32(compressed.count), UInt32(uncompressedSize))
    Self.append16(&bytes, UInt16(name.count), 0)
    bytes += name
    bytes += compressed
    // Its central directory record.
    Self.append32(&directory, 0x0201_4B50)
    Self.append16(&directory, 20, 20, 0x0800, method, Self.dosTime, Self.dosDate)
    Self.append32(&directory, crc, UInt32(compressed.count), UInt32(uncompressedSize))
    // Name length, extra and comment lengths, disk number, internal and external attributes.
    Self.append16(&directory, UInt16(name.count), 0, 0, 0, 0)
    Self.append32(&directory, 0, UInt32(offset))
    directory += name
    count += 1
  }

  /// The finished package: the entries, their directory and its end record.
  func finished() -> [UInt8] {
    var out = bytes
    let start = out.count
    out += directory
    Self.append32(&out, 0x0605_4B50)
    Self.append16(&out, 0, 0, UInt16(count), UInt16(count))
    Self.append32(&out, UInt32(directory.count), UInt32(start))
    Self.append16(&out, 0)
    return out
  }

  private static func append16(_ out: inout [UInt8], _ values: UInt16...) {
    for value in values { out += [UInt8(value & 0xFF), UInt8(value >> 8)] }
  }

  private static func append32(_ out: inout [UInt8], _ values: UInt32...) {
    for value in values { out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)] }
  }
}
