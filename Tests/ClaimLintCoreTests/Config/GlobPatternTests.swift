import Testing

@testable import ClaimLintCore

/// `.gitignore` pattern semantics, one row per case: pattern, path relative to the ignore file's folder,
/// whether the path is a folder, and whether the pattern matches.
@Suite struct GlobPatternTests {
  static let table: [(String, String, Bool, Bool)] = [
    // A name without a slash matches at any depth.
    ("notes.md", "notes.md", false, true),
    ("notes.md", "a/b/notes.md", false, true),
    ("notes.md", "notes.mdx", false, false),
    ("*.md", "a/b.md", false, true),
    ("*.md", "a.md/b.txt", false, false),
    // `*` and `?` stay within one component.
    ("a*z", "abcz", false, true),
    ("a*z", "a/z", false, false),
    ("doc?.md", "doc1.md", false, true),
    ("doc?.md", "doc10.md", false, false),
    ("doc?.md", "doc/.md", false, false),
    // Classes, ranges, negation, escapes.
    ("draft[0-9].md", "draft7.md", false, true),
    ("draft[0-9].md", "drafta.md", false, false),
    ("draft[!0-9].md", "drafta.md", false, true),
    ("draft[^0-9].md", "draft3.md", false, false),
    ("[ab]x", "bx", false, true),
    ("[]]x", "]x", false, true),
    ("\\*.md", "*.md", false, true),
    ("\\*.md", "a.md", false, false),
    ("\\#notes", "#notes", false, true),
    ("unclosed[", "unclosed[", false, true),
    // A trailing slash matches folders only.
    ("build/", "build", true, true),
    ("build/", "build", false, false),
    ("build/", "src/build", true, true),
    // A slash at the start or in the middle anchors to the ignore file's folder.
    ("/top.md", "top.md", false, true),
    ("/top.md", "sub/top.md", false, false),
    ("docs/*.md", "docs/a.md", false, true),
    ("docs/*.md", "x/docs/a.md", false, false),
    ("docs/*.md", "docs/sub/a.md", false, false),
    // `**` forms.
    ("**/gen", "gen", true, true),
    ("**/gen", "a/b/gen", true, true),
    ("**/gen/x.md", "a/gen/x.md", false, true),
    ("out/**", "out/a.md", false, true),
    ("out/**", "out/a/b.md", false, true),
    ("out/**", "out", true, false),
    ("a/**/b", "a/b", true, true),
    ("a/**/b", "a/x/y/b", true, true),
    ("a/**/b", "a/x/y/c", true, false),
    ("a**b", "axxb", false, true),
    ("a**b", "ax/xb", false, false),
    // Multibyte names.
    ("café*.md", "café-menu.md", false, true),
    ("?é.md", "ée.md", false, false),
    ("?.md", "é.md", false, true),
  ]

  @Test(arguments: table)
  func gitignorePattern(pattern: String, path: String, isFolder: Bool, expected: Bool) throws {
    let glob = try #require(GlobPattern(gitignoreLine: pattern))
    #expect(glob.matches(path, isFolder: isFolder) == expected)
  }

  @Test func linesThatAreNotPatterns() {
    #expect(GlobPattern(gitignoreLine: "") == nil)
    #expect(GlobPattern(gitignoreLine: "# a comment") == nil)
    #expect(GlobPattern(gitignoreLine: "   ") == nil)
    #expect(GlobPattern(gitignoreLine: "/") == nil)
  }

  @Test func negationTrailingSpacesAndCarriageReturns() throws {
    let negated = try #require(GlobPattern(gitignoreLine: "!keep.md"))
    #expect(negated.isNegated && negated.matches("keep.md", isFolder: false))
    let literal = try #require(GlobPattern(gitignoreLine: "\\!bang.md"))
    #expect(!literal.isNegated && literal.matches("!bang.md", isFolder: false))
    let spaced = try #require(GlobPattern(gitignoreLine: "name.md   "))
    #expect(spaced.matches("name.md", isFolder: false))
    let escaped = try #require(GlobPattern(gitignoreLine: "trail\\ "))
    #expect(escaped.matches("trail ", isFolder: false) && !escaped.matches("trail", isFolder: false))
    let crlf = try #require(GlobPattern(gitignoreLine: "dos.md\r"))
    #expect(crlf.matches("dos.md", isFolder: false))
  }

  @Test func configurationGlobsCoverFilesInsideMatchingFolders() throws {
    let drafts = try #require(GlobPattern(glob: "drafts"))
    #expect(drafts.matchesFileOrFolder("drafts/a/b.md"))
    #expect(drafts.matchesFileOrFolder("x/drafts/b.md"))
    let slash = try #require(GlobPattern(glob: "drafts/"))
    #expect(slash.matchesFileOrFolder("drafts/b.md") && !slash.matchesFileOrFolder("drafts"))
    let deep = try #require(GlobPattern(glob: "docs/**/*.md"))
    #expect(deep.matchesFileOrFolder("docs/a.md") && deep.matchesFileOrFolder("docs/x/y/a.md"))
    #expect(!deep.matchesFileOrFolder("other/a.md"))
    let bang = try #require(GlobPattern(glob: "!odd.md"))
    #expect(!bang.isNegated && bang.matchesFileOrFolder("!odd.md"))
  }

  @Test func ignoreFilesLastMatchWinsAndDeeperFilesTakePrecedence() {
    let top = IgnoreFile(folder: "/r", text: "*.md\r\n!keep.md\r\n# comment\r\n\r\nbuild/\r\n")
    let deeper = IgnoreFile(folder: "/r/docs", text: "!*.md\nsecret.md\n")
    let rules = IgnoreRules().adding(top).adding(deeper)
    #expect(rules.isIgnored("/r/a.md", isFolder: false))
    #expect(!rules.isIgnored("/r/keep.md", isFolder: false))
    #expect(!rules.isIgnored("/r/docs/a.md", isFolder: false))
    #expect(rules.isIgnored("/r/docs/secret.md", isFolder: false))
    #expect(rules.isIgnored("/r/sub/build", isFolder: true))
    #expect(!rules.isIgnored("/r/sub/build", isFolder: false))
    #expect(!rules.isIgnored("/other/a.md", isFolder: false))
  }
}

/// Patterns that would make a backtracking matcher run for minutes finish at once, with the same answers.
@Suite struct GlobPatternBoundTests {
  static let longName = String(repeating: "a", count: 200)

  @Test func manyStarsAgainstALongName() throws {
    for stars in 3...12 {
      let text = String(repeating: "*a", count: stars) + "*b"
      let glob = try #require(GlobPattern(gitignoreLine: text))
      #expect(!glob.matches(Self.longName, isFolder: false))
      #expect(glob.matches(Self.longName + "b", isFolder: false))
    }
  }

  @Test func manyAnyFolderComponents() throws {
    let deep = (0..<60).map { "d\($0)" }.joined(separator: "/")
    let glob = try #require(GlobPattern(gitignoreLine: String(repeating: "**/", count: 8) + "x/y.md"))
    #expect(!glob.matches(deep + "/y.md", isFolder: false))
    #expect(glob.matches(deep + "/x/y.md", isFolder: false))
    let starred = try #require(GlobPattern(glob: "**/a*a*a*a*b/**/**/*.md"))
    #expect(!starred.matchesFileOrFolder(deep + "/" + Self.longName + "/z.md"))
  }

  @Test func starsStillMatchWhatTheyShould() throws {
    let cases: [(String, String, Bool)] = [
      ("*", "", true), ("a*", "a", true), ("*a", "ba", true), ("*a*", "xyz", false), ("a*b*c", "aXbYbZc", true),
      ("a*b*c", "aXcYb", false), ("*?", "", false), ("*?", "q", true), ("*[0-9]x", "ab9x", true),
      ("**x", "ax", true), ("a\\*", "a*", true), ("a\\*", "ab", false),
    ]
    for (pattern, name, expected) in cases {
      #expect(Wildcard(pattern).matches(name) == expected, "\(pattern) against '\(name)'")
    }
  }

  /// Found by FuzzGlob: `matchesFileOrFolder` matched once per folder, folders² × components, over a second
  /// of CPU for a path 460 folders deep. One pass now; it must still answer as a match per prefix does.
  @Test func fileOrFolderAgreesWithAMatchPerPrefix() throws {
    let paths = ["a", "a/b", "a/b/c.md", "docs/a/x/b/c.md", "x/drafts/y.md", "drafts", "a/a/a/a/b"]
    for text in ["a", "b/", "/a", "a/**", "**/b", "a/**/b", "*.md", "drafts/", "/drafts/", "a/*/c.md", "**", "x/**/"] {
      let pattern = try #require(GlobPattern(gitignoreLine: text), "\(text)")
      for path in paths {
        let parts = path.split(separator: "/")
        let perPrefix = parts.indices.contains {
          pattern.matches(parts[...$0].joined(separator: "/"), isFolder: $0 < parts.count - 1)
        }
        #expect(pattern.matchesFileOrFolder(path) == perPrefix, "\(text) on \(path)")
      }
    }
    let deep = Array(repeating: "a", count: 460).joined(separator: "/")
    let pattern = try #require(GlobPattern(glob: Array(repeating: "*", count: 320).joined(separator: "/") + "/b"))
    #expect(!pattern.matchesFileOrFolder(deep))
  }
}
