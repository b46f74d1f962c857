# One place for the project's commands; CI runs `make test` (lint, types, tests).
PY ?= python

.PHONY: test lint types pytest bench golden eval

test: lint types pytest

lint:
	ruff check src tests benchmarks
	ruff format --check src tests benchmarks

types:
	mypy src

pytest:
	$(PY) -m pytest

# Rewrite tests/golden/*.json from the current parser; review the diff before committing.
golden:
	$(PY) -m pytest tests/test_golden.py --update-golden -q

bench:
	$(PY) benchmarks/run.py

eval:
	$(PY) ../shared/eval/score.py ../shared/eval/structure-dev --cmd 'newsparse --format jsonl' | tail -n 1
	$(PY) ../shared/eval/score.py ../shared/eval/quotes-dev --cmd 'newsparse --format jsonl' | tail -n 1
