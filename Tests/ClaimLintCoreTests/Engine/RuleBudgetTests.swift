import Foundation
import Testing

@testable import ClaimLintCore

/// Each rule has a budget of matching time per document: a rule file cannot make a run last for ever
/// with searches that are each within PCRE2's match limit.
@Suite struct RuleBudgetTests {
  /// A rule that looks far ahead from every `zz` and finds nothing there; and a cheap one beside it.
  static let rules = """
    rules:
      - id: t/far
        severity: info
        message: x
        scope: document
        pattern: 'miracle|zz(?=[\\s\\S]{0,65000}?QQQ)'
      - id: t/cheap
        severity: info
        message: x
        pattern: 'miracle'
    """

  static let text = "A miracle.\n\n" + String(repeating: "zz ", count: 60_000) + "\n\nAnother miracle.\n"

  @Test func aRuleThatSpendsItsBudgetStopsAndKeepsItsFindings() throws {
    let harness = EngineHarness(Self.rules)
    let document = try DocumentParser.parse(path: "big.md", text: Self.text, format: .markdown)
    let linter = Linter(ruleSet: harness.ruleSet, allowance: MatchBudget.Allowance(seconds: 0.05, secondsPerMiB: 0))
    let result = linter.lint(document)
    #expect(result.errors.count == 1)
    let error = try #require(result.errors.first)
    #expect(error.path == "big.md" && error.line == 3, "\(error)")
    #expect(error.message.hasPrefix("rule 't/far' stopped here: it used up its 0.1 s of pattern matching for this file"))
    #expect(error.message.hasSuffix("the findings it made until then are kept"))
    #expect(result.findings.filter { $0.ruleID == "t/far" }.map(\.range.lowerBound) == [2], "the first miracle is kept")
    #expect(result.findings.filter { $0.ruleID == "t/cheap" }.count == 2, "the other rule still runs")
  }

  @Test func theStandardAllowanceLeavesOrdinaryRulesAlone() throws {
    let harness = EngineHarness(Self.rules)
    let result = try harness.lint("A miracle.\n\nzz zz QQQ.\n")
    #expect(result.errors.isEmpty)
    #expect(result.findings.count == 4)
    #expect(MatchBudget.Allowance.standard.seconds(forLength: 1_048_576) == 2)
  }

  @Test func aSpentBudgetStopsTheNextSearch() throws {
    let budget = MatchBudget(seconds: 0.01)
    #expect(!budget.isSpent)
    budget.measure {
      let start = DispatchTime.now().uptimeNanoseconds
      var spin = 0
      while DispatchTime.now().uptimeNanoseconds - start < 30_000_000 { spin &+= 1 }
      return spin
    }
    #expect(budget.isSpent)
    let pattern = try Pattern("b")
    let text = Array("aaab".utf8)
    let error = text.withUnsafeBufferPointer { buffer -> PatternError? in
      do throws(PatternError) {
        _ = try pattern.matches(in: buffer, range: 1..<4, budget: budget)
        return nil
      } catch {
        return error
      }
    }
    #expect(error == .budget(seconds: 0.01, offset: 1))
  }
}
