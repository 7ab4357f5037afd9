#!/usr/bin/env python3
"""Times `planpipe run` over a large folder: N documents made by copying the seed text dumps
under new names, each with one extra line so every copy has its own content (and its own
output). Reports the full run, a re-run with nothing changed, and the peak memory of each,
for two folder sizes, so growth with the number of documents shows. Then a mixed folder of
BENCH_MIXED documents (default 1000; 0 skips it), half text dumps and half copies of the bench's
PDF fixtures (each with a comment after its end, so each has its own content), beside the
summed time of bare `pdftotext -bbox-layout` over its PDFs, one after the other.

Usage: scripts/bench-batch.py PLANPIPE [N ...]   (default: 200 1000)
Not a test: nothing is asserted.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIXED = int(os.environ.get("BENCH_MIXED", "1000"))
PDFS = ["activity-table.pdf", "activity-table-borderless.pdf", "budget-table.pdf", "budget-table-borderless.pdf",
        "brochure-001.pdf", "report-003.pdf", "handlingsplan-004.pdf", "large-plan.pdf"]


def make_inputs(folder, count):
    seeds = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
    for index in range(count):
        seed = seeds[index % len(seeds)]
        with open(seed, "rb") as source:
            data = source.read()
        with open(os.path.join(folder, f"doc-{index:05d}.txt"), "wb") as target:
            target.write(data + f"\nKopia {index}.\n".encode())


def make_pdfs(folder, count):
    """`count` copies of the PDF fixtures; the summed seconds of bare pdftotext over them."""
    fixtures = [os.path.join(ROOT, "Tests", "IngestTests", "Fixtures", "pdf", name) for name in PDFS]
    pdftotext = 0.0
    for index in range(count):
        with open(fixtures[index % len(fixtures)], "rb") as source:
            data = source.read()
        path = os.path.join(folder, f"pdf-{index:05d}.pdf")
        with open(path, "wb") as target:
            target.write(data + f"\n%copy {index}\n".encode())
        start = time.perf_counter()
        subprocess.run(["pdftotext", "-bbox-layout", path, "/dev/null"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        pdftotext += time.perf_counter() - start
    return pdftotext


def timed_run(planpipe, inputs, output):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", planpipe, "run", inputs, "--out", output],
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    planpipe = os.path.abspath(sys.argv[1])
    sizes = [int(n) for n in sys.argv[2:]] or [200, 1000]
    print(f"{'documents':>9} {'full run s':>11} {'peak MB':>8} {'re-run s':>9} {'peak MB':>8}")
    for size in sizes:
        work = tempfile.mkdtemp(prefix="planpipe-bench-")
        try:
            inputs, output = os.path.join(work, "in"), os.path.join(work, "out")
            os.makedirs(inputs)
            make_inputs(inputs, size)
            full, full_mb = timed_run(planpipe, inputs, output)
            again, again_mb = timed_run(planpipe, inputs, output)
            print(f"{size:9d} {full:11.2f} {full_mb:8.1f} {again:9.2f} {again_mb:8.1f}")
        finally:
            shutil.rmtree(work)
    if MIXED > 0:
        work = tempfile.mkdtemp(prefix="planpipe-bench-")
        try:
            inputs, output = os.path.join(work, "in"), os.path.join(work, "out")
            os.makedirs(inputs)
            make_inputs(inputs, MIXED - MIXED // 2)
            pdftotext = make_pdfs(inputs, MIXED // 2)
            full, full_mb = timed_run(planpipe, inputs, output)
            again, again_mb = timed_run(planpipe, inputs, output)
            print(f"mixed: {MIXED - MIXED // 2} dumps + {MIXED // 2} PDFs: full run {full:.2f} s ({full_mb:.1f} MB peak), "
                  f"re-run {again:.2f} s ({again_mb:.1f} MB); pdftotext alone over the PDFs {pdftotext:.2f} s "
                  f"(ratio {full / pdftotext:.2f})")
        finally:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
