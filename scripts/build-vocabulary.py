#!/usr/bin/env python3
"""Builds Sources/Normalize/Resources/vocabulary.txt: the Swedish words of the seed corpus.

A word counts when it stands inside a line (never first or last on it, where words broken
at a line end sit), so fragments like "för" + "bundet" never enter the list. planpipe uses
the list to decide whether a word broken at a line end may be rejoined. Run it again when
seeds are added: python3 scripts/build-vocabulary.py seeds/*.txt
"""
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "Sources/Normalize/Resources/vocabulary.txt"


def words(path):
    text = unicodedata.normalize("NFC", Path(path).read_bytes().decode("utf-8", errors="replace"))
    for line in text.splitlines():
        tokens = line.split()
        for token in tokens[1:-1]:
            if any(c in ",.;:()" for c in token[1:-1]):
                continue  # glued text ("välmående,effektivitetoch…"), not a word
            word = re.sub(r"[^\w-]", "", token.lower())
            word = word.strip("-")
            if 2 <= len(word) <= 24 and not any(c.isdigit() for c in word):
                yield word


def main(paths):
    vocabulary = set()
    for path in paths:
        vocabulary.update(words(path))
    OUT.write_text("".join(w + "\n" for w in sorted(vocabulary)), encoding="utf-8")
    print(f"{len(vocabulary)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(str(p) for p in Path("seeds").glob("*.txt")))
