/// Plain-text pieces shared by the line-based reporters: one-line messages, quoted strings, fix-it wording.
enum DiagnosticText {
  /// `text` with each line break (`\r\n`, `\n`, `\r`) replaced by one space.
  static func singleLine(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r": result.append(" ")
      case "\n": if !previousWasCR { result.append(" ") }
      default: result.append(scalar)
      }
      previousWasCR = scalar == "\r"
    }
    return String(result)
  }

  /// `text` in double quotes, with `"`, `\` and control characters escaped Swift-style (`\n`, `\u{1B}`).
  static func quoted(_ text: String, limit: Int? = nil) -> String {
    var result = "\""
    var count = 0
    for scalar in text.unicodeScalars {
      if let limit, count == limit {
        result += "…"
        break
      }
      count += 1
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// `path:line:col: label: message [rule]` with scalar columns.
  static func header(path: String, at start: SourceText.Position, label: String, message: String, rule: String?)
    -> String
  {
    let suffix = rule.map { " [\($0)]" } ?? ""
    return "\(path):\(start.line):\(start.column): \(label): \(singleLine(message))\(suffix)"
  }

  /// One fix-it in words: `Soften the claim: replace "cures" at 2:31-2:36 with "may ease"`.
  static func describe(_ fixIt: FixIt, in source: SourceText) -> String {
    let edits = fixIt.edits.map { describe($0, in: source) }.joined(separator: "; ")
    let message = singleLine(fixIt.message)
    return message.isEmpty ? edits : "\(message): \(edits)"
  }

  /// One edit in words: `insert "x" at 3:4`, `delete "x" at 3:4-3:5` or `replace "x" at 3:4-3:5 with "y"`.
  static func describe(_ edit: TextEdit, in source: SourceText) -> String {
    let span = source.location(of: edit.range)
    let old = quoted(source.text(in: span.offset..<(span.offset + span.length)), limit: 40)
    if span.length == 0 {
      return "insert \(quoted(edit.replacement)) at \(span.start.line):\(span.start.column)"
    }
    if edit.replacement.isEmpty { return "delete \(old) at \(span.rangeDescription)" }
    return "replace \(old) at \(span.rangeDescription) with \(quoted(edit.replacement))"
  }
}

extension DiagnosticText {
  /// `path:line:col` of a tool error, leaving out the unknown parts, or `nil` without a path.
  static func location(of error: ToolError) -> String? {
    guard let path = error.path else { return nil }
    guard let line = error.line else { return path }
    return error.column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
  }

  /// `path:line:col: error: message` on one line.
  static func line(for error: ToolError) -> String {
    let lead = location(of: error).map { "\($0): " } ?? ""
    return "\(lead)\(error.severity.rawValue): \(singleLine(error.message))"
  }
}

extension DiagnosticText {
  /// The lines that follow a diagnostic's header in formats without source snippets: one
  /// `fix-it: …` line per fix-it, then `path:line:col: note: …` or `note: …` per note.
  static func detailLines(for diagnostic: Diagnostic, in file: FileReport) -> [String] {
    let fixIts = diagnostic.finding.fixIts.map { "fix-it: " + describe($0, in: file.source) }
    let notes = diagnostic.finding.notes.map { note in
      guard let range = note.range else { return "note: " + singleLine(note.message) }
      let start = file.source.location(of: range).start
      return header(path: file.path, at: start, label: "note", message: note.message, rule: nil)
    }
    return fixIts + notes
  }
}
