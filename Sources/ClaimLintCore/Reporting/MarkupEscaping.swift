/// Escaping for XML, GitHub workflow commands and Markdown, shared by the reporters that need it.
enum MarkupEscaping {
  /// `text` for XML 1.0 element content, or for a double-quoted attribute value when `attribute`.
  ///
  /// `&`, `<`, `>` (and `"` in attributes) become entities; `\r` (and in attributes `\n` and `\t`)
  /// become character references so parsers keep them. Characters XML 1.0 forbids (C0 controls
  /// other than tab, line feed and carriage return, U+FFFE, U+FFFF) become U+FFFD, so the user's
  /// text is visibly damaged rather than silently shortened.
  static func xml(_ text: String, attribute: Bool = false) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where attribute: result += "&quot;"
      case "\r": result += "&#13;"
      case "\n" where attribute: result += "&#10;"
      case "\t" where attribute: result += "&#9;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A GitHub workflow command's message, escaped as actions/toolkit's `escapeData` does:
  /// `%` → `%25`, CR → `%0D`, LF → `%0A`.
  static func workflowData(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A GitHub workflow command's property value, escaped as actions/toolkit's `escapeProperty`
  /// does: as ``workflowData(_:)`` plus `:` → `%3A` and `,` → `%2C`.
  static func workflowProperty(_ text: String) -> String {
    var result = ""
    for scalar in workflowData(text).unicodeScalars {
      switch scalar {
      case ":": result += "%3A"
      case ",": result += "%2C"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` for a GitHub-flavoured Markdown table cell: one line, `|` and Markdown punctuation
  /// backslash-escaped, `&`, `<` and `>` as entities so no HTML is interpreted.
  static func markdownCell(_ text: String) -> String {
    var result = ""
    for scalar in DiagnosticText.singleLine(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!":
        result += "\\"
        result.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20: result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension MarkupEscaping {
  /// The XML declaration every XML format starts with.
  static let xmlDeclaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

  /// ` name="value"` for each pair with a value, escaped, in the given order.
  static func xmlAttributes(_ pairs: [(String, String?)]) -> String {
    pairs.compactMap { name, value in value.map { " \(name)=\"\(xml($0, attribute: true))\"" } }.joined()
  }
}
