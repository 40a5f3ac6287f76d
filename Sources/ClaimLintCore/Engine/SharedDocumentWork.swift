import Foundation

/// The kind of a document and of each of its sections (``DocumentKindDetector``).
typealias DocumentKinds = (document: DocumentKind, sections: [DocumentKind])

/// What contexts linting one document side by side share, each part made once, on first use: the
/// vocabulary work, where the prefilter's literals occur, the document's kinds and the whole-text matches
/// of context patterns. Safe across threads.
final class SharedDocumentWork: Sendable {
  let terms: TermWork
  let contextMatches = ContextMatches()
  private let ruleSet: RuleSet
  /// The end offsets of each literal's occurrences (``LiteralPrefilter/occurrences(in:)``), or nil
  /// when searches are not prefiltered.
  private let literalEnds: Lazy<[[Int32]]?>
  let kinds: Lazy<DocumentKinds>

  /// The work for `document`. Nothing is made yet: the rule set's prefilter, say, may still be in the
  /// making on another thread, and the rules that need it come later.
  init(document: Document, ruleSet: RuleSet) {
    let ends = Lazy<[[Int32]]?> {
      ruleSet.prefiltersLiterals ? document.text.withUnsafeBufferPointer(ruleSet.prefilter.occurrences) : nil
    }
    self.terms = TermWork(document: document, tokenizer: ruleSet.terms.tokenizer)
    self.ruleSet = ruleSet
    self.literalEnds = ends
    self.kinds = Lazy {
      let literals = ends.value.map { LiteralHits(prefilter: ruleSet.prefilter, ends: $0) }
      let ascii = !document.text.withUnsafeBufferPointer(Pattern.needsUnicodeClasses)
      return DocumentKindDetector(
        document: document, signals: ruleSet.kindSignals, asciiClasses: ascii, literals: literals
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
/// threads. Two threads may both find a pattern's matches; they are the same, and the first is kept.
final class ContextMatches: @unchecked Sendable {
  private let lock = NSLock()
  private var byPattern: [Int: [Range<Int>]] = [:]

  subscript(pattern: Int) -> [Range<Int>]? {
    lock.lock()
    defer { lock.unlock() }
    return byPattern[pattern]
  }

  func store(_ matches: [Range<Int>], for pattern: Int) {
    lock.lock()
    if byPattern[pattern] == nil { byPattern[pattern] = matches }
    lock.unlock()
  }
}
