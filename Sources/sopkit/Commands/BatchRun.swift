import Dispatch
import Foundation
import SOPFormats
import SOPModel

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a batch: several inputs converted in parallel, progress on standard error, a report, and a
/// clean stop on Ctrl-C (files being written are finished or left untouched, never half-written).
final class BatchRun: @unchecked Sendable {
  // @unchecked: the mutable state below is only touched while holding `lock`.
  private let lock = NSLock()
  private var results: [BatchConverter.Result?]
  private var done = 0
  private var drafts = 0
  private var unreadable = 0
  private var next = 0
  private let started = Date()
  private var lastProgress = Date.distantPast
  private let plan: BatchPlan
  private let quiet: Bool
  private let terminal: Bool
  private let report: BatchReport?
  private let language: Language

  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0

  /// - Parameter report: where each file's entry goes as it finishes; the results then keep only
  ///   what the summary needs (``BatchConverter/Result/kept``), so memory stays flat.
  init(plan: BatchPlan, quiet: Bool, report: BatchReport?, language: Language) {
    self.language = language
    self.plan = plan
    self.quiet = quiet
    self.report = report
    results = Array(repeating: nil, count: plan.items.count)
    terminal = isatty(STDERR_FILENO) == 1
  }

  /// Converts everything; returns the results in input order (files never started are left out).
  func run(options: Converter.Options, force: Bool, manifest: OutputManifest, jobs: Int) -> (results: [BatchConverter.Result], interrupted: Bool) {
    ParallelReading.prepare()
    signal(SIGINT) { _ in BatchRun.interrupted = 1 }
    let group = DispatchGroup()
    let queue = DispatchQueue(label: "sopkit.batch", attributes: .concurrent)
    for _ in 0..<max(1, min(jobs, plan.items.count)) {
      queue.async(group: group) { [self] in
        while let index = take() {
          let result = BatchConverter.convert(plan.items[index], options: options, force: force, manifest: manifest)
          finish(index, result)
        }
      }
    }
    group.wait()
    signal(SIGINT, SIG_DFL)
    if !quiet, terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    return (results.compactMap { $0 }, BatchRun.interrupted != 0)
  }

  private func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard BatchRun.interrupted == 0, next < plan.items.count else { return nil }
    next += 1
    return next - 1
  }

  private func finish(_ index: Int, _ result: BatchConverter.Result) {
    lock.lock()
    report?.add(result, at: index)
    results[index] = result.kept
    done += 1
    if result.status == .draft { drafts += 1 }
    if result.status == .unreadable || result.status == .failed { unreadable += 1 }
    let now = Date()
    let show = !quiet && (terminal ? now.timeIntervalSince(lastProgress) > 0.1 : now.timeIntervalSince(lastProgress) > 2) || done == plan.items.count
    if show { lastProgress = now }
    let line = progressLine(now)
    lock.unlock()
    // On a terminal the line is redrawn in place, cleared first so no stale characters remain.
    if show, !quiet { FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + line : line + "\n").utf8)) }
  }

  /// `[#######.............] 35/100 files · 4 drafts · 1 unreadable · about 12 s left`; the time
  /// left only once a few files have finished, when the rate means something.
  private func progressLine(_ now: Date) -> String {
    let total = max(plan.items.count, 1)
    let width = 20, filled = done * width / total
    let elapsed = now.timeIntervalSince(started)
    let remaining = done >= 3 && elapsed >= 1 && done < plan.items.count ? Int((Double(plan.items.count - done) * elapsed / Double(done)).rounded()) : nil
    let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    return CLIText(language: language).progress(bar: bar, done: done, of: plan.items.count, drafts: drafts, unreadable: unreadable, secondsLeft: remaining)
  }
}
