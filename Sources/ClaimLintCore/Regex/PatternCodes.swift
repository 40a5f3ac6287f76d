internal import CPCRE2
import Foundation
import Synchronization

/// A pattern's two PCRE2 compilations (with and without PCRE2_UCP), each made when first searched with
/// and JIT-compiled once it has searched enough text to repay the JIT's cost.
///
/// Loading the built-in rules compiled and JIT-compiled every pattern twice, most of a short run's time,
/// though one article needs one of the two compilations of the few patterns whose literals it holds
/// (see ``LiteralPrefilter``) and the interpreter finds the same matches. Shared across threads: a
/// compilation is published once, atomically, and never changes after.
final class PatternCodes: @unchecked Sendable {
  /// Bytes a compilation searches with the interpreter before it is JIT-compiled.
  static let jitThreshold = 65_536

  /// One compilation: the interpreter's code, its JIT-compiled copy once made, and the bytes searched.
  private final class Variant: @unchecked Sendable {
    let flags: UInt32
    let plain = Atomic<UInt>(0)
    let jitted = Atomic<UInt>(0)
    let searched = Atomic<Int>(0)

    init(flags: UInt32, compiled: OpaquePointer? = nil) {
      self.flags = flags
      if let compiled { plain.store(PatternCodes.bits(compiled), ordering: .releasing) }
    }
  }

  private let source: String
  private let unicode: Variant
  private let ascii: Variant
  private let lock = NSLock()

  /// The compilation with PCRE2_UCP, made at once: it validates the pattern and tells its groups.
  let validated: OpaquePointer

  /// Compiles `source` with `flags` (which include PCRE2_UCP), without JIT.
  ///
  /// - Throws: ``PatternError/compile(message:offset:)`` with PCRE2's message and byte offset.
  init(_ source: String, flags: UInt32) throws(PatternError) {
    let compiled = try Self.compile(source, flags: flags)
    self.source = source
    self.validated = compiled
    self.unicode = Variant(flags: flags, compiled: compiled)
    self.ascii = Variant(flags: flags & ~UInt32(PCRE2_UCP))
  }

  deinit {
    for variant in [unicode, ascii] {
      if let code = Self.pointer(variant.plain.load(ordering: .acquiring)) { pcre2_code_free_8(code) }
      if let code = Self.pointer(variant.jitted.load(ordering: .acquiring)) { pcre2_code_free_8(code) }
    }
  }

  /// The code to search `bytes` with: the compilation without PCRE2_UCP when `asciiClasses`, JIT code
  /// once that compilation has searched ``jitThreshold`` bytes.
  func code(asciiClasses: Bool, searching bytes: Int) -> OpaquePointer {
    let variant = asciiClasses ? ascii : unicode
    if let jitted = Self.pointer(variant.jitted.load(ordering: .acquiring)) { return jitted }
    guard let plain = Self.pointer(variant.plain.load(ordering: .acquiring)) ?? made(variant) else { return validated }
    let total = variant.searched.add(bytes, ordering: .relaxed).newValue
    guard total >= Self.jitThreshold else { return plain }
    return jitCompiled(variant, from: plain) ?? plain
  }

  /// Compiles `variant` unless another thread has; `nil` when PCRE2 refuses (the caller then uses the
  /// PCRE2_UCP compilation, which gives the same matches on every subject).
  private func made(_ variant: Variant) -> OpaquePointer? {
    lock.lock()
    defer { lock.unlock() }
    if let plain = Self.pointer(variant.plain.load(ordering: .acquiring)) { return plain }
    guard let compiled = try? Self.compile(source, flags: variant.flags) else { return nil }
    variant.plain.store(Self.bits(compiled), ordering: .releasing)
    return compiled
  }

  /// A JIT-compiled copy of `plain`, made once; `nil` where the JIT is unavailable.
  private func jitCompiled(_ variant: Variant, from plain: OpaquePointer) -> OpaquePointer? {
    lock.lock()
    defer { lock.unlock() }
    if let jitted = Self.pointer(variant.jitted.load(ordering: .acquiring)) { return jitted }
    guard let copy = pcre2_code_copy_8(plain) else { return nil }
    guard pcre2_jit_compile_8(copy, UInt32(PCRE2_JIT_COMPLETE)) == 0 else {
      pcre2_code_free_8(copy)
      return nil
    }
    variant.jitted.store(Self.bits(copy), ordering: .releasing)
    return copy
  }

  /// Compiles with PCRE2's interpreter only.
  static func compile(_ source: String, flags: UInt32) throws(PatternError) -> OpaquePointer {
    var errorCode: Int32 = 0
    var errorOffset = 0
    var text = source
    let compiled = text.withUTF8 { bytes in
      pcre2_compile_8(bytes.baseAddress, bytes.count, flags, &errorCode, &errorOffset, nil)
    }
    guard let compiled else { throw .compile(message: Pattern.message(for: errorCode), offset: errorOffset) }
    return compiled
  }

  private static func bits(_ code: OpaquePointer) -> UInt {
    UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(code)))
  }

  private static func pointer(_ bits: UInt) -> OpaquePointer? {
    OpaquePointer(bitPattern: bits)
  }
}
