@testable import SOPFormats
import Testing

/// The token grammar of verify-signing: SRIKANDI's tokens, and the broken ones people type.
@Suite struct SigningTokensTests {
  @Test func wellFormedTokensAreFound() {
    let scan = SigningTokens.scan("NIP. ${nip_pengirim} dan ${ttd_pengirim2}")
    #expect(scan.tokens.map(\.text) == ["${nip_pengirim}", "${ttd_pengirim2}"])
    #expect(scan.tokens.first?.range == 5..<20)
    #expect(scan.broken.isEmpty)
  }

  @Test(arguments: [
    ("${ttd_pengirim", "${ttd_pengirim}"), ("{ttd_pengirim}", "${ttd_pengirim}"), ("$ {nama_pengirim}", "${nama_pengirim}"),
    ("$ttd_pengirim", "${ttd_pengirim}"), ("${ NIP_pengirim }", "${nip_pengirim}"), ("${pangkat_pengirim}", "${…}"),
  ])
  func brokenPlaceholdersAreFound(_ text: String, _ expected: String) {
    let scan = SigningTokens.scan("Kepala " + text + " Kantor")
    #expect(scan.tokens.isEmpty, "\(text)")
    #expect(scan.broken.map(\.expected) == [expected], "\(text)")
  }

  @Test func ordinaryBracesAndDollarsAreLeftAlone() {
    let scan = SigningTokens.scan("biaya $ 600.000 {lihat lampiran} dan {nama}")
    #expect(scan.tokens.isEmpty && scan.broken.isEmpty)
  }
}
