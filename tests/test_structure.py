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
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse_text
from newsparse.document import Doc, Line
from newsparse.passes import features, local
from newsparse.patterns import structure as P

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


# --- the speed-ups must not change a label ------------------------------------------------------
# The structure passes skip costly patterns behind cheap gates (needles in patterns/structure.py)
# and replace some patterns with string methods. Each gate may only skip a pattern that would
# have failed; these tests hold every gate and rewrite against the pattern it stands for, on the
# lines of the samples, the golden inputs and the cases, on one example per pattern branch, and
# on generated text.

ROOT = Path(__file__).resolve().parent.parent

# One line per branch of each gated pattern, in the spellings that make gates fail: capitals,
# odd whitespace, characters that IGNORECASE folds to ASCII.
_BRANCH_LINES = [
    "Sign up for our NEWSLETTER today",
    "Subscribers only: the full story",
    "Our subscription  service starts at 1 euro",
    "SIGN\tUP NOW",
    "Get access to every article",
    "Join our readers' panel",
    "Download the app",
    "Straight to your inbox",
    "Follow us on Twitter",
    "Like us on Facebook",
    "Would you like to know more?",
    "Want more? Read on",
    "Please support our journalism",
    "Cancel anytime",
    "Click here for details",
    "This document is subject to copyright",
    "All rights reserved",
    "Disclaimer: the views are the author's",
    "Citation: Doe J (2020)",
    "ſubſcribe to the letter",
    "Cl\u0131ck here",
    "pic.twitter.com/abc",
    "https://t.co/xyz",
    "twitter.com/jane/status/1",
    "INSTAGRAM.COM/p/abc",
    "A post shared by Jane Doe (@janedoe)",
    "View this post on Instagram",
    "youtube.com/watch?v=1",
    "youtu.be/abc",
    "tiktok.com/@jane",
    "TI\u212aTO\u212a.com/@jane",
    "facebook.com/jane/posts/1",
    "Published Monday",
    "Updated Sept 3",
    "Yesterday",
    "an hour ago",
    "TODAY",
    "٣ hours ago",
    "Workers remove a sign from a roof in 1989. (AP)",
    "A nurse walks past the hospital entrance Getty Images",
    "Ice on the lake at dawn. Credit: Jane Doe",
    "Ice on the lake at dawn. CREDIT: Jane Doe",
    "Ice on the lake at dawn. photo: Jane Doe",
    "A view of the harbour. Jane Doe/The Courier",
    "A view of the harbour. Jane Doe for The Courier",
    "A view of the harbour. AFP via Jane Doe",
    "A view of the harbour. Reuters for Jane Doe",
    "A view of the harbour. File photo",
    "A view of the harbour. File photo.",
    "Hunters on the ice. dpa",
    "The harbour at dusk REUTERS/Jane Doe.",
    "The harbour at dusk (John Minchillo / AP) .",
    "The harbour at dusk. Photo credit: Jane Doe",
    "(Photograph:AFP)",
    "(AP Photo/Jane Doe)",
    "Image courtesy of Jane Doe",
    "© Jane Doe",
    "Olu Ade/Harbour Magazine",
    "Getty Images",
    "( AP )",
    "GETTY IMAGES.",
    "Jane Doe/AFP via Getty Images",
    "Friday 25 December 2015",
    "Jul 17, 2014",
    "1:39 PM ET",
    "12/02/2021 14:05 GMT",
    "- 12:41 p.m. ET",
    "Just  now",
    "Also read: more news",
    "READ MORE | the story",
    "(With inputs from agencies)",
    "(c) Reuters 2021",
    "Copyright 2016 Cable News",
    "Don't miss: the show",
    "This article was first published in 2019",
    "We use cookies",
    "Last update: 3 hours ago",
    "Written by Jane Doe",
    "ByJane Doe",
    "Pictured: the harbour",
    "From left: Jane Doe and John Roe",
    "Clockwise from top left: the team",
    "Reading time: 3 minutes",
    "www.example.com/path",
    "@janedoe",
    "Screengrab 2 of 9",
    "File photo 1/3",
    "٣ comments",
    "\u00a9 2023 Daily Courier",
    "\u212aeep reading",
    "\u017fhare this",
]


# The line-start patterns local.may_lead (P.LEAD_PREFIXES) stands for.
_LEAD_PATTERNS = [
    P.COUNTER_LINE,
    P.READ_TIME,
    P.URL_LINE,
    P.CLUTTER_PREFIX,
    P.CLUTTER_PREFIX_STRONG,
    P.COPYRIGHT,
    P.TIMESTAMP_LABEL,
    P.BYLINE_BY,
    P.CAPTION_LEAD,
    P.GALLERY_ITEM,
    P.GALLERY_COUNTER,
]


def _corpus_lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in ROOT.glob("samples/*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in ROOT.glob("tests/golden/*.txt")]
    for name in ("structure.json", "structure_negative.json"):
        texts += [c["input"] for c in json.loads((CASES / name).read_text(encoding="utf-8"))]
    lines = [ln.strip() for t in texts for ln in t.splitlines() if ln.strip()]
    return lines + _BRANCH_LINES


def _line(text: str) -> Line:
    doc = Doc(text=text, lines=[Line(0, 0, len(text), text, False)])
    features.compute(doc)
    return doc.lines[0]


def _check_gates(text: str) -> None:
    line = _line(text)
    if P.PROMO.search(text):
        assert line.may_hold(P.PROMO_NEEDLES) and line.may_hold_all(P.PROMO_NEEDLE_GROUPS), text
    if P.EMBED_MARKERS.search(text):
        assert line.may_hold(P.EMBED_MARKER_NEEDLES), text
    if P.TIME_ANCHOR.search(text) and not P.DIGIT.search(text):
        assert line.may_hold(P.TIME_ANCHOR_NEEDLES), text
    if P.CREDIT_LABEL_TAIL.search(text):
        assert ":" in text and line.may_hold(P.CREDIT_LABEL_TAIL_NEEDLES), text
    if P.CAPTION_TRAILING_CREDIT.search(text, max(0, len(text) - 200)):
        assert local._may_end_in_credit(text), text
    if P.CREDIT_AGENCY_PHOTO.match(text) or P.CREDIT_LABEL_SEP.match(text):
        assert line.folds or any(w in line.lower for w in P.CAPTION_LABEL_WORDS), text
    if P.CREDIT_NAME_SLASH.match(text):
        assert "/" in text
    if P.COPYRIGHT_NAME_CREDIT.match(text):
        assert text[:1] in ("©", "(")
    if P.CREDIT_BARE.match(text):
        opening = (line.lower[1:] if line.lower.startswith("(") else line.lower).lstrip()
        assert line.folds or "/" in text or opening.startswith(P.CREDIT_AGENCY_FIRST_WORDS), text
    parts = [p for p in P.TIME_SEPARATORS.split(text) if p]
    if parts and all(P.TIME_TOKEN.fullmatch(p) for p in parts):
        assert P.TIME_FIRST_TOKEN.match(text), text
    assert local.clutter_key(text) == P.CLUTTER_TRIM.sub("", text.lower()).strip(), text
    if not local.may_lead(line):
        for pattern in _LEAD_PATTERNS:
            assert not pattern.match(text), (pattern.pattern, text)
    assert line.terminal == (P.TERMINAL.search(text) is not None), text
    words = P.WORD.findall(text)
    assert line.n_words == len(words)
    if words:
        func = sum(1 for w in words if w.lower() in P.FUNCTION_WORDS)
        assert line.func_ratio == func / len(words), text


def test_gates_never_skip_a_match() -> None:
    for text in _corpus_lines():
        _check_gates(text)


# Characters the gates and rewrites are sensitive to: case, folding, closing marks, the clutter
# trim's sets (with digits and spaces beyond ASCII), credit words, separators.
_GATE_ALPHABET = st.sampled_from(
    [
        *"aAbBcCkKsSiIpP .,:;!?…'\"’”»)(][|•·›»>→/-_0٣\u00a0\u2003\t\n@©",
        *("\u0130", "\u0131", "\u017f", "\u212a", "É", "ß"),
        *("AP", "Getty Images", "Photo", "photo", "Credit", "via ", "for ", "dpa", "Jane Doe"),
        *("Sign up", "newsletter", "ago", "May", "share", "(c)", "The ", "the "),
        *("Read more", "By ", "Published ", "Pictured", "Image ", "www.", "http", "Copyright"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GATE_ALPHABET, max_size=30).map("".join))
def test_gates_never_skip_a_match_generated(text: str) -> None:
    _check_gates(text)


def test_fold_and_lower_tables_are_complete() -> None:
    """FOLDS_TO_ASCII holds every non-ASCII character IGNORECASE matches to an ASCII letter, and
    FUNCTION_WORD_SPELLINGS every spelling lower() maps to a function word."""
    chars = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert set(re.findall("(?i)[a-z]", chars)) == set(P.FOLDS_TO_ASCII)
    # Lower-cased, all of them give two ASCII letters: the Kelvin sign's "k" and U+0130's "i".
    assert re.findall("[a-zA-Z]", chars.lower()) == ["i", "k"]
    assert "\u0130".lower()[0] == "i" and "\u212a".lower() == "k"
    assert all(s.lower() in P.FUNCTION_WORDS for s in P.FUNCTION_WORD_SPELLINGS)
    assert P.FUNCTION_WORDS <= P.FUNCTION_WORD_SPELLINGS
    assert {"THE", "The", "tHe", "SHOULD"} <= P.FUNCTION_WORD_SPELLINGS


def test_media_markers_are_clutter_keys() -> None:
    # The local pass notes a media marker only among the lines it labels clutter.
    assert P.MEDIA_MARKER_KEYS <= P.CLUTTER_LINES
