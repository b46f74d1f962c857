"""Quote finding and attribution, driven by labelled cases in tests/cases/quotes*.json.

Each case is {label, comment, input, expect}; ``input`` is a whole article (headline, blank
line, paragraphs), all of it written for these tests. ``expect`` holds:

- ``quotes``: checks on single quotes, each found by a ``quote`` substring of its text, then
  compared key by key (``kind``, ``speaker`` = the mention as written or null, ``name``,
  ``role``, ``cue``, ``rule_prefix``);
- ``n_quotes`` / ``n_direct``: how many quotes (or direct quotes) the article has;
- ``speakers``: the names in the top-level ``speakers`` list, in order.

A case with an ``xfail`` reason is a known failure, run under ``xfail(strict=True)`` so that a
fix shows up.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import parse_text
from newsparse.models import Article, Quote

CASES = Path(__file__).resolve().parent / "cases"


def _load(name: str) -> list[Any]:
    out = []
    for case in json.loads((CASES / name).read_text(encoding="utf-8")):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        out.append(pytest.param(case, id=case["label"], marks=marks))
    return out


def _find(article: Article, needle: str) -> Quote:
    hits = [q for q in article.quotes if needle in q.text]
    assert hits, f"no quote contains {needle!r}: {[q.text for q in article.quotes]}"
    return hits[0]


def _check(case: dict[str, Any]) -> None:
    art = parse_text(case["input"], config=None)
    expect = case["expect"]
    if "n_quotes" in expect:
        assert len(art.quotes) == expect["n_quotes"], [q.text for q in art.quotes]
    if "n_direct" in expect:
        direct = [q.text for q in art.quotes if q.kind == "direct"]
        assert len(direct) == expect["n_direct"], direct
    for want in expect.get("quotes", []):
        q = _find(art, want["quote"])
        got = {
            "kind": q.kind,
            "speaker": q.speaker.text if q.speaker else None,
            "name": q.speaker.name if q.speaker else None,
            "role": q.speaker.role if q.speaker else None,
            "cue": q.cue.text if q.cue else None,
        }
        for key in ("kind", "speaker", "name", "role", "cue"):
            if key in want:
                assert got[key] == want[key], f"{key} of {want['quote']!r}: {got}"
    if "speakers" in expect:
        assert [s.name for s in art.speakers] == expect["speakers"]
    # Whatever the case, every quote span must be exact and inside one paragraph.
    for q in art.quotes:
        assert case["input"][q.start : q.end] == q.text
        if q.speaker is not None:
            assert case["input"][q.speaker.start : q.speaker.end] == q.speaker.text


@pytest.mark.parametrize("case", _load("quotes.json"))
def test_quote_cases(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load("quotes_negative.json"))
def test_quote_negative_cases(case: dict[str, Any]) -> None:
    _check(case)


def test_rule_names_are_reported_with_explain() -> None:
    from newsparse.config import ParseConfig

    text = 'Port reopens\n\n"The cranes are moving again," harbour master Ines Duarte said.\n'
    art = parse_text(text, config=ParseConfig(explain=True))
    assert art.quotes[0].rule == "after.name_verb"


@pytest.mark.parametrize(
    "text",
    [
        "A " * 20000,
        'A, B "C D" E, ' * 2000,
        '"x," A A A A, said ' * 2000,
        "\u201c" + "Ana said, " * 3000,
        '\u201eA\u201c \u00abB\u00bb "C ' * 2000,
        "\u00bbDie\u00ab said \u201d" * 1000,
    ],
    ids=["caps", "caps-commas-quotes", "said-runs", "unclosed-curly", "mixed-marks", "reversed"],
)
def test_long_runs_parse(text: str) -> None:
    """Long runs of names, commas and marks parse (no backtracking blow-up, no crash)."""
    art = parse_text("Headline here\n\n" + text)
    for q in art.quotes:
        assert q.end > q.start


def test_mask_character_in_text_gives_the_same_quotes() -> None:
    """Quote paragraphs are read through a masked copy of the text; a text that holds a mask
    character itself is read paragraph by paragraph instead, with the same result."""
    from newsparse.patterns.quotes import QUOTE_MASKS

    body = (
        'Port reopens\n\n"The cranes are moving again," harbour master Ines Duarte said.\n\n'
        'Mr. Weir said: "We lost U.S. trade for a week." "It is back now," he added.\n\n'
    )
    plain = parse_text(body)
    masked = parse_text(body + f"A note ({QUOTE_MASKS[0]}) on the {QUOTE_MASKS[1]} tide.\n")
    assert plain.quotes and [q.model_dump() for q in masked.quotes] == [
        q.model_dump() for q in plain.quotes
    ]
    assert masked.speakers == plain.speakers


def test_pronoun_finds_a_name_written_far_back() -> None:
    """The look-back for a written name reads the last stretch first, then the rest of its
    window; a name far back is still found."""
    filler = "the office has handled the harbour's paperwork for many years and more " * 12
    text = (
        "Port reopens\n\nInes Duarte runs the office, and "
        + filler
        + 'since then.\n\n"The cranes are moving again," she said.\n'
    )
    art = parse_text(text)
    assert art.quotes[0].speaker is not None
    assert art.quotes[0].speaker.name == "Ines Duarte"


def test_tokens_glue_one_dot_to_an_abbreviation() -> None:
    """Tokens are read in one loop that glues a dot onto an abbreviation, an initial or a dotted
    word as it goes: one dot only, and only one touching the word."""
    from newsparse.passes.quotes import _tokenize

    text = "Mr. G. Weir of the U.S.. said . Then Sen . Roe left!"
    P = _tokenize(text, 0, len(text))
    assert P.t == [
        *("Mr.", "G.", "Weir", "of", "the", "U.S.", ".", "said", ".", "Then", "Sen", "."),
        *("Roe", "left", "!"),
    ]
    assert [text[s:e] for s, e in zip(P.s, P.e, strict=True)] == P.t
    assert [t for t, stop in zip(P.t, P.stop, strict=True) if stop] == [".", ".", ".", "!"]


def test_long_quote_counts_as_direct_mid_sentence() -> None:
    """A quote of 15 words or more is direct wherever it stands (its words are counted only in
    its first 120 characters when there are that many)."""
    long = " ".join(["word"] * 40)
    art = parse_text(f"Headline here\n\nThe report called it a “{long}” on Monday.\n")
    assert [q.kind for q in art.quotes] == ["direct"]
    short = " ".join(["word"] * 5)
    art = parse_text(f"Headline here\n\nThe report called it a “{short}” on Monday.\n")
    assert [q.kind for q in art.quotes] == ["partial"]


def _glued_samples() -> str:
    from newsparse.normalize import decode

    root = Path(__file__).resolve().parent.parent / "samples"
    return "\n\n".join(decode(p.read_bytes()).text for p in sorted(root.glob("*.txt")))


@pytest.mark.parametrize("chunk", [1, 2_000])
def test_quotes_read_in_runs_of_paragraphs_match_one_reading(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    # A long text's paragraphs are tokenized in runs (quotes._CHUNK characters): nothing looks
    # past a paragraph's own tokens, so any run length gives the one-reading result.
    from newsparse.passes import quotes as quote_pass
    from newsparse.pipeline import parse_record

    text = _glued_samples() * 2
    monkeypatch.setattr(quote_pass, "_CHUNK", 10**12)
    whole = parse_record(text)
    assert len(whole["quotes"]) > 20 and sum(q["speaker"] is not None for q in whole["quotes"]) > 10
    monkeypatch.setattr(quote_pass, "_CHUNK", chunk)
    assert parse_record(text) == whole
