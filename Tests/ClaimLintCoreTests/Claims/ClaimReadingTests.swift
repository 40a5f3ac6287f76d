import Testing

@testable import ClaimLintCore

/// Word-class readings and scope cases: adjective or verb, noun or verb, what a negation governs, predicates
/// that state an effect, headlines without a verb, and counts that state no cause.
@Suite("Claim strength: readings, denials, predicates, headlines")
struct ClaimReadingTests {
  static let readings: [StrengthCase] = [
    // A participle conjoined inside the object of "associated with" is an adjective, not a second verb.
    .init("Obesity was associated with higher insulin levels and reduced bone turnover.", .correlational),
    .init("Snoring is linked to poorer sleep and impaired memory in older men.", .correlational),
    // A verb conjoined after a verb with its own object stays a verb.
    .init("The programme lowered blood pressure and reduced the number of strokes.", .causal),
    // An acronym in a list of names is a name, not a verb.
    .init("The clinic treats patients with TB, AIDS and hepatitis at no cost to them.", .none),
    // A plural noun form with no object is a noun: "no health benefits".
    .init("Detox teas have no proven health benefits.", .causal, negated: true),
    .init("Walking was associated with better mood and measured heart benefits.", .correlational),
    // A noun inside a prepositional object is no plural subject: "for … complications after hernia repair".
    .init("Smoking is a risk factor for wound complications after hernia repair.", .correlational),
    // Noun forms inside the object of a relation, or heading a subject before an auxiliary.
    .init("Anaemia was associated with motor and language delays in toddlers.", .correlational),
    .init("Side impacts were more often reported in older drivers than in younger ones.", .correlational),
    // "help" with a verb of knowing is no causal claim, adverb or not.
    .init("Blood tests can help reliably identify patients at risk.", .none),
    // A relation noun about the research itself is no claim.
    .init("The practical impact of these findings is probably small.", .none),
    // "too much" ends a subject; the verb after it is finite.
    .init("Drinking too much increases the risk of liver disease.", .causal),
    // Plural subjects with examples: "such as", "including".
    .init("Sugary drinks such as cola raise the risk of tooth decay.", .causal),
    .init("Painkillers including aspirin increase the risk of stomach bleeding.", .causal),
    .init("Reminders delivered in primary care improve attendance at clinics.", .causal),
    // "or more" closes a quantity: the participle after it is the verb.
    .init("Doses of 2 g or more lowered triglycerides within weeks.", .causal),
    // Degree adverbs inside the verb group.
    .init("Long commutes could almost triple the odds of burnout.", .conditional),
    // British spelling with a doubled consonant.
    .init("Cheap snacks are fuelling childhood obesity.", .causal),
  ]

  static let denials: [StrengthCase] = [
    // A missing body of evidence denies the claim, whatever adjective describes the evidence.
    .init("There is no good evidence that fish oil prevents dementia.", .causal, negated: true),
    .init("There is insufficient evidence that zinc shortens colds.", .causal, negated: true),
    .init("There is little evidence to show that copper bracelets ease arthritis pain.", .causal, negated: true),
    // "unlikely to" hedges toward denial.
    .init("Vitamin C is unlikely to shorten a cold.", .conditional, negated: true),
    .init("It is unlikely that fluoride lowers IQ at these levels.", .conditional, negated: true),
    // A reduced relative inherits the denial of its noun.
    .init("We saw no higher risk of hearing loss linked to the antibiotic.", .correlational, negated: true),
    // "little to no" with or without an adjective is a null result, not "to" + a topic.
    .init("Zinc had little to no effect on cold duration.", .causal, negated: true),
    .init("Fish oil had little or no meaningful effect on mood.", .causal, negated: true),
    // "whether" before a preposition lists alternatives; it asks nothing.
    .init("Iron, whether as tablets or as syrup, raises ferritin levels.", .causal),
    // Equivalence states no difference.
    .init("Walking is as effective as running for heart health.", .causal, negated: true),
    // "not just" adds; it does not deny.
    .init("Olive oil is not just good for your arteries but for your skin as well.", .causal),
  ]

  static let predicates: [StrengthCase] = [
    // Necessity and blame predicates state that X brings about Y.
    .init("Regular sleep is essential for healthy growth in toddlers.", .causal),
    .init("Iodine is crucial for brain growth in the unborn child.", .causal),
    .init("Poor diet may be to blame for the rise in gout.", .conditional),
    .init("Stress might be one of the reasons for hair loss in young women.", .conditional),
    .init("The rash is the result of an allergy to nickel.", .causal),
    // Agent nouns of an effect.
    .init("A Danish team has pinpointed the underlying cause of cluster headaches.", .causal),
    .init("Dehydration is a possible trigger for migraine.", .conditional),
    .init("Our results point to a role for gut bacteria in depression.", .causal),
    .init("Rising rates of rickets are a cause for concern.", .none),
    // A noun predicate keeps its own modal beside a participle clause: "could be the cause of".
    .init("Mutations affecting the gene could be the cause of the disease.", .conditional),
    // A causal connective after "be" is the predicate, not a side remark.
    .init("The rise in rickets is largely due to low vitamin D intake.", .causal),
    .init("Rising obesity may be behind the increase in gout.", .conditional),
    .init("Deaths due to influenza were higher among older adults than younger adults.", .correlational),
    .init("The new drug may do more harm than good.", .conditional),
    // Not when the subject is extraposed or the complement is knowing, not changing.
    .init("It is vital to repeat this work with more patients.", .none),
    .init("Gut bacteria are key to understanding obesity.", .none),
    // Further verbs and participles of change and association.
    .init("Air pollution heightens the risk of asthma attacks.", .causal),
    .init("Smokers had a heightened risk of stroke compared with non-smokers.", .correlational),
    .init("Vaping is tied to lung injury in teenagers.", .correlational),
    .init("Heavy drinking takes a toll on the liver.", .causal),
    .init("Better blood sugar control translated to fewer amputations.", .causal),
    .init("The allergen elicited a strong immune response in mice.", .causal),
    // "put X at risk" with any object; a coordinated one shares the first verb's modal.
    .init("Skipping vaccines puts their children at risk of measles.", .causal),
    .init("Late nights could be harming teenagers and putting their grades at risk.", .conditional),
    // "make X more likely": a causative with its result.
    .init("Sugary drinks make children more likely to develop cavities.", .causal),
    .init("Loud bedrooms could make it harder to fall asleep.", .conditional),
    .init("The wide intervals made certain comparisons difficult.", .none),
    // A quoted object does not make a change verb intransitive.
    .init("Plain packaging reduces 'craving' scores by a tenth.", .causal),
    // An amount on the verb: "more than doubles".
    .init("Night shifts more than double the risk of weight gain.", .causal),
    // An instrument: "could be used to prevent".
    .init("Low-dose aspirin could be used to prevent pre-eclampsia.", .conditional),
  ]

  static let headlinesAndCounts: [StrengthCase] = [
    // A headline leaves out the copula; an adjective right after its subject is predicative.
    .init("Tai chi beneficial for knee arthritis", .causal),
    .init("Group therapy moderately effective", .causal),
    // Attributive adjectives and verbs of finding are not predicates.
    .init("Researchers develop safe and effective nasal vaccine", .none),
    // How common a condition is, not what causes it.
    .init("Migraine affects about one in seven adults.", .none),
    .init("Nearly 2,000 people are affected by the outbreak.", .none),
    .init("Measles killed 140,000 people last year.", .none),
    .init("Air pollution affects lung growth in children.", .causal),
    // "at high risk" after a noun picks out a population; as a predicate it states a difference.
    .init("Among adults at high risk for stroke, the two drugs worked equally well.", .none),
    .init("Shift workers are at high risk of sleep disorders.", .correlational),
    // A title that pairs an exposure with a risk names a topic.
    .init("Night shifts and risk of breast cancer: a cohort study", .none),
  ]

  @Test(arguments: readings) func wordReadings(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: denials) func denialsAndScope(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: predicates) func causalPredicates(_ example: StrengthCase) { expectStrength(example) }
  @Test(arguments: headlinesAndCounts) func headlinesTitlesAndCounts(_ example: StrengthCase) {
    expectStrength(example)
  }
}
