import Foundation
import Testing

/// The samples in `Samples/` and the seed article, linted by the built binary with the built-in rules.
@Suite(.serialized) struct SampleTests {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// (line, rule) of every finding in `paths`, per file name.
  func findings(_ paths: [String], extra: [String] = []) throws -> (run: Workspace.Run, byFile: [String: [Finding]]) {
    let space = try Workspace()
    let run = try space.run(["lint", "--format", "json", "--fail-on", "never"] + extra + paths)
    let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
    var byFile: [String: [Finding]] = [:]
    for diagnostic in report.diagnostics {
      byFile[URL(fileURLWithPath: diagnostic.path).lastPathComponent, default: []].append(
        Finding(line: diagnostic.line, rule: diagnostic.rule))
    }
    return (run, byFile)
  }

  struct Finding: Hashable, CustomStringConvertible {
    var line: Int
    var rule: String
    var description: String { "\(line) \(rule)" }
  }

  struct Report: Decodable {
    struct Diagnostic: Decodable {
      var path: String
      var line: Int
      var rule: String
    }
    var diagnostics: [Diagnostic]
  }

  /// Every problem planted in the overclaimed sample is flagged, and nothing else.
  @Test func overclaimedSampleFlagsEveryPlantedProblem() throws {
    let planted: [Finding] = [
      .init(line: 6, rule: "hype/miracle-words"), .init(line: 6, rule: "caveat/vitamin-k-anticoagulants"),
      .init(line: 8, rule: "hype/doctors-hate"), .init(line: 8, rule: "hype/absolute-safety"),
      .init(line: 8, rule: "hype/absolute-safety"), .init(line: 9, rule: "hype/natural-means-safe"),
      .init(line: 13, rule: "evidence/unsourced-appeal"), .init(line: 14, rule: "causal/observational-causal"),
      .init(line: 14, rule: "regulatory/supplement-disease-claim"), .init(line: 16, rule: "causal/animal-to-human"),
      .init(line: 16, rule: "regulatory/supplement-disease-claim"),
      .init(line: 18, rule: "evidence/single-study-generalized"), .init(line: 18, rule: "causal/proof-language"),
      .init(line: 18, rule: "evidence/relative-risk-only"), .init(line: 18, rule: "regulatory/supplement-disease-claim"),
      .init(line: 18, rule: "regulatory/supplement-disease-claim"), .init(line: 21, rule: "causal/correlation-to-advice"),
      .init(line: 23, rule: "causal/unsupported-supplement-benefit"),
      .init(line: 27, rule: "caveat/dose-advice-professional"), .init(line: 27, rule: "caveat/vitamin-d-high-dose-risk"),
      .init(line: 27, rule: "dosage/vitamin-d-above-upper-limit"),
      .init(line: 27, rule: "dosage/vitamin-d-implausible-unit"), .init(line: 27, rule: "hype/guaranteed-results"),
    ]
    let (run, found) = try findings([Self.package.appendingPathComponent("Samples/overclaimed-k2-d3.md").path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(found["overclaimed-k2-d3.md"]?.sorted { ($0.line, $0.rule) < ($1.line, $1.rule) }
      == planted.sorted { ($0.line, $0.rule) < ($1.line, $1.rule) })
  }

  @Test func htmlSampleFlagsItsPlantedProblemsAndHonoursItsSuppression() throws {
    let planted: Set<Finding> = [
      .init(line: 5, rule: "caveat/st-johns-wort-interactions"), .init(line: 11, rule: "causal/unsupported-supplement-benefit"),
      .init(line: 11, rule: "regulatory/supplement-disease-claim"), .init(line: 12, rule: "caveat/bleeding-risk-supplements"),
      .init(line: 13, rule: "caveat/dose-advice-professional"), .init(line: 14, rule: "hype/miracle-words"),
    ]
    let (run, found) = try findings([Self.package.appendingPathComponent("Samples/mood-support-product.html").path])
    #expect(Set(found["mood-support-product.html"] ?? []) == planted)
    #expect(run.stderr.contains("2 findings suppressed"))
  }

  @Test func caveatedSamplesAreClean() throws {
    let paths = ["Samples/caveated-k2-d3.md", "Samples/newsletter.txt"].map { Self.package.appendingPathComponent($0).path }
    let (run, found) = try findings(paths)
    #expect(found.isEmpty, "\(found)")
    #expect(run.stderr.contains("no problems found in 2 files"))
  }

  static let seed = package.deletingLastPathComponent().appendingPathComponent("shared/seed/vitamin-d3-k2-benefits.md")

  /// The seed article the project grew from lints without warnings or errors (skipped without `../shared`).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
  func seedArticleHasNoWarningsOrErrors() throws {
    let seed = Self.seed
    let space = try Workspace()
    let run = try space.run(["lint", "--format", "gcc", seed.path])
    #expect(!run.stdout.contains(": warning:") && !run.stdout.contains(": error:"), "\(run.stdout)")
    #expect(run.status == 0)
  }

  /// A copied binary carries the built-in rules: no look-up of the source tree or the build folder.
  @Test func copiedBinaryUsesItsEmbeddedRules() throws {
    let space = try Workspace(["copy.md": "Our tonic is completely safe.\n"])
    let copy = space.root.appendingPathComponent("bin/claimlint")
    try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: try Workspace.binary(), to: copy)
    let run = try space.run(["lint", "--format", "gcc", "copy.md"], executable: copy)
    #expect(run.stdout.contains("[hype/absolute-safety]"), "\(run.stderr)")
  }
}
