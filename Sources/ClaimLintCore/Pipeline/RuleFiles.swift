/// Gathers rule files for lint, rules, explain and test-rules: the built-in files, then `.yml`/`.yaml`
/// rule files and `.tsv` vocabularies from each given file or folder.
public struct RuleFiles: Sendable {
  public var fileSystem: any FileSystem
  /// Relative paths are taken from here.
  public var currentFolder: String

  public init(fileSystem: any FileSystem = LocalFileSystem(), currentFolder: String = LocalFileSystem.currentFolder) {
    self.fileSystem = fileSystem
    self.currentFolder = PathName.normalize(currentFolder)
  }

  /// What was gathered: the sources, the problems, and every file read with its stamp (to see changes).
  public struct Gathered: Sendable {
    public var sources: [RuleSource] = []
    public var errors: [ToolError] = []
    /// Absolute path → stamp taken before reading.
    public var stamps: [String: FileStamp?] = [:]
    /// The absolute folders walked (a new rule file in one of them changes the set).
    public var folders: [String] = []
  }

  /// The built-in files (their rules only when `defaultRules`), then the files at each path in order.
  public func gather(defaultRules: Bool, paths: [String]) -> Gathered {
    var gathered = Gathered(sources: RuleSource.defaults(includingRules: defaultRules))
    for path in paths { collect(path, into: &gathered) }
    return gathered
  }

  /// Every `.yml`/`.yaml` rule file and `.tsv` vocabulary at `path` (recursively for a folder, skipping
  /// hidden files), sorted.
  private func collect(_ path: String, into gathered: inout Gathered) {
    let absolute = PathName.absolute(path, in: currentFolder)
    let files: [(absolute: String, shown: String)]
    switch fileSystem.kind(of: absolute) {
    case nil:
      gathered.errors.append(ToolError(path: path, message: "rule file or folder not found"))
      return
    case .file:
      files = [(absolute, path)]
    case .folder:
      gathered.folders.append(absolute)
      let walk = FileWalk(fileSystem: fileSystem, extensions: ["yml", "yaml", "tsv"], respectsIgnores: false, skipsHidden: true)
      files = walk.files(under: absolute).map { ($0, InputCollector.display($0, under: absolute, givenAs: path)) }
    }
    for file in files {
      gathered.stamps[file.absolute] = fileSystem.stamp(of: file.absolute)
      switch fileSystem.readText(file.absolute, shownAs: file.shown) {
      case .success(let text): gathered.sources.append(RuleSource(name: file.shown, text: text))
      case .failure(let error): gathered.errors.append(error)
      }
    }
  }
}
