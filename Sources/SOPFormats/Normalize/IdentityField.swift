import SOPModel

/// A labelled field of the identity page, as it appears on forms, templates and spreadsheets.
enum IdentityField: String, Hashable, Sendable, CaseIterable {
  case logo, logoFile, kop, alamat, kontak, satker, nomorSOP
  case tglPembuatan, tglRevisi, tglEfektif
  case disahkanOleh, namaPengesah, nip, pangkat
  case disusunOleh, namaSOP
  case dasarHukum, kualifikasiPelaksana, keterkaitan, peralatanPerlengkapan, peringatan, pencatatanPendataan
  case definisi, caraMengatasi, ppbRef, kka

  /// The label sopkit writes: the official form's wording where it has one.
  var label: String {
    switch self {
    case .logo: return "Logo"
    case .logoFile: return "File Logo"
    case .kop: return "Kop"
    case .alamat: return "Alamat"
    case .kontak: return "Kontak"
    case .satker: return "Satker"
    case .nomorSOP: return "Nomor SOP"
    case .tglPembuatan: return "Tgl. Pembuatan"
    case .tglRevisi: return "Tgl. Revisi"
    case .tglEfektif: return "Tgl. Efektif"
    case .disahkanOleh: return "Disahkan Oleh"
    case .namaPengesah: return "Nama Pengesah"
    case .nip: return "NIP"
    case .pangkat: return "Pangkat/Golongan"
    case .disusunOleh: return "Disusun Oleh"
    case .namaSOP: return "Nama SOP"
    case .dasarHukum: return "Dasar Hukum"
    case .kualifikasiPelaksana: return "Kualifikasi Pelaksana"
    case .keterkaitan: return "Keterkaitan"
    case .peralatanPerlengkapan: return "Peralatan/Perlengkapan"
    case .peringatan: return "Peringatan"
    case .pencatatanPendataan: return "Pencatatan dan Pendataan"
    case .definisi: return "Definisi"
    case .caraMengatasi: return "Cara Mengatasi"
    case .ppbRef: return "Referensi PPB"
    case .kka: return "KKA"
    }
  }

  /// Whether the field holds a numbered list.
  var isList: Bool {
    switch self {
    case .kop, .dasarHukum, .kualifikasiPelaksana, .keterkaitan, .peralatanPerlengkapan, .peringatan,
      .pencatatanPendataan, .definisi:
      return true
    default: return false
    }
  }

  /// The items of a list field (and the kop lines) in `identity`; `nil` for other fields.
  func items(of identity: Identity) -> [String]? {
    switch self {
    case .kop: return identity.kop.lines
    case .dasarHukum: return identity.lists.dasarHukum
    case .kualifikasiPelaksana: return identity.lists.kualifikasiPelaksana
    case .keterkaitan: return identity.lists.keterkaitan
    case .peralatanPerlengkapan: return identity.lists.peralatanPerlengkapan
    case .peringatan: return identity.lists.peringatan
    case .pencatatanPendataan: return identity.lists.pencatatanPendataan
    case .definisi: return identity.extra.definisi
    default: return nil
    }
  }

  /// Whether the field is a date.
  var isDate: Bool { self == .tglPembuatan || self == .tglRevisi || self == .tglEfektif }

  /// Matches identity labels in a label column (short forms such as "Nomor" included).
  static let labels = LabelMatcher(synonyms(standalone: true))
  /// Matches identity labels among other column headers (no short forms).
  static let columnLabels = LabelMatcher(synonyms(standalone: false))

  /// Labels accepted for each field (sop-ap-format §12). `standalone` adds the short forms that
  /// are only safe in a label column ("Nomor", "Nama", "Jabatan"), not among step columns.
  static func synonyms(standalone: Bool) -> [(IdentityField, [String])] {
    var table: [(IdentityField, [String])] = [
      (.logo, ["Logo"]),
      (.logoFile, ["File Logo", "Berkas Logo"]),
      (.kop, ["Kop", "Kop Surat", "Nama Unit", "Unit", "Instansi", "Unit Kerja"]),
      (.alamat, ["Alamat"]),
      (.kontak, ["Kontak", "Telepon", "Telp", "Website dan Email"]),
      (.satker, ["Satker", "Satuan Kerja"]),
      (.nomorSOP, ["Nomor SOP", "No. SOP", "No SOP"]),
      (.tglPembuatan, ["Tgl. Pembuatan", "Tanggal Pembuatan", "Tanggal Dibuat"]),
      (.tglRevisi, ["Tgl. Revisi", "Tanggal Revisi"]),
      (.tglEfektif, [
        "Tgl. Efektif", "Tanggal Efektif", "Tanggal Diberlakukan", "Tanggal Ditetapkan", "Tgl. Ditetapkan", "Diberlakukan", "Tanggal Berlaku",
        "~Tanggal Pengesahan", "~Tgl. Pengesahan", "~Tanggal Disahkan", "~Tanggal Aktif", "~Tgl. Aktif", "~Tgl Aktif",
      ]),
      (.disahkanOleh, ["Disahkan Oleh", "Ditetapkan Oleh", "Jabatan Pengesah", "Pengesahan"]),
      (.namaPengesah, ["Nama Pengesah", "Nama Pejabat", "Nama Pejabat Pengesah"]),
      (.nip, ["NIP", "NIP Pengesah", "NIP Pejabat"]),
      (.pangkat, ["Pangkat/Golongan", "Pangkat", "Golongan", "Pangkat Golongan"]),
      (.disusunOleh, ["Disusun Oleh"]),
      (.namaSOP, ["Nama SOP", "Judul SOP", "Nama Prosedur", "Judul Prosedur", "Nama Standar Operasional Prosedur"]),
      (.dasarHukum, ["Dasar Hukum", "Landasan Hukum", "Dasar Pelaksanaan"]),
      (.kualifikasiPelaksana, ["Kualifikasi Pelaksana", "Kualifikasi Pelaksana SOP", "Kompetensi Pelaksana"]),
      (.keterkaitan, ["Keterkaitan", "Keterkaitan SOP", "Keterkaitan dengan SOP Lain", "~Keterangan"]),
      (.peralatanPerlengkapan, ["Peralatan/Perlengkapan", "Peralatan dan Perlengkapan", "Peralatan", "Perlengkapan/Peralatan", "Sarana dan Prasarana"]),
      (.peringatan, ["Peringatan", "Peringatan/Risiko", "Peringatan dan Risiko", "Risiko"]),
      (.pencatatanPendataan, [
        "Pencatatan dan Pendataan", "Pencatatan dan Pendaftaran", "Pencatatan/Pendataan", "Pencatatan", "Pendataan", "~Penotaan dan Pendataan",
        "~Pencatatan dan Pelaporan",
      ]),
      (.definisi, ["Definisi"]),
      (.caraMengatasi, ["Cara Mengatasi"]),
      (.ppbRef, ["Referensi PPB", "PPB", "Peta Proses Bisnis"]),
      (.kka, ["KKA", "Kode Klasifikasi Arsip"]),
    ]
    if standalone {
      table += [(.nomorSOP, ["Nomor"]), (.namaPengesah, ["Nama"]), (.disahkanOleh, ["Jabatan"])]
    }
    return table
  }
}

/// A column of the steps table (sop-ap-format §4.1, §12), plus sopkit's flow columns.
enum StepColumn: String, Hashable, Sendable, CaseIterable {
  case nomor, kegiatan, pelaksana, simbol, kelengkapan, waktu, output, keterangan
  case next, ya, tidak, labelYa, labelTidak
  /// Group headers of the official two-row header.
  case mutuBaku

  /// The header sopkit writes.
  var header: String {
    switch self {
    case .nomor: return "No"
    case .kegiatan: return "Kegiatan"
    case .pelaksana: return "Pelaksana"
    case .simbol: return "Simbol"
    case .kelengkapan: return "Kelengkapan"
    case .waktu: return "Waktu"
    case .output: return "Output"
    case .keterangan: return "Keterangan"
    case .next: return "Lanjut ke"
    case .ya: return "Jika Ya"
    case .tidak: return "Jika Tidak"
    case .labelYa: return "Label Ya"
    case .labelTidak: return "Label Tidak"
    case .mutuBaku: return "Mutu Baku"
    }
  }

  /// Columns matched also when their name starts a longer header ("Waktu (menit)").
  static let prefixMatched: Set<StepColumn> = [.kelengkapan, .waktu, .output, .keterangan]

  static let synonyms: [(StepColumn, [String])] = [
    (.nomor, ["No", "No.", "Nomor", "No Urut", "Nomor Urut"]),
    (.kegiatan, [
      "Kegiatan", "Uraian Kegiatan", "Uraian Prosedur", "Aktivitas", "Langkah", "Uraian", "Uraian Aktivitas", "Langkah Kegiatan",
      "Tahapan Kegiatan", "Rincian Kegiatan", "Prosedur", "Deskripsi Kegiatan", "Uraian Pekerjaan", "Tahapan",
      "Tahapan Prosedur", "Kegiatan/Aktivitas",
    ]),
    (.pelaksana, [
      "Pelaksana", "Pelaksanaan", "Pelaku", "Pelaksana Kegiatan", "Unit Pelaksana", "Unit Kerja", "Pejabat Pelaksana", "Pejabat", "PIC",
      "Penanggung Jawab",
    ]),
    (.simbol, ["Simbol", "Symbol", "Bentuk", "Bagan"]),
    (.kelengkapan, [
      "Kelengkapan", "Persyaratan", "Perlengkapan", "Persyaratan/Kelengkapan", "Persyaratan/Perlengkapan", "Kelengkapan/Persyaratan", "Input",
      "Bahan", "Syarat", "Persyaratan/Bahan",
    ]),
    (.waktu, ["Waktu", "Durasi", "Lama", "Lama Waktu", "Estimasi Waktu", "Jangka Waktu"]),
    (.output, ["Output", "Keluaran", "Hasil", "Hasil Kegiatan"]),
    (.keterangan, ["Keterangan", "Ket.", "Ket"]),
    (.next, ["Lanjut ke", "Lanjut", "Berikutnya", "Langkah Berikutnya", "Next", "Kembali ke"]),
    (.ya, ["Jika Ya", "Ya", "Ya ke"]),
    (.tidak, ["Jika Tidak", "Tidak", "Tidak ke"]),
    (.labelYa, ["Label Ya"]),
    (.labelTidak, ["Label Tidak"]),
    (.mutuBaku, ["Mutu Baku"]),
  ]
}
