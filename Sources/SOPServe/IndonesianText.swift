import SOPModel

/// The Indonesian words the page puts around sopkit's own (English) diagnostics.
enum IndonesianText {
  /// "Kesalahan", "Peringatan" or "Catatan".
  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: return "Kesalahan"
    case .warning: return "Peringatan"
    case .note: return "Catatan"
    }
  }

  /// Where a diagnostic points, in words: "lembar 'Prosedur', sel C9", "baris 12, kolom 3",
  /// "tabel ke-2, baris 4", with the place in the SOP when it is known
  /// (``SourceLocation/indonesianDescription``); "—" for none.
  static func location(_ location: SourceLocation?) -> String {
    guard let location else { return "—" }
    return location.indonesianDescription
  }

  /// The heading of a check result.
  static func title(_ outcome: CheckOutcome, _ language: Language = .id) -> String {
    if language == .en { return EnglishText.title(outcome) }
    switch outcome.status {
    case .ok: return "SOP lolos pemeriksaan"
    case .warnings: return "SOP dapat dikonversi, dengan \(outcome.warningCount) peringatan"
    case .errors: return "DRAF: ada \(outcome.errorCount) kesalahan yang harus diperbaiki"
    case .unreadable: return "Berkas tidak dapat dibaca sebagai SOP"
    case .unsupported: return "Jenis berkas tidak didukung"
    }
  }

  /// What to do next, for a person who is not a programmer.
  static func advice(_ outcome: CheckOutcome, _ language: Language = .id) -> String {
    if language == .en { return EnglishText.advice(outcome) }
    switch outcome.status {
    case .ok:
      return "Tidak ada masalah. Silakan unduh SOP dalam format yang Anda perlukan di bawah."
    case .warnings:
      return "SOP tetap dapat diunduh. Sebaiknya baca peringatan di bawah dan perbaiki berkas asli bila perlu."
    case .errors:
      return "SOP terbaca sebagai DRAF. Perbaiki setiap kesalahan pada lokasi yang disebutkan (baca juga sarannya) di berkas asli, "
        + "atau unduh Excel: templat isian berisi SOP ini dengan sel yang perlu diperbaiki ditandai. Simpan, lalu periksa lagi. "
        + "Word untuk ditandatangani baru dapat diunduh setelah semua kesalahan diperbaiki."
    case .unreadable:
      return "Pastikan berkas yang dipilih adalah SOP dalam bentuk CSV, Excel (.xlsx), Word (.docx/.doc) atau JSON sopkit, "
        + "tidak rusak dan tidak dikunci dengan kata sandi. Bila ragu, unduh Templat Isian Kosong, isi, lalu unggah templat itu."
    case .unsupported:
      return "Simpan SOP sebagai CSV, Excel (.xlsx) atau Word (.docx) lalu unggah lagi. PDF dan hasil pindaian tidak dapat dibaca."
    }
  }

  /// The heading of a refused request (HTTP 4xx/5xx).
  static func errorTitle(status: Int, _ language: Language = .id) -> String {
    if language == .en { return EnglishText.errorTitle(status: status) }
    switch status {
    case 413: return "Berkas terlalu besar"
    case 415: return "Jenis berkas tidak didukung"
    case 422: return "SOP belum dapat dikonversi"
    case 400..<500: return "Permintaan tidak dapat diproses"
    default: return "Terjadi kesalahan di server"
    }
  }

  /// What to do after a refused request.
  static func errorAdvice(status: Int, _ language: Language = .id) -> String {
    if language == .en { return EnglishText.errorAdvice(status: status) }
    switch status {
    case 413: return "Perkecil berkas (misalnya pisahkan SOP ke beberapa berkas atau hapus gambar besar), atau minta admin menaikkan batas unggah."
    case 415: return "Simpan SOP sebagai CSV, Excel (.xlsx) atau Word (.docx) lalu unggah lagi."
    case 422: return "Perbaiki kesalahan di bawah pada berkas asli, simpan, lalu unggah lagi."
    case 400..<500: return "Kembali ke halaman utama, pilih berkas SOP, lalu coba lagi."
    default: return "Coba lagi. Bila masih gagal, laporkan kepada admin beserta berkasnya."
    }
  }
}
