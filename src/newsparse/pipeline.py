"""Runs the passes in one declared order and builds the Article.

The order matters and is the whole design: line-local shapes first (they are the surest), then
the layout that needs neighbours, then fields read off the labelled lines, then quotes inside the
body. Each pass labels lines; none deletes or rewrites text.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse.config import ParseConfig
from newsparse.document import Doc, Line
from newsparse.models import (
    Article,
    Block,
    Byline,
    Caption,
    Dateline,
    Paragraph,
)
from newsparse.normalize import split_lines
from newsparse.passes import features, fields, layout, local
from newsparse.passes import quotes as quote_pass

# The passes, in order: (name, function). `--explain` reports the rule each line got from them.
PASSES: tuple[tuple[str, Callable[[Doc], None]], ...] = (
    ("features", features.compute),
    ("local", local.label),
    ("layout", layout.run),
)


def make_doc(text: str, config: ParseConfig) -> Doc:
    raw = split_lines(text)
    lines = []
    prev_end = 0
    for i, (s, e, t) in enumerate(raw):
        gap = text[prev_end:s]
        lines.append(Line(i, s, e, t, blank_before=gap.count("\n") + gap.count("\r") > 1))
        prev_end = e
    return Doc(text=text, lines=lines, explain=config.explain)


def parse_text(
    text: str,
    source: str | None = None,
    *,
    config: ParseConfig | None = None,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
) -> Article:
    """Parse one article's text into an Article.

    >>> art = parse_text("Storm hits coast\\nHigh winds closed roads on Monday, officials said.")
    >>> art.headline
    'Storm hits coast'
    >>> [b.type for b in art.blocks]
    ['headline', 'paragraph']
    """
    config = config or ParseConfig()
    doc = make_doc(text, config)
    for _name, run in PASSES:
        run(doc)
    for line in doc.lines:  # nothing may stay unlabelled
        if line.type is None:
            doc.label(line, "unclassified", "pipeline.fallback")
    return _build(doc, source, encoding, warnings or [], config)


def _build(
    doc: Doc, source: str | None, encoding: str, warnings: list[str], config: ParseConfig
) -> Article:
    text = doc.text
    explain = config.explain
    # Models are built with ``trusted`` (see models.py): the data is ours, already checked,
    # and the keywords are given in each model's declared order.
    trusted_block = Block.trusted
    blocks = [
        trusted_block(
            text=ln.text,
            start=ln.start,
            end=ln.end,
            type=ln.type,
            rule=ln.rule if explain else None,
        )
        for ln in doc.lines
    ]
    body = [ln for ln in doc.lines if ln.type == "paragraph"]
    trusted_paragraph = Paragraph.trusted
    paragraphs = [
        trusted_paragraph(text=ln.text, start=ln.start, end=ln.end, index=i)
        for i, ln in enumerate(body)
    ]
    headline = doc.lines[doc.headline].text if doc.headline is not None else None
    standfirst_lines = [ln for ln in doc.lines if ln.type == "standfirst"]
    standfirst = standfirst_lines[0].text if standfirst_lines else None

    byline = None
    bl = fields.byline(doc)
    if bl is not None:
        s, e, names = bl
        byline = Byline.trusted(text=text[s:e], start=s, end=e, authors=names)

    dateline = None
    if body:
        dl = fields.dateline(body[0])
        if dl is not None:
            s, e, loc, agency = dl
            dateline = Dateline.trusted(text=text[s:e], start=s, end=e, location=loc, agency=agency)

    captions = [
        Caption.trusted(text=ln.text, start=ln.start, end=ln.end, credit=ln.credit)
        for ln in doc.lines
        if ln.type in ("caption", "credit")
    ]

    quotes, speakers = quote_pass.build(doc, body, explain)
    return Article.trusted(
        schema_version="1.0",
        source=source,
        encoding=encoding,
        headline=headline,
        standfirst=standfirst,
        byline=byline,
        dateline=dateline,
        paragraphs=paragraphs,
        quotes=quotes,
        captions=captions,
        speakers=speakers,
        blocks=blocks,
        warnings=warnings,
    )
