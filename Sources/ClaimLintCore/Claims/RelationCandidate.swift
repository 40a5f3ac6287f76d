/// One relation word in a sentence with everything the scope rules decided about it.
struct RelationCandidate: Sendable {
  /// How prominent the clause holding the relation is; lower wins.
  enum Tier: Int, Sendable, Comparable {
    /// The main clause, or the complement of the writer's reporting verb ("we found that …").
    case main = 0
    /// A group comparison in the main clause ("had higher rates of …").
    case mainComparison = 1
    /// A subordinate, relative or participle clause, or a causal connective ("due to").
    case secondary = 2
    case secondaryComparison = 3

    static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  var match: CueMatch
  /// The relation the words state: causal or correlational.
  var relation: ClaimStrength
  var tier: Tier
  /// Modifier matches that apply (hedges, can, negation, boosters), for cues.
  var modifiers: [CueMatch] = []
  /// Plain negation tokens that apply.
  var negationTokens: [Int] = []
  /// The frame that keeps the relation from being the writer's assertion (question, research aim,
  /// attribution, need, uncertainty, condition, advice, scare quote), if any.
  var blockedBy: Blocker?
  var isHedged = false
  var isCan = false
  var isNegated = false
  /// Leftmost token of the verb group, used to find the subject.
  var groupStart: Int
  /// True for a finite verb ("reduces", "may reduce", "was reduced"): a non-finite purpose or aim phrase
  /// to its left cannot contain it.
  var isFinite = false

  /// Why a relation is not asserted by the writer.
  struct Blocker: Sendable {
    var kind: ClaimCue.Kind
    var tokens: Range<Int>
  }

  /// The strength stated, ignoring negation and blocking.
  var stated: ClaimStrength {
    relation == .causal && isHedged ? .conditional : relation
  }
}
