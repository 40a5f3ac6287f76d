/// The overviews of the `html` report: counts in words, a file's missing caveats and its findings by
/// family with a link to each, and the index of files, worst first.
enum HTMLSummary {
  /// `2 errors, 1 warning` or `no findings`.
  static func countsText(_ diagnostics: [Diagnostic]) -> String {
    let parts = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = diagnostics.filter { $0.severity == severity }.count
      return count > 0 ? Plural.count(count, severity.rawValue, severity == .info ? "infos" : nil) : nil
    }
    return parts.isEmpty ? "no findings" : Plural.list(parts)
  }

  /// A notice at the top of a file for each caveat it lacks, linking to the place that calls for it.
  static func caveatNotices(_ findings: [PlacedFinding], into writer: inout HTMLWriter) {
    let missing = findings.filter(\.isMissingCaveat)
    guard !missing.isEmpty else { return }
    writer.element("div", [("class", "notice caveats"), ("role", "note")]) { writer in
      writer.element("p", [("class", "notice-title")], text: "Missing caveats")
      writer.element("ul") { writer in
        for finding in missing {
          writer.element("li", [("data-for", finding.id)]) { writer in
            finding.diagnostic.severity.writeLabel(into: &writer)
            writer.text(" " + finding.diagnostic.message + " ")
            writer.element(
              "a", [("href", "#ref-" + finding.id)], text: "See where (line \(finding.location.start.line))")
          }
        }
      }
    }
    writer.newline()
  }

  /// The findings of a file counted by family and severity, with a link to each one.
  static func familyTable(_ findings: [PlacedFinding], into writer: inout HTMLWriter) {
    guard !findings.isEmpty else { return }
    let families = Dictionary(grouping: findings, by: \.family).sorted { $0.key < $1.key }
    writer.element("table", [("class", "families")]) { writer in
      writer.element("caption", text: "Findings by family")
      writer.element("tr") { writer in
        for title in ["Family", "Errors", "Warnings", "Infos", "Findings"] {
          writer.element("th", [("scope", "col")], text: title)
        }
      }
      for (family, members) in families {
        writer.element("tr", [("data-family", family)]) { writer in
          writer.element("th", [("scope", "row")], text: family)
          for severity in Severity.allCases.reversed() {
            writer.element(
              "td", [("class", "count")], text: String(members.filter { $0.diagnostic.severity == severity }.count))
          }
          writer.element("td") { writer in
            writer.element("ul", [("class", "jumps")]) { writer in
              for finding in members { jump(finding, into: &writer) }
            }
          }
        }
      }
    }
    writer.newline()
  }

  /// A link to a finding's place in the text: its icon, number and line.
  private static func jump(_ finding: PlacedFinding, into writer: inout HTMLWriter) {
    let severity = finding.diagnostic.severity
    writer.element("li", [("data-for", finding.id)]) { writer in
      writer.element(
        "a",
        [("href", "#ref-" + finding.id), ("class", "sev-\(severity.rawValue)"), ("title", finding.diagnostic.message)]
      ) { writer in
        writer.element("span", [("aria-hidden", "true")], text: severity.icon + " ")
        writer.text("#\(finding.number) \(severity.label.lowercased()), line \(finding.location.start.line)")
      }
    }
  }

  /// One row per file, worst first (most errors, then warnings, then infos), linking to the file's section.
  static func index(_ files: [(file: FileReport, anchor: String?)], into writer: inout HTMLWriter) {
    let ranked = files.sorted { a, b in
      let (left, right) = (rank(a.file), rank(b.file))
      return left != right ? left.lexicographicallyPrecedes(right, by: >) : a.file.path < b.file.path
    }
    writer.element("section", [("class", "index"), ("id", "files"), ("aria-labelledby", "files-title")]) { writer in
      writer.element("h2", [("id", "files-title")], text: "Files, worst first")
      writer.element("table") { writer in
        writer.element("tr") { writer in
          for title in ["File", "Errors", "Warnings", "Infos"] { writer.element("th", [("scope", "col")], text: title) }
        }
        for (file, anchor) in ranked { indexRow(file, anchor: anchor, into: &writer) }
      }
    }
    writer.newline()
  }

  private static func indexRow(_ file: FileReport, anchor: String?, into writer: inout HTMLWriter) {
    writer.element("tr") { writer in
      writer.element("th", [("scope", "row")]) { writer in
        if let anchor { writer.element("a", [("href", "#" + anchor)], text: file.path) } else { writer.text(file.path) }
      }
      for severity in Severity.allCases.reversed() {
        writer.element(
          "td", [("class", "count")], text: String(file.diagnostics.filter { $0.severity == severity }.count))
      }
    }
  }

  /// Error, warning and info counts, for sorting.
  private static func rank(_ file: FileReport) -> [Int] {
    Severity.allCases.reversed().map { severity in file.diagnostics.filter { $0.severity == severity }.count }
  }
}
