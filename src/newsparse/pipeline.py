"""Runs the passes in one declared order and builds the Article.

The order matters and is the whole design: line-local shapes first (they are the surest), then
the layout that needs neighbours, then fields read off the labelled lines, then quotes inside the
body. Each pass labels lines; none deletes or rewrites text.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from newsparse.config import ParseConfig
from newsparse.document import Doc, Line
from newsparse.normalize import split_lines
from newsparse.passes import features, fields, layout, local
from newsparse.passes import quotes as quote_pass
from newsparse.schema_version import SCHEMA_VERSION

# The passes, in order: (name, function). `--explain` reports the rule each line got from them.
PASSES: tuple[tuple[str, Callable[[Doc], None]], ...] = (
    ("features", features.compute),
    ("local", local.label),
    ("layout", layout.run),
)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Hold the cycle collector off while the block runs; leave it as it was found.

    A parse makes objects without reference cycles (lines, tokens, record dicts, models; all
    freed by reference counting), but a big article makes hundreds of thousands of them, and the
    collector's full passes over them grow with the article: a 10 MB article cost x1,500 a
    10 KB one with the collector running (x1,000 is linear), and validating its record into
    models x3,500.
    """
    collecting = gc.isenabled()
    try:
        gc.disable()
        yield
    finally:
        if collecting:
            gc.enable()


def make_doc(text: str, config: ParseConfig) -> Doc:
    """The Doc of ``text``: its non-blank lines (as normalize.split_lines cuts them), each told
    whether more than one line break (\\n and \\r counted apart) stands between it and the
    previous line (or the start)."""
    lines: list[Line] = []
    if "\r" in text:
        prev_end = 0
        for i, (s, e, t) in enumerate(split_lines(text)):
            gap = text[prev_end:s]
            lines.append(Line(i, s, e, t, gap.count("\n") + gap.count("\r") > 1))
            prev_end = e
        return Doc(text=text, lines=lines, explain=config.explain)
    # Only \n breaks lines: split_lines by str.split, and the breaks between two lines are the
    # difference of their pieces' numbers (whitespace inside a piece holds no break).
    append = lines.append
    pos = 0
    last = 0
    for k, raw in enumerate(text.split("\n")):
        if raw:
            t = raw.strip()
            if t:
                s = pos if raw[0] == t[0] else pos + len(raw) - len(raw.lstrip())
                append(Line(len(lines), s, s + len(t), t, k - last > 1))
                last = k
            pos += len(raw)
        pos += 1
    return Doc(text=text, lines=lines, explain=config.explain)


def parse_record(
    text: str,
    source: str | None = None,
    *,
    config: ParseConfig | None = None,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
) -> dict[str, Any]:
    """Parse one article's text into its output record: plain dicts and lists, keys in the
    order of the models in models.py, ready for ``json.dumps``.

    The CLI writes these records directly, so a run never builds pydantic models it does not
    need (importing pydantic's model machinery alone costs more than parsing a small file);
    ``newsparse.parse_text`` wraps the same record in the ``Article`` model.

    >>> rec = parse_record("Storm hits coast\\nHigh winds closed roads on Monday, officials said.")
    >>> rec["headline"]
    'Storm hits coast'
    >>> [b["type"] for b in rec["blocks"]]
    ['headline', 'paragraph']
    """
    if source is not None and type(source) is not str:
        # The one value of the record that comes from the caller, and parse_text builds its
        # model without validation: a Path here would reach the JSON as an object.
        if not isinstance(source, str):
            raise TypeError(f"source must be a str or None, not {type(source).__name__}")
        source = str(source)
    config = config or ParseConfig()
    with cycle_collector_paused():
        doc = make_doc(text, config)
        for _name, run in PASSES:
            run(doc)
        for line in doc.lines:  # nothing may stay unlabelled
            if line.type is None:
                doc.label(line, "unclassified", "pipeline.fallback")
            # Only the labelling passes read the lower-cased copy: freed now, its memory takes
            # the record's dicts (a 10 MB article's copies are 10 MB that the record would
            # otherwise take fresh from the OS, a cache miss per 64 bytes).
            line.lower = ""
        return _record(doc, source, encoding, warnings or [], config)


def _span(text: str, s: int, e: int) -> dict[str, Any]:
    return {"text": text[s:e], "start": s, "end": e}


def _record(
    doc: Doc, source: str | None, encoding: str, warnings: list[str], config: ParseConfig
) -> dict[str, Any]:
    text = doc.text
    explain = config.explain
    lines = doc.lines
    body = [ln for ln in lines if ln.type == "paragraph"]
    headline = lines[doc.headline].text if doc.headline is not None else None
    standfirst = next((ln.text for ln in lines if ln.type == "standfirst"), None)

    byline = None
    bl = fields.byline(doc)
    if bl is not None:
        s, e, names = bl
        byline = {**_span(text, s, e), "authors": names}

    dateline = None
    if body:
        dl = fields.dateline(body[0])
        if dl is not None:
            s, e, loc, agency = dl
            dateline = {**_span(text, s, e), "location": loc, "agency": agency}

    captions = [
        {"text": ln.text, "start": ln.start, "end": ln.end, "credit": ln.credit}
        for ln in lines
        if ln.type in ("caption", "credit")
    ]

    quotes, speakers = quote_pass.build(doc, body, explain)
    # The blocks and paragraphs last: parse_text wraps them in models next, while they are
    # still in the CPU caches (built before the quotes, in a 10 MB article they had left them).
    blocks = [
        {
            "text": ln.text,
            "start": ln.start,
            "end": ln.end,
            "type": ln.type,
            "rule": ln.rule if explain else None,
        }
        for ln in lines
    ]
    paragraphs = [
        {"text": ln.text, "start": ln.start, "end": ln.end, "index": i} for i, ln in enumerate(body)
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "encoding": encoding,
        "headline": headline,
        "standfirst": standfirst,
        "byline": byline,
        "dateline": dateline,
        "paragraphs": paragraphs,
        "quotes": quotes,
        "captions": captions,
        "speakers": speakers,
        "blocks": blocks,
        "warnings": warnings,
    }
