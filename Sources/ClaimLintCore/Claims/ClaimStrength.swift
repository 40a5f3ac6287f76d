/// How strongly a sentence states a relationship between an exposure and an outcome.
///
/// The four levels of Yu et al. 2019 and the InSciOut coding (domain.md §1.2), ordered weakest first.
public enum ClaimStrength: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// No relationship is claimed (or one is explicitly denied).
  case none
  /// An association: "is associated with", "linked to", "predicts".
  case correlational
  /// A hedged causal claim: "may reduce", "might prevent".
  case conditional
  /// A direct causal claim: "reduces", "prevents", "leads to".
  case causal

  private var rank: Int { Self.allCases.firstIndex(of: self)! }

  public static func < (lhs: ClaimStrength, rhs: ClaimStrength) -> Bool { lhs.rank < rhs.rank }
}

/// The kind of evidence a sentence cites or implies.
public enum EvidenceKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Cohort, case-control, cross-sectional, survey, "people who … tend to", named cohorts.
  case observational
  /// A randomized or otherwise controlled trial.
  case randomized
  /// A meta-analysis or systematic review.
  case metaAnalysis = "meta-analysis"
  /// Work in animals.
  case animal
  /// Work in cells or tissue outside a body.
  case inVitro = "in-vitro"
  /// Mechanism or physiology reasoning rather than outcome data.
  case mechanistic
}

/// Where the evidence a sentence relies on was found, relative to the sentence.
public enum EvidenceSource: String, Sendable, Hashable, Codable, CaseIterable {
  /// The sentence itself.
  case sentence
  /// The sentence just before, in the same block.
  case previousSentence = "previous-sentence"
  /// Elsewhere in the same paragraph.
  case paragraph
  /// The document's lead: its title and first paragraph.
  case lead
}
