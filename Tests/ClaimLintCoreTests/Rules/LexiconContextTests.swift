import Testing

@testable import ClaimLintCore

/// A lexicon's `not-preceded-by` and `not-followed-by` words keep matches out, for regex terms, for
/// vocabulary terms and through `include`.
@Suite struct LexiconContextTests {
  static let harness = EngineHarness(
    """
    lexicons:
      minerals:
        terms: [iron, zinc]
        not-followed-by: [deficiency, levels]
        not-preceded-by: [lack of, low]
      taken: {include: [minerals], terms: [capsule]}
    rules:
      - {id: t/minerals, severity: info, message: x, lexicon: minerals}
      - {id: t/taken, severity: info, message: x, lexicon: taken}
    """)

  @Test func contextWordsKeepMatchesOut() throws {
    let text = "Iron deficiency, zinc levels and a lack of iron; low zinc. Iron tablets and a zinc capsule."
    let spans = try Self.harness.lint(text).findings.filter { $0.ruleID == "t/minerals" }.map {
      String(decoding: Array(text.utf8)[$0.range], as: UTF8.self)
    }
    #expect(spans == ["Iron", "zinc"])
  }

  @Test func theContextCarriesThroughInclude() throws {
    let text = "Iron deficiency and a zinc capsule."
    let spans = try Self.harness.lint(text).findings.filter { $0.ruleID == "t/taken" }.map {
      String(decoding: Array(text.utf8)[$0.range], as: UTF8.self)
    }
    #expect(spans == ["zinc", "capsule"])
  }

  @Test func vocabularyTermsTakeTheLexiconsContextToo() throws {
    let yaml = """
      lexicons:
        nutrients: {vocabulary: v, not-followed-by: [deficiency]}
      rules:
        - {id: t/n, severity: info, message: x, lexicon: nutrients}
      """
    let (ruleSet, errors) = RuleSet.load([
      RuleSource(name: "t.yml", text: yaml), RuleSource(name: "v.tsv", text: "folate\tvitamin\n"),
    ])
    #expect(errors.isEmpty, "\(errors)")
    let text = "Folate deficiency is rare; folate helps."
    let document = try DocumentParser.parse(path: "d.md", text: text, format: .markdown)
    let found = Linter(ruleSet: ruleSet).lint(document).findings.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
    #expect(found == ["folate"])
  }
}
