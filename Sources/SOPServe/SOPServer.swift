import Foundation
import Hummingbird
import NIOCore
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

  /// Why `host` cannot be listened on, said before trying: nil when it is an IP address (IPv4 or
  /// IPv6) or a host name this computer can look up.
  public static func addressProblem(_ host: String) -> String? {
    if host.isEmpty { return "the address is empty" }
    var v4 = in_addr()
    var v6 = in6_addr()
    if inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1 { return nil }
    // Digits and dots only: meant as an IPv4 address, never looked up as a name.
    if host.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
      return "'\(host)' is not an IP address: an IPv4 address is four numbers from 0 to 255, like 192.168.1.10"
    }
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    #if os(Linux)
      hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #else
      hints.ai_socktype = SOCK_STREAM
    #endif
    var found: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, nil, &hints, &found)
    if let found { freeaddrinfo(found) }
    return status == 0 ? nil : "'\(host)' is neither an IP address nor a host name this computer can find"
  }

  /// Why the server could not listen, from the error ``run(_:onRunning:)`` threw.
  public enum ListenFailure: Sendable {
    /// Another program listens on the port.
    case portInUse
    /// The address is not one of this computer's.
    case addressNotOnThisComputer
    /// Ports below 1024 need administrator rights.
    case notPermitted
    case other
  }

  /// What went wrong when listening failed (by the error number the socket call gave).
  public static func listenFailure(_ error: any Error) -> ListenFailure {
    switch (error as? IOError)?.errnoCode {
    case EADDRINUSE?: return .portInUse
    case EADDRNOTAVAIL?: return .addressNotOnThisComputer
    case EACCES?: return .notPermitted
    default: return .other
    }
  }
}
