/// English noun plurals and verb forms for lexicon terms, generated once when rules load.
///
/// Generation errs on the side of extra forms (`stoped` beside `stopped`): a form that never occurs in
/// text costs nothing, a missing one is a silent false negative.
enum Inflection {
  /// The term and its plural (inflecting its last word).
  static func plurals(of term: String) -> [String] {
    guard let (head, word) = splitLastWord(term) else { return [term] }
    return [term] + nounPlurals(word).map { head + $0 }
  }

  /// A lowercase word with its plural and singular readings, for vocabulary keys; fast for ASCII words.
  static func nounForms(ofWord word: String) -> [String] {
    let bytes = Array(word.utf8)
    guard bytes.count > 1, bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
      return word.allSatisfy(\.isLetter) ? Array(Set([word] + plurals(of: word) + singulars(of: word))) : [word]
    }
    var forms = [word] + nounPlurals(word)
    if let singular = irregularSingulars[word] {
      forms.append(singular)
    } else if bytes.count > 3, bytes.last == UInt8(ascii: "s"),
      !["ss", "us", "is"].contains(where: word.hasSuffix)
    {
      if word.hasSuffix("ies") {
        forms.append(String(word.dropLast(3)) + "y")
      } else {
        forms.append(String(word.dropLast()))
        if ["ches", "shes", "xes", "ses"].contains(where: word.hasSuffix) { forms.append(String(word.dropLast(2))) }
      }
    }
    return forms
  }

  /// Singular readings of a term whose last word looks plural ("kidney stones" → "kidney stone"); empty
  /// when it does not. Like plurals, an extra form that is not English costs nothing.
  static func singulars(of term: String) -> [String] {
    guard let (head, word) = splitLastWord(term) else { return [] }
    let lower = word.lowercased()
    if let singular = irregularSingulars[lower] { return [head + matchCase(singular, like: word)] }
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

  private static let irregularSingulars: [String: String] = {
    var map: [String: String] = [:]
    for (singular, plurals) in irregularPlurals { for plural in plurals where plural != singular { map[plural] = singular } }
    return map
  }()

  /// The term and its verb forms (inflecting its first word: "lead to" → "leads to", "led to").
  static func verbForms(of term: String) -> [String] {
    let parts = term.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
    let word = String(parts[0])
    guard word.allSatisfy({ $0.isLetter && $0.isLowercase }), word.count > 1 else { return [term] }
    let tail = parts.count > 1 ? " " + parts[1] : ""
    return [term] + verbForms(word).map { $0 + tail }
  }

  private static let irregularPlurals: [String: [String]] = [
    "mouse": ["mice"], "child": ["children"], "man": ["men"], "woman": ["women"], "person": ["people"],
    "tooth": ["teeth"], "foot": ["feet"], "datum": ["data"], "criterion": ["criteria"],
    "phenomenon": ["phenomena"], "bacterium": ["bacteria"], "analysis": ["analyses"], "diagnosis": ["diagnoses"],
    "hypothesis": ["hypotheses"], "thesis": ["theses"], "fish": ["fish", "fishes"], "sheep": ["sheep"],
    "series": ["series"], "species": ["species"], "index": ["indices", "indexes"], "vertebra": ["vertebrae"],
    "larva": ["larvae"], "nucleus": ["nuclei"], "stimulus": ["stimuli"], "fungus": ["fungi", "funguses"],
  ]

  private static let irregularVerbs: [String: [String]] = [
    "lead": ["leads", "led", "leading"], "make": ["makes", "made", "making"], "cause": ["causes", "caused", "causing"],
    "keep": ["keeps", "kept", "keeping"], "fight": ["fights", "fought", "fighting"], "give": ["gives", "gave", "given", "giving"],
    "take": ["takes", "took", "taken", "taking"], "do": ["does", "did", "done", "doing"], "have": ["has", "had", "having"],
    "be": ["is", "are", "was", "were", "been", "being"], "show": ["shows", "showed", "shown", "showing"],
    "prove": ["proves", "proved", "proven", "proving"], "beat": ["beats", "beat", "beaten", "beating"],
    "rid": ["rids", "rid", "ridding"], "undo": ["undoes", "undid", "undone", "undoing"],
    "strengthen": ["strengthens", "strengthened", "strengthening"],
  ]

  private static func nounPlurals(_ word: String) -> [String] {
    let lower = word.lowercased()
    if let irregular = irregularPlurals[lower] { return irregular.map { matchCase($0, like: word) } }
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

  private static func verbForms(_ word: String) -> [String] {
    if let irregular = irregularVerbs[word] { return irregular }
    var forms: [String] = []
    // Third person singular.
    if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
      || word.hasSuffix("sh") || word.hasSuffix("o")
    {
      forms.append(word + "es")
    } else if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      forms.append(String(word.dropLast()) + "ies")
    } else {
      forms.append(word + "s")
    }
    // Past and present participle.
    if word.hasSuffix("e") && !word.hasSuffix("ee") {
      forms += [word + "d", String(word.dropLast()) + "ing"]
    } else if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      forms += [String(word.dropLast()) + "ied", word + "ing"]
    } else {
      forms += [word + "ed", word + "ing"]
      if let last = word.last, endsInConsonantVowelConsonant(word) {
        forms += [word + String(last) + "ed", word + String(last) + "ing"]
      }
    }
    return forms
  }

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
