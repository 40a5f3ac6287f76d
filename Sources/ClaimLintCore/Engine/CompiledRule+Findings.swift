extension CompiledRule {
  /// The rule's findings in a document: one per hit for `match` and `substitution` rules, one per scope
  /// missing its caveat for `requires` rules. Ranges are file offsets.
  ///
  /// When a search fails partway (a pattern gives up, the rule's budget is spent), the findings made
  /// before it are returned with the error.
  func findings(in context: DocumentContext) -> (findings: [Finding], stop: PatternError?) {
    if case .dose(let check) = kind {
      do throws(PatternError) {
        return (try doseFindings(check, in: context), nil)
      } catch {
        return ([], error)
      }
    }
    let (hits, stop) = hits(in: context)
    switch kind {
    case .dose:
      return ([], stop)
    case .match:
      return (hits.map { finding(for: $0, in: context) }, stop)
    case .substitution(let replacement):
      let findings = hits.map { hit in
        var finding = finding(for: hit, in: context)
        if let fix = fixIt(for: hit, replacement: replacement, in: context) { finding.fixIts = [fix] }
        return finding
      }
      return (findings, stop)
    case .requires(let requirement):
      var findings: [Finding] = []
      do throws(PatternError) {
        try missingCaveats(hits, requirement: requirement, in: context, into: &findings)
      } catch {
        return (findings, error)
      }
      return (findings, stop)
    }
  }

  private func finding(for hit: Hit, in context: DocumentContext) -> Finding {
    let text = message.render(match: hit.span, groups: hit.match.groups) { context.quotedText($0) }
    return Finding(ruleID: id, message: text, range: context.document.sourceRange(hit.span))
  }

  /// Groups triggers by the scope the caveat must be in and reports the first trigger of each group
  /// whose scope lacks the caveat.
  private func missingCaveats(
    _ hits: [Hit], requirement: Requirement, in context: DocumentContext, into findings: inout [Finding]
  ) throws(PatternError) {
    var checked = Set<Range<Int>>()
    for hit in hits {
      let scope = context.range(of: requirement.scope, around: hit.span)
      guard checked.insert(scope).inserted else { continue }
      if try context.contains(requirement.caveat, in: scope) { continue }
      var finding = finding(for: hit, in: context)
      finding.notes = [Note(requirement.note)]
      findings.append(finding)
    }
  }

  private func fixIt(for hit: Hit, replacement: Replacement, in context: DocumentContext) -> FixIt? {
    let original = context.document.string(hit.span)
    var text: String?
    if let template = replacement.template {
      text = template.render(match: hit.span, groups: hit.match.groups) { context.document.string($0) }
    } else {
      text = replacement.swap.keys.sorted().first { hit.match.group($0) != nil }.flatMap { replacement.swap[$0] }
    }
    guard var text else { return nil }
    text = Self.matchingCase(text, like: original)
    let description = replacement.fixMessage ?? "suggested wording"
    return FixIt(description, edits: [TextEdit(range: context.document.sourceRange(hit.span), replacement: text)])
  }

  /// Capitalises the replacement like the original: "Cures" → "May help", "CURES" → "MAY HELP".
  static func matchingCase(_ replacement: String, like original: String) -> String {
    let letters = original.filter(\.isLetter)
    if letters.count > 1 && letters.allSatisfy(\.isUppercase) { return replacement.uppercased() }
    if let first = original.first, first.isUppercase, let head = replacement.first, head.isLowercase {
      return head.uppercased() + replacement.dropFirst()
    }
    return replacement
  }
}
