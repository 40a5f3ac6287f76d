import Foundation
import Testing

@testable import ClaimLintCore

/// A large document is linted with its rules split over the cores and its sentences judged in chunks;
/// the findings and errors must be those of one group on one core, finding for finding.
@Suite struct LargeDocumentTests {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The overclaimed and the careful sample, then a product section, repeated past the parallel length.
  static func largeDocument() throws -> Document {
    let samples = try ["overclaimed-k2-d3.md", "caveated-k2-d3.md"].map {
      try String(contentsOf: package.appendingPathComponent("Samples/\($0)"), encoding: .utf8)
    }
    let product = """
      ## Buy JointEase capsules

      JointEase relieves arthritis pain and treats gout. Take 15,000 IU of vitamin D with every meal.
      Customers say it cured their psoriasis. Add to cart for free delivery.

      """
    var text = ""
    var round = 0
    while text.utf8.count < Linter.parallelLength + 4096 {
      text += samples[round % 2] + "\n" + product + "\n"
      round += 1
    }
    return try DocumentParser.parse(path: "large.md", text: text, format: .markdown)
  }

  @Test func rulesSplitOverCoresFindWhatOneGroupFinds() throws {
    let document = try Self.largeDocument()
    let (ruleSet, errors) = RuleSet.load(RuleSource.defaults())
    #expect(errors.isEmpty)
    var serial = Linter(ruleSet: ruleSet)
    serial.cores = 1
    var split = Linter(ruleSet: ruleSet)
    split.cores = 3
    #expect(Linter.groups(of: ruleSet.rules, forLength: document.text.count, cores: 3).count == 3)
    let one = serial.lint(document)
    let three = split.lint(document)
    #expect(one.findings.count > 100)
    #expect(one.findings == three.findings)
    #expect(one.errors == three.errors)
  }

  @Test func groupsHoldEveryRuleOnce() throws {
    let (ruleSet, _) = RuleSet.load(RuleSource.defaults())
    let rules = ruleSet.rules
    #expect(Linter.groups(of: rules, forLength: 100, cores: 8) == [Array(rules.indices)])
    #expect(Linter.groups(of: rules, forLength: Linter.parallelLength, cores: 1) == [Array(rules.indices)])
    for cores in [2, 3, 5, rules.count + 4] {
      let groups = Linter.groups(of: rules, forLength: Linter.parallelLength, cores: cores)
      #expect(groups.count == min(cores, rules.count))
      #expect(groups.joined().sorted() == Array(rules.indices))
    }
  }

  @Test func sentencesJudgedInChunksAreJudgedAsOneRun() throws {
    let document = try Self.largeDocument()
    let analyzer = ClaimAnalyzer(knowledge: .builtIn)
    let whole = analyzer.analyze(document)
    #expect(whole.count == document.sentences.count)
    for chunks in [2, 7, document.sentences.count + 3] {
      #expect(analyzer.analyze(document, chunks: chunks) == whole)
    }
  }
}
