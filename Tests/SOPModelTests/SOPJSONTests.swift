import SOPModel
import Testing

private func decode(_ text: String) -> SOPJSON.ReadResult {
  SOPJSON.decode(Array(text.utf8), file: "hand.json")
}

@Test("A hand-written file may leave out unused members and write dates and Waktu as text")
func shorthandIsRead() throws {
  let result = decode("""
    {"format": "sopkit", "version": 1, "sops": [{"nama_sop": "Surat Masuk", "tgl_efektif": "9 Nop 2020",
      "flowcharts": [{"actors": ["Petugas"], "steps": [
        {"nomor": 1, "kegiatan": "Menerima surat", "actor": "Petugas", "waktu": "1-2 jam"},
        {"nomor": 2, "kegiatan": "Mengarsipkan surat", "actor": "Petugas", "waktu": {"raw": "5 \\nMenit"}}]}]}]}
    """)
  #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
  let sop = try #require(result.file?.sops.first)
  #expect(sop.identity.tanggal.efektif?.day?.iso == "2020-11-09")
  #expect(sop.identity.tanggal.efektif?.raw == "9 Nop 2020")
  let steps = sop.flowcharts[0].steps
  #expect(steps[0].mutuBaku.waktu?.from == 1 && steps[0].mutuBaku.waktu?.value == 2)
  #expect(steps[1].mutuBaku.waktu?.unit == .menit)
  // The canonical form written back has every member, and reads back to the same model.
  let canonical = SOPJSON.encode(try #require(result.file))
  #expect(canonical.contains("\"kelengkapan\": null"))
  let again = SOPJSON.decode(Array(canonical.utf8), file: "canonical.json")
  #expect(again.diagnostics.isEmpty)
  #expect(again.file == result.file)
}

@Test("A misspelt member is reported once, as unknown with a suggestion, not also as missing")
func misspeltMemberOnce() {
  let result = decode("""
    {"format": "sopkit", "version": 1, "sops": [{"nama_sop": "X", "flowcharts": [{"actors": [], "steps": [
      {"nomor": 1, "kegaitan": "Menerima surat"}]}]}]}
    """)
  #expect(result.diagnostics.map(\.code.id) == ["json.unknown-key"])
  #expect(result.diagnostics.first?.hint == "did you mean 'kegiatan'?")
  #expect(result.diagnostics.first?.location?.row == 2)
  #expect(result.file == nil, "a structural error withholds the model")
}

@Test("Missing essentials are named with the object that lacks them")
func missingEssentials() {
  let result = decode(#"{"format": "sopkit", "version": 1, "sops": [{"flowcharts": [{"steps": []}]}]}"#)
  let messages = result.diagnostics.map(\.message)
  #expect(messages == ["missing key 'nama_sop'", "missing key 'actors'"])
  #expect(result.diagnostics.map { $0.location?.path } == ["$.sops[0]", "$.sops[0].flowcharts[0]"])
}
