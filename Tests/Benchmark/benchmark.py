#!/usr/bin/env python3
"""Benchmark claimlint: lint a folder of Markdown files and print MB/s and files/s.

Usage:
  python3 Tests/Benchmark/benchmark.py [--binary .build/release/claimlint] [--size-mb 30]
                                       [--corpus DIR] [--runs 3] [--keep] [--check-prefilter]
                                       [--all-figures]
                                       [-- extra claimlint args]

Without --corpus it builds one: the release texts of
../shared/corpora/healthnewsreview-releases/healthrelease_reviews.jsonl written out as Markdown files
(title as a heading, then the text), repeated until the folder holds about --size-mb megabytes.
Build first with `swift build -c release --static-swift-stdlib` (the README's binary to copy anywhere;
plain `swift build -c release` works too, and starts about 10 ms slower). The figure is wall-clock time
of the whole command (reading, parsing, all default rules, reporting to /dev/null), best of --runs. With --check-prefilter it
also lints with the literal prefilter off (`--no-prefilter`) and fails unless both JSON reports are the
same byte for byte. With --all-figures it prints the figures of figures.py as well (one core and all,
latencies, peak memory, one file against many, the ratio to ripgrep).
Only the Python standard library is used.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.dirname(os.path.dirname(HERE))
RELEASES = os.path.join(PACKAGE, "..", "shared", "corpora", "healthnewsreview-releases", "healthrelease_reviews.jsonl")


def build_corpus(folder, size_mb):
    with open(RELEASES, encoding="utf-8") as f:
        releases = [json.loads(line) for line in f]
    texts = []
    for r in releases:
        body = (r.get("release_text") or "").strip()
        if body:
            texts.append("# " + (r.get("release_title") or "Release").strip() + "\n\n" + body + "\n")
    target = size_mb * 1024 * 1024
    total = 0
    count = 0
    copy = 0
    while total < target:
        sub = os.path.join(folder, f"copy{copy:02d}")
        os.makedirs(sub, exist_ok=True)
        for i, text in enumerate(texts):
            data = text.encode("utf-8")
            with open(os.path.join(sub, f"release{i:04d}.md"), "wb") as out:
                out.write(data)
            total += len(data)
            count += 1
            if total >= target:
                break
        copy += 1
    return count, total


def folder_size(folder):
    count = 0
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith((".md", ".markdown", ".html", ".htm", ".txt")):
                count += 1
                total += os.path.getsize(os.path.join(root, name))
    return count, total


def check_prefilter(binary, extra, folder):
    """Lints with and without the literal prefilter; the reports must be byte for byte the same."""
    outputs = []
    for flags in ([], ["--no-prefilter"]):
        start = time.perf_counter()
        proc = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "never", *flags, *extra, folder],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        outputs.append((proc.stdout, time.perf_counter() - start))
    (filtered, fast), (unfiltered, slow) = outputs
    if filtered != unfiltered:
        sys.exit("prefilter: the reports differ with and without the literal prefilter")
    print(f"prefilter: reports identical ({len(filtered)} bytes); {slow:.2f} s without it, {fast:.2f} s with it")


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(PACKAGE, ".build", "release", "claimlint"))
    ap.add_argument("--size-mb", type=int, default=30)
    ap.add_argument("--corpus", help="lint this folder instead of building one")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and print its path")
    ap.add_argument("--all-figures", action="store_true",
                    help="also print one-core throughput, latencies, peak memory, one file vs many, and the rg ratio")
    ap.add_argument("--check-prefilter", action="store_true",
                    help="also lint with the literal prefilter off and fail unless the JSON reports are identical")
    args = ap.parse_args(argv)
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} not found; run `swift build -c release --static-swift-stdlib` first")

    temp = None
    if args.corpus:
        folder = args.corpus
        count, total = folder_size(folder)
    else:
        temp = tempfile.mkdtemp(prefix="claimlint-bench-")
        folder = temp
        count, total = build_corpus(folder, args.size_mb)
    try:
        best = None
        status = None
        for _ in range(args.runs):
            start = time.perf_counter()
            proc = subprocess.run([args.binary, "lint", "--format", "gcc", "--fail-on", "never", *extra, folder],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            elapsed = time.perf_counter() - start
            status = proc.returncode
            if status not in (0, 1):
                sys.stderr.write(proc.stderr[-2000:])
                sys.exit(f"claimlint exited with status {status}")
            best = elapsed if best is None else min(best, elapsed)
            summary = proc.stderr.strip().splitlines()[-1:] if proc.stderr.strip() else []
        mb = total / (1024 * 1024)
        print(f"corpus: {count} files, {mb:.1f} MB ({folder if (args.keep or args.corpus) else 'temporary'})")
        print(f"cores: {os.cpu_count()}  runs: {args.runs}  best: {best:.2f} s")
        print(f"throughput: {mb / best:.2f} MB/s, {count / best:.0f} files/s")
        if summary:
            print(f"claimlint: {summary[0]}")
        if args.all_figures:
            sys.path.insert(0, HERE)
            import figures
            figures.report(args.binary, folder, mb, count, best)
        if args.check_prefilter:
            check_prefilter(args.binary, extra, folder)
    finally:
        if temp and not args.keep:
            shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    main()
