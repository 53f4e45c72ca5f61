import Foundation
import SOPModel

/// An OLE compound file where a Word document was expected: a Word 97–2003 `.doc` (whatever its
/// name says), or an Office file encrypted with a password (Office keeps the encrypted package in
/// a compound file too).
///
/// A `.doc` is converted to `.docx` with LibreOffice (`soffice --headless`) in a private profile,
/// so that parallel conversions and a user's own LibreOffice never get in each other's way.
struct LegacyWordFile {
  static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
  /// Longest a single conversion may take before it is given up.
  static let timeout: TimeInterval = 120

  let bytes: [UInt8]
  let source: String

  init?(_ bytes: [UInt8], source: String) {
    guard bytes.starts(with: Self.signature) else { return nil }
    self.bytes = bytes
    self.source = source
  }

  /// Whether the compound file holds an encrypted Office package (its directory names the
  /// EncryptedPackage stream, in UTF-16).
  var isEncryptedPackage: Bool {
    let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    return bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index + name.count <= buffer.count {
        if buffer[index] == name[0], Array(buffer[index..<(index + name.count)]) == name { return true }
        index += 1
      }
      return false
    }
  }

  /// The document as `.docx` bytes, or the diagnostic that says why it cannot be read.
  func converted() -> Result<[UInt8], ConversionError> {
    let at = SourceLocation(file: source)
    if isEncryptedPackage {
      return .failure(ConversionError(.unreadableInput, Diagnostic(
        .docxPasswordProtected, "the document is protected with a password; its content cannot be read", at: at,
        hint: "open it in Word or LibreOffice with the password, remove the password (File › Info › Protect Document), save as .docx and convert again")))
    }
    guard let soffice = Self.findSoffice() else {
      return .failure(ConversionError(.unreadableInput, Diagnostic(
        .docxLegacyDoc, "this is a Word 97-2003 document (.doc); LibreOffice is needed to read it and was not found", at: at,
        hint: "install LibreOffice (apt-get install libreoffice-writer-nogui), or open the file in Word and save it as .docx")))
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-doc-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let input = folder.appendingPathComponent("input.doc")
      try Data(bytes).write(to: input)
      let process = Process()
      process.executableURL = soffice
      process.arguments = [
        "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)", "--headless", "--norestore",
        "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder.path, input.path,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let deadline = Date().addingTimeInterval(Self.timeout)
      while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
      if process.isRunning {
        process.terminate()
        process.waitUntilExit()  // no soffice left behind, and the folder can go
        return .failure(ConversionError(.unreadableInput, Diagnostic(.docxLegacyDoc, "LibreOffice did not finish converting this .doc within \(Int(Self.timeout)) s", at: at, hint: "open it in Word or LibreOffice and save it as .docx")))
      }
      let output = folder.appendingPathComponent("input.docx")
      guard let converted = try? Data(contentsOf: output), !converted.isEmpty else {
        return .failure(ConversionError(.unreadableInput, Diagnostic(
          .docxLegacyDoc, "LibreOffice could not convert this Word 97-2003 document: it is damaged or protected with a password", at: at,
          hint: "open it in Word or LibreOffice (with its password if it has one) and save it as .docx")))
      }
      return .success(Array(converted))
    } catch {
      return .failure(ConversionError(.unreadableInput, Diagnostic(.docxLegacyDoc, "the .doc could not be handed to LibreOffice: \(error.localizedDescription)", at: at, hint: "check that the temporary folder is writable")))
    }
  }

  /// `soffice` from SOPKIT_SOFFICE or the PATH.
  static func findSoffice() -> URL? {
    let environment = ProcessInfo.processInfo.environment
    if let given = environment["SOPKIT_SOFFICE"] { return FileManager.default.isExecutableFile(atPath: given) ? URL(fileURLWithPath: given) : nil }
    for folder in (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":") {
      for name in ["soffice", "libreoffice"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
      }
    }
    return nil
  }
}
