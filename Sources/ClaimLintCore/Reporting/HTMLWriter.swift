/// Builds HTML text for the `html` report, escaping by default.
///
/// Element and attribute names are static strings, and the only way to add markup is ``raw(_:)``, which
/// also takes a static string: everything that comes from a document, a rule or the command line goes in
/// through ``text(_:)`` or an attribute value, both escaped with ``MarkupEscaping/xml(_:attribute:)``, so a
/// document that contains `<script>` shows it as text.
struct HTMLWriter {
  /// The HTML written so far.
  private(set) var html = ""

  /// An attribute: a static name and a value to escape; `nil` leaves the attribute out.
  typealias Attribute = (name: StaticString, value: String?)

  /// `<name attributes>`.
  mutating func open(_ name: StaticString, _ attributes: [Attribute] = []) {
    html += "<\(name)"
    for attribute in attributes {
      guard let value = attribute.value else { continue }
      html += " \(attribute.name)=\"\(MarkupEscaping.xml(value, attribute: true))\""
    }
    html += ">"
  }

  /// `</name>`.
  mutating func close(_ name: StaticString) {
    html += "</\(name)>"
  }

  /// An element whose content `body` writes.
  mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], _ body: (inout HTMLWriter) -> Void) {
    open(name, attributes)
    body(&self)
    close(name)
  }

  /// An element holding escaped text.
  mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], text: String) {
    open(name, attributes)
    self.text(text)
    close(name)
  }

  /// Escaped text.
  mutating func text(_ text: String) {
    html += MarkupEscaping.xml(text)
  }

  /// Markup written in the source code (the page skeleton, the style sheet, the script).
  mutating func raw(_ markup: StaticString) {
    html += markup.description
  }

  /// A line break in the generated source, to keep it readable (and its golden file diffable).
  mutating func newline() {
    html += "\n"
  }

  /// Appends what another writer wrote.
  mutating func append(_ other: HTMLWriter) {
    html += other.html
  }
}
