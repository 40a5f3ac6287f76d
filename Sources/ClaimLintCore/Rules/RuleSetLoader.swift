import Dispatch
import Yams

/// Parses rule files, compiles lexicons and rules, and collects every error with its position.
struct RuleSetLoader {
  private var errors: [ToolError] = []
  private var contextPatterns: [ContextPattern] = []
  private var contextIndex: [String: Int] = [:]
  private var locators: [String: ScalarLocator] = [:]

  /// Loads `sources`; with `preparing`, the vocabularies' tables are built on other cores meanwhile, for
  /// a set that is loaded to lint with.
  mutating func load(_ sources: [RuleSource], preparing: Bool = false) -> (ruleSet: RuleSet, errors: [ToolError]) {
    var lexiconDefinitions: [LexiconDefinition] = []
    var ruleDefinitions: [RuleDefinition] = []
    var analyzerExtensions: [AnalyzerList] = []
    // The built-in analyzer lists are read while the rule files are.
    DispatchQueue.global(qos: .userInitiated).async { _ = ClaimKnowledge.builtInCompiled }
    let (vocabularies, tokenizer, vocabularyErrors) = VocabularyDictionary.load(sources)
    if preparing { for vocabulary in vocabularies.values { vocabulary.dictionary.prepareInBackground() } }
    errors += vocabularyErrors
    let files = sources.filter { !$0.isVocabulary && !AnalyzerLists.defines($0) }
    for (source, file) in zip(files, files.concurrentMap(ParsedFile.init)) {
      errors += file.errors
      lexiconDefinitions += file.lexicons
      analyzerExtensions += file.analyzer
      if source.includesRules { ruleDefinitions += file.rules }
      locators[source.name] = file.locator
    }
    let (knowledge, knowledgeErrors) = AnalyzerLists.knowledge(extendedBy: analyzerExtensions)
    errors += knowledgeErrors
    var lexiconCompiler = LexiconCompiler(
      definitions: lexiconDefinitions, vocabularies: vocabularies, tokenizer: tokenizer, locators: locators)
    let fragments = lexiconCompiler.compile()
    errors += lexiconCompiler.errors
    let terms = TermLexicons(lexicons: lexiconCompiler.termLexicons, tokenizer: tokenizer)
    var compiled: [CompiledRule] = []
    var seen: [String: RuleDefinition] = [:]
    for definition in ruleDefinitions {
      if let first = seen[definition.id] {
        fail(
          definition.file, definition.idNode,
          "duplicate rule id '\(definition.id)'; it is already defined at \(first.file):\(position(first.file, first.idNode).line)")
        continue
      }
      seen[definition.id] = definition
      if let rule = compile(definition, fragments: fragments) { compiled.append(rule) }
    }
    let ruleSet = RuleSet(
      rules: compiled, contextPatterns: contextPatterns, terms: terms, kindSignals: kindSignals(fragments),
      knowledge: knowledge)
    return (ruleSet, errors.sorted(by: Self.order))
  }

  /// One rule file's definitions and problems, read on any thread.
  private struct ParsedFile: @unchecked Sendable {
    var lexicons: [LexiconDefinition]
    var rules: [RuleDefinition]
    var analyzer: [AnalyzerList]
    var errors: [ToolError]
    var locator: ScalarLocator

    init(_ source: RuleSource) {
      let parser = RuleFileParser(file: source.name, text: source.text)
      (lexicons, rules, analyzer) = parser.parse()
      errors = parser.reader.errors
      locator = ScalarLocator(text: source.text)
    }
  }

  /// The document-kind signals, from the `context-*` lexicons that are defined.
  private func kindSignals(_ fragments: [String: LexiconFragment]) -> DocumentKindSignals {
    var patterns: [String: Pattern] = [:]
    for name in DocumentKindSignals.lexiconNames {
      guard let fragment = fragments[name], !fragment.regex.isEmpty else { continue }
      patterns[name] = try? Pattern(fragment.regex, options: [.caseInsensitive, .multiline])
    }
    return DocumentKindSignals(patterns: patterns)
  }

  /// File order: by file, then line and column.
  static func order(_ a: ToolError, _ b: ToolError) -> Bool {
    (a.path ?? "", a.line ?? 0, a.column ?? 0) < (b.path ?? "", b.line ?? 0, b.column ?? 0)
  }

  private mutating func fail(_ file: String, _ node: Node?, _ message: String, offset: Int? = nil) {
    let start = position(file, node)
    var (line, column) = (start.line, start.column)
    if let offset, let node, let position = locators[file]?.position(of: offset, in: node) {
      (line, column) = (position.line, position.column)
    }
    errors.append(ToolError(path: file, line: line, column: column, message: message))
  }

  /// Expands and compiles a pattern, reporting errors at the exact column in the rule file.
  private mutating func compilePattern(
    _ spec: PatternSpec, file: String, fragments: [String: LexiconFragment], caseSensitive: Bool, what: String
  ) -> Pattern? {
    let expansion: PatternExpander.Expansion
    do {
      expansion = try PatternExpander(lexicons: fragments).expand(spec.text)
    } catch {
      fail(file, spec.node, "unknown lexicon '\(error.name)' in \(what)", offset: spec.fromLexicon ? nil : error.offset)
      return nil
    }
    if expansion.slots.count > TermSlot.maximumSlots {
      fail(file, spec.node, "\(what) uses vocabulary lexicons \(expansion.slots.count) times; at most \(TermSlot.maximumSlots) are allowed")
      return nil
    }
    do {
      return try Pattern(
        expansion.text, options: caseSensitive ? [] : [.caseInsensitive], termSlots: expansion.slots,
        lexiconRegex: Self.soleLexicon(spec, fragments)?.regex)
    } catch {
      guard case .compile(let message, let offset) = error else { return nil }
      let sourceOffset = expansion.sourceOffset(offset)
      fail(file, spec.node, "invalid regular expression in \(what): \(message)", offset: spec.fromLexicon ? nil : sourceOffset)
      return nil
    }
  }

  private mutating func contextPattern(
    _ spec: PatternSpec, file: String, fragments: [String: LexiconFragment], caseSensitive: Bool, what: String
  ) -> ContextPattern? {
    let key = (caseSensitive ? "s:" : "i:") + spec.text
    if let index = contextIndex[key] { return contextPatterns[index] }
    guard let pattern = compilePattern(spec, file: file, fragments: fragments, caseSensitive: caseSensitive, what: what)
    else { return nil }
    let context = ContextPattern(
      id: contextPatterns.count, pattern: pattern, source: spec.text, termLexicon: Self.soleTermLexicon(spec, fragments))
    contextIndex[key] = context.id
    contextPatterns.append(context)
    return context
  }

  /// The term lexicon a spec consists of, when it is `lexicon: NAME` for a lexicon matched by vocabulary
  /// alone; such a pattern is answered from the document's ``TermIndex`` without running the regex.
  static func soleTermLexicon(_ spec: PatternSpec, _ fragments: [String: LexiconFragment]) -> Int? {
    guard let fragment = soleLexicon(spec, fragments), fragment.regex.isEmpty, fragment.termLexicons.count == 1
    else { return nil }
    return fragment.termLexicons[0]
  }

  /// The lexicon a spec consists of, when it is `lexicon: NAME`.
  static func soleLexicon(_ spec: PatternSpec, _ fragments: [String: LexiconFragment]) -> LexiconFragment? {
    guard spec.fromLexicon, spec.text.hasPrefix("{{"), spec.text.hasSuffix("}}") else { return nil }
    return fragments[String(spec.text.dropFirst(2).dropLast(2))]
  }

  private mutating func compile(_ definition: RuleDefinition, fragments: [String: LexiconFragment]) -> CompiledRule? {
    let file = definition.file
    let what = "rule '\(definition.id)'"
    var swapGroups: [Int: String] = [:]
    var target: Pattern?
    if var targetSpec = definition.target {
      if case .substitution(let replacement) = definition.kind, !replacement.swap.isEmpty {
        targetSpec.text = replacement.swap.map { "(" + TermPattern.regex(for: $0.term, caseSensitive: false) + ")" }
          .joined(separator: "|")
        for (index, pair) in replacement.swap.enumerated() { swapGroups[index + 1] = pair.replacement }
      }
      target = compilePattern(
        targetSpec, file: file, fragments: fragments, caseSensitive: definition.caseSensitive, what: what)
      if target == nil { return nil }
    }
    let groupNames = target?.groupNames ?? [:]
    let captureCount = target?.captureCount ?? 0
    var capture: Int?
    let captureNode = definition.target?.node ?? definition.idNode
    switch definition.capture {
    case .number(let number)?:
      guard number <= captureCount else {
        fail(file, captureNode, "\(what) reports capture group \(number), but its pattern has \(captureCount)")
        return nil
      }
      capture = number
    case .name(let name)?:
      guard let number = groupNames[name] else {
        fail(file, captureNode, "\(what) reports capture group '\(name)', which its pattern does not define")
        return nil
      }
      capture = number
    case nil:
      capture = nil
    }
    let message: MessageTemplate
    let variables: Set<String> = if case .dose = definition.kind { ["amount", "daily", "limit", "unit"] } else { [] }
    do {
      message = try MessageTemplate(
        definition.message, groupNames: groupNames, captureCount: captureCount, variables: variables)
    } catch {
      fail(file, definition.messageNode, "\(what) message uses '{\(error.name)}', which its pattern does not capture")
      return nil
    }
    var conditionsOK = true
    func compileConditions(_ list: [ConditionDefinition]) -> [Condition] {
      list.compactMap { condition in
        let compiled = self.compileCondition(condition, file: file, fragments: fragments, what: what)
        if compiled == nil { conditionsOK = false }
        return compiled
      }
    }
    // Conditions are tested in turn until one decides: those that need no claim analysis first, so a
    // sentence is judged only when the rest of the conditions leave the finding open.
    let when = Self.claimsLast(compileConditions(definition.when))
    let unless = Self.claimsLast(compileConditions(definition.unless))
    guard conditionsOK,
      let kind = compileKind(
        definition, groupNames: groupNames, captureCount: captureCount, swapGroups: swapGroups, fragments: fragments)
    else { return nil }
    let metadata = Self.metadata(definition, summary: definition.summary ?? message.plainText, locators: locators)
    var rule = CompiledRule(
      metadata: metadata, target: target, cueTarget: definition.cueTarget, oncePer: definition.oncePer,
      capture: capture, scope: definition.scope, blocks: definition.blocks,
      when: when, unless: unless, message: message, kind: kind)
    if swapGroups.isEmpty { rule.targetLexicon = definition.target.flatMap { Self.soleTermLexicon($0, fragments) } }
    return rule
  }

  /// What a rule tells users about itself; `summary` is the file's, or the message's plain text.
  static func metadata(
    _ definition: RuleDefinition, summary: String, locators: [String: ScalarLocator]
  ) -> RuleMetadata {
    let file = definition.file
    func example(_ example: ExampleDefinition, flags: Bool) -> RuleExample {
      let start = ScalarLocator.position(of: example.node, in: file, locators)
      return RuleExample(
        text: example.text, format: example.format, expectsFinding: flags, line: start.line, column: start.column,
        fixed: example.fixed)
    }
    return RuleMetadata(
      id: definition.id, defaultSeverity: definition.severity, kind: definition.kind.name,
      summary: summary, explanation: definition.explanation, references: definition.references,
      flagExamples: definition.flagExamples.map(\.text), passExamples: definition.passExamples.map(\.text),
      examples: definition.flagExamples.map { example($0, flags: true) }
        + definition.passExamples.map { example($0, flags: false) },
      profile: definition.profile, file: file,
      line: ScalarLocator.position(of: definition.idNode, in: file, locators).line)
  }

  /// `conditions` with those that need the claim analysis after the others, each group in its order.
  static func claimsLast(_ conditions: [Condition]) -> [Condition] {
    conditions.filter { !$0.needsClaims } + conditions.filter(\.needsClaims)
  }

  /// Where `node` of `file` starts, as messages show it.
  private func position(_ file: String, _ node: Node?) -> SourceText.Position {
    ScalarLocator.position(of: node, in: file, locators)
  }

  private mutating func compileKind(
    _ definition: RuleDefinition, groupNames: [String: Int], captureCount: Int, swapGroups: [Int: String],
    fragments: [String: LexiconFragment]
  ) -> CompiledRule.Kind? {
    let what = "rule '\(definition.id)'"
    switch definition.kind {
    case .match:
      return .match
    case .requires(let requirement):
      guard
        let caveat = contextPattern(
          requirement.pattern, file: definition.file, fragments: fragments, caseSensitive: false,
          what: "the caveat of \(what)")
      else { return nil }
      let note = requirement.note ?? "expected text matching '\(requirement.pattern.text)' \(requirement.scope.description)"
      return .requires(CompiledRule.Requirement(caveat: caveat, scope: requirement.scope, note: note))
    case .substitution(let replacement):
      var template: MessageTemplate?
      if let text = replacement.template {
        do {
          template = try MessageTemplate(text, groupNames: groupNames, captureCount: captureCount)
        } catch {
          fail(definition.file, definition.messageNode, "\(what) replacement uses '{\(error.name)}', which its pattern does not capture")
          return nil
        }
      }
      return .substitution(
        CompiledRule.Replacement(template: template, swap: swapGroups, fixMessage: replacement.fixMessage))
    case .dose(let dose):
      var pairing: ContextPattern?
      if let spec = dose.pairedWith {
        pairing = contextPattern(spec, file: definition.file, fragments: fragments, caseSensitive: false, what: what)
        if pairing == nil { return nil }
      }
      return .dose(
        CompiledRule.DoseCheck(
          limit: dose.limit, conversions: dose.conversions, implausibleUnits: dose.implausibleUnits, pairing: pairing))
    }
  }

  private mutating func compileCondition(
    _ condition: ConditionDefinition, file: String, fragments: [String: LexiconFragment], what: String
  ) -> Condition? {
    condition.kind.mapPatterns { subject in
      contextPattern(
        subject.spec, file: file, fragments: fragments, caseSensitive: subject.caseSensitive,
        what: "a condition of \(what)")
    }
  }

}
