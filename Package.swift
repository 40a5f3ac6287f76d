// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "claimlint",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimlint", targets: ["claimlint"]),
    .library(name: "ClaimLintCore", targets: ["ClaimLintCore"]),
    .library(name: "ClaimLintServer", targets: ["ClaimLintServer"]),
    .library(name: "ClaimLintMCP", targets: ["ClaimLintMCP"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CPCRE2",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
    ),
    .executableTarget(name: "EmbedRules", path: "Sources/EmbedRules"),
    .plugin(
      name: "EmbedRulesPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedRules"],
      path: "Sources/EmbedRulesPlugin"
    ),
    .target(
      name: "ClaimLintCore",
      dependencies: ["CPCRE2", .product(name: "Yams", package: "Yams")],
      plugins: ["EmbedRulesPlugin"]
    ),
    .target(name: "ClaimLintServer", dependencies: ["ClaimLintCore"]),
    .target(name: "ClaimLintMCP", dependencies: ["ClaimLintCore", .product(name: "MCP", package: "swift-sdk")]),
    .executableTarget(
      name: "claimlint",
      dependencies: [
        "ClaimLintCore", "ClaimLintServer", "ClaimLintMCP", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ClaimLintCoreTests", dependencies: ["ClaimLintCore"],
      // golden files and the corpus-overlap allowlist, read by path from the tests
      exclude: ["Reporting/Golden", "Project/corpus-overlap-allowlist.txt"]
    ),
    .testTarget(
      name: "ClaimLintServerTests", dependencies: ["ClaimLintServer", "ClaimLintCore"],
      exclude: ["Exchanges"]  // recorded exchanges, read by path from the tests
    ),
    .testTarget(
      name: "ClaimLintMCPTests",
      dependencies: ["ClaimLintMCP", "ClaimLintCore", .product(name: "MCP", package: "swift-sdk")]
    ),
    .testTarget(
      name: "ClaimLintCLITests", dependencies: ["claimlint", "ClaimLintCore"],
      // editor scripts, the MCP client and the README's screenshot, read by path from the tests
      exclude: ["Editors", "MCP", "Docs"]
    ),
  ]
)

// Fuzz targets (Tests/Fuzz), only when CLAIMLINT_FUZZ=1: `Tests/Fuzz/run-fuzzers.sh` builds them into
// `.build-fuzz` with AddressSanitizer and libFuzzer coverage. The normal build and `swift test` never see them.
if Context.environment["CLAIMLINT_FUZZ"] == "1" {
  package.targets.append(
    .target(name: "FuzzSupport", dependencies: ["ClaimLintCore"], path: "Tests/Fuzz/Support"))
  let fuzzers: [(String, [Target.Dependency])] = [
    ("FuzzMarkdown", []), ("FuzzHTML", []), ("FuzzPlainText", []), ("FuzzSentences", []),
    ("FuzzRuleFile", []), ("FuzzConfig", []), ("FuzzDiff", []), ("FuzzBaseline", []),
    ("FuzzSuppression", []), ("FuzzGlob", []), ("FuzzMessageFramer", ["ClaimLintServer"]),
  ]
  for (name, extra) in fuzzers {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: ["FuzzSupport", "ClaimLintCore"] + extra, path: "Tests/Fuzz/Targets/\(name)"))
  }
}
