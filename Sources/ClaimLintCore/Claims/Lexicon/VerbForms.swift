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

/// English verb inflection for lexicon entries written as `~lemma`.
enum VerbInflection {
  /// Irregular verbs used in the lexicons: lemma → (third person, past forms, gerund).
  private static let irregular: [String: (String, [String], String)] = [
    "lead": ("leads", ["led"], "leading"),
    "make": ("makes", ["made"], "making"),
    "bring": ("brings", ["brought"], "bringing"),
    "give": ("gives", ["gave", "given"], "giving"),
    "drive": ("drives", ["drove", "driven"], "driving"),
    "fight": ("fights", ["fought"], "fighting"),
    "take": ("takes", ["took", "taken"], "taking"),
    "show": ("shows", ["showed", "shown"], "showing"),
    "find": ("finds", ["found"], "finding"),
    "prove": ("proves", ["proved", "proven"], "proving"),
    "think": ("thinks", ["thought"], "thinking"),
    "slow": ("slows", ["slowed"], "slowing"),
    "stop": ("stops", ["stopped"], "stopping"),
    "spur": ("spurs", ["spurred"], "spurring"),
    "cut": ("cuts", ["cut"], "cutting"),
    "set": ("sets", ["set"], "setting"),
    "put": ("puts", ["put"], "putting"),
    "say": ("says", ["said"], "saying"),
    "have": ("has", ["had"], "having"),
    "do": ("does", ["did", "done"], "doing"),
    "go": ("goes", ["went", "gone"], "going"),
    "rise": ("rises", ["rose", "risen"], "rising"),
    "undergo": ("undergoes", ["underwent", "undergone"], "undergoing"),
    "hold": ("holds", ["held"], "holding"),
    "keep": ("keeps", ["kept"], "keeping"),
    "leave": ("leaves", ["left"], "leaving"),
    "build": ("builds", ["built"], "building"),
    "tell": ("tells", ["told"], "telling"),
    "sell": ("sells", ["sold"], "selling"),
    "seek": ("seeks", ["sought"], "seeking"),
    "rid": ("rids", ["rid"], "ridding"),
    "offset": ("offsets", ["offset"], "offsetting"),
    "upset": ("upsets", ["upset"], "upsetting"),
    "regret": ("regrets", ["regretted"], "regretting"),
    "abet": ("abets", ["abetted"], "abetting"),
    "compel": ("compels", ["compelled"], "compelling"),
    "control": ("controls", ["controlled"], "controlling"),
    "mediate": ("mediates", ["mediated"], "mediating"),
  ]

  /// British spellings that double a final "l": "fuelled", "fuelling".
  private static let doubledL: Set<String> = ["fuel", "signal", "model", "label", "travel", "cancel", "channel"]

  /// Every form of `lemma` with its ``VerbForm``.
  static func forms(of lemma: String) -> [(String, VerbForm)] {
    if doubledL.contains(lemma) {
      return regularForms(of: lemma) + [(lemma + "led", .past), (lemma + "ling", .gerund)]
    }
    return regularForms(of: lemma)
  }

  private static func regularForms(of lemma: String) -> [(String, VerbForm)] {
    if let (third, pasts, gerund) = irregular[lemma] {
      return [(lemma, .base), (third, .thirdPerson), (gerund, .gerund)] + pasts.map { ($0, .past) }
    }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    let third: String
    let past: String
    let gerund: String
    if lemma.hasSuffix("e") && !lemma.hasSuffix("ee") {
      third = lemma + "s"
      past = lemma + "d"
      gerund = String(lemma.dropLast()) + "ing"
    } else if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
      third = String(lemma.dropLast()) + "ies"
      past = String(lemma.dropLast()) + "ied"
      gerund = lemma + "ing"
    } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x")
      || lemma.hasSuffix("z")
    {
      third = lemma + "es"
      past = lemma + "ed"
      gerund = lemma + "ing"
    } else if lemma.hasSuffix("ee") {
      third = lemma + "s"
      past = lemma + "d"
      gerund = lemma + "ing"
    } else {
      third = lemma + "s"
      past = lemma + "ed"
      gerund = lemma + "ing"
    }
    return [(lemma, .base), (third, .thirdPerson), (past, .past), (gerund, .gerund)]
  }
}
