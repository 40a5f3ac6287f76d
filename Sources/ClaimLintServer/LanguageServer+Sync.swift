import ClaimLintCore

extension LanguageServer {
  /// The folder of the workspace, for paths of documents that are not files.
  var folder: String { workspace?.currentFolder ?? settings.defaultFolder }

  func didOpen(_ params: LSP.DidOpenParams) {
    let item = params.textDocument
    let path = DocumentURI.path(of: item.uri, folder: folder)
    documents[item.uri] = OpenDocument(
      uri: item.uri, path: path, languageID: item.languageId, version: item.version, text: item.text)
    lint(item.uri)
  }

  func didChange(_ params: LSP.DidChangeParams) {
    let uri = params.textDocument.uri
    guard var document = documents[uri] else { return }
    for change in params.contentChanges { document.apply(change, encoding: encoding) }
    document.version = params.textDocument.version ?? document.version + 1
    documents[uri] = document
    due[uri] = clock() + settings.debounce
  }

  func didClose(_ params: LSP.DocumentParams) {
    let uri = params.textDocument.uri
    guard documents.removeValue(forKey: uri) != nil else { return }
    due[uri] = nil
    settingsProblems[uri] = nil
    notify("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    publishSettingsProblems()
  }

  /// A saved configuration or rule file re-lints every open document; a saved document is linted now.
  func didSave(_ params: LSP.DocumentParams) {
    let uri = params.textDocument.uri
    let path = DocumentURI.path(of: uri, folder: folder)
    if documents[uri]?.isSettings == true || workspace?.isSettingsFile(path) == true {
      settingsChanged([path])
    } else if documents[uri] != nil {
      lint(uri)
    }
  }

  func filesChanged(_ params: LSP.DidChangeWatchedFilesParams) {
    settingsChanged(params.changes.map { DocumentURI.path(of: $0.uri, folder: folder) })
  }

  /// Forgets cached configuration and rules for `paths` and lints every open document again.
  func settingsChanged(_ paths: [String]) {
    workspace?.refresh(touched: paths)
    for uri in documents.keys.sorted() { lint(uri) }
  }

  /// When the next debounced lint is due, in ``clock`` seconds.
  public var nextDeadline: Double? { due.values.min() }

  /// Lints the documents whose pause after typing has passed.
  public func runDueLints(now: Double) {
    for (uri, time) in due.sorted(by: { $0.key < $1.key }) where time <= now { lint(uri) }
  }

  /// Lints every document with a pending change now (tests, and before answering about a document).
  public func runPendingLints() {
    runDueLints(now: .infinity)
  }
}
