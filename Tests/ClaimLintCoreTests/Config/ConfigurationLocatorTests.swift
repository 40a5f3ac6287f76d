import Testing

@testable import ClaimLintCore

/// Finding the nearest `.claimlint.yml`, caching, `--config`, and include/exclude.
@Suite struct ConfigurationLocatorTests {
  let tree = MemoryFileSystem([
    "/repo/.claimlint.yml": "rules:\n  hype/*: error\nexclude: [drafts/, '*.tmp.md']\n",
    "/repo/docs/a.md": "",
    "/repo/docs/deep/b.md": "",
    "/repo/docs/legal/.claimlint.yml": "rules:\n  hype/*: off\ninclude: ['**/*.md']\n",
    "/repo/docs/legal/c.md": "",
    "/repo/docs/legal/sub/d.md": "",
    "/repo/docs/legal/sub/e.txt": "",
    "/repo/other.yml": "fail-on: never\n",
    "/repo/broken/.claimlint.yml": "rules: [\n",
  ])

  @Test func nearestConfigurationWins() {
    var locator = ConfigurationLocator(fileSystem: tree, currentFolder: "/repo")
    let top = locator.configuration(forFile: "docs/deep/b.md")
    #expect(top.path == ".claimlint.yml" && top.folder == "/repo")
    let legal = locator.configuration(forFile: "/repo/docs/legal/sub/d.md")
    #expect(legal.path == "docs/legal/.claimlint.yml" && legal.folder == "/repo/docs/legal")
    #expect(legal.rules.level(for: "hype/x") == .off)
    #expect(locator.problems.isEmpty)
  }

  @Test func eachFolderAndFileIsLookedUpOnce() {
    var locator = ConfigurationLocator(fileSystem: tree, currentFolder: "/repo")
    _ = locator.configuration(forFile: "/repo/docs/deep/b.md")
    let readsAfterFirst = tree.reads.count
    _ = locator.configuration(forFile: "/repo/docs/deep/b.md")
    _ = locator.configuration(forFile: "/repo/docs/a.md")
    #expect(tree.reads.count == readsAfterFirst)
    #expect(tree.reads.filter { $0 == "/repo/.claimlint.yml" }.count == 1)
  }

  @Test func noConfigurationAnywhere() {
    let empty = MemoryFileSystem(["/work/a.md": ""])
    var locator = ConfigurationLocator(fileSystem: empty, currentFolder: "/work")
    let configuration = locator.configuration(forFile: "a.md")
    #expect(configuration.path == nil && configuration.rules.isEmpty)
    #expect(locator.configurations.isEmpty)
  }

  @Test func givenFileIsUsedForEverything() {
    var locator = ConfigurationLocator(fileSystem: tree, currentFolder: "/repo", configurationFile: "other.yml")
    #expect(locator.configuration(forFile: "docs/legal/c.md").failOn == .never)
    #expect(locator.configuration(forFile: "docs/a.md").path == "other.yml")
    #expect(locator.configurations.count == 1)
    let missing = ConfigurationLocator(fileSystem: tree, currentFolder: "/repo", configurationFile: "nope.yml")
    #expect(missing.problems.first?.severity == .error)
    #expect(missing.problems.first?.path == "nope.yml")
  }

  @Test func noConfigReadsNothing() {
    var locator = ConfigurationLocator.none(currentFolder: "/repo")
    #expect(locator.configuration(forFile: "/repo/docs/a.md").path == nil)
  }

  @Test func brokenConfigurationIsReportedOnce() {
    var locator = ConfigurationLocator(fileSystem: tree, currentFolder: "/repo")
    _ = locator.configuration(forFile: "/repo/broken/x.md")
    _ = locator.configuration(forFile: "/repo/broken/y.md")
    #expect(locator.problems.count == 1)
    #expect(locator.problems[0].severity == .error && locator.problems[0].path == "broken/.claimlint.yml")
  }

  @Test func includeAndExcludeAreRelativeToTheConfigurationFolder() {
    var locator = ConfigurationLocator(fileSystem: tree, currentFolder: "/repo")
    func selects(_ path: String) -> Bool { locator.configuration(forFile: path).selects(path) }
    #expect(selects("/repo/docs/a.md"))
    #expect(!selects("/repo/drafts/a.md"))
    #expect(!selects("/repo/docs/drafts/deep/a.md"))
    #expect(!selects("/repo/docs/x.tmp.md"))
    #expect(selects("/repo/docs/legal/sub/d.md"))
    #expect(!selects("/repo/docs/legal/sub/e.txt"))
  }
}
