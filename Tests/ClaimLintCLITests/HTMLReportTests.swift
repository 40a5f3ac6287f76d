import ClaimLintCore
import Foundation
import Testing

/// The `html` report in a real browser: headless Chromium loads the report of `Samples/`, runs its script,
/// and the DOM it dumps is checked against the JSON report of the same run. A screenshot is kept.
@Suite(.serialized) struct HTMLReportTests {
  static let chromium = [
    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/local/bin/chromium",
  ]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A workspace holding a copy of `Samples/`.
  func samples() throws -> Workspace {
    let space = try Workspace()
    let folder = Self.packageRoot.appendingPathComponent("Samples")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      try space.write(
        "Samples/" + name, String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self))
    }
    return space
  }

  @Test func outputWritesTheReportToAFileAndRefusesAFolder() throws {
    let space = try samples()
    let run = try space.run(["--format", "html", "-o", "report.html", "Samples"])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(try space.read("report.html").hasPrefix("<!DOCTYPE html>"))
    let refused = try space.run(["--format", "html", "--output", "Samples", "Samples"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("Samples: error: cannot write the report: is a folder, not a regular file"))
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "Chromium is not installed: the browser test of --format html is skipped; .ci/run installs it"))
  func chromiumShowsEveryFindingOnceAtItsSpan() throws {
    let space = try samples()
    #expect(try space.run(["--format", "html", "-o", "report.html", "Samples"]).status == 1)
    let json = try space.run(["--format", "json", "Samples"])
    let expected = try Self.diagnostics(json.stdout)
    let dom = try Self.browse(space, "report.html", ["--dump-dom"])
    #expect(dom.contains(#"<html lang="en" class="js">"#), "the page's script ran under its security policy")
    #expect(try Self.first(#"<form[^>]*id="filters"[^>]*>"#, in: dom).contains("hidden") == false)
    let cards = try Self.matches(#"<article class="card[^"]*" id="card-([^"]+)"[^>]*data-rule="([^"]+)""#, in: dom)
    #expect(cards.count == expected.count)
    #expect(Set(cards.map { $0[0] }).count == cards.count, "every finding once")
    let marks = try Self.markTexts(dom)
    let sections = try Self.matches(#"<section class="doc" id="doc-(\d+)"[^>]*data-path="([^"]+)""#, in: dom)
    #expect(Set(sections.map { $0[1] }) == Set(expected.map(\.path)))
    for section in sections {
      let path = section[1]
      let source = try Array(Data(contentsOf: space.root.appendingPathComponent(path)))
      let document = try DocumentParser.parse(path: path, bytes: source)
      for (index, diagnostic) in expected.filter({ $0.path == path }).enumerated() {
        let id = "d\(section[0])-f\(index + 1)"
        #expect(cards.contains([id, diagnostic.rule]), "card \(id) is \(diagnostic.rule)")
        let span = document.string(document.offsets.scanRange(diagnostic.range))
        #expect(
          Self.squeezed(marks[id, default: ""]) == Self.squeezed(span), "\(id) \(diagnostic.rule) highlights its span")
      }
    }
    try keepScreenshot(space)
  }

  @Test(
    .enabled(
      if: chromium != nil,
      "Chromium is not installed: the browser test of --format html is skipped; .ci/run installs it"))
  func noScriptFromADocumentRunsAndWithoutTheScriptEverythingIsShown() throws {
    let attack = "document.documentElement.setAttribute('data-pwned', 'yes')"
    let space = try Workspace([
      "copy/<i>tonic</i>.txt":
        "<script>\(attack)</script> Studies show that this tea cures colds.\n<img src=x onerror=\"\(attack)\">\n",
      "copy/page.md":
        "# Tonic\n\n<script>\(attack)</script>\nStudies show that it works. <img src=x onerror=\"\(attack)\">\n",
      "copy/page.html":
        "<p>Studies show it works.<script>\(attack)</script></p>\n<p title=\"&lt;script&gt;\(attack)&lt;/script&gt;\">x</p>\n",
    ])
    #expect(try space.run(["--format", "html", "-o", "report.html", "copy"]).status != 2)
    let dom = try Self.browse(space, "report.html", ["--dump-dom"])
    #expect(dom.contains(#"class="js""#))
    #expect(!dom.contains(#"data-pwned=""#), "a document's script ran")
    #expect(dom.contains("&lt;script&gt;document.documentElement"))
    #expect(try Self.matches(#"<section class="doc""#, in: dom).count == 3)
    // The same page with the script's hash changed: the policy now blocks the script, as if JavaScript were off.
    let page = try space.read("report.html")
    try space.write("blocked.html", page.replacingOccurrences(of: "script-src 'sha256-", with: "script-src 'sha256-X"))
    let off = try Self.browse(space, "blocked.html", ["--dump-dom"])
    #expect(!off.contains(#"class="js""#), "a script the policy does not list ran")
    #expect(try Self.first(#"<form[^>]*id="filters"[^>]*>"#, in: off).contains("hidden"))
    let cards = try Self.matches(#"<article class="card[^>]*>"#, in: off)
    #expect(!cards.isEmpty && cards.allSatisfy { !$0[0].contains("hidden") })
  }

  /// Saves a screenshot of the Samples report under `.build/test-artifacts` (or `$CLAIMLINT_ARTIFACTS`);
  /// with `CLAIMLINT_UPDATE_SCREENSHOT=1`, also as the README's picture in `Docs/`.
  private func keepScreenshot(_ space: Workspace) throws {
    let environment = ProcessInfo.processInfo.environment
    let folder =
      environment["CLAIMLINT_ARTIFACTS"].map { URL(fileURLWithPath: $0) }
      ?? Self.packageRoot.appendingPathComponent(".build/test-artifacts")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let shot = folder.appendingPathComponent("html-report.png")
    try? FileManager.default.removeItem(at: shot)
    _ = try Self.browse(
      space, "report.html", ["--hide-scrollbars", "--window-size=1280,2200", "--screenshot=\(shot.path)"])
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "a screenshot with something on it")
    print("html report screenshot: \(shot.path)")
    if environment["CLAIMLINT_UPDATE_SCREENSHOT"] == "1" {
      let docs = Self.packageRoot.appendingPathComponent("Tests/ClaimLintCLITests/Docs/html-report.png")
      try? FileManager.default.removeItem(at: docs)
      try FileManager.default.copyItem(at: shot, to: docs)
    }
  }

  /// Runs headless Chromium on a file of the workspace; what it prints on standard output.
  static func browse(_ space: Workspace, _ file: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(chromium))
    process.arguments =
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(space.root.path)/.chromium"]
      + arguments + [space.root.appendingPathComponent(file).absoluteString]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "chromium \(arguments.joined(separator: " ")) failed")
    return String(decoding: data, as: UTF8.self)
  }

  /// A diagnostic of the JSON report.
  struct Expected {
    var path: String
    var rule: String
    var range: Range<Int>
  }

  static func diagnostics(_ json: String) throws -> [Expected] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let list = try #require(object["diagnostics"] as? [[String: Any]])
    return try list.map { item in
      let offset = try #require(item["offset"] as? Int)
      let length = try #require(item["length"] as? Int)
      return Expected(
        path: try #require(item["path"] as? String), rule: try #require(item["rule"] as? String),
        range: offset..<(offset + length))
    }
  }

  /// The text each finding's highlights hold, joined in page order, by finding ID.
  static func markTexts(_ dom: String) throws -> [String: String] {
    var texts: [String: String] = [:]
    for match in try matches(#"<mark[^>]*data-f="([^"]*)"[^>]*>([^<]*)</mark>"#, in: dom) {
      for id in match[0].split(separator: " ") { texts[String(id), default: ""] += unescape(match[1]) }
    }
    return texts
  }

  /// The capture groups of every match of `pattern`.
  static func matches(_ pattern: String, in text: String) throws -> [[String]] {
    let regex = try NSRegularExpression(pattern: pattern)
    let whole = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: whole).map { match in
      guard match.numberOfRanges > 1 else { return [String(text[Range(match.range, in: text)!])] }
      return (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
    }
  }

  static func first(_ pattern: String, in text: String) throws -> String {
    try #require(try matches(pattern, in: text).first?.first)
  }

  /// The entities a DOM dump writes in text, decoded.
  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Text without whitespace (no-break spaces included), so layout spaces do not count.
  static func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
  }
}
