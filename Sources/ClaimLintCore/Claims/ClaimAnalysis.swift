/// A word or phrase that shaped the judgment of a sentence.
public struct ClaimCue: Sendable, Hashable, Codable {
  /// What the cue signals.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case exposure
    case outcome
    case causal
    case correlational
    case hedge
    case can
    case negation
    case question
    case reportedSpeech = "reported-speech"
    case scareQuote = "scare-quote"
    case advice
    case evidence
  }

  public var kind: Kind
  /// The cue as written.
  public var text: String
  /// UTF-8 byte range within the analyzed text.
  public var range: Range<Int>

  public init(kind: Kind, text: String, range: Range<Int>) {
    self.kind = kind
    self.text = text
    self.range = range
  }
}

/// The judgment of one sentence on its own.
public struct ClaimAnalysis: Sendable, Hashable, Codable {
  /// The strength of the relationship the sentence states.
  ///
  /// A relationship the sentence denies ("did not reduce", "was not associated with") is `none` here;
  /// ``statedStrength`` keeps the kind of wording used.
  public var strength: ClaimStrength
  /// True when the sentence relates an exposure to an outcome (a claim), whatever its strength.
  public var isClaim: Bool
  /// True when the sentence tells readers what to do ("take", "you should", "we recommend").
  public var isAdvice: Bool
  /// The cues that led to the judgment, in text order.
  public var cues: [ClaimCue]
  /// Evidence the sentence itself names.
  public var evidence: [EvidenceKind]
  /// The strength of the wording, whether the relationship is affirmed or denied: "did not reduce" is
  /// `causal`, "was not associated with" is `correlational` (the Yu et al. 2019 convention).
  public var statedStrength: ClaimStrength
  /// True when the sentence denies the relationship it states ("did not reduce", "no evidence that",
  /// "may result in little to no difference").
  public var isNegated: Bool

  public init(
    strength: ClaimStrength, isClaim: Bool, isAdvice: Bool = false, cues: [ClaimCue] = [],
    evidence: [EvidenceKind] = [], statedStrength: ClaimStrength? = nil, isNegated: Bool = false
  ) {
    self.strength = strength
    self.isClaim = isClaim
    self.isAdvice = isAdvice
    self.cues = cues
    self.evidence = evidence
    self.statedStrength = statedStrength ?? strength
    self.isNegated = isNegated
  }

  private enum CodingKeys: String, CodingKey {
    case strength, isClaim, isAdvice, cues, evidence, statedStrength, isNegated
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    strength = try container.decode(ClaimStrength.self, forKey: .strength)
    isClaim = try container.decode(Bool.self, forKey: .isClaim)
    isAdvice = try container.decodeIfPresent(Bool.self, forKey: .isAdvice) ?? false
    cues = try container.decodeIfPresent([ClaimCue].self, forKey: .cues) ?? []
    evidence = try container.decodeIfPresent([EvidenceKind].self, forKey: .evidence) ?? []
    statedStrength = try container.decodeIfPresent(ClaimStrength.self, forKey: .statedStrength) ?? strength
    isNegated = try container.decodeIfPresent(Bool.self, forKey: .isNegated) ?? false
  }
}

/// A piece of evidence that bears on a sentence, and where it was found.
public struct EvidenceMention: Sendable, Hashable, Codable {
  public var kind: EvidenceKind
  public var source: EvidenceSource
  /// Scan-text range of the cue in the document.
  public var range: Range<Int>

  public init(kind: EvidenceKind, source: EvidenceSource, range: Range<Int>) {
    self.kind = kind
    self.source = source
    self.range = range
  }
}

/// The judgment of one sentence of a document: its own analysis plus the evidence around it.
public struct SentenceClaim: Sendable, Hashable {
  /// Index into ``Document/sentences``.
  public var sentence: Int
  /// The sentence on its own; cue ranges are scan-text ranges in the document.
  public var analysis: ClaimAnalysis
  /// Evidence in the sentence, the one before, the paragraph and the lead, nearest first.
  public var evidence: [EvidenceMention]

  public init(sentence: Int, analysis: ClaimAnalysis, evidence: [EvidenceMention]) {
    self.sentence = sentence
    self.analysis = analysis
    self.evidence = evidence
  }
}
