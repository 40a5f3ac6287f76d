import Foundation

/// How much pattern matching one rule may do on one document, and how much it has done.
///
/// PCRE2's match limit bounds one search, but a rule makes many: one per sentence it looks in, per
/// condition it checks, per match it finds. A budget adds up the time spent inside PCRE2 across all of
/// them, so a rule file cannot make a run last for ever with patterns that are each within the limit.
/// The time is measured with the monotonic clock around each search; a budget counts as spent only
/// when the thread's CPU time since it began is over the allowance too, so a busy machine that
/// stalls the thread does not stop a rule that did little work.
public final class MatchBudget {
  /// The allowance for one rule on one document: a base plus a share per MiB of its text.
  public struct Allowance: Sendable, Hashable {
    public var seconds: Double
    public var secondsPerMiB: Double

    public init(seconds: Double, secondsPerMiB: Double) {
      self.seconds = seconds
      self.secondsPerMiB = secondsPerMiB
    }

    /// 1 s, and 1 s more per MiB: on 850 KB of careful copy the slowest built-in rule spends 0.3 s
    /// matching (a debug build), against 1.8 s allowed; a rule that scans far ahead from every match
    /// spends 4 s and more.
    public static let standard = Allowance(seconds: 1, secondsPerMiB: 1)

    /// The seconds allowed on a text of `length` bytes.
    public func seconds(forLength length: Int) -> Double {
      seconds + secondsPerMiB * Double(length) / 1_048_576
    }
  }

  /// Seconds allowed.
  public let seconds: Double
  private var spent: UInt64 = 0
  private let limit: UInt64
  private let cpuAtStart: UInt64

  public init(seconds: Double) {
    self.seconds = seconds
    limit = UInt64(max(0, seconds) * 1e9)
    cpuAtStart = Self.now(CLOCK_THREAD_CPUTIME_ID)
  }

  /// Whether the matching done so far is over the allowance.
  public var isSpent: Bool {
    spent > limit && Self.now(CLOCK_THREAD_CPUTIME_ID) - cpuAtStart > limit
  }

  /// Runs one search, adding its time to the budget.
  @inline(__always)
  func measure<T>(_ search: () -> T) -> T {
    let start = Self.now(CLOCK_MONOTONIC)
    defer { spent &+= Self.now(CLOCK_MONOTONIC) &- start }
    return search()
  }

  /// `2 s`, `0.5 s`: seconds for messages.
  static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
  }

  private static func now(_ clock: clockid_t) -> UInt64 {
    var time = timespec()
    clock_gettime(clock, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
