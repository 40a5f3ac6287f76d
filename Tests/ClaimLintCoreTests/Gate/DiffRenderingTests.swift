import Foundation
import Testing

@testable import ClaimLintCore

/// Printing unified diffs: exact hunks, and random edits that `patch` and our own parser read back.
@Suite struct DiffRenderingTests {
  func render(_ old: String, _ new: String, name: String = "a.md") -> String {
    UnifiedDiff.render(old: Array(old.utf8), new: Array(new.utf8), name: name)
  }

  @Test func equalTextsGiveNoDiff() {
    #expect(render("a\nb\n", "a\nb\n") == "")
    #expect(render("", "") == "")
  }

  @Test func oneChangedLineWithThreeLinesOfContext() {
    let old = (1...9).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    #expect(
      render(old, new) == """
        --- a/a.md
        +++ b/a.md
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test func farApartChangesGetTwoHunksAndAbsolutePathsNoPrefix() {
    let old = (1...20).map { "l\($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "l2\n", with: "L2\n").replacingOccurrences(of: "l19\n", with: "")
    let diff = render(old, new, name: "/tmp/x.md")
    #expect(diff.hasPrefix("--- /tmp/x.md\n+++ /tmp/x.md\n@@ -1,5 +1,5 @@\n"))
    #expect(diff.contains("\n@@ -16,5 +16,4 @@\n l16\n l17\n l18\n-l19\n l20\n"))
  }

  @Test func missingFinalNewlineAndEmptySides() {
    #expect(render("a\nb", "a\nc") == "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    #expect(render("", "new\n") == "--- a/a.md\n+++ b/a.md\n@@ -0,0 +1 @@\n+new\n")
    #expect(render("old\n", "") == "--- a/a.md\n+++ b/a.md\n@@ -1 +0,0 @@\n-old\n")
  }

  /// Random line lists from a small alphabet (so lines repeat), edited at random.
  func randomPair(_ random: inout SeededRandom) -> (String, String) {
    let words = ["tea", "µg", "“quote”", "", "🙂 dose", "tea"]
    var old = (0..<random.next(30)).map { _ in words[random.next(words.count)] }
    var new = old
    for _ in 0..<random.next(6) {
      let position = random.next(new.count + 1)
      switch random.next(3) {
      case 0: new.insert(words[random.next(words.count)] + "!", at: position)
      case 1 where position < new.count: new.remove(at: position)
      default: if position < new.count { new[position] += "?" }
      }
    }
    if random.next(4) == 0, !old.isEmpty { old[old.count - 1] += "." }
    var oldText = old.map { $0 + "\n" }.joined()
    var newText = new.map { $0 + "\n" }.joined()
    if random.next(5) == 0 && !oldText.isEmpty { oldText.removeLast() }
    if random.next(5) == 0 && !newText.isEmpty { newText.removeLast() }
    return (oldText, newText)
  }

  @Test func randomEditsRoundTripThroughPatchAndTheParser() throws {
    var random = SeededRandom(state: 20_261_202)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimlint-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let hasPatch = FileManager.default.isExecutableFile(atPath: "/usr/bin/patch")
    for round in 0..<150 {
      let (old, new) = randomPair(&random)
      let diff = render(old, new)
      #expect(diff.isEmpty == (old == new), "round \(round)")
      guard !diff.isEmpty else { continue }
      // Every line the diff adds is a line of the new text with that number.
      let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
      let added = try #require(UnifiedDiff(parsing: diff).addedLines(for: "a.md"), "round \(round)")
      for line in added { #expect(line >= 1 && line <= newLines.count, "round \(round)") }
      guard hasPatch else { continue }
      let file = folder.appendingPathComponent("a.md")
      try Data(old.utf8).write(to: file)
      let patch = Process()
      patch.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
      patch.arguments = ["-s", "-p1", "-d", folder.path]
      let input = Pipe()
      patch.standardInput = input
      try patch.run()
      input.fileHandleForWriting.write(Data(diff.utf8))
      try input.fileHandleForWriting.close()
      patch.waitUntilExit()
      #expect(patch.terminationStatus == 0, "round \(round): \(diff)")
      #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == new, "round \(round):\n\(diff)")
    }
  }
}
