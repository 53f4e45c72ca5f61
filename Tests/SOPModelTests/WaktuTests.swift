import SOPModel
import Testing

/// How one Waktu cell must be read.
struct WaktuCase: CustomStringConvertible, Sendable {
  let text: String
  let value: Double?
  let unit: WaktuUnit?
  var from: Double? = nil
  var per: String? = nil
  var implied = false
  var description: String { text.debugDescription }
}

private let waktuCases: [WaktuCase] = [
  WaktuCase(text: "15 menit", value: 15, unit: .menit),
  WaktuCase(text: "15 Menit", value: 15, unit: .menit),
  WaktuCase(text: "1 jam", value: 1, unit: .jam),
  WaktuCase(text: "2 Hari Kerja", value: 2, unit: .hariKerja),
  WaktuCase(text: "2 hari", value: 2, unit: .hari),
  WaktuCase(text: "5 \nMenit", value: 5, unit: .menit),
  WaktuCase(text: "1,5 jam", value: 1.5, unit: .jam),
  WaktuCase(text: "1.5 jam", value: 1.5, unit: .jam),
  WaktuCase(text: "1-2 hari", value: 2, unit: .hari, from: 1),
  WaktuCase(text: "1 - 2 Hari Kerja", value: 2, unit: .hariKerja, from: 1),
  WaktuCase(text: "10", value: 10, unit: .menit, implied: true),
  WaktuCase(text: "1 Hari Kerja/150 Siswa", value: 1, unit: .hariKerja, per: "150 Siswa"),
  WaktuCase(text: "1 Hari Kerja/ 150 Lembar", value: 1, unit: .hariKerja, per: "150 Lembar"),
  WaktuCase(text: "1 minggu", value: 1, unit: .minggu),
  WaktuCase(text: "3 bulan", value: 3, unit: .bulan),
  WaktuCase(text: "1 tahun", value: 1, unit: .tahun),
  WaktuCase(text: "segera", value: nil, unit: nil),
  WaktuCase(text: "2-1 hari", value: nil, unit: nil),
  WaktuCase(text: "15 menit lagi", value: nil, unit: nil),
]

@Test("Waktu cells are read as the spec lists them", arguments: waktuCases)
func waktuParses(_ expected: WaktuCase) throws {
  let waktu = try #require(Waktu.parse(expected.text))
  #expect(waktu.raw == expected.text, "the text as written is kept")
  #expect(waktu.value == expected.value)
  #expect(waktu.unit == expected.unit)
  #expect(waktu.from == expected.from)
  #expect(waktu.per == expected.per)
  #expect(waktu.implied == expected.implied)
}

@Test("An empty Waktu cell is no Waktu, and a bare number takes the SOP's implied unit")
func waktuEmptyAndImplied() {
  #expect(Waktu.parse("") == nil)
  #expect(Waktu.parse(" \n ") == nil)
  let bare = Waktu.parse("3", impliedUnit: .hariKerja)
  #expect(bare?.unit == .hariKerja)
  #expect(bare?.implied == true)
}

@Test("Waktu prints with a decimal comma and normalised spaces")
func waktuFormatting() {
  #expect(Waktu.format(1.5, .jam) == "1,5 jam")
  #expect(Waktu.format(2, .hariKerja) == "2 hari kerja")
  #expect(Waktu.parse("5 \nMenit")?.display == "5 Menit")
}

/// The durations of one flowchart and the total it must get.
struct TotalCase: CustomStringConvertible, Sendable {
  let cells: [String?]
  let expected: String?
  var description: String { cells.map { $0 ?? "·" }.joined(separator: " + ") }
}

private let totalCases: [TotalCase] = [
  TotalCase(cells: ["15 menit", "10 menit", "10 menit"], expected: "35 menit"),
  TotalCase(cells: ["30 menit", "2 jam"], expected: "2 jam 30 menit"),
  TotalCase(cells: ["1 jam", "1 jam"], expected: "2 jam"),
  TotalCase(cells: ["1,5 jam", "30 menit"], expected: "2 jam"),
  TotalCase(cells: ["2 Hari Kerja", nil, "1 hari kerja"], expected: "3 hari kerja"),
  TotalCase(cells: ["1 minggu", "2 hari"], expected: "9 hari"),
  TotalCase(cells: ["6 bulan", "1 tahun"], expected: "1 tahun 6 bulan"),
  TotalCase(cells: ["1-2 hari", "1 hari"], expected: "3 hari"),
  TotalCase(cells: ["1 hari", "1 hari kerja"], expected: nil),
  TotalCase(cells: ["30 menit", "1 hari"], expected: nil),
  TotalCase(cells: ["1 Hari Kerja/150 Siswa", "1 hari kerja"], expected: nil),
  TotalCase(cells: ["segera", "5 menit"], expected: nil),
]

@Test("A total is given only when the units allow it", arguments: totalCases)
func waktuTotal(_ testCase: TotalCase) {
  let total = WaktuTotal.compute(testCase.cells.map { $0.flatMap { Waktu.parse($0) } })
  switch total {
  case .total(_, _, let text): #expect(text == testCase.expected)
  case .unavailable(let reason):
    #expect(testCase.expected == nil, "no total: \(reason)")
    #expect(!reason.isEmpty)
  case .empty: Issue.record("steps with Waktu gave an empty total")
  }
}

@Test("No Waktu at all is an empty total, not zero")
func waktuTotalEmpty() {
  #expect(WaktuTotal.compute([nil, nil]) == .empty)
}
