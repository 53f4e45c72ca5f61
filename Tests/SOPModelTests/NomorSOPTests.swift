import SOPModel
import Testing

/// A NOMOR SOP text and its expected parts (`nil`: stays free text).
struct NomorCase: CustomStringConvertible, Sendable {
  let text: String
  let parts: NomorSOP?
  var description: String { text.debugDescription }
}

private let nomorCases: [NomorCase] = [
  NomorCase(
    text: "B-123/Kk.11.30/1/OT.01.3/11/2020",
    parts: NomorSOP(derajat: "B", urut: "123", kodeJabatan: "Kk.11.30/1", kka: "OT.01.3", month: 11, year: 2020)),
  NomorCase(
    text: "B-08/Kw.13.1/HK.00.8/01/2021",
    parts: NomorSOP(derajat: "B", urut: "08", kodeJabatan: "Kw.13.1", kka: "HK.00.8", month: 1, year: 2021)),
  NomorCase(
    text: "15/DJ.I/Set.I/OT.01.3/5/2019",
    parts: NomorSOP(derajat: nil, urut: "15", kodeJabatan: "DJ.I/Set.I", kka: "OT.01.3", month: 5, year: 2019)),
  NomorCase(
    text: "B-7/KUA.11.30.1/11/2020",
    parts: NomorSOP(derajat: "B", urut: "7", kodeJabatan: "KUA.11.30.1", kka: nil, month: 11, year: 2020)),
  NomorCase(
    text: "R-3/Kk.11.30/13/2020",
    parts: NomorSOP(derajat: "R", urut: "3", kodeJabatan: "Kk.11.30", kka: nil, month: 13, year: 2020)),
  NomorCase(text: "01", parts: nil),
  NomorCase(text: "SOP/KUA/01", parts: nil),
  NomorCase(text: "800/123/Disdik", parts: nil),
  NomorCase(text: "B-123//OT.01.3/11/2020", parts: nil),
]

@Test("A naskah-style NOMOR SOP is split from the right; others stay free text", arguments: nomorCases)
func nomorParses(_ expected: NomorCase) {
  #expect(NomorSOP.parse(expected.text) == expected.parts)
}
