import ClaimLintCore
import Foundation
import MCP
import Testing

@testable import ClaimLintMCP

/// The tools called in-process, as the server's handler calls them.
@Suite struct ToolCallTests {
  /// One set of tools for every test: the rules are compiled once.
  static let tools = ClaimLintTools()

  func call(_ name: String, _ arguments: [String: Value]) async -> CallTool.Result {
    await Self.tools.call(name, arguments: arguments)
  }

  func text(_ result: CallTool.Result) -> String {
    result.content.map { if case .text(let text, _, _) = $0 { text } else { "" } }.joined()
  }

  func diagnostics(_ result: CallTool.Result) -> [[String: Value]] {
    result.structuredContent?.objectValue?["diagnostics"]?.arrayValue?.compactMap(\.objectValue) ?? []
  }

  @Test func lintReportsSpansWordsAndTheFixedText() async throws {
    let result = await call("lint_text", ["text": "# Ginger\n\nThis trial proves that ginger eases nausea.\n"])
    #expect(result.isError == false)
    let proof = try #require(diagnostics(result).first { $0["rule"] == "causal/proof-language" })
    #expect(proof["text"] == "proves")
    #expect(proof["line"] == .int(3))
    #expect(proof["column"] == .int(12))
    #expect(proof["offset"] == .int(21))
    let fixed = try #require(result.structuredContent?.objectValue?["fixedText"]?.stringValue)
    #expect(fixed == "# Ginger\n\nThis trial suggests that ginger eases nausea.\n")
    // The text content is the structured content, for clients that read only text.
    let decoded = try JSONDecoder().decode(Value.self, from: Data(text(result).utf8))
    #expect(decoded == result.structuredContent)
  }

  @Test func positionsOfOneAreNumbersNotBooleans() async throws {
    let result = await call("lint_text", ["text": "Miracle cure.\n"])
    let first = try #require(diagnostics(result).first)
    #expect(first["line"] == .int(1))
    #expect(first["column"] == .int(1))
    #expect(first["offset"] == .int(0))
  }

  @Test func inputTooLargeIsAToolErrorNamingTheLimit() async {
    let huge = await call("lint_text", ["text": .string(String(repeating: "a", count: InputLimits.textBytes + 1))])
    #expect(huge.isError == true)
    #expect(text(huge).contains("\(InputLimits.textBytes + 1) bytes; the limit is \(InputLimits.textBytes)"))
    let encoded = Data(count: InputLimits.textBytes + 3).base64EncodedString()
    #expect(await call("lint_text", ["text_base64": .string(encoded)]).isError == true)
    let sentence = String(repeating: "tea ", count: InputLimits.sentenceBytes / 4 + 1)
    #expect(await call("judge_sentence", ["sentence": .string(sentence)]).isError == true)
    let configuration = String(repeating: "#", count: InputLimits.configurationBytes + 1)
    #expect(await call("lint_text", ["text": "x", "configuration": .string(configuration)]).isError == true)
  }

  @Test func base64MayBeWrappedButMustBeBase64() async {
    let wrapped = "IyBHaW5nZXIKClRoaXMgdHJpYWwgcHJvdmVz\nIHRoYXQgZ2luZ2VyIGVhc2VzIG5hdXNlYS4K"
    let result = await call("lint_text", ["text_base64": .string(wrapped)])
    #expect(diagnostics(result).contains { $0["rule"] == "causal/proof-language" })
    let bad = await call("lint_text", ["text_base64": "not base64!"])
    #expect(bad.isError == true)
    #expect(text(bad) == "'text_base64' is not valid base64.")
    let both = await call("lint_text", ["text": "a", "text_base64": "YQ=="])
    #expect(text(both) == "give 'text' or 'text_base64', not both.")
  }

  @Test func aTextThatLooksLikeADataURLIsStillText() async throws {
    // The SDK reads such a string as data; the tool must see the string the client sent.
    let arguments = try JSONDecoder().decode(
      [String: Value].self, from: Data(#"{"text":"data:text/plain;base64,TWlyYWNsZSBjdXJlLg=="}"#.utf8))
    if case .data? = arguments["text"] {} else { Issue.record("the SDK no longer reads data URLs as data") }
    let tool = try Self.tools.catalog.tool("lint_text")
    #expect(try ToolArguments(arguments, for: tool).string("text") == "data:text/plain;base64,TWlyYWNsZSBjdXJlLg==")
    let result = await Self.tools.call("lint_text", arguments: arguments)
    #expect(result.isError == false)
    #expect(!diagnostics(result).contains { $0["rule"] == "hype/miracle-words" })
  }

  @Test func mistakesInACallAreToolErrorsThatSayWhatToDo() async {
    #expect(text(await call("lint_text", ["text": 5])) == "lint_text: 'text' must be a string.")
    #expect(text(await call("lint_text", ["text": "a", "profiles": "eu"])) == "lint_text: 'profiles' must be an array of strings.")
    #expect(text(await call("lint_text", ["text": "a", "format": "pdf"])).hasPrefix("unknown format 'pdf'"))
    #expect(text(await call("judge_sentence", [:])) == "judge_sentence needs the argument 'sentence'.")
    #expect(text(await call("lint", [:])).hasPrefix("no tool 'lint'; the tools are lint_text, "))
    let typo = await call("explain_rule", ["rule": "hype/miracle-word"])
    #expect(typo.isError == true)
    #expect(text(typo).contains("did you mean 'hype/miracle-words'?"))
  }

  @Test func configurationErrorsAreToolErrorsWithTheirPlace() async {
    let result = await call("lint_text", ["text": "Plain words.", "configuration": "fail-on: sometimes\n"])
    #expect(result.isError == true)
    #expect(text(result).contains(".claimlint.yml:1:"))
  }

  @Test func judgeGivesStrengthCuesAndEvidence() async throws {
    let result = await call("judge_sentence", ["sentence": "Beet juice may improve stamina in older cyclists."])
    let judged = try #require(result.structuredContent?.objectValue)
    #expect(judged["strength"] == "conditional")
    let cues = judged["cues"]?.arrayValue?.compactMap { $0.objectValue?["kind"]?.stringValue } ?? []
    #expect(cues.contains("hedge"))
    #expect(cues.contains("exposure"))
    let trial = await call("judge_sentence", ["sentence": "In a randomized trial, beet juice improved stamina."])
    #expect(trial.structuredContent?.objectValue?["evidence"] == ["randomized"])
  }

  @Test func listAndExplainAgreeWithTheRules() async throws {
    let listed = await call("list_rules", [:])
    let ids = listed.structuredContent?.objectValue?["rules"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue }
    #expect(ids == TextLinter().rules.map(\.id))
    let explained = await call("explain_rule", ["rule": "hype/miracle-words"])
    #expect(text(explained).hasPrefix("hype/miracle-words (warning, match)"))
    #expect(explained.structuredContent?.objectValue?["severity"] == "warning")
    let eu = await call("list_rules", ["profiles": ["eu"]])
    let profiles = eu.structuredContent?.objectValue?["rules"]?.arrayValue?.compactMap { $0.objectValue?["profile"] }
    #expect(profiles == ["eu"])
  }
}
