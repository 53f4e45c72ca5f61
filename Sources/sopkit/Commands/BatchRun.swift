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
  private var failed = 0
  private var next = 0
  private let started = Date()
  private var lastProgress = Date.distantPast
  private let plan: BatchPlan
  private let quiet: Bool
  private let terminal: Bool
  private let report: BatchReport?

  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0

  /// - Parameter report: where each file's entry goes as it finishes; the results then keep only
  ///   what the summary needs (``BatchConverter/Result/kept``), so memory stays flat.
  init(plan: BatchPlan, quiet: Bool, report: BatchReport?) {
    self.plan = plan
    self.quiet = quiet
    self.report = report
    results = Array(repeating: nil, count: plan.items.count)
    terminal = isatty(STDERR_FILENO) == 1
  }

  /// Converts everything; returns the results in input order (files never started are left out).
  func run(options: Converter.Options, force: Bool, jobs: Int) -> (results: [BatchConverter.Result], interrupted: Bool) {
    ParallelReading.prepare()
    signal(SIGINT) { _ in BatchRun.interrupted = 1 }
    let group = DispatchGroup()
    let queue = DispatchQueue(label: "sopkit.batch", attributes: .concurrent)
    for _ in 0..<max(1, min(jobs, plan.items.count)) {
      queue.async(group: group) { [self] in
        while let index = take() {
          let result = BatchConverter.convert(plan.items[index], options: options, force: force)
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
    if result.status == .failed { failed += 1 }
    let now = Date()
    let show = !quiet && (terminal ? now.timeIntervalSince(lastProgress) > 0.1 : now.timeIntervalSince(lastProgress) > 2) || done == plan.items.count
    if show { lastProgress = now }
    let line = progressLine(now)
    lock.unlock()
    if show, !quiet { FileHandle.standardError.write(Data((terminal ? "\r" + line : line + "\n").utf8)) }
  }

  private func progressLine(_ now: Date) -> String {
    let elapsed = max(now.timeIntervalSince(started), 0.001)
    let rate = Double(done) / elapsed
    let remaining = rate > 0 ? Double(plan.items.count - done) / rate : 0
    return String(format: "%d/%d files, %.1f files/s, about %ds left, %d failed", done, plan.items.count, rate, Int(remaining.rounded()), failed)
  }
}
