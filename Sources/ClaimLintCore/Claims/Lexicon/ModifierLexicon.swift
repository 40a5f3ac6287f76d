/// Words that change how strongly a relation is stated: modals, hedges, negation, null results, boosters.
///
/// Sources (`/work/shared/reference/domain.md`): §1.3 L2 "may/might/could (+ adverb) + causal verb",
/// L2c "can + verb" (🧪 27 → direct 59%, so "can" stays with direct claims), "potential(ly)", "possible";
/// §2 GRADE wording ("probably"/"likely" = moderate certainty, "may" = low, "may result in little to no
/// difference", "the evidence is very uncertain"); §7 BioScope/Szeged hedge cues (may, suggest, indicate,
/// whether, might, could, appears, likely, possible, putative, potential, thought, seems, possibly,
/// unclear, perhaps, probably, presumably); §1.3 L0 negative cues ("not associated", "did not differ",
/// "no significant difference").
enum ModifierLexicon {
  static let entries: [LexiconEntry] =
    LexiconEntry.list(.conditionalModal, ["may", "might", "could", "would", "may well", "might well"])
    + LexiconEntry.list(.canModal, ["can", "able to", "~be capable of", "~have the power|ability|capacity to"])
    + LexiconEntry.list(
      .deonticModal,
      [
        "should", "must", "ought to", "~need to", "~have to", "shall",
      ])
    + LexiconEntry.list(
      .hedgeAdverb,
      [
        "possibly", "potentially", "probably", "likely", "most likely", "perhaps", "presumably", "plausibly",
        "conceivably", "apparently", "seemingly", "putatively", "arguably", "maybe", "in part", "theoretically",
        "hypothetically", "reportedly",
      ])
    + LexiconEntry.list(
      .hedgeRaising,
      [
        "~appear to", "~seem to", "likely to", "unlikely to", "thought to", "believed to", "expected to",
        "hypothesized to", "hypothesised to", "presumed to", "suspected to", "speculated to", "predicted to",
        "~have the potential to", "assumed to", "estimated to", "projected to", "postulated to", "proposed to",
        "considered to", "~promise to",
        "it is possible that", "it is likely that", "it is plausible that", "it is conceivable that",
        "it appears that", "it seems that", "it is thought that", "it is believed that", "it is hypothesized that",
        "it is unlikely that",
      ])
    + LexiconEntry.list(
      .hedgeAdjective,
      [
        "potential", "possible", "putative", "plausible", "probable", "suggestive", "hypothetical", "presumed",
        "apparent", "preliminary", "promising",
      ])
    + LexiconEntry.list(
      .factiveRaising,
      [
        "shown to", "found to", "proven to", "proved to", "known to", "demonstrated to", "observed to",
        "confirmed to", "reported to", "~tend to", "~continue to", "~serve to", "~act to", "~go on to",
        "~work to",
      ])
    + LexiconEntry.list(
      .negation,
      [
        "not", "n't", "never", "no", "neither", "nor", "~fail to", "no longer", "without", "lack of",
        "absence of", "none of", "nothing", "unable to", "not been shown",
        // A denied or missing body of evidence, whatever its quality: "no good evidence that".
        "no|little|insufficient good|valid|clear|strong|convincing|consistent|reliable|robust|conclusive|firm|"
          + "direct|scientific|sufficient|compelling|definitive|real? evidence|proof",
      ])
    + LexiconEntry.list(
      .nullResult,
      [
        "little|no|any significant? difference|differences|change|changes|effect|effects",
        "little or|to no appreciable|meaningful|significant|discernible|measurable|detectable|substantial|"
          + "noticeable|important|additional|clinical? difference|differences|effect|effects|change|benefit|impact",
        "not significantly different",
        "no statistically significant difference|differences", "not significant", "nonsignificant",
        "non-significant", "no more|less effective",
        // Equivalence: "as effective as surgery" states no difference between the two.
        "as effective|efficacious|good|safe|beneficial|useful|helpful|harmful|protective as",
      ])
    + LexiconEntry.list(
      .booster,
      [
        "clearly", "definitely", "conclusively", "undoubtedly", "certainly", "unequivocally", "proven",
        "clinically proven", "scientifically proven", "proof", "proves", "proved", "guaranteed", "always",
        "without doubt", "beyond doubt",
      ])
}
