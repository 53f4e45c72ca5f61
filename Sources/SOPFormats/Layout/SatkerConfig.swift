import Foundation
import SOPModel

/// An office's own settings (a "satker config" JSON file): kop lines, logo, paper and the usual
/// signer, applied where an SOP leaves them empty. Examples: Templates/kop/kemenag.json and
/// Templates/kop/pemda.json.
public struct SatkerConfig: Sendable, Equatable {
  public var kop = Kop()
  public var paper: PageSetup.Paper?
  public var pengesahan = Pengesahan()
  /// The room between the jabatan line and the name line of DISAHKAN OLEH
  /// (`signature_height_cm`); nil for the default of ``SignatureRoom``.
  public var signature: SignatureRoom?

  public init() {}

  /// Reads a config file; a relative `logo_file` is taken relative to the config file's folder.
  public static func load(_ path: String) throws(ConversionError) -> SatkerConfig {
    let bytes = try InputFile.read(path)
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(bytes))
    } catch {
      throw ConversionError(.invalidInput, Diagnostic(
        .jsonSyntax, "the satker config is not valid JSON: \(error.localizedDescription)", at: SourceLocation(file: path),
        hint: "start from Templates/kop/kemenag.json"))
    }
    guard let root = value as? [String: Any] else {
      throw ConversionError(.invalidInput, Diagnostic(.jsonWrongType, "the satker config must be a JSON object", at: SourceLocation(file: path)))
    }
    let known: Set<String> = ["kop", "paper", "pengesahan", "signature_height_cm", "_petunjuk"]
    if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
      throw ConversionError(.invalidInput, Diagnostic(
        .jsonUnknownKey, "unknown key '\(unknown)' in the satker config", at: SourceLocation(file: path, path: "$.\(unknown)"),
        hint: "allowed: kop, paper, pengesahan, signature_height_cm"))
    }
    var config = SatkerConfig()
    let folder = (path as NSString).deletingLastPathComponent
    if let kop = root["kop"] as? [String: Any] {
      if let logo = kop["logo"] as? String {
        guard let parsed = Kop.Logo(rawValue: logo) else {
          throw ConversionError(.invalidInput, Diagnostic(.jsonBadValue, "logo '\(logo)' is not one of: kemenag, pemda, custom, none", at: SourceLocation(file: path, path: "$.kop.logo")))
        }
        config.kop.logo = parsed
      }
      if let file = kop["logo_file"] as? String {
        config.kop.logoFile = file.hasPrefix("/") || folder.isEmpty ? file : folder + "/" + file
      }
      config.kop.lines = (kop["lines"] as? [String]) ?? []
      config.kop.alamat = kop["alamat"] as? String
      config.kop.kontak = kop["kontak"] as? String
    }
    if let paper = root["paper"] as? String {
      guard let parsed = PageSetup.Paper(rawValue: paper.lowercased()) else {
        throw ConversionError(.invalidInput, Diagnostic(.jsonBadValue, "paper '\(paper)' is not f4 or a4", at: SourceLocation(file: path, path: "$.paper")))
      }
      config.paper = parsed
    }
    if let height = root["signature_height_cm"] {
      guard let number = (height as? NSNumber)?.doubleValue, !(height is Bool), SignatureRoom.allowed.contains(number) else {
        throw ConversionError(.invalidInput, Diagnostic(
          .jsonBadValue, "signature_height_cm must be a number from \(SignatureRoom.allowed.lowerBound) to \(SignatureRoom.allowed.upperBound)",
          at: SourceLocation(file: path, path: "$.signature_height_cm"), hint: "sop-ap-format §9.4 asks for 2.5 to 3 cm"))
      }
      config.signature = SignatureRoom(heightCM: number)
    }
    if let signer = root["pengesahan"] as? [String: Any] {
      config.pengesahan = Pengesahan(
        jabatan: signer["jabatan"] as? String, nama: signer["nama"] as? String, nip: signer["nip"] as? String,
        pangkat: signer["pangkat"] as? String)
    }
    return config
  }

  /// `file` with this office's values wherever an SOP leaves them empty.
  public func apply(to file: SOPFile) -> SOPFile {
    var file = file
    for index in file.sops.indices {
      var identity = file.sops[index].identity
      if identity.kop.lines.isEmpty { identity.kop.lines = kop.lines }
      if identity.kop.logo == .none { identity.kop.logo = kop.logo }
      identity.kop.logoFile = identity.kop.logoFile ?? kop.logoFile
      identity.kop.alamat = identity.kop.alamat ?? kop.alamat
      identity.kop.kontak = identity.kop.kontak ?? kop.kontak
      var signer = identity.pengesahan
      signer.jabatan = signer.jabatan ?? pengesahan.jabatan
      signer.nama = signer.nama ?? pengesahan.nama
      signer.nip = signer.nip ?? pengesahan.nip
      signer.pangkat = signer.pangkat ?? pengesahan.pangkat
      identity.pengesahan = signer
      file.sops[index].identity = identity
    }
    return file
  }
}

/// The room the DISAHKAN OLEH block keeps between the jabatan line and the name line
/// (sop-ap-format §9): in `basah` empty, for the signature and the stamp; in `srikandi` around
/// `${ttd_pengirim}`, where SRIKANDI puts the QR of the electronic signature; in `tte-kemenag`
/// around the `^` anchor, where TTE Kemenag puts it. The spec asks for 2.5–3 cm; the default is
/// the middle, 2.75 cm. A satker config sets it with `signature_height_cm`.
public struct SignatureRoom: Sendable, Equatable {
  /// The heights a config may ask for, in centimetres.
  public static let allowed: ClosedRange<Double> = 1.5...6
  /// The default height, in centimetres.
  public static let defaultHeightCM = 2.75

  /// The height, in centimetres.
  public var heightCM: Double

  public init(heightCM: Double = SignatureRoom.defaultHeightCM) { self.heightCM = heightCM }

  /// The height in points.
  public var points: Double { heightCM / 2.54 * 72 }
}
