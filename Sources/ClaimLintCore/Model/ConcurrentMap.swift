import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// `map` over the elements on every core, results in the elements' order (on the calling thread when
  /// there is only one element).
  func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.set(index, transform(self[index]))
    }
    return slots.all
  }

  /// `map` over runs of consecutive elements, about `chunks` of them, side by side; results in the
  /// elements' order. For many small pieces of work, where a task per element would cost more than it does.
  func concurrentMap<Result: Sendable>(inChunks chunks: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
    let size = Swift.max(1, (count + chunks - 1) / Swift.max(chunks, 1))
    return Array<Int>(stride(from: 0, to: count, by: size)).concurrentMap { start in
      self[start..<Swift.min(start + size, count)].map(transform)
    }.flatMap { $0 }
  }
}

/// Results written from many threads, each slot once.
private final class Slots<Value: Sendable>: @unchecked Sendable {
  private var values: [Value?]
  private let lock = NSLock()

  init(count: Int) {
    values = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    values[index] = value
    lock.unlock()
  }

  /// Every value, once each slot is set.
  var all: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return values.map { $0! }
  }
}
