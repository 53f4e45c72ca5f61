// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "sopkit",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "SOPModel", targets: ["SOPModel"]),
    .library(name: "SOPFormats", targets: ["SOPFormats"]),
    .executable(name: "sopkit", targets: ["sopkit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    // `sopkit serve` only (target SOPServe); SOPFormats does not depend on it. The trait list
    // leaves out swift-configuration, which the server does not use.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
    // Already a dependency of Hummingbird; named for the error numbers `serve` explains (NIOCore.IOError).
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
  ],
  targets: [
    // Core: the canonical model, its JSON form and its checks (Foundation only).
    .target(name: "SOPModel"),
    // Adapters: readers and writers, one folder per format.
    .target(
      name: "SOPFormats",
      dependencies: [
        "SOPModel", "CXlsxWriter", "CLibXML2", "CCairo", "CPoppler",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // System libraries.
    .systemLibrary(
      name: "CXlsxWriter", pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    // The PDF writer: cairo draws the pages, pango sets the text.
    .systemLibrary(
      name: "CCairo", pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["cairo", "pango"])]),
    // `verify-signing` on PDFs: the text and where each character stands.
    .systemLibrary(
      name: "CPoppler", pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]),
    // Web page and HTTP API for `sopkit serve` (Hummingbird), kept out of SOPFormats.
    .target(
      name: "SOPServe",
      dependencies: [
        "SOPFormats",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]),
    // Command-line tool: parses arguments, calls SOPFormats, prints diagnostics.
    .executableTarget(
      name: "sopkit",
      dependencies: [
        "SOPFormats", "SOPServe",
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
    .testTarget(
      name: "SOPServeTests",
      dependencies: [
        "SOPServe", "SOPTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
  ]
)
