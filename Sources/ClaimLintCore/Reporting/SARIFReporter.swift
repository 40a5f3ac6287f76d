/// The `sarif` format: a SARIF 2.1.0 log with one run, for GitHub code scanning and other viewers.
///
/// - `tool.driver.rules` lists `report.rules` (plus a minimal entry for any rule ID that appears in
///   a result but not there), with `shortDescription` from the summary, `fullDescription` from the
///   first paragraph of the explanation, `help` from the explanation and references, and
///   `defaultConfiguration.level` mapped error → `error`, warning → `warning`, info → `note`.
/// - Results carry `ruleId`, `ruleIndex`, `level`, `message.text` (followed by any notes that have
///   no location), one location with a region (lines and columns in Unicode scalars, as
///   `run.columnKind` says, end column exclusive, plus `byteOffset`/`byteLength` in UTF-8 bytes),
///   notes with a location as `relatedLocations`, fix-its as `fixes`, and a
///   `partialFingerprints.primaryLocationLineHash`: the FNV-1a 64 hash of the rule ID and the
///   whitespace-normalized text of the first line, then `:` and the occurrence of that hash in the
///   file, so it does not change when lines are inserted above.
/// - Paths become repository-relative URIs with forward slashes. With a `baseDirectory` (absolute),
///   absolute paths under it are made relative to it and every relative URI gets
///   `uriBaseId: "%SRCROOT%"`, declared in `run.originalUriBaseIds`; relative paths are taken as
///   relative to that directory. Absolute paths outside it stay absolute `file://` URIs.
/// - Tool errors become `invocations[0].toolExecutionNotifications`; `executionSuccessful` is
///   `false` when any of them has severity `error`.
public struct SARIFReporter: Reporter {
  public static let identifier = "sarif"

  /// The absolute directory paths are made relative to, usually the repository root.
  public var baseDirectory: String?
  /// `tool.driver.version`, left out when `nil`.
  public var toolVersion: String?
  /// `tool.driver.informationUri` (an absolute URI), left out when `nil`.
  public var informationURI: String?

  public init(baseDirectory: String? = nil, toolVersion: String? = nil, informationURI: String? = nil) {
    self.baseDirectory = baseDirectory
    self.toolVersion = toolVersion
    self.informationURI = informationURI
  }

  public func render(_ report: LintReport) -> String {
    let paths = ReportPaths(baseDirectory: baseDirectory)
    let rules = Self.descriptors(for: report)
    var ruleIndex: [String: Int] = [:]
    for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }

    var results: [SARIF.Result] = []
    for file in report.files {
      var fingerprinter = SARIFFingerprinter()
      let artifact = artifactLocation(file.path, paths)
      for diagnostic in file.diagnostics {
        results.append(
          result(
            for: diagnostic, in: file, artifact: artifact, ruleIndex: ruleIndex[diagnostic.ruleID] ?? 0,
            fingerprinter: &fingerprinter))
      }
    }
    let notifications = report.errors.map { notification(for: $0, paths) }
    let run = SARIF.Run(
      tool: SARIF.Tool(
        driver: SARIF.Driver(name: "claimlint", version: toolVersion, informationUri: informationURI, rules: rules)),
      invocations: [
        SARIF.Invocation(
          executionSuccessful: !report.errors.contains { $0.severity == .error },
          toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
      ],
      originalUriBaseIds: paths.baseURI.map { [SARIF.sourceRoot: SARIF.ArtifactLocation(uri: $0)] },
      columnKind: "unicodeCodePoints",
      results: results)
    return JSONOutput.encode(SARIF.Log(schema: SARIF.schemaURI, version: SARIF.version, runs: [run]))
  }

  /// The SARIF level of a severity.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// One result: location, fingerprint, related locations for located notes, fixes.
  private func result(
    for diagnostic: Diagnostic, in file: FileReport, artifact: SARIF.ArtifactLocation, ruleIndex: Int,
    fingerprinter: inout SARIFFingerprinter
  ) -> SARIF.Result {
    let source = file.source
    let span = source.location(of: diagnostic.range)
    var message = diagnostic.message
    var related: [SARIF.Location] = []
    for note in diagnostic.finding.notes {
      guard let range = note.range else {
        message += "\n\nnote: " + note.message
        continue
      }
      related.append(
        SARIF.Location(
          id: related.count + 1,
          physicalLocation: SARIF.PhysicalLocation(
            artifactLocation: artifact, region: region(source.location(of: range))),
          message: SARIF.Message(text: note.message)))
    }
    var fixes: [SARIF.Fix] = []
    var seenFixes: Set<FixIt> = []
    for fixIt in diagnostic.finding.fixIts where !fixIt.edits.isEmpty && seenFixes.insert(fixIt).inserted {
      let replacements = fixIt.edits.map { edit in
        SARIF.Replacement(
          deletedRegion: region(source.location(of: edit.range)),
          insertedContent: edit.replacement.isEmpty ? nil : SARIF.ArtifactContent(text: edit.replacement))
      }
      fixes.append(
        SARIF.Fix(
          description: fixIt.message.isEmpty ? nil : SARIF.Message(text: fixIt.message),
          artifactChanges: [SARIF.ArtifactChange(artifactLocation: artifact, replacements: replacements)]))
    }
    let fingerprint = fingerprinter.next(
      ruleID: diagnostic.ruleID, lineText: SentenceText.lineText(at: span.offset, in: source))
    return SARIF.Result(
      ruleId: diagnostic.ruleID, ruleIndex: ruleIndex, level: Self.level(diagnostic.severity),
      message: SARIF.Message(text: message),
      locations: [
        SARIF.Location(physicalLocation: SARIF.PhysicalLocation(artifactLocation: artifact, region: region(span)))
      ],
      relatedLocations: related.isEmpty ? nil : related,
      partialFingerprints: ["primaryLocationLineHash": fingerprint],
      fixes: fixes.isEmpty ? nil : fixes)
  }

  /// A region with scalar lines and columns (end exclusive) and the UTF-8 byte range.
  private func region(_ span: SpanLocation) -> SARIF.Region {
    SARIF.Region(
      startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line,
      endColumn: span.end.column, byteOffset: span.offset, byteLength: span.length)
  }

  /// The artifact location of `path`, relative to `%SRCROOT%` when a base directory is set.
  private func artifactLocation(_ path: String, _ paths: ReportPaths) -> SARIF.ArtifactLocation {
    let relativeToBase = paths.base != nil && paths.isRelative(path)
    return SARIF.ArtifactLocation(uri: paths.uri(path), uriBaseId: relativeToBase ? SARIF.sourceRoot : nil)
  }

  /// A tool error as a notification, located when it has a path.
  private func notification(for error: ToolError, _ paths: ReportPaths) -> SARIF.Notification {
    let location = error.path.map { path in
      SARIF.Location(
        physicalLocation: SARIF.PhysicalLocation(
          artifactLocation: artifactLocation(path, paths),
          region: error.line.map { SARIF.Region(startLine: $0, startColumn: error.column) }))
    }
    return SARIF.Notification(
      level: Self.level(error.severity), message: SARIF.Message(text: error.message),
      locations: location.map { [$0] })
  }
}
