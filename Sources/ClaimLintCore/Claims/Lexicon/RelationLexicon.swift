/// Phrases that state a relationship between an exposure and an outcome.
///
/// Sources (see `/work/shared/reference/domain.md`): §1.3 "Cue phrases per category" — L1 correlational
/// ("associated with", "association between", "correlated", "related to", "linked to", "predict(s)",
/// "risk factor", "higher/lower risk/rates/odds") and L3 direct causal ("causes, increases, reduces,
/// decreases, improves, prevents, leads to, results in, contributes to, affects, induces"; "is effective /
/// efficacy"; "effect of X on Y"; lay verbs "boosts, fights, protects against, strengthens, lowers, raises,
/// heals, cures"); §3.1 disease-claim verbs ("diagnose, cure, mitigate, treat, prevent, heal, reverse").
/// Further verbs of the same kind (alleviate, attenuate, worsen…) extend those lists by analogy.
enum RelationLexicon {
  static let entries: [LexiconEntry] = causalVerbs + causalOther + correlational

  /// Verbs whose finite use states that the subject changes the object (§1.3 L3, §3.1).
  static let causalVerbs: [LexiconEntry] = LexiconEntry.list(
    .causalVerb,
    [
      // §1.3 L3 list.
      "~cause", "~increase", "~reduce", "~decrease", "~improve", "~prevent", "~lead to", "~result in",
      "~contribute to", "~affect", "~induce",
      // §1.3 lay/marketing verbs and §3.1 disease-claim verbs.
      "~boost", "~fight", "~protect against|from", "~protect", "~strengthen", "~lower", "~raise", "~heal", "~cure",
      "treats", "~mitigate", "~reverse", "~tackle",
      // Same kind, by analogy: change in amount or state.
      "~alleviate", "~ameliorate", "~attenuate", "~enhance", "~promote", "~worsen", "~impair", "~exacerbate",
      "~aggravate", "~relieve", "~restore", "~inhibit", "~suppress", "~stimulate", "~trigger", "~accelerate",
      "~delay", "~slow", "~halt", "~eliminate", "~eradicate", "~diminish", "~lessen", "~minimize", "~minimise",
      "~modulate", "~influence", "~impact", "~alter", "~elevate", "~prolong", "~shorten", "~extend", "~augment",
      "~facilitate", "~hinder", "~hamper", "~impede", "~counteract", "~normalize", "~normalise", "~downregulate",
      "~upregulate", "~down-regulate", "~up-regulate", "~activate", "~damage", "~harm", "~weaken", "~benefit",
      "~predispose", "~confer", "~drive", "~mediate", "~optimize", "~optimise", "~regulate", "~interfere with",
      "~translate into|to", "~give rise to", "~elicit", "~evoke", "~provoke", "~bring about", "~precipitate", "~deteriorate", "~block", "~offset",
      "~stop", "~kill", "~destroy", "~counter", "~combat", "~detoxify", "~cleanse", "~repair", "~rebuild",
      "~lengthen", "~contribute", "~modify", "~produce", "~shape", "~cut", "~slash", "~halve", "~double", "~triple",
      "~save", "~hurt",
      "~rob", "~spare", "~dictate", "~perk up", "~disrupt", "~interrupt", "~hold a|the key to", "~curb", "~spark",
      "~speed up", "~fuel", "~irritate", "~inflame", "~heighten", "~quadruple", "~narrow", "~widen", "~spur",
      "~play a|an|its|their part in", "~do more harm than good", "~take a|an|its|their toll on",
      "~have a|an role|part to play",
      "~put|place|leave you|people|them|women|men|children|patients|kids|us|adults|babies|someone|"
        + "millions|thousands at",
      "~make you|people|kids|children|us|them|women|men|patients|someone|smokers", "ups|upped the", "~ward off",
      "~stave off", "~wipe out", "~fend off", "~put at risk", "~decelerate", "~rejuvenate", "~revitalize", "~energize",
      "~nourish", "~soothe", "~ease",
      "~play a|an role",
      "~play a|an important|key|major|significant|crucial|central|critical|causal|protective|"
        + "pivotal|vital|essential|beneficial|substantial|limited|minor|direct|prominent role",
      "~play roles", "~play important|key|major|significant|crucial|central|critical roles",
      "~make contributions", "~have a|an role",
      "~have a|an important|key|major|central|critical|causal|protective role",
      "~account for", "~attribute to",
    ])

  /// Adjectives, nouns, light verbs and connectives that state causation (§1.3 "is effective / efficacy",
  /// "effect of X on Y").
  static let causalOther: [LexiconEntry] =
    LexiconEntry.list(
      .lightCausalVerb,
      [
        "~help", "~aid", "~enable",
      ])
    + LexiconEntry.list(
      .causalAdjective,
      [
        "effective", "efficacious", "beneficial", "protective", "harmful", "detrimental", "deleterious",
        "cost-effective", "curative", "responsible for", "helpful", "advantageous", "counterproductive",
        "more efficient", "toxic", "causative",
        "treatment|treatments|therapy|therapies|remedy|cure|option|strategy|approach for|against|of",
        "therapeutic", "preventive|preventative against|of|for", "of benefit|value|help|use to|for|in", "involved in",
        "the key to", "good|bad|harmful|healthy|unhealthy|dangerous for",
        // Predicates of necessity and blame: "is essential for survival", "may be to blame", "is the result of".
        "key|critical|crucial|essential|vital|instrumental|pivotal|indispensable to|for|in", "to blame for?",
        "result|results|product of", "reason|reasons for|why|behind", "behind",
        // An evaluative adjective on a treatment noun, used predicatively: "may be a promising treatment".
        "promising|useful|effective|beneficial|valuable|viable|acceptable|successful|therapeutic|"
          + "good|suitable|efficient|efficacious|helpful|healthy|healthier treatment|treatments|therapy|"
          + "therapies|option|options|alternative|alternatives|agent|agents|strategy|strategies|approach|"
          + "approaches|tool|tools|target|targets|intervention|interventions|candidate|candidates|"
          + "measure|measures",
      ])
    + LexiconEntry.list(
      .causalNoun,
      [
        "effect", "effects", "impact", "impacts", "efficacy", "effectiveness", "benefit", "benefits", "causal",
        "causality", "causation", "causally", "consequence of", "consequences of", "influence of|on",
        "contribution|contributions of|to", "relief from|of|for", "role of|in|for", "roles of|in|for",
        // Agents of an effect: "the hidden trigger behind migraines", "a main culprit for tooth decay".
        "cause|causes|trigger|triggers|driver|drivers|culprit|culprits of|for|behind",
        "protection against|from|for", "influence",
        "contributing|predisposing|causal|causative|key|major|determining|protective factor|factors",
      ])
    + LexiconEntry.list(
      .causalConnective,
      [
        "due to", "thanks to", "down to", "because of", "as a result of", "owing to", "attributable to",
        "secondary to", "~result from",
        "~stem from", "~arise from", "caused by", "induced by", "driven by", "mediated by",
      ])

  /// Associations, predictions, risk factors and group comparisons (§1.3 L1).
  static let correlational: [LexiconEntry] =
    LexiconEntry.list(
      .correlationalVerb,
      [
        "~associate with", "associated to", "~correlate with|to", "~correlate", "~relate to", "~link to|with", "~link",
        "~tie to",
        "~connect to|with",
        "~predict", "~coincide with", "~co-occur with", "~covary with", "~track with", "~parallel", "~accompany",
        "~increase|decrease|rise|decline|fall|vary|change with|across|according", "~vary by",
        "~cluster with", "~depend on", "dependent on", "more|less common|prevalent|frequent in|among|than", "linking",
        "is|are|was|were|be|been associated",
      ])
    + LexiconEntry.list(
      .correlationalNoun,
      [
        "association", "associations", "correlation", "correlations", "correlate of", "correlates of",
        "relationship", "relationships", "relation", "relations", "interrelationship", "interrelationships",
        "link between|with|to", "links between|with|to", "link", "links", "predictor", "predictors", "predictive",
        "prognostic",
        "interaction|interactions with|between", "marker", "markers", "biomarker", "biomarkers",
        "risk factor", "risk factors", "marker of|for", "markers of|for", "biomarker of|for", "biomarkers of|for",
        "determinant", "determinants", "indicator of|for", "indicators of|for", "inversely", "positively related",
        "dose-response", "dose-dependent", "odds ratio", "hazard ratio", "relative risk", "risk ratio",
      ])
    + LexiconEntry.list(
      .comparison,
      [
        "more|less likely",
        "higher|lower|greater|increased|decreased|reduced|elevated|heightened|raised|excess|smaller|"
          + "larger risk|risks|odds|rate|rates|incidence|prevalence|mortality|likelihood|frequency|"
          + "proportion|levels|level|scores|probability|chance|chances|hazard",
        "at increased|higher|greater|elevated|high|highest|lower|low|reduced risk", "twice|three|four as likely",
        "times more likely", "times as likely",
        "~tend to have|be|show|report|eat|develop|live|experience",
        // Changes and differences observed between groups or over time.
        "improvement|improvements|reduction|reductions|increase|increases|decrease|decreases|"
          + "decline|rise|gain|loss|change|changes in|of",
        "~differ", "difference|differences between|in|among", "difference", "differences",
        "common|prevalent|frequent|widespread|rare|uncommon among|amongst", "more susceptible|vulnerable|prone",
        "less susceptible|vulnerable|prone",
      ])
}
