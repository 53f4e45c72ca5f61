import Foundation
import SOPModel

/// Converts one input of a batch into every target through the one pipeline
/// (``Converter/convert(path:format:targets:options:)``), never throwing: every problem is in the result.
public enum BatchConverter {
  /// The outcome of one input.
  public struct Result: Sendable {
    /// What became of the input as a whole.
    public enum Status: String, Sendable, CaseIterable {
      /// Every SOP complete, every output written.
      case complete
      /// Read; at least one SOP is a draft with a review list.
      case draft
      /// No SOP could be read (the reason is in `reason` and the diagnostics).
      case unreadable
      /// Not a file sopkit reads; never opened.
      case skipped
      /// Read, but an output could not be written (it exists, the disk is full).
      case failed
    }

    /// One SOP of the input, for the report an admin works from.
    public struct SOP: Sendable {
      public var index: Int
      public var namaSOP: String
      public var nomorSOP: String?
      /// The office the SOP belongs to: its Satuan Kerja, else the kop's last line.
      public var office: String?
      public var outcome: SOPOutcome
      /// Errors and warnings on its review list.
      public var reviewCount: Int
      /// The first review item, in Indonesian, with its place.
      public var firstIssue: String?
      public var outputs: [String]
    }

    public var input: String
    public var status: Status
    /// The code that best names why an input is unreadable, skipped or failed.
    public var reason: String?
    public var outputs: [String]
    public var sops: [SOP]
    public var diagnostics: [Diagnostic]

    /// Whether any warning was reported.
    public var hasWarnings: Bool { diagnostics.hasWarnings }

    /// What the end of a batch still needs once the input's report entry is written: its errors
    /// when nothing was written, why it was skipped, and counts; so that a batch of 10,000 files
    /// keeps little of each in memory.
    public var kept: Result {
      var kept = self
      kept.outputs = []
      kept.sops = sops.map { sop in var sop = sop; sop.outputs = []; sop.firstIssue = nil; return sop }
      switch status {
      case .unreadable, .failed: kept.diagnostics = diagnostics.filter { $0.severity == .error }
      case .skipped: kept.diagnostics = Array(diagnostics.prefix(1))
      case .complete, .draft: kept.diagnostics = diagnostics.filter { $0.severity == .warning }.prefix(1).map { $0 }
      }
      return kept
    }
  }

  /// Converts `item`, writing its outputs; `manifest` decides what `force` may replace.
  public static func convert(_ item: BatchPlan.Item, options: Converter.Options, force: Bool, manifest: OutputManifest? = nil) -> Result {
    var options = options
    options.csvIdentityPath = item.identity
    options.xlsx.assetFolder = (item.input as NSString).deletingLastPathComponent
    options.docx.assetFolder = options.xlsx.assetFolder
    guard let format = item.format, format.isInputFormat, format.isReadable else {
      let diagnostic = Format.skipReason(item.input)
      return Result(input: item.input, status: .skipped, reason: diagnostic.code.id, outputs: [], sops: [], diagnostics: [diagnostic])
    }
    let conversion = Converter.convert(path: item.input, format: format, targets: item.targets, options: options)
    var diagnostics = conversion.allDiagnostics
    guard let file = conversion.file, !conversion.isUnreadable else {
      let reason = conversion.unreadableReason
      if diagnostics.isEmpty, let reason { diagnostics = [reason] }
      return Result(input: item.input, status: .unreadable, reason: reason?.code.id, outputs: [], sops: [], diagnostics: diagnostics)
    }
    var written: [String] = [], bySOP: [Int: [String]] = [:]
    var failure: Diagnostic?
    for output in conversion.outputs {
      let path = output.fileName(stem: item.outputStem)
      do {
        if let manifest { try manifest.check(path, for: item.input, force: force) }
        try OutputFile.write(output.bytes, to: path, force: force)
        manifest?.record(path, from: item.input)
        written.append(path)
        if let index = output.sopIndex { bySOP[index, default: []].append(path) } else { for index in file.sops.indices { bySOP[index, default: []].append(path) } }
      } catch {
        diagnostics += error.diagnostics
        failure = failure ?? error.diagnostics.first
      }
    }
    if let error = conversion.withheld.map(\.diagnostic).first(where: { $0.severity == .error }) { failure = failure ?? error }
    let sops = file.sops.enumerated().map { index, sop in
      let first = sop.review.first.map { $0.message + " (" + $0.place + ")" }
      return Result.SOP(
        index: index, namaSOP: sop.identity.namaSOP, nomorSOP: sop.identity.nomorSOP, office: office(of: sop), outcome: conversion.outcomes[index],
        reviewCount: sop.review.count, firstIssue: first, outputs: bySOP[index] ?? [])
    }
    let status: Result.Status = failure != nil ? .failed : (conversion.outcomes.contains(.draft) ? .draft : .complete)
    let reason = failure?.code.id ?? (status == .draft ? sops.lazy.compactMap { file.sops[$0.index].review.first { $0.severity == .error }?.code }.first : nil)
    return Result(input: item.input, status: status, reason: reason, outputs: written, sops: sops, diagnostics: diagnostics)
  }

  /// The office an SOP belongs to, for sorting the report: the Satuan Kerja, else the kop's last line.
  static func office(of sop: SOPDocument) -> String? {
    if let satker = sop.identity.satker, !satker.isEmpty { return satker }
    return sop.identity.kop.lines.last
  }

  /// The JSON report: every input with its status, SOPs, outputs and diagnostics, and the totals.
  /// (``BatchReport`` writes the same report file by file, for batches too large to hold.)
  public static func report(_ results: [Result], interrupted: Bool) -> String {
    JSONWriter.write(.object([("summary", summary(results, interrupted: interrupted)), ("files", .array(results.map(entry)))]))
  }

  /// One input's entry in the report.
  static func entry(_ result: Result) -> JSONValue {
    .object([
      ("input", .string(result.input)), ("status", .string(result.status.rawValue)), ("reason", .string(result.reason)),
      ("outputs", .array(result.outputs.map { .string($0) })),
      ("sops", .array(result.sops.map { sop in
        .object([
          ("index", .integer(sop.index)), ("nama_sop", .string(sop.namaSOP)), ("nomor_sop", .string(sop.nomorSOP)), ("office", .string(sop.office)),
          ("outcome", .string(sop.outcome.rawValue)), ("review_items", .integer(sop.reviewCount)), ("first_issue", .string(sop.firstIssue)),
          ("outputs", .array(sop.outputs.map { .string($0) })),
        ])
      })),
      ("diagnostics", .array(result.diagnostics.map(\.jsonValue))),
    ])
  }

  /// The report's totals: inputs by status, SOPs by outcome.
  static func summary(_ results: [Result], interrupted: Bool) -> JSONValue {
    var counts: [(key: String, value: JSONValue)] = [("files", .integer(results.count))]
    for status in Result.Status.allCases {
      counts.append((status.rawValue, .integer(results.filter { $0.status == status }.count)))
    }
    let sops = results.flatMap(\.sops)
    counts.append(("sops", .integer(sops.count)))
    for outcome in SOPOutcome.allCases { counts.append(("sops_" + outcome.rawValue, .integer(sops.filter { $0.outcome == outcome }.count))) }
    counts.append(("interrupted", .bool(interrupted)))
    return .object(counts)
  }

  /// The lines printed at the end of a batch: inputs by status, SOPs by outcome, and why
  /// inputs were unreadable, failed or skipped.
  public static func summary(_ results: [Result], language: Language = .en) -> [String] {
    func count(_ status: Result.Status) -> Int { results.filter { $0.status == status }.count }
    let id = language == .id
    let sops = results.flatMap(\.sops)
    let drafts = sops.filter { $0.outcome == .draft }.count
    var lines = id
      ? [
        "berkas \(results.count): lengkap \(count(.complete)), dengan draf \(count(.draft)), tidak terbaca \(count(.unreadable)), gagal ditulis \(count(.failed)), dilewati \(count(.skipped))",
        "SOP \(sops.count): lengkap \(sops.count - drafts), draf \(drafts)" + (drafts > 0 ? " (masing-masing dengan daftar periksa; lihat laporan)" : ""),
      ]
      : [
        "files \(results.count): complete \(count(.complete)), with drafts \(count(.draft)), unreadable \(count(.unreadable)), failed \(count(.failed)), skipped \(count(.skipped))",
        "SOPs \(sops.count): complete \(sops.count - drafts), drafts \(drafts)" + (drafts > 0 ? " (each with a review list; see the report)" : ""),
      ]
    for status in [Result.Status.unreadable, .failed] {
      var reasons: [String: Int] = [:]
      for result in results where result.status == status { reasons[result.reason ?? "?", default: 0] += 1 }
      for (reason, n) in reasons.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
        if id {
          let word = status == .unreadable ? "tidak terbaca" : "gagal ditulis"
          let why = DiagnosticCode.named(reason).map { " — " + $0.indonesianMessage } ?? ""
          lines.append("  \(word): \(n)" + why + " [\(reason)]")
        } else {
          lines.append("  \(status.rawValue) \(reason): \(n)")
        }
      }
    }
    let skipped = results.filter { $0.status == .skipped }
    for result in skipped.prefix(10) {
      lines.append("  " + (id ? "dilewati" : "skipped") + " \(result.input): \(result.diagnostics.first?.message(in: language) ?? "")")
    }
    if skipped.count > 10 {
      lines.append(id ? "  … dan \(skipped.count - 10) berkas lain dilewati (laporan mencantumkan semuanya)" : "  … and \(skipped.count - 10) more skipped (the report lists every one)")
    }
    return lines
  }
}
