import Foundation
import SOPTestSupport
import Testing

/// `sopkit convert FOLDER -o OUT -t …`: a mixed folder converts what it can, names every other file
/// with its reason, writes a report, never overwrites without --force, and shards split it cleanly.
@Suite struct BatchTests {
  func prepare() throws -> URL {
    let folder = try TestData.temporaryFolder()
    let input = folder.appendingPathComponent("in/kua")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for url in TestData.files(in: "model", withExtension: "json") {
      try FileManager.default.copyItem(at: url, to: input.appendingPathComponent(url.lastPathComponent))
    }
    for name in ["zip-bomb.xlsx", "pdf-named-xlsx.xlsx"] {
      try FileManager.default.copyItem(at: TestData.root.appendingPathComponent("hostile/\(name)"), to: folder.appendingPathComponent("in/\(name)"))
    }
    try Data("bukan SOP".utf8).write(to: folder.appendingPathComponent("in/catatan.txt"))
    return folder
  }

  func run(_ arguments: [String], in folder: URL) throws -> ProcessResult {
    let executable = try #require(CLITranscript.executable, "build sopkit first")
    return try ProcessRunner.run(executable, arguments, in: folder)
  }

  /// Two SOPs with one name in two formats give two sets of outputs; no output goes over another.
  @Test func inputsWithOneNameKeepTheirExtensionInTheirOutputs() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("legacy")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: TestData.root.appendingPathComponent("docx/penelitian-libreoffice.docx"), to: input.appendingPathComponent("legalisir.docx"))
    try FileManager.default.copyItem(at: TestData.root.appendingPathComponent("csv/sumsel-penelitian-form.csv"), to: input.appendingPathComponent("legalisir.csv"))
    try Data("<Types/>".utf8).write(to: input.appendingPathComponent("[Content_Types].xml"))
    let result = try run(["convert", "legacy/", "-o", "hasil/", "-t", "json", "--report", "laporan.json"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("hasil").path).filter { !$0.hasPrefix(".") }.sorted()
    #expect(written == ["legalisir.csv.json", "legalisir.docx.json"])
    #expect(result.standardError.contains("'[Content_Types].xml' is not an SOP file sopkit reads (it reads json, csv, tsv, xlsx, xlsm, docx, doc)"))
    #expect(!result.standardError.contains("//"))
    // The report says which output came from which input.
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("laporan.json"))) as? [String: Any])
    let outputs = Dictionary(uniqueKeysWithValues: (report["files"] as? [[String: Any]] ?? []).map { (($0["input"] as! NSString).lastPathComponent, $0["outputs"] as? [String] ?? []) })
    #expect(outputs["legalisir.docx"] == ["hasil/legalisir.docx.json"] && outputs["legalisir.csv"] == ["hasil/legalisir.csv.json"])
    #expect(outputs["[Content_Types].xml"] == [])
    // --force replaces what a run wrote from the same input, never another input's file.
    try Data("{}".utf8).write(to: folder.appendingPathComponent("hasil/catatan.json"))
    try FileManager.default.copyItem(at: TestData.root.appendingPathComponent("model/madrasah-ppdb.json"), to: input.appendingPathComponent("catatan.json"))
    let forced = try run(["convert", "legacy/", "-o", "hasil/", "-t", "json", "--force", "-q"], in: folder)
    #expect(forced.status == 73 && forced.standardError.contains("hasil/catatan.json: error: the output file was not written by sopkit from this input"), "\(forced.standardError)")
    #expect(try String(contentsOf: folder.appendingPathComponent("hasil/catatan.json"), encoding: .utf8) == "{}")
  }

  @Test func aMixedFolderConvertsWhatItCanAndReportsTheRest() throws {
    let folder = try prepare()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(["convert", "in", "-o", "out", "-t", "xlsx,json", "--report", "report.json", "--jobs", "2"], in: folder)
    #expect(result.status == 66, "an unreadable file makes the batch fail")
    for url in TestData.files(in: "model", withExtension: "json") {
      let stem = url.deletingPathExtension().lastPathComponent
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/kua/\(stem).xlsx").path))
      let json = try String(contentsOf: folder.appendingPathComponent("out/kua/\(stem).json"), encoding: .utf8)
      #expect(json == (try String(contentsOf: url, encoding: .utf8)))
    }
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["files"] as? Int == 9 && summary["unreadable"] as? Int == 2 && summary["skipped"] as? Int == 1 && summary["complete"] as? Int == 6)
    let files = try #require(report["files"] as? [[String: Any]])
    let failed = files.filter { $0["status"] as? String == "unreadable" }.map { "\($0["input"]!) \($0["reason"]!)" }
    #expect(failed.contains { $0.hasSuffix("zip-bomb.xlsx zip.limit") } && failed.contains { $0.hasSuffix("pdf-named-xlsx.xlsx zip.not-a-package") })
    #expect(result.standardError.contains("unreadable zip.limit: 1") && result.standardError.contains("catatan.txt"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/zip-bomb.xlsx").path))

    // Again without --force: nothing is replaced; with --force everything converts again.
    let again = try run(["convert", "in/kua", "-o", "out/kua", "-t", "json", "-q"], in: folder)
    #expect(again.status == 73 && again.standardError.contains("io.output-exists"))
    #expect(try run(["convert", "in/kua", "-o", "out/kua", "-t", "json", "-q", "--force"], in: folder).status == 0)
  }

  /// The migration case: a folder of legacy Word files as an office keeps them.
  @Test func aFolderOfLegacyWordFilesConvertsTheSOPsAndNamesTheRest() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let legacy = folder.appendingPathComponent("legacy/2023")
    try FileManager.default.createDirectory(at: legacy, withIntermediateDirectories: true)
    let sops = ["docx/legalisir-centang.docx", "docx/penelitian-libreoffice.docx", "docx/dua-sop-libreoffice.docx", "docx/perubahan-terlacak-libreoffice.docx"]
    let others = ["docx/not-sop/bukan-sop-undangan.docx", "hostile/dilindungi-sandi.docx", "hostile/pdf-named-xlsx.xlsx"]
    for path in sops + others {
      try FileManager.default.copyItem(at: TestData.root.appendingPathComponent(path), to: legacy.appendingPathComponent((path as NSString).lastPathComponent))
    }
    try Data("%PDF-1.4\n".utf8).write(to: legacy.appendingPathComponent("hasil-scan.docx"))
    let result = try run(["convert", "legacy", "-t", "json", "-o", "out", "--report", "report.json", "-q"], in: folder)
    #expect(result.status == 66, "an unreadable file makes the batch fail")
    for path in sops {
      let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      let written = try String(contentsOf: folder.appendingPathComponent("out/2023/\(stem).json"), encoding: .utf8)
      #expect(written == (try String(contentsOf: TestData.root.appendingPathComponent("docx/\(stem).json"), encoding: .utf8)))
    }
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
    let files = try #require(report["files"] as? [[String: Any]])
    let failed = Dictionary(uniqueKeysWithValues: files.filter { $0["status"] as? String == "unreadable" }.map { (($0["input"] as! NSString).lastPathComponent, $0["reason"] as! String) })
    #expect(failed == [
      "bukan-sop-undangan.docx": "docx.no-sop", "dilindungi-sandi.docx": "docx.password-protected",
      "pdf-named-xlsx.xlsx": "zip.not-a-package", "hasil-scan.docx": "zip.not-a-package",
    ])
  }

  /// Issue 9: every hostile and broken fixture mixed into a batch of good SOPs. The batch finishes
  /// (no crash, no hang), converts the good ones, and names every other file with a reason.
  @Test func everyHostileFixtureMixedIntoABatchIsNamedWhileTheRestConverts() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let hostile = TestData.root.appendingPathComponent("hostile")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: hostile.path).filter { name in
      ["xlsx", "docx", "doc", "csv", "json"].contains((name as NSString).pathExtension)
    }.sorted()
    #expect(paths.count >= 20, "\(paths)")
    for path in paths {
      try FileManager.default.copyItem(at: hostile.appendingPathComponent(path), to: input.appendingPathComponent(path.replacingOccurrences(of: "/", with: "-")))
    }
    let good = TestData.files(in: "model", withExtension: "json")
    for url in good { try FileManager.default.copyItem(at: url, to: input.appendingPathComponent(url.lastPathComponent)) }
    let result = try run(["convert", "in", "-o", "out", "-t", "json", "--report", "report.json", "--jobs", "2", "-q"], in: folder)
    #expect(result.status == 66)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
    let files = try #require(report["files"] as? [[String: Any]])
    #expect(files.count == paths.count + good.count)
    for url in good {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(url.lastPathComponent)").path), "\(url.lastPathComponent) converted")
    }
    // A hostile fixture is unreadable with its reason or, for the few that are still readable
    // (odd numbers in an otherwise good document), complete or a draft; none is lost without a word.
    for file in files {
      let status = file["status"] as? String ?? ""
      #expect(["complete", "draft", "unreadable"].contains(status), "\(file)")
      if status != "complete" { #expect(!(file["reason"] as? String ?? "").isEmpty, "\(file)") }
      if status == "draft" { #expect(!(file["outputs"] as? [String] ?? []).isEmpty, "a draft's JSON is written: \(file)") }
    }
    #expect(files.filter { $0["status"] as? String == "unreadable" }.count >= 12)
  }

  /// A file with several SOPs gives one signing document per SOP, numbered, and one JSON.
  @Test func aFileWithTwoSOPsGivesTwoWordDocuments() throws {
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: TestData.root.appendingPathComponent("docx/dua-sop-libreoffice.docx"), to: input.appendingPathComponent("dua.docx"))
    // A file named like the first one's numbered output keeps its extension, so nothing collides.
    try FileManager.default.copyItem(at: TestData.root.appendingPathComponent("model/madrasah-ppdb.json"), to: input.appendingPathComponent("dua-1.json"))
    let result = try run(["convert", "in", "-o", "out", "-t", "json,docx", "-q", "--sign", "srikandi"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }.sorted()
    #expect(written == ["dua-1.json.docx", "dua-1.json.json", "dua.docx-1.docx", "dua.docx-2.docx", "dua.docx.json"])
  }

  /// A batch over testdata (hostile fixtures included) and the real fixtures accounts for every
  /// input in one of the outcomes, writes no output over another, and its totals match the files.
  @Test func aBatchOverEverythingAccountsForEveryInput() throws {
    let real = TestData.packageRoot().deletingLastPathComponent().appendingPathComponent("shared/fixtures/real")
    guard FileManager.default.fileExists(atPath: real.path) else {
      try Test.cancel("\(real.path) is not here (the real fixtures live outside the repository)")
    }
    let folder = try TestData.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let roots = [TestData.root, real]
    var inputs = 0
    for root in roots {
      for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
        var isFolder: ObjCBool = false
        let name = (path as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue,
          !name.hasPrefix("."), !name.hasPrefix("~$"), !name.hasSuffix(".identity.csv") || !FileManager.default.fileExists(atPath: root.appendingPathComponent(String(path.dropLast(".identity.csv".count)) + ".csv").path)
        else { continue }
        inputs += 1
      }
    }
    let result = try run(["convert"] + roots.map(\.path) + ["-o", "out", "-t", "json,xlsx,docx", "--report", "laporan.json", "--jobs", "2", "-q"], in: folder)
    #expect(result.status == 66, "drafts and unreadable inputs: the worst is 66")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("laporan.json"))) as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Any])
    let files = try #require(report["files"] as? [[String: Any]])
    #expect(files.count == inputs && summary["files"] as? Int == inputs)
    let statuses = ["complete", "draft", "unreadable", "skipped", "failed"]
    #expect(statuses.map { summary[$0] as? Int ?? -1 }.reduce(0, +) == inputs)
    for status in statuses { #expect(summary[status] as? Int == files.filter { $0["status"] as? String == status }.count, "\(status)") }
    #expect(summary["failed"] as? Int == 0, "nothing is written over anything else")
    #expect((summary["draft"] as? Int ?? 0) >= 4 && (summary["unreadable"] as? Int ?? 0) >= 15)
    // Every output is listed once, exists, and nothing else was written.
    let outputs = files.flatMap { $0["outputs"] as? [String] ?? [] }
    #expect(Set(outputs).count == outputs.count)
    let written = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("out").path).filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/" + path).path, isDirectory: &isFolder) && !isFolder.boolValue && path != ".sopkit-outputs.json"
    }
    #expect(Set(written.map { "out/" + $0 }) == Set(outputs))
    // Every SOP read has its JSON; every draft its review list in it.
    let sops = files.flatMap { $0["sops"] as? [[String: Any]] ?? [] }
    #expect(sops.allSatisfy { ($0["outputs"] as? [String] ?? []).contains { $0.hasSuffix(".json") } })
    #expect(sops.filter { $0["outcome"] as? String == "draft" }.allSatisfy { ($0["review_items"] as? Int ?? 0) > 0 })
    #expect(summary["sops"] as? Int == sops.count)
    // The CSV report: a row per SOP, or per input that gave none.
    let csv = try String(contentsOf: folder.appendingPathComponent("laporan.csv"), encoding: .utf8)
    let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.count
    #expect(rows == 1 + files.map { max(1, ($0["sops"] as? [Any])?.count ?? 0) }.reduce(0, +))
  }

  @Test func shardsSplitTheBatchWithoutOverlap() throws {
    let folder = try prepare()
    defer { try? FileManager.default.removeItem(at: folder) }
    for k in 1...3 {
      _ = try run(["convert", "in/kua", "-o", "out", "-t", "json", "-q", "--shard", "\(k)/3", "--report", "r\(k).json"], in: folder)
    }
    var seen: [String] = []
    for k in 1...3 {
      let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r\(k).json"))) as? [String: Any])
      seen += (report["files"] as? [[String: Any]] ?? []).compactMap { $0["input"] as? String }
    }
    #expect(seen.count == 6 && Set(seen).count == 6, "every file in exactly one shard")
  }

  @Test func aListOnStandardInputIsABatch() throws {
    let folder = try prepare()
    defer { try? FileManager.default.removeItem(at: folder) }
    let executable = try #require(CLITranscript.executable)
    let list = "in/kua/kua-pendaftaran-nikah.json\nin/kua/madrasah-ppdb.json\n"
    let result = try ProcessRunner.run(executable, ["convert", "--files-from", "-", "-o", "out", "-t", "xlsx", "-q"], in: folder, input: list)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/madrasah-ppdb.xlsx").path))
  }
}
