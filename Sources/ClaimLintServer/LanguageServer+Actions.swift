import ClaimLintCore

extension LanguageServer {
  /// The open document at `uri`, linted as it is now (a pending lint is run first).
  func current(_ uri: String) -> OpenDocument? {
    if let document = documents[uri], !document.isLinted { lint(uri) }
    return documents[uri]
  }

  /// Quick fixes for the findings in the range: apply the fix-it, or suppress the rule on the line.
  func codeActions(_ params: LSP.CodeActionParams) -> [LSP.CodeAction] {
    guard let document = current(params.textDocument.uri) else { return [] }
    let lower = encoding.offset(of: params.range.start, in: document.source)
    let upper = max(lower, encoding.offset(of: params.range.end, in: document.source))
    var actions: [LSP.CodeAction] = []
    for diagnostic in document.diagnostics
    where diagnostic.range.lowerBound <= upper && lower <= diagnostic.range.upperBound {
      let shown = lspDiagnostic(diagnostic, in: document)
      if let fixIt = diagnostic.finding.fixIts.first {
        let edits = fixIt.edits.map { LSP.TextEdit(range: encoding.range(of: $0.range, in: document.source), newText: $0.replacement) }
        actions.append(
          LSP.CodeAction(
            title: Self.title(fixIt, in: document.source), kind: "quickfix", diagnostics: [shown], isPreferred: true,
            edit: edit(edits, in: document)))
      }
      if !MetaRules.ids.contains(diagnostic.ruleID) {
        actions.append(
          LSP.CodeAction(
            title: "Suppress \(diagnostic.ruleID) on this line (give a reason)", kind: "quickfix", diagnostics: [shown],
            isPreferred: nil, edit: edit([suppression(of: diagnostic, in: document)], in: document)))
      }
    }
    return actions
  }

  /// `suggested wording: “proves” → “suggests”`.
  static func title(_ fixIt: FixIt, in source: SourceText) -> String {
    let changes = fixIt.edits.map { edit in
      edit.range.isEmpty ? "insert “\(edit.replacement)”" : "“\(source.text(in: edit.range))” → “\(edit.replacement)”"
    }
    let message = fixIt.message.isEmpty ? "fix" : fixIt.message
    return message.prefix(1).uppercased() + message.dropFirst() + ": " + changes.joined(separator: "; ")
  }

  /// A `claimlint-disable-next-line` comment with a reason placeholder, inserted above the finding's line
  /// with the line's indentation (a comment of its own in Markdown and HTML; a plain line in text files).
  func suppression(of diagnostic: Diagnostic, in document: OpenDocument) -> LSP.TextEdit {
    let source = document.source
    let line = source.lineRange(source.line(containing: diagnostic.range.lowerBound))
    let indent = source.bytes[line].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    let crlf = line.upperBound + 1 < source.bytes.count && source.bytes[line.upperBound] == UInt8(ascii: "\r")
    let words = "claimlint-disable-next-line \(diagnostic.ruleID) -- TODO: say why this is fine"
    let comment = document.format == .text ? words : "<!-- \(words) -->"
    let text = String(decoding: indent, as: UTF8.self) + comment + (crlf ? "\r\n" : "\n")
    let start = encoding.position(of: line.lowerBound, in: source)
    return LSP.TextEdit(range: LSP.Range(start: start, end: start), newText: text)
  }

  /// A workspace edit of one document, versioned when the client takes `documentChanges`.
  func edit(_ edits: [LSP.TextEdit], in document: OpenDocument) -> LSP.WorkspaceEdit {
    if client.documentChanges {
      let identifier = LSP.VersionedTextDocumentIdentifier(uri: document.uri, version: document.version)
      return LSP.WorkspaceEdit(changes: nil, documentChanges: [LSP.TextDocumentEdit(textDocument: identifier, edits: edits)])
    }
    return LSP.WorkspaceEdit(changes: [document.uri: edits], documentChanges: nil)
  }

  /// The finding under the cursor with its rule's explanation (what `claimlint explain` prints).
  func hover(_ params: LSP.HoverParams) -> LSP.Hover? {
    guard let document = current(params.textDocument.uri) else { return nil }
    let offset = encoding.offset(of: params.position, in: document.source)
    guard let diagnostic = document.diagnostics.first(where: { $0.range.contains(offset) || $0.range.lowerBound == offset })
    else { return nil }
    var text = "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"
    if let rule = rules[diagnostic.ruleID] { text += "\n\n" + RuleExplanation.text(rule) }
    return LSP.Hover(
      contents: LSP.MarkupContent(kind: client.markdownHover ? "markdown" : "plaintext", value: text),
      range: encoding.range(of: diagnostic.range, in: document.source))
  }
}
