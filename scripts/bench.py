#!/usr/bin/env python3
"""Times `planpipe extract` beside bare `pdftotext -bbox-layout` on the same PDFs, then on the
seed text dumps alone.

Usage: scripts/bench.py PLANPIPE [PDF ...]   (default: the PDF fixtures and the seed dumps)

For each PDF: the median wall time of RUNS runs of each command (output to /dev/null),
time per page, and the ratio planpipe / pdftotext. planpipe runs pdftotext itself, so the
ratio shows what our parsing and JSON writing add on top. For each text dump: the median
wall time of `planpipe extract`. Not a test: nothing is asserted.
"""
import os
import glob
import statistics
import subprocess
import sys
import time

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "IngestTests", "Fixtures", "pdf")
DEFAULT = ["activity-table.pdf", "activity-table-borderless.pdf", "budget-table.pdf",
           "budget-table-borderless.pdf", "brochure-001.pdf", "report-003.pdf", "handlingsplan-004.pdf",
           "large-plan.pdf"]


def median_seconds(command):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return next(int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    planpipe = sys.argv[1]
    files = sys.argv[2:] or [os.path.join(FIXTURES, name) for name in DEFAULT]
    print(f"median of {RUNS} runs; ms per page in brackets")
    print(f"{'file':32} {'pages':>5} {'pdftotext ms':>16} {'planpipe ms':>16} {'ratio':>6}")
    for path in files:
        count = pages(path)
        bare = median_seconds(["pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-"])
        ours = median_seconds([planpipe, "extract", "--quiet", path])
        print(f"{os.path.basename(path):32} {count:5d} "
              f"{bare * 1000:8.1f} [{bare * 1000 / count:5.2f}] "
              f"{ours * 1000:8.1f} [{ours * 1000 / count:5.2f}] {ours / bare:6.2f}")
    if len(sys.argv) > 2:
        return
    print(f"{'text dump':32} {'lines':>5} {'planpipe ms':>16}")
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, "rb") as dump:
            lines = dump.read().count(b"\n")
        ours = median_seconds([planpipe, "extract", "--quiet", path])
        print(f"{os.path.basename(path):32} {lines:5d} {ours * 1000:16.1f}")


if __name__ == "__main__":
    main()
