import Hummingbird
import SOPFormats

/// The web server of `sopkit serve`: a page where office staff upload an SOP, see its problems
/// and its flowchart, and download it as the official workbook, a Word document for signing,
/// canonical JSON or a printable page.
///
/// It is stateless: an upload is read into memory, converted and answered; nothing is written to
/// disk and nothing is kept after the response.
public enum SOPServer {
  /// The Hummingbird application, ready to run (or to test with HummingbirdTesting).
  /// - Parameters:
  ///   - options: address, port, upload limit and satker config.
  ///   - onRunning: called once the server listens, with the port it listens on.
  public static func application(
    _ options: ServeOptions, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    // Uploads are read on several threads at once.
    ParallelReading.prepare()
    // Hummingbird logs its start and stop on standard error (swift-log's default handler).
    return Application(
      router: ServeRouter.make(options),
      configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: "sopkit"),
      onServerRunning: { channel in onRunning(channel.localAddress?.port ?? options.port) })
  }

  /// Runs the server until SIGINT or SIGTERM.
  /// - Throws: when the address cannot be bound (port in use, unknown host).
  public static func run(_ options: ServeOptions, onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    try await application(options, onRunning: onRunning).runService()
  }
}
