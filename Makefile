# Two commands for a fresh Debian machine (run as root, or with sudo available):
#   make demo   — set up everything, then scan sample_data/ into out/ (findings index, clean copies,
#                 quarantine) and print the per-type, per-store summary
#   make test   — set up everything, then run the whole test suite
# Re-running either is fast when nothing changed (set-up is skipped by stamps).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.afscherm-installed
APT_PACKAGES := python3-venv tesseract-ocr tesseract-ocr-nld tesseract-ocr-eng tesseract-ocr-osd poppler-utils \
	fonts-dejavu-core postgresql chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test setup system-deps lint eval bench sample-data train-ner report model-package

# The demo's index key: $$AFSCHERM_INDEX_KEY if set, else a random key made once for this checkout in
# out/.demo-index-key (git-ignored). The code itself never defaults a key.
demo: setup
	@mkdir -p out
	@[ -n "$${AFSCHERM_INDEX_KEY:-}" ] || [ -s out/.demo-index-key ] || \
	  $(BIN)/python -c 'import secrets; print(secrets.token_hex(32))' > out/.demo-index-key
	AFSCHERM_INDEX_KEY="$${AFSCHERM_INDEX_KEY:-$$(cat out/.demo-index-key)}" $(BIN)/afscherm scan sample

# The HTML findings report of the demo's index (run `make demo` first): out/report.html, Dutch; REPORT_LANG=en for English.
report: setup
	AFSCHERM_INDEX_KEY="$${AFSCHERM_INDEX_KEY:-$$(cat out/.demo-index-key)}" \
	  $(BIN)/afscherm report --index out/index -o out/report.html --lang $(or $(REPORT_LANG),nl)

# The habits first (seconds): lint, formatting, types of detectors/ and redactors/; then the suite, in two
# processes (most tests use one core: OCR, the model), each taking whole test files so that a file's module
# fixtures are built once; services (PostgreSQL, moto, Prefect) are started per process on free loopback ports.
TEST_PROCESSES ?= 2
test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n $(TEST_PROCESSES) --dist loadfile

setup: system-deps $(STAMP)

# OCR (tesseract with Dutch and English models, orientation detection), PDF rendering (poppler), the fonts of
# generated ID copies, PostgreSQL (the SQL store's tests start a private cluster on loopback) and Chromium (the
# report's browser test runs it headless) come from apt.
system-deps:
	@if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx nld \
	    || ! command -v pdftoppm >/dev/null || ! [ -d /usr/share/fonts/truetype/dejavu ] \
	    || ! [ -f /usr/share/tesseract-ocr/5/tessdata/osd.traineddata ] \
	    || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	    || ! command -v chromium >/dev/null \
	    || ! $(PYTHON) -m venv --help >/dev/null 2>&1; then \
	  echo "Installing system packages: $(APT_PACKAGES)"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "afscherm needs Python >= 3.11")'
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	@# opencv-python (GUI build) was replaced by opencv-python-headless; both write cv2/, so an old venv loses
	@# both and gets the headless one back from the install below.
	if $(BIN)/pip show -q opencv-python >/dev/null 2>&1; then \
	  $(BIN)/pip uninstall -q -y opencv-python opencv-python-headless; fi
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

eval: setup
	$(BIN)/python bench/eval_detect.py
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev,bench]'
	$(BIN)/python bench/eval_ner.py

bench: setup
	$(BIN)/python bench/bench_detect.py
	$(BIN)/python bench/bench_detect_memory.py
	$(BIN)/python bench/bench_redact.py --csv-mb 200

# Retrain the shipped Dutch NER pipeline (≈ 60 min on 2 cores; writes afscherm/detectors/models/nl_afscherm).
train-ner: setup
	OMP_NUM_THREADS=1 $(BIN)/python -m training.ner.train --synthetic 2500 --max-steps 4500 --minutes 60 --ship

# The shipped Dutch pipeline as a pip-installable spaCy package: dist/nl_afscherm-$(MODEL_VERSION)-py3-none-any.whl
# (spacy.load("nl_afscherm") once installed; afscherm's nlp.yaml can name it: model_name: nl_afscherm).
MODEL_VERSION ?= 0.1.0
model-package: setup
	$(BIN)/python -m training.ner.package_model --out dist --version $(MODEL_VERSION)

sample-data: setup
	$(BIN)/python -m synthetic
