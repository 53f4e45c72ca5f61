import Foundation
import NIOCore
import SOPServe
import Testing

/// `sopkit serve --host`: an address that cannot be one is refused before anything listens.
@Suite struct ServeAddressTests {
  @Test(arguments: ["127.0.0.1", "0.0.0.0", "192.168.1.10", "::1", "::", "localhost"])
  func addressesThatCanBeListenedOn(_ host: String) {
    #expect(SOPServer.addressProblem(host) == nil)
  }

  @Test(arguments: ["999.1.1.1", "1.2.3", "192.168.1.256", "", "kantor.invalid"])
  func addressesThatCannot(_ host: String) {
    #expect(SOPServer.addressProblem(host) != nil)
  }

  @Test func aPortInUseIsToldApartFromAnAddressNotHere() {
    #expect(SOPServer.listenFailure(IOError(errnoCode: EADDRINUSE, reason: "bind(descriptor:ptr:bytes:)")) == .portInUse)
    #expect(SOPServer.listenFailure(IOError(errnoCode: EADDRNOTAVAIL, reason: "bind(descriptor:ptr:bytes:)")) == .addressNotOnThisComputer)
    #expect(SOPServer.listenFailure(CocoaError(.fileNoSuchFile)) == .other)
  }
}
