import SOPFormats
import SOPModel
import Testing

private func read(_ text: String) -> ReadResult { CSVReader.read(Array(text.utf8), source: "habit.csv") }

@Test("A signature block below a blank row is reported once, naming its rows, and ignored, not added to the last step")
func signatureBelowTheTable() throws {
  let result = read("Nama SOP;Surat\nNo;Kegiatan;Petugas;Output\n1;Menerima surat;x;Surat\n\n;;;Kepala KUA\n;;;NIP. 19750814 200312 1 003\n")
  let step = try #require(result.file?.sops.first?.flowcharts.first?.steps.first)
  #expect(step.mutuBaku.output == "Surat")
  let stray = result.diagnostics.filter { $0.code == .importStrayRow }
  #expect(stray.count == 1)
  #expect(stray.first?.message.contains("rows 5–6") == true)
  #expect(stray.first?.location?.row == 5)
}

@Test("A lone ':' between label and value is not part of the value")
func colonCells() throws {
  let result = read("NOMOR SOP;:;B-12/Kk.11.30/1/OT.01.3/11/2020\nNama SOP;:;Surat\nNo;Kegiatan;Petugas\n1;Menerima surat;x\n")
  #expect(result.file?.sops.first?.identity.nomorSOP == "B-12/Kk.11.30/1/OT.01.3/11/2020")
}

@Test("A header that starts with a Mutu Baku column name is that column, not an actor")
func longerHeaders() throws {
  let result = read("Nama SOP;Surat\nNo;Uraian Kegiatan;Pemohon;Petugas;Waktu (menit);Output/Hasil\n1;Mengajukan;x;;10;Berkas\n")
  let sop = try #require(result.file?.sops.first)
  #expect(sop.flowcharts.first?.pelaksana == ["Pemohon", "Petugas"])
  #expect(sop.flowcharts.first?.steps.first?.mutuBaku.waktu?.value == 10)
  #expect(sop.flowcharts.first?.steps.first?.mutuBaku.output == "Berkas")
}

@Test("Exits written on a continuation row belong to the step above")
func exitsOnContinuationRows() throws {
  let result = read("Nama SOP;Surat\nNo;Kegiatan;Petugas;Jika Ya;Jika Tidak\n1;Menerima;x;;\n2;Memeriksa;x;;\n;berkas lengkap?;;3;1\n3;Mengarsipkan;x;;\n")
  let step = try #require(result.file?.sops.first?.flowcharts.first?.steps[1])
  #expect(step.kegiatan == "Memeriksa\nberkas lengkap?")
  #expect(step.flow.ya == .step(3) && step.flow.tidak == .step(1))
}

@Test("The table layout reports a column named twice")
func duplicateTableColumn() {
  let result = read("SOP,No,Kegiatan,Pelaksana,Keterangan,Keterangan\nA,1,Menerima,Petugas,satu,dua\n")
  #expect(result.diagnostics.contains { $0.code == .importDuplicateColumn })
}

@Test("Extra fields named like a field of the form survive a CSV round trip")
func clashingExtraLabels() throws {
  var sop = SOPDocument(
    identity: Identity(namaSOP: "Surat", extra: IdentityExtra(fields: [.init(label: "Keterangan", value: "lain"), .init(label: "Nomor", value: "7")])),
    flowcharts: [Flowchart(pelaksana: ["Petugas"], steps: [Step(nomor: 1, kegiatan: "Menerima", pelaksana: "Petugas")])])
  sop.flowcharts[0].steps[0].keterangan = "langkah"
  for layout in [CSVWriter.Layout.form, .table] {
    let csv = try CSVWriter.write(SOPFile(sops: [sop]), options: .init(layout: layout))
    let back = try #require(CSVReader.read(csv, source: "x.csv").file?.sops.first)
    #expect(back == sop, "\(layout)")
  }
}
