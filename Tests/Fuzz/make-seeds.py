#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets into OUT/<Target>/ from Samples/, the rule examples in
Rules/*.yml and the recorded language-server exchanges. Usage: make-seeds.py OUT"""
import hashlib, json, os, re, sys, glob

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
out = sys.argv[1]


def seed(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as handle:
        handle.write(data)


def read(path):
    with open(path, "rb") as handle:
        return handle.read()


samples = sorted(glob.glob(os.path.join(root, "Samples", "*")))
rule_files = sorted(glob.glob(os.path.join(root, "Rules", "*.yml")))
examples = []
for path in rule_files:
    for match in re.finditer(r"^\s+- '(.*)'\s*$", read(path).decode(), re.M):
        examples.append(match.group(1).replace("''", "'").replace("⟦", "").replace("⟧", ""))

for path in samples:
    data = read(path)
    kind = {".md": "Markdown", ".html": "HTML", ".txt": "PlainText"}[os.path.splitext(path)[1]]
    seed(kind, data)
    seed("Sentences", data)
    for target in ("Markdown", "HTML", "PlainText"):
        seed(target, data[:2000])
for index in range(0, len(examples), 8):
    chunk = "\n\n".join(examples[index:index + 8])
    for target in ("Markdown", "PlainText", "Sentences"):
        seed(target, chunk)
    seed("HTML", "<p>" + "</p>\n<p>".join(examples[index:index + 8]) + "</p>")

for path in rule_files:
    text = read(path).decode()
    seed("RuleFile", text[:16000])
    parts = re.split(r"^  - id:", text, flags=re.M)
    for part in parts[1:40]:
        seed("RuleFile", "version: 1\nrules:\n  - id:" + part)
for text in [
    "fail-on: warning\nprofiles: [eu]\nrules:\n  hype/miracle-words: off\n",
    "include: ['docs/**/*.md']\nexclude: [drafts/]\noverrides:\n  - files: ['*.html']\n    rules:\n      caveat/*: error\n",
    "rule-paths: [house-rules]\nignore-files: true\n",
    "rules: |\n  x\n",
]:
    seed("Config", text)

diff = ("diff --git a/docs/a.md b/docs/a.md\nindex 1..2 100644\n--- a/docs/a.md\n+++ b/docs/a.md\n"
        "@@ -1,3 +1,4 @@\n line\n-old\n+new\n+more\n line\n@@ -10 +11 @@\n-x\n+y\n"
        "\\ No newline at end of file\n")
seed("Diff", diff)
seed("Diff", "--- /dev/null\n+++ b/new.md\n@@ -0,0 +1,2 @@\n+a\n+b\n")
seed("Diff", "--- a/x\n+++ b/y\n@@@ -1 -1 +1 @@@\n  a\n++b\n")
baseline = {"version": 1, "findings": [{"path": "docs/a.md", "rule": "hype/miracle-words", "text": "A miracle."}]}
seed("Baseline", json.dumps(baseline, indent=2))
seed("Baseline", json.dumps(baseline).replace(", ", ",\r\n"))
for body in ["claimlint-disable-next-line hype/miracle-words -- quoted as history",
             "claimlint-disable caveat/* -- reviewed", "claimlint-enable", "claimlint-disable-line",
             "claimlint-disable-next-line a/b c/d"]:
    seed("Suppression", body)
for pair in ["docs/**/*.md\ndocs/a/b.md", "*.txt\nx.txt", "/drafts/\ndrafts", "[a-c]?x\nbqx", "!*.md\na.md",
             "**/a/**/b\nx/a/y/b", "*a*a*b\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "\\!x\n!x"]:
    seed("Glob", pair)
for path in sorted(glob.glob(os.path.join(root, "Tests", "ClaimLintServerTests", "Exchanges", "*.jsonrpc"))):
    stream = b""
    for line in read(path).decode().splitlines():
        if line.startswith("--> "):
            body = line[4:].encode()
            stream += b"Content-Length: %d\r\n\r\n" % len(body) + body
    if stream:
        seed("MessageFramer", b"\x05" + stream[:8000])
        seed("MessageFramer", b"\x00" + stream[:3000])
