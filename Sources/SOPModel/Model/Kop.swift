/// The unit block on the left of the identity page: logo and kop lines (sop-ap-format §3, §7.2).
public struct Kop: Hashable, Sendable {
  /// Which logo to print.
  public enum Logo: String, Hashable, Sendable, CaseIterable {
    /// The Kementerian Agama logo (every Kemenag unit except documents signed by the Minister).
    case kemenag
    /// The regional government's emblem.
    case pemda
    /// An image named by `logoFile`.
    case custom
    /// No logo.
    case none
  }

  public var logo: Logo
  /// The image for `custom`, relative to the SOP file.
  public var logoFile: String?
  /// Kop text, top to bottom: "KEMENTERIAN AGAMA REPUBLIK INDONESIA", ….
  public var lines: [String]
  /// The logo picture itself, as taken from a legacy document (used before `logoFile`).
  public var picture: Picture?
  /// Street address line.
  public var alamat: String?
  /// Telephone, website and e-mail line.
  public var kontak: String?

  /// Creates a kop.
  public init(logo: Logo = .none, logoFile: String? = nil, picture: Picture? = nil, lines: [String] = [], alamat: String? = nil, kontak: String? = nil) {
    self.logo = logo
    self.logoFile = logoFile
    self.picture = picture
    self.lines = lines
    self.alamat = alamat
    self.kontak = kontak
  }
}
