import Foundation
import Testing

/// Compares rendered output with files in `Golden/` next to this file.
///
/// Run with `CLAIMLINT_UPDATE_GOLDEN=1 swift test` to rewrite the files after an intended change;
/// otherwise a missing or different file fails the test.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  static var updating: Bool { ProcessInfo.processInfo.environment["CLAIMLINT_UPDATE_GOLDEN"] == "1" }

  static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if updating {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden file \(name); run with CLAIMLINT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    Issue.record(
      "output differs from golden file \(name) (CLAIMLINT_UPDATE_GOLDEN=1 rewrites it)\n\(firstDifference(expected, actual))",
      sourceLocation: sourceLocation)
  }

  /// The first line where two texts differ, both versions shown with escapes.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
      let want = index < left.count ? String(left[index]) : "<end of file>"
      let got = index < right.count ? String(right[index]) : "<end of file>"
      if want != got {
        return "line \(index + 1):\n  expected: \(want.debugDescription)\n  actual:   \(got.debugDescription)"
      }
    }
    return "texts differ only in line ends"
  }
}

extension Golden {
  /// The text of a golden file.
  static func contents(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
  }
}
