import Testing

@testable import ClaimLintCore

/// Applying suppression comments to findings in hand-built documents.
@Suite struct SuppressorTests {
  static let known: Set<String> = ["hype/miracle", "hype/cure", "caveat/dose", "caveat/pregnancy", "eu/health"]
  let suppressor = Suppressor(knownRuleIDs: known, activeRuleIDs: known.subtracting(["eu/health"]))

  /// Findings of `rule` at every given needle (first occurrence unless `needle#n`).
  func run(_ text: String, _ findings: [(String, String)], format: DocumentFormat = .markdown) -> Suppressor.Outcome {
    let document = TestDocument.make(text, format: format)
    let list = findings.map { rule, needle in
      let parts = needle.split(separator: "#")
      return TestDocument.finding(rule, String(parts[0]), in: text, occurrence: parts.count > 1 ? Int(parts[1])! : 1)
    }
    return suppressor.apply(list, in: document)
  }

  func keptText(_ outcome: Suppressor.Outcome, _ text: String) -> [String] {
    outcome.kept.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
  }

  @Test func nextLineSkipsBlankLinesAndCommentLines() {
    let text = """
      <!-- claimlint-disable-next-line hype/miracle -- customer quote -->

      <!-- an ordinary comment -->

      A miracle tonic. Another miracle.
      A third miracle.
      """
    let outcome = run(text, [("hype/miracle", "miracle tonic"), ("hype/miracle", "miracle.#1"), ("hype/miracle", "third miracle")])
    #expect(keptText(outcome, text) == ["third miracle"])
    #expect(outcome.suppressed.count == 2)
    #expect(outcome.suppressed[0].directive.reason == "customer quote")
    #expect(outcome.meta.isEmpty)
  }

  @Test func nextLineOnlyCoversItsRulesAndOnlyOneLine() {
    let text = """
      Before miracle.
      <!-- claimlint-disable-next-line hype/miracle -->
      A miracle cure.
      """
    let outcome = run(text, [("hype/miracle", "miracle.#1"), ("hype/miracle", "miracle cure"), ("hype/cure", "cure")])
    #expect(keptText(outcome, text) == ["miracle.", "cure"])
  }

  @Test func stackedNextLineCommentsTargetTheSameLine() {
    let text = """
      <!-- claimlint-disable-next-line hype/miracle -->
      <!-- claimlint-disable-next-line hype/cure -->
      A miracle cure.
      """
    let outcome = run(text, [("hype/miracle", "miracle cure"), ("hype/cure", "cure.")])
    #expect(outcome.kept.isEmpty && outcome.meta.isEmpty)
  }

  @Test func familyWildcardAndAll() {
    let text = """
      <!-- claimlint-disable-next-line hype/* -->
      A miracle cure with a dose.

      <!-- claimlint-disable-next-line all -->
      A miracle cure with a dose.
      """
    let outcome = run(
      text,
      [
        ("hype/miracle", "miracle#1"), ("hype/cure", "cure#1"), ("caveat/dose", "dose#1"),
        ("hype/miracle", "miracle#2"), ("hype/cure", "cure#2"), ("caveat/dose", "dose#2"),
      ])
    #expect(outcome.kept.map(\.ruleID) == ["caveat/dose"])
    #expect(outcome.kept[0].range == TestDocument.range(of: "dose", in: text, occurrence: 1))
  }

  @Test func nestedAndOverlappingBlocks() {
    // Each line n has a miracle word Mn, a cure word Cn and (lines 3-11) a dose word Dn.
    let text = """
      One M1 C1.
      <!-- claimlint-disable hype/* -->
      Two M3 C3.
      <!-- claimlint-disable caveat/dose -->
      Three M5 C5 D5.
      <!-- claimlint-enable hype/cure -->
      Four M7 C7 D7.
      <!-- claimlint-enable hype/* -->
      Five M9 C9 D9.
      <!-- claimlint-enable caveat/dose -->
      Six D11.
      """
    var findings: [(String, String)] = []
    for line in [1, 3, 5, 7, 9] { findings += [("hype/miracle", "M\(line)"), ("hype/cure", "C\(line)")] }
    for line in [5, 7, 9, 11] { findings.append(("caveat/dose", "D\(line)")) }
    let outcome = run(text, findings)
    let kept = outcome.kept.map { "\($0.ruleID)@\(TestDocument.lineOf($0, in: text))" }.sorted()
    #expect(
      kept == [
        "caveat/dose@11", "hype/cure@1", "hype/cure@7", "hype/cure@9", "hype/miracle@1", "hype/miracle@9",
      ])
    #expect(outcome.meta.isEmpty, "\(outcome.meta.map(\.message))")
  }

  @Test func disableFileCoversEverythingEvenAbove() {
    let text = """
      A miracle first.

      <!-- claimlint-disable-file hype/miracle -- archived page -->

      A miracle later. A cure too.
      """
    let outcome = run(text, [("hype/miracle", "miracle first"), ("hype/miracle", "miracle later"), ("hype/cure", "cure")])
    #expect(outcome.kept.map(\.ruleID) == ["hype/cure"])
    #expect(outcome.suppressed.allSatisfy { $0.directive.reason == "archived page" })
  }

  @Test func unusedSuppressionsAreInfoFindingsAtTheComment() {
    let text = """
      <!-- claimlint-disable-next-line hype/miracle hype/cure -- stale -->
      A miracle.

      <!-- claimlint-disable caveat/* -->
      Nothing here.
      <!-- claimlint-enable caveat/* -->
      <!-- claimlint-disable-next-line eu/health -->
      Not checked today.
      """
    let outcome = run(text, [("hype/miracle", "miracle.")])
    #expect(outcome.kept.isEmpty)
    #expect(outcome.meta.count == 2)
    #expect(outcome.meta.allSatisfy { $0.ruleID == MetaRules.unusedSuppression })
    #expect(outcome.meta[0].message.contains("'hype/cure' reports nothing on the next line; remove 'hype/cure' from the comment"))
    #expect(outcome.meta[0].notes == [Note("reason given: stale")])
    #expect(outcome.meta[0].range == TestDocument.range(of: "<!-- claimlint-disable-next-line hype/miracle hype/cure -- stale -->", in: text))
    #expect(outcome.meta[1].message.contains("'claimlint-disable' suppresses nothing: 'caveat/*' reports nothing after it"))
  }

  @Test func invalidDirectivesAreWarnings() {
    let text = """
      <!-- claimlint-enable hype/miracle -->
      <!-- claimlint-disable-nextline hype/miracle -->
      <!-- claimlint-disable-next-line hype/miracel -->
      <!-- claimlint-disable-next-line bogus/* -->
      A miracle.
      """
    let outcome = run(text, [("hype/miracle", "miracle.")])
    #expect(outcome.kept.count == 1)
    #expect(outcome.meta.map(\.ruleID) == Array(repeating: MetaRules.invalidSuppression, count: 4))
    let messages = outcome.meta.map(\.message)
    #expect(messages.contains { $0.contains("unknown rule 'hype/miracel'") && $0.contains("did you mean 'hype/miracle'?") })
    #expect(messages.contains { $0.contains("unknown rule family 'bogus/*'") })
    #expect(messages.contains { $0.contains("did you mean 'claimlint-disable-next-line'?") })
    #expect(messages.contains { $0.contains("'claimlint-enable hype/miracle' has no 'claimlint-disable' before it") })
  }

  @Test func enableOfAPartOfAnOpenFamilyIsValid() {
    let text = """
      <!-- claimlint-disable all -->
      <!-- claimlint-enable hype/cure -->
      A miracle cure.
      <!-- claimlint-enable all -->
      <!-- claimlint-enable all -->
      """
    let outcome = run(text, [("hype/miracle", "miracle cure"), ("hype/cure", "cure.")])
    #expect(outcome.kept.map(\.ruleID) == ["hype/cure"])
    #expect(outcome.meta.count == 1)
    #expect(outcome.meta[0].message.contains("'claimlint-enable all' has no 'claimlint-disable'"))
    #expect(outcome.meta[0].range.lowerBound == TestDocument.range(of: "<!-- claimlint-enable all -->", in: text, occurrence: 2).lowerBound)
  }

  @Test func metaFindingsAreNeverSuppressed() {
    let text = "<!-- claimlint-disable all -->\nText.\n"
    let meta = Finding(ruleID: MetaRules.invalidSuppression, message: "x", range: 31..<35)
    let outcome = suppressor.apply([meta], in: TestDocument.make(text))
    #expect(outcome.kept == [meta])
  }

  @Test func missingCaveatFindingFollowsItsTrigger() {
    // A `requires` finding is reported at its first trigger; suppressing that line suppresses it.
    let text = """
      <!-- claimlint-disable-next-line caveat/pregnancy -- reviewed with the pharmacist -->
      Take 4000 IU every day.

      Nothing about pregnancy anywhere.
      """
    let outcome = run(text, [("caveat/pregnancy", "4000 IU")])
    #expect(outcome.kept.isEmpty && outcome.meta.isEmpty)
  }

  @Test func plainTextDirectiveLines() {
    let text = """
      claimlint-disable-next-line hype/miracle -- product name

      The Miracle Blend tea.
      The miracle again.
        claimlint-disable hype/cure
      It cures.
      claimlint-enable hype/cure
      It cures.
      """
    let outcome = run(
      text,
      [("hype/miracle", "Miracle"), ("hype/miracle", "miracle again"), ("hype/cure", "cures#1"), ("hype/cure", "cures#2")],
      format: .text)
    #expect(keptText(outcome, text) == ["miracle again", "cures"])
    #expect(outcome.kept[1].range == TestDocument.range(of: "cures", in: text, occurrence: 2))
    #expect(outcome.meta.isEmpty)
  }
}

extension TestDocument {
  /// The 1-based line of a finding's start.
  static func lineOf(_ finding: Finding, in text: String) -> Int {
    SourceText(text).line(containing: finding.range.lowerBound)
  }
}
