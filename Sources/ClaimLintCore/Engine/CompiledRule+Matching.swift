extension CompiledRule {
  /// A match the rule accepted: the reported span and the match it came from (scan-text offsets).
  struct Hit {
    var span: Range<Int>
    var match: Match
  }

  /// The rule's matches that respect its scope, block filter and conditions, in document order. When a
  /// search fails (a pattern gives up, the budget is spent), the hits found before it, and the error.
  func hits(in context: DocumentContext) -> (hits: [Hit], stop: PatternError?) {
    var hits: [Hit] = []
    var reportedUnits = Set<Range<Int>>()
    let (candidates, stop) = candidates(in: context)
    for match in candidates {
      let span: Range<Int>
      if let capture {
        guard let group = match.group(capture) else { continue }
        span = group
      } else {
        span = match.range
      }
      if let blocks {
        guard let block = context.document.blockIndex(containing: span.lowerBound),
          blocks.contains(context.document.blocks[block].kind)
        else { continue }
      }
      do {
        guard try conditionsHold(at: span, in: context) else { continue }
      } catch {
        return (hits, error)
      }
      if let oncePer {
        let unit = context.range(of: oncePer.contextScope, around: span)
        guard reportedUnits.insert(unit).inserted else { continue }
      }
      hits.append(Hit(span: span, match: match))
    }
    return (hits, stop)
  }

  /// Pattern matches and cue spans, in document order, without repeats; with the error that stopped
  /// the pattern's search partway, if one did.
  private func candidates(in context: DocumentContext) -> (matches: [Match], stop: PatternError?) {
    var result: [Match] = []
    var stop: PatternError?
    if let targetLexicon {
      // Terms never run over a sentence, so every scope holds them.
      result = context.terms.matches(lexicon: targetLexicon).map { Match(range: $0.range, groups: [$0.range]) }
    } else if let target {
      do throws(PatternError) {
        let region = try context.region(meeting: when)
        try scopedMatches(of: target, in: context, region: region, into: &result)
      } catch {
        stop = error
      }
    }
    guard !cueTarget.isEmpty else { return (result, stop) }
    do throws(PatternError) {
      for sentence in try cueSentences(in: context) {
        for cue in context.claim(sentence)?.analysis.cues ?? [] where cueTarget.contains(cue.kind) {
          result.append(Match(range: cue.range, groups: [cue.range]))
        }
      }
    } catch {
      stop = stop ?? error
    }
    result.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    var seen = Set<Range<Int>>()
    return (result.filter { seen.insert($0.range).inserted }, stop)
  }

  /// The sentences whose cues may give a finding: those that meet every `when` condition that says the
  /// same for all of a sentence (``ConditionForm/isSentenceWide``) and no such `unless` condition, tested
  /// before the sentence is judged, since a cue lies inside its sentence.
  private func cueSentences(in context: DocumentContext) throws(PatternError) -> [Int] {
    let needed = when.filter(\.isSentenceWide)
    let excluding = unless.filter(\.isSentenceWide)
    var sentences: [Int] = []
    for (index, range) in context.sentenceRanges.enumerated() {
      guard try needed.allHold(for: range, in: context) else { continue }
      if try !excluding.anyHolds(for: range, in: context) { sentences.append(index) }
    }
    return sentences
  }

  /// Appends the matches of a pattern that stay inside one sentence or block (per ``MatchScope``), in the
  /// units that meet `region` (all of them when it is `nil`).
  private func scopedMatches(
    of target: Pattern, in context: DocumentContext, region: MatchRegion?, into result: inout [Match]
  ) throws(PatternError) {
    let document = context.document
    let all = 0..<document.text.count
    if region?.isEmpty == true { return }
    guard scope != .document else {
      return try context.scan(target, in: all, startingBefore: all.upperBound + 1, into: &result)
    }
    let units = scope == .sentence ? context.sentenceRanges : context.blockRanges
    try context.scan(target, inside: units, meeting: region, into: &result)
  }
}

extension Condition {
  /// Whether the condition is true for a match at `span`.
  func holds(for span: Range<Int>, in context: DocumentContext) throws(PatternError) -> Bool {
    switch self {
    case .pattern(let pattern, let scope, let raw):
      let range = context.range(of: scope, around: span)
      if raw { return try context.rawContains(pattern, in: range) }
      switch scope {
      case .match, .before, .after:
        // Matched inside the scope, so `$` in `before` anchors right before the match and `\G` in
        // `after` right after it.
        return try context.firstMatch(of: pattern.pattern, in: range) != nil
      default:
        return try context.contains(pattern, in: range)
      }
    case .any(let conditions):
      return try conditions.anyHolds(for: span, in: context)
    case .all(let conditions):
      return try conditions.allHold(for: span, in: context)
    case .cue(let kinds, let scope):
      let range = context.range(of: scope, around: span)
      return context.hasCue(of: kinds, inside: range)
    case .question:
      let sentence = context.sentence(at: span.lowerBound)
      guard let sentence else { return false }
      // The sentence ends with "?", perhaps followed by closing quotes or brackets.
      let range = context.sentenceRanges[sentence]
      var end = range.upperBound
      let closers: Set<UInt8> = [0x20, 0x0A, 0x09, 0x22, 0x27, 0x29, 0x5D]
      while end > range.lowerBound {
        let byte = context.document.text[end - 1]
        if closers.contains(byte) {
          end -= 1
        } else if end - range.lowerBound >= 3, byte == 0x9D || byte == 0x99, context.document.text[end - 3] == 0xE2 {
          end -= 3  // ” or ’
        } else {
          break
        }
      }
      if end > range.lowerBound && context.document.text[end - 1] == UInt8(ascii: "?") { return true }
      return context.claim(sentence)?.analysis.cues.contains { $0.kind == .question && $0.range.lowerBound < span.lowerBound }
        ?? false
    case .quoted:
      return context.isQuoted(span)
    case .locallyNegated:
      guard let sentence = context.sentence(at: span.lowerBound) else { return false }
      return LocalNegation.negates(
        span.lowerBound, in: context.document.text, sentence: context.sentenceRanges[sentence],
        knowledge: context.ruleSet.knowledge)
    case .strength(let levels):
      return context.claim(context.sentence(at: span.lowerBound)).map { levels.contains($0.analysis.strength) } ?? false
    case .evidence(let kinds, let sources, let sameExposure):
      guard let claim = context.claim(context.sentence(at: span.lowerBound)) else { return false }
      let exposure = sameExposure ? context.exposureWords(of: claim) : []
      if sameExposure && exposure.isEmpty { return false }
      return claim.evidence.contains { mention in
        guard (kinds?.contains(mention.kind) ?? true) && sources.contains(mention.source) else { return false }
        return !sameExposure || context.sentence(at: mention.range.lowerBound).map { context.mentions(exposure, inSentence: $0) } ?? false
      }
    case .claim(let flag):
      return (context.claim(context.sentence(at: span.lowerBound))?.analysis.isClaim ?? false) == flag
    case .advice(let flag):
      return (context.claim(context.sentence(at: span.lowerBound))?.analysis.isAdvice ?? false) == flag
    case .block(let kinds):
      return context.document.blockIndex(containing: span.lowerBound).map { kinds.contains(context.document.blocks[$0].kind) }
        ?? false
    case .context(let kinds):
      return kinds.contains(context.kind(at: span.lowerBound))
    case .blockquote(let flag):
      return (context.document.blockIndex(containing: span.lowerBound).map { context.document.blocks[$0].isQuote } ?? false)
        == flag
    }
  }
}

extension [Condition] {
  /// Whether every condition holds for `span` (tested in order, up to the first that does not).
  func allHold(for span: Range<Int>, in context: DocumentContext) throws(PatternError) -> Bool {
    for condition in self where !(try condition.holds(for: span, in: context)) { return false }
    return true
  }

  /// Whether some condition holds for `span` (tested in order, up to the first that does).
  func anyHolds(for span: Range<Int>, in context: DocumentContext) throws(PatternError) -> Bool {
    for condition in self where try condition.holds(for: span, in: context) { return true }
    return false
  }
}
