/// DISAHKAN OLEH: the official who approves the SOP (sop-ap-format §3.1, §9).
public struct Pengesahan: Hashable, Sendable {
  /// Position title, "Kepala Kantor Urusan Agama Kecamatan Grogol".
  public var jabatan: String?
  /// Full name with titles.
  public var nama: String?
  /// NIP as written; see ``NIP`` for its checks and grouped form.
  public var nip: String?
  /// Rank and grade, "Pembina (IV/a)", when printed.
  public var pangkat: String?

  /// Creates a pengesahan block.
  public init(jabatan: String? = nil, nama: String? = nil, nip: String? = nil, pangkat: String? = nil) {
    self.jabatan = jabatan
    self.nama = nama
    self.nip = nip
    self.pangkat = pangkat
  }
}
