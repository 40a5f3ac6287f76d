import Foundation
import Testing

/// The judgment figures of `Tests/Scoreboard/scoreboard.py` on the shared data hold the floors in
/// `Tests/Scoreboard/floors.json` (skipped without `../shared` or `python3`).
@Suite struct ScoreboardTests {
  static let scoreboard = SampleTests.package.appendingPathComponent("Tests/Scoreboard")
  static let shared = SampleTests.package.deletingLastPathComponent().appendingPathComponent("shared")
  static let hasShared = FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpora").path)
  static let python3 = onPath("python3")

  /// `name` in a folder of `PATH`, if it is there and executable.
  static func onPath(_ name: String) -> URL? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  @Test(
    .enabled(if: hasShared, "../shared is absent: scoreboard floors not checked"),
    .enabled(if: python3 != nil, "python3 is not on PATH: scoreboard floors not checked"))
  func everyFigureHoldsItsFloor() throws {
    let arguments = [
      Self.scoreboard.appendingPathComponent("scoreboard.py").path, "--binary", try Workspace.binary().path,
      "--shared", Self.shared.path, "--check", Self.scoreboard.appendingPathComponent("floors.json").path,
    ]
    let run = try Workspace().run(arguments, executable: Self.python3)
    #expect(run.status == 0, "scoreboard --check exited \(run.status):\n\(run.stdout)\(run.stderr)")
  }
}
