/// Applies a document's suppression comments to its findings and reports comments that are invalid or
/// suppress nothing.
///
/// - `claimlint-disable-file` covers the whole file.
/// - `claimlint-disable-next-line` covers findings that start on the next line holding prose (blank lines
///   and lines of markup or other comments are skipped).
/// - `claimlint-disable` … `claimlint-enable` cover findings that start between them; for each rule the
///   last `disable` or `enable` naming it before the finding decides, so blocks may nest and overlap, and
///   `enable caveat/x` inside `disable caveat/*` turns just that rule back on. A `disable` never enabled
///   runs to the end of the file.
/// - Every comment that covers a finding counts as used; a rule named by a disable comment that covers no
///   finding is reported as `claimlint/unused-suppression`, unless the rule did not run on the file.
/// - Findings of the meta rules are never suppressed.
public struct Suppressor: Sendable {
  /// Every rule that could be named: all loaded rules (any profile) and the meta rules.
  public var knownRuleIDs: Set<String>
  /// Rules that ran on this file (profile on, not `off`); unused reports are made only for them.
  public var activeRuleIDs: Set<String>

  public init(knownRuleIDs: Set<String>, activeRuleIDs: Set<String>) {
    self.knownRuleIDs = knownRuleIDs.union(MetaRules.ids)
    self.activeRuleIDs = activeRuleIDs
  }

  /// What suppression made of a file's findings.
  public struct Outcome: Sendable {
    /// Findings still reported, in their original order.
    public var kept: [Finding]
    /// Findings hidden by a comment.
    public var suppressed: [SuppressedFinding]
    /// `claimlint/invalid-suppression` and `claimlint/unused-suppression` findings.
    public var meta: [Finding]
  }

  public func apply(_ findings: [Finding], in document: Document) -> Outcome {
    var meta: [Finding] = []
    var directives: [SuppressionDirective] = []
    for comment in document.controlComments {
      switch SuppressionDirective.parse(comment) {
      case .failure(let error):
        meta.append(invalid(error.message, at: comment.range))
      case .success(var directive):
        directive.selectors = directive.selectors.filter { selector in
          guard selector.matchesAny(of: knownRuleIDs) else {
            meta.append(invalid(unknownMessage(selector, in: directive.command), at: comment.range))
            return false
          }
          return true
        }
        if !directive.selectors.isEmpty { directives.append(directive) }
      }
    }
    meta += unmatchedEnables(directives)
    let targets = nextLineTargets(directives, in: document)
    var used = Set<SelectorUse>()
    var kept: [Finding] = []
    var suppressed: [SuppressedFinding] = []
    for finding in findings {
      if MetaRules.ids.contains(finding.ruleID) {
        kept.append(finding)
        continue
      }
      let uses = covering(finding, directives, targets, document)
      if let first = uses.first {
        used.formUnion(uses)
        suppressed.append(SuppressedFinding(finding: finding, directive: directives[first.directive]))
      } else {
        kept.append(finding)
      }
    }
    meta += unused(directives, used: used)
    return Outcome(kept: kept, suppressed: suppressed, meta: meta)
  }

  /// One selector of one directive.
  private struct SelectorUse: Hashable {
    var directive: Int
    var selector: Int
  }

  /// The directive selectors that cover `finding`.
  private func covering(
    _ finding: Finding, _ directives: [SuppressionDirective], _ targets: [Int: Int], _ document: Document
  ) -> [SelectorUse] {
    let start = finding.range.lowerBound
    let line = document.source.line(containing: start)
    var uses: [SelectorUse] = []
    var block: SelectorUse?
    for (index, directive) in directives.enumerated() {
      guard let selector = directive.selectors.firstIndex(where: { $0.matches(finding.ruleID) }) else { continue }
      let use = SelectorUse(directive: index, selector: selector)
      switch directive.command {
      case .disableFile:
        uses.append(use)
      case .disableNextLine:
        if targets[index] == line { uses.append(use) }
      case .disable:
        if directive.range.lowerBound < start { block = use }
      case .enable:
        if directive.range.lowerBound < start { block = nil }
      }
    }
    if let block { uses.append(block) }
    return uses.sorted { ($0.directive, $0.selector) < ($1.directive, $1.selector) }
  }

  /// Directive index → the line a `disable-next-line` applies to.
  private func nextLineTargets(_ directives: [SuppressionDirective], in document: Document) -> [Int: Int] {
    guard directives.contains(where: { $0.command == .disableNextLine }) else { return [:] }
    let prose = ProseLines(document)
    var targets: [Int: Int] = [:]
    for (index, directive) in directives.enumerated() where directive.command == .disableNextLine {
      let lastLine = document.source.line(containing: max(directive.range.lowerBound, directive.range.upperBound - 1))
      targets[index] = prose.first(after: lastLine)
    }
    return targets
  }

  /// `claimlint-enable` selectors with no open `claimlint-disable` they could close.
  private func unmatchedEnables(_ directives: [SuppressionDirective]) -> [Finding] {
    var open: [RuleSelector] = []
    var findings: [Finding] = []
    for directive in directives {
      switch directive.command {
      case .disable:
        open += directive.selectors
      case .enable:
        for selector in directive.selectors {
          if !open.contains(where: { $0.isCovered(by: selector) || selector.isCovered(by: $0) }) {
            findings.append(
              invalid(
                "'claimlint-enable \(Self.name(selector))' has no 'claimlint-disable' before it that it could end",
                at: directive.range))
          }
          open.removeAll { $0.isCovered(by: selector) }
        }
      case .disableNextLine, .disableFile:
        continue
      }
    }
    return findings
  }

  private func unused(_ directives: [SuppressionDirective], used: Set<SelectorUse>) -> [Finding] {
    var findings: [Finding] = []
    for (index, directive) in directives.enumerated() where directive.command != .enable {
      for (position, selector) in directive.selectors.enumerated()
      where !used.contains(SelectorUse(directive: index, selector: position)) && selector.matchesAny(of: activeRuleIDs) {
        let place =
          switch directive.command {
          case .disableNextLine: "on the next line"
          case .disableFile: "in this file"
          default: "after it"
          }
        let subject = selector == .all ? "no rule reports anything" : "'\(Self.name(selector))' reports nothing"
        var message = "'\(directive.command.rawValue)' suppresses nothing: \(subject) \(place); remove "
        message += directive.selectors.count > 1 ? "'\(Self.name(selector))' from the comment" : "the comment"
        let notes = directive.reason.map { [Note("reason given: \($0)")] } ?? []
        findings.append(Finding(ruleID: MetaRules.unusedSuppression, message: message, range: directive.range, notes: notes))
      }
    }
    return findings
  }

  private func unknownMessage(_ selector: RuleSelector, in command: SuppressionDirective.Command) -> String {
    let ids = knownRuleIDs.sorted()
    var message = "unknown \(selector.specificity == 1 ? "rule family" : "rule") '\(selector)' in '\(command.rawValue)'"
    if let suggestion = selector.suggestion(among: ids) { message += "; did you mean '\(suggestion)'?" }
    return message
  }

  private func invalid(_ message: String, at range: Range<Int>) -> Finding {
    Finding(ruleID: MetaRules.invalidSuppression, message: message, range: range)
  }

  /// How a selector is written in comments (`all` rather than `*`).
  static func name(_ selector: RuleSelector) -> String {
    selector == .all ? "all" : selector.description
  }
}

/// A finding a comment hid, and the (first) comment that hid it, whose reason says why.
public struct SuppressedFinding: Sendable, Hashable {
  public var finding: Finding
  public var directive: SuppressionDirective
}
