import SOPModel

/// Makes random but well-formed SOPs from a seed, for round-trip tests of writers and readers.
///
/// Texts carry what breaks naive CSV and XML code: commas, semicolons, quotes, line breaks,
/// apostrophes and non-ASCII letters. Values are what a reader would produce (Waktu parsed from
/// its text), so a lossless writer/reader pair gives the same model back.
public struct SOPGenerator {
  private var state: UInt64
  private let stepCount: ClosedRange<Int>
  private let actorCount: ClosedRange<Int>

  /// - Parameters:
  ///   - steps, actors: how many steps and Pelaksana a flowchart gets (benchmarks use 5–40 and 3–12).
  public init(seed: UInt64, steps: ClosedRange<Int> = 2...12, actors: ClosedRange<Int> = 1...6) {
    // Mixed, so that neighbouring seeds start far apart in the sequence (seed n + 1 used to give
    // seed n's SOP shifted by one draw, and 20 "different" SOPs were nearly the same).
    var z = seed &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    state = z ^ (z >> 31)
    stepCount = steps
    actorCount = actors
  }

  /// SplitMix64.
  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  private mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

  private mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

  private static let words = [
    "menerima", "berkas", "surat", "permohonan", "memeriksa", "kelengkapan", "Kepala", "Seksi", "disposisi",
    "mencatat", "aplikasi", "SIMKAH", "ijazah", "legalisir", "pegawai", "cuti", "anggaran", "RKA-K/L", "Jum’at",
    "“asli”", "\"paraf\"", "Rp600.000", "dll.", "(model N7)", "madrasah", "KUA", "Pemohon/Catin", "é",
    "=HYPERLINK(\"http://x\")", "-catatan", "+62 812", "@admin",
  ]

  private mutating func phrase(_ count: ClosedRange<Int>, punctuation: Bool = true) -> String {
    var text = (0..<int(count)).map { _ in pick(Self.words) }.joined(separator: " ")
    if punctuation, chance(30) { text += pick([", lalu ", "; ", " dan "]) + pick(Self.words) }
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  private mutating func paragraph() -> String {
    chance(20) ? phrase(2...6) + "\n" + phrase(2...5) : phrase(2...9)
  }

  private mutating func date() -> SOPDate? {
    guard chance(80) else { return nil }
    let day = SOPDate.Day(year: int(2010...2025), month: int(1...12), day: int(1...28))!
    switch int(0...2) {
    case 0: return SOPDate(day: day, raw: nil)
    case 1: return SOPDate(day: day, raw: day.indonesian)
    default: return SOPDate(day: day, raw: String(format2(day.day)) + "-" + format2(day.month) + "-" + String(day.year))
    }
  }

  private func format2(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

  private mutating func list(_ maximum: Int) -> [String] {
    (0..<int(0...maximum)).map { _ in paragraph() }
  }

  /// A file with one SOP most of the time, sometimes three.
  public mutating func file() -> SOPFile {
    SOPFile(sops: (0..<(chance(70) ? 1 : 3)).map { _ in sop() })
  }

  public mutating func sop() -> SOPDocument {
    var kop = Kop(logo: pick([.kemenag, .pemda, .none]), lines: (0..<int(0...3)).map { _ in phrase(2...5, punctuation: false).uppercased() })
    if chance(10) {
      kop.logo = .custom
      kop.logoFile = "logo-unit.png"
    }
    kop.alamat = chance(50) ? "Jl. " + phrase(2...4) + " No. \(int(1...99))" : nil
    kop.kontak = chance(30) ? "Telp. (0354) \(int(100_000...999_999))" : nil
    let identity = Identity(
      kop: kop, satker: chance(50) ? "KUA KECAMATAN " + phrase(1...2, punctuation: false).uppercased() : nil,
      nomorSOP: chance(80) ? pick(["01", "B-\(int(1...300))/Kk.13.30/1/OT.01.3/\(int(1...12))/2021", "SOP/\(int(1...40))"]) : nil,
      tanggal: Identity.Tanggal(pembuatan: date(), revisi: date(), efektif: date()),
      pengesahan: Pengesahan(
        jabatan: chance(90) ? "Kepala " + phrase(1...4) : nil, nama: chance(80) ? "H. " + phrase(2...3, punctuation: false) : nil,
        nip: chance(70) ? "19780312 200501 1 004" : nil, pangkat: chance(30) ? "Penata (III/c)" : nil),
      disusunOleh: chance(20) ? "Kasi " + phrase(1...2) : nil,
      namaSOP: phrase(2...8, punctuation: false).uppercased(),
      lists: IdentityLists(
        dasarHukum: list(4), kualifikasiPelaksana: list(3), keterkaitan: list(3), peralatanPerlengkapan: list(4),
        peringatan: list(2), pencatatanPendataan: list(3)),
      extra: IdentityExtra(
        definisi: chance(20) ? list(2) : [], caraMengatasi: chance(20) ? paragraph() : nil,
        ppbRef: chance(20) ? "PPB " + phrase(1...3) : nil, kka: chance(20) ? "OT.01.3" : nil,
        fields: chance(30) ? [IdentityExtra.LabelledField(label: pick(["Kode Layanan", "Unit Pengolah", "Masa Berlaku"]), value: paragraph())] : []))
    let count = chance(20) ? 2 : 1
    let flowcharts = (0..<count).map { _ in flowchart(titled: count > 1 && chance(60)) }
    return SOPDocument(identity: identity, flowcharts: flowcharts)
  }

  private static let actorNames = [
    "Pemohon", "Petugas Loket", "Operator SIMKAH", "Kepala KUA", "Penghulu", "Kasubbag TU", "Pelaksana 1", "Front Office",
    "Bidang PENMAD", "Umum/Arsip", "Kepala Kantor", "Tim Verifikasi",
  ]
  private static let waktuTexts = ["15 menit", "1 jam", "2 Hari Kerja", "1-2 hari", "1,5 jam", "5 \nMenit", "10", "segera", "1 Hari Kerja/ 150 Siswa", "3 hari"]

  private mutating func flowchart(titled: Bool) -> Flowchart {
    var names = Self.actorNames
    var actors: [String] = []
    for _ in 0..<int(actorCount) {
      actors.append(names.remove(at: int(0...names.count - 1)))
    }
    let count = int(stepCount)
    var steps: [Step] = []
    var coveredWaktu = 0
    var coveredKeterangan = 0
    for nomor in 1...count {
      var step = Step(nomor: nomor, kegiatan: paragraph(), pelaksana: pick(actors))
      if chance(40) { step.shape = pick([.terminator, .process, .decision, .process, .other("dokumen")]) }
      // Forward exits (Ya, Lanjut ke) keep every step on a path to the end; Tidak may loop back,
      // as real SOPs do, so the SOPs are valid as well as varied.
      let forward: StepTarget = nomor < count ? .step(int((nomor + 1)...count)) : .end
      if step.shape == .decision || (step.shape == nil && chance(15)) {
        step.flow.ya = chance(50) ? forward : nil
        step.flow.tidak = chance(90) ? .step(int(1...count)) : .end
        if chance(30) { step.flow.labels = Step.DecisionLabels(ya: "Lengkap", tidak: "Tidak lengkap") }
      } else if chance(15) {
        step.flow.next = chance(70) ? forward : .end
      }
      step.mutuBaku.kelengkapan = chance(85) ? paragraph() : nil
      step.mutuBaku.output = chance(90) ? paragraph() : nil
      if coveredWaktu > 0 {
        coveredWaktu -= 1
      } else {
        step.mutuBaku.waktu = chance(85) ? Waktu(raw: pick(Self.waktuTexts), value: nil, unit: nil) : nil
        if step.mutuBaku.waktu != nil, nomor < count, chance(15) {
          step.spans[.waktu] = 2
          coveredWaktu = 1
        }
      }
      if coveredKeterangan > 0 {
        coveredKeterangan -= 1
      } else {
        step.keterangan = chance(30) ? paragraph() : nil
        if step.keterangan != nil, nomor + 1 < count, chance(15) {
          step.spans[.keterangan] = 3
          coveredKeterangan = 2
        }
      }
      steps.append(step)
    }
    // Waktu as a reader gives it: parsed with the unit most steps write.
    var chart = Flowchart(judul: titled ? "Bagian " + phrase(1...3) : nil, pelaksana: actors, steps: steps)
    let probe = Flowchart(steps: steps.map { step in
      var copy = step
      copy.mutuBaku.waktu = step.mutuBaku.waktu.flatMap { Waktu.parse($0.raw) }
      return copy
    })
    for index in chart.steps.indices {
      if let raw = chart.steps[index].mutuBaku.waktu?.raw {
        chart.steps[index].mutuBaku.waktu = Waktu.parse(raw, impliedUnit: probe.impliedWaktuUnit)
      }
    }
    if chance(30) { chart.totalWaktu = Waktu.parse(pick(["35 menit", "2 jam 30 menit", "3 hari kerja"])) }
    return chart
  }
}
