import SOPModel

/// How the Word document is signed (sop-ap-format §9).
public enum SigningMode: String, Sendable, CaseIterable {
  /// SRIKANDI fills `${...}` tokens when the document is signed.
  case srikandi
  /// TTE Kemenag places the signature at a `^` anchor in the printed PDF.
  case tteKemenag = "tte-kemenag"
  /// Printed and signed by hand, with room for signature and stamp.
  case basah

  /// The character TTE Kemenag looks for in the signed PDF's text, where it puts the signature
  /// (sop-ap-format §9.3); other BSrE services look for another (`--sign-marker`).
  public static let defaultMarker: Character = "^"

  /// Nomor SOP, Tgl. Efektif and the signature block as the mode writes them. The block's line
  /// ``roomLine`` is the signature's place: the writer gives it the height of the
  /// ``SignatureRoom`` (sop-ap-format §9.5): empty in `basah`, `${ttd_pengirim}` in `srikandi`,
  /// the marker (`^` unless the office's TTE looks for another character) in `tte-kemenag`.
  func signature(_ identity: Identity, marker: Character = defaultMarker) -> (nomor: String, efektif: String, lines: [String]) {
    let pengesahan = identity.pengesahan
    switch self {
    case .srikandi:
      return ("${nomor_naskah}", "${tanggal_naskah}", ["${jabatan_pengirim}", "${ttd_pengirim}", "${nama_pengirim}", "NIP. ${nip_pengirim}"])
    case .tteKemenag:
      var lines = [(pengesahan.jabatan ?? "") + ",", String(marker), pengesahan.nama ?? ""]
      if let nip = pengesahan.nip { lines.append("NIP. " + nip) }
      return (identity.nomorSOP ?? "", identity.tanggal.efektif?.display ?? "", lines)
    case .basah:
      var lines = [(pengesahan.jabatan ?? "") + ",", "", pengesahan.nama ?? ""]
      if let pangkat = pengesahan.pangkat { lines.append(pangkat) }
      if let nip = pengesahan.nip { lines.append("NIP. " + nip) }
      return (identity.nomorSOP ?? "", identity.tanggal.efektif?.display ?? "", lines)
    }
  }

  /// The index of the signature's place in ``signature(_:)``'s lines.
  static let roomLine = 1
}
