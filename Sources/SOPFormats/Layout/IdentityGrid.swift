import SOPModel

/// What the identity page shows in the official grid (sop-ap-format §3.2), shared by the writers
/// that print it: the kop block, and the list boxes in the form's fixed pairs.
struct IdentityGrid {
  /// A list box: its label with a colon, and its items.
  typealias ListBox = (label: String, items: [String])

  let identity: Identity

  /// The kop block's lines: the kop, then the satker (unless a kop line already names it), the
  /// address and the contacts.
  var kopLines: [String] {
    var lines = identity.kop.lines
    if let satker = identity.satker, !lines.contains(where: { $0.caseInsensitiveEquals(satker) }) { lines.append(satker) }
    if let alamat = identity.kop.alamat { lines.append(alamat) }
    if let kontak = identity.kop.kontak { lines.append(kontak) }
    return lines
  }

  /// The three pairs of list boxes, left and right: Dasar Hukum | Kualifikasi Pelaksana,
  /// Keterkaitan | Peralatan/Perlengkapan, Peringatan | Pencatatan dan Pendataan.
  var listPairs: [(left: ListBox, right: ListBox)] {
    let pairs: [(IdentityField, IdentityField)] = [
      (.dasarHukum, .kualifikasiPelaksana), (.keterkaitan, .peralatanPerlengkapan), (.peringatan, .pencatatanPendataan),
    ]
    return pairs.map { (box($0.0), box($0.1)) }
  }

  private func box(_ field: IdentityField) -> ListBox {
    (field.label.uppercased() + ":", field.items(of: identity) ?? [])
  }
}
