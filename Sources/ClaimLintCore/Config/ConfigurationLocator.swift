/// Finds the configuration for each file: the nearest `.claimlint.yml` walking up from the file's folder,
/// or one file given for all (`--config`). Each folder is looked up once and each file parsed once.
public struct ConfigurationLocator: Sendable {
  /// File names looked for in each folder, in order of preference.
  public static let fileNames = [".claimlint.yml", ".claimlint.yaml"]

  public let fileSystem: any FileSystem
  /// The current folder: relative paths are taken from here, and messages name files relative to it.
  public let currentFolder: String
  /// The configuration given with `--config`, used for every file.
  private var fixed: Configuration?
  /// Folder → the configuration file that applies there (`nil`: none up to the root).
  private var folderCache: [String: String?] = [:]
  private var parsed: [String: Configuration] = [:]
  /// Errors and warnings from every configuration file read so far, in the order read.
  public private(set) var problems: [ToolError] = []
  /// Every configuration file read (absolute), with its stamp taken just before reading it.
  public private(set) var stamps: [String: FileStamp?] = [:]

  /// A locator that searches from each file's folder upward.
  public init(fileSystem: any FileSystem = LocalFileSystem(), currentFolder: String) {
    self.fileSystem = fileSystem
    self.currentFolder = PathName.normalize(currentFolder)
  }

  /// A locator that uses the file at `path` for everything; a missing or unreadable file is an error.
  public init(fileSystem: any FileSystem = LocalFileSystem(), currentFolder: String, configurationFile path: String) {
    self.init(fileSystem: fileSystem, currentFolder: currentFolder)
    let absolute = PathName.absolute(path, in: self.currentFolder)
    if let configuration = load(absolute, shownAs: path) {
      fixed = configuration
    } else {
      problems.append(ToolError(path: path, message: "cannot read the configuration file"))
      fixed = .empty(folder: self.currentFolder)
    }
  }

  /// A locator that reads no configuration file at all (`--no-config`).
  public static func none(currentFolder: String) -> ConfigurationLocator {
    var locator = ConfigurationLocator(currentFolder: currentFolder)
    locator.fixed = .empty(folder: locator.currentFolder)
    return locator
  }

  /// The configuration for the file at `path` (relative to the current folder, or absolute).
  public mutating func configuration(forFile path: String) -> Configuration {
    configuration(forFolder: PathName.parent(PathName.absolute(path, in: currentFolder)))
  }

  /// The configuration that applies in `folder` (absolute).
  public mutating func configuration(forFolder folder: String) -> Configuration {
    if let fixed { return fixed }
    guard let path = configurationPath(forFolder: PathName.normalize(folder)) else { return .empty(folder: currentFolder) }
    if let configuration = parsed[path] { return configuration }
    let configuration = load(path, shownAs: shown(path)) ?? .empty(folder: PathName.parent(path))
    parsed[path] = configuration
    return configuration
  }

  /// The errors and warnings of the file `configuration` came from (with `--config`, of that file).
  public func problems(of configuration: Configuration) -> [ToolError] {
    if fixed != nil { return problems }
    guard let path = configuration.path else { return [] }
    return problems.filter { $0.path == path }
  }

  /// Whether a configuration file read so far has changed or gone since.
  public var isStale: Bool {
    stamps.contains { fileSystem.stamp(of: $0.key) != $0.value }
  }

  /// Every configuration read so far (for checks against the loaded rules), in path order.
  public var configurations: [Configuration] {
    if let fixed { return fixed.path == nil ? [] : [fixed] }
    return parsed.keys.sorted().compactMap { parsed[$0] }
  }

  /// The nearest configuration file at or above `folder`, caching every folder visited.
  private mutating func configurationPath(forFolder folder: String) -> String? {
    var visited: [String] = []
    var found: String?
    for candidate in PathName.ancestors(of: folder) {
      if let cached = folderCache[candidate] {
        found = cached
        break
      }
      visited.append(candidate)
      if let name = Self.fileNames.first(where: { fileSystem.kind(of: PathName.join(candidate, $0)) == .file }) {
        found = PathName.join(candidate, name)
        break
      }
    }
    for folder in visited { folderCache[folder] = found }
    return found
  }

  private mutating func load(_ path: String, shownAs name: String) -> Configuration? {
    stamps[path] = fileSystem.stamp(of: path)
    guard let bytes = fileSystem.contents(of: path) else { return nil }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      problems.append(ToolError(path: name, message: "not valid UTF-8; save the file as UTF-8"))
      return Configuration(path: name, folder: PathName.parent(path))
    }
    let (configuration, errors) = Configuration.parse(
      path: name, text: text, folder: PathName.parent(path), fileSystem: fileSystem)
    problems += errors
    return configuration
  }

  /// `path` relative to the current folder when inside it, for messages.
  private func shown(_ path: String) -> String {
    PathName.relative(path, to: currentFolder) ?? path
  }
}
