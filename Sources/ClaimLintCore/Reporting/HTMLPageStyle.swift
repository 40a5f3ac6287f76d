/// The style sheet of the `html` report, inlined so the file stands alone.
///
/// Severities differ by colour, by underline (solid, dashed, dotted) and by icon and word, never by
/// colour alone; text colours keep a contrast of at least 4.5:1 on their backgrounds.
enum HTMLPageStyle {
  static let css: StaticString = """
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --link: #174ea6;
      --error: #b3261e; --error-bg: #fde8e7; --warning: #8a4f00; --warning-bg: #fff0d1;
      --info: #1d5fa8; --info-bg: #e4effb; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", sans-serif; }
    a { color: var(--link); }
    :focus-visible, .card:target, .card:focus { outline: 3px solid #000; outline-offset: 2px; }
    [hidden] { display: none !important; }
    .skip { position: absolute; left: -9999px; }
    .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
    header.top { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); background: #f6f6f3; }
    h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
    .totals { margin: 0; }
    main { padding: 0 1.5rem 2rem; max-width: 92rem; margin: 0 auto; }
    footer { padding: 1rem 1.5rem; color: var(--muted); border-top: 1px solid var(--line); font-size: .9rem; }
    .filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; margin-top: .75rem; }
    .filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .75rem; margin: 0; }
    .filters legend { font-weight: 600; padding: 0 .25rem; }
    .filters label { margin-right: .75rem; white-space: nowrap; cursor: pointer; }
    .filters p { margin: 0; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
    .count { text-align: right; font-variant-numeric: tabular-nums; }
    .index table, .problems { margin: .5rem 0 1rem; }
    .doc { border-top: 3px solid #333; margin-top: 2rem; padding-top: .25rem; }
    .doc > h2 { font-size: 1.35rem; margin: .5rem 0 0; overflow-wrap: anywhere; }
    .meta { color: var(--muted); margin: 0 0 .75rem; }
    .families { margin: .5rem 0 1rem; font-size: .9rem; }
    .families caption { text-align: left; font-weight: 700; padding-bottom: .2rem; }
    .jumps { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .1rem .9rem; }
    .notice { border: 2px solid var(--error); background: var(--error-bg); padding: .4rem .75rem;
      border-radius: 6px; margin: .5rem 0; }
    .notice-title { font-weight: 700; margin: 0; }
    .notice ul { margin: .2rem 0; padding-left: 1.25rem; }
    .row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 2rem;
      border-bottom: 1px solid #ececec; padding: .2rem 0; }
    @media (max-width: 60rem) { .row { grid-template-columns: minmax(0, 1fr); } }
    .prose { max-width: 46rem; overflow-wrap: anywhere; }
    .prose.plain p, .prose.plain li { white-space: pre-line; }
    .prose .h1 { font-size: 1.5rem; } .prose .h2 { font-size: 1.25rem; } .prose .h3 { font-size: 1.1rem; }
    .prose .table { overflow-x: auto; }
    .alt-label, .elided, .elsewhere { color: var(--muted); font-style: italic; }
    blockquote { margin: .5rem 0 .5rem 1rem; padding-left: .75rem; border-left: 4px solid var(--line); }
    .excerpt { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: .5rem;
      border-radius: 4px; font-size: .9rem; }
    mark { color: inherit; padding: 0 .08em; border-radius: 2px; }
    mark.sev-error { background: var(--error-bg); border-bottom: 3px solid var(--error); }
    mark.sev-warning { background: var(--warning-bg); border-bottom: 3px dashed var(--warning); }
    mark.sev-info { background: var(--info-bg); border-bottom: 2px dotted var(--info); }
    mark.off { background: none; border-bottom: none; }
    a.ref { font-size: .72em; font-weight: 700; vertical-align: super; line-height: 1; text-decoration: none;
      margin: 0 .1em; padding: .1em .35em; border-radius: .7em; color: #fff; white-space: nowrap; }
    a.ref span { margin-right: .15em; }
    .sev-error > .sev-label, .notice .sev-error { color: var(--error); }
    a.ref.sev-error { background: var(--error); }
    a.ref.sev-warning { background: var(--warning); }
    a.ref.sev-info { background: var(--info); }
    .card { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
      padding: .4rem .75rem; margin: .5rem 0; background: #fff; font-size: .95rem; }
    .card.sev-error { border-left-color: var(--error); }
    .card.sev-warning { border-left-color: var(--warning); }
    .card.sev-info { border-left-color: var(--info); }
    .sev-label { font-weight: 700; }
    .card.sev-error .sev-label { color: var(--error); }
    .card.sev-warning .sev-label { color: var(--warning); }
    .card.sev-info .sev-label { color: var(--info); }
    .card-head, .back { margin: 0; font-size: .88rem; }
    .rule { font-size: .85rem; }
    .where { color: var(--muted); }
    .message { margin: .25rem 0; font-weight: 600; }
    .notes { margin: .25rem 0; padding-left: 1.25rem; color: var(--muted); }
    .fix { background: #edf6ee; border-radius: 4px; padding: .25rem .5rem; margin: .35rem 0; }
    .fix-title, .sources-title { font-weight: 700; margin: 0; }
    .fix ul { margin: 0; padding-left: 1.25rem; }
    del { color: #8b1a1a; }
    ins { color: #0d5a1c; }
    details.about { margin: .25rem 0; }
    details.about summary { cursor: pointer; color: var(--link); }
    details.about p { margin: .3rem 0; }
    @media print { .filters, .skip, .back { display: none; } }
    """
}
