import ClaimLintCore

extension LanguageServer {
  /// Lints one open document as the editor has it and publishes its diagnostics; problems in the
  /// configuration and rule files it uses go to those files and to a `window/showMessage`.
  func lint(_ uri: String) {
    due[uri] = nil
    guard var document = documents[uri], workspace != nil else { return }
    defer { documents[uri] = document }
    document.lintedVersion = document.version
    document.diagnostics = []
    if document.isSettings {
      settingsProblems[uri] = nil
      return publishSettingsProblems()
    }
    guard document.bytes.count <= settings.documentLimit else {
      publish(document)
      let limit = "the limit is \(settings.documentLimit) bytes"
      notify("window/showMessage", LSP.ShowMessageParams(type: 2, message: "claimlint: \(PathName.name(document.path)) is too large to lint as you type (\(document.bytes.count) bytes; \(limit))"))
      return
    }
    let outcome = workspace!.lint([.buffer(name: document.path, bytes: document.bytes, format: document.format)])
    for rule in outcome.rules { rules[rule.id] = rule }
    document.diagnostics = outcome.files.first?.report.diagnostics ?? []
    let own = outcome.errors.filter { PathName.absolute($0.path ?? "", in: folder) == document.path }
    publish(document, toolErrors: own)
    settingsProblems[uri] = problems(outcome.errors.filter { !own.contains($0) })
    publishSettingsProblems()
  }

  /// Sends a document's diagnostics, with tool errors about the document itself at their line.
  func publish(_ document: OpenDocument, toolErrors: [ToolError] = []) {
    let diagnostics = document.diagnostics.map { lspDiagnostic($0, in: document) }
      + toolErrors.map { toolDiagnostic($0, in: document.source) }
    notify(
      "textDocument/publishDiagnostics",
      LSP.PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: diagnostics))
  }

  /// A finding as an LSP diagnostic: the rule id as `code`, notes as related information.
  func lspDiagnostic(_ diagnostic: Diagnostic, in document: OpenDocument) -> LSP.Diagnostic {
    let range = encoding.range(of: diagnostic.range, in: document.source)
    let related = diagnostic.finding.notes.map { note in
      LSP.RelatedInformation(
        location: LSP.Location(uri: document.uri, range: note.range.map { encoding.range(of: $0, in: document.source) } ?? range),
        message: note.message)
    }
    return LSP.Diagnostic(
      range: range, severity: Self.severity(diagnostic.severity), code: diagnostic.ruleID, source: "claimlint",
      message: diagnostic.message, relatedInformation: related.isEmpty ? nil : related)
  }

  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    }
  }

  /// A tool error as a diagnostic from its line and column (Unicode scalars) to the end of that line.
  func toolDiagnostic(_ error: ToolError, in source: SourceText) -> LSP.Diagnostic {
    var range = LSP.Range(start: LSP.Position(line: 0, character: 0), end: LSP.Position(line: 0, character: 0))
    if let line = error.line, line >= 1, line <= source.lineStarts.count {
      let bytes = source.lineRange(line)
      var start = bytes.lowerBound
      for _ in 1..<max(1, error.column ?? 1) where start < bytes.upperBound {
        start += SourceText.sequenceLength(source.bytes[start])
      }
      range = encoding.range(of: min(start, bytes.upperBound)..<bytes.upperBound, in: source)
    }
    return LSP.Diagnostic(
      range: range, severity: Self.severity(error.severity), code: "claimlint/tool-error", source: "claimlint",
      message: error.message, relatedInformation: nil)
  }

  /// Tool errors grouped by the URI of their file (errors without a file are left to `showMessage`).
  func problems(_ errors: [ToolError]) -> [String: [LSP.Diagnostic]] {
    var byFile: [String: [LSP.Diagnostic]] = [:]
    for error in errors {
      guard let path = error.path else { continue }
      let absolute = PathName.absolute(path, in: folder)
      let uri = DocumentURI.uri(of: absolute)
      let text = documents[uri]?.source ?? SourceText(bytes: workspace?.fileSystem.contents(of: absolute) ?? [])
      byFile[uri, default: []].append(toolDiagnostic(error, in: text))
    }
    return byFile
  }

  /// Publishes the settings-file diagnostics that changed, and shows new errors once.
  func publishSettingsProblems() {
    var merged: [String: [LSP.Diagnostic]] = [:]
    for byFile in settingsProblems.values {
      for (uri, diagnostics) in byFile { merged[uri, default: []] += diagnostics.filter { !merged[uri, default: []].contains($0) } }
    }
    for uri in Set(merged.keys).union(publishedSettings.keys).sorted() where merged[uri] != publishedSettings[uri] {
      notify(
        "textDocument/publishDiagnostics",
        LSP.PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: merged[uri] ?? []))
    }
    publishedSettings = merged
    let errors = merged.sorted { $0.key < $1.key }.flatMap { uri, diagnostics in
      diagnostics.filter { $0.severity == 1 }.map { "\(PathName.name(DocumentURI.path(of: uri, folder: folder))):\($0.range.start.line + 1): \($0.message)" }
    }
    if errors != shownProblems, !errors.isEmpty {
      let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
      notify("window/showMessage", LSP.ShowMessageParams(type: 1, message: "claimlint: \(errors[0])\(more)"))
    }
    shownProblems = errors
  }
}
