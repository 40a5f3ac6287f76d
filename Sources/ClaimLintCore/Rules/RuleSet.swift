import Dispatch

/// The rules of a run, compiled and sorted by ID, plus the shared context patterns they use.
public struct RuleSet: Sendable {
  public let rules: [CompiledRule]
  /// Every distinct context pattern, indexed by ``ContextPattern/id``.
  let contextPatterns: [ContextPattern]
  /// The lexicons matched by vocabulary, and the tokenizer that reads text for them.
  let terms: TermLexicons
  /// The signals that decide a document's kind (product page, news, reference).
  let kindSignals: DocumentKindSignals
  /// The claim analyzer's lists: the built-in ones with the additions of the set's rule files.
  public let knowledge: ClaimKnowledge
  /// The literals of the set's patterns, so searches that cannot match are skipped.
  var prefilter: LiteralPrefilter { prefilterStorage.value }
  /// The prefilter, read from the patterns when a document is first linted: listing or explaining rules
  /// does not need it.
  private let prefilterStorage: Lazy<LiteralPrefilter>
  /// False to search every pattern everywhere: the findings are the same, only slower (tests and the
  /// benchmark compare both).
  public var prefiltersLiterals = true

  init(
    rules: [CompiledRule], contextPatterns: [ContextPattern], terms: TermLexicons = TermLexicons(),
    kindSignals: DocumentKindSignals = DocumentKindSignals(), knowledge: ClaimKnowledge = .builtIn,
    prefilter: Lazy<LiteralPrefilter>? = nil
  ) {
    self.rules = rules.sorted { $0.id < $1.id }
    self.contextPatterns = contextPatterns
    self.terms = terms
    self.kindSignals = kindSignals
    self.knowledge = knowledge
    let patterns = rules.compactMap(\.target) + contextPatterns.map(\.pattern) + kindSignals.patterns
    self.prefilterStorage = prefilter ?? Lazy { LiteralPrefilter(patterns) }
  }

  /// The same set with other rules (context patterns, term lexicons, kind signals and knowledge kept).
  func with(rules: [CompiledRule]) -> RuleSet {
    var set = RuleSet(
      rules: rules, contextPatterns: contextPatterns, terms: terms, kindSignals: kindSignals, knowledge: knowledge,
      prefilter: prefilterStorage)
    set.prefiltersLiterals = prefiltersLiterals
    return set
  }

  /// Loads and compiles rule files, all or nothing per file. Every problem is returned as a
  /// `file:line:col` error, in file order, and a file with an error contributes nothing: no rules, no
  /// lexicons, no analyzer additions. The other files are then loaded again without it (a file that
  /// needed it fails in turn), so the caller can still lint with what is whole and exit with status 2.
  /// With `preparing`, the vocabularies' tables are built on other cores while the files are read.
  public static func load(_ sources: [RuleSource], preparing: Bool = false) -> (ruleSet: RuleSet, errors: [ToolError]) {
    var excluded = Set<String>()
    var reported: [ToolError] = []
    while true {
      var loader = RuleSetLoader()
      let (ruleSet, errors) = loader.load(sources.filter { !excluded.contains($0.name) }, preparing: preparing)
      let failing = Set(errors.filter { $0.severity == .error }.compactMap(\.path)).subtracting(excluded)
      guard !failing.isEmpty else {
        var seen = Set<ToolError>()
        return (ruleSet, (reported + errors).sorted(by: RuleSetLoader.order).filter { seen.insert($0).inserted })
      }
      // Each failing file's problems as found with every other file present; later passes only repeat them.
      reported += errors.filter { $0.path.map(failing.contains) ?? false }
      excluded.formUnion(failing)
    }
  }

  /// Starts building, on other threads, what the first document linted will need: every vocabulary
  /// table and lexicon membership.
  func prepareInBackground() {
    terms.prepareInBackground()
  }

  /// Starts building the literal prefilter on another thread, for a run that will use it.
  func preparePrefilterInBackground() {
    let prefilter = prefilterStorage
    DispatchQueue.global(qos: .userInitiated).async { _ = prefilter.value }
  }

  /// The rule with this ID.
  public func rule(_ id: String) -> CompiledRule? {
    rules.first { $0.id == id }
  }

  /// Rules that run under these profiles: rules without a profile, and rules of a listed profile (names
  /// compared without regard to case, so `EU` turns on `eu`).
  public func active(profiles: Set<String>) -> RuleSet {
    let keys = Set(profiles.map(Self.profileKey))
    return with(rules: rules.filter { Self.runs($0.metadata, underProfileKeys: keys) })
  }

  /// Whether a rule runs when the profiles of these keys (``profileKey(_:)``) are on.
  static func runs(_ rule: RuleMetadata, underProfileKeys keys: Set<String>) -> Bool {
    rule.profile.map { keys.contains(profileKey($0)) } ?? true
  }

  /// The profiles rules ask for, sorted.
  public var profiles: [String] {
    Array(Set(rules.compactMap(\.metadata.profile))).sorted()
  }

  /// How profile names are compared: without regard to case.
  public static func profileKey(_ name: String) -> String {
    name.lowercased()
  }

  /// Why `name` is not one of the `known` profiles ("unknown profile 'x'; did you mean 'eu'?"), or `nil`
  /// when it is one.
  public static func unknownProfile(_ name: String, among known: [String]) -> String? {
    guard !known.contains(where: { profileKey($0) == profileKey(name) }) else { return nil }
    var message = "unknown profile '\(name)'"
    if let suggestion = EditDistance.closest(to: name, in: known) {
      message += "; did you mean '\(suggestion)'?"
    } else if !known.isEmpty {
      message += "; the profiles are \(known.joined(separator: ", "))"
    }
    return message
  }

  /// An error for each `--profile` name no rule asks for.
  public static func commandLineProfileErrors(_ names: [String], among known: [String]) -> [ToolError] {
    names.compactMap { name in
      unknownProfile(name, among: known).map { ToolError(path: nil, message: "--profile \(name): " + $0) }
    }
  }
}

/// The term lexicons of a rule set and the tokenizer (with its spelling rules) that reads text for them.
struct TermLexicons: Sendable {
  var lexicons: [TermLexicon] = []
  var tokenizer = TermTokenizer(normalizer: TermNormalizer())

  /// Starts building every dictionary and lexicon membership on background threads, so the first
  /// document that needs one waits for less of it (each is built once, under its own lock).
  func prepareInBackground() {
    var seen = Set<ObjectIdentifier>()
    for lexicon in lexicons {
      for part in lexicon.parts {
        let first = seen.insert(ObjectIdentifier(part.dictionary)).inserted
        DispatchQueue.global(qos: .userInitiated).async {
          if first { _ = part.dictionary.entries }
          _ = part.members
        }
      }
    }
  }
}
