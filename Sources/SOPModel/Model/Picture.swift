/// A picture carried inside the SOP, such as the unit's logo taken from a legacy document, so that
/// a migrated SOP is self-contained (sop-ap-format §13).
public struct Picture: Hashable, Sendable {
  /// "image/png", "image/jpeg", "image/gif", "image/x-emf", "image/x-wmf", ….
  public var mediaType: String
  /// The file's bytes as they were in the source document.
  public var bytes: [UInt8]

  /// Creates a picture.
  public init(mediaType: String, bytes: [UInt8]) {
    self.mediaType = mediaType
    self.bytes = bytes
  }

  /// The media type of a picture file named `name` ("image1.png"), from its extension.
  public static func mediaType(forName name: String) -> String {
    let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
    switch ext {
    case "png": return "image/png"
    case "jpg", "jpeg", "jpe": return "image/jpeg"
    case "gif": return "image/gif"
    case "bmp": return "image/bmp"
    case "emf": return "image/x-emf"
    case "wmf": return "image/x-wmf"
    case "tif", "tiff": return "image/tiff"
    case "svg": return "image/svg+xml"
    default: return "application/octet-stream"
    }
  }
}
