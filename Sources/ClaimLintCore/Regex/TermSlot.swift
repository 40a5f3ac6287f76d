internal import CPCRE2

/// How a term lexicon is matched inside a PCRE2 pattern: an empty named group marks where the slot
/// starts, a callout checks that a term starts there, a greedy run of characters is tried back to front,
/// and a second callout accepts the run only where a term of the lexicon ends.
///
/// So `{{conditions}}` in a rule pattern costs a lookup in the document's ``TermIndex`` instead of a
/// regex alternation of tens of thousands of terms, and the rest of the pattern works as before. The
/// marker groups are hidden: capture numbers and names in rules do not see them.
enum TermSlot {
  /// Slots per pattern; callout numbers are 1...255, two per slot.
  static let maximumSlots = 127
  /// The longest term a slot matches, in bytes.
  static let maximumLength = 160

  static func groupName(_ slot: Int) -> String { "_cls\(slot)" }

  /// The slot whose marker group has this name, if it is one.
  static func slot<Name: Collection<UInt8>>(named name: Name) -> Int? {
    let prefix = Array("_cls".utf8)
    guard name.count > prefix.count, name.starts(with: prefix) else { return nil }
    return Int(String(decoding: name.dropFirst(prefix.count), as: UTF8.self))
  }

  /// The regex of slot `slot`.
  ///
  /// A term starts a word of prose (``TermTokenizer``): at an ASCII letter or digit or a non-ASCII
  /// character, never right after an ASCII letter or digit. The guard says so to PCRE2 before the
  /// callout, so most offsets of a text are passed over by PCRE2 itself, without a call into Swift.
  /// The lookahead names the ASCII bytes a term cannot start with rather than the range of non-ASCII
  /// characters it can: in a caseless pattern PCRE2 folds every character of a class range at compile
  /// time, and `\x{80}-\x{10FFFF}` is a million of them.
  static func regex(slot: Int) -> String {
    "(?<![A-Za-z0-9])(?=[^\\x00-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7F])"
      + "(?<\(groupName(slot))>)(?C\(2 * slot + 1))[\\s\\S]{1,\(maximumLength)}(?C\(2 * slot + 2))"
  }
}

/// The callout state of one match call: where the terms are, and which lexicon and group each slot uses.
final class TermCallouts {
  let source: TermSpanSource?
  let lexicons: [Int]
  let groups: [Int]
  private var lastSlot = -1
  private var lastStart = -1
  private var lastEnds: ArraySlice<Int> = []

  init(source: TermSpanSource?, lexicons: [Int], groups: [Int]) {
    self.source = source
    self.lexicons = lexicons
    self.groups = groups
  }

  /// A copy of `context` (limits kept) that calls back into this object; the caller frees it and keeps
  /// this object alive while it is used.
  func matchContext(copying context: OpaquePointer?) -> OpaquePointer? {
    let copy = context.flatMap { pcre2_match_context_copy_8($0) } ?? pcre2_match_context_create_8(nil)
    guard let copy else { return nil }
    pcre2_set_callout_8(copy, termCallout, Unmanaged.passUnretained(self).toOpaque())
    return copy
  }

  /// 0 to go on matching, 1 to backtrack.
  fileprivate func decide(_ block: pcre2_callout_block_8) -> Int32 {
    let number = Int(block.callout_number)
    let slot = (number - 1) / 2
    guard let source, slot < lexicons.count else { return 1 }
    let position = Int(block.current_position)
    if number % 2 == 1 {
      return source.termEnds(lexicon: lexicons[slot], startingAt: position).isEmpty ? 1 : 0
    }
    let group = groups[slot]
    guard group < Int(block.capture_top) else { return 1 }
    let start = block.offset_vector[2 * group]
    // The greedy run tries each length down from the longest, so one start is asked about many times.
    if slot != lastSlot || start != lastStart {
      (lastSlot, lastStart) = (slot, start)
      lastEnds = source.termEnds(lexicon: lexicons[slot], startingAt: start)
    }
    return lastEnds.contains(position) ? 0 : 1
  }
}

private func termCallout(_ block: UnsafeMutablePointer<pcre2_callout_block_8>?, _ data: UnsafeMutableRawPointer?)
  -> Int32
{
  guard let block, let data else { return 1 }
  return Unmanaged<TermCallouts>.fromOpaque(data).takeUnretainedValue().decide(block.pointee)
}
