/// Phrases that name the evidence behind a claim.
///
/// Source: `/work/shared/reference/domain.md` §1.4 "Evidence-type cues" (observational: cohort,
/// observational, cross-sectional, case-control, survey, "people who ate/took", "participants who
/// reported", epidemiological; animal / in vitro: "in mice/rats", "mouse model", "animal study", "in
/// vitro", "cell culture", "in cells", "test-tube", "petri dish") and §6.1 #4 design words (RCT,
/// observational, mice). Marked ⚠ heuristic there; named cohorts ("the … Study") are matched in
/// ``EvidenceDetector``.
enum EvidenceLexicon {
  static let entries: [LexiconEntry] =
    LexiconEntry.list(
      .observational,
      [
        "cohort study|studies|analysis|data", "cohort", "cohorts", "observational", "cross-sectional", "case-control",
        "survey", "surveys",
        "epidemiological", "epidemiologic", "population-based", "prospective study|studies|cohort|analysis|data",
        "retrospective study|studies|cohort|analysis|review|data", "longitudinal study|studies|data",
        "registry", "registries", "questionnaire", "questionnaires", "self-reported", "case series",
        "people|participants|women|men|adults|children|those|individuals|patients|subjects who "
          + "ate|eat|took|take|drank|drink|consumed|consume|reported|report|used|use|had|tend|were|"
          + "are|did",
        "mendelian randomization|randomisation", "ecological study", "follow-up study", "nested case-control",
        "database", "claims data", "national health and nutrition examination survey",
      ])
    + LexiconEntry.list(
      .randomized,
      [
        "randomized", "randomised", "randomly assigned", "randomly allocated", "rct", "rcts", "controlled trial",
        "controlled trials", "clinical trial", "clinical trials", "placebo", "placebo-controlled", "double-blind",
        "double-blinded", "single-blind", "crossover trial", "intervention trial", "trial", "trials",
      ])
    + LexiconEntry.list(
      .metaAnalysis,
      [
        "meta-analysis", "meta-analyses", "meta-analytic", "metaanalysis", "meta analysis", "systematic review",
        "systematic reviews", "pooled analysis", "umbrella review", "cochrane review", "network meta-analysis",
      ])
    + LexiconEntry.list(
      .animal,
      [
        "in mice", "in rats", "in rodents", "in animals", "in pigs", "in dogs", "in monkeys", "in zebrafish",
        "mouse", "mice", "rat", "rats", "rodent", "rodents", "murine", "animal model", "animal models",
        "animal study", "animal studies", "animal experiments", "mouse model", "rat model", "zebrafish",
        "primates", "in vivo",
      ])
    + LexiconEntry.list(
      .inVitro,
      [
        "in vitro", "cell culture", "cell cultures", "in cells", "cell line", "cell lines", "test-tube",
        "test tube", "petri dish", "cultured cells", "cultured", "in the lab", "human cells", "cancer cells",
        "in a dish", "organoids", "petri dishes", "lab dish", "lab dishes", "laboratory dishes", "tumour cells",
        "tumor cells", "test tubes",
      ])
    + LexiconEntry.list(
      .mechanistic,
      [
        "mechanism", "mechanisms", "mechanistic", "mechanistically", "pathway", "pathways", "biologically plausible",
        "in theory", "receptor", "receptors", "gene expression", "molecular", "binds to", "by inhibiting",
        "by blocking", "by activating", "by increasing", "by reducing",
      ])
}
