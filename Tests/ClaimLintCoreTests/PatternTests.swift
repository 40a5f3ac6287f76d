import Testing
@testable import ClaimLintCore

@Test func compiles() throws {
  let p = try Pattern("a")
  #expect(try p.matches(in: "aa").count == 2)
}
