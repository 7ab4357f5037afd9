# planpipe: `make run` builds and runs the nightly batch over seeds/ into out/; `make test` runs the tests.
# Both install what is missing first (poppler-utils for pdftotext, libxml2-dev, libsqlite3-dev, pkg-config,
# libxlsxwriter-dev, hunspell-sv for the Swedish dictionary and libhunspell-dev) with apt-get, and
# `make test` the Python jsonschema and openpyxl packages with pip.

SWIFT    ?= swift
SEEDS    ?= seeds
OUT      ?= out
PLANPIPE := .build/release/planpipe
PREFIX   ?= /usr/local
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps pydeps build install uninstall run test bench fuzz fixtures clean

all: build

deps:
	@missing=""; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	pkg-config --exists hunspell 2>/dev/null || missing="$$missing libhunspell-dev"; \
	[ -r /usr/share/hunspell/sv_SE.dic ] || missing="$$missing hunspell-sv"; \
	pkg-config --exists xlsxwriter 2>/dev/null || missing="$$missing libxlsxwriter-dev"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

# The Swift runtime and Foundation linked in (--static-swift-stdlib): the installed binary runs
# without the toolchain, and its output is byte-identical to a dynamically linked build's.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product planpipe

# The release binary and the resource bundles it reads at run time (planpipe_Normalize.resources and
# planpipe_Export.resources, GRDB's: SwiftPM looks for them beside the executable) into $(PREFIX)/lib/planpipe, and
# $(PREFIX)/bin/planpipe a link to it (the bundles are found through the link). sudo only where $(PREFIX) is not writable.
install: build
	@set -e; dir="$(DESTDIR)$(PREFIX)"; sudo=""; \
	mkdir -p "$$dir" 2>/dev/null && [ -w "$$dir" ] || sudo="$(SUDO)"; \
	$$sudo install -d "$$dir/bin" "$$dir/lib/planpipe"; \
	$$sudo rm -rf "$$dir"/lib/planpipe/*.resources; \
	$$sudo install -m 755 $(PLANPIPE) "$$dir/lib/planpipe/planpipe"; \
	$$sudo cp -R .build/release/*.resources "$$dir/lib/planpipe/"; \
	$$sudo ln -sf ../lib/planpipe/planpipe "$$dir/bin/planpipe"; \
	echo "installed $$dir/bin/planpipe ($$("$$dir/bin/planpipe" --version))"

uninstall:
	@dir="$(DESTDIR)$(PREFIX)"; sudo=""; [ -w "$$dir" ] || sudo="$(SUDO)"; \
	$$sudo rm -rf "$$dir/lib/planpipe" "$$dir/bin/planpipe"

# The nightly batch: documents, CSV, SQLite, the Excel workbook, comparison and manifest in $(OUT)/; a document that fails is
# reported in $(OUT)/manifest.json and the rest complete (exit status 1 when some failed).
run: build
	$(PLANPIPE) run $(SEEDS) --out $(OUT)

# The Swift tests, then every seed output and every PDF fixture's output (the encrypted and the page-less one aside)
# validated against `planpipe schema` by a real validator, and each batch's workbook read back with openpyxl and
# compared with its CSV cell by cell (with a fixture whose cells start with `=`, which must stay text);
# the seeds' HTML report is checked in headless Chromium where it is installed (skipped where not).
test: deps pydeps
	$(SWIFT) test
	@rm -rf .build/test-out
	$(SWIFT) run -q planpipe run $(SEEDS) --out .build/test-out
	python3 scripts/validate-outputs.py .build/debug/planpipe .build/test-out
	python3 scripts/check-workbook.py .build/test-out
	python3 scripts/check-report.py .build/test-out
	@rm -rf .build/test-pdf .build/test-pdf-out && mkdir -p .build/test-pdf
	cp Tests/IngestTests/Fixtures/pdf/*.pdf .build/test-pdf/ && rm .build/test-pdf/encrypted.pdf .build/test-pdf/no-pages.pdf
	$(SWIFT) run -q planpipe run .build/test-pdf --out .build/test-pdf-out
	python3 scripts/validate-outputs.py .build/debug/planpipe .build/test-pdf-out
	python3 scripts/check-workbook.py .build/test-pdf-out
	@rm -rf .build/test-formula-out
	$(SWIFT) run -q planpipe run Tests/ExportTests/Fixtures/workbook --out .build/test-formula-out
	grep -q '^fyrbodal-aktivitetsplan-2023,fyrbodal,.*,"=1+2 Representera' .build/test-formula-out/csv/activities.csv
	python3 scripts/check-workbook.py .build/test-formula-out

pydeps:
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema \
		|| python3 -m pip install --quiet --break-system-packages jsonschema
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl \
		|| python3 -m pip install --quiet --break-system-packages openpyxl

bench: build
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q time; }
	python3 scripts/bench.py $(PLANPIPE)
	python3 scripts/bench-batch.py $(PLANPIPE)

# libFuzzer targets (Fuzz/): text ingest + Normalize, the Swedish number parser and the XHTML reader, built with
# -sanitize=fuzzer,address in .build/fuzz and run FUZZ_SECONDS each (default 60) from seed corpora made from the
# fixtures; a crash's input is kept in .build/fuzz-out/<target>/ and the target fails.
fuzz: deps
	SWIFT="$(SWIFT)" scripts/fuzz.sh

# Re-renders the PDF fixtures; needs LibreOffice (libreoffice-writer-nogui), Chromium and qpdf, tests
# do not. `make fixtures NAMES="furniture two-columns"` renders only those (other LibreOffice or font
# versions move boxes slightly, so name the fixtures you add).
fixtures:
	scripts/make-fixtures.sh $(NAMES)

clean:
	rm -rf .build $(OUT)
