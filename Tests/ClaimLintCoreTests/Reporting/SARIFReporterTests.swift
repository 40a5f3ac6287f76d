import Foundation
import Testing

@testable import ClaimLintCore

/// SARIF output: structure, fingerprints, paths, and validation against the 2.1.0 schema.
@Suite struct SARIFReporterTests {
  let reporter = SARIFReporter(toolVersion: "0.1.0", informationURI: "https://example.org/claimlint")

  func decode(_ text: String) throws -> SARIF.Log {
    try JSONDecoder().decode(SARIF.Log.self, from: Data(text.utf8))
  }

  @Test func structure() throws {
    let report = ReportFixture.report
    let text = reporter.render(report)
    let log = try decode(text)
    #expect(log.schema.hasSuffix("sarif-schema-2.1.0.json"))
    #expect(log.version == "2.1.0")
    try #require(log.runs.count == 1)
    let run = log.runs[0]
    #expect(run.columnKind == "unicodeCodePoints")
    #expect(run.tool.driver.name == "claimlint")
    #expect(run.tool.driver.version == "0.1.0")
    #expect(run.results.count == report.diagnosticCount)
    let ruleIDs = run.tool.driver.rules.map(\.id)
    #expect(Set(ruleIDs).count == ruleIDs.count, "rule IDs are unique")
    #expect(Array(ruleIDs.prefix(report.rules.count)) == report.rules.map(\.id))
    for result in run.results {
      #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
      #expect(["error", "warning", "note"].contains(result.level))
      let uri = try #require(result.locations.first?.physicalLocation?.artifactLocation.uri)
      #expect(!uri.hasPrefix("/") && !uri.contains("\\"))
      #expect(result.partialFingerprints["primaryLocationLineHash"]?.contains(":") == true)
    }
    #expect(run.invocations.first?.executionSuccessful == false)
    #expect(run.invocations.first?.toolExecutionNotifications?.count == 2)
    #expect(run.originalUriBaseIds == nil)
    #expect(text.contains("\"$schema\""))
  }

  @Test func levelsAndRegions() throws {
    let run = try decode(reporter.render(ReportFixture.report)).runs[0]
    #expect(run.results.map(\.level) == ["error", "warning", "note", "warning"])
    let cure = try #require(run.results.first?.locations.first?.physicalLocation?.region)
    #expect(cure.startLine == 2 && cure.startColumn == 36 && cure.endColumn == 41)
    #expect(cure.byteOffset == ReportFixture.range(of: "cures", in: ReportFixture.tonicText).lowerBound)
    #expect(cure.byteLength == 5)
    let curedRule = run.tool.driver.rules.first { $0.id == "efficacy/cure" }
    #expect(curedRule?.defaultConfiguration.level == "error")
    #expect(
      curedRule?.fullDescription.text
        == "Only approved medicines may claim to cure. Describe what a product *may help with*.")
    #expect(run.tool.driver.rules.first { $0.id == "hype/natural" }?.defaultConfiguration.level == "note")
  }

  @Test func successfulWithoutToolErrors() throws {
    let report = LintReport(
      files: [ReportFixture.water], errors: [ToolError(path: nil, message: "m", severity: .warning)])
    let run = try decode(reporter.render(report)).runs[0]
    #expect(run.invocations.first?.executionSuccessful == true)
    #expect(run.results.isEmpty)
  }

  @Test func fingerprintsSurviveInsertedLines() throws {
    let before = ReportFixture.report
    let inserted = "# Added heading\n\nAn extra paragraph.\n"
    let shift = inserted.utf8.count
    var tonic = ReportFixture.tonic
    tonic.source = SourceText(inserted + ReportFixture.tonicText)
    tonic.diagnostics = tonic.diagnostics.map { diagnostic in
      var finding = diagnostic.finding
      finding.range = (finding.range.lowerBound + shift)..<(finding.range.upperBound + shift)
      return Diagnostic(finding, severity: diagnostic.severity)
    }
    let after = LintReport(files: [tonic] + before.files.dropFirst(), errors: before.errors, rules: before.rules)
    let old = try decode(reporter.render(before)).runs[0].results
    let new = try decode(reporter.render(after)).runs[0].results
    #expect(old.map(\.partialFingerprints) == new.map(\.partialFingerprints))
    #expect(old[0].locations[0].physicalLocation?.region?.startLine == 2)
    #expect(new[0].locations[0].physicalLocation?.region?.startLine == 5)
  }

  @Test func fingerprintsCountOccurrencesOfTheSameKey() {
    var fingerprinter = SARIFFingerprinter()
    let first = fingerprinter.next(ruleID: "hype/natural", lineText: "  natural   and natural ")
    let second = fingerprinter.next(ruleID: "hype/natural", lineText: "natural and natural")
    let other = fingerprinter.next(ruleID: "hype/other", lineText: "natural and natural")
    #expect(first.hasSuffix(":1") && second.hasSuffix(":2") && other.hasSuffix(":1"))
    #expect(first.dropLast(2) == second.dropLast(2))
    #expect(first.dropLast(2) != other.dropLast(2))
    // FNV-1a 64 reference values.
    #expect(SARIFFingerprinter.fnv1a64([]) == 0xcbf2_9ce4_8422_2325)
    #expect(SARIFFingerprinter.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
  }

  @Test func onALongLineOnlyNearbyWordsAreKeyed() {
    let filler = String(repeating: "plain words here ", count: 400)
    let line = filler + "a natural cure" + filler
    let offset = filler.utf8.count + 2
    let key = SentenceText.lineText(at: offset, in: SourceText(line + "\n"))
    #expect(key.contains("a natural cure") && key.utf8.count <= 2 * SentenceText.reach)
    // An edit far from the result leaves its key alone; the same line short enough is keyed whole.
    let edited = "Changed. " + line
    #expect(SentenceText.lineText(at: offset + 9, in: SourceText(edited + "\n")) == key)
    #expect(SentenceText.lineText(at: 2, in: SourceText("a natural cure\n")) == "a natural cure")
  }

  @Test func pathsRelativeToBase() throws {
    var file = ReportFixture.water
    file.path = "/work/repo/./docs/../docs/water tips.txt"
    file.diagnostics = [Diagnostic(Finding(ruleID: "x/y", message: "m", range: 0..<5), severity: .info)]
    var outside = file
    outside.path = "/elsewhere/a.md"
    let report = LintReport(files: [file, outside])
    let run = try decode(SARIFReporter(baseDirectory: "/work/repo").render(report)).runs[0]
    let locations = run.results.compactMap { $0.locations.first?.physicalLocation?.artifactLocation }
    #expect(locations.map(\.uri) == ["docs/water%20tips.txt", "file:///elsewhere/a.md"])
    #expect(locations.map(\.uriBaseId) == ["%SRCROOT%", nil])
    #expect(run.originalUriBaseIds?["%SRCROOT%"]?.uri == "file:///work/repo/")
    // A backslash is part of a name on Linux and macOS, not a separator.
    #expect(ReportPaths(baseDirectory: nil).uri("docs\\a b.md") == "docs%5Ca%20b.md")
  }

  @Test func validatesAgainstSchema() throws {
    let validator = try SchemaValidator.locate()
    for text in [reporter.render(ReportFixture.report), try Golden.contents("report-base.sarif")] {
      let problems = try validator.validate(text)
      #expect(problems.isEmpty, "SARIF schema violations:\n\(problems)")
    }
  }
}

/// The schema check itself catches broken logs, so a pass means something.
@Test func schemaValidatorRejectsInvalidLog() throws {
  let validator = try SchemaValidator.locate()
  let problems = try validator.validate(#"{"version": "2.1.0", "runs": [{"tool": {}, "columnKind": "bytes"}]}"#)
  #expect(problems.contains("driver"))
  #expect(problems.contains("columnKind"))
}
