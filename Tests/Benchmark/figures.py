"""The speed figures benchmark.py prints with --all-figures, each measured in the same run.

Throughput on one core (taskset) and on all; single-article latency and `claimlint rules` latency (whole
process, median of 20); peak resident memory at a tenth of the corpus and at all of it; one file holding
the whole corpus against the same bytes in many files; and claimlint's throughput against
`rg -P -i -c -f ../shared/eval/cues12.txt` on the same folder (ripgrep is installed with apt-get when
missing and the script runs as root). Only the Python standard library is used.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CUES = os.path.join(HERE, "..", "..", "..", "shared", "eval", "cues12.txt")


def timed(command):
    """Wall seconds and peak RSS (KiB) of one process, its output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(command)} exited with status {code}")
    return elapsed, usage.ru_maxrss


def lint(binary, folder):
    return [binary, "lint", "--format", "gcc", "--fail-on", "never", folder]


def median_of(command, runs=20):
    return statistics.median(timed(command)[0] for _ in range(runs))


def files_under(folder):
    for root, _, names in os.walk(folder):
        for name in sorted(names):
            yield os.path.join(root, name)


def subset(folder, fraction, into):
    """Copies the first `fraction` of the corpus's files into `into`; returns its size in bytes."""
    paths = sorted(files_under(folder))
    total = 0
    for index, path in enumerate(paths[: max(1, int(len(paths) * fraction))]):
        shutil.copy(path, os.path.join(into, f"f{index:05d}.md"))
        total += os.path.getsize(path)
    return total


def one_file(folder, into):
    """Writes every file of the corpus into one Markdown file, each as its own section."""
    path = os.path.join(into, "all.md")
    with open(path, "wb") as out:
        for source in sorted(files_under(folder)):
            with open(source, "rb") as f:
                out.write(f.read().rstrip(b"\n") + b"\n\n")
    return path


def ripgrep():
    found = shutil.which("rg")
    if found or os.geteuid() != 0:
        return found
    subprocess.run(["apt-get", "install", "-y", "ripgrep"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return shutil.which("rg")


def article(folder):
    """A corpus file of about 10 KB, for latency."""
    paths = sorted(files_under(folder), key=lambda p: abs(os.path.getsize(p) - 10_240))
    return paths[0]


def report(binary, folder, mib, count, best_all):
    cores = os.cpu_count()
    print(f"cores: {cores}")
    print(f"all cores: {mib / best_all:.2f} MiB/s, {count / best_all:.0f} files/s")
    if shutil.which("taskset"):
        single = min(timed(["taskset", "-c", "0", *lint(binary, folder)])[0] for _ in range(2))
        print(f"one core: {mib / single:.2f} MiB/s, {count / single:.0f} files/s; "
              f"all cores {single / best_all:.2f}x one core")
    else:
        print("one core: not measured (taskset is missing)")
    sample = article(folder)
    latency = median_of(lint(binary, sample))
    print(f"one article ({os.path.getsize(sample) / 1024:.1f} KiB), whole process: median {latency * 1000:.0f} ms of 20")
    print(f"claimlint rules: median {median_of([binary, 'rules']) * 1000:.0f} ms of 20")
    with tempfile.TemporaryDirectory(prefix="claimlint-figures-") as scratch:
        tenth = os.path.join(scratch, "tenth")
        os.mkdir(tenth)
        small = subset(folder, 0.1, tenth)
        _, rss_small = timed(lint(binary, tenth))
        seconds_many, rss_all = timed(lint(binary, folder))
        print(f"peak RSS: {rss_small / 1024:.0f} MiB at {small / 2**20:.1f} MiB, {rss_all / 1024:.0f} MiB at "
              f"{mib:.1f} MiB ({rss_all / rss_small:.2f}x)")
        single_file = one_file(folder, scratch)
        seconds_one, rss_one = timed(lint(binary, single_file))
        print(f"one file of {mib:.1f} MiB: {seconds_one:.2f} s, {rss_one / 1024:.0f} MiB; many files: "
              f"{seconds_many:.2f} s ({seconds_one / seconds_many:.2f}x)")
    rg = ripgrep()
    if rg and os.path.exists(CUES):
        grep = min(timed([rg, "-P", "-i", "-c", "-f", CUES, folder])[0] for _ in range(3))
        print(f"rg -P -i -c with cues12: {mib / grep:.2f} MiB/s; claimlint {grep / best_all:.3f}x its throughput")
    else:
        print("rg ratio: not measured (ripgrep or ../shared/eval/cues12.txt is missing)")
