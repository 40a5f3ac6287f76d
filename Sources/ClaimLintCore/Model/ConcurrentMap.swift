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
