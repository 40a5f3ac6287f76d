import Testing

@testable import ClaimLintCore

/// Typed values in `.claimlint.yml`, globs that could never match, and all-or-nothing loading.
@Suite struct ConfigurationValueTests {
  func parse(_ text: String, folder: String = "/repo", fileSystem: (any FileSystem)? = nil) -> (Configuration, [ToolError]) {
    Configuration.parse(path: ".claimlint.yml", text: text, folder: folder, fileSystem: fileSystem)
  }

  func errors(_ text: String, fileSystem: (any FileSystem)? = nil) -> [ToolError] {
    parse(text, fileSystem: fileSystem).1.filter { $0.severity == .error }
  }

  @Test(arguments: [
    ("include: 5\n", "'include' must be a string, not the number 5; quote it ('5')", 1, 10),
    ("include: [5]\n", "each item of 'include' must be a string, not the number 5", 1, 11),
    ("exclude: [true]\n", "each item of 'exclude' must be a string, not the boolean true", 1, 11),
    ("profiles: [eu, 2024-01-01]\n", "each item of 'profiles' must be a string, not the date 2024-01-01", 1, 16),
    ("rule-paths: [3.5]\n", "each item of 'rule-paths' must be a string, not the number 3.5", 1, 14),
    ("overrides:\n  - files: [7]\n    rules: {x/y: off}\n", "each item of 'files' must be a string", 2, 13),
    ("include: [~]\n", "each item of 'include' must be a string", 1, 11),
  ])
  func scalarsThatAreNotStringsAreErrors(text: String, message: String, line: Int, column: Int) {
    let found = errors(text)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.message.contains(message) == true, "\(found)")
    #expect(found.first?.line == line && found.first?.column == column)
  }

  @Test func quotedNumbersAreStrings() {
    let (configuration, problems) = parse("include: ['5', \"2024\"]\nrules: {'*': off}\n")
    #expect(problems.isEmpty)
    #expect(configuration.include?.map(\.text) == ["5", "2024"])
  }

  @Test func globsOutsideTheFolderAreErrors() {
    let up = errors("include: ['docs/*.md', '../shared/*.md']\n")
    #expect(up.count == 1 && up[0].message.contains("'../shared/*.md' in 'include' reaches outside the folder"))
    #expect(up.first?.line == 1 && up.first?.column == 24)
    let own = errors("exclude: [/repo/drafts/]\n")
    #expect(own.first?.message.contains("is an absolute path") == true && own.first?.message.contains("(write 'drafts')") == true)
    let overrides = errors("overrides:\n  - files: [a/../../b.md]\n    rules: {x/y: off}\n")
    #expect(overrides.first?.message.contains("reaches outside") == true)
  }

  @Test func anAnchoredGlobIsNotTakenForAnAbsolutePath() {
    let disk = MemoryFileSystem(["/tmp/other/a.md": "", "/repo/lib/x.md": "", "/srv/docs/a.md": ""])
    #expect(errors("exclude: [/build/, /lib/x.md, /notes.md]\n", fileSystem: disk).isEmpty)
    let elsewhere = errors("include: ['/tmp/other/*.md']\n", fileSystem: disk)
    #expect(elsewhere.first?.message.contains("'/tmp/other/*.md' in 'include' is an absolute path") == true)
    // `/srv/docs` exists from the root, but `srv` does not exist here: an absolute path too.
    #expect(errors("include: [/srv/docs/]\n", fileSystem: disk).count == 1)
    // An include of one component, or of a glob below it, that exists only from the root selects nothing
    // here: an error. The same anchored exclude is harmless, so it needs two components from the root.
    #expect(errors("include: [/srv]\n", fileSystem: disk).count == 1)
    #expect(errors("overrides:\n  - files: ['/srv/*.md']\n    rules: {x/y: off}\n", fileSystem: disk).count == 1)
    #expect(errors("include: ['/lib/*.md', /notes.md]\n", fileSystem: disk).isEmpty)
    #expect(errors("exclude: [/srv/]\n", fileSystem: disk).isEmpty)
  }

  /// Every error of a file is reported, in order, and none of the file applies.
  @Test func aFileWithAnErrorContributesNothing() {
    let (configuration, problems) = parse(
      """
      rules:
        '*': off
      fail-on: warning
      include: [5]
      exclude: [../x]
      profiles: [eu]
      """)
    #expect(problems.map(\.line) == [4, 5])
    #expect(configuration.path == ".claimlint.yml")
    #expect(configuration.rules.isEmpty && configuration.failOn == nil && configuration.include == nil)
    #expect(configuration.profiles == nil && configuration.exclude.isEmpty)
    // Warnings alone do not stop a file from applying.
    let (warned, warnings) = parse("rules:\n  '*': off\nexlude: [x]\n")
    #expect(warnings.count == 1 && warned.rules.level(for: "a/b") == .off)
  }

  @Test func theLocatorUsesNothingOfABrokenFile() {
    let disk = MemoryFileSystem([
      "/repo/.claimlint.yml": "rules:\n  '*': off\ninclude: 5\n", "/repo/a.md": "",
    ])
    var locator = ConfigurationLocator(fileSystem: disk, currentFolder: "/repo")
    let top = locator.configuration(forFile: "/repo/a.md")
    #expect(top.rules.isEmpty && top.path == ".claimlint.yml")
    #expect(locator.problems(of: top).map(\.line) == [3])
  }
}
