internal import CPCRE2

/// A PCRE2 pattern (UTF + UCP), validated when made, compiled and JIT-compiled as searches need it
/// (``PatternCodes``), and shared read-only across threads.
///
/// Offsets in and out are UTF-8 byte offsets into the subject. pcre2api(3) allows one compiled pattern
/// to be used by many threads at once; match data is allocated per call.
///
/// The pattern is also compiled without PCRE2_UCP (on first use), which makes `\w`, `\d`, `\s` and `\b` several
/// times faster. The two compilations give the same matches on any subject whose non-ASCII characters
/// are neither letters, digits nor spaces (curly quotes, dashes, symbols), so callers that have checked
/// their subject with ``needsUnicodeClasses(_:)`` may pass `asciiClasses: true`.
public final class Pattern: @unchecked Sendable {
  /// Compile options a rule can ask for.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Letters match regardless of case (Unicode-aware).
    public static let caseInsensitive = Options(rawValue: 1 << 0)
    /// `^` and `$` match at line starts and ends.
    public static let multiline = Options(rawValue: 1 << 1)
    /// Whitespace and `#` comments in the pattern are ignored.
    public static let extended = Options(rawValue: 1 << 2)
    /// `.` also matches a newline.
    public static let dotAll = Options(rawValue: 1 << 3)
  }

  /// Resource limits that stop catastrophic backtracking with an error instead of a hang.
  public struct Limits: Sendable, Hashable {
    /// Maximum internal match-function calls per match attempt (PCRE2 match limit).
    public var match: UInt32
    /// Maximum backtracking depth for the interpreter (PCRE2 depth limit).
    public var depth: UInt32
    /// Maximum heap memory for backtracking, in KiB.
    public var heapKiB: UInt32

    public init(match: UInt32 = 1_000_000, depth: UInt32 = 10_000, heapKiB: UInt32 = 65_536) {
      self.match = match
      self.depth = depth
      self.heapKiB = heapKiB
    }

    /// The limits used unless a caller asks for others.
    public static let standard = Limits()
  }

  /// The pattern text as written.
  public let source: String
  /// The compile options.
  public let options: Options
  /// Number of capture groups (not counting group 0), not counting the groups term lexicons add.
  public let captureCount: Int
  /// Named groups and their numbers, in the same numbering.
  public let groupNames: [String: Int]
  /// The term lexicon each term slot of the pattern matches (see ``TermSlot``).
  let slotLexicons: [Int]
  /// PCRE2's number of each slot's start group.
  let slotGroups: [Int]
  /// PCRE2's group number for each visible group, index 0 being the whole match.
  let visibleGroups: [Int]

  /// The compilations with and without PCRE2_UCP, made and JIT-compiled as they are needed.
  let codes: PatternCodes
  private let matchContext: OpaquePointer?
  /// The match limit of `matchContext`, for widening it on long subjects.
  private let matchLimit: UInt32
  /// How the pattern is matched when it is one lexicon with term slots and nothing else.
  private let alternation: TermAlternation?
  /// Whether searches may run in windows of the subject (see ``SearchWindow``): not for patterns whose
  /// meaning depends on where a search starts (`\G`) or that end the whole search (`(*COMMIT)`).
  let isWindowed: Bool
  /// Whether a search may skip the sentences or blocks that lack the pattern's literals: a windowed
  /// pattern whose reported match holds all it consumed (no `\K`, which drops the text before it).
  let skipsUnits: Bool
  /// The two compilations again, with JIT code for partial matching too, made when first needed.
  let windowedCodes = WindowedCodes()

  /// Compiles `source`.
  ///
  /// - Throws: ``PatternError/compile(message:offset:)`` with PCRE2's message and byte offset.
  public convenience init(_ source: String, options: Options = [], limits: Limits = .standard) throws(PatternError) {
    try self.init(source, options: options, limits: limits, termSlots: [])
  }

  /// Compiles `source`, whose term slots (written by ``TermSlot/regex(slot:)``) match `termSlots[k]`.
  ///
  /// `lexiconRegex` is given when `source` is one lexicon, `(?:lexiconRegex|slot…)`: its regex part
  /// (empty when it has none), so the slots can be matched without callouts (``TermAlternation``).
  init(
    _ source: String, options: Options, limits: Limits = .standard, termSlots: [Int], lexiconRegex: String? = nil,
    windowed: Bool = true
  ) throws(PatternError) {
    // `\C` could match half a character and report a span that is not UTF-8.
    // The offset limit holds a windowed search to one start (see ``SearchWindow``).
    var flags = UInt32(PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C | PCRE2_USE_OFFSET_LIMIT)
    if options.contains(.caseInsensitive) { flags |= UInt32(PCRE2_CASELESS) }
    if options.contains(.multiline) { flags |= UInt32(PCRE2_MULTILINE) }
    if options.contains(.extended) { flags |= UInt32(PCRE2_EXTENDED) }
    if options.contains(.dotAll) { flags |= UInt32(PCRE2_DOTALL) }
    // A term slot's greedy run must backtrack, so it may not be made possessive.
    if !termSlots.isEmpty { flags |= UInt32(PCRE2_NO_AUTO_POSSESS) }
    let codes = try PatternCodes(source, flags: flags)
    let compiled = codes.validated
    let context = pcre2_match_context_create_8(nil)
    if let context {
      pcre2_set_match_limit_8(context, limits.match)
      pcre2_set_depth_limit_8(context, limits.depth)
      pcre2_set_heap_limit_8(context, limits.heapKiB)
    }
    self.source = source
    self.options = options
    self.codes = codes
    self.matchContext = context
    self.matchLimit = limits.match
    self.isWindowed = windowed && !Self.mentions(source, "\\G") && !Self.mentions(source, "(*COMMIT")
    self.skipsUnits = isWindowed && !Self.mentions(source, "\\K")
    let names = Self.names(compiled)
    let slotGroups = termSlots.indices.map { names[TermSlot.groupName($0)] ?? 0 }
    let hidden = Set(slotGroups)
    let visible = [0] + (0...Int(Self.info(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT)))).dropFirst().filter {
      !hidden.contains($0)
    }
    var visibleNames: [String: Int] = [:]
    for (name, number) in names where !hidden.contains(number) {
      visibleNames[name] = visible.firstIndex(of: number)
    }
    self.slotLexicons = termSlots
    self.slotGroups = slotGroups
    self.visibleGroups = visible
    self.captureCount = visible.count - 1
    self.groupNames = visibleNames
    self.alternation = try Self.alternation(
      lexiconRegex, options: options, limits: limits, termSlots: termSlots, captureCount: visible.count - 1)
  }

  /// The callout-free matcher of a lexicon pattern, unless its regex part can match the empty string.
  private static func alternation(
    _ regex: String?, options: Options, limits: Limits, termSlots: [Int], captureCount: Int
  ) throws(PatternError) -> TermAlternation? {
    guard let regex, !termSlots.isEmpty else { return nil }
    guard !regex.isEmpty else { return TermAlternation(head: nil, lexicons: termSlots, captureCount: captureCount) }
    let head = try Pattern(regex, options: options, limits: limits)
    guard info(head.codes.validated, UInt32(PCRE2_INFO_MINLENGTH)) > 0, head.captureCount == captureCount else { return nil }
    return TermAlternation(head: head, lexicons: termSlots, captureCount: captureCount)
  }

  deinit {
    if let matchContext { pcre2_match_context_free_8(matchContext) }
  }

  /// Every non-overlapping match in `string`.
  public func matches(in string: String) throws(PatternError) -> [Match] {
    var text = string
    let result = text.withUTF8 { bytes in
      Result { () throws(PatternError) -> [Match] in try matches(in: bytes, range: 0..<bytes.count) }
    }
    return try result.get()
  }

  /// Every non-overlapping match inside `range` of `subject`, which must be valid UTF-8.
  ///
  /// The subject is cut at `range.upperBound` (so `$` and lookaheads stop there); lookbehinds may see
  /// bytes before `range.lowerBound`. Empty matches are reported once and the scan moves one scalar on.
  public func matches(
    in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>, asciiClasses: Bool = false,
    terms: TermSpanSource? = nil, budget: MatchBudget? = nil
  ) throws(PatternError) -> [Match] {
    var found: [Match] = []
    try forEachMatch(in: subject, range: range, asciiClasses: asciiClasses, terms: terms, budget: budget) { match in
      found.append(match)
      return true
    }
    return found
  }

  /// The first match inside `range` of `subject` (starting before `limit`, if given), or `nil`.
  public func firstMatch(
    in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>, startingBefore limit: Int? = nil,
    asciiClasses: Bool = false, terms: TermSpanSource? = nil, budget: MatchBudget? = nil
  ) throws(PatternError) -> Match? {
    var first: Match?
    try forEachMatch(
      in: subject, range: range, startingBefore: limit, asciiClasses: asciiClasses, terms: terms, budget: budget
    ) { match in
      first = match
      return false
    }
    return first
  }

  /// True when the pattern matches anywhere inside `range` of `subject`.
  public func matches(
    _ subject: UnsafeBufferPointer<UInt8>, range: Range<Int>, asciiClasses: Bool = false,
    terms: TermSpanSource? = nil, budget: MatchBudget? = nil
  ) throws(PatternError) -> Bool {
    try firstMatch(in: subject, range: range, asciiClasses: asciiClasses, terms: terms, budget: budget) != nil
  }

  /// Calls `body` with each match in order until it returns false.
  ///
  /// `asciiClasses` uses the compilation without PCRE2_UCP; pass it only for subjects where
  /// ``needsUnicodeClasses(_:)`` is false. `terms` says where the term lexicons of the pattern's slots
  /// are in `subject`; without it a slot matches nothing. Each search is charged to `budget`, and once
  /// it is spent the next search throws ``PatternError/budget(seconds:offset:)``. With `limit`, only
  /// matches starting before it are wanted, and the search stops there instead of running on to the
  /// range's end (the subject still ends at the range's end, for lookaheads and `$`).
  public func forEachMatch(
    in subject: UnsafeBufferPointer<UInt8>, range: Range<Int>, startingBefore limit: Int? = nil,
    asciiClasses: Bool = false, terms: TermSpanSource? = nil, budget: MatchBudget? = nil, _ body: (Match) -> Bool
  ) throws(PatternError) {
    let limit = limit.flatMap { $0 <= range.upperBound ? $0 : nil }
    if let limit, limit <= range.lowerBound { return }
    let search = Search(subject: subject, asciiClasses: asciiClasses, budget: budget, startLimit: limit)
    if slotLexicons.isEmpty {
      let own = ownContext(for: range, startingBefore: limit)
      defer { if let own { pcre2_match_context_free_8(own) } }
      return try forEachMatch(search, range: range, context: own ?? matchContext, body)
    }
    if let alternation {
      return try alternation.forEachMatch(
        in: subject, range: range, startingBefore: limit, asciiClasses: asciiClasses, terms: terms, budget: budget, body)
    }
    let callouts = TermCallouts(source: terms, lexicons: slotLexicons, groups: slotGroups)
    guard let context = callouts.matchContext(copying: matchContext) else {
      throw .match(message: "out of memory allocating a match context", code: PCRE2_ERROR_NOMEMORY, offset: range.lowerBound)
    }
    pcre2_set_match_limit_8(context, Self.matchBudget(limit: matchLimit, range: range))
    if let limit { pcre2_set_offset_limit_8(context, limit - 1) }
    defer { pcre2_match_context_free_8(context) }
    try withExtendedLifetime(callouts) { () throws(PatternError) in
      try forEachMatch(search, range: range, context: context, body)
    }
  }

  /// PCRE2's match limit counts the work of one search from every start offset it tries, so a fixed
  /// limit gives up on a long subject where nothing backtracks. The budget grows with the range searched
  /// (``Limits/match`` per 64 KiB): still linear in the text, so a pattern that backtracks
  /// catastrophically is stopped all the same.
  static func matchBudget(limit: UInt32, range: Range<Int>) -> UInt32 {
    let blocks = UInt64(range.count / 65_536) + 1
    return UInt32(clamping: UInt64(limit) * blocks)
  }

  /// A copy of the match context with the budget for `range`, when it is above the standard limit, and
  /// with PCRE2's offset limit just before `limit`, so no search tries a start past it; nil when the
  /// shared context will do.
  private func ownContext(for range: Range<Int>, startingBefore limit: Int?) -> OpaquePointer? {
    let budget = Self.matchBudget(limit: matchLimit, range: range)
    guard budget > matchLimit || limit != nil else { return nil }
    guard let copy = matchContext.flatMap({ pcre2_match_context_copy_8($0) }) ?? pcre2_match_context_create_8(nil)
    else { return nil }
    pcre2_set_match_limit_8(copy, budget)
    if let limit { pcre2_set_offset_limit_8(copy, limit - 1) }
    return copy
  }

  private static func info(_ code: OpaquePointer, _ what: UInt32) -> UInt32 {
    var value: UInt32 = 0
    _ = pcre2_pattern_info_8(code, what, &value)
    return value
  }

  /// Whether `source` holds `token`, byte for byte (Foundation's `contains` compares as UTF-16 and took
  /// a fifth of rule loading on the long lexicon patterns; the standard library's generic
  /// `utf8.contains(_:)` takes over half of it).
  private static func mentions(_ source: String, _ token: String) -> Bool {
    var source = source
    let needle = Array(token.utf8)
    return source.withUTF8 { text in
      guard let first = needle.first else { return true }
      var start = 0
      while start + needle.count <= text.count {
        guard let found = text[start...(text.count - needle.count)].firstIndex(of: first) else { return false }
        if text[found..<(found + needle.count)].elementsEqual(needle) { return true }
        start = found + 1
      }
      return false
    }
  }

  private static func names(_ code: OpaquePointer) -> [String: Int] {
    let count = Int(info(code, UInt32(PCRE2_INFO_NAMECOUNT)))
    guard count > 0 else { return [:] }
    let entrySize = Int(info(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE)))
    var table: UnsafePointer<UInt8>?
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard let table else { return [:] }
    var result: [String: Int] = [:]
    for index in 0..<count {
      let entry = table + index * entrySize
      let number = Int(entry[0]) << 8 | Int(entry[1])
      let nameBytes = UnsafeBufferPointer(start: entry + 2, count: entrySize - 2).prefix { $0 != 0 }
      result[String(decoding: nameBytes, as: UTF8.self)] = number
    }
    return result
  }

  /// PCRE2's text for an error code.
  static func message(for errorCode: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(errorCode, $0.baseAddress, $0.count) }
    return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "PCRE2 error \(errorCode)"
  }
}
