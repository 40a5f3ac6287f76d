/// The shortest edit script between two lists of lines (Myers' O(ND) algorithm), after the common
/// prefix and suffix are set aside.
struct LineDiff {
  /// One step of the script: a line kept, removed from the old side or added from the new side.
  enum Step: Equatable {
    case keep(old: Int, new: Int)
    case remove(old: Int)
    case add(new: Int)
  }

  let steps: [Step]

  init(_ old: [ArraySlice<UInt8>], _ new: [ArraySlice<UInt8>]) {
    var prefix = 0
    while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix && suffix < new.count - prefix
      && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    var steps = (0..<prefix).map { Step.keep(old: $0, new: $0) }
    steps += Self.middle(old, new, from: prefix, trimming: suffix)
    steps += (0..<suffix).map { Step.keep(old: old.count - suffix + $0, new: new.count - suffix + $0) }
    self.steps = steps
  }

  /// The script for `old[start..<old.count - suffix]` against the same part of `new`.
  private static func middle(
    _ old: [ArraySlice<UInt8>], _ new: [ArraySlice<UInt8>], from start: Int, trimming suffix: Int
  ) -> [Step] {
    let n = old.count - suffix - start
    let m = new.count - suffix - start
    if n == 0 { return (0..<m).map { .add(new: start + $0) } }
    if m == 0 { return (0..<n).map { .remove(old: start + $0) } }
    let offset = n + m
    var frontier = [Int](repeating: 0, count: 2 * offset + 2)
    var trace: [[Int]] = []
    search: for depth in 0...offset {
      trace.append(frontier)
      for diagonal in stride(from: -depth, through: depth, by: 2) {
        let down = diagonal == -depth || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
        var x = down ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
        var y = x - diagonal
        while x < n && y < m && old[start + x] == new[start + y] {
          x += 1
          y += 1
        }
        frontier[offset + diagonal] = x
        if x >= n && y >= m { break search }
      }
    }
    return backtrack(trace, n: n, m: m, offset: offset).map { step in
      switch step {
      case .keep(let a, let b): .keep(old: start + a, new: start + b)
      case .remove(let a): .remove(old: start + a)
      case .add(let b): .add(new: start + b)
      }
    }
  }

  /// Walks the saved frontiers back from the end, giving the script in order.
  private static func backtrack(_ trace: [[Int]], n: Int, m: Int, offset: Int) -> [Step] {
    var steps: [Step] = []
    var x = n
    var y = m
    for depth in stride(from: trace.count - 1, through: 0, by: -1) {
      let frontier = trace[depth]
      let diagonal = x - y
      let down = diagonal == -depth || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
      let previous = down ? diagonal + 1 : diagonal - 1
      let startX = depth == 0 ? 0 : frontier[offset + previous]
      let startY = depth == 0 ? 0 : startX - previous
      while x > startX && y > startY {
        x -= 1
        y -= 1
        steps.append(.keep(old: x, new: y))
      }
      guard depth > 0 else { break }
      if down {
        y -= 1
        steps.append(.add(new: y))
      } else {
        x -= 1
        steps.append(.remove(old: x))
      }
    }
    return steps.reversed()
  }
}
