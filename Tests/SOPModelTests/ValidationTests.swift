import SOPModel
import Testing

/// A small valid SOP: Mulai → verify (decision, Tidak loops back) → process → Selesai.
private func validSOP() -> SOPDocument {
  let identity = Identity(
    nomorSOP: "B-12/Kk.11.30/1/OT.01.3/11/2020",
    tanggal: Identity.Tanggal(
      pembuatan: SOPDate(day: SOPDate.Day(year: 2020, month: 10, day: 1), raw: "1 Oktober 2020"),
      efektif: SOPDate(day: SOPDate.Day(year: 2020, month: 11, day: 9), raw: "9 November 2020")),
    pengesahan: Pengesahan(jabatan: "Kepala KUA", nama: "H. Ahmad Fauzi", nip: "19780312 200501 1 004"),
    namaSOP: "Pelayanan Pendaftaran Nikah")
  let steps = [
    Step(nomor: 1, kegiatan: "Menyerahkan berkas pendaftaran", pelaksana: "Catin", shape: .terminator,
         mutuBaku: .init(waktu: Waktu.parse("10 menit"), output: "Berkas")),
    Step(nomor: 2, kegiatan: "Memeriksa kelengkapan berkas", pelaksana: "Petugas", shape: .decision,
         flow: .init(ya: .step(3), tidak: .step(1)), mutuBaku: .init(waktu: Waktu.parse("15 menit"), output: "Berkas diperiksa")),
    Step(nomor: 3, kegiatan: "Mencatat pendaftaran di SIMKAH", pelaksana: "Petugas", shape: .process,
         mutuBaku: .init(waktu: Waktu.parse("1 jam"), output: "Data SIMKAH")),
    Step(nomor: 4, kegiatan: "Menandatangani bukti pendaftaran", pelaksana: "Kepala KUA", shape: .terminator,
         mutuBaku: .init(waktu: Waktu.parse("5 menit"), output: "Bukti pendaftaran")),
  ]
  return SOPDocument(identity: identity, flowcharts: [Flowchart(pelaksana: ["Catin", "Petugas", "Kepala KUA"], steps: steps)])
}

private func codes(_ sop: SOPDocument) -> [String] {
  SOPValidator.validate(SOPFile(sops: [sop])) { SourceLocation(file: "t.json", path: $0) }.map(\.code.id)
}

/// One mistake, and the single diagnostic code it must produce.
struct Mistake: CustomStringConvertible, Sendable {
  let description: String
  let expected: [String]
  let apply: @Sendable (inout SOPDocument) -> Void
}

private let mistakes: [Mistake] = [
  Mistake(description: "empty nama", expected: ["model.missing-nama-sop"]) { $0.identity.namaSOP = "  " },
  Mistake(description: "no flowchart", expected: ["model.no-flowchart"]) { $0.flowcharts = [] },
  Mistake(description: "no steps", expected: ["model.empty-flowchart"]) { $0.flowcharts[0].steps = [] },
  Mistake(description: "dangling Ya", expected: ["model.missing-target"]) { $0.flowcharts[0].steps[1].flow.ya = .step(9) },
  Mistake(description: "dangling next", expected: ["model.missing-target"]) { $0.flowcharts[0].steps[2].flow.next = .step(7) },
  Mistake(description: "decision without Tidak", expected: ["model.decision-missing-exit"]) { $0.flowcharts[0].steps[1].flow.tidak = nil },
  Mistake(description: "decision with both exits alike", expected: ["model.decision-same-exits"]) { $0.flowcharts[0].steps[1].flow.tidak = .step(3) },
  Mistake(description: "process with Ya/Tidak", expected: ["model.branch-on-non-decision"]) {
    $0.flowcharts[0].steps[2].flow = .init(ya: .step(4), tidak: .step(4))
  },
  Mistake(description: "unknown actor", expected: ["model.unknown-actor"]) { $0.flowcharts[0].steps[2].pelaksana = "Petugs" },
  Mistake(description: "missing actor", expected: ["model.missing-actor"]) { $0.flowcharts[0].steps[2].pelaksana = nil },
  Mistake(description: "unused actor", expected: ["model.unused-actor"]) { $0.flowcharts[0].pelaksana.append("Penghulu") },
  Mistake(description: "duplicate actor", expected: ["model.duplicate-actor", "model.unused-actor"]) { $0.flowcharts[0].pelaksana.append("petugas") },
  Mistake(description: "empty kegiatan", expected: ["model.empty-kegiatan"]) { $0.flowcharts[0].steps[2].kegiatan = "" },
  Mistake(description: "subject in activity", expected: ["model.subject-in-activity"]) { $0.flowcharts[0].steps[2].kegiatan = "Petugas mencatat pendaftaran" },
  Mistake(description: "empty output", expected: ["model.empty-output"]) { $0.flowcharts[0].steps[2].mutuBaku.output = nil },
  Mistake(description: "unofficial symbol", expected: ["model.unsupported-symbol"]) { $0.flowcharts[0].steps[2].shape = .other("document") },
  Mistake(description: "duplicate number", expected: ["model.duplicate-step"]) { $0.flowcharts[0].steps[3].nomor = 3 },
  Mistake(description: "number gap", expected: ["model.step-number-gap"]) { $0.flowcharts[0].steps[3].nomor = 6 },
  Mistake(description: "process at the start", expected: ["model.no-terminator"]) { $0.flowcharts[0].steps[0].shape = .process },
  Mistake(description: "process at the end", expected: ["model.no-terminator"]) { $0.flowcharts[0].steps[3].shape = .process },
  Mistake(description: "unreachable step", expected: ["model.unreachable-step"]) { $0.flowcharts[0].steps[1].flow.ya = .step(4) },
  Mistake(description: "loop without exit", expected: ["model.dead-end"]) {
    $0.flowcharts[0].steps[1].flow = .init(ya: .step(4), tidak: .step(3))
    $0.flowcharts[0].steps[2].flow.next = .step(3)
  },
  Mistake(description: "unparsed waktu", expected: ["model.waktu-unparsed", "model.waktu-total-unavailable"]) {
    $0.flowcharts[0].steps[2].mutuBaku.waktu = Waktu.parse("sesuai jadwal")
  },
  Mistake(description: "rate", expected: ["model.waktu-rate", "model.waktu-total-unavailable"]) {
    $0.flowcharts[0].steps[2].mutuBaku.waktu = Waktu.parse("1 hari kerja/150 siswa")
  },
  Mistake(description: "mixed units", expected: ["model.waktu-total-unavailable"]) { $0.flowcharts[0].steps[2].mutuBaku.waktu = Waktu.parse("2 hari") },
  Mistake(description: "waktu value edited apart from raw", expected: ["model.waktu-mismatch"]) { $0.flowcharts[0].steps[2].mutuBaku.waktu?.value = 2 },
  Mistake(description: "implied unit", expected: ["model.waktu-unit-implied"]) { $0.flowcharts[0].steps[2].mutuBaku.waktu = Waktu.parse("30") },
  Mistake(description: "wrong total row", expected: ["model.waktu-mismatch"]) { $0.flowcharts[0].totalWaktu = Waktu.parse("2 jam") },
  Mistake(description: "span past the end", expected: ["model.bad-span"]) { $0.flowcharts[0].steps[3].spans = [.waktu: 2] },
  Mistake(description: "span over a filled cell", expected: ["model.bad-span"]) { $0.flowcharts[0].steps[2].spans = [.output: 2] },
  Mistake(description: "bad NIP", expected: ["model.bad-nip"]) { $0.identity.pengesahan.nip = "1978 0312" },
  Mistake(description: "efektif before pembuatan", expected: ["model.date-order"]) {
    $0.identity.tanggal.efektif = SOPDate(day: SOPDate.Day(year: 2020, month: 9, day: 1), raw: "1 September 2020")
  },
  Mistake(description: "unreadable date text", expected: ["model.bad-date"]) { $0.identity.tanggal.revisi = SOPDate(day: nil, raw: "awal tahun") },
  Mistake(description: "impossible date text", expected: ["model.impossible-date"]) { $0.identity.tanggal.revisi = SOPDate(day: nil, raw: "31 Juni 2021") },
  Mistake(description: "misspelt month", expected: ["model.date-typo"]) {
    $0.identity.tanggal.efektif = SOPDate(day: SOPDate.Day(year: 2020, month: 11, day: 9), raw: "9 Novermber 2020")
  },
  Mistake(description: "text and date disagree", expected: ["model.date-mismatch"]) {
    $0.identity.tanggal.efektif = SOPDate(day: SOPDate.Day(year: 2020, month: 11, day: 10), raw: "9 November 2020")
  },
  Mistake(description: "nomor month 13", expected: ["model.nomor-bad-month"]) { $0.identity.nomorSOP = "B-12/Kk.11.30/1/OT.01.3/13/2020" },
  Mistake(description: "nomor from another year", expected: ["model.nomor-year-mismatch"]) { $0.identity.nomorSOP = "B-12/Kk.11.30/1/OT.01.3/11/2019" },
]

@Suite struct ValidationTests {
  @Test func theBaseSOPIsClean() {
    #expect(codes(validSOP()) == [])
  }

  @Test(arguments: mistakes)
  func eachMistakeIsReportedOnceWithItsCode(_ mistake: Mistake) {
    var sop = validSOP()
    mistake.apply(&sop)
    #expect(codes(sop).sorted() == mistake.expected.sorted())
  }

  @Test func inferredShapesNeedNoExplicitSymbols() {
    var sop = validSOP()
    for index in sop.flowcharts[0].steps.indices { sop.flowcharts[0].steps[index].shape = nil }
    #expect(codes(sop) == [])
    let chart = sop.flowcharts[0]
    #expect((0..<4).map { chart.effectiveShape(of: $0) } == [.terminator, .decision, .process, .terminator])
  }

  @Test func serialNumbersAreNotCheckedAsNaskahNumbers() {
    var sop = validSOP()
    sop.identity.nomorSOP = "01"
    #expect(codes(sop) == [])
  }

  @Test func diagnosticsCarryTheModelPath() {
    var sop = validSOP()
    sop.flowcharts[0].steps[1].flow.ya = .step(9)
    let diagnostics = SOPValidator.validate(SOPFile(sops: [sop])) { SourceLocation(file: "t.json", path: $0) }
    #expect(diagnostics.map { $0.location?.path } == ["$.sops[0].flowcharts[0].steps[1].ya"])
  }

  @Test func totalsCountMergedCellsOnce() {
    var sop = validSOP()
    sop.flowcharts[0].steps[2].spans = [.waktu: 2]
    sop.flowcharts[0].steps[3].mutuBaku.waktu = nil
    #expect(codes(sop) == [])
    #expect(sop.flowcharts[0].total == .total(value: 85, unit: .menit, text: "1 jam 25 menit"))
  }
}
