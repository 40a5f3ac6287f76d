import ClaimLintCore
import MCP

extension ClaimLintTools {
  /// `judge_sentence`: the claim analysis of one sentence, with the knowledge of the loaded rules.
  func judge(_ arguments: ToolArguments) throws(ToolFailure) -> CallTool.Result {
    let sentence = try arguments.string("sentence") ?? ""
    try InputLimits.check(sentence.utf8.count, of: "the sentence", limit: InputLimits.sentenceBytes)
    let analysis = ClaimAnalyzer(knowledge: linter.ruleSet.knowledge).analyze(sentence)
    return Self.structured(Self.value(analysis))
  }
}
