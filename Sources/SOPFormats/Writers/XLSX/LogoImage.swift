import Foundation
import SOPModel

/// A logo picture for the kop block: PNG or JPEG, with its size read from the file header.
struct LogoImage {
  var bytes: [UInt8]
  var width: Int
  var height: Int

  /// The logo of `kop`, or a diagnostic saying why it cannot be used; `nil, nil` when there is none.
  static func load(_ kop: Kop, folder: String?) -> (LogoImage?, Diagnostic?) {
    if let picture = kop.picture {
      // The logo carried in the SOP, as taken from a legacy document.
      guard let size = dimensions(picture.bytes) else {
        return (nil, Diagnostic(
          .xlsxLogoUnreadable, "the logo carried in the SOP is \(picture.mediaType), not PNG or JPEG; the kop is printed without it",
          at: SourceLocation(file: "sopkit"), hint: "give a PNG logo in the satker config (logo_file)"))
      }
      return (LogoImage(bytes: picture.bytes, width: size.0, height: size.1), nil)
    }
    guard let name = kop.logoFile, !name.isEmpty else { return (nil, nil) }
    let path = name.hasPrefix("/") || folder == nil ? name : folder! + "/" + name
    guard let data = FileManager.default.contents(atPath: path) else {
      return (nil, Diagnostic(.xlsxLogoUnreadable, "the logo '\(name)' cannot be read; the kop is printed without it", at: SourceLocation(file: path), hint: "give the path of a PNG or JPEG file, relative to the SOP file or the satker config"))
    }
    let bytes = [UInt8](data)
    guard let size = dimensions(bytes) else {
      return (nil, Diagnostic(.xlsxLogoUnreadable, "the logo '\(name)' is not a PNG or JPEG picture; the kop is printed without it", at: SourceLocation(file: path), hint: "save the logo as PNG"))
    }
    return (LogoImage(bytes: bytes, width: size.0, height: size.1), nil)
  }

  /// Width and height from a PNG IHDR chunk or a JPEG SOF marker.
  static func dimensions(_ b: [UInt8]) -> (Int, Int)? {
    if b.count > 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
      let w = Int(b[16]) << 24 | Int(b[17]) << 16 | Int(b[18]) << 8 | Int(b[19])
      let h = Int(b[20]) << 24 | Int(b[21]) << 16 | Int(b[22]) << 8 | Int(b[23])
      return w > 0 && h > 0 ? (w, h) : nil
    }
    guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
    var i = 2
    while i + 9 < b.count {
      guard b[i] == 0xFF else { return nil }
      let marker = b[i + 1]
      let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
      if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
        let h = Int(b[i + 5]) << 8 | Int(b[i + 6]), w = Int(b[i + 7]) << 8 | Int(b[i + 8])
        return w > 0 && h > 0 ? (w, h) : nil
      }
      i += 2 + length
    }
    return nil
  }
}
