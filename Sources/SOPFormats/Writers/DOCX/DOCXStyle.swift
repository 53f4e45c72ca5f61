/// The named paragraph styles the Word body uses, by style id (`Templates/docx/word/styles.xml`).
///
/// The ids are stable: a reference document (`--reference-doc`) changes a style by defining the
/// same id, and a style it lacks keeps the template's definition.
enum DOCXStyle: String, CaseIterable {
  /// Table text; carries the font and base size that the other SOP styles build on.
  case teks = "SOPTeks"
  /// Centred cell text: step numbers, Waktu, the total.
  case tengah = "SOPTengah"
  /// The kop lines of the identity page.
  case kop = "SOPKop"
  /// The identity labels (NOMOR SOP, …).
  case label = "SOPLabel"
  /// The NAMA SOP value.
  case namaSOP = "SOPNamaSOP"
  /// The DISAHKAN OLEH block.
  case pengesahan = "SOPPengesahan"
  /// The title of a list box (Dasar Hukum, …).
  case judulDaftar = "SOPJudulDaftar"
  /// The flowchart table's header and JUMLAH WAKTU.
  case kepalaTabel = "SOPKepalaTabel"
  /// The second header row: Pelaksana names, KELENGKAPAN, WAKTU, OUTPUT.
  case kepalaKolom = "SOPKepalaKolom"
  /// Pelaksana names in narrow columns.
  case kepalaKolomSempit = "SOPKepalaKolomSempit"
  /// Text inside a flowchart symbol.
  case simbol = "SOPSimbol"
  /// The Ya / Tidak label of an arrow.
  case labelPanah = "SOPLabelPanah"

  /// The character style of the signing marks (SRIKANDI tokens, the TTE Kemenag `^`).
  static let penanda = "SOPPenanda"
  /// The table style of the identity and flowchart tables.
  static let tabel = "SOPTabel"

  /// Cells in these styles are centred vertically as well.
  var centresVertically: Bool {
    switch self {
    case .tengah, .kop, .kepalaTabel, .kepalaKolom, .kepalaKolomSempit: return true
    default: return false
    }
  }
}
