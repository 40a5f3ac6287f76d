/// One cue phrase before compilation (an entry of a phrase list in `Rules/analyzer/`) and its category.
///
/// Pattern syntax: words separated by spaces; `a|b` alternatives; a trailing `?` makes a slot optional;
/// a leading `~` inflects a verb lemma (`~lead to` matches "leads to", "led to", "leading to"). The first
/// `~` slot, or else the first slot, is the phrase's head.
struct LexiconEntry: Sendable {
  let pattern: String
  let category: CueCategory

  init(_ pattern: String, _ category: CueCategory) {
    self.pattern = pattern
    self.category = category
  }
}

/// A lexicon phrase expanded to concrete tokens.
struct LexiconPhrase: Sendable {
  let tokens: [String]
  let category: CueCategory
  /// Index of the head token within `tokens`.
  let head: Int
  /// The head's verb form, when the head slot was an inflected verb.
  let form: VerbForm?
}

/// A lexicon phrase found in a sentence.
struct CueMatch: Sendable, Hashable {
  let category: CueCategory
  /// Token indices covered, from the first to the last matched token (skipped adverbs included).
  let tokens: Range<Int>
  /// Token index of the phrase head.
  let head: Int
  let form: VerbForm?
}

/// All cue phrases compiled into one first-token index; part of ``ClaimKnowledge``.
struct CueLexicon: Sendable {
  /// Phrases by first token, longest first.
  private let index: [String: [LexiconPhrase]]

  init(entries: [LexiconEntry], inflection: Inflection) {
    var index: [String: [LexiconPhrase]] = [:]
    for entry in entries {
      for phrase in Self.expand(entry, inflection: inflection) {
        index[phrase.tokens[0], default: []].append(phrase)
      }
    }
    for key in index.keys { index[key]!.sort { $0.tokens.count > $1.tokens.count } }
    self.index = index
  }

  /// Every phrase occurrence in `tokens`, in token order. At one start, each category keeps its longest phrase.
  func matches(in tokens: [ClaimToken]) -> [CueMatch] {
    var found: [CueMatch] = []
    for start in tokens.indices where tokens[start].kind != .punctuation || tokens[start].norm == "?" {
      guard let candidates = index[tokens[start].norm] else { continue }
      var seen: [CueCategory] = []
      for phrase in candidates where !seen.contains(phrase.category) {
        guard let (end, headIndex) = match(phrase, in: tokens, at: start) else { continue }
        seen.append(phrase.category)
        found.append(CueMatch(category: phrase.category, tokens: start..<end, head: headIndex, form: phrase.form))
      }
    }
    return found
  }

  /// The end and head token index of `phrase` matched at `start`, skipping up to two adverbs between words.
  private func match(_ phrase: LexiconPhrase, in tokens: [ClaimToken], at start: Int) -> (Int, Int)? {
    var position = start
    var headIndex = start
    for (offset, word) in phrase.tokens.enumerated() {
      if offset > 0 {
        var skipped = 0
        while position < tokens.count, tokens[position].norm != word, tokens[position].classes.contains(.adverb),
          skipped < 2
        {
          position += 1
          skipped += 1
        }
      }
      guard position < tokens.count, tokens[position].norm == word else { return nil }
      if offset == phrase.head { headIndex = position }
      position += 1
    }
    return (position, headIndex)
  }

  /// Expands alternatives, optional slots and verb inflections into concrete phrases.
  static func expand(_ entry: LexiconEntry, inflection: Inflection) -> [LexiconPhrase] {
    let slots = entry.pattern.split(separator: " ").map(String.init)
    let headSlot = slots.firstIndex { $0.hasPrefix("~") } ?? 0
    // Each partial expansion: tokens so far, head token index, head form.
    var partials: [([String], Int, VerbForm?)] = [([], 0, nil)]
    for (slotIndex, rawSlot) in slots.enumerated() {
      var slot = Substring(rawSlot)
      let optional = slot.hasSuffix("?") && slot.count > 1
      if optional { slot = slot.dropLast() }
      let inflect = slot.hasPrefix("~")
      if inflect { slot = slot.dropFirst() }
      var choices: [(String, VerbForm?)] = []
      for alternative in slot.split(separator: "|") {
        if inflect {
          choices += inflection.taggedVerbForms(of: String(alternative)).map { ($0.0, Optional($0.1)) }
        } else {
          choices.append((String(alternative), nil))
        }
      }
      var next: [([String], Int, VerbForm?)] = []
      for (tokens, head, form) in partials {
        if optional && slotIndex != headSlot { next.append((tokens, head, form)) }
        for (word, wordForm) in choices {
          let isHead = slotIndex == headSlot
          next.append((tokens + [word], isHead ? tokens.count : head, isHead ? wordForm : form))
        }
      }
      partials = next
    }
    return partials.filter { !$0.0.isEmpty }.map {
      LexiconPhrase(tokens: $0.0, category: entry.category, head: $0.1, form: $0.2)
    }
  }
}
