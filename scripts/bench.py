#!/usr/bin/env python3
"""Times `planpipe extract` beside bare `pdftotext -bbox-layout` on the same PDFs, then on the
seed text dumps alone, then on a large text dump.

Usage: scripts/bench.py PLANPIPE [PDF ...]   (default: the PDF fixtures, the seed dumps and the large dump)

For each PDF: the median wall time of RUNS runs of each command (output to /dev/null),
time per page, and the ratio planpipe / pdftotext. planpipe runs pdftotext itself, so the
ratio shows what our parsing and JSON writing add on top; a last line sums the files' medians.
For each text dump: the median wall time of `planpipe extract`. The large dump is seed 000 repeated to BENCH_DUMP_MB megabytes
(default 20): its MB/s are of CPU time (user + sys, from /usr/bin/time, so builds running beside
it on a shared machine count less), with the peak resident memory, the best of BENCH_DUMP_RUNS
runs (default 3). Not a test: nothing is asserted.
"""
import os
import glob
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
DUMP_MB = int(os.environ.get("BENCH_DUMP_MB", "20"))
DUMP_RUNS = int(os.environ.get("BENCH_DUMP_RUNS", "3"))
DUMP_SEED = "000_95ad663e025e0bbc.txt"
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


def cpu_and_peak(command):
    """User + sys seconds and peak resident MB of one run, from /usr/bin/time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *command],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    user, system, peak_kb = result.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), int(peak_kb) / 1024


def large_dump(planpipe):
    """Seed 000 repeated to DUMP_MB megabytes: CPU MB/s and peak memory of `planpipe extract`."""
    with open(os.path.join(ROOT, "seeds", DUMP_SEED), "rb") as seed:
        data = seed.read()
    copies = max(1, DUMP_MB * 1024 * 1024 // len(data))
    with tempfile.TemporaryDirectory(prefix="planpipe-bench-") as work:
        path = os.path.join(work, "dump.txt")
        with open(path, "wb") as dump:
            dump.write(data * copies)
        megabytes = os.path.getsize(path) / (1024 * 1024)
        runs = [cpu_and_peak([planpipe, "extract", "--quiet", "--output-dir", work, path])
                for _ in range(DUMP_RUNS)]
    cpu = min(seconds for seconds, _ in runs)
    peak = max(mb for _, mb in runs)
    print(f"{'large text dump':32} {'MB':>5} {'CPU s':>8} {'MB/s':>6} {'peak MB':>8} {'peak/input':>10}")
    print(f"{DUMP_SEED + ' x' + str(copies):32} {megabytes:5.1f} {cpu:8.2f} {megabytes / cpu:6.2f} "
          f"{peak:8.1f} {peak / megabytes:10.1f}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    planpipe = sys.argv[1]
    files = sys.argv[2:] or [os.path.join(FIXTURES, name) for name in DEFAULT]
    print(f"median of {RUNS} runs; ms per page in brackets")
    print(f"{'file':32} {'pages':>5} {'pdftotext ms':>16} {'planpipe ms':>16} {'ratio':>6}")
    total_bare = total_ours = 0.0
    for path in files:
        count = pages(path)
        bare = median_seconds(["pdftotext", "-bbox-layout", "-enc", "UTF-8", path, "-"])
        ours = median_seconds([planpipe, "extract", "--quiet", path])
        total_bare += bare
        total_ours += ours
        print(f"{os.path.basename(path):32} {count:5d} "
              f"{bare * 1000:8.1f} [{bare * 1000 / count:5.2f}] "
              f"{ours * 1000:8.1f} [{ours * 1000 / count:5.2f}] {ours / bare:6.2f}")
    print(f"{'sum over these files':32} {'':5} {total_bare * 1000:8.1f} {'':7} {total_ours * 1000:8.1f} {'':7} "
          f"{total_ours / total_bare:6.2f}")
    if len(sys.argv) > 2:
        return
    print(f"{'text dump':32} {'lines':>5} {'planpipe ms':>16}")
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, "rb") as dump:
            lines = dump.read().count(b"\n")
        ours = median_seconds([planpipe, "extract", "--quiet", path])
        print(f"{os.path.basename(path):32} {lines:5d} {ours * 1000:16.1f}")
    large_dump(planpipe)


if __name__ == "__main__":
    main()
