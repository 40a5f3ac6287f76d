import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The one input callback of this process (libFuzzer's callback is a C function and cannot capture).
nonisolated(unsafe) private var body: ([UInt8]) -> Void = { _ in }

/// Runs libFuzzer with the command-line arguments, calling `test` on every input; never returns.
public func runFuzzer(_ test: @escaping ([UInt8]) -> Void) -> Never {
  body = test
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = UnsafeMutableRawPointer(CommandLine.unsafeArgv)
    .assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
  let status = withUnsafeMutablePointer(to: &argc) { count in
    withUnsafeMutablePointer(to: &argv) { vector in
      LLVMFuzzerRunDriver(count, vector) { data, size in
        body(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
      }
    }
  }
  exit(status)
}

/// Stops the process with a message when an invariant does not hold (libFuzzer records the input).
public func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  guard !condition() else { return }
  FileHandle.standardError.write(Data("invariant violated: \(message())\n".utf8))
  abort()
}

/// CPU seconds this thread has used: for time bounds that should not depend on how busy the machine is
/// (wall time on a loaded machine, or under `nice`, counts the time spent waiting for a core).
public func threadCPUSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
