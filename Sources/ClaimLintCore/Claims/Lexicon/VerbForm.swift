/// The inflected form of a verb in a lexicon phrase; the scope rules read it to tell finite verbs from
/// infinitives, gerunds and adjectival participles.
enum VerbForm: UInt8, Sendable, Hashable {
  /// "reduce": infinitive, imperative, plural present, or after a modal.
  case base
  /// "reduces".
  case thirdPerson
  /// "reduced": simple past or past participle.
  case past
  /// "reducing".
  case gerund
}
