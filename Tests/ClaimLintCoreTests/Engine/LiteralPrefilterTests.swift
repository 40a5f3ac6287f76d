import Testing

@testable import ClaimLintCore

/// The literal prefilter changes which searches run, never what is found.
@Suite("literal prefilter: same findings")
struct LiteralPrefilterTests {
  private static let builtIn: RuleSet = {
    let (ruleSet, errors) = RuleSet.load(RuleFiles().gather(defaultRules: true, paths: []).sources)
    precondition(errors.isEmpty, "\(errors)")
    return ruleSet
  }()

  private func findings(
    _ text: String, format: DocumentFormat, prefilter: Bool, allowance: MatchBudget.Allowance = .standard
  ) throws -> [Finding] {
    var ruleSet = Self.builtIn
    ruleSet.prefiltersLiterals = prefilter
    let document = try DocumentParser.parse(path: "example." + format.rawValue, text: text, format: format)
    let result = Linter(ruleSet: ruleSet, allowance: allowance).lint(document)
    #expect(result.errors.isEmpty, "\(result.errors)")
    return result.findings
  }

  /// Every example of every built-in rule, linted by all the rules together, as written, after a
  /// non-ASCII letter, and after a Kelvin sign (which turns the prefilter off for the document).
  @Test func everyRuleExampleGivesTheSameFindings() throws {
    var compared = 0
    var withFindings = 0
    for rule in Self.builtIn.rules {
      for example in rule.metadata.examples {
        let text = ExampleMarkup(example.text).text
        for variant in [text, "Caf\u{E9} note. " + text, "\u{212A} " + text] {
          let filtered = try findings(variant, format: example.format, prefilter: true)
          let unfiltered = try findings(variant, format: example.format, prefilter: false)
          #expect(filtered == unfiltered, "\(rule.id) line \(example.line): \(variant)")
          compared += 1
          if !unfiltered.isEmpty { withFindings += 1 }
        }
      }
    }
    #expect(compared > 1_000)
    #expect(withFindings > compared / 3)
  }

  /// The markdown examples of every built-in rule as the paragraphs of one document, where each rule's
  /// pattern is searched only in the sentences and paragraphs holding its literals, and each context
  /// only in the paragraphs a condition asks about.
  @Test func allExamplesInOneDocumentGiveTheSameFindings() throws {
    let paragraphs = Self.builtIn.rules.flatMap { rule in
      rule.metadata.examples.filter { $0.format == .markdown }.map { ExampleMarkup($0.text).text }
    }
    #expect(paragraphs.count > 300)
    let text = paragraphs.joined(separator: "\n\n")
    // Time budgets are measured, so on a busy machine a debug build could stop a rule in one run only;
    // this test is about what is found, so it allows a minute.
    let allowance = MatchBudget.Allowance(seconds: 60, secondsPerMiB: 0)
    let filtered = try findings(text, format: .markdown, prefilter: true, allowance: allowance)
    let unfiltered = try findings(text, format: .markdown, prefilter: false, allowance: allowance)
    #expect(
      filtered == unfiltered,
      "only filtered: \(filtered.filter { !unfiltered.contains($0) }); only unfiltered: \(unfiltered.filter { !filtered.contains($0) })")
    #expect(unfiltered.count > 100)
  }

  @Test func aSearchIsSkippedOnlyWhereNoLiteralIs() throws {
    let pattern = try Pattern("\\bmiracle\\s+cure\\b", options: [.caseInsensitive])
    let prefilter = LiteralPrefilter([pattern])
    let text = Array("A MIRACLE, then a cure. A miracle cure.".utf8)
    let hits = try #require(text.withUnsafeBufferPointer(prefilter.hits))
    #expect(hits.mayMatch(pattern, in: 0..<text.count))
    #expect(!hits.mayMatch(pattern, in: 0..<9))  // "A MIRACLE": no "cure"
    #expect(!hits.mayMatch(pattern, in: 11..<22))  // "then a cure": no "miracle"
    #expect(!hits.mayMatch(pattern, in: 27..<38))  // "iracle cure": the literal is cut
    #expect(hits.mayMatch(pattern, in: 26..<38))  // "miracle cure"
    // Both literals, though not as the pattern wants them: PCRE2 decides.
    #expect(hits.mayMatch(pattern, in: 0..<22))
  }

  @Test func aGroupNamedLikeASlotIsNotTakenForOne() throws {
    // No term slots here: the author's group `_cls4` says nothing about a lexicon, so it is searched.
    let pattern = try Pattern("(?<_cls4>ginkgo)\\s+biloba", options: [.caseInsensitive])
    let prefilter = LiteralPrefilter([pattern])
    #expect(prefilter.requirement(of: pattern) == nil)
    #expect(try pattern.matches(in: "Ginkgo biloba").count == 1)
  }

  @Test func aLetterThatFoldsToASCIITurnsThePrefilterOff() throws {
    let pattern = try Pattern("kelp", options: [.caseInsensitive])
    let prefilter = LiteralPrefilter([pattern])
    let text = Array("\u{212A}elp tablets".utf8)
    #expect(text.withUnsafeBufferPointer(prefilter.hits) == nil)
    #expect(try pattern.matches(in: String(decoding: text, as: UTF8.self)).count == 1)
  }

  /// Random texts from a small vocabulary: wherever PCRE2 finds a match, the prefilter allowed the search.
  @Test func randomTextsNeverLoseAMatch() throws {
    let sources = [
      "\\bcures?\\s+(?:all|every)\\b", "colou?r(?:ed)?", "(?<!no )proof", "\\d+\\s*(?:mg|mcg)\\b",
      "(?x) heart \\s+ attacks?", "(?:anti|pro)[-\u{2010}]?viral", "\\Qx+y\\E",
      "\\bca(?:lcium(?:\\s+|-)citrate|rnitine\\s+tartrate)", "(?:vit(?:amin\\s+|\\.\\s*)(?:d|k2?)|heart\\s*\\d)",
    ]
    let patterns = try sources.map { try Pattern($0, options: [.caseInsensitive]) }
    let prefilter = LiteralPrefilter(patterns)
    let words = [
      "cure", "Cures", "all", "EVERY", "color", "colour", "ed", "no", "proof", "12", "mg", "MCG", "heart", "attack",
      "anti", "viral", "-", "\u{2010}", "pro", "x+y", "é", " ", " ", "\n", "calcium", "citrate", "Carnitine",
      "tartrate", "vit", "vitamin", ".", "D", "k", "K2", "3",
    ]
    var generator = SeededRandom(state: 2026)
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }
        .joined(separator: Bool.random(using: &generator) ? " " : "")
      let bytes = Array(text.utf8)
      let hits = try #require(bytes.withUnsafeBufferPointer(prefilter.hits))
      for pattern in patterns {
        let matches = try pattern.matches(in: text)
        for match in matches {
          #expect(hits.mayMatch(pattern, in: match.range), "\(pattern.source) in \(text)")
        }
        if !matches.isEmpty { #expect(hits.mayMatch(pattern, in: 0..<bytes.count)) }
      }
    }
  }
}

