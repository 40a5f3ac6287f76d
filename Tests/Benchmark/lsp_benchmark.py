#!/usr/bin/env python3
"""Measures the language server: time from didChange to publishDiagnostics, and memory over many edits.

    swift build -c release
    python3 Tests/Benchmark/lsp_benchmark.py ../shared/seed/vitamin-d3-k2-benefits.md

Starts `claimlint lsp`, opens the document as an unsaved buffer, warms up, then sends --runs edits one
at a time and times each until the diagnostics for that version arrive (median, min, max). Then it sends
--edits more, waiting for each one's diagnostics, and prints the server's resident memory (VmRSS from
/proc) before, halfway and after. The document is read, never copied anywhere.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time


class Client:
    def __init__(self, binary, debounce, folder):
        self.process = subprocess.Popen(
            [binary, "lsp", "--debounce", str(debounce)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, cwd=folder)

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = self.process.stdout.read(1)
            if not byte:
                raise RuntimeError("server closed its output")
            header += byte
        length = int(header.split(b":")[1].split(b"\r")[0])
        return json.loads(self.process.stdout.read(length))

    def diagnostics_for(self, version):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
                return message["params"]["diagnostics"]

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return -1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("document")
    parser.add_argument("--binary", default=".build/release/claimlint")
    parser.add_argument("--debounce", type=int, default=100, help="the server's --debounce, in ms (default 100)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--edits", type=int, default=1000)
    arguments = parser.parse_args()
    text = open(arguments.document, encoding="utf-8").read()
    folder = tempfile.mkdtemp(prefix="claimlint-lsp-bench-")
    uri = "file://" + os.path.join(folder, os.path.basename(arguments.document))
    client = Client(os.path.abspath(arguments.binary), arguments.debounce, folder)
    client.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                 "params": {"rootUri": "file://" + folder, "capabilities": {}}})
    client.receive()
    client.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    client.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    found = client.diagnostics_for(1)
    version = 1

    def edit():
        # Add a space after the opening line, or remove it again, so the text keeps its size.
        nonlocal version
        version += 1
        first = text.split("\n", 1)[0]
        column = len(first.encode("utf-16-le")) // 2
        if version % 2 == 0:
            change = {"range": {"start": {"line": 0, "character": column}, "end": {"line": 0, "character": column}}, "text": " "}
        else:
            change = {"range": {"start": {"line": 0, "character": column}, "end": {"line": 0, "character": column + 1}}, "text": ""}
        started = time.perf_counter()
        client.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        client.diagnostics_for(version)
        return time.perf_counter() - started

    for _ in range(10):
        edit()  # warm up
    timings = [edit() * 1000 for _ in range(arguments.runs)]
    print(f"document: {len(text.encode())} bytes, {len(found)} diagnostics; debounce {arguments.debounce} ms")
    print(f"didChange -> publishDiagnostics over {arguments.runs} edits: median {statistics.median(timings):.1f} ms "
          f"(min {min(timings):.1f}, max {max(timings):.1f})")
    before = client.rss_kib()
    halfway = None
    for index in range(arguments.edits):
        edit()
        if index + 1 == arguments.edits // 2:
            halfway = client.rss_kib()
    after = client.rss_kib()
    print(f"VmRSS: {before} KiB before {arguments.edits} edits, {halfway} KiB after {arguments.edits // 2}, {after} KiB after")
    client.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    client.receive()
    client.send({"jsonrpc": "2.0", "method": "exit"})
    client.process.wait(timeout=10)
    os.rmdir(folder)


if __name__ == "__main__":
    main()
