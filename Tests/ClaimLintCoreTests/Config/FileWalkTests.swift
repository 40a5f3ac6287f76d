import Testing

@testable import ClaimLintCore

/// Folder walks: extensions, hidden files, `.gitignore` at every level, `info/exclude`, linked work trees.
@Suite struct FileWalkTests {
  let tree = MemoryFileSystem(
    [
      "/repo/.git/info/exclude": "local-notes.md\n",
      "/repo/.gitignore": "build/\n*.log.md\n/root-only.md\ndocs/private/\n",
      "/repo/root-only.md": "",
      "/repo/readme.md": "",
      "/repo/local-notes.md": "",
      "/repo/build/out.md": "",
      "/repo/image.png": "",
      "/repo/.hidden.md": "",
      "/repo/.github/template.md": "",
      "/repo/docs/.gitignore": "*.draft.md\n!keep.draft.md\n",
      "/repo/docs/a.md": "",
      "/repo/docs/b.draft.md": "",
      "/repo/docs/keep.draft.md": "",
      "/repo/docs/run.log.md": "",
      "/repo/docs/root-only.md": "",
      "/repo/docs/page.HTML": "",
      "/repo/docs/private/p.md": "",
      "/repo/docs/sub/.gitignore": "!b.draft.md\n",
      "/repo/docs/sub/b.draft.md": "",
      "/repo/docs/sub/notes.txt": "",
    ], emptyFolders: ["/repo/.git"])

  func walk(_ root: String, respectsIgnores: Bool = true, tree: MemoryFileSystem? = nil) -> [String] {
    FileWalk(fileSystem: tree ?? self.tree, extensions: ["md", "txt", "html"], respectsIgnores: respectsIgnores)
      .files(under: root)
  }

  @Test func respectsIgnoreFilesAndHiddenNames() {
    #expect(
      walk("/repo") == [
        "/repo/docs/a.md", "/repo/docs/keep.draft.md", "/repo/docs/page.HTML", "/repo/docs/root-only.md",
        "/repo/docs/sub/b.draft.md", "/repo/docs/sub/notes.txt", "/repo/readme.md",
      ])
  }

  @Test func ignoreFilesAboveTheWalkedFolderApply() {
    #expect(
      walk("/repo/docs") == [
        "/repo/docs/a.md", "/repo/docs/keep.draft.md", "/repo/docs/page.HTML", "/repo/docs/root-only.md",
        "/repo/docs/sub/b.draft.md", "/repo/docs/sub/notes.txt",
      ])
    #expect(walk("/repo/docs/sub") == ["/repo/docs/sub/b.draft.md", "/repo/docs/sub/notes.txt"])
  }

  @Test func aFolderNamedExplicitlyIsWalkedEvenWhenIgnored() {
    #expect(walk("/repo/build") == ["/repo/build/out.md"])
  }

  @Test func noIgnoreLintsEverythingButTheGitFolder() {
    let all = walk("/repo", respectsIgnores: false)
    #expect(all.contains("/repo/.hidden.md") && all.contains("/repo/.github/template.md"))
    #expect(all.contains("/repo/build/out.md") && all.contains("/repo/docs/private/p.md"))
    #expect(all.contains("/repo/local-notes.md"))
    #expect(!all.contains { $0.hasPrefix("/repo/.git/") })
    #expect(!all.contains("/repo/image.png"))
  }

  @Test func linkedWorkTreeUsesTheSharedExcludeFile() {
    let linked = MemoryFileSystem([
      "/main/.git/info/exclude": "*.scratch.md\n",
      "/main/.git/worktrees/wt/commondir": "../..\n",
      "/wt/.git": "gitdir: /main/.git/worktrees/wt\n",
      "/wt/a.md": "",
      "/wt/b.scratch.md": "",
    ])
    let repository = GitRepository.containing("/wt", fileSystem: linked)
    #expect(repository?.topLevel == "/wt" && repository?.commonFolder == "/main/.git")
    #expect(walk("/wt", tree: linked) == ["/wt/a.md"])
  }

  @Test func outsideARepositoryOnlyIgnoreFilesInsideTheWalkApply() {
    let plain = MemoryFileSystem([
      "/plain/.gitignore": "skip.md\n",
      "/plain/skip.md": "",
      "/plain/sub/skip.md": "",
      "/plain/sub/keep.md": "",
    ])
    #expect(walk("/plain", tree: plain) == ["/plain/sub/keep.md"])
    #expect(walk("/plain/sub", tree: plain) == ["/plain/sub/keep.md", "/plain/sub/skip.md"])
  }
}
