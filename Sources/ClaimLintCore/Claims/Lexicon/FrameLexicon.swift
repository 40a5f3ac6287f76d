/// Words that frame a relation: whose claim it is, whether it is asserted, asked about, needed or advised.
///
/// Sources (`/work/shared/reference/domain.md`): §1.3 "suggest(s)" (🧪 splits across all classes — don't
/// classify on it alone); §7 Szeged hedge cues "whether", "unclear", "little is known" (hypo_investigation);
/// §2 "we are uncertain whether", "the evidence is very uncertain"; §1.4 advice cues ("should",
/// "recommend", "advise", imperatives) and caveats ("more research is needed"); §6.2 "studies show",
/// "research shows" (reporting); the brief's reported-speech example ("claims that K2 'cures' …").
enum FrameLexicon {
  static let entries: [LexiconEntry] =
    LexiconEntry.list(.reportingVerb, [
      "~suggest", "~indicate", "~show", "~demonstrate", "~confirm", "~reveal", "~find", "~conclude",
      "~support", "~imply", "~establish", "~observe", "~provide evidence|support", "~highlight", "~document",
      "~report", "~note", "~prove", "~verify", "~corroborate", "~reinforce", "~point to", "~add to", "~underscore", "~emphasize", "~emphasise",
      "~identify", "~evidence", "~strengthen the evidence", "~know that",
    ])
    + LexiconEntry.list(.evidentialHedge, [
      "~suggest", "~indicate", "~imply", "~point to", "~hypothesize", "~hypothesise", "~speculate",
      "~propose", "suggestive of", "consistent with",
    ])
    + LexiconEntry.list(.attribution, [
      "~claim", "~allege", "~purport", "purportedly", "supposedly", "allegedly", "so-called", "~tout",
      "~insist", "~promise", "~advertise", "~market as", "~bill as", "~swear", "~boast",
      "would have you believe",
    ])
    + LexiconEntry.list(.speech, [
      "~say", "said to", "according to", "~argue", "~maintain that", "~contend", "~assert", "~warn", "~tell",
      "~explain", "~add that",
    ])
    + LexiconEntry.list(.belief, [
      "~believe", "~think", "~suspect", "~feel that", "~hypothesize", "~hypothesise", "~speculate", "~propose",
      "~postulate", "~assume", "~presume", "the possibility that", "~raise the possibility",
    ])
    + LexiconEntry.list(.question, ["whether", "?", "if or how", "whether or not"])
    + LexiconEntry.list(.embeddedQuestion, ["how", "why"])
    + LexiconEntry.list(.researchAim, [
      "~determine", "~examine", "~investigate", "~assess", "~evaluate", "~explore", "~test", "~clarify",
      "~elucidate", "~study", "~address", "~understand", "~compare", "~measure", "~quantify", "~characterize",
      "~characterise", "~ascertain", "~analyze", "~analyse", "~estimate", "~describe", "~identify",
      "~validate", "~replicate", "~confirm", "~establish", "~define", "~verify", "~detect", "~monitor",
      "~inform", "~guide", "~design",
    ])
    + LexiconEntry.list(.uncertainty, [
      "unclear", "unknown", "uncertain", "not known", "not clear", "~remain to be", "little is known",
      "~be debated", "controversial", "inconclusive", "conflicting", "questionable", "remains elusive",
      "very uncertain", "open question", "under debate", "not yet known", "not well understood",
      "poorly understood", "not fully understood", "not been established", "yet to be",
    ])
    + LexiconEntry.list(.need, [
      "needed", "required", "warranted", "necessary", "~warrant", "~merit", "~require",
      "need for", "future research|studies|study|trials|work|investigation|investigations",
      "further research|studies|study|trials|work|investigation|investigations|evaluation|exploration|analysis",
      "more research|studies|trials|work", "additional research|studies|trials", "larger studies|trials",
      "research is needed", "~deserve", "~call for", "~await",
    ])
    + LexiconEntry.list(.purpose, [
      "in order to", "so as to", "aimed at", "aiming at", "~aim to", "designed to", "~seek to", "~attempt to",
      "~try to", "intended to", "~strive to", "with the aim of", "with the goal of", "to help",
    ])
    + LexiconEntry.list(.condition, ["if", "unless", "provided that", "in case", "only if"])
    + LexiconEntry.list(.subordinate, [
      "although", "though", "even though", "whereas", "while", "whilst", "because", "since", "given that",
      "despite", "in spite of", "as long as",
    ])
    + LexiconEntry.list(.advice, [
      "should", "must", "ought to", "~recommend", "~advise", "recommended", "advisable", "~encourage",
      "you need to", "you have to", "make sure", "be sure to", "talk to|with your", "ask your", "check with your",
      "it is important to", "it is essential to", "it is best to", "it is wise to", "it is advisable to",
      "you may want to", "you might want to", "~urge",
      // Weak advice (Li et al. 2021): permission and endorsement of a practice.
      "can|could|may|should be used|considered|offered|prescribed|implemented|recommended|applied|given|adopted",
      "is|are|was|were needed|warranted|required", "may|might be needed|warranted|required", "~need to",
      "is|are necessary to", "is|are|was|were not needed|necessary|recommended|required|warranted|advised",
      "viable|suitable|safe|attractive|appropriate|acceptable|reasonable|good|effective|valuable|useful alternative|option|choice|approach",
    ])
    + LexiconEntry.list(.imperative, [
      "take", "eat", "avoid", "try", "add", "limit", "choose", "drink", "swap", "cut", "skip", "use", "start",
      "stop", "get", "keep", "include", "replace", "switch", "ask", "talk", "check", "aim", "reduce", "increase",
      "boost", "make", "don't", "do not", "never", "always", "stay", "go", "opt", "stick", "have", "give",
      "protect", "fight", "speak", "see", "visit", "tell", "remember", "look", "consider",
    ])
}
