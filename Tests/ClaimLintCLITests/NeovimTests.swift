import Foundation
import Testing

/// The language server in a real editor: headless Neovim's built-in LSP client runs `claimlint lsp`.
@Suite(.serialized) struct NeovimTests {
  static let neovim = ["/usr/bin/nvim", "/usr/local/bin/nvim", "/opt/homebrew/bin/nvim"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Editors/neovim-lsp.lua")

  @Test(.enabled(if: neovim != nil, "Neovim (nvim) is not installed: the editor test is skipped; .ci/run installs it"))
  func diagnosticAtTheRightColumnFixedByTheCodeAction() throws {
    let space = try Workspace()
    let result = space.root.appendingPathComponent("result.json")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.neovim!)
    process.arguments = ["--headless", "--clean", "-n", "-c", "luafile \(Self.script.path)"]
    process.currentDirectoryURL = space.root
    var environment = ProcessInfo.processInfo.environment
    environment["CLAIMLINT_ROOT"] = space.root.path
    environment["CLAIMLINT_BINARY"] = try Workspace.binary().path
    environment["CLAIMLINT_RESULT"] = result.path
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    let data = try #require(FileManager.default.contents(atPath: result.path), "Neovim wrote no result")
    let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(seen["error"] == nil, "\(seen["error"] ?? "")")
    #expect(seen["diagnosed"] as? Bool == true)
    #expect(seen["code"] as? String == "causal/proof-language")
    #expect(seen["encoding"] as? String == "utf-16")
    #expect(seen["lnum"] as? Int == 2)
    // The server sent the UTF-16 column, and Neovim put it on the right byte.
    #expect(seen["character"] as? Int == 28)
    #expect(seen["character"] as? Int == seen["expected_character"] as? Int)
    #expect(seen["col"] as? Int == seen["expected_col"] as? Int)
    #expect(seen["col"] as? Int == 37)
    #expect(seen["action"] as? String == "Suggested wording: “proves” → “suggests”")
    #expect(seen["fixed_line"] as? String == "Café “Zest” 😀 — this trial suggests that ginger eases nausea in adults.")
    #expect(seen["vanished"] as? Bool == true)
    #expect(seen["saved"] as? Bool == false)
  }
}
