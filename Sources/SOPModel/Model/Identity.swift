/// Bagian Identitas: the identity page of an SOP (sop-ap-format §3).
public struct Identity: Hashable, Sendable {
  /// Logo and kop lines.
  public var kop: Kop
  /// A "SATKER: …" label row.
  public var satker: String?
  /// NOMOR SOP as written; `nil` when it is given at signing. See ``NomorSOP`` for its parts.
  public var nomorSOP: String?
  /// TGL. PEMBUATAN, REVISI and EFEKTIF.
  public var tanggal: Tanggal
  /// DISAHKAN OLEH.
  public var pengesahan: Pengesahan
  /// "Disusun Oleh" (older Kemenag forms).
  public var disusunOleh: String?
  /// NAMA SOP.
  public var namaSOP: String
  /// The six list boxes.
  public var lists: IdentityLists
  /// Further fields.
  public var extra: IdentityExtra

  /// The three dates of the form.
  public struct Tanggal: Hashable, Sendable {
    /// When the SOP was finished.
    public var pembuatan: SOPDate?
    /// When it was revised, or its planned review.
    public var revisi: SOPDate?
    /// When it takes effect: the signing date.
    public var efektif: SOPDate?

    public init(pembuatan: SOPDate? = nil, revisi: SOPDate? = nil, efektif: SOPDate? = nil) {
      self.pembuatan = pembuatan
      self.revisi = revisi
      self.efektif = efektif
    }
  }

  /// Creates an identity; only the name is required.
  public init(
    kop: Kop = Kop(), satker: String? = nil, nomorSOP: String? = nil, tanggal: Tanggal = Tanggal(),
    pengesahan: Pengesahan = Pengesahan(), disusunOleh: String? = nil, namaSOP: String,
    lists: IdentityLists = IdentityLists(), extra: IdentityExtra = IdentityExtra()
  ) {
    self.kop = kop
    self.satker = satker
    self.nomorSOP = nomorSOP
    self.tanggal = tanggal
    self.pengesahan = pengesahan
    self.disusunOleh = disusunOleh
    self.namaSOP = namaSOP
    self.lists = lists
    self.extra = extra
  }
}
