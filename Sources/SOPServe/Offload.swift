import Dispatch
import Foundation

/// Runs the synchronous converters on Dispatch threads, away from the server's event loops and
/// from Swift's cooperative pool, at most one conversion per core at a time.
enum Offload {
  private static let queue = DispatchQueue(label: "sopkit.serve.convert", attributes: .concurrent)
  private static let slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))

  /// The result of `work`, computed on a Dispatch thread.
  static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      queue.async {
        slots.wait()
        defer { slots.signal() }
        continuation.resume(returning: work())
      }
    }
  }
}
