import Foundation

/// Finds the repository's `testdata/` folder and the files in it, by walking up from the test
/// source file (no resource bundles, so the tests read the files a person edits).
public enum TestData {
  /// The package root: the nearest folder above `file` that holds `Package.swift`.
  public static func packageRoot(file: StaticString = #filePath) -> URL {
    var folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }

  /// `testdata/` in the package root.
  public static var root: URL { packageRoot().appendingPathComponent("testdata") }

  /// Every file under `testdata/<folder>` (recursively) whose name ends in `.<ext>`, sorted.
  public static func files(in folder: String = "", withExtension ext: String) -> [URL] {
    let base = folder.isEmpty ? root : root.appendingPathComponent(folder)
    guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
    return enumerator.compactMap { $0 as? URL }
      .filter { $0.pathExtension == ext }
      .sorted { $0.path < $1.path }
  }

  /// A path relative to the package root, as the CLI would be given it.
  public static func relativePath(_ url: URL) -> String {
    let rootPath = packageRoot().path + "/"
    return url.path.hasPrefix(rootPath) ? String(url.path.dropFirst(rootPath.count)) : url.path
  }

  /// A fresh empty temporary folder.
  public static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sopkit-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
