extension SARIFReporter {
  /// The rule descriptors: `report.rules` without duplicate IDs, then a minimal descriptor for each
  /// rule ID that results use but `report.rules` lacks, so every `ruleIndex` points somewhere.
  static func descriptors(for report: LintReport) -> [SARIF.ReportingDescriptor] {
    var seen: Set<String> = []
    var descriptors: [SARIF.ReportingDescriptor] = []
    for rule in report.rules where seen.insert(rule.id).inserted {
      descriptors.append(descriptor(rule))
    }
    let missing = Set(report.files.flatMap { $0.diagnostics.map(\.ruleID) }).subtracting(seen).sorted()
    for id in missing {
      let fallback = report.files.lazy.flatMap(\.diagnostics).first { $0.ruleID == id }?.severity ?? .warning
      descriptors.append(descriptor(RuleMetadata(id: id, defaultSeverity: fallback, kind: "", summary: id)))
    }
    return descriptors
  }

  /// One rule as a SARIF reporting descriptor.
  static func descriptor(_ rule: RuleMetadata) -> SARIF.ReportingDescriptor {
    let summary = rule.summary.isEmpty ? rule.id : rule.summary
    let explanation = rule.explanation.trimmingBlankLines()
    let body = explanation.isEmpty ? summary : explanation
    var text = body
    var markdown = body
    if !rule.references.isEmpty {
      text += "\n\nReferences:\n" + rule.references.map { "- \($0)" }.joined(separator: "\n")
      markdown += "\n\n**References**\n\n" + rule.references.map { "- \($0)" }.joined(separator: "\n")
    }
    return SARIF.ReportingDescriptor(
      id: rule.id, name: pascalCase(rule.id),
      shortDescription: SARIF.Message(text: summary),
      fullDescription: SARIF.Message(text: firstParagraph(of: explanation) ?? summary),
      help: SARIF.MultiformatMessage(text: text, markdown: markdown),
      defaultConfiguration: SARIF.Configuration(level: level(rule.defaultSeverity)),
      properties: SARIF.DescriptorProperties(tags: [rule.family]))
  }

  /// The first paragraph of Markdown text, its lines joined with spaces.
  static func firstParagraph(of text: String) -> String? {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmedWhitespace
      if trimmed.isEmpty {
        if lines.isEmpty { continue } else { break }
      }
      lines.append(trimmed)
    }
    return lines.isEmpty ? nil : lines.joined(separator: " ")
  }

  /// `efficacy/miracle-cure` → `EfficacyMiracleCure`, a name for people next to the ID.
  static func pascalCase(_ id: String) -> String {
    id.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }
}

extension StringProtocol {
  /// The text without leading or trailing blank lines and trailing whitespace.
  fileprivate func trimmingBlankLines() -> String {
    let lines = split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var line = String(line)
      while let last = line.unicodeScalars.last, last.properties.isWhitespace { line.unicodeScalars.removeLast() }
      return line
    }
    guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty })
    else { return "" }
    return lines[first...last].joined(separator: "\n")
  }
}
