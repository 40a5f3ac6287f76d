/// Word lists the ``SentenceSplitter`` uses to decide whether a period ends a sentence.
///
/// All entries are lowercase and written without their final period (`e.g`, `u.s`, `dr`).
public enum Abbreviations {
  /// How an abbreviation behaves before the next word.
  public enum Kind: Sendable, Hashable {
    /// Never ends a sentence: titles before names (`Dr.`), `e.g.`, `vs.`, `approx.`, `Fig.`.
    case neverFinal
    /// Does not end a sentence before a digit or lowercase word, but does before a capitalised word:
    /// `No. 5` but `The answer was no. The…`; `etc.`, `et al.` and month names behave the same way.
    case finalBeforeCapital
    /// Degrees, places and times (`Ph.D.`, `U.S.`, `a.m.`, `Inc.`): ends a sentence only when the next word is a
    /// typical sentence opener (``sentenceOpeners``), so `the U.S. FDA` stays whole but `the U.S. The` splits.
    case ambiguous
  }

  /// The kind of a word written before a period, if it is an abbreviation.
  public static func kind(of word: String) -> Kind? {
    if neverFinal.contains(word) { return .neverFinal }
    if finalBeforeCapital.contains(word) { return .finalBeforeCapital }
    if ambiguous.contains(word) { return .ambiguous }
    return nil
  }

  public static let neverFinal: Set<String> = [
    // Titles that precede a name.
    "dr", "drs", "mr", "mrs", "ms", "mx", "prof", "st", "rev", "hon", "gen", "col", "capt", "lt", "sgt", "fr",
    // Latin and linking abbreviations.
    "e.g", "eg", "i.e", "ie", "vs", "v", "cf", "viz", "approx", "appr", "ca", "c", "incl", "esp", "resp",
    "w.r.t", "a.k.a", "aka",
    // References into a publication.
    "fig", "figs", "vol", "vols", "pp", "ch", "chap", "sec", "sect", "ed", "eds", "eq", "eqs", "ref", "refs",
    "suppl", "nos",
  ]

  public static let finalBeforeCapital: Set<String> = [
    "etc", "no", "p", "al", "max", "min", "avg", "est", "tbsp", "tsp", "oz", "lb", "lbs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  public static let ambiguous: Set<String> = [
    "u.s", "u.k", "e.u", "u.n", "u.s.a", "d.c", "ph.d", "phd", "m.d", "d.o", "r.d", "r.n", "b.sc", "m.sc", "m.s",
    "b.s", "b.a", "m.a", "m.p.h", "d.sc", "n.d", "a.m", "p.m", "a.d", "b.c", "inc", "ltd", "co", "corp", "llc",
    "jr", "sr", "bros", "dept", "univ", "assn", "assoc", "intl", "govt", "mfg",
  ]

  /// Words that take a single capital letter after them (`vitamin D.`, `hepatitis B.`, `type A.`), so the
  /// letter before a period is not an initial.
  public static let letterTakers: Set<String> = [
    "vitamin", "vitamins", "hepatitis", "type", "types", "group", "groups", "class", "grade", "stage", "phase",
    "plan", "part", "schedule", "zone", "appendix", "section", "step", "option", "level", "category", "size",
    "blood", "strain", "serotype", "subtype", "factor", "protein", "coenzyme", "complex", "form", "list", "tier",
    "influenza", "flu", "omega",
  ]

  /// Words that commonly open a sentence; used where a capitalised word alone cannot tell a sentence start
  /// from a name (after `U.S.`, or after a single capital letter that may be an initial).
  public static let sentenceOpeners: Set<String> = [
    "the", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "for", "from", "with",
    "without", "a", "an", "as", "but", "and", "or", "so", "yet", "however", "therefore", "thus", "also",
    "moreover", "furthermore", "still", "then", "if", "when", "while", "although", "though", "because",
    "since", "after", "before", "we", "you", "your", "our", "they", "their", "he", "she", "his", "her", "i",
    "there", "here", "some", "many", "most", "few", "all", "each", "every", "one", "no", "not", "what", "why",
    "how", "who", "which", "where", "do", "don't", "does", "is", "are", "was", "were", "can", "may", "should",
    "take", "talk", "ask", "consult", "check", "avoid", "speak", "keep", "see", "read", "try", "use", "learn",
    "find", "note", "remember", "always", "never", "only", "both", "other", "such", "overall", "instead",
    "similarly", "likewise", "finally", "first", "second", "third", "next", "today", "research", "studies",
    "evidence", "people", "adults", "children", "women", "men",
  ]
}
