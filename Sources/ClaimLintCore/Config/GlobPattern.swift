/// A path pattern with `.gitignore` syntax, used both for ignore files and for configuration globs.
///
/// - `*`, `?` and `[…]` match within one path component; `**` as a whole component matches any number of
///   folders (`**/x`, `a/**/b`), and a trailing `/**` matches everything inside a folder.
/// - A pattern with no `/` (other than a trailing one) matches a name at any depth; one with a `/` at the
///   start or in the middle is anchored to its base folder.
/// - A trailing `/` matches folders only; a leading `!` negates (in ignore files).
public struct GlobPattern: Sendable, Hashable {
  /// The pattern as written.
  public let text: String
  /// `!pattern`: re-includes what an earlier pattern excluded.
  public let isNegated: Bool
  /// `pattern/`: matches folders only.
  public let matchesFoldersOnly: Bool
  /// Matches relative to the base folder rather than at any depth.
  public let isAnchored: Bool
  private let components: [Component]

  private enum Component: Sendable, Hashable {
    /// `**`: zero or more folders.
    case anyFolders
    case name(Wildcard)
  }

  /// A configuration glob (`docs/**/*.md`, `drafts/`, `*.txt`); a leading `!` is not special.
  public init?(glob: String) {
    self.init(body: glob, text: glob, negated: false)
  }

  /// A `.gitignore` line, or `nil` for blank lines and comments.
  public init?(gitignoreLine line: String) {
    var body = line.hasSuffix("\r") ? String(line.dropLast()) : line
    if body.hasPrefix("#") { return nil }
    body = Self.trimmingUnescapedTrailingSpaces(body)
    var negated = false
    if body.hasPrefix("!") {
      negated = true
      body.removeFirst()
    } else if body.hasPrefix("\\!") || body.hasPrefix("\\#") {
      body.removeFirst()
    }
    self.init(body: body, text: line, negated: negated)
  }

  private init?(body: String, text: String, negated: Bool) {
    var body = body
    var foldersOnly = false
    while body.hasSuffix("/") {
      foldersOnly = true
      body.removeLast()
    }
    guard !body.isEmpty else { return nil }
    let anchored = body.contains("/")
    while body.hasPrefix("/") { body.removeFirst() }
    guard !body.isEmpty else { return nil }
    self.text = text
    isNegated = negated
    matchesFoldersOnly = foldersOnly
    isAnchored = anchored
    components = body.split(separator: "/", omittingEmptySubsequences: true).map {
      $0 == "**" ? .anyFolders : .name(Wildcard(String($0)))
    }
  }

  /// Whether the pattern matches `path`, a `/`-separated path relative to the pattern's base folder.
  public func matches(_ path: String, isFolder: Bool) -> Bool {
    if matchesFoldersOnly && !isFolder { return false }
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    guard !parts.isEmpty else { return false }
    if let wildcard = anyDepthName { return wildcard.matches(parts[parts.count - 1]) }
    return reachable(parts)[parts.count]
  }

  /// The one name an unanchored pattern of one component matches at any depth (`*.md`, `drafts`).
  private var anyDepthName: Wildcard? {
    guard !isAnchored, components.count == 1, case .name(let wildcard) = components[0] else { return nil }
    return wildcard
  }

  /// Whether the pattern matches `path` (a file) or one of the folders that hold it.
  ///
  /// One pass over the parts says which prefixes the pattern matches, rather than a match per folder: that
  /// cost folders² × components, over a second for a path 460 folders deep.
  public func matchesFileOrFolder(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    // The folders are the prefixes short of the whole path; a folders-only pattern cannot match the file.
    let last = matchesFoldersOnly ? parts.count - 1 : parts.count
    guard last >= 1 else { return false }
    if let wildcard = anyDepthName { return parts[..<last].contains { wildcard.matches($0) } }
    return reachable(parts)[1...last].contains(true)
  }

  /// Which prefixes of `parts` the components match (`[p]`: exactly `parts[..<p]`), by filling in which
  /// components can end at which part: one pass per component, so `**/**/…` costs components × parts
  /// rather than a search of every split.
  private func reachable(_ parts: [String]) -> [Bool] {
    var reachable = [Bool](repeating: false, count: parts.count + 1)
    reachable[0] = true
    for (c, component) in components.enumerated() {
      var next = [Bool](repeating: false, count: parts.count + 1)
      switch component {
      case .anyFolders:
        // A trailing `**` needs something inside the folder; elsewhere it may match no folder at all.
        let least = c == components.count - 1 ? 1 : 0
        var open = false
        for p in 0...parts.count {
          if p >= least, reachable[p - least] { open = true }
          next[p] = open
        }
      case .name(let wildcard):
        for p in 0..<parts.count where reachable[p] && wildcard.matches(parts[p]) { next[p + 1] = true }
      }
      reachable = next
    }
    return reachable
  }

  /// Trailing spaces are dropped unless escaped with a backslash (`foo\ `).
  private static func trimmingUnescapedTrailingSpaces(_ line: String) -> String {
    var scalars = Array(line.unicodeScalars)
    while let last = scalars.last, last == " " {
      let before = scalars.count >= 2 ? scalars[scalars.count - 2] : nil
      if before == "\\" {
        scalars.remove(at: scalars.count - 2)
        break
      }
      scalars.removeLast()
    }
    return String(String.UnicodeScalarView(scalars))
  }
}
