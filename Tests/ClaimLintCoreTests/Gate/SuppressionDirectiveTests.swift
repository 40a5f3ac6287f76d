import Testing

@testable import ClaimLintCore

/// Parsing the words inside `claimlint-…` comments.
@Suite struct SuppressionDirectiveTests {
  func parse(_ body: String) -> Result<SuppressionDirective, DirectiveError> {
    SuppressionDirective.parse(ControlComment(range: 0..<1, body: body))
  }

  @Test func commandsSelectorsAndReason() throws {
    let next = try parse("claimlint-disable-next-line caveat/dose hype/* -- a quote from the label").get()
    #expect(next.command == .disableNextLine)
    #expect(next.selectors == [.rule("caveat/dose"), .family("hype")])
    #expect(next.reason == "a quote from the label")
    let block = try parse("claimlint-disable all").get()
    #expect(block.command == .disable && block.selectors == [.all] && block.reason == nil)
    let commas = try parse("claimlint-enable a/b,c/d , e/*").get()
    #expect(commas.command == .enable && commas.selectors == [.rule("a/b"), .rule("c/d"), .family("e")])
    let file = try parse("claimlint-disable-file hype/miracle --   ").get()
    #expect(file.command == .disableFile && file.reason == nil)
    let dashes = try parse("claimlint-disable-next-line x/y -- keep -- both dashes").get()
    #expect(dashes.reason == "keep -- both dashes")
  }

  @Test(arguments: [
    ("claimlint-disabel hype/x", "did you mean 'claimlint-disable'?"),
    ("claimlint-ignore hype/x", "unknown directive 'claimlint-ignore'"),
    ("claimlint-disable", "needs rule ids"),
    ("claimlint-disable-next-line -- no ids", "needs rule ids"),
    ("claimlint-disable Hype/Miracle", "'Hype/Miracle' in 'claimlint-disable' is not a rule id"),
    ("claimlint-disable *", "'*' in 'claimlint-disable' is not a rule id"),
    ("claimlint-disable miracle", "'miracle'"),
    ("claimlint-disable hype/x--reason", "'hype/x--reason'"),
  ])
  func problems(body: String, message: String) {
    guard case .failure(let error) = parse(body) else {
      Issue.record("'\(body)' parsed")
      return
    }
    #expect(error.message.contains(message), "\(error.message)")
  }
}
