import CLibFuzzer
import Foundation
import ZIPFoundation

/// A structure-aware mutator for the zip formats (DOCX, XLSX).
///
/// Byte mutations of a zip package almost always break a CRC or a deflate stream, so the readers
/// would refuse nearly every input at the zip layer and the XML and table code behind it would
/// never see a mutated part. This mutator unpacks the package, lets libFuzzer mutate one part's
/// plain bytes and packs the parts again, stored, with correct checksums. One mutation in eight
/// stays a raw byte mutation of the package, to keep fuzzing the zip layer itself.
///
/// Only stored packages are unpacked (run.sh adds a stored copy of every seed): ZIPFoundation's
/// inflate loops forever on a deflate stream cut short by the end of the file, the hang that
/// ZipDirectory avoids in the readers.
public enum ZipMutator {
  /// Parts larger than this are not unpacked (the raw mutation is used instead).
  static let maximumPartSize = 4 << 20

  /// Mutates the package at `data` in place and returns its new size (at most `maxSize`).
  public static func mutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    var random = SplitMix64(seed: UInt64(seed))
    guard random.next() % 8 != 0, var parts = unpack(Data(bytes: data, count: size)), !parts.isEmpty else {
      return LLVMFuzzerMutate(data, size, maxSize)
    }
    let index = Int(random.next() % UInt64(parts.count))
    var bytes = parts[index].bytes
    let used = bytes.count
    let room = max(2 * used, used + 4096)
    bytes += [UInt8](repeating: 0, count: room - used)
    let newSize = bytes.withUnsafeMutableBufferPointer { LLVMFuzzerMutate($0.baseAddress!, used, room) }
    parts[index].bytes = Array(bytes.prefix(newSize))
    guard let packed = pack(parts), packed.count <= maxSize else {
      return LLVMFuzzerMutate(data, size, maxSize)
    }
    packed.copyBytes(to: data, count: packed.count)
    return packed.count
  }

  /// The files in a zip package, in order, or `nil` when it cannot be unpacked.
  static func unpack(_ package: Data) -> [(path: String, bytes: [UInt8])]? {
    // Through a file, as ZipPackage does: ZIPFoundation's in-memory reading traps on damaged zips.
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-fuzz-\(getpid()).zip")
    defer { try? FileManager.default.removeItem(at: url) }
    let archive: Archive
    do {
      try package.write(to: url)
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      return nil
    }
    var parts: [(path: String, bytes: [UInt8])] = []
    for entry in archive where entry.type == .file {
      guard !entry.isCompressed, entry.uncompressedSize <= maximumPartSize else { return nil }
      var bytes: [UInt8] = []
      do {
        _ = try archive.extract(entry, skipCRC32: true) { chunk in
          bytes += chunk
          if bytes.count > maximumPartSize { throw CocoaError(.fileReadTooLarge) }
        }
      } catch {
        return nil
      }
      parts.append((entry.path, bytes))
    }
    return parts
  }

  /// A zip package of `parts` (stored, fixed dates), or `nil` when ZIPFoundation refuses one.
  static func pack(_ parts: [(path: String, bytes: [UInt8])]) -> Data? {
    let archive: Archive
    do {
      archive = try Archive(accessMode: .create)
    } catch {
      return nil
    }
    let date = Date(timeIntervalSince1970: 315_532_800)
    for part in parts {
      let bytes = part.bytes
      do {
        try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date, compressionMethod: .none) { position, chunk in
          let start = Int(position)
          return Data(bytes[start..<min(start + chunk, bytes.count)])
        }
      } catch {
        return nil
      }
    }
    return archive.data
  }
}

/// libFuzzer's hook, in every target that links this module (DOCX, XLSX).
@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzerCustomMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
  ZipMutator.mutate(data, size, maxSize, seed)
}

/// A small deterministic generator, so that a mutation depends only on libFuzzer's seed.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
