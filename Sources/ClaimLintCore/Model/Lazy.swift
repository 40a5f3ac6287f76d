import Foundation

/// A value made on first use, from any thread, once; copies of what holds it share it.
final class Lazy<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var made: Value?
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  /// The value, made now if no thread has made it yet.
  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make()
    made = value
    return value
  }
}

/// Values by key, made on first use from any thread. A value is made outside the lock, so two threads
/// may both make one; they are the same, and the first stored is kept.
final class SharedValues<Key: Hashable, Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Key: Value] = [:]

  subscript(key: Key) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return values[key]
  }

  /// Stores `value` unless one is stored already; returns the one kept.
  @discardableResult
  func store(_ value: Value, for key: Key) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let known = values[key] { return known }
    values[key] = value
    return value
  }

  /// The value for `key`, made by `make` if none is stored yet.
  func value(for key: Key, make: () -> Value) -> Value {
    self[key] ?? store(make(), for: key)
  }
}

/// A fixed number of values by index, each made on first use from any thread. A value is made outside
/// the lock, so two threads may both make one; they are the same, and the first stored is kept.
final class SharedSlots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Value?]

  init(count: Int) {
    values = Array(repeating: nil, count: count)
  }

  /// Stores `value` at `index` unless one is stored already; returns the one kept.
  @discardableResult
  func store(_ value: Value, at index: Int) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let known = values[index] { return known }
    values[index] = value
    return value
  }

  /// The value at `index`, made by `make` if none is stored yet.
  func value(at index: Int, make: () -> Value) -> Value {
    lock.lock()
    let known = values[index]
    lock.unlock()
    return known ?? store(make(), at: index)
  }

  /// How many values have been made.
  var madeCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return values.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
  }
}
