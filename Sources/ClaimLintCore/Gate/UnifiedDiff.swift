/// The new-side lines a unified diff adds or changes, per file; parsed leniently from `git diff` (any `-U`)
/// or `diff -u` output.
///
/// Understands `diff --git` headers, `---`/`+++` lines (`/dev/null` for new and deleted files, quoted
/// paths, tab-separated timestamps), `rename from`/`rename to`, `copy from`/`copy to`, binary notices,
/// `\ No newline at end of file`, hunk headers with omitted counts (`@@ -3 +3 @@`) and combined diffs
/// (`@@@`). Anything else outside a hunk is skipped.
public struct UnifiedDiff: Sendable, Hashable {
  /// One file of the diff.
  public struct FileChange: Sendable, Hashable {
    /// The old path as written (prefix included), or `nil` for a new file.
    public var oldPath: String?
    /// The new path as written (prefix included), or `nil` for a deleted file.
    public var newPath: String?
    /// Whether git's `a/`/`b/` style prefixes are on the paths.
    public var hasPrefixes: Bool
    public var isBinary: Bool
    /// New-side line numbers (1-based) that were added or changed, sorted.
    public var addedLines: [Int]

    /// The new path without its prefix, or `nil` for a deleted file.
    public var path: String? {
      guard let newPath else { return nil }
      return hasPrefixes ? DiffPath.strippingPrefix(newPath) : newPath
    }

    /// Names the file may have in a linted-path comparison: without its git prefix; for plain diffs, as
    /// written and without its first folder (like `patch -p1`).
    var candidates: [String] {
      guard let newPath else { return [] }
      if hasPrefixes { return [PathName.normalize(DiffPath.strippingPrefix(newPath))] }
      let written = PathName.normalize(newPath)
      guard let slash = written.firstIndex(of: "/"), !written.hasPrefix("/") else { return [written] }
      return [written, String(written[written.index(after: slash)...])]
    }
  }

  public var files: [FileChange]

  public init(files: [FileChange]) {
    self.files = files
  }

  /// Parses diff text; never fails (unrecognised lines are skipped). ``read(_:shownAs:)`` is the strict
  /// form, for input a user gives.
  public init(parsing text: String) {
    var parser = DiffParser()
    parser.readAll(text)
    files = parser.finish()
  }

  /// The added lines of the file whose new path is `path` (project-relative, normalized), or `nil` when
  /// the diff does not touch it. The first file listed under a name wins.
  public func addedLines(for path: String) -> [Int]? {
    files.first { $0.candidates.contains(path) }?.addedLines
  }

  /// Whether the diff names `path` as a file with added lines.
  public func touches(_ path: String) -> Bool {
    addedLines(for: path).map { !$0.isEmpty } ?? false
  }
}

/// Line-by-line state machine behind ``UnifiedDiff/init(parsing:)``.
struct DiffParser {
  private var files: [UnifiedDiff.FileChange] = []
  private var current: UnifiedDiff.FileChange?
  /// Lines still expected in the current hunk, per side (`old` counts every parent of a combined diff).
  private var oldRemaining = 0
  private var newRemaining = 0
  private var newLine = 0
  private var parents = 1
  private var added: [Int] = []
  private var inBinaryPatch = false
  /// Whether the current file has had a hunk, or its `+++` line: a later `---` starts another file.
  private var sawHunk = false
  private var sawNewHeader = false
  /// The number of the line being read, and of the current hunk's header.
  private var lineNumber = 0
  private var hunkLine = 0
  /// Whether a file header (`diff --git`, `---`/`+++`, `diff --cc`) was seen.
  private(set) var sawFileHeader = false
  /// The first thing that shows the text is not a well-formed unified diff: its line and what is wrong.
  private(set) var problem: (line: Int, message: String)?

  /// Reads every line of `text` (a final line break ends the last line; it does not start another).
  mutating func readAll(_ text: String) {
    var lines = text.lines
    if lines.count > 1, lines.last == "" { lines.removeLast() }
    for line in lines { read(line) }
  }

  mutating func read(_ line: String) {
    lineNumber += 1
    if oldRemaining > 0 || newRemaining > 0, readHunkLine(line) { return }
    if line.hasPrefix("diff --git ") {
      start(hasPrefixes: true)
      sawFileHeader = true
      if let (old, new) = DiffPath.gitHeader(String(line.dropFirst("diff --git ".count))) {
        current?.oldPath = old
        current?.newPath = new
        current?.hasPrefixes = DiffPath.strippingPrefix(old) != old && DiffPath.strippingPrefix(new) != new
      }
    } else if line.hasPrefix("diff --cc ") || line.hasPrefix("diff --combined ") {
      start(hasPrefixes: false)
      sawFileHeader = true
      let path = DiffPath.header(Self.afterTwoWords(line))
      current?.newPath = path
      current?.oldPath = path
    } else if inBinaryPatch {
      return
    } else if line.hasPrefix("--- ") {
      if current == nil || sawHunk || sawNewHeader { start(hasPrefixes: false) }
      let path = DiffPath.header(String(line.dropFirst(4)))
      current?.oldPath = path
    } else if line.hasPrefix("+++ ") {
      if current == nil || sawHunk { start(hasPrefixes: false) }
      let path = DiffPath.header(String(line.dropFirst(4)))
      current?.newPath = path
      sawNewHeader = true
      sawFileHeader = true
      if let new = current?.newPath, current?.hasPrefixes == false, let old = current?.oldPath {
        // Plain `diff -u a/x b/x` or a git diff without its header line.
        current?.hasPrefixes = DiffPath.strippingPrefix(old) != old && DiffPath.strippingPrefix(new) != new
      }
    } else if line.hasPrefix("rename to ") || line.hasPrefix("copy to ") {
      let path = Self.quotedOrPlain(Self.afterTwoWords(line))
      current?.newPath = path
      current?.hasPrefixes = false
    } else if line.hasPrefix("rename from ") || line.hasPrefix("copy from ") {
      let path = Self.quotedOrPlain(Self.afterTwoWords(line))
      current?.oldPath = path
    } else if line.hasPrefix("deleted file mode") {
      current?.newPath = nil
    } else if line.hasPrefix("Binary files ") || line == "GIT binary patch" {
      current?.isBinary = true
      inBinaryPatch = line == "GIT binary patch"
    } else if line.hasPrefix("@@") {
      startHunk(line)
    }
  }

  /// Reads one line of a hunk body; false when the line is not part of it (a malformed count).
  private mutating func readHunkLine(_ line: String) -> Bool {
    let marks = Array(line.unicodeScalars.prefix(parents))
    if line.isEmpty {
      // Some tools strip the space of an empty context line.
      oldRemaining -= parents
      newRemaining -= 1
      newLine += 1
      return true
    }
    if marks.first == "\\" { return true }  // "\ No newline at end of file"
    guard marks.count == parents, marks.allSatisfy({ $0 == " " || $0 == "+" || $0 == "-" }) else {
      note(
        "the hunk at line \(hunkLine) goes on here, but this line does not start with ' ', '+' or '-' "
          + "(word diffs and hand-edited hunks cannot be read)")
      oldRemaining = 0
      newRemaining = 0
      return false
    }
    let removals = marks.filter { $0 == "-" }.count
    if removals > 0 {
      oldRemaining -= removals
    } else {
      oldRemaining -= marks.filter { $0 == " " }.count
      if marks.contains("+") { added.append(newLine) }
      newLine += 1
      newRemaining -= 1
    }
    return true
  }

  private mutating func startHunk(_ line: String) {
    let at = line.prefix { $0 == "@" }.count
    guard at >= 2 else { return }
    guard current != nil else { return note("a hunk before any file header") }
    parents = at - 1
    hunkLine = lineNumber
    sawHunk = true
    let fields = line.dropFirst(at).split(separator: " ")
    // One `-` range per parent, then the `+` range: without it the hunk would number its lines from
    // wherever the last hunk left off.
    let ranges = fields.prefix(parents + 1)
    guard fields.count > parents, ranges.allSatisfy({ Self.isRange($0) }),
      ranges.dropLast().allSatisfy({ $0.hasPrefix("-") }), ranges.last?.hasPrefix("+") == true
    else {
      return note("a malformed hunk header (expected '@@ -start,count +start,count @@')")
    }
    var oldTotal = 0
    for field in fields.prefix(parents + 1) {
      let counts = Self.range(field.dropFirst())
      if field.hasPrefix("-") {
        oldTotal += counts.count
      } else if field.hasPrefix("+") {
        newLine = counts.start
        newRemaining = counts.count
      }
    }
    oldRemaining = oldTotal
  }

  /// Whether a hunk header field is `-start[,count]` or `+start[,count]`: unsigned decimal numbers (`Int`
  /// alone also reads `+-1,3` and `++1`), with a start of 0 only for a side with no lines (`-0,0`), since
  /// lines are numbered from 1.
  private static func isRange(_ field: Substring) -> Bool {
    guard field.first == "-" || field.first == "+" else { return false }
    let parts = field.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && Int($0) != nil })
    else { return false }
    let counts = range(field.dropFirst())
    return counts.start >= 1 || counts.count == 0
  }

  /// Records the first problem only: what follows a broken line is rarely worth a message.
  private mutating func note(_ message: String) {
    if problem == nil { problem = (lineNumber, message) }
  }

  /// `start[,count]`; the count defaults to 1.
  private static func range(_ text: Substring) -> (start: Int, count: Int) {
    let parts = text.split(separator: ",", maxSplits: 1)
    let start = parts.first.flatMap { Int($0) } ?? 0
    let count = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
    return (start, count)
  }

  private static func quotedOrPlain(_ text: String) -> String {
    text.hasPrefix("\"") ? DiffPath.unquote(text)?.0 ?? text : text
  }

  /// The text after the first two space-separated words (`rename from x y` → `x y`).
  private static func afterTwoWords(_ line: String) -> String {
    String(line.drop { $0 != " " }.dropFirst().drop { $0 != " " }.dropFirst())
  }

  private mutating func start(hasPrefixes: Bool) {
    flush()
    current = UnifiedDiff.FileChange(oldPath: nil, newPath: nil, hasPrefixes: hasPrefixes, isBinary: false, addedLines: [])
    inBinaryPatch = false
    sawHunk = false
    sawNewHeader = false
    oldRemaining = 0
    newRemaining = 0
    parents = 1
  }

  private mutating func flush() {
    guard var file = current else { return }
    file.addedLines = Array(Set(file.addedLines + added)).sorted()
    files.append(file)
    current = nil
    added = []
  }

  mutating func finish() -> [UnifiedDiff.FileChange] {
    if oldRemaining > 0 || newRemaining > 0 {
      note("the diff ends inside the hunk at line \(hunkLine), \(max(oldRemaining, newRemaining)) lines short (cut off?)")
    }
    flush()
    return files
  }
}

extension String {
  /// The lines of the text, split at `\n` with a `\r` before it dropped (Swift treats `\r\n` as one
  /// character, so splitting on the character `\n` would miss CRLF line ends).
  var lines: [String] {
    utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes in
      let line = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
      return String(decoding: line, as: UTF8.self)
    }
  }
}
