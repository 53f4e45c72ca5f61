// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "sopkit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "SOPModel", targets: ["SOPModel"]),
    .library(name: "SOPFormats", targets: ["SOPFormats"]),
    .executable(name: "sopkit", targets: ["sopkit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // Core: the canonical model, its JSON form and its checks (Foundation only).
    .target(name: "SOPModel"),
    // Adapters: readers and writers, one folder per format.
    .target(
      name: "SOPFormats",
      dependencies: [
        "SOPModel", "CXlsxWriter", "CLibXML2",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // System libraries.
    .systemLibrary(
      name: "CXlsxWriter", pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    // Command-line tool: parses arguments, calls SOPFormats, prints diagnostics.
    .executableTarget(
      name: "sopkit",
      dependencies: [
        "SOPFormats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Test helpers shared by the test targets.
    .target(name: "SOPTestSupport", dependencies: ["SOPFormats"]),
    // Benchmark inputs (make bench); not part of the tool.
    .executableTarget(name: "sopkit-bench", dependencies: ["SOPFormats", "SOPTestSupport"]),
    // Tests.
    .testTarget(name: "SOPModelTests", dependencies: ["SOPModel", "SOPTestSupport"]),
    .testTarget(name: "SOPFormatsTests", dependencies: ["SOPFormats", "SOPTestSupport"]),
    .testTarget(name: "sopkitTests", dependencies: ["sopkit", "SOPTestSupport"]),
  ]
)
