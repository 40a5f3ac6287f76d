#!/usr/bin/env python3
"""The claimlint scoreboard: every judgment figure on the shared data, in one run.

Usage:
  swift build -c release && python3 Tests/Scoreboard/scoreboard.py
  python3 Tests/Scoreboard/scoreboard.py [--binary .build/release/claimlint] [--shared ../shared]
                                         [--json] [--check Tests/Scoreboard/floors.json]

Figures: claim-strength macro-F1 on Yu 2019 and on InSciOut, recall on the regulator-cited claims
(alone and under a product heading), warnings and errors per 1,000 words on the NHS pages, the seed
article's warnings and errors, the findings on Samples/ by file and severity, and the two product
pages in Tests/Scoreboard/product-pages/ (lawful structure/function claims: claim-family findings;
disease claims: share of bullet lines flagged). The shared scorers in ../shared/eval/ compute the
first four and are run as they are; every measurement runs concurrently.

--check FILE compares the figures with the floors in FILE ({"figure": {"min": x} or {"max": x}}),
lists every figure that broke its floor and exits 1. A measurement that fails, a missing binary or
shared folder and a malformed floors file exit 2.
Only the Python standard library is used.
"""
import argparse
import concurrent.futures
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.dirname(os.path.dirname(HERE))
PAGES = os.path.join(HERE, "product-pages")
CLAIM_FAMILIES = ("causal/", "regulatory/", "hype/", "evidence/")
SEVERITIES = ("error", "warning", "info")
LINTED_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")
# InSciOut causal_code (0-6) to claim strength, as the established method maps it.
INSCIOUT_STRENGTH = {"0": "none", "1": "none", "2": "correlational", "3": "correlational",
                     "4": "conditional", "5": "causal", "6": "causal"}
# score_strength.py's yu2020 label scheme, to hand it the InSciOut statements.
YU2020_LABEL = {"none": "0", "correlational": "1", "conditional": "2", "causal": "3"}


class MeasureError(Exception):
    pass


def fail(message):
    """Stop with status 2: the scoreboard could not run (status 1 is kept for broken floors)."""
    print(f"scoreboard: {message}", file=sys.stderr)
    sys.exit(2)


@dataclass
class Figure:
    name: str                 # key in floors.json and in --json output
    label: str                # what is printed before the figure
    value: float              # what floors are compared with
    text: str                 # the figure as printed
    details: list = field(default_factory=list)   # lines printed under the figure
    extra: dict = field(default_factory=dict)     # more numbers for --json


# Running things

def run(command):
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        raise MeasureError(f"{' '.join(command[:3])}… exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
    return proc.stdout


def scorer(shared, script, *args):
    """The output of one of the shared scorers in SHARED/eval/."""
    return run([sys.executable, os.path.join(shared, "eval", script), *args])


def last_line(output, pattern):
    lines = output.strip().splitlines()
    match = re.search(pattern, lines[-1]) if lines else None
    if not match:
        raise MeasureError(f"unexpected last line: {lines[-1] if lines else '(no output)'}")
    return match


def lint(binary, *paths):
    """Warnings, errors and infos of `claimlint lint` on `paths`, without configuration files."""
    out = run([binary, "lint", "--format", "json", "--no-config", "--fail-on", "never", *paths])
    return json.loads(out)["diagnostics"]


def is_claim_finding(d):
    return d["severity"] in ("warning", "error") and d["rule"].startswith(CLAIM_FAMILIES)


def describe(d):
    return f"{os.path.basename(d['path'])}:{d['line']}:{d['column']}: {d['severity']}: {d['message']} [{d['rule']}]"


# Measurements: each returns a list of figures

def strength_figure(name, label, output):
    m = last_line(output, r"macro-F1 (\S+) accuracy (\S+) \((\d+) sentences\)")
    return Figure(name, label, float(m[1]), f"macro-F1 {m[1]} (accuracy {m[2]}, {m[3]} sentences)",
                  extra={"accuracy": float(m[2]), "sentences": int(m[3])})


def yu2019(binary, shared):
    corpus = os.path.join(shared, "corpora", "yu2019-causal-language", "pubmed_causal_language_use.csv")
    out = scorer(shared, "score_strength.py", corpus, "--labels", "yu2019", "--", binary, "claims", "--lines", "-")
    return [strength_figure("yu2019_macro_f1", "Claim strength, Yu 2019", out)]


def insciout_rows(shared):
    """(text, strength) of the InSciOut statements coded 0-6, whitespace-normalised, first of each text."""
    path = os.path.join(shared, "corpora", "insciout-project", "statements_long.csv")
    rows, seen = [], set()
    with open(path, newline="", encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            strength = INSCIOUT_STRENGTH.get(rec["causal_code"].strip())
            text = " ".join(rec["text"].split())
            if strength and text and text not in seen:
                seen.add(text)
                rows.append((text, strength))
    return rows


def insciout(binary, shared):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", encoding="utf-8") as f:
        out_csv = csv.writer(f)
        out_csv.writerow(["sentence", "label"])
        out_csv.writerows((text, YU2020_LABEL[strength]) for text, strength in insciout_rows(shared))
        f.flush()
        out = scorer(shared, "score_strength.py", f.name, "--labels", "yu2020",
                     "--", binary, "claims", "--lines", "-", "--denied-as-none")
    return [strength_figure("insciout_macro_f1", "Claim strength, InSciOut", out)]


def recall_figure(name, label, text, k, n, details=()):
    return Figure(name, label, int(k) / int(n), f"recall {text} ({k}/{n})", details=list(details),
                  extra={"caught": int(k), "claims": int(n)})


def regulator(binary, shared):
    out = scorer(shared, "score_recall.py", binary)
    m = last_line(out, r"recall (\S+) under a product heading \((\d+)/(\d+)\), (\S+) alone \((\d+)/(\d+)\)")
    return [recall_figure("regulator_recall_alone", "Regulator claims, alone", m[4], m[5], m[6]),
            recall_figure("regulator_recall_product_heading", "Regulator claims, under a product heading",
                          m[1], m[2], m[3])]


def nhs(binary, shared):
    out = scorer(shared, "score_careful.py", binary)
    m = last_line(out, r"careful copy: (\S+) warnings/errors per 1,000 words \((\d+) in (\d+) words, (\d+) pages\)")
    count, words = int(m[2]), int(m[3])
    return [Figure("nhs_per_1000_words", "NHS careful pages, warnings+errors per 1,000 words", 1000 * count / words,
                   f"{m[1]} ({count} in {words} words, {m[4]} pages)", extra={"findings": count, "words": words})]


def seed(binary, shared):
    found = [d for d in lint(binary, os.path.join(shared, "seed", "vitamin-d3-k2-benefits.md"))
             if d["severity"] in ("warning", "error")]
    return [Figure("seed_findings", "Seed article, warnings+errors (target 0)", len(found), str(len(found)),
                   details=[describe(d) for d in found])]


def severity_counts(diagnostics):
    counts = {s: sum(d["severity"] == s for d in diagnostics) for s in SEVERITIES}
    return ", ".join(f"{counts[s]} {s}{'' if counts[s] == 1 else 's'}" for s in SEVERITIES), counts


def samples(binary, shared):
    folder = os.path.join(PACKAGE, "Samples")
    names = sorted(n for n in os.listdir(folder) if n.endswith(LINTED_EXTENSIONS))
    found = lint(binary, folder)
    figures = []
    for name in names:
        text, counts = severity_counts([d for d in found if os.path.basename(d["path"]) == name])
        figures.append(Figure(f"samples/{name}", f"Samples/{name}", sum(counts.values()), text, extra=counts))
    return figures


def lawful_page(binary, shared):
    found = [d for d in lint(binary, os.path.join(PAGES, "lawful-structure-function.md")) if is_claim_finding(d)]
    return [Figure("lawful_page_findings", "Lawful product page, claim-family warnings+errors (target 0)",
                   len(found), str(len(found)), details=[describe(d) for d in found])]


def bullet_lines(path):
    with open(path, encoding="utf-8") as f:
        return {i: line.strip() for i, line in enumerate(f, 1) if re.match(r"\s*[-*+] ", line)}


def disease_page(binary, shared):
    path = os.path.join(PAGES, "disease-claims.md")
    bullets = bullet_lines(path)
    if not bullets:
        raise MeasureError(f"{path} has no bullet lines")
    flagged = {line for d in lint(binary, path) if is_claim_finding(d)
               for line in range(d["line"], d["endLine"] + 1)}
    misses = [f"missed line {i}: {text}" for i, text in sorted(bullets.items()) if i not in flagged]
    caught = len(bullets) - len(misses)
    return [recall_figure("disease_page_recall", "Disease-claim product page, bullet lines flagged",
                          f"{caught / len(bullets):.2f}", caught, len(bullets), misses)]


MEASUREMENTS = [yu2019, insciout, regulator, nhs, seed, samples, lawful_page, disease_page]


def measure_all(binary, shared):
    """Every measurement, run concurrently; returns (figures in MEASUREMENTS order, failures)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(MEASUREMENTS)) as pool:
        futures = [(m.__name__, pool.submit(m, binary, shared)) for m in MEASUREMENTS]
    figures, failures = [], []
    for name, future in futures:
        try:
            figures.extend(future.result())
        except (MeasureError, OSError, ValueError, KeyError) as e:
            failures.append(f"{name}: could not measure: {e}")
    return figures, failures


# Floors

def load_floors(path, figures):
    with open(path, encoding="utf-8") as f:
        floors = json.load(f)
    known = {fig.name for fig in figures}
    for name, bound in floors.items():
        if (not isinstance(bound, dict) or not bound or set(bound) - {"min", "max"}
                or not all(isinstance(x, (int, float)) for x in bound.values())):
            fail(f"{path}: '{name}' must be {{\"min\": x}} or {{\"max\": x}}")
    return {name: bound for name, bound in floors.items() if name in known}, sorted(set(floors) - known)


def broken_floors(figures, floors):
    broken = []
    for fig in figures:
        bound = floors.get(fig.name, {})
        if "min" in bound and fig.value < bound["min"]:
            broken.append(f"{fig.name}: {fig.value:.4g} is below its floor {bound['min']} ({fig.label}: {fig.text})")
        if "max" in bound and fig.value > bound["max"]:
            broken.append(f"{fig.name}: {fig.value:.4g} is above its ceiling {bound['max']} ({fig.label}: {fig.text})")
    return broken


# Output

def print_text(figures, failures, seconds, binary):
    print(f"claimlint scoreboard ({binary})")
    width = max(len(fig.label) for fig in figures) if figures else 0
    for fig in figures:
        print(f"{fig.label:<{width}}  {fig.text}")
        for line in fig.details:
            print(f"    {line}")
    for line in failures:
        print(line)
    print(f"{'Wall time':<{width}}  {seconds:.1f} s")


def print_json(figures, failures, seconds, broken):
    report = {"figures": {fig.name: {"label": fig.label, "value": fig.value, "text": fig.text,
                                     "details": fig.details, **fig.extra} for fig in figures},
              "failures": failures, "seconds": round(seconds, 2)}
    if broken is not None:
        report["broken"] = broken
    print(json.dumps(report, indent=2, sort_keys=True))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(PACKAGE, ".build", "release", "claimlint"))
    ap.add_argument("--shared", default=os.path.join(PACKAGE, "..", "shared"))
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--check", metavar="FLOORS.json", help="exit 1 listing every figure below its floor")
    args = ap.parse_args()
    binary, shared = os.path.abspath(args.binary), os.path.abspath(args.shared)
    if not os.access(binary, os.X_OK):
        fail(f"{binary} not found; run `swift build -c release` first")
    if not os.path.isdir(os.path.join(shared, "corpora")):
        fail(f"{shared} has no corpora/; pass --shared")

    start = time.perf_counter()
    figures, failures = measure_all(binary, shared)
    seconds = time.perf_counter() - start
    broken = None
    if args.check:
        floors, unknown = load_floors(args.check, figures)
        broken = broken_floors(figures, floors)
        if not failures:  # a failed measurement leaves its figures out; otherwise an unknown name is a typo
            failures += [f"{args.check}: no figure named '{name}'" for name in unknown]

    if args.json:
        print_json(figures, failures, seconds, broken)
    else:
        print_text(figures, failures, seconds, binary)
        if broken is not None:
            print("\n".join(["", "Broken floors:", *broken]) if broken else f"All {len(floors)} floors hold.")
    sys.exit(2 if failures else 1 if broken else 0)


if __name__ == "__main__":
    main()
