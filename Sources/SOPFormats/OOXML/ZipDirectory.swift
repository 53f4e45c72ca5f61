import Foundation
import ZIPFoundation

/// The central directory of a zip package, read from its bytes with every offset and size checked
/// against them, and the parts unpacked strictly within their recorded extents.
///
/// ZipPackage reads packages through this rather than ZIPFoundation's `Archive`, whose reading
/// (0.9.20) fails badly on hostile files, each found by `make fuzz` and kept in
/// testdata/hostile/fuzz/: an in-memory archive traps (ending the process, a whole batch included)
/// when the directory points past the end, and leaks when there is no directory; and on Linux a
/// deflate stream that does not end inside the file makes extraction loop forever (and zlib read
/// past the last chunk). Here a stream that wants more than its recorded size is damage.
/// ZIPFoundation still inflates (`Data.decompress`) and checksums.
struct ZipDirectory {
  /// One file in the package.
  struct Record {
    var path: String
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// Where the file's (compressed) data starts in the package.
    var dataStart: Int
  }

  /// A package that cannot be read; `reason` says why, for the diagnostic.
  struct Damage: Error {
    var reason: String
  }

  private(set) var records: [Record] = []
  private let bytes: [UInt8]

  /// Reads the directory of `bytes`.
  /// - Throws: ``Damage`` when there is no directory or it points outside the package.
  init(_ bytes: [UInt8]) throws(Damage) {
    self.bytes = bytes
    // The end-of-central-directory record is the last one in the file (it may be followed by a
    // comment of up to 65,535 bytes).
    let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    guard bytes.count >= 22,
      let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { bytes[$0..<$0 + 4].elementsEqual(signature) })
    else { throw Damage(reason: "it has no zip directory") }
    var count = try number(end + 10, 2)
    var offset = try number(end + 16, 4)
    if count == 0xFFFF || offset == 0xFFFF_FFFF {
      // ZIP64: the locator just before the record gives the ZIP64 end record.
      guard end >= 20, try number(end - 20, 4) == 0x0706_4B50 else { throw Damage(reason: "its ZIP64 directory locator is missing") }
      let record = try number(end - 12, 8)
      guard try number(record, 4) == 0x0606_4B50 else { throw Damage(reason: "its ZIP64 directory record is missing") }
      count = try number(record + 32, 8)
      offset = try number(record + 48, 8)
    }
    records.reserveCapacity(min(count, bytes.count / 46))
    for _ in 0..<count {
      guard try number(offset, 4) == 0x0201_4B50 else { throw Damage(reason: "its zip directory is damaged") }
      let nameLength = try number(offset + 28, 2), extraLength = try number(offset + 30, 2), commentLength = try number(offset + 32, 2)
      let name = try slice(offset + 46, nameLength)
      var sizes = (compressed: try number(offset + 20, 4), uncompressed: try number(offset + 24, 4), header: try number(offset + 42, 4))
      try readZIP64Sizes(extra: offset + 46 + nameLength, length: extraLength, into: &sizes)
      let header = sizes.header
      guard try number(header, 4) == 0x0403_4B50 else { throw Damage(reason: "the part '\(String(decoding: name, as: UTF8.self))' has no local header") }
      let dataStart = header + 30 + (try number(header + 26, 2)) + (try number(header + 28, 2))
      guard dataStart <= bytes.count, sizes.compressed <= bytes.count - dataStart else {
        throw Damage(reason: "the part '\(String(decoding: name, as: UTF8.self))' runs past the end of the file")
      }
      records.append(Record(
        path: String(decoding: name, as: UTF8.self), method: UInt16(try number(offset + 10, 2)), crc32: UInt32(try number(offset + 16, 4)),
        compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed, dataStart: dataStart))
      offset += 46 + nameLength + extraLength + commentLength
    }
  }

  /// The packed bytes of `record`, as they are in the package (to copy them into another).
  func compressed(_ record: Record) -> ArraySlice<UInt8> {
    bytes[record.dataStart..<record.dataStart + record.compressedSize]
  }

  /// The unpacked bytes of `record`, at most `limit` of them.
  /// - Throws: ``Damage`` when the data is damaged, larger than `limit`, or fails its checksum.
  func contents(of record: Record, limit: Int) throws(Damage) -> Data {
    let start = record.dataStart, size = record.compressedSize
    var data = Data()
    let checksum: UInt32
    switch record.method {
    case 0:
      guard size <= limit else { throw Damage(reason: "it is larger than \(limit >> 20) MB") }
      data = Data(bytes[start..<start + size])
      checksum = data.crc32(checksum: 0)
    case 8:
      do {
        checksum = try Data.decompress(
          size: Int64(size), bufferSize: 1 << 16, skipCRC32: false,
          provider: { position, chunk in
            // Never past the part: a stream that needs more than its size is damaged.
            let from = Int(position)
            guard from < size else { throw Damage(reason: "its compressed data ends too early") }
            // Always a full chunk: ZIPFoundation's inflate (Linux) offers zlib `chunk` bytes
            // whatever the length returned. A valid stream ends before the zero padding; a
            // damaged one fails on it or on the next request.
            var piece = Data(bytes[start + from..<start + min(size, from + chunk)])
            if piece.count < chunk { piece.append(Data(count: chunk - piece.count)) }
            return piece
          },
          consumer: { chunk in
            data.append(chunk)
            if data.count > limit { throw Damage(reason: "it is larger than \(limit >> 20) MB") }
          })
      } catch let damage as Damage {
        throw damage
      } catch {
        throw Damage(reason: "its compressed data is damaged")
      }
    default:
      throw Damage(reason: "it uses compression method \(record.method), which Office files never do")
    }
    guard checksum == record.crc32 else { throw Damage(reason: "its checksum (CRC) is wrong: the file is damaged") }
    return data
  }

  /// The little-endian number of `width` bytes at `offset`.
  private func number(_ offset: Int, _ width: Int) throws(Damage) -> Int {
    let field = try slice(offset, width)
    // Eight-byte (ZIP64) values beyond Int.max are no real package's sizes or offsets.
    guard width < 8 || field.last! < 0x80 else { throw Damage(reason: "its zip directory has impossible sizes") }
    return field.reversed().reduce(0) { $0 << 8 | Int($1) }
  }

  private func slice(_ offset: Int, _ length: Int) throws(Damage) -> ArraySlice<UInt8> {
    guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
      throw Damage(reason: "its zip directory points past the end of the file")
    }
    return bytes[offset..<offset + length]
  }

  /// Replaces the sizes and header offset that a ZIP64 extra field carries (those set to 0xFFFFFFFF).
  private func readZIP64Sizes(extra: Int, length: Int, into sizes: inout (compressed: Int, uncompressed: Int, header: Int)) throws(Damage) {
    var field = extra
    while field + 4 <= extra + length {
      let id = try number(field, 2), size = try number(field + 2, 2)
      if id == 0x0001 {
        var next = field + 4
        if sizes.uncompressed == 0xFFFF_FFFF { sizes.uncompressed = try number(next, 8); next += 8 }
        if sizes.compressed == 0xFFFF_FFFF { sizes.compressed = try number(next, 8); next += 8 }
        if sizes.header == 0xFFFF_FFFF { sizes.header = try number(next, 8) }
        return
      }
      field += 4 + size
    }
  }
}
