# sopkit — run `make help` for the targets.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/debug/sopkit
VENV := .venv
OUT := out
APT_PACKAGES := libxlsxwriter-dev libxml2-dev libxml2-utils libcairo2-dev libpango1.0-dev libpoppler-glib-dev fonts-liberation2 fonts-crosextra-carlito pkg-config python3-venv

.PHONY: help deps deps-render deps-browser build run serve render test test-print venv lint format clean install bench templates fuzz fuzz-smoke test-asan test-tsan corpus corpus-sample

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

deps: ## Install missing system packages (apt-get when root, else print the command)
	@missing=""; \
	pkg-config --exists xlsxwriter 2>/dev/null || missing="$$missing libxlsxwriter-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists cairo-pdf 2>/dev/null || missing="$$missing libcairo2-dev"; \
	pkg-config --exists pangocairo 2>/dev/null || missing="$$missing libpango1.0-dev"; \
	pkg-config --exists poppler-glib 2>/dev/null || missing="$$missing libpoppler-glib-dev"; \
	fc-list 2>/dev/null | grep -q LiberationSans-Regular || missing="$$missing fonts-liberation2"; \
	fc-list 2>/dev/null | grep -qi carlito || missing="$$missing fonts-crosextra-carlito"; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	command -v xmllint >/dev/null || missing="$$missing libxml2-utils"; \
	python3 -c 'import ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -z "$$missing" ]; then echo "deps: system packages present"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
	  echo "deps: missing system packages. Run:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	fi

RENDER_PACKAGES := libreoffice-calc-nogui libreoffice-writer-nogui python3-uno poppler-utils librsvg2-bin fonts-liberation2 fonts-crosextra-carlito

deps-render: ## Install LibreOffice headless, poppler and fonts for `make render` and the render tests
	@if command -v soffice >/dev/null && command -v pdftoppm >/dev/null && command -v rsvg-convert >/dev/null && fc-list | grep -qi carlito && /usr/bin/python3 -c 'import uno' 2>/dev/null; then echo "deps-render: present"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "deps-render: installing $(RENDER_PACKAGES)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(RENDER_PACKAGES) >/dev/null; \
	else \
	  echo "deps-render: run: sudo apt-get install -y --no-install-recommends $(RENDER_PACKAGES)"; exit 1; \
	fi

deps-browser: ## Install Chromium for the browser test of `sopkit serve` (skipped, with a message, without it)
	@if command -v chromium >/dev/null; then echo "deps-browser: present"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "deps-browser: installing chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "deps-browser: run: sudo apt-get install -y chromium"; exit 1; \
	fi

render: run deps-render ## Print every XLSX and DOCX in out/ to PDF (LibreOffice) and PNG pages (pdftoppm) in out/render/; sopkit's own PDFs to PNG in out/render/pdf/; SVGs to PNG (rsvg-convert)
	@mkdir -p $(OUT)/render
	@soffice -env:UserInstallation=file://$(abspath $(OUT))/render/.profile --headless --convert-to pdf --outdir $(OUT)/render $(OUT)/*.xlsx >/dev/null 2>&1
	@mkdir -p $(OUT)/render/docx
	@soffice -env:UserInstallation=file://$(abspath $(OUT))/render/.profile --headless --convert-to pdf --outdir $(OUT)/render/docx $(OUT)/*.docx >/dev/null 2>&1
	@for f in $(OUT)/render/docx/*.pdf; do pdftoppm -r 70 -png "$$f" "$${f%.pdf}"; done
	@for f in $(OUT)/render/*.pdf; do pdftoppm -r 70 -png "$$f" "$${f%.pdf}"; done
	@rm -rf $(OUT)/render/.profile
	@if command -v rsvg-convert >/dev/null; then mkdir -p $(OUT)/render/svg; \
	  for f in $(OUT)/*.svg; do rsvg-convert -b white -o "$(OUT)/render/svg/$$(basename "$${f%.svg}").png" "$$f"; done; \
	  echo "  SVG previews: $(abspath $(OUT))/render/svg/*.png"; \
	else echo "  (install librsvg2-bin to draw the SVG previews into $(OUT)/render/svg/)"; fi
	@mkdir -p $(OUT)/render/pdf
	@for f in $(OUT)/*.pdf; do pdftoppm -r 70 -png "$$f" "$(OUT)/render/pdf/$$(basename "$${f%.pdf}")"; done
	@for f in $(OUT)/render/*.pdf $(OUT)/render/docx/*.pdf $(OUT)/*.pdf; do echo "  $$f: $$(pdfinfo "$$f" | awk '/^Pages:/ {print $$2}') pages"; done
	@echo "Look at the pages: $(abspath $(OUT))/render/*.png and $(abspath $(OUT))/render/docx/*.png"

build: deps ## Build sopkit (debug) into .build/debug/sopkit
	$(SWIFT) build

run: build ## Fresh machine: install, build, check and convert every SOP in testdata/ into out/
	@mkdir -p $(OUT)
	@$(BIN) check testdata/model/*.json
	@for f in testdata/model/*.json; do \
	  b=$$(basename "$$f" .json); \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.json" --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.csv" --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.xlsx" --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.docx" --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.srikandi.xml" -t wordxml --sign srikandi --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.svg" --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.html" --force --quiet || exit $$?; \
	  $(BIN) convert "$$f" -o "$(OUT)/$$b.pdf" --sign tte-kemenag --force --quiet || exit $$?; \
	  $(BIN) convert "$(OUT)/$$b.xlsx" -o "$(OUT)/$$b.from-xlsx.json" --force --quiet || exit $$?; \
	  cmp -s "$$f" "$(OUT)/$$b.from-xlsx.json" || { echo "run: $$b.xlsx did not read back to $$f"; exit 1; }; \
	done
	@for f in testdata/docx/*.docx; do \
	  $(BIN) convert "$$f" -o "$(OUT)/$$(basename "$$f" .docx).from-docx.json" --force --quiet || exit $$?; \
	done
	@if command -v soffice >/dev/null; then \
	  for f in testdata/docx/*.doc; do $(BIN) convert "$$f" -o "$(OUT)/$$(basename "$$f" .doc).from-doc.json" --force --quiet || exit $$?; done; \
	else echo "run: skipped testdata/docx/*.doc: reading .doc needs LibreOffice (make deps-render installs it)"; fi
	@# A draft (a Word SOP whose decision has no arrows): its JSON with the review list and its
	@# fill-in template with the cell to fix marked; exit 65 says it is a draft.
	@$(BIN) convert testdata/docx/draft/tanpa-panah-libreoffice.docx -o "$(OUT)/tanpa-panah.draft.json" --force --quiet; test $$? -eq 65
	@$(BIN) convert testdata/docx/draft/tanpa-panah-libreoffice.docx -o "$(OUT)/tanpa-panah.isian.xlsx" --force --quiet; test $$? -eq 65
	@$(BIN) template -o "$(OUT)/isian-kosong.xlsx" --actors "Pemohon,Petugas,Kepala" --force
	@$(BIN) template docx -o "$(OUT)/acuan.docx" --force
	@for f in testdata/csv/*.csv; do \
	  case "$$f" in *.identity.csv) continue;; esac; \
	  b=$$(basename "$$f" .csv); id="testdata/csv/$$b.identity.csv"; \
	  if [ -f "$$id" ]; then extra="--identity $$id"; else extra=""; fi; \
	  $(BIN) convert "$$f" $$extra -o "$(OUT)/$$b.from-csv.json" --force --quiet || exit $$?; \
	done
	@echo "Converted testdata/model/*.json to JSON, CSV, XLSX (and back to JSON), DOCX, Word XML (srikandi), SVG, HTML and PDF (tte-kemenag), and testdata/csv/*.csv and testdata/docx/*.docx and *.doc to JSON, a draft to its JSON and fill-in template, and wrote the Word reference document acuan.docx, into $(abspath $(OUT))/:"
	@ls -1 $(OUT) | sed 's/^/  /'

serve: build ## Start the web page for staff on http://127.0.0.1:8080/ (PORT=, HOST=0.0.0.0 for the office network, CONFIG=satker.json)
	$(BIN) serve --port $(or $(PORT),8080) --host $(or $(HOST),127.0.0.1) $(if $(CONFIG),--config $(CONFIG))

venv: $(VENV)/.ok ## Python tools the tests use (jsonschema, openpyxl, python-docx, websocket-client)
$(VENV)/.ok: tools/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r tools/requirements.txt
	touch $@

# The corpus sample fails below CORPUS_SAMPLE_RATE % of steps right in every way (text, actors,
# symbol, exits): a reader change that loses real-world layouts fails the tests.
CORPUS_SAMPLE_RATE ?= 95

test: deps venv ## Run all tests (the README's and CI's test command), then the legacy-layout corpus sample
	$(SWIFT) build
	set -o pipefail; SOPKIT_PYTHON=$(abspath $(VENV))/bin/python $(SWIFT) test --disable-xctest 2>&1 | tee .build/test-output.log
	@echo "skipped tests (a tool or the real fixtures missing, or left to make test-print): $$(grep -c 'was cancelled after' .build/test-output.log || true); each is named above with its reason"

test-print: deps venv deps-render ## Print 100 generated SOPs and every real SOP with LibreOffice and check the pages (about 7 minutes; CI runs it)
	$(SWIFT) build
	set -o pipefail; SOPKIT_PRINT_ALL=1 SOPKIT_PYTHON=$(abspath $(VENV))/bin/python $(SWIFT) test --disable-xctest --filter PrintedCorpusTests 2>&1 | tee .build/test-print-output.log
	$(MAKE) --no-print-directory corpus-sample MIN_STEP_RATE=$(CORPUS_SAMPLE_RATE)

# Sanitizers and fuzzing (README, "Fuzzing and sanitizers"). Each has its own scratch path, so the
# normal .build stays as it is; LSAN_OPTIONS names the known third-party leaks (tools/lsan.supp).
LSAN := LSAN_OPTIONS=suppressions=$(abspath tools/lsan.supp):print_suppressions=0
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 45

test-asan: deps venv ## All tests under AddressSanitizer and LeakSanitizer (.build-asan)
	SOPKIT_PYTHON=$(abspath $(VENV))/bin/python $(LSAN) ASAN_OPTIONS=fast_unwind_on_malloc=0 $(SWIFT) test --disable-xctest --sanitize=address --scratch-path .build-asan

test-tsan: deps venv ## All tests under ThreadSanitizer (.build-tsan)
	SOPKIT_PYTHON=$(abspath $(VENV))/bin/python $(SWIFT) test --disable-xctest --sanitize=thread --scratch-path .build-tsan

fuzz: deps ## Fuzz each reader (libFuzzer + ASan, .build-fuzz) FUZZ_SECONDS (600) each; fails on a finding
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) Fuzz/run.sh

fuzz-smoke: deps ## The same, FUZZ_SMOKE_SECONDS (45) per reader, for CI
	FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) SWIFT=$(SWIFT) Fuzz/run.sh

bench: deps venv ## Benchmarks (not part of make test): writes bench/RESULTS.md; BENCH_SIZES="100 1000 10000" for the full run
	SOPKIT_PYTHON=$(abspath $(VENV))/bin/python bench/run.sh

# Legacy-layout corpus (docs/corpus.md): SOP files as offices make them by hand in Word and Excel,
# generated from testdata/model/ along independent layout axes, read by sopkit and compared with
# what each file holds. Uses the sopkit already built ($(BIN), or SOPKIT=...); builds it only when
# it is missing. LibreOffice (make deps-render) and python3-uno add the LibreOffice-made files.
CORPUS_DIR := .corpus
CORPUS_COUNT ?= 600
CORPUS_SEED ?= 16
SOPKIT ?= $(abspath $(BIN))

corpus: venv ## Generate 600 legacy SOP files (CORPUS_COUNT=) into .corpus/ and print sopkit's recognition rates per layout axis
	@test -x "$(SOPKIT)" || $(MAKE) build
	$(VENV)/bin/python tools/variants/generate.py --out $(CORPUS_DIR)/files --count $(CORPUS_COUNT) --seed $(CORPUS_SEED)
	$(VENV)/bin/python tools/variants/corpus.py $(CORPUS_DIR)/files --sopkit "$(SOPKIT)" --out $(CORPUS_DIR)/json \
	  --summary $(CORPUS_DIR)/summary.json --markdown $(CORPUS_DIR)/rates.md $(if $(MIN_STEP_RATE),--min-step-rate $(MIN_STEP_RATE))

corpus-sample: venv ## The same with 30 files into .corpus/sample/ (quick)
	@test -x "$(SOPKIT)" || $(MAKE) build
	$(VENV)/bin/python tools/variants/generate.py --out $(CORPUS_DIR)/sample --sample --seed $(CORPUS_SEED)
	$(VENV)/bin/python tools/variants/corpus.py $(CORPUS_DIR)/sample --sopkit "$(SOPKIT)" --out $(CORPUS_DIR)/sample-json \
	  --summary $(CORPUS_DIR)/sample-summary.json $(if $(MIN_STEP_RATE),--min-step-rate $(MIN_STEP_RATE))

lint: ## Check the layering rules (C libraries only behind their folders, the web server only in SOPServe)
	@bad=$$(grep -rln 'import CXlsxWriter' Sources | grep -v '^Sources/SOPFormats/Writers/XLSX/' || true); \
	bad="$$bad$$(grep -rln 'import CLibXML2' Sources | grep -v '^Sources/SOPFormats/OOXML/' || true)"; \
	bad="$$bad$$(grep -rln 'import Hummingbird' Sources | grep -v '^Sources/SOPServe/' || true)"; \
	if grep -rhE '^import ' Sources/SOPModel | grep -vE '^import (Foundation)$$' ; then echo "lint: SOPModel may import Foundation only"; exit 1; fi; \
	if [ -n "$$bad" ]; then echo "lint: C library or web server imported outside its folder:"; echo "$$bad"; exit 1; fi; \
	echo "lint: ok"

templates: ## Embed Templates/docx/ (the Word reference document) after editing it
	python3 tools/embed_templates.py

format: ## Format the sources with swift-format
	$(SWIFT) format -i -r Sources Tests

install: ## Install sopkit into /usr/local/bin (PREFIX=... to change)
	$(SWIFT) build -c release
	install -D -m 755 .build/release/sopkit $(or $(PREFIX),/usr/local)/bin/sopkit

clean: ## Remove build products (also the sanitizer and fuzzing builds and corpora), out/, benchmark data and .corpus/
	rm -rf .build .build-asan .build-tsan .build-fuzz $(OUT) .bench-data $(CORPUS_DIR)
