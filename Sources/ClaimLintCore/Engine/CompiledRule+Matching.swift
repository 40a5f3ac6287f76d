extension CompiledRule {
  /// A match the rule accepted: the reported span and the match it came from (scan-text offsets).
  struct Hit {
    var span: Range<Int>
    var match: Match
  }

  /// The rule's matches that respect its scope, block filter and conditions, in document order.
  func hits(in context: DocumentContext) throws(PatternError) -> [Hit] {
    var hits: [Hit] = []
    var reportedUnits = Set<Range<Int>>()
    for match in try candidates(in: context) {
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
      guard try conditionsHold(at: span, in: context) else { continue }
      if let oncePer {
        let unit = context.range(of: oncePer.contextScope, around: span)
        guard reportedUnits.insert(unit).inserted else { continue }
      }
      hits.append(Hit(span: span, match: match))
    }
    return hits
  }

  /// Pattern matches and cue spans, in document order, without repeats.
  private func candidates(in context: DocumentContext) throws(PatternError) -> [Match] {
    var result: [Match]
    if let targetLexicon {
      // Terms never run over a sentence, so every scope holds them.
      result = context.terms.matches(lexicon: targetLexicon).map { Match(range: $0.range, groups: [$0.range]) }
    } else {
      let region = try context.region(meeting: when)
      result = try target.map { pattern throws(PatternError) in try scopedMatches(of: pattern, in: context, region: region) } ?? []
    }
    guard !cueTarget.isEmpty else { return result }
    for claim in context.claims {
      for cue in claim.analysis.cues where cueTarget.contains(cue.kind) {
        result.append(Match(range: cue.range, groups: [cue.range]))
      }
    }
    result.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    var seen = Set<Range<Int>>()
    return result.filter { seen.insert($0.range).inserted }
  }

  /// Matches of a pattern that stay inside one sentence or block (per ``MatchScope``), in the units that
  /// meet `region` (all of them when it is `nil`).
  private func scopedMatches(of target: Pattern, in context: DocumentContext, region: MatchRegion?) throws(PatternError)
    -> [Match]
  {
    let document = context.document
    let all = 0..<document.text.count
    if region?.isEmpty == true { return [] }
    guard scope != .document else { return try context.scan(target, in: all) }
    let units = scope == .sentence ? context.sentenceRanges : context.blockRanges
    var result: [Match] = []
    for window in Self.windows(of: units, meeting: region, length: document.text.count) {
      result += try scopedMatches(of: target, in: context, units: units, window: window)
    }
    return result
  }

  /// Runs of consecutive units that meet `region`, as ranges from the first one's start to the last one's end.
  private static func windows(of units: [Range<Int>], meeting region: MatchRegion?, length: Int) -> [Range<Int>] {
    guard let region else { return [0..<length] }
    var windows: [Range<Int>] = []
    var open: Range<Int>?
    for unit in units {
      if region.overlaps(unit) {
        open = open.map { $0.lowerBound..<unit.upperBound } ?? unit
      } else if let current = open {
        windows.append(current)
        open = nil
      }
    }
    if let open { windows.append(open) }
    return windows
  }

  /// The scoped matches that start inside `window`.
  ///
  /// The text is scanned from the window's start; a match that runs over a unit boundary is searched
  /// again inside the unit where it starts, and scanning resumes at the boundary, so no in-unit match
  /// is lost.
  private func scopedMatches(
    of target: Pattern, in context: DocumentContext, units: [Range<Int>], window: Range<Int>
  ) throws(PatternError) -> [Match] {
    let end = context.document.text.count
    var result: [Match] = []
    var start = window.lowerBound
    scanning: while start < window.upperBound {
      for match in try context.scan(target, in: start..<end, startingBefore: window.upperBound) {
        guard let unit = Document.index(in: units, containing: match.range.lowerBound) else { continue }
        if match.range.upperBound <= units[unit].upperBound {
          result.append(match)
          continue
        }
        result += try context.scan(target, in: match.range.lowerBound..<units[unit].upperBound)
        start = units[unit].upperBound
        continue scanning
      }
      break
    }
    return result
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
      for condition in conditions where try condition.holds(for: span, in: context) { return true }
      return false
    case .all(let conditions):
      for condition in conditions where !(try condition.holds(for: span, in: context)) { return false }
      return true
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
