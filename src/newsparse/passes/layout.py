"""Labels that need the neighbours: headline, the head zone (standfirst, byline, clutter), the
body and what comes after it (related stories, author bios), crossheads and captions in the body.

The article is read the way an editor reads a page: the headline is the first line that is not
page furniture; the body starts at the first run of prose after the byline/time/share bar, and
ends at the last prose paragraph that is not under a "Related"/"Read more" marker. Short lines
inside the body are crossheads when prose stands on both sides, captions when a credit is next to
them, and clutter otherwise.
"""

from __future__ import annotations

from newsparse.document import Doc, Line
from newsparse.patterns import structure as P

# How far below the headline a byline/time/share bar may still end the head zone (lines).
HEAD_ZONE_LINES = 14
# How many prose lines may stand above the byline/share bar and still be a standfirst rather
# than body (Readability/BuzzFeed-style pages put one summary sentence above the byline).
HEAD_MAX_PROSE = 1
# Local labels that mark the head zone: bylines, times and share bars sit between standfirst and
# body on most sites. Ad labels are left out: they also appear after the first paragraph.
_HEAD_MARKER_RULES = frozenset(
    {
        "local.by_line",
        "local.timestamp",
        "local.clutter_line",
        "local.counter_or_link",
        "local.clutter_prefix",
        "layout.name_byline",
    }
)
_AD_KEYS = frozenset({"advertisement", "advertising", "ad", "ads", "sponsored"})
# A related-stories list under a marker runs at most this many lines.
RELATED_RUN_MAX = 12


def _is_name_byline(line: Line) -> bool:
    return line.n_words <= 6 and P.NAME_ONLY.match(line.text) is not None


def _looks_like_byline(line: Line) -> bool:
    """'Jane Doe | Fox News', 'Jane Doe, Reuters', 'Jane Doe and John Roe'."""
    if line.n_words > 12 or line.terminal:
        return False
    parts = [p for p in P.BYLINE_SPLIT.split(line.text) if p]
    if len(parts) < 2:
        return False
    names = [p for p in parts if P.NAME_ONLY.match(p)]
    others = [p for p in parts if not P.NAME_ONLY.match(p)]
    return bool(names) and all(P.BYLINE_NOT_NAME.match(o) or P.NAME_ONLY.match(o) for o in others)


def _paragraph_like(line: Line) -> bool:
    """Prose, or a short full sentence ('That comment is a lie.')."""
    return line.prose or (line.terminal and line.n_words >= 3 and line.func_ratio > 0)


def find_headline(doc: Doc) -> None:
    lines = doc.lines
    for i, line in enumerate(lines):
        if line.type is not None:
            if i >= 4:
                return
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # A section name above the headline ("Politics", "World news"): one or two words, then a
        # headline-length line.
        if (
            line.n_words <= 2
            and not line.terminal
            and nxt is not None
            and nxt.type is None
            and not nxt.terminal
            and 4 <= nxt.n_words <= 30
            and i < 3
        ):
            doc.label(line, "boilerplate", "layout.section_label")
            continue
        # A first line that is plainly a body paragraph: no headline at all.
        if line.n_words > 40 or (line.prose and line.text.count(". ") >= 2):
            return
        doc.label(line, "headline", "layout.first_title_line")
        doc.headline = i
        return


def find_body(doc: Doc) -> None:
    lines = doc.lines
    top = doc.headline + 1 if doc.headline is not None else 0
    # End of the head zone: the last byline/time/share line near the top, provided at most
    # HEAD_MAX_PROSE prose lines stand above it.
    head_end = top - 1
    prose_seen = 0
    for i in range(top, min(len(lines), top + HEAD_ZONE_LINES)):
        line = lines[i]
        if line.type is None:
            if line.prose:
                prose_seen += 1
                if prose_seen > HEAD_MAX_PROSE:
                    break
            elif _is_name_byline(line) and i - top <= 6:
                doc.label(line, "byline", "layout.name_byline")
                head_end = i
            continue
        if line.rule in _HEAD_MARKER_RULES and _clutter_key(line) not in _AD_KEYS:
            head_end = i
    related = _related_runs(doc)
    body_start = None
    for i in range(head_end + 1, len(lines)):
        if lines[i].type is None and _paragraph_like(lines[i]) and i not in related:
            body_start = i
            break
    body_end = None
    for i in range(len(lines) - 1, (body_start or 0) - 1, -1):
        if lines[i].type is None and lines[i].prose and i not in related:
            body_end = i
            break
    if body_end is None and body_start is not None:
        body_end = body_start
    doc.body_start, doc.body_end = body_start, body_end
    doc.data["related"] = related


def _clutter_key(line: Line) -> str:
    return P.CLUTTER_TRIM.sub("", line.text.lower()).strip()


def _related_runs(doc: Doc) -> set[int]:
    """Indices of lines listed under a 'Related'/'Read more'/'Recommended' marker."""
    lines = doc.lines
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not (P.RELATED_MARKER.match(line.text) and line.n_words <= 6):
            continue
        j = i + 1
        while j < len(lines) and j - i <= RELATED_RUN_MAX:
            nxt = lines[j]
            if nxt.type is None and (
                (nxt.prose and nxt.n_words >= 15) or P.NUMBERED_ITEM.match(nxt.text)
            ):
                break
            if nxt.type in ("headline", "caption", "credit"):
                break
            out.add(j)
            j += 1
    return out


def label_head(doc: Doc) -> None:
    """Lines between the headline and the body: standfirst, byline, clutter."""
    lines = doc.lines
    top = doc.headline + 1 if doc.headline is not None else 0
    end = doc.body_start if doc.body_start is not None else len(lines)
    standfirst_done = False
    for i in range(top, end):
        line = lines[i]
        if line.type is not None:
            continue
        prev = lines[i - 1] if i > 0 else None
        if _is_name_byline(line) or _looks_like_byline(line):
            doc.label(line, "byline", "layout.head_byline")
        elif P.BYLINE_ROLE.match(line.text) and prev is not None and prev.type == "byline":
            doc.label(line, "byline", "layout.byline_role")
        elif (
            not standfirst_done
            and line.n_words >= 5
            and i in range(top, top + 3)
            and i not in doc.data.get("related", ())
        ):
            doc.label(line, "standfirst", "layout.standfirst")
            standfirst_done = True
        elif doc.body_start is None and _paragraph_like(line):
            doc.label(line, "paragraph", "layout.no_body_found")
        else:
            doc.label(line, "boilerplate", "layout.head_clutter")


def label_body(doc: Doc) -> None:
    """Lines from body start to body end: paragraphs, crossheads, captions, in-body clutter."""
    if doc.body_start is None or doc.body_end is None:
        return
    lines = doc.lines
    related: set[int] = doc.data.get("related", set())
    for i in range(doc.body_start, doc.body_end + 1):
        line = lines[i]
        if line.type is not None:
            continue
        prev, nxt = doc.neighbours(i)
        if i in related:
            doc.label(line, "boilerplate", "layout.related_list")
        elif prev is not None and prev.rule == "local.gallery_item":
            doc.label(line, "boilerplate", "layout.gallery_text")
        elif line.prose or _paragraph_like(line):
            doc.label(line, "paragraph", "layout.prose")
        elif P.NUMBERED_ITEM.match(line.text) and line.n_words <= 20:
            doc.label(line, "subheading", "layout.numbered_heading")
        elif (
            line.fragment
            and (
                (nxt is not None and nxt.type == "credit")
                or (prev is not None and prev.type == "credit" and prev.rule == "local.credit_line")
            )
            and line.n_words >= 4
        ):
            doc.label(line, "caption", "layout.next_to_credit")
        elif (
            line.n_words <= 14
            and _body_side(prev)
            and _body_side(nxt)
            and not P.BYLINE_ROLE.match(line.text)
        ):
            doc.label(line, "subheading", "layout.crosshead")
        elif line.n_words >= 15:
            doc.label(line, "paragraph", "layout.long_line")
        else:
            doc.label(line, "boilerplate", "layout.body_fragment")


def _body_side(line: Line | None) -> bool:
    """A neighbour that makes a short line a crosshead: a prose paragraph (labelled or not)."""
    if line is None:
        return False
    if line.type in (None, "paragraph"):
        return _paragraph_like(line)
    return line.type == "subheading"


def label_tail(doc: Doc) -> None:
    """Everything after the body that nothing else claimed is page clutter."""
    start = doc.body_end + 1 if doc.body_end is not None else 0
    for line in doc.lines[start:]:
        if line.type is None:
            doc.label(line, "boilerplate", "layout.after_body")


def run(doc: Doc) -> None:
    find_headline(doc)
    find_body(doc)
    label_head(doc)
    label_body(doc)
    label_tail(doc)
