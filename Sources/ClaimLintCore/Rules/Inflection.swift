/// English noun plurals and verb forms: the one inflection engine of claimlint. Rule lexicons
/// (`inflect: plural`, `inflect: verb`), vocabulary dictionaries and the analyzer's `~verb` phrases all
/// inflect through it; its irregular forms are the tables of `Rules/analyzer/inflection.yml`.
///
/// For lexicon terms, generation errs on the side of extra forms (`combated` and `combatted`): a form that
/// never occurs in text costs nothing, a missing one is a silent false negative. The analyzer's phrases
/// take the plain forms only, each tagged with its ``VerbForm``.
struct Inflection: Sendable {
  /// The lists the engine reads; rule files cannot extend them, since every lexicon depends on them.
  static let listNames: Set<String> = [
    FormsTable.irregularVerbs.name, FormsTable.auxiliaryVerbs.name, FormsTable.irregularPlurals.name,
    WordList.doubledLVerbs.name,
  ]

  /// The engine with the built-in tables.
  static let standard = Inflection(lists: AnalyzerLists.builtIn.lists)

  /// Irregular verbs: lemma → third person, past forms, gerund.
  private let irregularVerbs: [String: (third: String, pasts: [String], gerund: String)]
  /// Auxiliaries, inflected in lexicon terms only: lemma → forms.
  private let auxiliaryVerbs: [String: [String]]
  private let irregularPlurals: [String: [String]]
  private let irregularSingulars: [String: String]
  /// The same two tables on bytes, for vocabulary keys.
  private let irregularPluralKeys: [[UInt8]: [[UInt8]]]
  private let irregularSingularKeys: [[UInt8]: [UInt8]]
  /// The same two tables by key hash, with hashed forms (``appendNounFormHashes(ofKey:to:)``).
  let irregularKeyHashes: IrregularKeyHashes
  /// British spellings that double a final "l": "fuelled", "fuelling".
  private let doubledL: Set<String>

  init(lists: AnalyzerLists) {
    var verbs: [String: (third: String, pasts: [String], gerund: String)] = [:]
    for (lemma, forms) in lists[FormsTable.irregularVerbs.name]?.forms ?? [:] where forms.count >= 3 {
      verbs[lemma] = (forms[0], Array(forms.dropFirst().dropLast()), forms[forms.count - 1])
    }
    irregularVerbs = verbs
    auxiliaryVerbs = lists[FormsTable.auxiliaryVerbs.name]?.forms ?? [:]
    let plurals = lists[FormsTable.irregularPlurals.name]?.forms ?? [:]
    irregularPlurals = plurals
    var singulars: [String: String] = [:]
    for (singular, forms) in plurals { for plural in forms where plural != singular { singulars[plural] = singular } }
    irregularSingulars = singulars
    irregularPluralKeys = Dictionary(uniqueKeysWithValues: plurals.map { (Array($0.key.utf8), $0.value.map { Array($0.utf8) }) })
    irregularSingularKeys = Dictionary(uniqueKeysWithValues: singulars.map { (Array($0.key.utf8), Array($0.value.utf8)) })
    irregularKeyHashes = IrregularKeyHashes(plurals: irregularPluralKeys, singulars: irregularSingularKeys)
    doubledL = Set(lists[WordList.doubledLVerbs.name]?.entries ?? [])
  }

  // MARK: Lexicon terms (built-in tables)

  /// The term and its plural (inflecting its last word).
  static func plurals(of term: String) -> [String] { standard.plurals(of: term) }

  /// Singular readings of a term whose last word looks plural; see the instance method.
  static func singulars(of term: String) -> [String] { standard.singulars(of: term) }

  /// The term and its verb forms (inflecting its first word: "lead to" → "leads to", "led to").
  static func verbForms(of term: String) -> [String] { standard.verbForms(of: term) }

  func plurals(of term: String) -> [String] {
    guard let (head, word) = Self.splitLastWord(term) else { return [term] }
    return [term] + nounPlurals(word).map { head + $0 }
  }

  /// A lowercase word with its plural and singular readings, for vocabulary keys; fast for ASCII words.
  static func nounForms(ofWord word: String) -> [String] { standard.nounForms(ofWord: word) }

  func nounForms(ofWord word: String) -> [String] {
    nounForms(ofKey: Array(word.utf8)).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The same on bytes: a vocabulary key (lowercase, letters only for the fast path) with its plural and
  /// singular readings, by the rules of ``plurals(of:)`` and ``singulars(of:)``.
  func nounForms(ofKey key: [UInt8]) -> [[UInt8]] {
    let isPlainWord = key.count > 1 && key.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    guard isPlainWord else {
      let word = String(decoding: key, as: UTF8.self)
      guard word.allSatisfy(\.isLetter) else { return [key] }
      return Array(Set([word] + plurals(of: word) + singulars(of: word))).map { Array($0.utf8) }
    }
    var forms: [[UInt8]] = [key]
    if let irregular = irregularPluralKeys[key] {
      forms += irregular
    } else {
      forms.append(Self.regularPlural(key))
    }
    if let singular = irregularSingularKeys[key] {
      forms.append(singular)
    } else {
      Self.appendRegularSingulars(key, to: &forms)
    }
    return forms
  }

  /// "cell" → "cells", "box" → "boxes", "allergy" → "allergies", "crisis" → "crises".
  private static func regularPlural(_ key: [UInt8]) -> [UInt8] {
    var form = key
    form.reserveCapacity(key.count + 2)
    if endsWith(key, "s") || endsWith(key, "x") || endsWith(key, "z") || endsWith(key, "ch") || endsWith(key, "sh") {
      form += [UInt8(ascii: "e"), UInt8(ascii: "s")]
    } else if endsWith(key, "y") && !isVowel(key[key.count - 2]) {
      form[form.count - 1] = UInt8(ascii: "i")
      form += [UInt8(ascii: "e"), UInt8(ascii: "s")]
    } else if endsWith(key, "is") {
      form[form.count - 2] = UInt8(ascii: "e")
    } else {
      form.append(UInt8(ascii: "s"))
    }
    return form
  }

  /// "stones" → "stone", "allergies" → "allergy", "rashes" → "rashe" and "rash"; nothing for "illness".
  private static func appendRegularSingulars(_ key: [UInt8], to forms: inout [[UInt8]]) {
    guard key.count > 3, endsWith(key, "s"), !endsWith(key, "ss"), !endsWith(key, "us"), !endsWith(key, "is") else {
      return
    }
    if endsWith(key, "ies") {
      var form = Array(key.dropLast(2))
      form[form.count - 1] = UInt8(ascii: "y")
      forms.append(form)
      return
    }
    forms.append(Array(key.dropLast()))
    if endsWith(key, "ches") || endsWith(key, "shes") || endsWith(key, "xes") || endsWith(key, "ses") {
      forms.append(Array(key.dropLast(2)))
    }
  }

  private static func endsWith(_ key: [UInt8], _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard key.count >= count else { return false }
    let tail = suffix.utf8Start
    for offset in 0..<count where key[key.count - count + offset] != tail[offset] { return false }
    return true
  }

  private static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
    default: false
    }
  }

  /// Singular readings of a term whose last word looks plural ("kidney stones" → "kidney stone"); empty
  /// when it does not. Like plurals, an extra form that is not English costs nothing.
  func singulars(of term: String) -> [String] {
    guard let (head, word) = Self.splitLastWord(term) else { return [] }
    let lower = word.lowercased()
    if let singular = irregularSingulars[lower] { return [head + Self.matchCase(singular, like: word)] }
    guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"),
      !lower.hasSuffix("is")
    else { return [] }
    if lower.hasSuffix("ies") { return [head + word.dropLast(3) + "y"] }
    var forms = [head + String(word.dropLast())]
    if lower.hasSuffix("ches") || lower.hasSuffix("shes") || lower.hasSuffix("xes") || lower.hasSuffix("ses") {
      forms.append(head + String(word.dropLast(2)))
    }
    return forms
  }

  func verbForms(of term: String) -> [String] {
    let parts = term.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
    let word = String(parts[0])
    guard word.allSatisfy({ $0.isLetter && $0.isLowercase }), word.count > 1 else { return [term] }
    let tail = parts.count > 1 ? " " + parts[1] : ""
    return [term] + lexiconVerbForms(word).map { $0 + tail }
  }

  private func nounPlurals(_ word: String) -> [String] {
    let lower = word.lowercased()
    if let irregular = irregularPlurals[lower] { return irregular.map { Self.matchCase($0, like: word) } }
    guard word.last?.isLetter == true, word.count > 1 else { return [] }
    if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch")
      || lower.hasSuffix("sh")
    {
      return [word + "es"]
    }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return [String(word.dropLast()) + "ies"]
    }
    if lower.hasSuffix("is") { return [String(word.dropLast(2)) + "es"] }
    return [word + "s"]
  }

  /// The forms of a lexicon verb other than itself: the tagged forms, and for a regular verb ending in
  /// consonant–vowel–consonant the doubled spellings too ("stopped" beside "stoped").
  private func lexiconVerbForms(_ word: String) -> [String] {
    if let auxiliary = auxiliaryVerbs[word] { return auxiliary }
    let tagged = taggedVerbForms(of: word).filter { $0.1 != .base }.map(\.0)
    guard irregularVerbs[word] == nil, !doubledL.contains(word), Self.endsInConsonantVowelConsonant(word),
      let last = word.last
    else { return tagged }
    return tagged + [word + String(last) + "ed", word + String(last) + "ing"]
  }

  // MARK: Analyzer phrases

  /// Every form of `lemma` with its ``VerbForm``, the lemma itself first.
  func taggedVerbForms(of lemma: String) -> [(String, VerbForm)] {
    if doubledL.contains(lemma) {
      return plainVerbForms(of: lemma) + [(lemma + "led", .past), (lemma + "ling", .gerund)]
    }
    return plainVerbForms(of: lemma)
  }

  private func plainVerbForms(of lemma: String) -> [(String, VerbForm)] {
    if let (third, pasts, gerund) = irregularVerbs[lemma] {
      return [(lemma, .base), (third, .thirdPerson), (gerund, .gerund)] + pasts.map { ($0, .past) }
    }
    let stem = String(lemma.dropLast())
    let third: String
    let past: String
    let gerund: String
    if lemma.hasSuffix("e") && !lemma.hasSuffix("ee") {
      (third, past, gerund) = (lemma + "s", lemma + "d", stem + "ing")
    } else if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) {
      (third, past, gerund) = (stem + "ies", stem + "ied", lemma + "ing")
    } else if lemma.hasSuffix("ee") {
      (third, past, gerund) = (lemma + "s", lemma + "d", lemma + "ing")
    } else if ["s", "sh", "ch", "x", "z", "o"].contains(where: { lemma.hasSuffix($0) }) {
      (third, past, gerund) = (lemma + "es", lemma + "ed", lemma + "ing")
    } else {
      (third, past, gerund) = (lemma + "s", lemma + "ed", lemma + "ing")
    }
    return [(lemma, .base), (third, .thirdPerson), (past, .past), (gerund, .gerund)]
  }

  // MARK: Helpers

  private static func endsInConsonantVowelConsonant(_ word: String) -> Bool {
    let letters = Array(word)
    guard letters.count >= 3 else { return false }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    let (a, b, c) = (letters[letters.count - 3], letters[letters.count - 2], letters[letters.count - 1])
    return !vowels.contains(a) && vowels.contains(b) && !vowels.contains(c) && !"wxy".contains(c)
  }

  /// Splits "fish oil" into ("fish ", "oil"); `nil` when the last word is not plain letters.
  private static func splitLastWord(_ term: String) -> (String, String)? {
    let start = term.lastIndex(of: " ").map { term.index(after: $0) } ?? term.startIndex
    let word = String(term[start...])
    guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return nil }
    return (String(term[..<start]), word)
  }

  private static func matchCase(_ form: String, like word: String) -> String {
    word.first?.isUppercase == true ? form.prefix(1).uppercased() + form.dropFirst() : form
  }
}
