import Foundation
import Testing

@testable import ClaimLintCore

/// A large document is linted by a worker per core, each taking the next rule, and its sentences are
/// judged in chunks; the findings and errors must be those of one context on one core, finding for finding.
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

  @Test func rulesSharedbyWorkersFindWhatOneContextFinds() throws {
    let document = try Self.largeDocument()
    let (ruleSet, errors) = RuleSet.load(RuleSource.defaults())
    #expect(errors.isEmpty)
    // Time budgets are measured, so a slow debug build on a busy machine could stop a rule in one run and
    // not the other; this test is about what is found, so it allows a minute.
    let allowance = MatchBudget.Allowance(seconds: 60, secondsPerMiB: 0)
    var serial = Linter(ruleSet: ruleSet, allowance: allowance)
    serial.cores = 1
    var split = Linter(ruleSet: ruleSet, allowance: allowance)
    split.cores = 3
    #expect(Linter.workers(for: ruleSet.rules.count, forLength: document.text.count, cores: 3) == 3)
    let one = serial.lint(document)
    let three = split.lint(document)
    #expect(one.findings.count > 100)
    #expect(one.findings == three.findings)
    #expect(one.errors == three.errors)
  }

  @Test func aWorkerPerCoreOnlyForALargeDocument() throws {
    let (ruleSet, _) = RuleSet.load(RuleSource.defaults())
    let count = ruleSet.rules.count
    #expect(Linter.workers(for: count, forLength: 100, cores: 8) == 1)
    #expect(Linter.workers(for: count, forLength: Linter.parallelLength, cores: 1) == 1)
    for cores in [2, 3, 5, count + 4] {
      #expect(Linter.workers(for: count, forLength: Linter.parallelLength, cores: cores) == min(cores, count))
    }
  }

  @Test func aLongTextIsSplitIntoEachBlocksSentencesSideBySide() throws {
    let document = try Self.largeDocument()
    #expect(document.text.count >= DocumentAssembler.parallelLength)
    let splitter = SentenceSplitter()
    let serial = document.blocks.map { splitter.split(document.text, in: $0.range) }
    #expect(DocumentAssembler.sentenceRanges(of: document.blocks, in: document.text) == serial)
    #expect(document.sentences.map(\.range) == serial.flatMap { $0 })
    #expect(document.sentences.count > 1_000)
  }

  @Test func sentencesJudgedByWorkersSideBySideAreJudgedAsOneRun() throws {
    let document = try Self.largeDocument()
    let analyzer = ClaimAnalyzer(knowledge: .builtIn)
    let whole = analyzer.analyze(document)
    #expect(whole.count == document.sentences.count)
    let count = whole.count
    for workers in [2, 5] {
      // Each worker asks in its own order (forward, backward, strided), so neighbours are found and
      // sentences judged in every interleaving; the stored claims must be those of one serial run.
      let shared = SentenceClaims(document: document, analyzer: analyzer)
      let seen = Array(0..<workers).concurrentMap { worker -> [SentenceClaim] in
        let order = (0..<count).map { step in
          worker == 0 ? step : worker == 1 ? count - 1 - step : (step * (2 * worker + 1)) % count
        }
        return order.map(shared.claim)
      }
      #expect(shared.all == whole)
      #expect(shared.judgedCount == count)
      for claims in seen { #expect(claims.allSatisfy { whole[$0.sentence] == $0 }) }
    }
  }
}
