# One place for the project's commands; CI runs `make test` (lint, types, tests).
PY ?= python

.PHONY: test lint types pytest test-compiled bench golden eval

test: lint types pytest

lint:
	ruff check src tests benchmarks hatch_build.py
	ruff format --check src tests benchmarks hatch_build.py

types:
	mypy src

pytest:
	$(PY) -m pytest

# Rewrite tests/golden/*.json from the current parser; review the diff before committing.
golden:
	$(PY) -m pytest tests/test_golden.py --update-golden -q

bench:
	$(PY) benchmarks/run.py

# The compiled build (hatch_build.py) in its own venv, .venv-compiled: installed from a wheel, not
# editable, so the tests and benchmarks run the extension modules. NEWSPARSE_COMPILE=1 makes a
# failed compile fail the build instead of falling back to pure Python.
COMPILED_PY = .venv-compiled/bin/python

$(COMPILED_PY): pyproject.toml hatch_build.py $(wildcard src/newsparse/*.py src/newsparse/*/*.py)
	test -x $(COMPILED_PY) || python3 -m venv .venv-compiled
	$(COMPILED_PY) -m pip install --quiet --upgrade pip
	NEWSPARSE_COMPILE=0 $(COMPILED_PY) -m pip install --quiet '.[dev]'
	NEWSPARSE_COMPILE=1 $(COMPILED_PY) -m pip install --quiet --force-reinstall --no-deps .
	touch $(COMPILED_PY)

# The tests (not the source doctests, which would import the sources) on the compiled build.
test-compiled: $(COMPILED_PY)
	NEWSPARSE_EXPECT_COMPILED=1 $(COMPILED_PY) -m pytest tests -p no:cacheprovider

eval:
	$(PY) ../shared/eval/score.py ../shared/eval/structure-dev --cmd 'newsparse --format jsonl' | tail -n 1
	$(PY) ../shared/eval/score.py ../shared/eval/quotes-dev --cmd 'newsparse --format jsonl' | tail -n 1
