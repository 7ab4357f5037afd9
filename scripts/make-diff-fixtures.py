#!/usr/bin/env python3
"""Makes the "next year" fixtures of `planpipe diff` from the seeds, by exact text edits:

Tests/ExportTests/Fixtures/diff/aktivitetsplan-2024.txt (from seed 000):
  - the year 2023 → 2024 in the title and introduction
  - reworded: the FoU-Socialtjänst activity; the resources of the UBiT row
  - dropped: "Skapa möte och erbjuda utbildningar …" and "Ta fram en kodplan …"
  - added: a barnkonvention row (Barn och unga) and an ärendehantering row (Verksamhetsstöd)
  - moved: the suicide-prevention row from "Kvalitet och välfärdsutveckling" to "Barn och unga"
Tests/ExportTests/Fixtures/diff/skaraborg-budget-2027.txt (from seed 003):
  - the total table moves to columns 2027 2026 with new 2027 amounts and a new row "Avskrivningar"
  - Kunskapsutveckling's 2026 income, other costs and cost total are revised

Tests/ExportTests/Fixtures/diff/activity-table.txt: a text dump, in the seeds' layout (cells as
blank-line separated paragraphs), of the plan in Tests/IngestTests/Fixtures/pdf/activity-table.pdf,
made from that PDF's HTML source, so a text dump and the PDF of the same plan can be compared.

Run it again only to change the fixtures; the tests assert the exact diff they give.
"""
import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/ExportTests/Fixtures/diff"


def replace_once(text, old, new):
    count = text.count(old)
    if count != 1:
        raise SystemExit(f"expected exactly one occurrence, found {count}: {old[:60]!r}")
    return text.replace(old, new)


def activity_plan():
    text = (ROOT / "seeds/000_95ad663e025e0bbc.txt").read_text(encoding="utf-8")
    text = replace_once(text, "Aktivitetsplan 2023 ", "Aktivitetsplan 2024 ")
    text = replace_once(text, "aktiviteter för 2023.", "aktiviteter för 2024.")
    # Reworded.
    text = replace_once(text, "Arbeta i enlighet med verksamhetsplan för \n",
                        "Arbeta i enlighet med den nya verksamhetsplanen för \n")
    text = replace_once(text, "bredbandsutveckling UBiT \n\nRepresentant utsedd av \nkommundirektörsnätverket \n",
                        "bredbandsutveckling UBiT \n\nRepresentant utsedd av \nkommundirektörsnätverket och IT-chefsnätverket \n")
    # Moved: cut the suicide-prevention row (lines 72-89 with the blank line before it) …
    lines = text.split("\n")
    start = lines.index("Stödja kommunerna i deras arbete med ")
    end = lines.index("med målet att nå en nollvision gällande suicid. ")
    moved = lines[start:end + 1]
    del lines[start - 1:end + 1]
    text = "\n".join(lines)
    # … and put it, after a new row, at the end of the "Barn och unga" table.
    added = ("Stödja kommunernas arbete med barnets rättigheter \nenligt barnkonventionen. \n\n"
             "Utvecklingsledare barn och unga \n\n"
             "Barnets rättigheter genomsyrar allt arbete där barn \när inblandade. \n")
    text = replace_once(text, "IFO nätverksledare God och jämlik hälsa för barn och unga i \nFyrbodal. \n",
                        "IFO nätverksledare God och jämlik hälsa för barn och unga i \nFyrbodal. \n\n"
                        + added + "\n" + "\n".join(moved) + "\n")
    # Dropped.
    lines = text.split("\n")
    start = lines.index("Skapa möte och erbjuda utbildningar, ")
    end = lines.index("socialtjänst med hög kvalitet. ")
    del lines[start - 1:end + 1]
    text = "\n".join(lines)
    text = replace_once(text, "\nTa fram en kodplan och avdelningsbudgetar \nsom stämmer med den nya organisationen \n\n"
                        "Chef för verksamhetsstöd, projektekonomer Förbättrad och förenklad ekonomiadministration \n",
                        "")
    # Added in Verksamhetsstöd.
    text = replace_once(text, "Kommunikationsansvarig Förbättrad och tydligare kommunikation \n",
                        "Kommunikationsansvarig Förbättrad och tydligare kommunikation \n\n"
                        "Införa ett gemensamt ärendehanteringssystem \n\n"
                        "Chef för verksamhetsstöd, IT-samordnare \n\n"
                        "Effektivare och spårbar ärendehantering \n")
    (OUT / "aktivitetsplan-2024.txt").write_text(text, encoding="utf-8")


def budget():
    text = (ROOT / "seeds/003_7ca1042aa7ecc69e.txt").read_text(encoding="utf-8")
    total_old = ("Kr 2026 2025 \n\nINTÄKTER 64 295 000 60 487 000 \n\nKOSTNADER   \n\n"
                 "Personal -42 114 000 -38 605 000 \n\nÖvriga kostnader -21 996 000 -21 718 000 \n\n"
                 "OH-kostnader/intäkt   \n\nSUMMA KOSTNADER -64 110 000 -60 323 000 \n\nRESULTAT 185 000 164 000 \n")
    total_new = ("Kr 2027 2026 \n\nINTÄKTER 66 120 000 64 295 000 \n\nKOSTNADER   \n\n"
                 "Personal -43 500 000 -42 114 000 \n\nÖvriga kostnader -22 400 000 -21 996 000 \n\n"
                 "Avskrivningar -40 000 0 \n\n"
                 "OH-kostnader/intäkt   \n\nSUMMA KOSTNADER -65 940 000 -64 110 000 \n\nRESULTAT 180 000 185 000 \n")
    text = replace_once(text, total_old, total_new)
    text = replace_once(text, "INTÄKTER 10 204 000 8 773 000 ", "INTÄKTER 10 404 000 8 773 000 ")
    text = replace_once(text, "Övriga kostnader -3 252 000 -1 991 000 ", "Övriga kostnader -3 452 000 -1 991 000 ")
    text = replace_once(text, "SUMMA KOSTNADER -10 204 000 -8 773 000 ", "SUMMA KOSTNADER -10 404 000 -8 773 000 ")
    (OUT / "skaraborg-budget-2027.txt").write_text(text, encoding="utf-8")


def cell_lines(cell):
    return [html.unescape(re.sub(r"\s+", " ", part)).strip() + " " for part in re.split(r"<br>", cell)]


def activity_table_dump():
    source = (ROOT / "scripts/fixtures/activity-table.html").read_text(encoding="utf-8")
    body = source[source.index("BEGIN CONTENT"):source.index("END CONTENT")]
    lines = [" Fyrbodals kommunalförbund ", "", "Aktivitetsplan 2023 ", ""]
    for match in re.finditer(r"<h1>(.*?)</h1>|<h2>(.*?)</h2>|<p>(.*?)</p>|<thead>|"
                             r'<tr valign="top">\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>', body, re.S):
        heading, goal, paragraph, *cells = match.groups()
        if heading or goal:
            lines += ["", (heading or goal).strip() + " "]
        elif paragraph:
            lines.append(html.unescape(re.sub(r"\s+", " ", paragraph)).strip() + " ")
        elif match.group(0) == "<thead>":
            lines += ["", "Aktivitet Resurser Önskade effekter på lång sikt "]
        else:
            for cell in cells:
                lines += cell_lines(cell) + [""]
    (OUT / "activity-table.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    activity_plan()
    budget()
    activity_table_dump()
    print(f"wrote the fixtures in {OUT}")
