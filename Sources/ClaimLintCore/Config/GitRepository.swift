/// Where a git work tree starts and where its `info/exclude` file is, found by looking for `.git`.
public struct GitRepository: Sendable, Hashable {
  /// The top-level folder of the work tree.
  public let topLevel: String
  /// The repository's shared git folder (for `info/exclude`), when it could be found.
  public let commonFolder: String?

  /// The repository holding `folder` (absolute), or `nil` when there is none.
  public static func containing(_ folder: String, fileSystem: any FileSystem = LocalFileSystem()) -> GitRepository? {
    for candidate in PathName.ancestors(of: PathName.normalize(folder)) {
      let dotGit = PathName.join(candidate, ".git")
      switch fileSystem.kind(of: dotGit) {
      case .folder:
        return GitRepository(topLevel: candidate, commonFolder: dotGit)
      case .file:
        // A linked work tree: `.git` says `gitdir: …`, and that folder's `commondir` names the shared one.
        return GitRepository(topLevel: candidate, commonFolder: linkedCommonFolder(dotGit, in: candidate, fileSystem))
      case nil:
        continue
      }
    }
    return nil
  }

  private static func linkedCommonFolder(_ dotGit: String, in folder: String, _ fileSystem: any FileSystem) -> String? {
    guard let gitdirLine = fileSystem.contents(of: dotGit).map({ String(decoding: $0, as: UTF8.self) }),
      let gitdir = value(after: "gitdir:", in: gitdirLine)
    else { return nil }
    let gitFolder = PathName.absolute(gitdir, in: folder)
    guard let common = fileSystem.contents(of: PathName.join(gitFolder, "commondir")).map({ String(decoding: $0, as: UTF8.self) })
    else { return gitFolder }
    return PathName.absolute(common.trimmedWhitespace, in: gitFolder)
  }

  private static func value(after prefix: String, in text: String) -> String? {
    let line = text.trimmedWhitespace
    guard line.hasPrefix(prefix) else { return nil }
    return String(line.dropFirst(prefix.count)).trimmedWhitespace
  }

  /// The `info/exclude` patterns, which apply from the top level down.
  public func excludeFile(fileSystem: any FileSystem = LocalFileSystem()) -> IgnoreFile? {
    guard let commonFolder, let bytes = fileSystem.contents(of: PathName.join(commonFolder, "info/exclude")) else { return nil }
    return IgnoreFile(folder: topLevel, text: String(decoding: bytes, as: UTF8.self))
  }
}
