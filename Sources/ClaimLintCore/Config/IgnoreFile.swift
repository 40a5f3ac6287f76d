/// The patterns of one `.gitignore` (or `.git/info/exclude`) file and the folder they are relative to.
public struct IgnoreFile: Sendable, Hashable {
  /// Absolute, normalized folder the patterns are relative to.
  public let folder: String
  /// Patterns in file order; the last one that matches decides.
  public let patterns: [GlobPattern]

  public init(folder: String, patterns: [GlobPattern]) {
    self.folder = folder
    self.patterns = patterns
  }

  /// Parses the text of an ignore file.
  public init(folder: String, text: String) {
    self.init(
      folder: folder,
      patterns: text.lines.compactMap { GlobPattern(gitignoreLine: $0) })
  }

  /// `true` (ignored) or `false` (re-included by `!`) from the last matching pattern, or `nil` when no
  /// pattern matches `path` (absolute, normalized).
  public func verdict(for path: String, isFolder: Bool) -> Bool? {
    guard let relative = PathName.relative(path, to: folder), !relative.isEmpty else { return nil }
    for pattern in patterns.reversed() where pattern.matches(relative, isFolder: isFolder) {
      return !pattern.isNegated
    }
    return nil
  }
}

/// The ignore files that apply in one folder, lowest precedence first: `.git/info/exclude`, then the
/// `.gitignore` of each folder from the repository top down.
public struct IgnoreRules: Sendable, Hashable {
  public private(set) var files: [IgnoreFile]

  public init(files: [IgnoreFile] = []) {
    self.files = files
  }

  /// The rules with a deeper folder's ignore file added on top.
  public func adding(_ file: IgnoreFile) -> IgnoreRules {
    guard !file.patterns.isEmpty else { return self }
    return IgnoreRules(files: files + [file])
  }

  /// Whether `path` (absolute, normalized) is ignored: the deepest file with a matching pattern decides.
  /// The caller checks folders on the way down, as git does: nothing inside an ignored folder is re-included.
  public func isIgnored(_ path: String, isFolder: Bool) -> Bool {
    for file in files.reversed() {
      if let verdict = file.verdict(for: path, isFolder: isFolder) { return verdict }
    }
    return false
  }
}
