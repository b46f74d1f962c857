"""The output contract's invariants on text the tests generate."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Article, parse_text

LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\n\n"])
QUOTES = st.sampled_from(['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "'", "\u2019"])
PIECES = st.one_of(
    st.text(min_size=0, max_size=40),
    QUOTES,
    st.sampled_from(
        [
            "(Photograph:AFP)",
            "By Jane Doe",
            "Advertisement",
            " said the minister.",
            "Share this",
            "KABUL, Sept 6 (Reuters) - ",
            "Photo: Reuters",
            "He added:",
            "   ",
        ]
    ),
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.lists(PIECES, max_size=6).map("".join), max_size=12))
    out = ""
    for line in lines:
        out += line + draw(LINE_ENDS)
    return out


def check_invariants(text: str, art: Article) -> None:
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    assert len(art.blocks) == sum(1 for ln in lines if ln)
    prev = -1
    for b in art.blocks:
        assert text[b.start : b.end] == b.text
        assert b.text == b.text.strip() and b.text
        assert b.start >= prev
        prev = b.end
    spans = [*art.paragraphs, *art.quotes, *art.captions]
    spans += [q.speaker for q in art.quotes if q.speaker]
    spans += [q.cue for q in art.quotes if q.cue]
    spans += [x for x in (art.byline, art.dateline) if x is not None]
    for s in spans:
        assert text[s.start : s.end] == s.text


@settings(max_examples=300, deadline=None)
@given(articles())
def test_invariants_hold_on_generated_articles(text: str) -> None:
    art = parse_text(text)
    check_invariants(text, art)
    again = Article.model_validate_json(art.model_dump_json())
    assert again == Article.model_validate(json.loads(art.model_dump_json()))
