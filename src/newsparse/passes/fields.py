"""Field extraction from labelled lines: byline authors, the wire dateline, caption credits."""

from __future__ import annotations

from newsparse.document import Doc, Line
from newsparse.patterns import structure as P


def authors(text: str) -> list[str]:
    """Clean author names from a byline line.

    >>> authors("By Jane Doe and John Roe, Reuters")
    ['Jane Doe', 'John Roe']
    >>> authors("by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET")
    ['Ahiza Garcia']
    >>> authors("Jane Doe | Fox News")
    ['Jane Doe']
    """
    m = P.BYLINE_BY.match(text)
    rest = m.group("rest") if m else text
    rest = P.BYLINE_TAIL.sub("", rest)
    out: list[str] = []
    for part in P.BYLINE_SPLIT.split(rest):
        part = part.strip(" .:-\u2013\u2014")
        if not part or P.BYLINE_NOT_NAME.match(part):
            continue
        nm = P.NAME_ONLY.match(part)
        if nm:
            out.append(part)
        elif part.isupper() and 1 < len(part.split()) <= 4:
            out.append(part.title())
    return out


def byline(doc: Doc) -> tuple[int, int, list[str]] | None:
    """(start, end, authors) of the first byline: one line, or two when the second continues
    it (a name line followed by a role line, or names split over two lines)."""
    lines = [ln for ln in doc.lines if ln.type == "byline"]
    if not lines:
        return None
    first = lines[0]
    start, end = first.start, first.end
    names = authors(first.text)
    nxt = doc.lines[first.index + 1] if first.index + 1 < len(doc.lines) else None
    if nxt is not None and nxt.type == "byline":
        end = nxt.end
        names += [n for n in authors(nxt.text) if n not in names]
    return start, end, names


def dateline(line: Line) -> tuple[int, int, str | None, str | None] | None:
    """(start, end, location, agency) of a dateline opening a paragraph.

    >>> dateline_text = "KABUL, Sept 6 (Reuters) - The Taliban said"
    >>> from newsparse.document import Line
    >>> dateline(Line(0, 0, len(dateline_text), dateline_text, False))
    (0, 25, 'KABUL', 'Reuters')
    """
    m = P.DATELINE.match(line.text)
    if not m:
        return None
    loc = m.group("location")
    agency = m.group("agency") or m.group("agency0")
    if loc is not None:
        head = loc.split(",")[0]
        if head != head.upper() or len(head) < 2:
            return None  # "The Taliban -" is not a dateline: the place is in capitals
    span = m.group(0).rstrip()
    return line.start, line.start + len(span), loc, agency
