import Foundation

/// Runs a program and collects what it printed, for CLI tests and the Python cross-checks.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var standardOutput: String
  public var standardError: String
}

public enum ProcessRunner {
  /// The full path of `command` on the PATH, or `nil` when it is not installed.
  public static func which(_ command: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = String(folder) + "/" + command
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `executable` with `arguments` in `directory`, feeding `input` on standard input.
  public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil, input: String = "", environment: [String: String] = [:]) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Read both pipes concurrently so a full pipe cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    group.enter()
    DispatchQueue.global().async {
      errorData = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}

/// The Python interpreter of the test virtual environment (`make venv`), with jsonschema.
public enum PythonTools {
  /// `SOPKIT_PYTHON`, else `.venv/bin/python` in the package root, if it exists.
  public static var interpreter: String? {
    if let path = ProcessInfo.processInfo.environment["SOPKIT_PYTHON"], FileManager.default.isExecutableFile(atPath: path) { return path }
    let local = TestData.packageRoot().appendingPathComponent(".venv/bin/python").path
    return FileManager.default.isExecutableFile(atPath: local) ? local : nil
  }

  /// Runs `tools/<script>` with the venv interpreter.
  public static func run(_ script: String, _ arguments: [String]) throws -> ProcessResult? {
    guard let interpreter else { return nil }
    let path = TestData.packageRoot().appendingPathComponent("tools").appendingPathComponent(script).path
    return try ProcessRunner.run(interpreter, [path] + arguments)
  }
}
