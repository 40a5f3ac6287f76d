import Testing

@testable import ClaimLintCore

/// `--diff` input read strictly: anything that is not a unified diff is an error, never a diff of nothing.
@Suite struct DiffInputTests {
  func read(_ text: String) -> Result<UnifiedDiff, ToolError> {
    UnifiedDiff.read(Array(text.utf8), shownAs: "changes.diff")
  }

  func problem(_ text: String) -> ToolError? {
    if case .failure(let error) = read(text) { return error }
    return nil
  }

  static let plain = """
    diff --git a/a.md b/a.md
    index 1111111..2222222 100644
    --- a/a.md
    +++ b/a.md
    @@ -1,2 +1,3 @@
     kept
    -gone
    +new one
    +new two

    """

  @Test func wellFormedDiffsAreRead() throws {
    #expect(try read(Self.plain).get().addedLines(for: "a.md") == [2, 3])
    let deleted = "diff --git a/x.md b/x.md\ndeleted file mode 100644\n--- a/x.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"
    #expect(try read(deleted).get().files.count == 1)
    let binary = "diff --git a/logo.png b/logo.png\nindex 1..2 100644\nBinary files a/logo.png and b/logo.png differ\n"
    #expect(try read(binary).get().files.first?.isBinary == true)
    let merge = "diff --cc a.md\n--- a/a.md\n+++ b/a.md\n@@@ -1,1 -1,1 +1,2 @@@\n  shared\n++added\n"
    #expect(try read(merge).get().addedLines(for: "a.md") == [2])
  }

  @Test func colourCodesAreRemoved() throws {
    let coloured = Self.plain.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? "" : "\u{1B}[1;32m" + line + "\u{1B}[m"
    }.joined(separator: "\n")
    #expect(try read(coloured).get().addedLines(for: "a.md") == [2, 3])
  }

  @Test func emptyInputIsAnEmptyDiff() throws {
    #expect(try read("").get().files.isEmpty)
    #expect(try read("\n  \n").get().files.isEmpty)
  }

  @Test func textThatIsNotADiffIsAnError() throws {
    let prose = try #require(problem("hello\nworld\n"))
    #expect(prose.description.hasPrefix("changes.diff: error: not a unified diff: no 'diff --git'"))
    let stat = " a.md | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n"
    #expect(problem(stat)?.message.contains("not --stat or --word-diff") == true)
    #expect(problem("\u{0}\u{1}PK binary")?.message == "binary data, not a unified diff")
    let stray = try #require(problem("notes\n@@ -1 +1 @@\n+x\n"))
    #expect(stray.line == 2 && stray.message.contains("a hunk before any file header"))
  }

  @Test func brokenHunksAreErrorsAtTheirLine() throws {
    let wordDiff = "diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\nThe tonic is a [-cure-]{+help+}.\n"
    let word = try #require(problem(wordDiff))
    #expect(word.line == 5 && word.message.contains("does not start with ' ', '+' or '-'"), "\(word)")
    let cut = try #require(problem("--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n one\n"))
    #expect(cut.message.contains("ends inside the hunk at line 3"))
    let header = try #require(problem("--- a/a.md\n+++ b/a.md\n@@ -x +1 @@\n+a\n"))
    #expect(header.line == 3 && header.message.contains("malformed hunk header"))
  }

  /// Found by FuzzDiff: a signed start (`+-1,3`) passed as a number and gave added line -1, then 0; a start
  /// of 0 is only for a side with no lines; and a header with no `+` range (`@@@ -1 -1 -1 @@@`) numbered
  /// its lines from 0.
  @Test func hunkHeadersNeedUnsignedRangesFromOneAndANewSide() throws {
    for header in ["@@ -1 +-1,3 @@", "@@ -1 ++1 @@", "@@ -1 +0,2 @@", "@@ -1 +0 @@", "@@ -1 -1 @@", "@@@ -1 -1 -1 @@@"] {
      let found = try #require(problem("--- a/a.md\n+++ b/a.md\n\(header)\n+a\n+b\n"), "\(header)")
      #expect(found.line == 3 && found.message.contains("malformed hunk header"), "\(header)")
    }
    guard case .success(let diff) = read("--- /dev/null\n+++ b/a.md\n@@ -0,0 +1,2 @@\n+a\n+b\n") else {
      Issue.record("a new file's hunk did not read")
      return
    }
    #expect(diff.files.first?.addedLines == [1, 2])
  }
}
