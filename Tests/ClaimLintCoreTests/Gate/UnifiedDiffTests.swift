import Testing

@testable import ClaimLintCore

/// Parsing real-world unified diffs into added new-side lines.
@Suite struct UnifiedDiffTests {
  @Test func zeroContextGitDiff() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git a/docs/a.md b/docs/a.md
        index 1111111..2222222 100644
        --- a/docs/a.md
        +++ b/docs/a.md
        @@ -3 +3 @@ Title
        -old line
        +new line
        @@ -10,0 +11,2 @@
        +added one
        +added two
        @@ -20,2 +22,0 @@
        -gone
        -gone too
        """)
    #expect(diff.files.count == 1)
    #expect(diff.files[0].path == "docs/a.md")
    #expect(diff.addedLines(for: "docs/a.md") == [3, 11, 12])
  }

  @Test func contextLinesAreNotAdded() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git a/a.md b/a.md
        --- a/a.md
        +++ b/a.md
        @@ -1,5 +1,6 @@
         one
        -two
        +deux
        +zwei
         three

         five
        """)
    #expect(diff.addedLines(for: "a.md") == [2, 3])
  }

  @Test func newDeletedRenamedAndBinaryFiles() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git a/new.md b/new.md
        new file mode 100644
        index 0000000..3333333
        --- /dev/null
        +++ b/new.md
        @@ -0,0 +1,3 @@
        +first
        +second
        +third
        diff --git a/old.md b/old.md
        deleted file mode 100644
        index 4444444..0000000
        --- a/old.md
        +++ /dev/null
        @@ -1,2 +0,0 @@
        -was here
        -and here
        diff --git a/before.md b/after.md
        similarity index 90%
        rename from before.md
        rename to after.md
        index 5555555..6666666 100644
        --- a/before.md
        +++ b/after.md
        @@ -4,0 +5 @@
        +inserted after the rename
        diff --git a/moved.md b/elsewhere/moved.md
        similarity index 100%
        rename from moved.md
        rename to elsewhere/moved.md
        diff --git a/logo.png b/logo.png
        index 7777777..8888888 100644
        Binary files a/logo.png and b/logo.png differ
        diff --git a/tail.md b/tail.md
        --- a/tail.md
        +++ b/tail.md
        @@ -7 +7 @@
        -last line
        \\ No newline at end of file
        +last line, edited
        \\ No newline at end of file
        """)
    #expect(diff.files.count == 6)
    #expect(diff.addedLines(for: "new.md") == [1, 2, 3])
    #expect(diff.files[1].newPath == nil && diff.addedLines(for: "old.md") == nil)
    #expect(diff.addedLines(for: "after.md") == [5])
    #expect(diff.addedLines(for: "before.md") == nil)
    #expect(diff.addedLines(for: "elsewhere/moved.md") == [])
    #expect(!diff.touches("elsewhere/moved.md"))
    #expect(diff.files[4].isBinary && diff.addedLines(for: "logo.png") == [])
    #expect(diff.addedLines(for: "tail.md") == [7])
  }

  @Test func pathsWithSpacesAndQuotes() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git a/my notes/plan b.md b/my notes/plan b.md
        index 1..2 100644
        --- a/my notes/plan b.md\t
        +++ b/my notes/plan b.md\t
        @@ -1 +1 @@
        -x
        +y
        diff --git "a/caf\\303\\251 \\"menu\\".md" "b/caf\\303\\251 \\"menu\\".md"
        index 3..4 100644
        --- "a/caf\\303\\251 \\"menu\\".md"
        +++ "b/caf\\303\\251 \\"menu\\".md"
        @@ -2,0 +3 @@
        +z
        diff --git a/tab\\there.md b/tab\\there.md
        """)
    #expect(diff.addedLines(for: "my notes/plan b.md") == [1])
    #expect(diff.addedLines(for: "café \"menu\".md") == [3])
    #expect(diff.files[1].path == "café \"menu\".md")
  }

  @Test func headerOnlyRenameWithSpacesUsesRenameLines() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git a/a b.md b/c d.md
        similarity index 100%
        rename from a b.md
        rename to c d.md
        """)
    #expect(diff.files.count == 1 && diff.files[0].path == "c d.md")
  }

  @Test func plainDiffWithTimestampsAndCRLF() {
    let text =
      "--- docs/a.md\t2024-01-01 10:00:00.000000000 +0000\r\n+++ docs/a.md\t2024-01-02 10:00:00.000000000 +0000\r\n"
      + "@@ -1,2 +1,2 @@\r\n keep\r\n-drop\r\n+take\r\n"
      + "--- docs/b.md\t2024-01-01\r\n+++ docs/b.md\t2024-01-02\r\n@@ -5 +5,2 @@\r\n-x\r\n+y\r\n+z\r\n"
    let diff = UnifiedDiff(parsing: text)
    #expect(diff.files.count == 2)
    #expect(diff.addedLines(for: "docs/a.md") == [2])
    #expect(diff.addedLines(for: "docs/b.md") == [5, 6])
  }

  @Test func plainDiffOfTwoTreesMatchesWithOrWithoutTheFirstFolder() {
    let diff = UnifiedDiff(
      parsing: """
        --- old/docs/a.md
        +++ new/docs/a.md
        @@ -1 +1 @@
        -a
        +b
        """)
    #expect(diff.addedLines(for: "docs/a.md") == [1])
    #expect(diff.addedLines(for: "new/docs/a.md") == [1])
  }

  @Test func noPrefixGitDiff() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git docs/a.md docs/a.md
        --- docs/a.md
        +++ docs/a.md
        @@ -1 +1 @@
        -a
        +b
        """)
    #expect(diff.addedLines(for: "docs/a.md") == [1])
  }

  @Test func hunkLinesThatLookLikeHeaders() {
    let diff = UnifiedDiff(
      parsing: """
        diff --git a/a.md b/a.md
        --- a/a.md
        +++ b/a.md
        @@ -1,2 +1,2 @@
        --- a removed rule line
        +++ an added line that starts with pluses
         context
        """)
    #expect(diff.files.count == 1)
    #expect(diff.addedLines(for: "a.md") == [1])
  }

  @Test func combinedMergeDiff() {
    let diff = UnifiedDiff(
      parsing: """
        diff --cc docs/a.md
        index 1,2..3
        --- a/docs/a.md
        +++ b/docs/a.md
        @@@ -1,3 -1,2 +1,4 @@@
          shared
        + from ours
         +from theirs
        ++in the merge only
        - dropped from ours
        """)
    #expect(diff.addedLines(for: "docs/a.md") == [2, 3, 4])
  }

  @Test func garbageAndEmptyInput() {
    #expect(UnifiedDiff(parsing: "").files.isEmpty)
    #expect(UnifiedDiff(parsing: "hello\nworld\n@@ -1 +1 @@\n+x\n").files.isEmpty)
  }

  @Test func filterKeepsFindingsOnAddedLinesOnly() {
    let text = "One miracle.\nTwo miracle\nspans lines.\nThree miracle.\n"
    let document = TestDocument.make(text, path: "a.md")
    let findings = [
      TestDocument.finding("hype/miracle", "miracle.", in: text),
      TestDocument.finding("hype/miracle", "miracle\nspans", in: text),
      TestDocument.finding("hype/miracle", "miracle.", in: text, occurrence: 2),
    ]
    let gate = FileGate(
      settings: FileSettings(), rules: [RuleMetadata(id: "hype/miracle", defaultSeverity: .warning, kind: "", summary: "")],
      knownRuleIDs: ["hype/miracle"])
    var files = [gate.apply(findings, in: document, key: "docs/a.md"), gate.apply(findings, in: document, key: "b.md")]
    let diff = UnifiedDiff(parsing: "--- a/docs/a.md\n+++ b/docs/a.md\n@@ -3 +3 @@\n-x\n+spans lines.\n")
    let hidden = diff.apply(to: &files) { [$0.key] }
    #expect(hidden == 5)
    #expect(files[0].report.diagnostics.map(\.range) == [findings[1].range])
    #expect(files[0].sentenceTexts.count == 1)
    #expect(files[1].report.diagnostics.isEmpty)
  }
}
