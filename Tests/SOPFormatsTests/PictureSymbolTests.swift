import Foundation
import SOPModel
import Testing
import ZIPFoundation

@testable import SOPFormats

/// Symbols pasted as pictures are read from their outline (a dark line on a light or transparent
/// ground): the picture is drawn here, as an office's clip art would be, in RGBA and in grey.
@Suite struct PictureSymbolTests {
  /// A PNG of `width` × `height` whose pixels are dark where `ink` says, built with ZIPFoundation's
  /// deflate, a zlib header and an Adler-32 checksum.
  static func png(width: Int, height: Int, grey: Bool = false, ink: (Double, Double) -> Bool) throws -> [UInt8] {
    var raw: [UInt8] = []
    for y in 0..<height {
      raw.append(0)
      for x in 0..<width {
        let dark = ink(Double(x) + 0.5, Double(y) + 0.5)
        raw += grey ? [dark ? 0 : 255] : (dark ? [0, 0, 0, 255] : [255, 255, 255, 0])
      }
    }
    let source = Data(raw)
    var deflated = Data()
    _ = try Data.compress(size: Int64(source.count), bufferSize: 16_384, provider: { position, size in
      source.subdata(in: Int(position)..<min(Int(position) + size, source.count))
    }, consumer: { deflated.append($0) })
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in raw {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    let adler = b << 16 | a
    let idat = [0x78, 0x9C] + [UInt8](deflated) + [UInt8(adler >> 24), UInt8(adler >> 16 & 255), UInt8(adler >> 8 & 255), UInt8(adler & 255)]
    func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
      let length = UInt32(data.count)
      // The readers do not check chunk CRCs; a zero CRC keeps the test small.
      return [UInt8(length >> 24), UInt8(length >> 16 & 255), UInt8(length >> 8 & 255), UInt8(length & 255)] + Array(type.utf8) + data + [0, 0, 0, 0]
    }
    let header: [UInt8] = [0, 0, 0, UInt8(width), 0, 0, 0, UInt8(height), 8, grey ? 0 : 6, 0, 0, 0]
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", idat) + chunk("IEND", [])
  }

  /// The outline, 2 px wide, of a shape given by `inside`.
  static func outline(_ inside: @escaping (Double, Double, Double) -> Bool) -> (Double, Double) -> Bool {
    { x, y in inside(x, y, 0) && !inside(x, y, 2) }
  }

  @Test(arguments: [false, true])
  func eachSymbolIsReadFromItsOutline(_ grey: Bool) throws {
    let (w, h) = (72.0, 40.0)
    let diamond = Self.outline { x, y, m in abs(x - w / 2) / (w / 2 - m - 1) + abs(y - h / 2) / (h / 2 - m - 1) <= 1 }
    let rectangle = Self.outline { x, y, m in x >= m + 1 && x <= w - m - 1 && y >= m + 1 && y <= h - m - 1 }
    let capsule = Self.outline { x, y, m in
      let r = h / 2 - m - 1
      guard y >= m + 1, y <= h - m - 1 else { return false }
      if x >= 1 + m + r && x <= w - 1 - m - r { return true }
      let cx = x < w / 2 ? 1 + m + r : w - 1 - m - r
      return (x - cx) * (x - cx) + (y - h / 2) * (y - h / 2) <= r * r
    }
    #expect(PictureSymbol.shape(ofPNG: try Self.png(width: Int(w), height: Int(h), grey: grey, ink: diamond)) == .decision)
    #expect(PictureSymbol.shape(ofPNG: try Self.png(width: Int(w), height: Int(h), grey: grey, ink: rectangle)) == .process)
    #expect(PictureSymbol.shape(ofPNG: try Self.png(width: Int(w), height: Int(h), grey: grey, ink: capsule)) == .terminator)
  }

  @Test func aTickOrADotIsAPlainMark() throws {
    // A tick: a short stroke down to the lower left, a long one up to the top right.
    let tick = { (x: Double, y: Double) -> Bool in
      let down = abs((y - 20) - (x - 8)) < 2.5 && x >= 8 && x <= 16
      let up = abs((28 - y) - (x - 16) * 1.1) < 2.5 && x >= 16 && x <= 38
      return down || up
    }
    #expect(PictureSymbol.shape(ofPNG: try Self.png(width: 40, height: 40, ink: tick)) == nil)
    let dot = { (x: Double, y: Double) -> Bool in (x - 20) * (x - 20) + (y - 20) * (y - 20) <= 15 * 15 }
    #expect(PictureSymbol.shape(ofPNG: try Self.png(width: 40, height: 40, ink: dot)) == nil)
  }

  @Test func somethingElseIsNoSymbol() throws {
    #expect(PictureSymbol.shape(ofPNG: Array("not a picture".utf8)) == nil)
    #expect(PictureSymbol.shape(ofPNG: try Self.png(width: 20, height: 20) { _, _ in false }) == nil, "a blank picture")
  }
}
