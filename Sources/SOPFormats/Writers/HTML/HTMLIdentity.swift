import Foundation
import SOPModel

/// The identity page as an HTML table in the official grid (sop-ap-format §3.2), with the fields
/// and labels of the workbook's "Identitas" sheet: the kop block (logo and unit lines) on the left,
/// Nomor SOP, the three dates, Disahkan Oleh and Nama SOP on the right, the list boxes below.
struct HTMLIdentity {
  let identity: Identity
  /// The logo, embedded as a data URL (the page loads nothing from elsewhere).
  var logo: LogoImage?
  /// The room for the signature and stamp between the jabatan and the name.
  var signature = SignatureRoom()

  /// Writes `<table class="identitas">`.
  func write(into x: inout XMLBuilder) {
    let pengesahan = identity.pengesahan
    let rows: [(IdentityField, (inout XMLBuilder) -> Void)] = [
      (.nomorSOP, { $0.characters(identity.nomorSOP ?? "") }),
      (.tglPembuatan, { $0.characters(identity.tanggal.pembuatan?.display ?? "") }),
      (.tglRevisi, { $0.characters(identity.tanggal.revisi?.display ?? "") }),
      (.tglEfektif, { $0.characters(identity.tanggal.efektif?.display ?? "") }),
      (.disahkanOleh, { cell in
        // Jabatan, room for the signature and stamp, nama, pangkat, NIP (a wet-signature form).
        cell.textElement("div", pengesahan.jabatan ?? "")
        cell.element("div", [("class", "ruang-ttd"), ("style", "height: " + SVGNumber.format(signature.points) + "pt")])
        cell.textElement("div", pengesahan.nama ?? "", [("class", "nama")])
        if let pangkat = pengesahan.pangkat { cell.textElement("div", pangkat) }
        if let nip = pengesahan.nip { cell.textElement("div", "NIP. " + nip) }
      }),
      (.namaSOP, { $0.characters(identity.namaSOP.uppercased()) }),
    ]
    let grid = IdentityGrid(identity: identity)
    x.element("table", [("class", "identitas")]) { table in
      table.element("colgroup") { group in
        for width in ["50%", "16%", "34%"] { group.element("col", [("style", "width: \(width)")]) }
      }
      for (index, row) in rows.enumerated() {
        table.element("tr") { tr in
          if index == 0 {
            tr.element("td", [("class", "kop"), ("rowspan", String(rows.count))]) { cell in kop(grid.kopLines, into: &cell) }
          }
          tr.textElement("th", row.0.label.uppercased())
          tr.element("td", row.0 == .namaSOP ? [("class", "nama-sop")] : [], row.1)
        }
      }
      for (left, right) in grid.listPairs {
        table.element("tr") { tr in
          tr.element("td", [("class", "daftar")]) { cell in list(left, into: &cell) }
          tr.element("td", [("class", "daftar"), ("colspan", "2")]) { cell in list(right, into: &cell) }
        }
      }
    }
  }

  private func kop(_ lines: [String], into x: inout XMLBuilder) {
    if let logo {
      let type = logo.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? "image/png" : "image/jpeg"
      x.element("img", [("class", "logo"), ("src", "data:\(type);base64," + Data(logo.bytes).base64EncodedString()), ("alt", "Logo")])
    }
    for line in lines { x.textElement("div", line) }
  }

  /// A list box: its label, then its items numbered 1., 2., … (an empty list stays blank); a
  /// sub-heading ("Peralatan :") is a line of its own, and the numbering starts again under it.
  private func list(_ box: IdentityGrid.ListBox, into x: inout XMLBuilder) {
    x.textElement("div", box.label, [("class", "label")])
    var group: [String] = []
    func flush() {
      guard !group.isEmpty else { return }
      let items = group
      x.element("ol") { ol in for item in items { ol.textElement("li", item) } }
      group = []
    }
    for item in box.items {
      if ListItems.isSubheading(item) {
        flush()
        x.textElement("div", item, [("class", "subjudul")])
      } else {
        group.append(item)
      }
    }
    flush()
  }
}
