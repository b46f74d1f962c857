"""Labelled structure cases: every shape a rule in passes/local.py, layout.py or fields.py exists
for, written as a small article of our own, with what a careful editor would label it.

Cases live in tests/cases/structure.json (shapes the parser must get right) and
tests/cases/structure_negative.json (text that looks like a caption, credit, byline or clutter
but is not). Each case is {label, comment, input, expect}; `expect` may hold:

- ``types``: the block type of every non-blank line, in order;
- ``headline``, ``standfirst``: the field's text (or null);
- ``byline_authors``: ``byline.authors``; ``byline_text``: ``byline.text``;
- ``dateline``: the dateline's text (or null); ``dateline_location``, ``dateline_agency``;
- ``credits``: the ``credit`` of every caption/credit, in order.

A case with ``"xfail": "why"`` is a known failure, run under ``xfail(strict=True)`` so that
fixing it is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import parse_text

CASES = Path(__file__).resolve().parent / "cases"


def _load(name: str) -> list[Any]:
    cases = json.loads((CASES / name).read_text(encoding="utf-8"))
    out = []
    for case in cases:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
        out.append(pytest.param(case, id=case["label"], marks=marks))
    return out


def _check(case: dict[str, Any]) -> None:
    art = parse_text(case["input"])
    expect = case["expect"]
    if "types" in expect:
        assert [b.type for b in art.blocks] == expect["types"]
    if "headline" in expect:
        assert art.headline == expect["headline"]
    if "standfirst" in expect:
        assert art.standfirst == expect["standfirst"]
    if "byline_authors" in expect:
        assert art.byline is not None
        assert art.byline.authors == expect["byline_authors"]
    if "byline_text" in expect:
        assert (art.byline.text if art.byline else None) == expect["byline_text"]
    if "dateline" in expect:
        assert (art.dateline.text if art.dateline else None) == expect["dateline"]
    if "dateline_location" in expect:
        assert art.dateline is not None and art.dateline.location == expect["dateline_location"]
    if "dateline_agency" in expect:
        assert art.dateline is not None and art.dateline.agency == expect["dateline_agency"]
    if "credits" in expect:
        assert [c.credit for c in art.captions] == expect["credits"]


@pytest.mark.parametrize("case", _load("structure.json"))
def test_structure_case(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load("structure_negative.json"))
def test_structure_negative_case(case: dict[str, Any]) -> None:
    _check(case)


def test_case_files_are_well_formed() -> None:
    for name in ("structure.json", "structure_negative.json"):
        cases = json.loads((CASES / name).read_text(encoding="utf-8"))
        labels = [c["label"] for c in cases]
        assert len(labels) == len(set(labels)), f"duplicate labels in {name}"
        for c in cases:
            assert set(c) <= {"label", "comment", "input", "expect", "xfail"}, c["label"]
            assert c["comment"] and c["input"] and c["expect"], c["label"]
