# planpipe: `make run` builds and runs the nightly batch over seeds/ into out/; `make test` runs the tests.
# Both install what is missing first (poppler-utils for pdftotext, libxml2-dev, pkg-config) with apt-get.

SWIFT    ?= swift
SEEDS    ?= seeds
OUT      ?= out
PLANPIPE := .build/release/planpipe
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench fixtures clean

all: build

deps:
	@missing=""; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c release

# One JSON per document in $(OUT)/documents/; a document that fails is reported and the rest go on.
run: build
	@mkdir -p $(OUT)/documents; failed=0; \
	for file in $(SEEDS)/*.txt $(SEEDS)/*.pdf; do \
		[ -e "$$file" ] || continue; \
		$(PLANPIPE) extract "$$file" --output-dir $(OUT)/documents --quiet || failed=$$((failed + 1)); \
	done; \
	echo "make run: wrote $$(ls $(OUT)/documents | wc -l) documents to $(OUT)/documents, $$failed failed"; \
	[ $$failed -eq 0 ]

test: deps
	$(SWIFT) test

bench: build
	python3 scripts/bench.py $(PLANPIPE)

# Re-renders the PDF fixtures; needs LibreOffice (libreoffice-writer-nogui) and qpdf, tests do not.
fixtures:
	scripts/make-fixtures.sh

clean:
	rm -rf .build $(OUT)
