internal import CPCRE2
import Foundation

/// Searches of a long subject run in windows, so that no single PCRE2 call can run for ever.
///
/// PCRE2's match limit counts backtracking, not the steps of a simple loop: `zz(?=[\s\S]{0,65000}?QQQ)`
/// scans 65,000 characters ahead from every `zz` within one call, and a megabyte of them takes minutes
/// in a single call that no budget check can interrupt. So a search ends its subject at most
/// ``bytes`` past where it starts, with PCRE2_PARTIAL_HARD: a match that needs no text past the window
/// is the match the whole subject gives (PCRE2 reports a partial match instead whenever it reaches the
/// window's end, `$`, `\b` and lookaheads included), and a start that reached the end is decided again
/// on its own, anchored, in windows that double up to the whole subject. Every call is then bounded and
/// charged to the budget between calls.
enum SearchWindow {
  /// Bytes a search looks past its start before its window ends.
  static let bytes = 8_192
}

/// A pattern's compilations with JIT code for partial matching as well as complete, copied and compiled
/// on first use: only searches longer than a window need them, and JIT-compiling every pattern for
/// partial matching would slow every start. Shared across threads; the lock guards the copies.
final class WindowedCodes: @unchecked Sendable {
  private let lock = NSLock()
  private var codes: [OpaquePointer: OpaquePointer] = [:]

  /// The copy of `code` that the JIT also compiled for partial matching.
  func code(for code: OpaquePointer) -> OpaquePointer {
    lock.lock()
    defer { lock.unlock() }
    if let copy = codes[code] { return copy }
    guard let copy = pcre2_code_copy_8(code) else { return code }
    _ = pcre2_jit_compile_8(copy, UInt32(PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD))
    codes[code] = copy
    return copy
  }

  deinit {
    for copy in codes.values { pcre2_code_free_8(copy) }
  }
}

extension Pattern {
  /// What one call of ``forEachMatch(in:range:startingBefore:asciiClasses:terms:budget:_:)`` searches and charges.
  struct Search {
    var subject: UnsafeBufferPointer<UInt8>
    var asciiClasses: Bool
    var budget: MatchBudget?
    /// Where matches must start before (the match context's offset limit holds PCRE2 to it), if anywhere.
    var startLimit: Int?
  }

  /// One search, or one windowed part of it: the compiled code, its match data and context, the
  /// subject's end and the options.
  private struct Call {
    var code: OpaquePointer
    var base: UnsafePointer<UInt8>
    var data: OpaquePointer
    var context: OpaquePointer?
    var search: Search
    /// Whether the search runs in windows (a long range, a pattern that allows it).
    var isWindowed: Bool
  }

  func forEachMatch(
    _ search: Search, range: Range<Int>, context: OpaquePointer?, _ body: (Match) -> Bool
  ) throws(PatternError) {
    let windowed = isWindowed && range.count > SearchWindow.bytes
    let compiled = codes.code(asciiClasses: search.asciiClasses, searching: windowed ? 0 : range.count)
    let code = windowed ? windowedCodes.code(for: compiled) : compiled
    let subject = search.subject
    precondition(range.lowerBound >= 0 && range.upperBound <= subject.count, "range outside the subject")
    guard let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1) else { return }
    guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else {
      throw .match(message: "out of memory allocating match data", code: PCRE2_ERROR_NOMEMORY, offset: range.lowerBound)
    }
    defer { pcre2_match_data_free_8(data) }
    let call = Call(code: code, base: base, data: data, context: context, search: search, isWindowed: windowed)
    let end = range.upperBound
    let limit = search.startLimit ?? end + 1
    var start = range.lowerBound
    var retryOptions: UInt32 = 0
    while start <= end && start < limit {
      let rc = try next(call, from: start, end: end, options: retryOptions)
      if rc == PCRE2_ERROR_NOMATCH {
        guard retryOptions != 0 else { return }
        // The empty match could not be extended at this offset: step over one scalar and go on.
        retryOptions = 0
        start = Self.nextScalar(after: start, in: subject, end: end)
        continue
      }
      let match = extract(data, groups: Int(rc))
      guard body(match) else { return }
      if match.range.isEmpty {
        start = match.range.lowerBound
        retryOptions = UInt32(PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED)
      } else {
        start = match.range.upperBound
        retryOptions = 0
      }
    }
  }

  /// The next match from `start` (its group count), or PCRE2_ERROR_NOMATCH, window by window.
  private func next(_ call: Call, from start: Int, end: Int, options: UInt32) throws(PatternError) -> Int32 {
    guard call.isWindowed else { return try run(call, length: end, start: start, options: options) }
    let anchored = options & UInt32(PCRE2_ANCHORED) != 0
    var from = start
    while true {
      let windowEnd = Self.scalarBoundary(from + SearchWindow.bytes, in: call.search.subject, end: end)
      guard windowEnd < end else { return try run(call, length: end, start: from, options: options) }
      let rc = try run(call, length: windowEnd, start: from, options: options | UInt32(PCRE2_PARTIAL_HARD))
      if rc == PCRE2_ERROR_NOMATCH {
        // Every start before the window's end failed without needing more text.
        if anchored { return rc }
        from = windowEnd
        if let limit = call.search.startLimit, from >= limit { return rc }
        continue
      }
      guard rc == PCRE2_ERROR_PARTIAL else { return rc }
      let partial = max(from, Int(pcre2_get_startchar_8(call.data)))
      let decided = try decide(call, at: partial, end: end, options: options)
      if decided != PCRE2_ERROR_NOMATCH || anchored { return decided }
      from = Self.nextScalar(after: partial, in: call.search.subject, end: end)
      if let limit = call.search.startLimit, from >= limit { return decided }
    }
  }

  /// The match starting exactly at `offset`, in windows that double until one needs no more text.
  ///
  /// The start is held with PCRE2's offset limit rather than PCRE2_ANCHORED, which the JIT does not
  /// take at match time (the interpreter would run instead, and count backtracking differently).
  private func decide(_ call: Call, at offset: Int, end: Int, options: UInt32) throws(PatternError) -> Int32 {
    let copy = call.context.flatMap { pcre2_match_context_copy_8($0) } ?? pcre2_match_context_create_8(nil)
    guard let copy else {
      throw .match(message: "out of memory allocating a match context", code: PCRE2_ERROR_NOMEMORY, offset: offset)
    }
    defer { pcre2_match_context_free_8(copy) }
    pcre2_set_offset_limit_8(copy, offset)
    var held = call
    held.context = copy
    var size = 2 * SearchWindow.bytes
    while true {
      let windowEnd = Self.scalarBoundary(offset + size, in: call.search.subject, end: end)
      let partial = windowEnd < end ? UInt32(PCRE2_PARTIAL_HARD) : 0
      let rc = try run(held, length: windowEnd, start: offset, options: options | partial)
      guard rc == PCRE2_ERROR_PARTIAL else { return rc }
      size *= 2
    }
  }

  /// Runs one PCRE2 call, charged to the budget (refused once it is spent); falls back from JIT to the
  /// interpreter when the JIT stack is too small.
  private func run(_ call: Call, length: Int, start: Int, options: UInt32) throws(PatternError) -> Int32 {
    if let budget = call.search.budget, budget.isSpent { throw .budget(seconds: budget.seconds, offset: start) }
    let flags = options | UInt32(PCRE2_NO_UTF_CHECK)
    func attempt(_ flags: UInt32) -> Int32 {
      let match = { pcre2_match_8(call.code, call.base, length, start, flags, call.data, call.context) }
      return call.search.budget.map { $0.measure(match) } ?? match()
    }
    var rc = attempt(flags)
    if rc == PCRE2_ERROR_JIT_STACKLIMIT { rc = attempt(flags | UInt32(PCRE2_NO_JIT)) }
    if rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL || rc > 0 { return rc }
    if rc == 0 {
      // The ovector was too small; it never is for match data created from the pattern.
      return Int32(visibleGroups.last ?? 0) + 1
    }
    throw .match(message: Self.runtimeMessage(for: rc), code: rc, offset: start)
  }

  private func extract(_ data: OpaquePointer, groups: Int) -> Match {
    let ovector = pcre2_get_ovector_pointer_8(data)!
    var ranges: [Range<Int>?] = []
    ranges.reserveCapacity(visibleGroups.count)
    for group in visibleGroups {
      let lower = ovector[2 * group]
      let upper = ovector[2 * group + 1]
      if group >= groups || lower < 0 || upper < 0 {
        ranges.append(nil)
      } else {
        // `\K` in a lookahead can report a start after the end; clamp so ranges stay valid.
        ranges.append(Int(lower)..<Int(max(lower, upper)))
      }
    }
    return Match(range: ranges[0] ?? 0..<0, groups: ranges)
  }

  private static func nextScalar(after offset: Int, in subject: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
    var next = offset + 1
    while next < end, subject[next] & 0xC0 == 0x80 { next += 1 }
    return next
  }

  /// `offset`, moved back to the start of the scalar it falls in, or `end` when past it.
  private static func scalarBoundary(_ offset: Int, in subject: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
    guard offset < end else { return end }
    var boundary = offset
    while boundary > 0, subject[boundary] & 0xC0 == 0x80 { boundary -= 1 }
    return boundary
  }

  private static func runtimeMessage(for rc: Int32) -> String {
    switch rc {
    case PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT:
      "pattern gave up (\(message(for: rc))); it backtracks catastrophically on this text"
    default:
      "matching failed: \(message(for: rc))"
    }
  }
}
