/// Closed-class English words (determiners, prepositions, auxiliaries…) and the adverb test.
///
/// These are grammar, not domain knowledge: they let the scope rules tell a finite verb ("X reduced Y")
/// from an adjective ("with reduced risk") and find the verb group a modal or negation belongs to.
struct WordClassLexicon: Sendable {
  static let shared = WordClassLexicon()

  private let table: [String: WordClass]

  init() {
    var table: [String: WordClass] = [:]
    func add(_ words: String, _ wordClass: WordClass) {
      for word in words.split(separator: " ") { table[String(word), default: []].formUnion(wordClass) }
    }
    add("a an the this these that those its their his her our your my each every any some no such either", .determiner)
    add("of in on at by for with from to into onto among amongst between within without", .preposition)
    add("via per versus vs", .preposition)
    add("over under after before during across against toward towards through throughout despite", .preposition)
    add("regarding concerning beyond upon along around about than like unlike following including", .preposition)
    add("and or but nor", .coordinator)
    add("although though whereas while whilst because since unless until if whether", .subordinator)
    add("when whenever once so thus hence therefore however", .subordinator)
    add("which who whom whose where that", .relativePronoun)
    add("we i you they it he she us them one", .pronoun)
    add("am is are was were be been being 's", .be)
    add("has have had having", .have)
    add("do does did", .do)
    add("may might could would can will shall should must", .modal)
    add("not n't never", .negation)
    add("no", .negation)
    add("more less most least fewer lower higher greater larger smaller better worse increased decreased", .quantifier)
    add("reduced elevated many much several few all both one two three four five six seven eight nine ten", .quantifier)
    add("twelve twenty hundred thousand half poorer richer healthier younger older shorter longer", .quantifier)
    add("stronger weaker faster slower heavier lighter bigger", .quantifier)
    add("remain remains remained become becomes became prove proves proved seem seems seemed appear", .copula)
    add("appears appeared represent represents represented constitute constitutes constituted", .copula)
    add("high low new large small significant important major minor good poor severe mild moderate", .adjective)
    add("overall total early late long short", .adjective)
    add("also further still even already often usually generally always sometimes only just very highly", .adverb)
    add("strongly directly independently significantly substantially markedly slightly modestly inversely", .adverb)
    add("positively negatively partly partially largely mainly primarily consistently possibly", .adverb)
    add("potentially probably likely perhaps presumably apparently seemingly clearly effectively", .adverb)
    add("additionally moreover indeed then now thereby consequently ultimately subsequently similarly", .adverb)
    add("particularly especially dramatically considerably", .adverb)
    add("almost quite rather somewhat soon ever too far", .adverb)
    self.table = table
  }

  /// The classes of a normalized word; words ending in "-ly" count as adverbs unless listed as nouns.
  func classes(of word: String) -> WordClass {
    if let found = table[word] { return found }
    if word.utf8.count > 4, word.hasSuffix("ly"), !Self.lyNouns.contains(word) { return .adverb }
    return []
  }

  /// Words ending in "-ly" that are not adverbs.
  private static let lyNouns: Set<String> = [
    "family", "elderly", "early", "daily", "weekly", "monthly", "yearly", "supply", "apply", "reply", "rely",
    "assembly", "anomaly", "anomaly", "italy", "july", "belly", "jelly", "bully", "holy", "ugly", "lonely",
    "friendly", "costly", "likely", "unlikely", "only", "poly", "homely", "fly", "ally", "oily", "curly",
    "lively", "deadly", "timely", "orderly", "quarterly", "hourly", "nightly", "kindly", "comply", "multiply",
    "butterfly", "firefly", "silly", "hilly", "chilly", "woolly", "bodily", "manly", "womanly", "motherly",
  ]
}
