// The Indonesian words for every diagnostic code, for the office staff who read review lists and
// the `sopkit serve` page. Meanings: docs/diagnostics.md; terms: sop-ap-format.md.
//
// The message says, generically for the code, what is wrong; the details (which step, which
// value) stay in the diagnostic's own English message and in its location. The hint says what to
// do in the Word or Excel SOP, or in the fill-in template (sheets Identitas, Pelaksana, Langkah;
// columns No, Kegiatan, Pelaksana, Simbol, Kelengkapan, Waktu, Output, Keterangan, Jika Ya,
// Jika Tidak, Lanjut ke).

extension DiagnosticCode {
  /// What is wrong, in plain and polite Indonesian for the staff who fix the SOP, such as
  /// "Langkah Keputusan belum punya dua jalur keluar (Ya dan Tidak)."
  ///
  /// The text is the same for every diagnostic with this code; the details are in the
  /// diagnostic's message and location. A code outside the catalogue gets a general sentence.
  public var indonesianMessage: String {
    Self.indonesianTexts[id]?.message ?? Self.indonesianFallback(severity)
  }

  /// What to do about it, in Indonesian, for a staff member editing a Word or Excel SOP or the
  /// fill-in template; `nil` when the catalogue gives no advice for this code.
  public var indonesianHint: String? {
    Self.indonesianTexts[id]?.hint
  }

  /// The Indonesian message with the details of one occurrence, `{name}` standing for the
  /// diagnostic's argument of that name; nil when the catalogue has only the general message.
  public var indonesianTemplate: String? {
    Self.indonesianTexts[id]?.template
  }

  /// The Indonesian hint with the details of one occurrence, like ``indonesianTemplate``.
  public var indonesianHintTemplate: String? {
    Self.indonesianTexts[id]?.hintTemplate
  }

  /// The sentence for a code the catalogue does not know (one read back from a newer file).
  static func indonesianFallback(_ severity: Severity) -> String {
    switch severity {
    case .error: return "Ada kesalahan pada SOP yang harus diperbaiki."
    case .warning: return "Ada bagian SOP yang perlu diperiksa."
    case .note: return "Ada catatan tentang cara SOP ini dibaca."
    }
  }

  /// One code's Indonesian message and hint.
  struct IndonesianEntry: Sendable {
    let message: String
    let hint: String?
    /// The message with `{argument}` placeholders, used when the diagnostic carries them all.
    let template: String?
    let hintTemplate: String?

    init(_ message: String, _ hint: String? = nil, template: String? = nil, hintTemplate: String? = nil) {
      self.message = message
      self.hint = hint
      self.template = template
      self.hintTemplate = hintTemplate
    }
  }

  /// The Indonesian texts by code id; every id of ``all`` has one (a test checks it).
  static let indonesianTexts: [String: IndonesianEntry] = [
    // MARK: cli — command-line usage
    "cli.unknown-format": IndonesianEntry(
      "Nama format tidak dikenal.",
      "Periksa ejaan nama format setelah -f atau -t, misalnya xlsx, docx, csv atau json (daftar lengkapnya ada di sopkit --help)."),
    "cli.format-required": IndonesianEntry(
      "Format berkas tidak dapat ditebak dari namanya.",
      "Beri nama berkas dengan akhiran yang benar (.xlsx, .docx, .csv, .json), atau sebutkan formatnya dengan -f atau -t, misalnya -f xlsx."),
    "cli.format-unsupported": IndonesianEntry(
      "Format ini belum dapat dibaca atau ditulis oleh sopkit versi ini.",
      "Simpan SOP dalam format lain, misalnya Excel (.xlsx), Word (.docx) atau CSV, lalu coba lagi.",
      template: "'{name}' bukan berkas SOP yang dapat dibaca sopkit (sopkit membaca {reads})."),
    "cli.binary-to-terminal": IndonesianEntry(
      "Hasil berbentuk Excel atau Word tidak dapat ditampilkan di layar terminal.",
      "Tentukan nama berkas hasilnya dengan -o, misalnya -o sop.xlsx."),
    "cli.bad-arguments": IndonesianEntry(
      "Pilihan pada perintah tidak sah atau tidak dapat dipakai bersama.",
      "Periksa kembali pilihan yang diketik; penjelasannya ada di sopkit --help."),

    // MARK: io — files
    "io.not-found": IndonesianEntry(
      "Berkas tidak ditemukan.",
      "Periksa nama berkas, akhirannya (.xlsx, .docx, .csv) dan foldernya."),
    "io.unreadable": IndonesianEntry(
      "Berkas tidak dapat dibuka: yang dipilih adalah folder, atau tidak ada izin untuk membacanya.",
      "Pilih berkasnya sendiri, bukan foldernya. Bila berkas ada di folder bersama, salin dulu ke komputer Anda."),
    "io.too-large": IndonesianEntry(
      "Berkas terlalu besar untuk dibaca.",
      "Perkecil berkas, misalnya hapus gambar yang besar atau pisahkan SOP ke beberapa berkas, lalu coba lagi."),
    "io.output-exists": IndonesianEntry(
      "Berkas hasil dengan nama itu sudah ada, jadi tidak ditimpa.",
      "Pilih nama lain untuk berkas hasil, atau tambahkan --force bila berkas lama memang boleh diganti."),
    "io.output-is-input": IndonesianEntry(
      "Berkas hasil akan menimpa berkas asli.",
      "Simpan hasilnya dengan nama berkas lain; berkas asli tidak pernah ditimpa."),
    "io.cannot-write": IndonesianEntry(
      "Berkas hasil tidak dapat disimpan.",
      "Pastikan folder tujuan ada, boleh ditulisi dan disknya tidak penuh. Tutup berkas itu bila sedang dibuka di Excel atau Word."),

    // MARK: json — the canonical JSON form
    "json.syntax": IndonesianEntry(
      "Isi berkas JSON tidak tersusun dengan benar.",
      "Periksa tanda baca di sekitar lokasi yang disebutkan: koma, tanda kutip dan kurung kurawal. Bila sulit, isi SOP lewat Templat Isian Excel saja."),
    "json.too-deep": IndonesianEntry(
      "Susunan berkas JSON terlalu bertingkat.",
      "Berkas ini tampaknya bukan SOP sopkit atau sudah rusak; buat ulang dari aplikasi asalnya."),
    "json.duplicate-key": IndonesianEntry(
      "Ada isian yang ditulis dua kali di bagian yang sama.",
      "Hapus salah satunya dan pertahankan nilai yang benar."),
    "json.not-sopkit": IndonesianEntry(
      "Berkas JSON ini bukan berkas SOP sopkit.",
      "Unggah SOP dalam bentuk Excel, Word atau CSV, atau berkas JSON yang dibuat oleh sopkit."),
    "json.unsupported-version": IndonesianEntry(
      "Berkas ini dibuat oleh sopkit versi yang lebih baru.",
      "Minta admin memperbarui sopkit, atau minta pengirim menyimpan SOP sebagai Excel (.xlsx)."),
    "json.unknown-key": IndonesianEntry(
      "Ada nama isian yang tidak dikenal, kemungkinan salah ketik.",
      "Perbaiki ejaan nama isian itu sesuai saran, atau hapus isiannya."),
    "json.missing-key": IndonesianEntry(
      "Ada isian wajib yang belum ada.",
      "Tambahkan isian yang disebutkan; contohnya ada di docs/json-format.md."),
    "json.wrong-type": IndonesianEntry(
      "Jenis nilai isian tidak sesuai, misalnya angka di tempat yang seharusnya teks.",
      "Tulis teks di antara tanda kutip ganda, angka tanpa tanda kutip, dan null untuk isian yang kosong."),
    "json.bad-value": IndonesianEntry(
      "Nilai isian di luar pilihan yang diperbolehkan.",
      "Ganti dengan salah satu nilai yang disebutkan dalam pesan."),

    // MARK: csv — CSV files
    "csv.empty": IndonesianEntry(
      "Berkas CSV kosong.",
      "Simpan ulang lembar Excel sebagai CSV, atau mulai dari Templat Isian Kosong."),
    "csv.unclosed-quote": IndonesianEntry(
      "Ada tanda kutip (\") pembuka yang tidak ditutup.",
      "Buka berkas di Excel, periksa sel yang disebutkan dan sel sesudahnya, lalu simpan lagi sebagai CSV."),
    "csv.encoding-fallback": IndonesianEntry(
      "Berkas CSV tidak disimpan sebagai UTF-8, sehingga huruf khusus mungkin berubah.",
      "Periksa huruf beraksen dan tanda khusus pada hasilnya. Lain kali simpan dari Excel sebagai \"CSV UTF-8\"."),
    "csv.unmatched-identity": IndonesianEntry(
      "Baris identitas dan baris langkah SOP tidak berpasangan.",
      "Pastikan kode SOP di berkas identitas sama persis dengan kode SOP di berkas langkah."),

    // MARK: import — reading tables, whatever the format
    "import.no-steps-table": IndonesianEntry(
      "Tabel langkah SOP tidak ditemukan.",
      "Pastikan tabel prosedur punya baris judul kolom yang memuat No dan Kegiatan (atau Uraian Kegiatan)."),
    "import.missing-column": IndonesianEntry(
      "Ada kolom wajib yang tidak ditemukan pada judul tabel.",
      "Tambahkan kolom yang disebutkan, atau perbaiki judul kolomnya: No, Kegiatan, Pelaksana, Kelengkapan, Waktu, Output, Keterangan.",
      template: "Kolom {column} tidak ditemukan: judul '{header}' bukan nama kolom yang dikenal sopkit; mungkin maksudnya '{meant}'?"),
    "import.duplicate-column": IndonesianEntry(
      "Ada dua kolom dengan judul yang sama.",
      "Hapus salah satu kolom atau ganti judulnya; hanya kolom yang pertama yang dibaca."),
    "import.unknown-column": IndonesianEntry(
      "Ada kolom yang bukan bagian dari format SOP.",
      "Bila kolom itu perlu, periksa ejaan judulnya. Bila tidak perlu, kolom itu boleh dihapus."),
    "import.missing-key": IndonesianEntry(
      "Baris ini tidak memiliki kode SOP.",
      "Isi kolom kode SOP, setidaknya pada baris pertama setiap SOP."),
    "import.stray-row": IndonesianEntry(
      "Ada baris di luar tabel langkah yang tidak dibaca.",
      "Bila isinya penting, pindahkan ke kolom yang sesuai (misalnya Keterangan); bila tidak, hapus baris itu."),
    "import.unknown-label": IndonesianEntry(
      "Ada label identitas yang bukan bagian dari format SOP; isinya tetap disimpan sebagai isian tambahan.",
      "Periksa ejaan labelnya (misalnya Tanggal Efektif, Disahkan oleh). Bila memang isian tambahan, biarkan saja."),
    "import.label-typo": IndonesianEntry(
      "Label yang salah ketik dibaca sebagai label yang paling mirip.",
      "Pastikan pembacaannya benar, lalu perbaiki ejaan label itu di berkas asli."),
    "import.conflicting-value": IndonesianEntry(
      "Satu isian identitas berisi nilai yang berbeda di dua tempat; nilai yang pertama yang dipakai.",
      "Samakan kedua nilai itu, atau hapus salah satunya."),
    "import.number-mangled": IndonesianEntry(
      "NIP diubah menjadi angka oleh Excel sehingga sebagian digitnya hilang.",
      "Ketik ulang NIP 18 angka pada sel berformat Teks, atau awali dengan tanda petik satu (')."),
    "import.bad-step-number": IndonesianEntry(
      "Isi kolom No bukan nomor langkah.",
      "Tulis nomor langkah berupa angka saja (1, 2, 3, …) di kolom No.",
      template: "Isi kolom No '{value}' bukan nomor langkah; baris ini tetap dibaca sebagai langkah {step}."),
    "import.bad-target": IndonesianEntry(
      "Isi kolom Jika Ya, Jika Tidak atau Lanjut ke bukan nomor langkah.",
      "Tulis nomor langkah tujuannya (misalnya 4), atau END bila prosedur selesai di langkah itu.",
      template: "Isi kolom {column} '{value}' bukan nomor langkah atau END."),
    "import.shared-step": IndonesianEntry(
      "Satu langkah dikerjakan bersama oleh beberapa Pelaksana.",
      "Pastikan memang demikian. Pelaksana pertama yang bersimbol menjadi pelaksana utama langkah itu."),
    "import.header-by-place": IndonesianEntry(
      "Kolom Pelaksana dikenali dari letaknya, bukan dari judulnya.",
      "Periksa daftar Pelaksana pada hasilnya. Agar pasti, beri judul \"Pelaksana\" di atas kolom-kolom nama jabatan."),
    "import.title-as-name": IndonesianEntry(
      "Nama SOP diambil dari judul di atas tabel.",
      "Periksa Nama SOP pada hasilnya. Agar pasti, tambahkan baris berlabel Nama SOP di bagian identitas."),
    "import.not-an-sop-part": IndonesianEntry(
      "Lembar atau tabel ini tidak berisi SOP, jadi tidak dibaca.",
      "Tidak perlu tindakan bila memang bukan bagian SOP, misalnya daftar isi atau sampul."),
    "import.picture-symbol": IndonesianEntry(
      "Simbol langkah berupa gambar, sehingga jenis simbolnya ditebak.",
      "Periksa simbol langkah itu. Agar pasti, gambar simbolnya dengan bentuk kapsul, kotak atau belah ketupat, atau pilih Simbol di templat isian."),
    "import.flowchart-picture": IndonesianEntry(
      "Bagan alir berupa satu gambar, sehingga Pelaksana tiap langkah tidak dapat dibaca.",
      "Beri tanda (✓ atau simbol) di kolom Pelaksana pada baris setiap langkah, atau gambar bagan alir dengan bentuk (kapsul, kotak, belah ketupat), lalu periksa lagi."),
    "import.text-column": IndonesianEntry(
      "Ada kolom di antara kolom Pelaksana yang berisi teks, bukan tanda; kolom itu tidak dibaca.",
      "Pindahkan teks itu ke kolom Keterangan, atau hapus kolomnya."),
    "import.diagram-picture": IndonesianEntry(
      "Bagan alir juga berupa gambar; simbol dan panah di gambar itu tidak dibaca.",
      "Periksa simbol dan urutan langkah pada hasilnya: alurnya mengikuti urutan baris tabel."),
    "import.no-logo": IndonesianEntry(
      "Halaman identitas tidak memiliki logo.",
      "Sisipkan logo instansi di sel kop pada halaman identitas, atau minta admin mengaturnya di konfigurasi satker."),
    "import.no-kop": IndonesianEntry(
      "Halaman identitas tidak memiliki kop (nama instansi).",
      "Tuliskan nama instansi dan unit kerja di samping atau di bawah logo pada halaman identitas."),
    "import.merged-cell": IndonesianEntry(
      "Sel Waktu atau Pelaksana yang kosong dibaca sebagai bagian dari sel gabungan di atasnya.",
      "Pastikan langkah-langkah itu memang berbagi isi yang sama."),
    "import.shape-inferred": IndonesianEntry(
      "Simbol langkah tidak diisi, sehingga ditentukan otomatis.",
      "Periksa simbolnya: langkah pertama dan terakhir menjadi Mulai/Selesai, langkah dengan Jika Ya/Jika Tidak menjadi Keputusan, selebihnya Proses. Isi kolom Simbol bila ingin lain."),

    // MARK: zip and xml — packages
    "zip.not-a-package": IndonesianEntry(
      "Berkas ini bukan berkas Excel (.xlsx) atau Word (.docx) yang utuh.",
      "Buka berkas di Excel atau Word, lalu simpan ulang sebagai .xlsx atau .docx. PDF dan hasil pindaian tidak dapat dibaca."),
    "zip.limit": IndonesianEntry(
      "Berkas melampaui batas keamanan: terlalu besar atau susunannya tidak wajar.",
      "Simpan ulang berkas dari Excel atau Word. Bila masih gagal, hapus gambar yang besar atau pisahkan SOP ke beberapa berkas."),
    "xml.malformed": IndonesianEntry(
      "Sebagian isi berkas rusak sehingga tidak dapat dibaca.",
      "Buka berkas di Excel atau Word, simpan ulang dengan Simpan Sebagai, lalu coba lagi."),

    // MARK: xlsx — workbooks
    "xlsx.logo-unreadable": IndonesianEntry(
      "Logo kop tidak dapat dibaca, sehingga SOP dicetak tanpa logo.",
      "Gunakan gambar logo berformat PNG atau JPEG."),
    "xlsx.no-sop-sheet": IndonesianEntry(
      "Tidak ada lembar Excel yang berisi SOP.",
      "Pastikan ada lembar berisi tabel prosedur dengan kolom No dan Kegiatan, atau gunakan Templat Isian Kosong."),
    "xlsx.edited-cell": IndonesianEntry(
      "Isi sel sudah diubah setelah berkas dibuat oleh sopkit; isi sel yang terlihat yang dipakai.",
      "Pastikan perubahan itu memang disengaja."),
    "xlsx.hidden-data-damaged": IndonesianEntry(
      "Data tersembunyi sopkit di berkas Excel rusak; lembar yang terlihat yang dibaca.",
      "Periksa hasilnya dengan teliti, terutama simbol dan panah bagan alir."),
    "xlsx.unmapped-shape": IndonesianEntry(
      "Ada bentuk pada bagan alir Excel yang tidak dapat dibaca.",
      "Pakai hanya bentuk kapsul, kotak, belah ketupat dan segilima, lepaskan bentuk yang dikelompokkan, dan pastikan setiap panah menempel pada simbol asal dan simbol tujuannya."),
    "xlsx.cell-truncated": IndonesianEntry(
      "Teks terlalu panjang untuk satu sel Excel, sehingga hanya bagian awalnya yang tampil.",
      "Persingkat teks itu; teks lengkapnya tetap tersimpan di dalam berkas."),
    "xlsx.template-empty": IndonesianEntry(
      "Templat isian masih kosong: Nama SOP dan lembar Langkah belum diisi.",
      "Ketik nama SOP di sel ini (Nama SOP) dan satu baris per langkah di lembar Langkah (Kegiatan, Pelaksana, Simbol, Waktu, Output) seperti dijelaskan di lembar Petunjuk, simpan, lalu periksa lagi."),

    // MARK: docx — Word documents
    "docx.no-sop": IndonesianEntry(
      "Tidak ada tabel SOP di dokumen Word ini.",
      "Pastikan tabel prosedur punya baris judul kolom yang memuat No dan Kegiatan, atau gunakan Templat Isian Kosong."),
    "docx.unmapped-shape": IndonesianEntry(
      "Ada bentuk pada bagan alir Word yang tidak dapat dibaca.",
      "Pakai hanya bentuk kapsul, kotak, belah ketupat dan segilima, dan pastikan setiap panah menempel pada simbol asal dan simbol tujuannya."),
    "docx.tracked-changes": IndonesianEntry(
      "Dokumen masih memuat lacak perubahan; semua perubahan dibaca seolah-olah sudah diterima.",
      "Bila bukan itu maksudnya, buka dokumen di Word, terima atau tolak perubahannya (menu Tinjau), lalu simpan lagi."),
    "docx.summary": IndonesianEntry(
      "Ringkasan pembacaan dokumen Word: bagian yang dibaca dan bagian yang ditebak.",
      "Periksa bagian yang ditebak pada hasilnya."),
    "docx.legacy-doc": IndonesianEntry(
      "Dokumen Word 97–2003 (.doc) tidak dapat dikonversi di sini.",
      "Buka dokumen di Word atau LibreOffice, simpan sebagai .docx, lalu unggah lagi."),
    "docx.password-protected": IndonesianEntry(
      "Dokumen dikunci dengan kata sandi sehingga isinya tidak dapat dibaca.",
      "Buka dokumen di Word, hapus kata sandinya, simpan, lalu unggah lagi."),
    "docx.edited": IndonesianEntry(
      "Dokumen sudah diubah di Word setelah dibuat oleh sopkit; yang dibaca adalah SOP asli yang tersimpan di dalamnya, bukan hasil suntingan.",
      "Bila perubahan itu perlu, lakukan di berkas asalnya (Excel atau templat isian), lalu buat ulang dokumen Word-nya."),
    "docx.bad-reference": IndonesianEntry(
      "Berkas contoh gaya bukan dokumen Word (.docx).",
      "Pilih dokumen .docx yang memuat gaya tulisan yang diinginkan."),

    // MARK: model — validation rules (sop-ap-format §11)
    "model.no-sop": IndonesianEntry(
      "Berkas tidak berisi SOP.",
      "Pastikan berkas memuat halaman identitas dan tabel prosedur SOP."),
    "model.missing-nama-sop": IndonesianEntry(
      "Nama SOP belum diisi.",
      "Isi Nama SOP di halaman identitas, misalnya \"Pelayanan Pendaftaran Nikah\"."),
    "model.no-flowchart": IndonesianEntry(
      "SOP belum memiliki tabel prosedur (bagan alir).",
      "Tambahkan tabel prosedur dengan kolom No, Kegiatan, Pelaksana, Mutu Baku (Kelengkapan, Waktu, Output) dan Keterangan."),
    "model.empty-flowchart": IndonesianEntry(
      "Tabel prosedur belum berisi langkah atau belum memiliki kolom Pelaksana.",
      "Isi setidaknya satu langkah, dan tuliskan nama jabatan Pelaksana sebagai judul kolom (di templat isian: di lembar Pelaksana)."),
    "model.duplicate-actor": IndonesianEntry(
      "Ada dua kolom Pelaksana dengan nama yang sama.",
      "Gabungkan kedua kolom itu, atau beri masing-masing nama jabatan yang berbeda."),
    "model.duplicate-step": IndonesianEntry(
      "Ada dua langkah dengan nomor yang sama.",
      "Beri nomor urut 1, 2, 3, … tanpa ada yang kembar dalam satu tabel prosedur.",
      template: "Nomor langkah {step} dipakai dua kali."),
    "model.step-number-gap": IndonesianEntry(
      "Nomor langkah melompat; ada nomor yang terlewat.",
      "Periksa apakah ada langkah yang terhapus, lalu urutkan kembali nomornya."),
    "model.missing-actor": IndonesianEntry(
      "Langkah ini belum memiliki Pelaksana.",
      "Letakkan simbol langkah itu (atau tanda ✓) di kolom Pelaksana yang mengerjakannya, atau pilih Pelaksana di templat isian.",
      template: "Langkah {step} belum punya Pelaksana, sehingga simbolnya tidak punya kolom.",
      hintTemplate: "Tandai kolom Pelaksana langkah ini (salah satu dari: {columns})."),
    "model.unknown-actor": IndonesianEntry(
      "Pelaksana langkah ini tidak ada di antara kolom Pelaksana.",
      "Periksa ejaan nama Pelaksana, atau tambahkan kolom Pelaksana itu (di templat isian: di lembar Pelaksana).",
      template: "Langkah {step}: Pelaksana '{actor}' tidak ada di antara kolom Pelaksana.",
      hintTemplate: "Mungkin maksudnya '{closest}'? Samakan ejaannya dengan judul kolom Pelaksana."),
    "model.unused-actor": IndonesianEntry(
      "Ada kolom Pelaksana yang tidak mengerjakan satu langkah pun.",
      "Hapus kolom itu, atau letakkan simbol pada langkah yang dikerjakannya."),
    "model.empty-kegiatan": IndonesianEntry(
      "Uraian Kegiatan langkah ini masih kosong.",
      "Tuliskan kegiatannya, diawali kata kerja, misalnya \"Memverifikasi berkas permohonan\".",
      template: "Langkah {step} belum berisi Kegiatan."),
    "model.subject-in-activity": IndonesianEntry(
      "Kegiatan diawali nama Pelaksana, padahal menurut PermenPANRB 35/2012 kegiatan ditulis tanpa subjek.",
      "Awali dengan kata kerja, misalnya \"Memverifikasi berkas\", bukan \"Petugas memverifikasi berkas\"; pelaksananya sudah ditunjukkan oleh kolom Pelaksana."),
    "model.empty-output": IndonesianEntry(
      "Output (Mutu Baku) langkah ini masih kosong.",
      "Tuliskan hasil langkah itu di kolom Output, misalnya \"Berkas terverifikasi\".",
      template: "Langkah {step} belum berisi Output."),
    "model.unsupported-symbol": IndonesianEntry(
      "Simbol langkah ini bukan salah satu simbol resmi SOP-AP.",
      "Gunakan kapsul (Mulai/Selesai), kotak (Proses) atau belah ketupat (Keputusan)."),
    "model.decision-missing-exit": IndonesianEntry(
      "Langkah Keputusan belum punya dua jalur keluar (Ya dan Tidak).",
      "Tuliskan nomor langkah tujuan di kolom Jika Ya dan Jika Tidak, atau gambar kedua panah dari belah ketupat ke langkah tujuannya.",
      template: "Langkah {step} berupa Keputusan tetapi belum punya jalur Tidak."),
    "model.decision-same-exits": IndonesianEntry(
      "Jalur Ya dan jalur Tidak pada langkah Keputusan menuju langkah yang sama.",
      "Arahkan jalur Tidak ke langkah lain (sering kembali ke langkah sebelumnya), atau ubah langkah itu menjadi Proses."),
    "model.branch-on-non-decision": IndonesianEntry(
      "Jalur Ya/Tidak dipakai pada langkah yang bukan Keputusan, atau langkah Keputusan memakai Lanjut ke.",
      "Jadikan langkah itu Keputusan (belah ketupat), atau kosongkan Jika Ya dan Jika Tidak lalu pakai Lanjut ke."),
    "model.missing-target": IndonesianEntry(
      "Langkah tujuan pada Jika Ya, Jika Tidak atau Lanjut ke tidak ada di tabel.",
      "Tuliskan nomor langkah yang ada, atau END bila prosedur selesai di langkah itu.",
      template: "Langkah {step}: {exit} menuju langkah {target}, padahal langkah itu tidak ada.",
      hintTemplate: "Langkah bernomor {range}; tulis nomor langkah yang ada, atau END bila prosedur selesai di langkah itu."),
    "model.unreachable-step": IndonesianEntry(
      "Langkah ini tidak dapat dicapai dari langkah pertama.",
      "Arahkan Lanjut ke, Jika Ya atau Jika Tidak dari langkah sebelumnya ke langkah ini, atau hapus langkah ini.",
      template: "Langkah {step} tidak dapat dicapai dari langkah {first}."),
    "model.dead-end": IndonesianEntry(
      "Ada langkah yang berputar terus tanpa pernah sampai ke akhir prosedur.",
      "Beri perulangan itu jalan keluar menuju langkah terakhir, misalnya lewat jalur Ya pada langkah Keputusan.",
      template: "Langkah {steps} tidak pernah sampai ke akhir prosedur."),
    "model.no-terminator": IndonesianEntry(
      "Alur tidak diawali atau tidak diakhiri dengan simbol kapsul (Mulai/Selesai).",
      "Gunakan simbol kapsul untuk langkah pertama dan langkah terakhir (di templat isian: Simbol Mulai/Selesai)."),
    "model.bad-span": IndonesianEntry(
      "Sel Mutu Baku yang digabung melewati langkah terakhir atau menutupi sel yang sudah berisi.",
      "Periksa sel gabungan di kolom itu: kosongkan sel yang tertutup, atau perkecil gabungannya."),
    "model.waktu-unparsed": IndonesianEntry(
      "Isi Waktu bukan lama waktu; teksnya disimpan apa adanya.",
      "Tulis angka dan satuan, misalnya \"15 menit\", \"1 jam\" atau \"2 hari kerja\". Jadwal seperti \"setiap Senin\" ditulis di Keterangan.",
      template: "Waktu '{value}' bukan lama waktu; teksnya disimpan apa adanya."),
    "model.waktu-unit-implied": IndonesianEntry(
      "Waktu ditulis tanpa satuan, sehingga satuannya ditebak.",
      "Tambahkan satuannya, misalnya \"10 menit\"."),
    "model.waktu-rate": IndonesianEntry(
      "Waktu ditulis per jumlah tertentu (misalnya per 150 siswa), sehingga tidak ikut dijumlahkan.",
      "Biarkan bila memang demikian; bila tidak, tulis lamanya saja, misalnya \"1 hari kerja\".",
      template: "Waktu '{value}' adalah laju (per satuan), disimpan apa adanya dan tidak ikut dijumlahkan."),
    "model.waktu-mismatch": IndonesianEntry(
      "Isi Waktu tidak cocok dengan nilainya, atau baris Jumlah berbeda dengan jumlah Waktu semua langkah.",
      "Periksa Waktu setiap langkah dan angka di baris Jumlah, lalu samakan."),
    "model.waktu-total-unavailable": IndonesianEntry(
      "Jumlah Waktu tidak dapat dihitung tanpa menebak.",
      "Tidak wajib diperbaiki. Agar dapat dijumlahkan, tulis semua Waktu dengan satuan sejenis (menit dan jam, atau hari)."),
    "model.bad-date": IndonesianEntry(
      "Tanggal tidak dapat dibaca; teksnya disimpan apa adanya.",
      "Tulis tanggal seperti \"9 November 2020\" atau \"09-11-2020\".",
      template: "{field} '{value}' tidak dapat dibaca sebagai tanggal; teksnya disimpan apa adanya."),
    "model.impossible-date": IndonesianEntry(
      "Tanggal ini tidak ada di kalender.",
      "Periksa tanggal dan bulannya, lalu perbaiki.",
      template: "{field} '{value}' bukan tanggal yang ada di kalender."),
    "model.date-typo": IndonesianEntry(
      "Nama bulan salah ketik, sehingga dibaca sebagai bulan yang paling mirip.",
      "Perbaiki ejaan nama bulan di berkas asli."),
    "model.date-mismatch": IndonesianEntry(
      "Tulisan tanggal tidak sama dengan tanggal yang tersimpan.",
      "Samakan tulisan tanggal dengan tanggal yang dimaksud."),
    "model.date-order": IndonesianEntry(
      "Tanggal Efektif atau Tanggal Revisi lebih awal daripada Tanggal Pembuatan.",
      "Periksa ketiga tanggal itu: SOP berlaku setelah selesai dibuat dan disahkan."),
    "model.bad-nip": IndonesianEntry(
      "NIP pejabat yang mengesahkan tampaknya tidak benar.",
      "Cocokkan dengan SK pejabat: NIP terdiri atas 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut).",
      template: "NIP '{value}' pada Disahkan oleh tampaknya tidak benar."),
    "model.nomor-bad-month": IndonesianEntry(
      "Bulan pada Nomor SOP tidak sah; seharusnya 1 sampai 12.",
      "Periksa angka bulan pada Nomor SOP, yaitu bagian sebelum tahun."),
    "model.nomor-year-mismatch": IndonesianEntry(
      "Tahun pada Nomor SOP berbeda dengan tahun Tanggal Efektif (atau Tanggal Pembuatan).",
      "Periksa Nomor SOP dan tanggalnya: nomor naskah memuat tahun saat nomor itu diberikan."),

    // MARK: output — what is written
    "output.draft-withheld": IndonesianEntry(
      "SOP masih berupa draf yang memuat kesalahan, jadi dokumen untuk ditandatangani belum dibuat.",
      "Perbaiki dulu semua kesalahan yang tercantum, lalu buat dokumennya lagi. Untuk sekadar dilihat, dokumen dapat dibuat dengan tanda DRAF."),

    "output.template-first-flowchart": IndonesianEntry(
      "Templat isian hanya memuat bagan alir pertama SOP ini; bagan alir berikutnya tidak ada di templat.",
      "Simpan juga SOP ini sebagai JSON (-t json) agar bagan alir lainnya tidak hilang, lalu periksa bagan alir itu di sana."),

    "output.sign-marker-in-text": IndonesianEntry(
      "Karakter penanda TTE sudah ada di teks SOP, jadi dokumen untuk TTE tidak dibuat: layanan TTE dapat menaruh tanda tangan di tempat yang salah.",
      "Hapus karakter itu dari teks SOP, atau pilih karakter penanda lain dengan --sign-marker yang tidak ada di teks SOP.",
      template: "Karakter penanda TTE '{marker}' sudah ada di teks SOP ({count} kali), jadi dokumen untuk TTE tidak dibuat.",
      hintTemplate: "Hapus '{marker}' dari teks SOP, atau pilih karakter penanda lain dengan --sign-marker yang tidak ada di teks SOP."),
    "output.srikandi-pdf": IndonesianEntry(
      "PDF tidak dibuat untuk mode SRIKANDI: SRIKANDI menerima dokumen Word dan mengubahnya sendiri menjadi PDF saat ditandatangani.",
      "Unduh dokumen Word (DOCX) untuk SRIKANDI, atau pilih mode tte-kemenag atau basah untuk PDF."),

    // MARK: signing — `sopkit verify-signing`
    "signing.token-missing": IndonesianEntry(
      "Token SRIKANDI yang harus ada di blok DISAHKAN OLEH tidak ditemukan, jadi SRIKANDI tidak dapat mengisinya.",
      "Buat dokumen Word lagi dengan sopkit --sign srikandi, atau ketik token itu persis seperti aslinya di tempatnya.",
      template: "Token SRIKANDI {token} tidak ditemukan di dokumen.",
      hintTemplate: "Buat dokumen Word lagi dengan sopkit --sign srikandi, atau ketik {token} persis seperti itu di tempatnya."),
    "signing.token-repeated": IndonesianEntry(
      "Token SRIKANDI muncul lebih dari sekali; SRIKANDI hanya mengisi satu tempat.",
      "Hapus token yang berlebih sehingga setiap token tinggal satu di blok DISAHKAN OLEH.",
      template: "Token SRIKANDI {token} muncul {count} kali; seharusnya {expected} kali.",
      hintTemplate: "Hapus {token} yang berlebih sehingga tinggal satu di blok DISAHKAN OLEH."),
    "signing.token-split": IndonesianEntry(
      "Token SRIKANDI terpecah ke beberapa potongan teks (run) di Word, jadi SRIKANDI tidak mengenalinya.",
      "Hapus token itu lalu ketik ulang sekaligus tanpa mengubah format di tengahnya, atau buat dokumennya lagi dengan sopkit --sign srikandi.",
      template: "Token SRIKANDI {token} terpecah menjadi {runs} potongan teks (run), jadi SRIKANDI tidak mengenalinya.",
      hintTemplate: "Hapus {token} lalu ketik ulang sekaligus tanpa mengubah format di tengahnya, atau buat dokumennya lagi dengan sopkit --sign srikandi."),
    "signing.placeholder-broken": IndonesianEntry(
      "Ada teks yang mirip token SRIKANDI tetapi penulisannya rusak (misalnya kurang $ atau kurung kurawal).",
      "Perbaiki menjadi token yang utuh, misalnya ${ttd_pengirim}, atau hapus teks itu.",
      template: "Teks '{text}' mirip token SRIKANDI tetapi penulisannya rusak.",
      hintTemplate: "Perbaiki '{text}' menjadi {expected}, atau hapus teks itu."),
    "signing.token-leftover": IndonesianEntry(
      "Dokumen ini bukan untuk SRIKANDI tetapi masih memuat token SRIKANDI; token itu akan tercetak apa adanya.",
      "Buat dokumennya lagi dengan mode penandatanganan yang benar (--sign tte-kemenag atau basah).",
      template: "Dokumen mode {mode} masih memuat token SRIKANDI {token}.",
      hintTemplate: "Buat dokumennya lagi dengan --sign {mode}, atau hapus {token} dan isi data yang sebenarnya."),
    "signing.marker-count": IndonesianEntry(
      "Karakter penanda TTE harus ada tepat satu kali di tempat tanda tangan; layanan TTE menaruh tanda tangan pada penanda yang pertama.",
      "Buat dokumennya lagi dengan sopkit --sign tte-kemenag, dan pastikan karakter penanda tidak dipakai di teks SOP (pilih karakter lain dengan --sign-marker).",
      template: "Karakter penanda TTE '{marker}' ada {count} kali; seharusnya {expected} kali.",
      hintTemplate: "Buat dokumennya lagi dengan sopkit --sign tte-kemenag, dan pastikan '{marker}' tidak dipakai di teks SOP (atau pilih penanda lain dengan --sign-marker)."),
    "signing.no-room": IndonesianEntry(
      "Ruang untuk tanda tangan di blok DISAHKAN OLEH tidak ada atau terlalu sempit.",
      "Sisakan ruang kosong sekitar 2,5–3 cm antara jabatan dan nama penanda tangan, atau buat dokumennya lagi dengan sopkit.",
      template: "Ruang tanda tangan di blok DISAHKAN OLEH hanya {found} cm; seharusnya paling sedikit {minimum} cm.",
      hintTemplate: "Sisakan ruang kosong paling sedikit {minimum} cm antara jabatan dan nama penanda tangan, atau buat dokumennya lagi dengan sopkit."),

    // MARK: serve — uploads to `sopkit serve`
    "serve.empty-upload": IndonesianEntry(
      "Belum ada berkas yang dipilih, atau berkas yang diunggah kosong.",
      "Pilih berkas SOP terlebih dahulu, lalu tekan Periksa."),
    "serve.too-large": IndonesianEntry(
      "Berkas yang diunggah terlalu besar.",
      "Perkecil berkas (hapus gambar yang besar atau pisahkan SOP ke beberapa berkas), atau minta admin menaikkan batas unggah.",
      template: "Berkas yang diunggah terlalu besar; server ini menerima paling besar {limit}."),
    "serve.unsupported-file": IndonesianEntry(
      "Jenis berkas ini tidak dapat dibaca.",
      "Simpan SOP sebagai Excel (.xlsx), Word (.docx) atau CSV, lalu unggah lagi. PDF dan hasil pindaian tidak dapat dibaca."),
    "serve.bad-request": IndonesianEntry(
      "Permintaan tidak dapat diproses.",
      "Kembali ke halaman utama, pilih berkas SOP, lalu coba lagi."),
    "serve.cannot-listen": IndonesianEntry(
      "Layanan sopkit tidak dapat dijalankan pada alamat atau port ini.",
      "Port itu mungkin sedang dipakai program lain; coba port lain, misalnya --port 8081."),

    // MARK: internal
    "internal.failure": IndonesianEntry(
      "Terjadi kesalahan di dalam sopkit.",
      "Laporkan kepada admin beserta berkas yang sedang diproses."),
  ]
}
