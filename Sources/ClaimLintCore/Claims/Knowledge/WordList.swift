/// A word list the analyzer reads, by its name in the `analyzer:` lists of `Rules/analyzer/`.
///
/// The YAML name is the case name in kebab case (`measureNouns` is `measure-nouns`). Phrase lists are
/// named after their ``CueCategory``; tables of forms after ``FormsTable``.
enum WordList: Int, CaseIterable, Sendable {
  // grammar.yml
  case determiners, prepositions, coordinators, subordinators, relativePronouns, pronouns, beForms, haveForms
  case doForms, modals, negators, quantifiers, copulas, adjectives, adverbs, lyNonAdverbs, abbreviations
  case letterNames, clauseOpeners, commaConnectives, commaRelatives, resultAdverbs, commaClauseOpeners
  case clauseJoiningCoordinators, clauseStarters, argumentStops
  // predicates.yml
  case measureNouns, stateParticiples, pluralNounForms, objectNouns, objectNounFollowers, adjectiveSuffixes
  case pluralsWithoutS, pluralDeterminers, subjectHeadPrepositions, agentMarkers, questionWords, massQuantifiers
  case irregularRaisingParticiples, relativeComplementizers
  // relations.yml
  case effectCompounds, effectPrefixes, lightVerbs, researchSubjects, cognitiveVerbs, necessityWords
  case expletiveSubjects, nameDeterminers, nameHeads, nameListJoiners, concernNouns, evaluativeAdjectives
  case predictiveValues, hedgingCopulas, effectStems, effectNouns, causeStems, prognosticAdjectives, comparatives
  case comparedVerbs, positiveDegrees, riskNouns, comparisonMarkers, amountWords, amountAfterThan, groupMarkers
  case positiveGroupMarkers, possessionVerbs, unmeasuredPrepositions, changeVerbs, changeFollowers, resultatives
  case expletiveResultatives, riskPlacers, causatives, pastCausatives, partitiveWords, predicativeSkips
  case instrumentParticiples, presentingVerbs, additiveWords, headlineSkips, gerundPrepositions, nounNegators
  case evidenceOfNouns, countWords, approximators, riskDegrees, prevalenceVerbs
  // modifiers.yml
  case denyingHedges, verbGroupAmounts, nounNegationHeads, evidenceDenialStarts, localNegators, negationBreaks
  // frames.yml
  case complementNouns, evidenceNouns, questionVerbs, evidenceSources, initialSkips, complementizers
  case distancingAdverbs, relativeOpeners, researchAimMarkers, writerSubjects, quoteSpeechVerbs
  case distancingSpeechVerbs, adviceStems, adviceClauseOpeners, needNouns, needParticiples, citationOpeners
  case researchObjects, frameFollowers, researchWords, researchVerbs, passiveResearchVerbs, aimVerbs
  case imperativeOpeners, imperativePrepositions, importanceAdjectives, adjectiveObjectPrepositions
  case argumentEffectPrefixes
  // evidence.yml
  case observationalStudyHeads, randomizedStudyHeads, nonRandomizedMarkers, nameJoiners
  // inflection.yml
  case doubledLVerbs

  /// The name in the data files.
  var name: String { KnowledgeNames.kebab(String(describing: self)) }
}

/// A table of forms the analyzer or the inflection engine reads.
enum FormsTable: Int, CaseIterable, Sendable {
  /// Contractions split into two tokens: "it's" → "it" "is", "cannot" → "can" "not".
  case contractions
  /// Stems before `n't` that are spelled differently: "ca" (can't) → "can".
  case negativeContractionStems
  /// Irregular verbs: lemma → third person, past forms, gerund.
  case irregularVerbs
  /// Auxiliaries inflected in rule lexicons only: lemma → forms.
  case auxiliaryVerbs
  /// Irregular plurals: singular → plurals.
  case irregularPlurals

  var name: String { KnowledgeNames.kebab(String(describing: self)) }
}

/// Turns Swift case names into the kebab-case names of the data files.
enum KnowledgeNames {
  static func kebab(_ camel: String) -> String {
    var out = ""
    for character in camel {
      if character.isUppercase {
        out.append("-")
        out.append(contentsOf: character.lowercased())
      } else {
        out.append(character)
      }
    }
    return out
  }
}

extension CueCategory {
  /// The name of this category's phrase list in the data files.
  var name: String { KnowledgeNames.kebab(String(describing: self)) }
}
