"""Field extraction from labelled lines: byline authors, the wire dateline, caption credits."""

from __future__ import annotations

from newsparse.document import Doc, Line
from newsparse.patterns import structure as P

# A byline spread over lines ("By" / "Jane Doe" / "@janedoe" / "John Roe") runs at most this many
# lines after its first.
BYLINE_MAX_LINES = 4


def authors(text: str) -> list[str]:
    """Clean author names from a byline line.

    >>> authors("By Jane Doe and John Roe, Reuters")
    ['Jane Doe', 'John Roe']
    >>> authors("by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET")
    ['Ahiza Garcia']
    >>> authors("Jane Doe | Fox News")
    ['Jane Doe']
    >>> authors("ByJane Doe")
    ['Jane Doe']
    >>> authors("Jane Doe and Tom B. Roe Harbour City Courier")
    ['Jane Doe', 'Tom B. Roe']
    >>> authors("Jane Doe and Tom B. Roe Northport Daily News")
    ['Jane Doe', 'Tom B. Roe']
    >>> authors("Jane Doe is the paper's science writer.")
    ['Jane Doe']
    >>> authors("By Jane Doe, a senior editor who has covered energy and climate since 2012.")
    ['Jane Doe']
    """
    bio = P.AUTHOR_BIO.match(text)
    if bio is not None:  # "Jane Doe is the paper's science writer": the bio names the author
        return [bio.group("name")]
    m = P.BYLINE_BY.match(text)
    rest = (m.group("rest") or m.group("glued")) if m else text
    if m is None and P.BYLINE_ROLE.match(text):
        return []
    bio = P.BYLINE_NAME_THEN_BIO.match(rest)
    if bio is not None and len(rest.split()) > 16:
        rest = rest[: bio.end()]  # "Jane Doe, a deputy editor who ...": the bio is not a name
    rest = P.BYLINE_TAIL.sub("", rest)
    out: list[str] = []
    for part in P.BYLINE_SPLIT.split(rest):
        part = part.strip(" .:-\u2013\u2014")
        if not part:
            continue
        if P.BYLINE_NOT_NAME.match(part):
            # "Tom B. Roe Northport Daily Courier": a name, then the outlet.
            nm = P.NAME_PREFIX.match(part)
            if nm and P.BYLINE_NOT_NAME.match(part[nm.end() :].strip()):
                out.append(nm.group(0))
            continue
        if P.NAME_ONLY.match(part):
            out.append(part)
        elif part.isupper() and 1 < len(part.split()) <= 4:
            out.append(part.title())
        else:
            # "Trevor J. Mitchell Sioux Falls Courier": a name run straight into the outlet.
            nm = P.NAME_PREFIX.match(part)
            if nm:
                out.append(nm.group(0))
    return out


def byline(doc: Doc) -> tuple[int, int, list[str]] | None:
    """(start, end, authors) of the first byline: one line, or two when the second continues
    it (a name line followed by a role line, or names split over two lines)."""
    first = next((ln for ln in doc.lines if ln.type == "byline"), None)
    if first is None:
        return None
    start, end = first.start, first.end
    names = authors(first.text)
    # The byline may go on over the next lines: "By" / name / handle / second name / role.
    j = first.index + 1
    while (
        j < len(doc.lines) and j - first.index <= BYLINE_MAX_LINES and doc.lines[j].type == "byline"
    ):
        end = doc.lines[j].end
        names += [n for n in authors(doc.lines[j].text) if n not in names]
        j += 1
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
