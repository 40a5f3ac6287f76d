import Testing

@testable import ClaimLintCore

/// A run builds the literal prefilter only when it has enough text to repay it; the findings are the same.
@Suite struct PrefilterThresholdTests {
  static let page = """
    # Sea buckthorn oil

    Sea buckthorn oil cures dry eye, and research proves it prevents macular degeneration. Take 10,000 IU
    of vitamin D every day with it.

    """

  func tree() -> MemoryFileSystem {
    MemoryFileSystem([
      "/w/a.md": Self.page, "/w/b.md": String(repeating: "Plain words about walking. ", count: 40) + "\n",
    ])
  }

  @Test func theInputsHoldTextByTheirSizes() {
    let files = tree()
    let plan = LintPlan(inputs: [
      LintInput(path: "a.md", format: .markdown, bytes: nil, absolutePath: "/w/a.md"),
      LintInput(path: "b.md", format: .markdown, bytes: nil, absolutePath: "/w/b.md"),
      LintInput(path: "c.md", format: .markdown, bytes: Array("Twelve bytes".utf8), absolutePath: "/w/c.md"),
    ])
    let total = Self.page.utf8.count + 27 * 40 + 1 + 12
    #expect(plan.holdsText(atLeast: total, in: files))
    #expect(!plan.holdsText(atLeast: total + 1, in: files))
    #expect(plan.holdsText(atLeast: 0, in: files))
    #expect(!LintPlan().holdsText(atLeast: 1, in: files))
  }

  @Test func findingsAreTheSameWithAndWithoutThePrefilter() {
    func diagnostics(minimum: Int) -> [String] {
      var options = LintWorkspace.Options(configuration: .none)
      options.prefilterMinimumBytes = minimum
      var space = LintWorkspace(options: options, currentFolder: "/w", fileSystem: tree())
      let outcome = space.lint([.path(".")])
      return outcome.files.flatMap { file in file.report.diagnostics.map { "\(file.report.path) \($0.range) \($0.ruleID)" } }
    }
    let filtered = diagnostics(minimum: 0)
    #expect(filtered.count >= 3)
    #expect(diagnostics(minimum: .max) == filtered)
  }
}
