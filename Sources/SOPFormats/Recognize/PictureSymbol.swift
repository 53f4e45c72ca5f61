import Foundation
import SOPModel
import ZIPFoundation

/// Which flowchart symbol a picture pasted in an actor cell shows, read from its outline: a
/// diamond leaves the top of its box empty but for the middle, a capsule leaves the corners empty,
/// a rectangle's outline runs into its corners. PNG pictures only (8-bit, not interlaced); for
/// anything else the symbol stays a guess.
enum PictureSymbol {
  /// The symbol `png` shows, or `nil` when the picture cannot be read or shows none of the three.
  static func shape(ofPNG png: [UInt8]) -> Shape? {
    guard let image = Ink(png: png), let box = image.box, box.width >= 8, box.height >= 6 else { return nil }
    // Where the outline lies a little below the top, at the middle and a little above the bottom.
    func band(_ share: Int) -> (span: Double, centre: Double)? {
      let row = box.top + min(box.height - 1, max(1, box.height * share / 100))
      guard let (first, last) = image.extent(row: row, from: box.left, to: box.right) else { return nil }
      return (Double(last - first + 1) / Double(box.width), (Double(first + last) / 2 - Double(box.left)) / Double(box.width))
    }
    guard let top = band(15), let middle = band(50), let bottom = band(85) else { return nil }
    // A diamond: narrow and centred at top and bottom, widest in the middle.
    if top.span < 0.55, bottom.span < 0.55, middle.span > 0.85, abs(top.centre - 0.5) < 0.1, abs(bottom.centre - 0.5) < 0.1 {
      return .decision
    }
    // A capsule or a rectangle is wider than high and spans the box at top and bottom; anything
    // else (a tick, a dot, a star) is a plain mark.
    guard Double(box.width) >= 1.2 * Double(box.height), top.span >= 0.55, bottom.span >= 0.55, middle.span > 0.85 else { return nil }
    // The top-left corner region: a rectangle's outline passes through it.
    let corner = max(1, min(box.width, box.height) / 10)
    let inked = (box.top..<(box.top + corner)).contains { row in image.hasInk(row: row, from: box.left, to: box.left + corner) }
    return inked ? .process : .terminator
  }

  /// The dark, opaque pixels of a decoded PNG.
  private struct Ink {
    let width: Int, height: Int
    private var dark: [Bool]

    var box: (left: Int, top: Int, right: Int, bottom: Int, width: Int, height: Int)? {
      var left = width, top = height, right = -1, bottom = -1
      for y in 0..<height {
        for x in 0..<width where dark[y * width + x] {
          left = min(left, x); right = max(right, x); top = min(top, y); bottom = max(bottom, y)
        }
      }
      guard right >= left, bottom >= top else { return nil }
      return (left, top, right, bottom, right - left + 1, bottom - top + 1)
    }

    func extent(row: Int, from: Int, to: Int) -> (Int, Int)? {
      guard row < height, let first = (from...to).first(where: { dark[row * width + $0] }),
        let last = (from...to).last(where: { dark[row * width + $0] })
      else { return nil }
      return (first, last)
    }

    func hasInk(row: Int, from: Int, to: Int) -> Bool {
      row < height && (from..<min(to, width)).contains { dark[row * width + $0] }
    }

    init?(png bytes: [UInt8]) {
      guard bytes.count > 33, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
      func int(_ at: Int) -> Int { Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
      var offset = 8
      var header: (width: Int, height: Int, depth: UInt8, colour: UInt8, interlace: UInt8)?
      var palette: [UInt8] = [], alphas: [UInt8] = [], compressed: [UInt8] = []
      while offset + 8 <= bytes.count {
        let length = int(offset), type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
        let start = offset + 8, end = start + length
        guard length >= 0, end + 4 <= bytes.count else { return nil }
        switch type {
        case "IHDR" where length >= 13: header = (int(start), int(start + 4), bytes[start + 8], bytes[start + 9], bytes[start + 12])
        case "PLTE": palette = Array(bytes[start..<end])
        case "tRNS": alphas = Array(bytes[start..<end])
        case "IDAT": compressed += bytes[start..<end]
        default: break
        }
        if type == "IEND" { break }
        offset = end + 4
      }
      // Small pictures only: a symbol pasted in a cell, not a page scan.
      guard let header, header.depth == 8, header.interlace == 0, (1...2_000).contains(header.width), (1...2_000).contains(header.height) else { return nil }
      let channels: Int
      switch header.colour {
      case 0: channels = 1
      case 2: channels = 3
      case 3: channels = 1
      case 4: channels = 2
      case 6: channels = 4
      default: return nil
      }
      let stride = header.width * channels
      // The IDAT data is a zlib stream: a 2-byte header, raw deflate, a 4-byte checksum.
      guard compressed.count > 6 else { return nil }
      let deflated = Data(compressed[2..<(compressed.count - 4)])
      var inflated = Data()
      let expected = (stride + 1) * header.height
      do {
        _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 64 * 1024, skipCRC32: true, provider: { position, size in
          deflated.subdata(in: Int(position)..<min(Int(position) + size, deflated.count))
        }, consumer: { chunk in
          guard inflated.count + chunk.count <= expected else { throw CocoaError(.fileReadCorruptFile) }
          inflated.append(chunk)
        })
      } catch {
        return nil
      }
      guard inflated.count == expected else { return nil }
      let raw = [UInt8](inflated)
      // Undo the row filters (None, Sub, Up, Average, Paeth).
      var pixels = [UInt8](repeating: 0, count: stride * header.height)
      for y in 0..<header.height {
        let filter = raw[y * (stride + 1)]
        for x in 0..<stride {
          let value = Int(raw[y * (stride + 1) + 1 + x])
          let a = x >= channels ? Int(pixels[y * stride + x - channels]) : 0
          let b = y > 0 ? Int(pixels[(y - 1) * stride + x]) : 0
          let c = x >= channels && y > 0 ? Int(pixels[(y - 1) * stride + x - channels]) : 0
          let predicted: Int
          switch filter {
          case 1: predicted = a
          case 2: predicted = b
          case 3: predicted = (a + b) / 2
          case 4:
            let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
            predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
          default: predicted = 0
          }
          pixels[y * stride + x] = UInt8((value + predicted) & 0xFF)
        }
      }
      width = header.width
      height = header.height
      dark = (0..<(header.width * header.height)).map { index in
        let p = index * channels
        let (red, green, blue, alpha): (Int, Int, Int, Int)
        switch header.colour {
        case 0: (red, green, blue, alpha) = (Int(pixels[p]), Int(pixels[p]), Int(pixels[p]), 255)
        case 2: (red, green, blue, alpha) = (Int(pixels[p]), Int(pixels[p + 1]), Int(pixels[p + 2]), 255)
        case 3:
          let entry = Int(pixels[p])
          guard entry * 3 + 2 < palette.count else { return false }
          (red, green, blue) = (Int(palette[entry * 3]), Int(palette[entry * 3 + 1]), Int(palette[entry * 3 + 2]))
          alpha = entry < alphas.count ? Int(alphas[entry]) : 255
        case 4: (red, green, blue, alpha) = (Int(pixels[p]), Int(pixels[p]), Int(pixels[p]), Int(pixels[p + 1]))
        default: (red, green, blue, alpha) = (Int(pixels[p]), Int(pixels[p + 1]), Int(pixels[p + 2]), Int(pixels[p + 3]))
        }
        return alpha > 128 && (red * 299 + green * 587 + blue * 114) / 1000 < 110
      }
    }
  }
}
