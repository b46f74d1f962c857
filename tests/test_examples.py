"""The article the project was first described with (../shared/examples/panjshir.txt) reads as
../shared/examples/panjshir.expected.md says. The text is third-party and stays in ../shared;
this test reads it from there and is skipped where ../shared is absent."""

from __future__ import annotations

import pytest

from newsparse import parse_path

from .conftest import ROOT

PANJSHIR = ROOT.parent / "shared" / "examples" / "panjshir.txt"

pytestmark = pytest.mark.skipif(not PANJSHIR.exists(), reason="../shared/examples not present")


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    return parse_path(PANJSHIR)


def test_headline_is_line_one(article) -> None:  # type: ignore[no-untyped-def]
    first = PANJSHIR.read_text(encoding="utf-8").splitlines()[0]
    assert article.headline == first.strip()
    assert article.blocks[0].type == "headline"


def test_six_credit_lines_kept_and_out_of_the_body(article) -> None:  # type: ignore[no-untyped-def]
    credits = [b for b in article.blocks if b.type in ("credit", "caption")]
    credit_blocks = [b for b in credits if b.text.startswith("(")]
    assert len(credit_blocks) == 6
    assert sorted({c.credit for c in article.captions}) == ["AFP", "Others", "Twitter"]
    assert [c.credit for c in article.captions].count("Others") == 3
    body = {p.text for p in article.paragraphs}
    assert not any(c.text in body for c in credit_blocks)


def test_direct_quotes_and_speakers(article) -> None:  # type: ignore[no-untyped-def]
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == 2
    first, second = direct
    assert first.speaker is not None and first.speaker.name == "Zabihullah Mujahid"
    assert first.speaker.text == "chief spokesman Zabihullah Mujahid"
    assert first.speaker.role == "chief spokesman"
    assert first.cue is not None and first.cue.text == "said"
    assert second.speaker is not None and second.speaker.text == "the NRF"
    assert second.speaker.name is not None and "NRF" in second.speaker.name
    assert second.cue is not None and second.cue.text == "tweeted"


def test_strategic_positions_is_partial(article) -> None:  # type: ignore[no-untyped-def]
    partial = [q for q in article.quotes if "strategic positions" in q.text]
    assert len(partial) == 1 and partial[0].kind == "partial"
