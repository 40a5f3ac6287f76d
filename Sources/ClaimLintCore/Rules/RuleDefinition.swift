import Yams

/// A rule as written in a rule file, before its patterns are compiled.
///
/// Definitions keep their YAML nodes so that errors found while compiling (a bad regex, an unknown
/// lexicon, a capture group that does not exist) point at the exact `file:line:col`.
struct RuleDefinition {
  var id: String
  var idNode: Node
  var file: String
  var severity: Severity
  var message: String
  var messageNode: Node
  var summary: String?
  var explanation: String
  var references: [String]
  var profile: String?
  var kind: Kind
  /// What the rule looks for (for `requires`, the trigger); `nil` when it looks only for cues.
  var target: PatternSpec?
  /// Claim-analysis cues the rule also reports (`cue: [causal]`).
  var cueTarget: Set<ClaimCue.Kind>
  /// Report at most the first hit in each sentence, paragraph or document.
  var oncePer: MatchScope?
  var caseSensitive: Bool
  /// Which capture group is the reported span; `nil` for the whole match.
  var capture: CaptureReference?
  var scope: MatchScope
  /// Block kinds a match may lie in; `nil` for all.
  var blocks: Set<Block.Kind>?
  var when: [ConditionDefinition]
  var unless: [ConditionDefinition]
  var flagExamples: [ExampleDefinition]
  var passExamples: [ExampleDefinition]

  /// The three rule kinds.
  enum Kind {
    case match
    case requires(RequirementDefinition)
    case substitution(ReplacementDefinition)
    case dose(DoseDefinition)

    var name: String {
      switch self {
      case .match: "match"
      case .requires: "requires"
      case .substitution: "substitution"
      case .dose: "dose"
      }
    }
  }
}

/// A pattern as written: regex text that may use `{{lexicon}}`, and the node it came from.
struct PatternSpec {
  var text: String
  var node: Node
  /// True when the text came from a `lexicon:` key rather than a `pattern:`.
  var fromLexicon: Bool
}

/// A capture group named by number or by name.
enum CaptureReference: Hashable {
  case number(Int)
  case name(String)
}

/// How far a rule's own match may reach.
enum MatchScope: String, CaseIterable {
  /// The match must lie inside one sentence (the default).
  case sentence
  /// The match must lie inside one block (paragraph, list item, heading, cell).
  case paragraph
  /// Anywhere in the document's prose.
  case document

  /// The context scope that covers the same unit.
  var contextScope: ContextScope {
    switch self {
    case .sentence: .sentence
    case .paragraph: .paragraph
    case .document: .document
    }
  }
}

/// The caveat a `requires` rule expects near its trigger.
struct RequirementDefinition {
  var pattern: PatternSpec
  var scope: ContextScope
  var note: String?
}

/// The replacement a `substitution` rule offers.
struct ReplacementDefinition {
  /// A template (`{match}`, `{1}`, `{name}`) for the replacement text, or `nil` when `swap` is used.
  var template: String?
  /// Term → replacement pairs; the rule matches any term and offers its replacement.
  var swap: [(term: String, replacement: String)]
  /// The fix-it's description; defaults to "replace with …".
  var fixMessage: String?
}

/// What a `dose` rule checks about amounts of its substance (`lexicon`).
struct DoseDefinition {
  /// The adult daily limit; amounts above it are reported.
  var limit: (value: Double, unit: DoseUnit)?
  /// Factors that convert other units into the limit's unit (for IU, which converts per substance).
  var conversions: [DoseUnit: Double]
  /// Units that make no sense for the substance (vitamin D in mg).
  var implausibleUnits: Set<DoseUnit>
  /// A lexicon of every substance an amount could belong to, so an amount goes to the nearest one.
  var pairedWith: PatternSpec?
}

/// One example from a rule file: text, optional format, and where it was written.
struct ExampleDefinition {
  var text: String
  var format: DocumentFormat
  var node: Node
  /// A flag example's text once its fix-its are applied (`fixed:`).
  var fixed: String?
}

/// Where a context condition looks, relative to the match.
enum ContextScope: Hashable, Sendable {
  /// The matched text itself.
  case match
  /// Same sentence, before the match.
  case before
  /// Same sentence, after the match.
  case after
  case sentence
  case paragraph
  case section
  case document
  /// The document's title and first paragraph.
  case lead
  /// Up to N sentences before or after the match's sentence, in the same section.
  case window(Int)

  static let names = ["match", "before", "after", "sentence", "paragraph", "section", "document", "lead"]

  /// True when the scope is the same for every span inside one sentence: the sentence or wider.
  var isSentenceWide: Bool {
    switch self {
    case .match, .before, .after: false
    case .sentence, .paragraph, .section, .document, .lead, .window: true
    }
  }

  init?(name: String) {
    switch name {
    case "match": self = .match
    case "before": self = .before
    case "after": self = .after
    case "sentence": self = .sentence
    case "paragraph": self = .paragraph
    case "section": self = .section
    case "document": self = .document
    case "lead": self = .lead
    default: return nil
    }
  }

  var description: String {
    switch self {
    case .match: "in the match"
    case .before: "earlier in the sentence"
    case .after: "later in the sentence"
    case .sentence: "in the sentence"
    case .paragraph: "in the paragraph"
    case .section: "in the section"
    case .document: "in the document"
    case .lead: "in the title or opening paragraph"
    case .window(let count): "within \(count) sentence\(count == 1 ? "" : "s")"
    }
  }
}

/// A `when` or `unless` entry as written, with the node it came from.
struct ConditionDefinition {
  var kind: ConditionForm<PatternSubject>
  var node: Node
}
