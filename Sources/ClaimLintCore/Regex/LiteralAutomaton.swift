/// Finds every occurrence of many ASCII literals in one pass over a text, ignoring ASCII case
/// (Aho–Corasick, compiled to a table of transitions over the byte classes the literals use).
struct LiteralAutomaton: Sendable {
  /// The literals, lower-cased, indexed by literal number.
  let literals: [[UInt8]]
  /// The class of each byte: the literals' bytes (upper case folded) get one each, all others share 0.
  private let byteClass: [UInt8]
  private let classCount: Int
  /// `transitions[state * classCount + class]`: the next state.
  private let transitions: [Int32]
  /// The literal that ends at each state, or -1.
  private let output: [Int32]
  /// The nearest state on the failure chain (itself excluded) where a literal ends, or -1.
  private let outputLink: [Int32]

  init(_ literals: [[UInt8]]) {
    self.literals = literals
    var classes = [UInt8](repeating: 0, count: 256)
    var count = 1
    for literal in literals {
      for byte in literal where classes[Int(byte)] == 0 {
        classes[Int(byte)] = UInt8(count)
        count += 1
      }
    }
    for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(upper)] = classes[Int(upper + 32)] }
    byteClass = classes
    classCount = count
    var trie = Trie(classCount: count)
    for (number, literal) in literals.enumerated() { trie.insert(literal.map { Int(classes[Int($0)]) }, number) }
    let links = trie.completeTransitions()
    transitions = trie.transitions
    output = trie.output
    outputLink = links
  }

  /// Calls `body(literal, end)` for each occurrence, in order of its end offset.
  func forEachOccurrence(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
    guard !literals.isEmpty else { return }
    transitions.withUnsafeBufferPointer { table in
      byteClass.withUnsafeBufferPointer { classes in
        var state = 0
        for position in 0..<text.count {
          state = Int(table[state * classCount + Int(classes[Int(text[position])])])
          var found = output[state] >= 0 ? state : Int(outputLink[state])
          while found >= 0 {
            body(Int(output[found]), position + 1)
            found = Int(outputLink[found])
          }
        }
      }
    }
  }

  /// The trie of the literals, then its failure links folded into a complete transition table.
  private struct Trie {
    let classCount: Int
    var transitions: [Int32]
    var output: [Int32] = [-1]

    init(classCount: Int) {
      self.classCount = classCount
      transitions = [Int32](repeating: -1, count: classCount)
    }

    mutating func insert(_ classes: [Int], _ number: Int) {
      var state = 0
      for byteClass in classes {
        let slot = state * classCount + byteClass
        if transitions[slot] < 0 {
          transitions[slot] = Int32(output.count)
          output.append(-1)
          transitions += [Int32](repeating: -1, count: classCount)
        }
        state = Int(transitions[slot])
      }
      if output[state] < 0 { output[state] = Int32(number) }
    }

    /// Breadth first: each missing transition goes where the failure state's does; returns output links.
    mutating func completeTransitions() -> [Int32] {
      var failure = [Int32](repeating: 0, count: output.count)
      var links = [Int32](repeating: -1, count: output.count)
      var queue: [Int] = []
      for byteClass in 0..<classCount {
        if transitions[byteClass] < 0 {
          transitions[byteClass] = 0
        } else {
          queue.append(Int(transitions[byteClass]))
        }
      }
      var head = 0
      while head < queue.count {
        let state = queue[head]
        head += 1
        let fail = Int(failure[state])
        links[state] = output[fail] >= 0 ? Int32(fail) : links[fail]
        for byteClass in 0..<classCount {
          let slot = state * classCount + byteClass
          let next = transitions[slot]
          let fallback = transitions[fail * classCount + byteClass]
          if next < 0 {
            transitions[slot] = fallback
          } else {
            failure[Int(next)] = fallback
            queue.append(Int(next))
          }
        }
      }
      return links
    }
  }
}
