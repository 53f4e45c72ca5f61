import Dispatch
import Foundation
import HummingbirdTesting
import SOPTestSupport
import Testing

@testable import SOPServe

/// The page in a real browser: headless Chromium driven by tools/browser_check.py over the
/// DevTools protocol chooses a file, checks it, waits for the preview and fetches every download.
/// Skipped, with a message, without Chromium or the venv's websocket-client (`make venv`).
@Suite struct BrowserTests {
  @Test func staffCheckAnSOPAndDownloadIt() async throws {
    guard ProcessRunner.which("chromium") ?? ProcessRunner.which("chromium-browser") != nil else {
      try Test.cancel("Chromium is not installed (apt-get install chromium); the browser test of sopkit serve did not run")
    }
    guard let python = PythonTools.interpreter else {
      try Test.cancel("no Python venv with websocket-client (make venv); the browser test of sopkit serve did not run")
    }
    let root = TestData.packageRoot()
    let script = root.appendingPathComponent("tools/browser_check.py").path
    let upload = TestData.root.appendingPathComponent("csv/sumsel-penelitian-form.csv").path
    let screenshot = root.appendingPathComponent("out/serve-browser.png").path
    let downloads = root.appendingPathComponent("out/serve-downloads").path
    try await SOPServer.application(ServeOptions(port: 0)).test(.live) { client in
      let port = try #require(client.port)
      // The script blocks for seconds; it runs on a Dispatch thread, not on the cooperative pool
      // the server's handlers share.
      let result = try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
          continuation.resume(with: Result { try ProcessRunner.run(python, [script, "http://localhost:\(port)/", upload, screenshot, downloads]) })
        }
      }
      if result.status == 77 {
        try Test.cancel(Comment(rawValue: result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
      }
      #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }
  }
}
