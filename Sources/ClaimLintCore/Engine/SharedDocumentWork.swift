import Foundation

/// The kind of a document and of each of its sections (``DocumentKindDetector``).
typealias DocumentKinds = (document: DocumentKind, sections: [DocumentKind])

/// What contexts linting one document side by side share, each part made once, on first use: the
/// vocabulary work, where the prefilter's literals occur, whether the text needs Unicode classes, the
/// document's kinds and the whole-text matches of context patterns. Safe across threads.
final class SharedDocumentWork: Sendable {
  let terms: TermWork
  /// The claim analysis, sentence by sentence as rules ask, whichever context asks first.
  let claims: SentenceClaims
  let contextMatches = ContextMatches()
  private let ruleSet: RuleSet
  /// The end offsets of each literal's occurrences (``LiteralPrefilter/occurrences(in:)``), or nil
  /// when searches are not prefiltered.
  private let literalEnds: Lazy<[[Int32]]?>
  let kinds: Lazy<DocumentKinds>
  /// True when the scan text has no non-ASCII letter, digit or space (``Pattern/needsUnicodeClasses(_:)``).
  let textIsASCIIClassed: Lazy<Bool>

  /// The work for `document`. Nothing is made yet: the rule set's prefilter, say, may still be in the
  /// making on another thread, and the rules that need it come later.
  init(document: Document, ruleSet: RuleSet, analyzer: ClaimAnalyzer) {
    let ends = Lazy<[[Int32]]?> {
      ruleSet.prefiltersLiterals ? document.text.withUnsafeBufferPointer(ruleSet.prefilter.occurrences) : nil
    }
    self.terms = TermWork(document: document, tokenizer: ruleSet.terms.tokenizer)
    self.claims = SentenceClaims(document: document, analyzer: analyzer)
    self.ruleSet = ruleSet
    self.literalEnds = ends
    let ascii = Lazy { !document.text.withUnsafeBufferPointer(Pattern.needsUnicodeClasses) }
    self.textIsASCIIClassed = ascii
    self.kinds = Lazy {
      let literals = ends.value.map { LiteralHits(prefilter: ruleSet.prefilter, ends: $0) }
      return DocumentKindDetector(
        document: document, signals: ruleSet.kindSignals, asciiClasses: ascii.value, literals: literals
      ).kinds()
    }
  }

  /// A context's own view of where the literals occur (it keeps caches, so it is not shared); nil when
  /// searches are not prefiltered.
  func literals() -> LiteralHits? {
    literalEnds.value.map { LiteralHits(prefilter: ruleSet.prefilter, ends: $0) }
  }
}

/// The whole-text matches of context patterns in one document, by ``ContextPattern/id``; safe across
/// threads.
typealias ContextMatches = SharedValues<Int, [Range<Int>]>
