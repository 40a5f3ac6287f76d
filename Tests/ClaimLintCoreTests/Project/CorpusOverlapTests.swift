import Foundation
import Testing

/// The project holds no sentence taken from the corpora or the seed article (the charter's rule): no run
/// of six words in a rule, test, sample, comment or the README also occurs in a file under
/// `../shared/corpora/` or in `../shared/seed/vitamin-d3-k2-benefits.md`.
///
/// Both sides are read as lowercase word tokens (ASCII letters and digits, other UTF-8 letters kept as
/// bytes; apostrophes, straight or curly, are dropped inside words, so "John’s" is "johns"); backslash
/// escapes (`\n`, `\s`, `\u2019`) and HTML character references separate words. Every 6-token shingle of
/// the corpora goes into a set of 64-bit hashes; every project file is then scanned against it.
/// The golden reporter outputs in `Reporting/Golden/` are not scanned: they only echo what
/// `ReportFixture.swift` gives the reporters, and that file is scanned.
///
/// `corpus-overlap-allowlist.txt` holds the few phrases that may be shared (quoted law, names of
/// organisations, surveys and cited papers): a shingle that lies inside one of them is not an overlap.
/// An entry no project file needs any more fails the test, so the list stays short.
@Suite struct CorpusOverlapTests {
  static let testDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let package = testDirectory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")
  static let corpora = shared.appendingPathComponent("corpora")
  static let seed = shared.appendingPathComponent("seed/vitamin-d3-k2-benefits.md")
  static let allowlist = testDirectory.appendingPathComponent("corpus-overlap-allowlist.txt")

  /// What is scanned, relative to the package root: folders recursively, every file without a NUL byte.
  static let scanned = ["README.md", "Package.swift", ".ci", "Rules", "Samples", "Sources", "Tests"]
  /// Vocabularies are skipped too: one term per row, so a run of six words across rows is nobody's sentence.
  static let skipped = [
    "Tests/ClaimLintCoreTests/Reporting/Golden", "Tests/ClaimLintCoreTests/Project/corpus-overlap-allowlist.txt",
    "Rules/vocabulary", "Sources/Vocabulary/curated",
  ]

  static let shingle = 6

  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: corpora.path),
      "../shared/corpora is not beside the package: corpus overlap not checked"))
  func noSixWordRunFromTheCorpora() throws {
    let clock = ContinuousClock()
    let start = clock.now
    var corpus = HashSet(capacityPower: 22)
    var sources = try Self.files(under: Self.corpora)
    if FileManager.default.fileExists(atPath: Self.seed.path) { sources.append(Self.seed) }
    for url in sources {
      let tokens = Self.tokens(try Self.bytes(url))
      Self.forEachShingle(tokens) { _, hash in corpus.insert(hash) }
    }
    let built = clock.now

    let entries = try Self.allowlistEntries()
    var allowed: [UInt64: Int] = [:]
    for (index, entry) in entries.enumerated() {
      let tokens = Self.tokens(Array(entry.phrase.utf8))
      #expect(tokens.count >= Self.shingle, "allowlist entry shorter than \(Self.shingle) words: \(entry.phrase)")
      Self.forEachShingle(tokens) { _, hash in allowed[hash] = index }
    }
    var used = Set<Int>()

    var hits: [String] = []
    var scannedFiles = 0
    for relative in try Self.projectFiles() {
      let bytes = try Self.bytes(Self.package.appendingPathComponent(relative))
      if bytes.contains(0) { continue }
      scannedFiles += 1
      let tokens = Self.tokens(bytes)
      var covered = [Bool](repeating: false, count: tokens.count)
      Self.forEachShingle(tokens) { first, hash in
        guard corpus.contains(hash) else { return }
        if let entry = allowed[hash] {
          used.insert(entry)
          return
        }
        for index in first..<first + Self.shingle { covered[index] = true }
      }
      var index = 0
      while index < tokens.count {
        guard covered[index] else {
          index += 1
          continue
        }
        var end = index
        while end < tokens.count && covered[end] { end += 1 }
        let text = String(decoding: bytes[tokens[index].start..<tokens[end - 1].end], as: UTF8.self)
          .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        hits.append("\(relative):\(Self.line(of: tokens[index].start, in: bytes)): \(end - index) words: \(text)")
        index = end
      }
    }
    let finished = clock.now

    let listing = hits.joined(separator: "\n")
    #expect(
      hits.isEmpty,
      "\(hits.count) runs of \(Self.shingle)+ words also found in ../shared (write your own sentences):\n\(listing)")
    let stale = entries.indices.filter { !used.contains($0) }.map { entries[$0].phrase }
    #expect(stale.isEmpty, "allowlist entries no project file shares with the corpora any more: \(stale)")
    print(
      "corpus overlap: \(corpus.count) shingles from \(sources.count) files in \(built - start), "
        + "\(scannedFiles) project files scanned in \(finished - built)")
  }

  /// The tokenizer's idea of a word.
  @Test func tokenizer() {
    let words = { (text: String) in
      let bytes = Array(text.utf8)
      return Self.tokens(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self).lowercased() }
    }
    #expect(words("Tom’s Café, TOM'S bar") == ["tom’s", "café", "tom's", "bar"])
    #expect(Self.tokens(Array("Tom’s".utf8)).map(\.hash) == Self.tokens(Array("toms".utf8)).map(\.hash))
    #expect(words("4,000 IU\\nTake — 2 µg of café") == ["4", "000", "iu", "take", "2", "g", "of", "café"])
    #expect(
      words("\\u201cquoted\\u201d don\\u2019t St&#8217;s &amp; co") == ["quoted", "don\\u2019t", "st&#8217;s", "co"])
    #expect(Self.tokens(Array("don\\u2019t".utf8)).map(\.hash) == Self.tokens(Array("dont".utf8)).map(\.hash))
  }

  // MARK: Files

  static func bytes(_ url: URL) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: url.path])
    }
    return [UInt8](data)
  }

  /// Regular files under `root`, recursively, sorted.
  static func files(under root: URL) throws -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return [root] }
    let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
    return paths.map { root.appendingPathComponent($0) }.filter { url in
      var directory: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && !directory.boolValue
    }
  }

  /// Project files to scan, relative to the package root.
  static func projectFiles() throws -> [String] {
    var result: [String] = []
    for top in scanned {
      let root = package.appendingPathComponent(top)
      for url in try files(under: root) {
        let relative = String(url.path.dropFirst(package.path.count + 1))
        if skipped.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
        result.append(relative)
      }
    }
    return result
  }

  struct AllowlistEntry {
    var phrase: String
    var reason: String
  }

  /// `phrase  # reason` lines; blank lines and lines starting with `#` are comments. Every entry needs
  /// a reason.
  static func allowlistEntries() throws -> [AllowlistEntry] {
    let text = String(decoding: try bytes(allowlist), as: UTF8.self)
    var entries: [AllowlistEntry] = []
    for line in text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let mark = trimmed.range(of: " # ") else {
        Issue.record("allowlist entry without a ' # reason': \(trimmed)")
        continue
      }
      let phrase = trimmed[..<mark.lowerBound].trimmingCharacters(in: .whitespaces)
      let reason = trimmed[mark.upperBound...].trimmingCharacters(in: .whitespaces)
      #expect(!reason.isEmpty, "allowlist entry without a reason: \(phrase)")
      entries.append(AllowlistEntry(phrase: phrase, reason: reason))
    }
    return entries
  }

  static func line(of offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
    return line
  }

  // MARK: Tokens and shingles

  struct Token {
    /// FNV-1a of the lowercased word bytes, apostrophes left out.
    var hash: UInt64
    /// Byte range in the file.
    var start: Int
    var end: Int
  }

  /// The words of `bytes`, on bytes alone.
  static func tokens(_ bytes: [UInt8]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5)
    let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    let prime: UInt64 = 0x100_0000_01b3
    bytes.withUnsafeBufferPointer { buffer in
      byteClasses.withUnsafeBufferPointer { classes in
        let count = buffer.count
        var index = 0
        var hash = basis
        var start = -1
        var end = 0
        while index < count {
          let byte = buffer[index]
          let folded = classes[Int(byte)]
          if folded > 1 {  // the fast path: an ASCII letter or digit, lowercased
            if start < 0 {
              start = index
              hash = basis
            }
            hash = (hash ^ UInt64(folded)) &* prime
            index += 1
            end = index
            continue
          }
          var separates = true
          if folded == 1 {
            switch byte {
            case 0x27:  // ' inside or around a word
              separates = false
              index += 1
            case 0x5C:  // backslash escape: \uXXXX (\u2018 and \u2019 are apostrophes) or \ and one byte
              if index + 5 < count && buffer[index + 1] == 0x75 {
                let code = (2...5).map { buffer[index + $0] | 0x20 }
                separates = code != [0x32, 0x30, 0x31, 0x39] && code != [0x32, 0x30, 0x31, 0x38]
                index += 6
              } else {
                index += 2
              }
            case 0x26:  // HTML character reference: &rsquo; and &#8217; are apostrophes
              var close = index + 1
              while close < count && close - index <= 10 && buffer[close] != 0x3B && buffer[close] > 0x20 { close += 1 }
              if close < count && buffer[close] == 0x3B && close > index + 1 {
                separates = !apostropheReferences.contains(Array(buffer[index + 1..<close]))
                index = close + 1
              } else {
                index += 1
              }
            case 0xE2:  // U+2000…U+2FFF, punctuation and symbols; ‘ and ’ are apostrophes, the rest separate words
              separates =
                !(index + 2 < count && buffer[index + 1] == 0x80 && (buffer[index + 2] == 0x98 || buffer[index + 2] == 0x99))
              index += 3
            case 0xC2:  // U+0080…U+00BF: no-break space, signs and symbols
              index += 2
            default:  // another letter (é, ß, α…), kept as its bytes
              separates = false
              if start < 0 {
                start = index
                hash = basis
              }
              repeat {
                hash = (hash ^ UInt64(buffer[index])) &* prime
                index += 1
              } while index < count && buffer[index] & 0xC0 == 0x80
              end = index
            }
          } else {
            index += 1
          }
          if separates && start >= 0 {
            tokens.append(Token(hash: hash, start: start, end: end))
            start = -1
          }
        }
        if start >= 0 { tokens.append(Token(hash: hash, start: start, end: end)) }
      }
    }
    return tokens
  }

  /// Per byte: its lowercase form for an ASCII letter or digit, 1 for a byte that needs a closer look
  /// (apostrophe, backslash, `&`, the lead byte of a UTF-8 sequence), 0 for a separator.
  static let byteClasses: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
    switch byte {
    case 0x30...0x39, 0x61...0x7A: UInt8(byte)
    case 0x41...0x5A: UInt8(byte | 0x20)
    case 0x27, 0x5C, 0x26, 0xC2...0xF4: 1
    default: 0
    }
  }

  static let apostropheReferences: Set<[UInt8]> = Set(
    ["rsquo", "lsquo", "apos", "#8217", "#8216", "#39", "#x2019", "#x2018", "#x27"].map { Array($0.utf8) })

  /// Calls `body` with the index of the first token and the hash of every run of ``shingle`` tokens.
  static func forEachShingle(_ tokens: [Token], _ body: (Int, UInt64) -> Void) {
    guard tokens.count >= shingle else { return }
    tokens.withUnsafeBufferPointer { buffer in
      for first in 0...(buffer.count - shingle) {
        var hash: UInt64 = 0
        for offset in 0..<shingle { hash = (hash &+ buffer[first + offset].hash) &* 0x9E37_79B9_7F4A_7C15 }
        hash ^= hash >> 29
        body(first, hash)
      }
    }
  }
}

/// An open-addressing set of 64-bit hashes, faster than `Set<UInt64>` in a debug build.
struct HashSet {
  private var slots: [UInt64]
  private var mask: Int
  private(set) var count = 0

  init(capacityPower: Int) {
    slots = [UInt64](repeating: 0, count: 1 << capacityPower)
    mask = (1 << capacityPower) - 1
  }

  /// 0 marks an empty slot, so the hash 0 is stored as 1.
  private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

  mutating func insert(_ hash: UInt64) {
    if count * 2 >= slots.count { grow() }
    let key = Self.key(hash)
    let inserted = slots.withUnsafeMutableBufferPointer { buffer -> Bool in
      var slot = Int(truncatingIfNeeded: key >> 7) & mask
      while buffer[slot] != 0 {
        if buffer[slot] == key { return false }
        slot = (slot + 1) & mask
      }
      buffer[slot] = key
      return true
    }
    if inserted { count += 1 }
  }

  func contains(_ hash: UInt64) -> Bool {
    let key = Self.key(hash)
    return slots.withUnsafeBufferPointer { buffer in
      var slot = Int(truncatingIfNeeded: key >> 7) & mask
      while buffer[slot] != 0 {
        if buffer[slot] == key { return true }
        slot = (slot + 1) & mask
      }
      return false
    }
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for key in old where key != 0 { insert(key) }
  }
}
