#!/usr/bin/env python3
"""Checks the HTML report in a real browser: every chart has a title, and no label or value
text runs outside its chart or into the bars. Takes a headless screenshot beside the report.

    scripts/check-report.py OUT_DIR

Needs Chromium (`chromium`, or $CHROMIUM); where it is not installed the check is skipped with a
message (the tests never need it). The report itself has no scripts: the check is injected
into a copy of it.
"""
import os
import shutil
import subprocess
import sys
import tempfile

CHECK = """
<script>
window.addEventListener('load', () => {
  const problems = [];
  const charts = document.querySelectorAll('svg');
  charts.forEach((svg, index) => {
    const title = svg.querySelector(':scope > title');
    if (!title || !title.textContent.trim()) problems.push('chart ' + index + ' has no title');
    const width = svg.width.baseVal.value;
    const labelWidth = Number(svg.dataset.labelWidth);
    svg.querySelectorAll('text').forEach(text => {
      const box = text.getBBox();
      if (box.x < -0.5 || box.x + box.width > width + 0.5)
        problems.push('chart ' + index + ': "' + text.textContent + '" runs outside the chart');
      if (text.classList.contains('label') && box.x + box.width > labelWidth + 0.5)
        problems.push('chart ' + index + ': label "' + text.textContent + '" runs into the bars');
    });
  });
  const out = document.createElement('pre');
  out.id = 'report-check';
  out.textContent = 'charts ' + charts.length + '\\n' + problems.join('\\n');
  document.body.appendChild(out);
});
</script>
"""


def main():
    out = sys.argv[1]
    report = os.path.join(out, "comparison", "report.html")
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("check-report: Chromium is not installed; the report was not checked in a browser")
        return 0
    with open(report, encoding="utf-8") as handle:
        page = handle.read()
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, "report.html")
        with open(copy, "w", encoding="utf-8") as handle:
            handle.write(page.replace("</body>", CHECK + "</body>"))
        flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000"]
        dom = subprocess.run(flags + ["--dump-dom", "file://" + copy], capture_output=True, text=True, timeout=120).stdout
        shot = os.path.join(out, "comparison", "report.png")
        subprocess.run(flags + ["--window-size=1100,2400", "--screenshot=" + shot, "file://" + report],
                       capture_output=True, timeout=120)
    start = dom.find('<pre id="report-check">')
    if start < 0:
        print("check-report: the browser did not run the check", file=sys.stderr)
        return 1
    result = dom[start + len('<pre id="report-check">'):dom.find("</pre>", start)].strip().splitlines()
    charts = int(result[0].split()[1])
    problems = result[1:]
    if charts == 0:
        problems.append("the report has no charts")
    for problem in problems:
        print("check-report: " + problem, file=sys.stderr)
    if problems:
        return 1
    print(f"check-report: {charts} charts, each with a title, no text outside its place; screenshot {shot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
