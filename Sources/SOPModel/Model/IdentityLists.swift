/// The six list boxes under the identity header, in the form's pairs (sop-ap-format §3.2):
/// Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan,
/// Peringatan | Pencatatan dan Pendataan.
public struct IdentityLists: Hashable, Sendable {
  public var dasarHukum: [String]
  public var kualifikasiPelaksana: [String]
  public var keterkaitan: [String]
  public var peralatanPerlengkapan: [String]
  public var peringatan: [String]
  public var pencatatanPendataan: [String]

  /// Creates the lists; all empty by default.
  public init(
    dasarHukum: [String] = [], kualifikasiPelaksana: [String] = [], keterkaitan: [String] = [],
    peralatanPerlengkapan: [String] = [], peringatan: [String] = [], pencatatanPendataan: [String] = []
  ) {
    self.dasarHukum = dasarHukum
    self.kualifikasiPelaksana = kualifikasiPelaksana
    self.keterkaitan = keterkaitan
    self.peralatanPerlengkapan = peralatanPerlengkapan
    self.peringatan = peringatan
    self.pencatatanPendataan = pencatatanPendataan
  }
}
