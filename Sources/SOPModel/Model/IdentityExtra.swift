/// Identity fields seen in real SOPs beyond the regulation's thirteen (sop-ap-format §3.1, §7.4),
/// and every other labelled field a reader found, so that nothing read from a file is dropped.
public struct IdentityExtra: Hashable, Sendable {
  /// Definitions of terms (MTsN Rajeg).
  public var definisi: [String]
  /// "Cara mengatasi" (Kemenhub e-SOP template).
  public var caraMengatasi: String?
  /// Peta Proses Bisnis reference, "PPB Level 2: Pelayanan Nikah".
  public var ppbRef: String?
  /// Kode klasifikasi arsip, "OT.01.3".
  public var kka: String?
  /// Other labelled fields, in the order found, with their original labels.
  public var fields: [LabelledField]

  /// A label and its value as found in the input.
  public struct LabelledField: Hashable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
      self.label = label
      self.value = value
    }
  }

  /// Creates the extras; all empty by default.
  public init(definisi: [String] = [], caraMengatasi: String? = nil, ppbRef: String? = nil, kka: String? = nil, fields: [LabelledField] = []) {
    self.definisi = definisi
    self.caraMengatasi = caraMengatasi
    self.ppbRef = ppbRef
    self.kka = kka
    self.fields = fields
  }
}
