#!/bin/sh
# make fuzz: builds the libFuzzer targets optimized with -sanitize=fuzzer,address (in .build/fuzz, apart
# from the ordinary build), makes seed corpora from the fixtures and runs each target for FUZZ_SECONDS.
# A crash stops that target; its input is saved in .build/fuzz-out/<target>/ (replay it with an
# ordinary build: .build/debug/<target> <file>) and the script exits 1. Corpora grow in .build/fuzz-out/corpus.
set -eu
SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
BUILD=.build/fuzz
OUT=.build/fuzz-out
mkdir -p "$OUT"

for product in FuzzText FuzzNumber FuzzXHTML; do
    $SWIFT build -c release --scratch-path "$BUILD" --product "$product" -Xswiftc -enable-testing \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v 'Cannot export local symbol' || true
    [ -x "$BUILD/release/$product" ] || { echo "fuzz: $product did not build" >&2; exit 2; }
done

# Seed corpora (the fuzzers add what they find to them).
corpus="$OUT/corpus"
mkdir -p "$corpus/FuzzText" "$corpus/FuzzNumber" "$corpus/FuzzXHTML"
# The dumps in pieces of whole lines of at most 1.5 kB: small inputs run many times faster.
for dump in seeds/*.txt Tests/NormalizeTests/Fixtures/variants/*.txt; do
    split -C 1500 -d -a 3 "$dump" "$corpus/FuzzText/$(basename "$dump" .txt)-"
done
i=0
for text in "64 295 000" "-6 254 000" "−42 114 000" "50,55" "42,65 %" "1 670" "2025 4 200" "4 0000" \
            "Medlemsavgift   10 447   10 760   11 083" "Varav OH-intäkt  -6 254 000 " "INTÄKTER 7 806 000 13 300 000"; do
    i=$((i + 1))
    printf '%s' "$text" > "$corpus/FuzzNumber/seed-$i"
done
for pdf in budget-table activity-table two-columns image-only furniture table-shapes; do
    f="Tests/IngestTests/Fixtures/pdf/$pdf.pdf"
    [ -f "$f" ] && pdftotext -bbox-layout -enc UTF-8 "$f" "$corpus/FuzzXHTML/$pdf.xhtml" 2>/dev/null || true
done

status=0
for product in FuzzText FuzzNumber FuzzXHTML; do
    case $product in
        FuzzText) max_len=4096 ;;
        FuzzNumber) max_len=256 ;;
        FuzzXHTML) max_len=65536 ;;
    esac
    mkdir -p "$OUT/$product"
    log="$OUT/$product.log"
    echo "fuzz: $product for $SECONDS_EACH s"
    if ASAN_OPTIONS=detect_leaks=0 "$BUILD/release/$product" "$corpus/$product" \
        -max_total_time="$SECONDS_EACH" -max_len="$max_len" -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$OUT/$product/" -print_final_stats=1 >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        echo "fuzz: $product: $runs runs, no crash"
    else
        echo "fuzz: $product FAILED; see $log and $OUT/$product/" >&2
        tail -20 "$log" >&2
        status=1
    fi
done
exit $status
