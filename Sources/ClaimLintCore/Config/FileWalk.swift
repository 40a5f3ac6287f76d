/// Lists the files a folder walk lints: by extension, skipping `.git`, and (unless turned off) hidden
/// files and folders and whatever the repository's `.gitignore` files and `info/exclude` ignore.
public struct FileWalk: Sendable {
  public var fileSystem: any FileSystem
  /// Lowercased extensions without the dot.
  public var extensions: Set<String>
  /// False for `--no-ignore`: hidden files and ignore files are not looked at.
  public var respectsIgnores: Bool
  /// Whether hidden files and folders are skipped (by default, when ignores are respected).
  public var skipsHidden: Bool

  public init(
    fileSystem: any FileSystem = LocalFileSystem(), extensions: Set<String>, respectsIgnores: Bool = true,
    skipsHidden: Bool? = nil
  ) {
    self.fileSystem = fileSystem
    self.extensions = extensions
    self.respectsIgnores = respectsIgnores
    self.skipsHidden = skipsHidden ?? respectsIgnores
  }

  /// The files under `root` (absolute, normalized), sorted. `root` itself is walked even when ignored.
  public func files(under root: String) -> [String] {
    let root = PathName.normalize(root)
    var result: [String] = []
    var visited = Set<String>()
    var pending = [(root, respectsIgnores ? inheritedRules(for: root) : IgnoreRules())]
    while let (folder, inherited) = pending.popLast() {
      guard visited.insert(fileSystem.resolvingLinks(folder)).inserted, let names = fileSystem.names(inFolder: folder)
      else { continue }
      let rules = respectsIgnores ? inherited.adding(ignoreFile(in: folder)) : inherited
      for name in names.sorted() {
        if name == ".git" || (skipsHidden && name.hasPrefix(".")) { continue }
        let path = PathName.join(folder, name)
        switch fileSystem.kind(of: path) {
        case .folder:
          if !rules.isIgnored(path, isFolder: true) { pending.append((path, rules)) }
        case .file:
          if hasLintedExtension(name) && !rules.isIgnored(path, isFolder: false) { result.append(path) }
        case nil:
          continue
        }
      }
    }
    return result.sorted()
  }

  /// Whether `name` ends in one of ``extensions``.
  public func hasLintedExtension(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return extensions.contains(name[name.index(after: dot)...].lowercased())
  }

  /// Ignore rules from the repository above `root`: `info/exclude`, then `.gitignore` files from the top
  /// level down to `root`'s parent.
  func inheritedRules(for root: String) -> IgnoreRules {
    guard let repository = GitRepository.containing(root, fileSystem: fileSystem) else { return IgnoreRules() }
    var rules = IgnoreRules()
    if let exclude = repository.excludeFile(fileSystem: fileSystem) { rules = rules.adding(exclude) }
    guard root != repository.topLevel, let relative = PathName.relative(root, to: repository.topLevel) else { return rules }
    var folder = repository.topLevel
    rules = rules.adding(ignoreFile(in: folder))
    for component in relative.split(separator: "/").dropLast() {
      folder = PathName.join(folder, String(component))
      rules = rules.adding(ignoreFile(in: folder))
    }
    return rules
  }

  private func ignoreFile(in folder: String) -> IgnoreFile {
    guard let bytes = fileSystem.contents(of: PathName.join(folder, ".gitignore")) else {
      return IgnoreFile(folder: folder, patterns: [])
    }
    return IgnoreFile(folder: folder, text: String(decoding: bytes, as: UTF8.self))
  }
}
