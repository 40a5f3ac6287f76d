/// The script of the `html` report: it shows the filters (hidden without JavaScript, when every finding
/// stays visible), applies them, and moves between findings with the `n` and `p` keys.
///
/// The page's Content-Security-Policy allows this script only, by its SHA-256 hash (``sha256``), so no
/// script a document smuggled in could run even if escaping failed. Change the script and the hash
/// together: a test checks that they match.
enum HTMLPageScript {
  /// The base64 SHA-256 of ``script``'s text.
  static let sha256: StaticString = "Ej4UVL0OjF5qCrny+dmzdVEJQBcXtUlyf/2sPVhMZrU="

  static let script: StaticString = """
    (function () {
      "use strict";
      var form = document.getElementById("filters");
      if (!form) { return; }
      var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
      var cards = all("article.card");
      var status = document.getElementById("shown");
      function checked(kind) {
        var on = {};
        all("#filters input[data-" + kind + "]").forEach(function (box) {
          on[box.getAttribute("data-" + kind)] = box.checked;
        });
        return on;
      }
      function apply() {
        var severities = checked("severity"), families = checked("family"), hidden = {}, shown = 0;
        cards.forEach(function (card) {
          var off = !severities[card.getAttribute("data-severity")] || !families[card.getAttribute("data-family")];
          card.hidden = off;
          if (off) { hidden[card.getAttribute("data-finding")] = true; } else { shown += 1; }
        });
        all("mark[data-f]").forEach(function (mark) {
          var ids = mark.getAttribute("data-f").split(" ");
          mark.classList.toggle("off", ids.every(function (id) { return hidden[id]; }));
        });
        all("[data-for]").forEach(function (element) { element.hidden = !!hidden[element.getAttribute("data-for")]; });
        status.textContent = "Showing " + shown + " of " + cards.length + " findings.";
      }
      function step(forward) {
        var refs = all("a.ref").filter(function (ref) { return !ref.hidden; });
        if (refs.length === 0) { return; }
        var at = refs.indexOf(document.activeElement);
        var next = at < 0 ? (forward ? 0 : refs.length - 1) : (at + (forward ? 1 : refs.length - 1)) % refs.length;
        refs[next].focus();
        refs[next].scrollIntoView({ block: "center" });
      }
      form.addEventListener("change", apply);
      document.addEventListener("keydown", function (event) {
        var target = event.target, typing = target && (target.tagName === "INPUT" || target.isContentEditable);
        if (typing || event.altKey || event.ctrlKey || event.metaKey) { return; }
        if (event.key === "n" || event.key === "p") { event.preventDefault(); step(event.key === "n"); }
      });
      form.hidden = false;
      document.documentElement.classList.add("js");
      apply();
    })();
    """
}
