#!/usr/bin/env bash
# Regenerates the PDF fixtures in Tests/IngestTests/Fixtures/pdf/ from the
# HTML sources in scripts/fixtures/ using LibreOffice (soffice --headless).
#
#   scripts/make-fixtures.sh [NAME ...]     (all fixtures, or only those named, e.g. furniture)
#
# Requirements: bash, coreutils, sed, LibreOffice (soffice) and the Liberation
# fonts; Chromium for the fixtures printed from CSS page layouts (furniture.pdf).
# Another LibreOffice or font version gives slightly different boxes, so name
# the fixtures you add rather than re-rendering those the tests were written on. pdfinfo (poppler-utils) is optional; when present the script checks
# page counts and page sizes of the results.
#
# Environment:
#   SOFFICE                 soffice binary (default: soffice)
#   LARGE_PLAN_SECTIONS     sections in large-plan.pdf (default: 30)
#
# encrypted.pdf (a copy of budget-table.pdf with a user password) needs qpdf.
#
# Notes on how LibreOffice is driven (LibreOffice 7.4):
#  * The HTML is imported with --infilter="HTML (StarWriter)" (normal Writer
#    document). The default "Writer/Web" import used by a plain
#    `--convert-to pdf file.html` drops <h1> headings and emits a blank first
#    page, so it must not be used.
#  * With that import filter CSS `@page { size: A4 landscape }` is honoured
#    (pdfinfo reports 841.89 x 595.304 pt) and <thead> rows are repeated on
#    every page the table spans.
#  * Border rules for td/th in a style sheet are ignored; visible cell borders
#    come from the <table border="1"> attribute.
#  * soffice writes a creation date, a random /ID and a /DocChecksum into every
#    PDF. They are replaced by same-length fixed values (so the xref offsets
#    stay valid) to make the output reproducible.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC="$ROOT/scripts/fixtures"
OUT="$ROOT/Tests/IngestTests/Fixtures/pdf"
SOFFICE=${SOFFICE:-soffice}
CHROMIUM=${CHROMIUM:-chromium}
ONLY=("$@")
SECTIONS=${LARGE_PLAN_SECTIONS:-30}

# UTC keeps the PDF date string at a fixed length ("D:YYYYMMDDhhmmssZ'").
export TZ=UTC
FIXED_DATE="D:20250101000000Z'"

BEGIN_MARK='<!-- BEGIN CONTENT -->'
END_MARK='<!-- END CONTENT -->'

die() { echo "make-fixtures: $*" >&2; exit 1; }


WORK=$(mktemp -d /tmp/planpipe-fixtures.XXXXXX)
PROFILE=$(mktemp -d /tmp/lo-profile-XXXXXX)
cleanup() { rm -rf "$WORK" "$PROFILE"; }
trap cleanup EXIT

# Prints the part of an HTML source between the CONTENT markers, with the
# table border attribute normalised (bordered and borderless variants must
# otherwise be identical).
content_of() {
    local s
    s=$(<"$1")
    [[ $s == *"$BEGIN_MARK"*"$END_MARK"* ]] || die "$1: missing CONTENT markers"
    s=${s#*"$BEGIN_MARK"}
    s=${s%%"$END_MARK"*}
    printf '%s' "$s"
}

same_content() {
    local a b
    a=$(content_of "$SRC/$1")
    b=$(content_of "$SRC/$2")
    a=${a//border=\"1\"/border=\"0\"}
    b=${b//border=\"1\"/border=\"0\"}
    [[ $a == "$b" ]] || die "$1 and $2 differ in content (only border=\"1\"/\"0\" may differ)"
}

same_content activity-table.html activity-table-borderless.html
same_content budget-table.html budget-table-borderless.html

# --- large-plan.html: generated, landscape, $SECTIONS x (activities + budget)
large="$WORK/large-plan.html"
{
    head=$(<"$SRC/activity-table.html")
    head=${head%%"$BEGIN_MARK"*}
    head=${head/<title>*<\/title>/<title>Verksamhetsplan (stor testfil)</title>}
    printf '%s\n' "$head"
    activities=$(content_of "$SRC/activity-table.html")
    budget=$(content_of "$SRC/budget-table.html")
    for ((i = 1; i <= SECTIONS; i++)); do
        printf '<!-- section %d -->\n%s\n%s\n' "$i" "$activities" "$budget"
    done
    printf '</body>\n</html>\n'
} >"$large"

# --- budget-long.html: generated, portrait, one table over two pages without
# a <thead>, so page 2 goes on with no repeated header. 60 "Post" cost rows
# (-i 000 kr in 2026, -i*900 kr in 2025) between INTÄKTER and SUMMA/RESULTAT;
# the table adds up.
long="$WORK/budget-long.html"
{
    head=$(<"$SRC/budget-table.html")
    head=${head%%"$BEGIN_MARK"*}
    head=${head/<title>*<\/title>/<title>Lång budgettabell</title>}
    printf '%s\n' "$head"
    nbsp() { printf '%s' "$1" | sed -E ':a;s/([0-9])([0-9]{3})($|&)/\1\&nbsp;\2\3/;ta'; }
    money() { if (($1 < 0)); then printf '&minus;%s' "$(nbsp $((-$1)))"; else nbsp "$1"; fi; }
    printf '<h1>BUDGET LÅNG TABELL</h1>\n<table border="1" cellspacing="0" cellpadding="3" width="80%%">\n'
    printf '<tr><td width="50%%">Kr</td><td width="25%%" align="right">2026</td><td width="25%%" align="right">2025</td></tr>\n'
    printf '<tr><td>INTÄKTER</td><td align="right">%s</td><td align="right">%s</td></tr>\n' "$(money 1900000)" "$(money 1700000)"
    printf '<tr><td>KOSTNADER</td><td></td><td></td></tr>\n'
    for ((i = 1; i <= 60; i++)); do
        printf '<tr><td>Post %d</td><td align="right">%s</td><td align="right">%s</td></tr>\n' \
            "$i" "$(money $((-i * 1000)))" "$(money $((-i * 900)))"
    done
    printf '<tr><td>SUMMA KOSTNADER</td><td align="right">%s</td><td align="right">%s</td></tr>\n' \
        "$(money -1830000)" "$(money -1647000)"
    printf '<tr><td>RESULTAT</td><td align="right">%s</td><td align="right">%s</td></tr>\n' \
        "$(money 70000)" "$(money 53000)"
    printf '</table>\n</body>\n</html>\n'
} >"$long"

# --- activity-no-repeat.html: activity-table.html without <thead>, so the
# header is printed once and the table goes on over the page break without it.
norepeat="$WORK/activity-no-repeat.html"
sed -e 's|<thead>||; s|</thead>||' "$SRC/activity-table.html" >"$norepeat"

# --- render ---------------------------------------------------------------
all_inputs=(
    "$SRC/activity-table.html"
    "$SRC/activity-table-borderless.html"
    "$SRC/budget-table.html"
    "$SRC/budget-table-borderless.html"
    "$large"
    "$long"
    "$norepeat"
    "$SRC/cell-paragraphs.html"
    "$SRC/table-shapes.html"
    "$SRC/four-columns.html"
    "$SRC/tight-tables.html"
    "$SRC/fitted-tables.html"
    "$SRC/indicator-tables.html"
    "$SRC/tight-rows.html"
    "$SRC/fitted-no-repeat.html"
)
# Printed by Chromium: pages laid out in CSS (running headers, footers, columns).
all_browser=(
    "$SRC/furniture.html"
    "$SRC/two-columns.html"
    "$SRC/running-columns.html"
    "$SRC/image-only.html"
    "$SRC/brochure-001.html"
    "$SRC/slides-002.html"
    "$SRC/report-003.html"
    "$SRC/handlingsplan-004.html"
    "$SRC/aktivitetsplan-000.html"
    "$SRC/template-sjuharad.html"
    "$SRC/handlingsplan-numbered.html"
    "$SRC/handlingsplan-headings.html"
    "$SRC/budget-headers.html"
)
wanted() { ((${#ONLY[@]} == 0)) && return 0; local n; for n in "${ONLY[@]}"; do [[ $n == "$(basename "$1" .html)" ]] && return 0; done; return 1; }
inputs=(); browser=()
for src in "${all_inputs[@]}"; do wanted "$src" && inputs+=("$src"); done
for src in "${all_browser[@]}"; do wanted "$src" && [[ -f $src ]] && browser+=("$src"); done
mkdir -p "$WORK/pdf"
((${#inputs[@]} == 0)) || command -v "$SOFFICE" >/dev/null 2>&1 || die "soffice not found (set SOFFICE=...)"
((${#inputs[@]} == 0)) || "$SOFFICE" -env:UserInstallation="file://$PROFILE" \
    --headless --norestore --nologo --nodefault --nolockcheck \
    --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export \
    --outdir "$WORK/pdf" "${inputs[@]}" \
    > "$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log" >&2; die "soffice failed"; }

for src in "${browser[@]}"; do
    command -v "$CHROMIUM" >/dev/null 2>&1 || die "chromium not found (set CHROMIUM=...)"
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$WORK/pdf/$(basename "$src" .html).pdf" "$src" >/dev/null 2>&1 || die "chromium failed on $src"
done

# --- make the PDFs reproducible -------------------------------------------
normalise() {
    local pdf=$1 src=$2 hash before after
    hash=$(md5sum <"$src")
    hash=${hash%% *}
    hash=${hash^^}
    before=$(wc -c <"$pdf")
    LC_ALL=C sed -E -i \
        -e "s|/CreationDate\\(D:[0-9]{14}Z'\\)|/CreationDate($FIXED_DATE)|" \
        -e "s|/(CreationDate\|ModDate) \\(D:[0-9]{14}\\+00'00'\\)|/\\1 (D:20250101000000+00'00')|" \
        -e "s|/ID \\[ <[0-9A-F]{32}>|/ID [ <$hash>|" \
        -e "s|^<[0-9A-F]{32}> \\]|<$hash> ]|" \
        -e "s|/DocChecksum /[0-9A-F]{32}|/DocChecksum /$hash|" \
        "$pdf"
    after=$(wc -c <"$pdf")
    [[ $before == "$after" ]] || die "$pdf: size changed while normalising ($before -> $after)"
    LC_ALL=C grep -aqE "/CreationDate ?\\(D:20250101000000" "$pdf" ||
        echo "make-fixtures: warning: $pdf: creation date not normalised" >&2
}

for src in "${inputs[@]}" "${browser[@]}"; do
    name=$(basename "$src" .html)
    pdf="$WORK/pdf/$name.pdf"
    [[ -s $pdf ]] || { cat "$WORK/soffice.log" >&2; die "no $name.pdf was made"; }
    normalise "$pdf" "$src"
done

# --- sanity checks (need pdfinfo) -----------------------------------------
# check NAME ORIENTATION MIN_PAGES MAX_BYTES
check() {
    local pdf="$WORK/pdf/$1.pdf" info pages size bytes
    bytes=$(wc -c <"$pdf")
    ((bytes <= $4)) || die "$1.pdf is $bytes bytes (limit $4)"
    command -v pdfinfo >/dev/null 2>&1 || return 0
    info=$(pdfinfo "$pdf")
    pages=$(sed -n 's/^Pages: *//p' <<<"$info")
    size=$(sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p' <<<"$info")
    case $2 in
        landscape) [[ $size == "841.89 x 595.304" ]] || die "$1.pdf: page size $size, expected A4 landscape" ;;
        portrait) [[ $size == "595.304 x 841.89" ]] || die "$1.pdf: page size $size, expected A4 portrait" ;;
    esac
    ((pages >= $3)) || die "$1.pdf: $pages pages, expected at least $3"
    printf '%-32s %4d pages  %s pt  %8d bytes\n' "$1.pdf" "$pages" "$size" "$bytes"
}
# check only what was rendered
checked() { [[ -s "$WORK/pdf/$1.pdf" ]] && check "$@"; return 0; }
checked activity-table landscape 3 204800
checked activity-table-borderless landscape 3 204800
checked budget-table portrait 1 204800
checked budget-table-borderless portrait 1 204800
checked large-plan landscape 60 2097152
checked budget-long portrait 2 204800
checked activity-no-repeat landscape 3 204800
checked cell-paragraphs landscape 1 204800
checked table-shapes portrait 1 204800
checked four-columns landscape 1 204800
checked tight-tables portrait 1 204800
checked fitted-tables portrait 1 204800
checked indicator-tables portrait 1 204800
checked tight-rows portrait 1 204800
checked fitted-no-repeat portrait 2 204800
checked furniture any 3 204800
checked budget-headers any 1 204800
checked two-columns any 1 204800
checked running-columns any 3 409600
checked image-only any 1 204800
checked brochure-001 any 4 1048576
checked slides-002 any 3 1048576
checked report-003 any 6 1048576
checked handlingsplan-004 any 8 1048576
checked aktivitetsplan-000 any 4 1048576
checked template-sjuharad any 2 1048576
checked handlingsplan-numbered any 1 204800
checked handlingsplan-headings any 1 204800

mkdir -p "$OUT"
for src in "${inputs[@]}" "${browser[@]}"; do
    name=$(basename "$src" .html)
    cp "$WORK/pdf/$name.pdf" "$OUT/$name.pdf"
done
echo "make-fixtures: wrote $((${#inputs[@]} + ${#browser[@]})) PDFs to ${OUT#"$ROOT"/}"

# --- aktivitetsplan-000-layout.txt: the activity plan as `pdftotext -layout` dumps it (columns
# set out in spaces), a text fixture of the Normalize tests (SpacedGridTests).
if [[ -f "$OUT/aktivitetsplan-000.pdf" ]] && command -v pdftotext >/dev/null 2>&1; then
    pdftotext -layout "$OUT/aktivitetsplan-000.pdf" "$ROOT/Tests/NormalizeTests/Fixtures/variants/aktivitetsplan-000-layout.txt"
fi

# --- no-pages.pdf: a PDF with no page at all (needs qpdf); its bytes are fixed, so it is only
# written when missing.
if [[ ! -f "$OUT/no-pages.pdf" ]]; then
    command -v qpdf >/dev/null || die "qpdf is needed to make no-pages.pdf (apt-get install qpdf)"
    qpdf --empty --deterministic-id "$OUT/no-pages.pdf"
    echo "make-fixtures: wrote no-pages.pdf"
fi

# --- encrypted.pdf: a real user-password-protected PDF for the error tests (needs qpdf).
# Its bytes differ on every run (AES salt), so it is only rewritten when missing.
if [[ ! -f "$OUT/encrypted.pdf" ]]; then
    command -v qpdf >/dev/null || die "qpdf is needed to make encrypted.pdf (apt-get install qpdf)"
    qpdf --encrypt secret-user secret-owner 256 -- "$OUT/budget-table.pdf" "$OUT/encrypted.pdf"
    echo "make-fixtures: wrote encrypted.pdf (user password: secret-user)"
fi
