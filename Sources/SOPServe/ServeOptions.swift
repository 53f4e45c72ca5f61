import SOPFormats
import SOPModel

/// How `sopkit serve` listens and what it applies to every conversion.
public struct ServeOptions: Sendable {
  /// The address to listen on: `127.0.0.1` (this computer only, the default) or `0.0.0.0` (the
  /// office network).
  public var host: String
  /// The TCP port; 0 picks a free one (tests).
  public var port: Int
  /// The largest upload accepted, in bytes; larger ones get HTTP 413.
  public var maxUploadBytes: Int
  /// The office's kop, logo, paper and signer (the `--satker` file of `sopkit convert`).
  public var satker: SatkerConfig?

  /// The default upload limit: 20 MB.
  public static let defaultMaxUploadBytes = 20 * 1024 * 1024

  /// Creates the options; only the satker config has no default.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, maxUploadBytes: Int = ServeOptions.defaultMaxUploadBytes,
    satker: SatkerConfig? = nil
  ) {
    self.host = host
    self.port = port
    self.maxUploadBytes = maxUploadBytes
    self.satker = satker
  }

  /// The paper every output is laid out on: the satker config's, else F4.
  var paper: PageSetup.Paper { satker?.paper ?? .f4 }
}
