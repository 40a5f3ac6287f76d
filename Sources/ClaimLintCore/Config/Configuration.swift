/// One `.claimlint.yml` file, parsed: rule levels, profiles, file selection, overrides and `fail-on`.
///
/// Globs and rule paths are relative to ``folder``, the folder holding the file.
public struct Configuration: Sendable, Hashable {
  /// The configuration file (as found or given), or `nil` for the built-in empty configuration.
  public var path: String?
  /// Absolute, normalized folder that globs and `rule-paths` are relative to.
  public var folder: String
  /// `profiles:`, or `nil` when the file does not set it.
  public var profiles: [Named]?
  /// `rules:`.
  public var rules: RuleLevels
  /// `include:`; `nil` means every file a folder walk finds.
  public var include: [GlobPattern]?
  /// `exclude:`.
  public var exclude: [GlobPattern]
  /// `overrides:`, applied in order to the files they match.
  public var overrides: [Override]
  /// `rule-paths:`, made absolute.
  public var rulePaths: [String]
  /// `fail-on:`, or `nil` when the file does not set it.
  public var failOn: FailOn?

  /// A name written in the file, with its position for warnings.
  public struct Named: Sendable, Hashable {
    public var name: String
    public var line: Int
    public var column: Int

    public init(_ name: String, line: Int = 0, column: Int = 0) {
      self.name = name
      self.line = line
      self.column = column
    }
  }

  /// One `overrides:` item: rule levels and profiles for the files its globs match.
  public struct Override: Sendable, Hashable {
    public var files: [GlobPattern]
    public var rules: RuleLevels
    public var profiles: [Named]

    public init(files: [GlobPattern], rules: RuleLevels = RuleLevels(), profiles: [Named] = []) {
      self.files = files
      self.rules = rules
      self.profiles = profiles
    }
  }

  public init(
    path: String? = nil, folder: String, profiles: [Named]? = nil, rules: RuleLevels = RuleLevels(),
    include: [GlobPattern]? = nil, exclude: [GlobPattern] = [], overrides: [Override] = [], rulePaths: [String] = [],
    failOn: FailOn? = nil
  ) {
    self.path = path
    self.folder = PathName.normalize(folder)
    self.profiles = profiles
    self.rules = rules
    self.include = include
    self.exclude = exclude
    self.overrides = overrides
    self.rulePaths = rulePaths
    self.failOn = failOn
  }

  /// The configuration used where no file is found: every rule at its default severity.
  public static func empty(folder: String) -> Configuration {
    Configuration(folder: folder)
  }

  /// `path` (absolute, normalized) relative to the configuration's folder, or `nil` when outside it.
  func relativePath(_ path: String) -> String? {
    PathName.relative(path, to: folder)
  }

  /// Whether a folder walk should lint the file at `path` (absolute): it matches `include` (when given)
  /// and no `exclude` glob. Files outside the configuration's folder are always selected.
  public func selects(_ path: String) -> Bool {
    guard let relative = relativePath(path), !relative.isEmpty else { return true }
    if exclude.contains(where: { $0.matchesFileOrFolder(relative) }) { return false }
    guard let include else { return true }
    return include.contains { $0.matchesFileOrFolder(relative) }
  }

  /// The overrides whose `files` globs match `path` (absolute), in order.
  public func overrides(for path: String) -> [Override] {
    guard let relative = relativePath(path), !relative.isEmpty else { return [] }
    return overrides.filter { $0.files.contains { $0.matchesFileOrFolder(relative) } }
  }
}
