#!/usr/bin/env python3
"""Measures the vocabulary files on careful copy: which single-word terms and acronyms match, how
often, in what contexts, and what the sense constraints keep.

Usage: python3 Sources/Vocabulary/measure_senses.py [--shared ../shared] [--vocabulary Rules/vocabulary]
           [--snippets 4] [--term WORD ...] [--file conditions ...] [--min-hits 1]

Reads the NHS careful-copy pages (../shared/corpora/careful-copy-nhs/pages/*.md) and the release texts
of ../shared/corpora/healthnewsreview-releases/healthrelease_reviews.jsonl (field release_text),
tokenizes them with the normalization of generate.py (case, US spelling, plural of the last word, 's,
hyphen = space), matches every term of every file (longest match wins, one lexicon per file;
all-capital acronyms match only in capitals) and prints, for every single-word term and every
acronym with hits: the hit counts per corpus, the hits left after the term's sense constraints, its
flags, and a few keyword-in-context snippets (hits removed by the sense marked with "x").

The snippets are for reading in the terminal only: never paste corpus text into the project.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import FILES, PACKAGE, is_acronym, singular, us_spelling  # noqa: E402

TOKEN = re.compile(r"[A-Za-z0-9À-ɏ]+(?:['’][A-Za-z]+)*|[.!?;:]")


def norm_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return us_spelling(word.rstrip("'"))


def term_tokens(term: str) -> list[str]:
    return [t for t in TOKEN.findall(term.replace("-", " ")) if t not in ".!?;:"]


def key_of(tokens: list[str]) -> tuple[str, ...]:
    words = [norm_word(t) for t in tokens]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)


def load_vocabulary(folder: str, only: list[str] | None):
    lexicons = {}
    for name in FILES:
        if only and name not in only:
            continue
        index = defaultdict(list)
        longest = 1
        for line in open(os.path.join(folder, f"{name}.tsv"), encoding="utf-8"):
            if line.startswith("#"):
                continue
            term, kind, concept, source, sense = line.rstrip("\n").split("\t")
            tokens = term_tokens(term)
            if not tokens:
                continue
            row = (term, kind, concept, source, sense, tokens)
            index[key_of(tokens)].append(row)
            if len(tokens) > 1:
                index[(key_of(["".join(tokens)]))].append(row)  # joined form: "pinkeye"
            longest = max(longest, len(tokens))
        firsts = {key[0] for key in index}
        lexicons[name] = (index, longest, firsts)
    return lexicons


def documents(shared: str):
    for path in sorted(glob.glob(os.path.join(shared, "corpora", "careful-copy-nhs", "pages", "*.md"))):
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
        yield "nhs", os.path.basename(path), text
    path = os.path.join(shared, "corpora", "healthnewsreview-releases", "healthrelease_reviews.jsonl")
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        yield "hnr", record.get("news_id", "?"), record.get("release_text") or ""


def tokenize(text: str):
    """Tokens with sentence boundaries: a '.' after a single letter or 'St'/'Dr' is not a boundary."""
    out = []
    for line in re.split(r"\n\s*\n|\n(?=[#\-*|])", text):
        tokens = TOKEN.findall(line)
        sentence = []
        for i, token in enumerate(tokens):
            if token in ".!?;:":
                previous = sentence[-1] if sentence else ""
                if token == "." and (len(previous) == 1 or previous in ("St", "Dr", "Mr", "Mrs", "vs", "e.g")):
                    continue
                if sentence:
                    out.append(sentence)
                sentence = []
            else:
                sentence.append(token)
        if sentence:
            out.append(sentence)
    return out


def sense_keeps(sense: str, before: list[str], after: list[str]) -> bool:
    for part in filter(None, sense.split(";")):
        if "=" not in part:
            continue
        name, _, alternatives = part.partition("=")
        alternatives = [a.split(" ") for a in alternatives.split("|")]
        if name.endswith("preceded-by"):
            hit = any(len(a) <= len(before) and before[len(before) - len(a):] == a for a in alternatives)
        else:
            hit = any(after[: len(a)] == a for a in alternatives)
        if name.startswith("not-") and hit:
            return False
        if name.startswith("only-") and not hit:
            return False
    return True


def context_words(tokens):
    return [norm_word(t) for t in tokens]


def measure(lexicons, shared):
    hits = defaultdict(list)  # (file, term, kind) -> [(corpus, doc, kept, snippet)]
    for corpus, doc, text in documents(shared):
        for sentence in tokenize(text):
            plain = [norm_word(t) for t in sentence]
            last = [singular(w) for w in plain]
            for name, (index, longest, firsts) in lexicons.items():
                i = 0
                while i < len(sentence):
                    matched = 0
                    if plain[i] not in firsts and last[i] not in firsts:
                        i += 1
                        continue
                    for n in range(min(longest, len(sentence) - i), 0, -1):
                        window = sentence[i : i + n]
                        rows = index.get(tuple(plain[i : i + n - 1]) + (last[i + n - 1],))
                        if not rows:
                            continue
                        rows = [r for r in rows if not is_acronym(r[0]) or
                                [t for t in window] == r[5] or "".join(window) == "".join(r[5])]
                        if not rows:
                            continue
                        before = context_words(sentence[max(0, i - 4) : i])
                        after = context_words(sentence[i + n : i + n + 4])
                        snippet = " ".join(sentence[max(0, i - 7) : i]) + " [" + " ".join(window) + "] " + \
                            " ".join(sentence[i + n : i + n + 7])
                        for term, kind, concept, source, sense, tokens in rows:
                            keeps = sense_keeps(sense, before, after)
                            hits[(name, term, kind)].append((corpus, doc, keeps, snippet, sense))
                        matched = n
                        break
                    i += matched or 1
    return hits


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(PACKAGE), "shared"))
    parser.add_argument("--vocabulary", default=os.path.join(PACKAGE, "Rules", "vocabulary"))
    parser.add_argument("--snippets", type=int, default=4)
    parser.add_argument("--term", action="append", help="print every snippet of this term (repeatable)")
    parser.add_argument("--file", action="append", choices=FILES)
    parser.add_argument("--min-hits", type=int, default=1)
    parser.add_argument("--all", action="store_true", help="multi-word terms too")
    args = parser.parse_args()

    lexicons = load_vocabulary(args.vocabulary, args.file)
    hits = measure(lexicons, args.shared)
    wanted = {t.lower() for t in args.term or []}
    for (name, term, kind), found in sorted(hits.items(), key=lambda item: (item[0][0], -len(item[1]), item[0][1])):
        single = len(term_tokens(term)) == 1 or is_acronym(term)
        if wanted and term.lower() not in wanted:
            continue
        if not wanted and not (single or args.all):
            continue
        if len(found) < args.min_hits:
            continue
        nhs = sum(1 for h in found if h[0] == "nhs")
        kept = sum(1 for h in found if h[2])
        sense = found[0][4]
        flags = ",".join(f for f in ("food", "ordinary-word") if f in sense.split(";"))
        print(f"{name}\t{term}\t{kind}\thits {len(found)} (nhs {nhs}, hnr {len(found) - nhs})"
              f"\tafter sense {kept}" + (f"\tflags {flags}" if flags else ""))
        limit = len(found) if wanted else args.snippets
        # show removed hits first so the sense can be judged
        ordered = sorted(found, key=lambda h: h[2])
        for corpus, doc, keeps, snippet, _ in ordered[:limit]:
            print(f"    {'x' if not keeps else ' '} {corpus}:{doc}: {snippet}")


if __name__ == "__main__":
    main()
