"""Properties over generated article-like text: every quote character, caption shape and line
ending. No exception; every non-blank line in exactly one block; every offset maps back to the
input; JSON round-trips; decoding gives back the exact text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Article, InputError, parse_bytes, parse_text
from newsparse.normalize import decode, split_lines
from newsparse.pipeline import parse_record

QUOTE_CHARS = [
    '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u201a", "\u00ab", "\u00bb",
    "\u2039", "\u203a", "\u300c", "\u300d", "\u2032", "\u2033", "`", "\u00b4",
]  # fmt: skip
LINE_ENDINGS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n"]
CAPTIONS = [
    "A man walks past the damaged building. Photograph: AFP/Getty Images",
    "(Photograph:AFP)",
    "Photo: Reuters",
    "Credit: Jane Doe/AP",
    "Image caption Residents queue for water",
    "Picture: Getty",
    "FILE PHOTO: Workers at the site",
    "\u00a9 Reuters",
]
PIECES = [
    "By Jane Doe and Ana Ruiz",
    "KABUL, Sept 6 (Reuters) - ",
    "MADRID \u2014 ",
    "(CNN) \u2014",
    " said the minister.",
    ", she said.",
    " according to officials",
    "Advertisement",
    "Share this article",
    "Updated 12:30 GMT",
    "He added:",
    "The council met on Friday.",
    "\u2014",
    "...",
    "\t",
    "\u00a0",
    "  ",
]
WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
QUOTE = st.sampled_from(QUOTE_CHARS)
PIECE = st.one_of(
    WORDS,
    QUOTE,
    st.sampled_from(CAPTIONS),
    st.sampled_from(PIECES),
    st.builds(lambda q, w, c: f"{q}{w}{c}", QUOTE, WORDS, QUOTE),
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.lists(PIECE, max_size=8).map("".join), min_size=0, max_size=15))
    return "".join(line + draw(st.sampled_from(LINE_ENDINGS)) for line in lines)


def _non_blank_lines(text: str) -> list[str]:
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    return [ln.strip() for ln in normal.split("\n") if ln.strip()]


def check(text: str, art: Article) -> None:
    assert [b.text for b in art.blocks] == _non_blank_lines(text)
    prev = 0
    for b in art.blocks:
        assert text[b.start : b.end] == b.text
        assert b.start >= prev
        prev = b.end
    spans = [*art.paragraphs, *art.quotes, *art.captions]
    spans += [q.speaker for q in art.quotes if q.speaker is not None]
    spans += [q.cue for q in art.quotes if q.cue is not None]
    spans += [x for x in (art.byline, art.dateline) if x is not None]
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
    for i, p in enumerate(art.paragraphs):
        assert p.index == i
    for sp in art.speakers:
        assert all(0 <= qi < len(art.quotes) for qi in sp.quotes)
    dumped = art.model_dump_json()
    again = Article.model_validate_json(dumped)
    assert again == Article.model_validate(json.loads(dumped))
    assert again.model_dump_json() == dumped


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_generated_articles(text: str) -> None:
    art = parse_text(text)
    check(text, art)
    # parse_text builds its models without validation: the record must still pass it.
    assert art == Article.model_validate(parse_record(text))


@settings(max_examples=200, deadline=None)
@given(articles(), st.booleans())
def test_generated_articles_explained(text: str, explain: bool) -> None:
    from newsparse import ParseConfig

    art = parse_text(text, config=ParseConfig(explain=explain))
    check(text, art)
    assert all((b.rule is not None) == explain for b in art.blocks)


@settings(max_examples=200, deadline=None)
@given(articles(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_bytes_decode_to_the_exact_text(text: str, codec: str) -> None:
    """Encoded any of these ways, the bytes give back the exact text, or a clear InputError
    (only whitespace, or control characters that make it look binary); never other text."""
    data = text.encode(codec)
    try:
        art = parse_bytes(data)
    except InputError as exc:
        assert exc.message
        return
    expected = text[1:] if text.startswith("\ufeff") and codec != "utf-8-sig" else text
    assert art.encoding.startswith("utf")
    check(expected, art)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_fail_clearly(data: bytes) -> None:
    try:
        dec = decode(data)
    except InputError as exc:
        assert exc.message and str(exc)
        return
    assert "\ufffd" not in dec.text or "\ufffd".encode(dec.encoding, "ignore") in data
    assert dec.text.strip()
    art = parse_text(dec.text)
    check(dec.text, art)


@settings(max_examples=300, deadline=None)
@given(articles())
def test_split_lines_covers_every_non_blank_line(text: str) -> None:
    lines = split_lines(text)
    assert [t for _, _, t in lines] == _non_blank_lines(text)
    assert all(text[s:e] == t for s, e, t in lines)
