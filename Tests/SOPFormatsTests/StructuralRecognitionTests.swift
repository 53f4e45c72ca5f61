import Foundation
import SOPFormats
import SOPModel
import Testing

/// The steps table is found from its structure, words being hints (sop-ap-format §13): each case is
/// a variant seen in real SOPs, written here as the rows a spreadsheet gives.
@Suite struct StructuralRecognitionTests {
  static func check(_ csv: String) -> Converter.Checked {
    Converter.check(bytes: Array(csv.utf8), format: .csv, source: "variant.csv")
  }

  @Test(arguments: ["Pelaksanaan", "Pelaku", "PELAKSANA", "", "Pihak yang Terlibat"])
  func actorColumnsAreTheSubHeaderBetweenKegiatanAndMutuBaku(_ group: String) throws {
    let checked = Self.check("""
      Nama SOP;Verifikasi Berita
      No;Kegiatan;\(group);;Mutu Baku;;;Ket
      ;;Petugas Komunikasi;Kepala Siaga;Kelengkapan;Waktu;Output;
      1;Menerima berita;mulai;;Formulir;5 menit;Berita;
      2;Memverifikasi berita;;proses;Berita;10 menit;Berita terverifikasi;
      3;Menutup;;selesai;-;1 menit;Arsip;

      """)
    let flowchart = try #require(checked.file?.sops.first?.flowcharts.first)
    #expect(flowchart.pelaksana == ["Petugas Komunikasi", "Kepala Siaga"])
    #expect(flowchart.steps.map(\.pelaksana) == ["Petugas Komunikasi", "Kepala Siaga", "Kepala Siaga"])
    #expect(flowchart.steps[1].mutuBaku.kelengkapan == "Berita")
    #expect(!checked.diagnostics.contains { $0.severity == .error }, "\(checked.diagnostics)")
    if group == "Pihak yang Terlibat" {
      #expect(checked.diagnostics.contains { $0.code == .importHeaderByPlace && $0.message.contains(group) })
    }
  }

  @Test func aMutuBakuColumnUnderAPelaksanaHeaderMergedTooFarIsNoActor() throws {
    let checked = Self.check("""
      Nama SOP;Pelayanan
      No;Kegiatan;PELAKSANA;;;MUTU BAKU;;Keterangan
      ;;Staf;Kepala;"Persyaratan/
      Kelengkapan";Waktu;Output;
      1;Menerima berkas;●;;KTP;5 menit;Berkas;
      2;Memutuskan;;◆;Berkas;10 menit;Keputusan;
      3;Menyerahkan;●;;-;5 menit;Surat;

      """)
    let flowchart = try #require(checked.file?.sops.first?.flowcharts.first)
    #expect(flowchart.pelaksana == ["Staf", "Kepala"])
    #expect(flowchart.steps[0].mutuBaku.kelengkapan == "KTP")
    // ◆ typed in the actor cell is a decision; ● says who, not which symbol.
    #expect(flowchart.steps[1].shape == .decision)
    #expect(flowchart.steps[0].shape == nil && flowchart.steps[0].pelaksana == "Staf")
    #expect(!checked.diagnostics.contains { $0.code == .modelUnsupportedSymbol })
  }

  @Test func aStepMarkedForTwoActorsIsDoneTogether() throws {
    let checked = Self.check("""
      Nama SOP;Rapat
      No;Kegiatan;Kasi;Staf;Waktu;Output
      1;Membuka rapat;x;;5 menit;Rapat dibuka
      2;Membahas usulan;x;proses;30 menit;Notulen
      3;Menutup rapat;x;;5 menit;Rapat ditutup

      """)
    let steps = try #require(checked.file?.sops.first?.flowcharts.first?.steps)
    // The column whose mark names a symbol keeps the symbol and the arrows.
    #expect(steps[1].pelaksana == "Staf" && steps[1].coActors == ["Kasi"] && steps[1].shape == .process)
    #expect(checked.diagnostics.contains { $0.code == .importSharedStep })
    #expect(!checked.diagnostics.contains { $0.severity == .error }, "\(checked.diagnostics)")
    let json = SOPJSON.encode(try #require(checked.file))
    #expect(json.contains("\"co_actors\": [\"Kasi\"]"))
    #expect(SOPJSON.decode(Array(json.utf8), file: "x.json").file == checked.file, "co-actors read back from JSON")
  }

  @Test func aCoActorMustBeAnActorColumn() throws {
    let json = """
      {"format": "sopkit", "version": 1, "sops": [{"nama_sop": "X", "flowcharts": [{"actors": ["A", "B"], "steps": [
        {"nomor": 1, "kegiatan": "Mulai", "actor": "A", "co_actors": ["C"], "output": "x"},
        {"nomor": 2, "kegiatan": "Selesai", "actor": "B", "output": "y"}]}]}]}
      """
    let checked = Converter.check(bytes: Array(json.utf8), format: .json, source: "x.json")
    #expect(checked.diagnostics.contains { $0.code == .modelUnknownActor && $0.location?.path == "$.sops[0].flowcharts[0].steps[0].co_actors[0]" })
  }

  @Test func aTitleRowNamesTheSOPWhenNoLabelDoes() throws {
    let checked = Self.check("""
      STANDAR OPERASIONAL PROSEDUR
      SOP PENANGANAN INFORMASI POTENSI BENCANA DI BCC
      No;Kegiatan;Petugas;Kepala;Waktu;Output
      1;Menerima informasi;x;;5 menit;Informasi
      2;Menutup;;x;5 menit;Laporan

      """)
    let sop = try #require(checked.file?.sops.first)
    #expect(sop.identity.namaSOP == "PENANGANAN INFORMASI POTENSI BENCANA DI BCC")
    #expect(checked.diagnostics.contains { $0.code == .importTitleAsName })
    #expect(!checked.diagnostics.contains { $0.code == .modelMissingNamaSOP })
  }

  @Test func aFootnoteBelowTheTableIsNoStep() throws {
    let checked = Self.check("""
      Nama SOP;Rapat
      No;Kegiatan;Kasi;Waktu;Output
      1;Membuka rapat;x;5 menit;Rapat dibuka
      2;Menutup rapat;x;5 menit;Rapat ditutup

      *** Dicetak dari aplikasi ***
      """)
    #expect(checked.file?.sops.first?.flowcharts.first?.steps.count == 2)
    #expect(!checked.diagnostics.contains { $0.code == .importBadStepNumber })
  }

  /// A table cut in two ("Lanjutan", numbers going on) is one flowchart of one SOP, and a problem in
  /// its second part is located there.
  @Test func aContinuedTableIsOneFlowchart() throws {
    let checked = Self.check("""
      KANTOR KEMENTERIAN AGAMA KOTA BATU
      Nama SOP;Pelayanan Surat
      No;Kegiatan;Petugas;Kepala;Waktu;Output;Jika Tidak
      1;Menerima surat;mulai;;5 menit;Surat;
      2;Memeriksa surat;;proses;5 menit;Surat;

      Lanjutan
      No;Kegiatan;Petugas;Kepala;Waktu;Output;Jika Tidak
      3;Memutuskan;;keputusan;5 menit;Keputusan;ke langkah sembilan
      4;Mengarsipkan;selesai;;5 menit;Arsip;

      """)
    let sops = try #require(checked.file?.sops)
    #expect(sops.count == 1)
    #expect(sops[0].identity.namaSOP == "Pelayanan Surat")
    #expect(sops[0].flowcharts.map { $0.steps.map(\.nomor) } == [[1, 2, 3, 4]])
    let bad = try #require(checked.diagnostics.first { $0.code == .importBadTarget })
    #expect(bad.location?.row == 9)
    #expect(bad.location?.path == "$.sops[0].flowcharts[0].steps[2].tidak")
    #expect(!checked.diagnostics.contains { $0.code == .modelStepNumberGap })
  }

  /// A short and a complete flowchart of one procedure ("SOP LENGKAP") are one SOP; tables with
  /// titles of their own naming other procedures are SOPs of their own.
  @Test(arguments: [("SOP LENGKAP PENANGANAN INFORMASI DI BCC", 1), ("SOP PENANGANAN KECELAKAAN KAPAL", 2)])
  func tablesTitledAsVersionsOfOneProcedureAreOneSOP(_ second: String, _ sops: Int) throws {
    let checked = Self.check("""
      SOP PENANGANAN INFORMASI DI BCC
      No;Kegiatan;Petugas;Kepala;Waktu;Output
      1;Menerima informasi;mulai;;5 menit;Informasi
      2;Menutup;;selesai;5 menit;Laporan

      \(second)
      No;Kegiatan;Petugas;Kepala;Waktu;Output
      1;Menerima informasi;mulai;;5 menit;Informasi
      2;Memverifikasi;;proses;5 menit;Informasi terverifikasi
      3;Menutup;;selesai;5 menit;Laporan

      """)
    let file = try #require(checked.file)
    #expect(file.sops.count == sops)
    #expect(file.sops.flatMap(\.flowcharts).count == 2)
    #expect(file.sops[0].identity.namaSOP == "PENANGANAN INFORMASI DI BCC")
  }

  @Test func aBareNumberTakesTheUnitTheWaktuHeaderNames() throws {
    let checked = Self.check("""
      Nama SOP;Legalisir
      No;Kegiatan;Staf;Kepala;Waktu (menit);Output
      1;Menerima berkas;x;;10;Berkas
      2;Menandatangani;;x;2 hari kerja;Surat
      3;Menyerahkan;x;;5;Surat

      """)
    let steps = try #require(checked.file?.sops.first?.flowcharts.first?.steps)
    #expect(steps.map { $0.mutuBaku.waktu?.unit } == [.menit, .hariKerja, .menit])
    #expect(steps[0].mutuBaku.waktu?.implied == true)
  }

  @Test(arguments: [
    ("± 15 mnt", 15.0, WaktuUnit.menit), ("1 x 24 jam", 24, .jam), ("½ jam", 0.5, .jam), ("± 30 dtk", 30, .detik),
    ("maks. 3 hari kerja", 3, .hariKerja), ("kurang lebih 2 jam", 2, .jam), ("5 \nMenit", 5, .menit),
  ])
  func waktuAsOfficesWriteIt(_ text: String, _ value: Double, _ unit: WaktuUnit) {
    let waktu = Waktu.parse(text)
    #expect(waktu?.value == value && waktu?.unit == unit && waktu?.raw == text)
  }
}
