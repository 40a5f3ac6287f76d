/// Reads a PCRE2 pattern's source for the literals every match must contain (``RequiredLiterals``).
///
/// Conservative by construction: a construct it knows consumes text it cannot name (a class, a dot, a
/// back reference, a recursion, a non-ASCII character) and contributes no literal; a construct it does
/// not know makes the whole pattern unread, so the pattern is always searched. Assertions, lookarounds,
/// callouts and verbs match no text, so the literals on either side of them are joined.
struct LiteralReader {
  let bytes: [UInt8]
  var index = 0
  /// Groups already read in other patterns of the same set.
  private let memo: LiteralMemo
  /// How many groups enclose the reader's position.
  private var depth = 0

  struct Unreadable: Error {}

  /// The choices of literals every match of `source` satisfies (one literal of each), or nil when none
  /// is known.
  ///
  /// `memo` holds the groups read before, for a set of patterns that share lexicons.
  static func literals(
    of source: String, extended: Bool, memo: LiteralMemo = LiteralMemo()
  ) -> [RequiredLiterals.Choice]? {
    var reader = LiteralReader(bytes: Array(source.utf8), memo: memo)
    guard let facts = try? reader.alternation(extended: extended), reader.index == reader.bytes.count,
      !facts.requirement.isEmpty
    else { return nil }
    return facts.requirement
  }

  private init(bytes: [UInt8], memo: LiteralMemo) {
    self.bytes = bytes
    self.memo = memo
  }

  /// The requirement "a term of slot `slot`'s lexicon starts inside": 0xFF (never a byte of UTF-8 text)
  /// and the slot number, which the prefilter reads back with ``slot(ofMarker:)``.
  static func slotMarker(_ slot: Int) -> [UInt8] { [0xFF, UInt8(truncatingIfNeeded: slot)] }

  /// The slot of a marker, or nil for a literal.
  static func slot(ofMarker literal: [UInt8]) -> Int? {
    literal.count == 2 && literal[0] == 0xFF ? Int(literal[1]) : nil
  }

  var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  func peek(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

  /// Branches up to the closing parenthesis of the group (not consumed) or the end.
  private mutating func alternation(extended start: Bool) throws -> RequiredLiterals {
    var count = 0
    return try alternation(extended: start, branchCount: &count)
  }

  private mutating func alternation(extended start: Bool, branchCount: inout Int) throws -> RequiredLiterals {
    var extended = start
    var branches: [RequiredLiterals] = []
    var items: [RequiredLiterals] = []
    while let byte = current, byte != UInt8(ascii: ")") {
      if byte == UInt8(ascii: "|") {
        index += 1
        branches.append(.sequence(items))
        items = []
        continue
      }
      if extended, skipSpaceAndComments() { continue }
      if let run = literalRun(extended: extended) {
        items.append(.literal(run))
        continue
      }
      let atom = try self.atom(extended: &extended)
      items.append(try quantified(atom, extended: extended))
    }
    branches.append(.sequence(items))
    branchCount = branches.count
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  /// Plain ASCII characters from here, as one literal (most of a lexicon's text), leaving out a last one
  /// that a quantifier follows; nil when there are none.
  private mutating func literalRun(extended: Bool) -> [UInt8]? {
    var end = index
    while end < bytes.count, Self.isPlain(bytes[end], extended: extended) { end += 1 }
    if end < bytes.count, [UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{")].contains(bytes[end]) {
      end -= 1
    }
    guard end > index else { return nil }
    defer { index = end }
    return Array(bytes[index..<end])
  }

  /// True for a byte that stands for itself here: ASCII and not a metacharacter (nor, in extended mode,
  /// white space or a comment).
  private static func isPlain(_ byte: UInt8, extended: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "'"),
      UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "%"),
      UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "@"), UInt8(ascii: "~"),
      UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"):
      return true
    case UInt8(ascii: " "): return !extended
    default: return false
    }
  }

  /// Skips white space and `#` comments of extended mode; true when it skipped any.
  private mutating func skipSpaceAndComments() -> Bool {
    let start = index
    while let byte = current {
      if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
        index += 1
      } else if byte == UInt8(ascii: "#") {
        while let next = current, next != 0x0A { index += 1 }
      } else {
        break
      }
    }
    return index > start
  }

  private mutating func atom(extended: inout Bool) throws -> RequiredLiterals {
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "("): return try rememberedGroup(extended: &extended)
    case UInt8(ascii: "["):
      try skipClass()
      return .unknown
    case UInt8(ascii: "."): return .unknown
    case UInt8(ascii: "^"), UInt8(ascii: "$"): return .empty
    case UInt8(ascii: "\\"): return try escape()
    case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"): throw Unreadable()
    case 0x80...:
      // A non-ASCII character: skip its continuation bytes. Its case variants are not ASCII literals.
      while let next = current, next & 0xC0 == 0x80 { index += 1 }
      return .unknown
    default: return .literal(byte)
    }
  }

  /// A quantifier after an atom, if any, applied to it.
  private mutating func quantified(_ atom: RequiredLiterals, extended: Bool) throws -> RequiredLiterals {
    if extended { _ = skipSpaceAndComments() }
    guard let byte = current else { return atom }
    let bounds: (minimum: Int, maximum: Int?)
    switch byte {
    case UInt8(ascii: "?"): bounds = (0, 1)
    case UInt8(ascii: "*"): bounds = (0, nil)
    case UInt8(ascii: "+"): bounds = (1, nil)
    case UInt8(ascii: "{"):
      guard let counted = countedQuantifier() else { return atom }
      bounds = counted
    default: return atom
    }
    if byte != UInt8(ascii: "{") { index += 1 }
    // Lazy or possessive.
    if current == UInt8(ascii: "?") || current == UInt8(ascii: "+") { index += 1 }
    return atom.repeated(minimum: bounds.minimum, maximum: bounds.maximum)
  }

  /// `{n}`, `{n,}` or `{n,m}`, consumed; nil (nothing consumed) when the brace is a literal.
  private mutating func countedQuantifier() -> (minimum: Int, maximum: Int?)? {
    var cursor = index + 1
    func number() -> Int? {
      let start = cursor
      var value = 0
      while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
        value = min(value * 10 + Int(bytes[cursor] - UInt8(ascii: "0")), 1_000_000)
        cursor += 1
      }
      return cursor > start ? value : nil
    }
    guard let minimum = number() else { return nil }
    var maximum: Int? = minimum
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") {
      cursor += 1
      maximum = number()
    }
    guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") else { return nil }
    index = cursor + 1
    return (minimum, maximum)
  }

  /// A group, read or recalled from ``memo``: a lexicon's alternation appears in many patterns of a set.
  private mutating func rememberedGroup(extended: inout Bool) throws -> RequiredLiterals {
    guard depth < LiteralMemo.depth else { return try group(extended: &extended) }
    let start = index - 1
    if let (length, recalled) = memo.recall(bytes, at: start, extended: extended) {
      index = start + length
      return recalled
    }
    depth += 1
    defer { depth -= 1 }
    let before = extended
    let read = try group(extended: &extended)
    if extended == before { memo.remember(bytes[start..<index], extended: extended, read) }
    return read
  }

  /// A parenthesized construct, after its `(`, up to and including its `)`.
  private mutating func group(extended: inout Bool) throws -> RequiredLiterals {
    if current == UInt8(ascii: "*") {
      // (*UTF), (*SKIP), (*MARK:name): verbs match no text. Named forms such as (*atomic:…) are not read.
      index += 1
      while let byte = current, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { index += 1 }
      guard current == UInt8(ascii: ")") || current == UInt8(ascii: ":") else { throw Unreadable() }
      try skipPast(UInt8(ascii: ")"))
      return .empty
    }
    guard current == UInt8(ascii: "?") else { return try body(extended: extended) }
    index += 1
    guard let kind = current else { throw Unreadable() }
    switch kind {
    case UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: ">"):
      index += 1
      return try body(extended: extended)
    case UInt8(ascii: "#"):
      try skipPast(UInt8(ascii: ")"))
      return .empty
    case UInt8(ascii: "="), UInt8(ascii: "!"):
      index += 1
      _ = try body(extended: extended)
      return .empty
    case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "=") || peek(1) == UInt8(ascii: "!"):
      index += 2
      _ = try body(extended: extended)
      return .empty
    case UInt8(ascii: "<"), UInt8(ascii: "'"):
      index += 1
      let nameStart = index
      try skipPast(kind == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "'"))
      let name = bytes[nameStart..<(index - 1)]
      let inside = try body(extended: extended)
      guard let slot = TermSlot.slot(named: name) else { return inside }
      // A term slot's marker group: a term of its lexicon starts here (see ``slotMarker(_:)``).
      return RequiredLiterals(exact: nil, required: [[Self.slotMarker(slot)]])
    case UInt8(ascii: "P"):
      return try pythonGroup(extended: extended)
    case UInt8(ascii: "("):
      return try conditional(extended: extended)
    case UInt8(ascii: "C"):
      try skipCallout()
      return .empty
    case UInt8(ascii: "R"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try skipPast(UInt8(ascii: ")"))  // recursion or a subroutine call
      return .unknown
    case UInt8(ascii: "-") where peek(1).map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true:
      try skipPast(UInt8(ascii: ")"))
      return .unknown
    default:
      return try options(extended: &extended)
    }
  }

  /// The alternation inside a group and its closing `)`.
  private mutating func body(extended: Bool) throws -> RequiredLiterals {
    let inside = try alternation(extended: extended)
    guard current == UInt8(ascii: ")") else { throw Unreadable() }
    index += 1
    return inside
  }

  /// `(?P<name>…)`, `(?P=name)` or `(?P>name)`, after `(?`.
  private mutating func pythonGroup(extended: Bool) throws -> RequiredLiterals {
    index += 1
    switch current {
    case UInt8(ascii: "<"):
      try skipPast(UInt8(ascii: ">"))
      return try body(extended: extended)
    case UInt8(ascii: "="), UInt8(ascii: ">"):
      try skipPast(UInt8(ascii: ")"))
      return .unknown
    default: throw Unreadable()
    }
  }

  /// `(?(condition)yes|no)`, after `(?`: the branches as alternatives (a missing one matches nothing).
  private mutating func conditional(extended: Bool) throws -> RequiredLiterals {
    index += 1
    if current == UInt8(ascii: "?") {
      var flags = extended
      _ = try group(extended: &flags)  // an assertion
    } else {
      try skipPast(UInt8(ascii: ")"))  // a group number, a name, R or DEFINE
    }
    var count = 0
    let branches = try alternation(extended: extended, branchCount: &count)
    guard current == UInt8(ascii: ")") else { throw Unreadable() }
    index += 1
    return count >= 2 ? branches : .alternation([branches, .empty])
  }

  /// Option settings `(?i)`, `(?x-i)`, `(?^)`, or a group with options `(?i:…)`, after `(?`.
  private mutating func options(extended: inout Bool) throws -> RequiredLiterals {
    var setting = true
    var scoped = extended
    while let byte = current {
      index += 1
      switch byte {
      case UInt8(ascii: "-"): setting = false
      case UInt8(ascii: "^"): scoped = false
      case UInt8(ascii: "x"): scoped = setting
      case UInt8(ascii: ")"):
        extended = scoped
        return .empty
      case UInt8(ascii: ":"): return try body(extended: scoped)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): continue
      default: throw Unreadable()
      }
    }
    throw Unreadable()
  }

  /// `(?C)`, `(?C12)` or `(?C"text")` with any of PCRE2's delimiters, after `(?`.
  private mutating func skipCallout() throws {
    index += 1
    if let open = current, [0x60, 0x27, 0x22, 0x5E, 0x25, 0x23, 0x24, 0x7B].contains(open) {
      let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : open
      index += 1
      while true {
        guard let byte = current else { throw Unreadable() }
        index += 1
        if byte == close {
          if current == close { index += 1 } else { break }
        }
      }
    }
    try skipPast(UInt8(ascii: ")"))
  }

  /// Moves past the next `terminator`.
  mutating func skipPast(_ terminator: UInt8) throws {
    while let byte = current {
      index += 1
      if byte == terminator { return }
    }
    throw Unreadable()
  }
}

extension Pattern {
  /// The choices of literals every match satisfies (``LiteralReader``), or nil when none is known.
  var requiredLiterals: [RequiredLiterals.Choice]? { requiredLiterals(memo: LiteralMemo()) }

  /// The same, recalling the groups of `memo` (see ``LiteralMemo``).
  func requiredLiterals(memo: LiteralMemo) -> [RequiredLiterals.Choice]? {
    LiteralReader.literals(of: source, extended: options.contains(.extended), memo: memo)
  }
}
