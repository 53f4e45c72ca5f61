// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for sopkit's readers (make fuzz, make fuzz-smoke; see README, "Fuzzing and
// sanitizers"). A package of its own so that the normal `swift build` and `swift test` never see
// executables whose `main` comes from libFuzzer. Build only with the fuzzer runtime, as run.sh does:
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c release \
//     --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
let package = Package(
  name: "sopkit-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "sopkit", path: ".."),
    // Already a dependency of sopkit; the zip mutator packs mutated parts with it.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // Feeds the fuzzer's bytes to Converter.check, the read entry point of `sopkit convert`.
    .target(name: "FuzzSupport", dependencies: [.product(name: "SOPFormats", package: "sopkit")]),
    // LLVMFuzzerCustomMutator for the zip formats: unpacks, mutates one part, packs again.
    .target(
      name: "FuzzZipMutator",
      dependencies: ["CLibFuzzer", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    // Declares LLVMFuzzerMutate, which the fuzzer runtime defines.
    .target(name: "CLibFuzzer"),
    .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzDOCX", dependencies: ["FuzzSupport", "FuzzZipMutator"]),
    .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzSupport", "FuzzZipMutator"]),
  ]
)
