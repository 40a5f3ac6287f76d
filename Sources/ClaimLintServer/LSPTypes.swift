/// The Language Server Protocol 3.17 structures the server reads and writes.
public enum LSP {
  public struct Position: Codable, Sendable, Hashable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
      self.line = line
      self.character = character
    }
  }

  public struct Range: Codable, Sendable, Hashable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
      self.start = start
      self.end = end
    }
  }

  public struct Location: Codable, Sendable, Hashable {
    public var uri: String
    public var range: Range
  }

  public struct Diagnostic: Codable, Sendable, Hashable {
    public var range: Range
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// The rule id.
    public var code: String
    public var source: String
    public var message: String
    public var relatedInformation: [RelatedInformation]?
  }

  public struct RelatedInformation: Codable, Sendable, Hashable {
    public var location: Location
    public var message: String
  }

  public struct PublishDiagnosticsParams: Codable, Sendable, Hashable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]
  }

  public struct TextEdit: Codable, Sendable, Hashable {
    public var range: Range
    public var newText: String
  }

  public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
    public var uri: String
  }

  public struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
    public var uri: String
    public var version: Int?
  }

  public struct TextDocumentItem: Codable, Sendable, Hashable {
    public var uri: String
    public var languageId: String?
    public var version: Int
    public var text: String
  }

  public struct DidOpenParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
  }

  public struct ContentChange: Codable, Sendable {
    public var range: Range?
    public var text: String
  }

  public struct DidChangeParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [ContentChange]
  }

  public struct DocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
  }

  public struct FileEvent: Codable, Sendable {
    public var uri: String
    /// 1 created, 2 changed, 3 deleted.
    public var type: Int
  }

  public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
  }

  public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: Range
  }

  public struct TextDocumentEdit: Codable, Sendable, Hashable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var edits: [TextEdit]
  }

  /// `documentChanges` when the client supports them, else `changes`.
  public struct WorkspaceEdit: Codable, Sendable, Hashable {
    public var changes: [String: [TextEdit]]?
    public var documentChanges: [TextDocumentEdit]?
  }

  public struct CodeAction: Codable, Sendable, Hashable {
    public var title: String
    public var kind: String
    public var diagnostics: [Diagnostic]
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
  }

  public struct HoverParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
  }

  public struct MarkupContent: Codable, Sendable, Hashable {
    public var kind: String
    public var value: String
  }

  public struct Hover: Codable, Sendable, Hashable {
    public var contents: MarkupContent
    public var range: Range
  }

  public struct ShowMessageParams: Codable, Sendable, Hashable {
    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String
  }
}
