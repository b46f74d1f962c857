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
from newsparse.passes.local import line_clutter_key
from newsparse.patterns import structure as P

# How far below the headline a byline/time/share bar may still end the head zone (lines).
HEAD_ZONE_LINES = 20
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
# How many short section/furniture lines may stand above the headline.
SECTION_RUN_MAX = 5
# A related-stories list under a marker runs at most this many lines.
RELATED_RUN_MAX = 12
# The body ends at the last prose line at least this long (then runs on through short sentences
# right after it): related-story teasers and promotion below the body are rarely this long.
BODY_END_ANCHOR_WORDS = 12
# How many lines an end-of-article credit (P.END_CREDIT) may stand below the last paragraph and
# still close the body: a list under the last paragraph (a tour's dates) runs this long.
END_CREDIT_REACH = 40
# A video's title or a picture's caption under its player or widget runs at most this long.
MEDIA_CAPTION_MAX_WORDS = 20
# The description a video player prints under the title repeats at least this share of the
# title's words (of three letters or more).
MEDIA_ECHO_SHARE = 0.6
# A line opening with this many characters of a caption repeats that caption.
CAPTION_ECHO_CHARS = 60
# A linked story's headline runs at most this many words.
TEASER_MAX_WORDS = 25
# A question this short between two paragraphs is a crosshead of an explainer, not prose.
QUESTION_CROSSHEAD_WORDS = 9
# All-capitals lines this long inside the body are linked teasers, not crossheads.
SHOUTED_TEASER_WORDS = 6


def _is_name_byline(line: Line) -> bool:
    """'Jane Doe', 'Jane Doe @janedoe', 'Jane Doe • 8h': a name alone, as bylines are on many
    sites. Share-bar words ('Share Tweet Share', 'Pin It') and 'Jane Doe's Most Recent Stories'
    are not names."""
    if line.n_words > 6:
        return False
    if P.NAME_ONLY.match(line.text) is None and P.NAME_HANDLE.match(line.text) is None:
        return False
    return not any(w.lower().strip("'’s") in P.NOT_NAME_WORDS for w in line.text.split())


def _is_dateline_lead(line: Line) -> bool:
    """A paragraph opening with a wire dateline ('MADRID — ...', 'LONDON (AP) — ...') is body,
    never a standfirst: wire copy starts its first paragraph that way."""
    if line.n_words < 6:
        return False
    m = P.DATELINE.match(line.text)
    if m is None:
        return False
    loc = m.group("location")
    return loc is None or loc.split(",")[0].isupper()


def _is_wire_dateline(line: Line) -> bool:
    """A dateline lead (_is_dateline_lead) in the wire's own shape: an agency in brackets or a
    dash after the place ('LONDON (AP) --', 'MADRID \u2014'), not a bare capitalised label and
    a colon, which is also how 'UPDATE:' or 'WATCH:' open a line."""
    m = P.DATELINE.match(line.text)
    return m is not None and (
        m.group("agency") is not None
        or m.group("agency0") is not None
        or not m.group(0).rstrip().endswith(":")
    )


def _is_agency_byline(line: Line) -> bool:
    """'Associated Press November 19, 2019, 9:02 AM': a wire agency credited as the author,
    then the story's date (the agency's name alone is a credit or clutter)."""
    if not line.lower.startswith(P.WIRE_AGENCY_BYLINE_OPENINGS):
        return False  # most lines: a test on the opening before the pattern's search
    text = line.text
    m = P.BYLINE_TAIL.search(text)
    if m is None or P.DIGIT.search(m.group(0)) is None:
        return False
    return text[: m.start()].strip(" ,|-\u2013\u2014").lower() in P.WIRE_AGENCY_BYLINES


def _looks_like_byline(line: Line) -> bool:
    """'Jane Doe | Fox News', 'Jane Doe, Reuters', 'Jane Doe and John Roe'."""
    if line.n_words > 12 or line.terminal:
        return False
    parts = [p for p in P.BYLINE_SPLIT.split(line.text) if p]
    if len(parts) < 2:
        return False
    names = [p for p in parts if P.NAME_ONLY.match(p)]
    others = [p for p in parts if not P.NAME_ONLY.match(p)]
    # "Jane Doe and Tom B. Roe Harbour City Courier": the last name runs into the outlet's name,
    # every word capitalised.
    return bool(names) and all(
        P.BYLINE_NOT_NAME.match(o)
        or P.NAME_ONLY.match(o)
        or (P.NAME_PREFIX.match(o) and all(w[:1].isupper() for w in o.split()))
        for o in others
    )


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
        # Section names and page furniture above the headline ("Business" / "Markets", "World
        # news", "Video"): a run of lines of one to three words, then a headline-length line.
        if line.n_words <= 3 and not line.terminal and i < SECTION_RUN_MAX:
            j = i + 1
            while j < len(lines) and j < SECTION_RUN_MAX + 1 and lines[j].n_words <= 3:
                j += 1
            after = lines[j] if j < len(lines) else None
            if after is not None and not after.terminal and 4 <= after.n_words <= 30:
                doc.label(line, "boilerplate", "layout.section_label")
                continue
        # A first line that is plainly a body paragraph: no headline at all. Headlines do not
        # end in a full stop; a long sentence that does is the lead paragraph of a text pasted
        # without its title.
        if (
            line.n_words > 40
            or (line.prose and line.text.count(". ") >= 2)
            or (line.prose and line.n_words >= 14 and line.text.rstrip("\"'’”)").endswith("."))
        ):
            return
        doc.label(line, "headline", "layout.first_title_line")
        doc.headline = i
        return


def pair_captions(doc: Doc) -> None:
    """Descriptive lines beside a credit line are its caption.

    The line just above a credit-only line ('Image: Jane Doe / The Courier') is the picture's
    caption when it is short, names positions ('left', 'pictured'), or stands apart from the
    running prose above it (the picture sits between the share bar and the first paragraph).
    A paragraph that merely precedes an inline credit ('(Photograph:AFP)') after other prose
    stays a paragraph. Lines repeating a caption's text (gallery widgets print it twice) are
    captions too.
    """
    lines = doc.lines
    for i, line in enumerate(lines):
        if line.rule != "local.credit_line" or i == 0:
            continue
        prev = lines[i - 1]
        if prev.type is not None or prev.n_words < 2 or prev.n_words > 80:
            continue
        above = lines[i - 2] if i >= 2 else None
        if above is not None and above.rule == "local.gallery_item":
            continue  # a gallery slide's text under its "4/50 Title" line: gallery furniture
        apart = above is None or (above.type is not None and above.type != "paragraph")
        if (
            (prev.n_words <= 12 and not P.BYLINE_ROLE.match(prev.text))
            or P.CAPTION_WORDS.search(prev.text)
            or (apart and not _is_dateline_lead(prev))
        ):
            doc.label(prev, "caption", "layout.caption_above_credit")
    captions = {ln.text for ln in lines if ln.type == "caption" and ln.n_words >= 4}
    if captions:
        for line in lines:
            if line.type is None and line.text in captions:
                doc.label(line, "caption", "layout.repeated_caption")
        toggles = P.CAPTION_TOGGLE_ENDINGS
        for caption in captions:  # a few lines: the box's copies are looked for only under one
            if caption.lower().endswith(toggles):
                _caption_box_copies(doc, captions)
                break


def _caption_box_copies(doc: Doc, captions: set[str]) -> None:
    """A gallery's caption box prints the caption cut short and whole, each ending in its
    toggle ("... unveil the car at ... more", "... unveil the car at the show on Tuesday.
    less"): a line that ends in a toggle and opens with the same CAPTION_ECHO_CHARS characters
    as a caption that ends in one is that caption again. (Without the toggles, a caption may
    open like the lead paragraph it was taken from, which stays body.)"""
    n = CAPTION_ECHO_CHARS
    toggles = P.CAPTION_TOGGLE_ENDINGS
    openings = {c[:n] for c in captions if len(c) >= n and c.lower().endswith(toggles)}
    for line in doc.lines:
        if (
            line.type is None
            and len(line.text) >= n
            and line.text[:n] in openings
            and line.lower.endswith(toggles)
        ):
            doc.label(line, "caption", "layout.repeated_caption")


def media_captions(doc: Doc) -> None:
    """The line right under a video player's or picture widget's furniture ('Video', 'View this
    image', 'Text Edge Style') is the video's title or the picture's caption, when it is short
    and no running prose; a description under a title that repeats most of the title's words
    is part of the caption too."""
    lines = doc.lines
    for i in doc.data.get("media_markers", ()):  # found by the local pass (P.MEDIA_MARKER_KEYS)
        if i + 1 >= len(lines):
            continue
        title = lines[i + 1]
        if title.type is not None or not _media_title(title):
            continue
        doc.label(title, "caption", "layout.media_caption")
        if title.fragment and i + 2 < len(lines):
            desc = lines[i + 2]
            if desc.type is None and desc.n_words <= 40 and _echoes(desc, title):
                doc.label(desc, "caption", "layout.media_description")


def _media_title(line: Line) -> bool:
    """Short enough for a video title or a picture caption, and not body or furniture."""
    return (
        2 <= line.n_words <= MEDIA_CAPTION_MAX_WORDS
        and not line.prose
        and not line.text.isupper()
        and not _is_dateline_lead(line)
    )


def _echoes(line: Line, title: Line) -> bool:
    """``line`` repeats most of ``title``'s words of three letters or more."""
    wanted = {w for w in title.lower.split() if len(w) >= 3}
    if not wanted:
        return False
    have = set(line.lower.split())
    return len(wanted & have) >= MEDIA_ECHO_SHARE * len(wanted)


def find_body(doc: Doc) -> None:
    lines = doc.lines
    top = doc.headline + 1 if doc.headline is not None else 0
    # End of the head zone: the last byline/time/share line near the top, provided at most
    # HEAD_MAX_PROSE prose lines stand above it. A wire dateline opens the body: the head zone
    # ends before it.
    head_end = top - 1
    prose_seen = 0
    dateline_at = None
    for i in range(top, min(len(lines), top + HEAD_ZONE_LINES)):
        line = lines[i]
        if line.type is None:
            if _is_dateline_lead(line):
                dateline_at = i
                break
            if line.prose:
                prose_seen += 1
                if prose_seen > HEAD_MAX_PROSE:
                    break
            elif _is_name_byline(line) and i - top <= 6:
                doc.label(line, "byline", "layout.name_byline")
                head_end = i
            elif (
                P.BYLINE_BY_ALONE.match(line.text)
                and i + 1 < len(lines)
                and (_is_name_byline(lines[i + 1]) or lines[i + 1].type == "byline")
            ):
                # "By" on its own line with the name under it.
                doc.label(line, "byline", "layout.by_alone")
                head_end = i
            continue
        if line.rule in _HEAD_MARKER_RULES and _clutter_key(line) not in _AD_KEYS:
            head_end = i
    related = _related_runs(doc)
    body_start = None
    first = head_end + 1
    if dateline_at is not None and _is_wire_dateline(lines[dateline_at]):
        # "HOUSTON (KTRK) -- ...": the agency's dateline opens the story's first paragraph, so
        # a sentence above it is no body: the caption of the picture or video topping the page,
        # or a standfirst.
        first = dateline_at
    for i in range(first, len(lines)):
        if (
            lines[i].type is None
            and _paragraph_like(lines[i])
            and i not in related
            and not _is_promo(lines[i])
        ):
            body_start = i
            break
    doc.body_start = body_start
    doc.body_end = _find_body_end(doc, body_start, related)
    doc.data["related"] = related


def _is_promo(line: Line) -> bool:
    """A newsletter/subscription/app pitch or a rights notice, not reporting."""
    promo = line.promo
    if promo is None:
        promo = line.promo = (
            line.n_words <= 60
            and line.may_hold(P.PROMO_NEEDLES)
            and line.may_hold_all(P.PROMO_NEEDLE_GROUPS)
            and P.PROMO.search(line.text) is not None
        )
    return promo


def _find_body_end(doc: Doc, body_start: int | None, related: set[int]) -> int | None:
    """The last body line: the last solid prose paragraph (BODY_END_ANCHOR_WORDS words or more),
    then on through the short sentences and crossheads that follow it with no clutter between
    ('Colombia had lost on Monday.', 'That is the whole story.'). Promotion and listed
    related stories never anchor it."""
    if body_start is None:
        return None
    lines = doc.lines
    anchor = None
    for i in range(len(lines) - 1, body_start - 1, -1):
        line = lines[i]
        if (
            line.type is None
            and i not in related
            and (line.prose or (line.terminal and line.n_words >= BODY_END_ANCHOR_WORDS))
            and line.n_words >= BODY_END_ANCHOR_WORDS
            and not _is_promo(line)
            and not _is_author_bio(doc, line)
        ):
            anchor = i
            break
    if anchor is None:
        return body_start
    end = anchor
    j = anchor + 1
    while j < len(lines):
        line = lines[j]
        if line.type is not None or j in related or _is_promo(line) or _is_author_bio(doc, line):
            break
        if _paragraph_like(line):
            end = j
        elif not (line.n_words <= 8 and _clutter_key(line) not in P.CLUTTER_LINES):
            break
        j += 1
    return _run_to_end_credit(doc, end, related)


def _run_to_end_credit(doc: Doc, end: int, related: set[int]) -> int:
    """The body's last line, moved down to just above an end-of-article credit ("Additional
    reporting by ...") that follows it across unlabelled lines only: a list under the last
    paragraph (tour dates, a schedule) is part of the story the credit closes. Clutter, a
    related list or promotion in between leaves the end where it was."""
    lines = doc.lines
    k = end + 1
    stop = min(len(lines), end + 1 + END_CREDIT_REACH)
    while k < stop:
        line = lines[k]
        if line.type is not None:
            closes = line.rule == "local.clutter_prefix" and P.END_CREDIT.match(line.text)
            return k - 1 if closes and k > end + 1 else end
        if k in related or _is_promo(line) or _clutter_key(line) in P.CLUTTER_LINES:
            break
        k += 1
    return end


def _is_author_bio(doc: Doc, line: Line) -> bool:
    """'Jane Doe is a staff writer who covers ...' after the article: the author's bio. It
    must name the byline's author, or stand where no byline was found."""
    m = P.AUTHOR_BIO.match(line.text)
    if m is None or line.n_words > 45:
        return False
    bylines = doc.data.get("byline_text")
    if bylines is None:
        bylines = " ".join(ln.text for ln in doc.lines if ln.type == "byline")
        doc.data["byline_text"] = bylines
    if not bylines:
        return True
    # Each name is looked for once: a page of bio lines would otherwise rescan the bylines for
    # every line (quadratic when both run long).
    named: dict[str, bool] = doc.data.setdefault("byline_named", {})
    name = m.group("name")
    found = named.get(name)
    if found is None:
        found = named[name] = name in bylines
    return found


def _clutter_key(line: Line) -> str:
    return line_clutter_key(line)


def _related_runs(doc: Doc) -> set[int]:
    """Indices of lines listed under a 'Related'/'Read more'/'Recommended' marker."""
    lines = doc.lines
    out: set[int] = set()
    openings = P.RELATED_MARKER_OPENINGS
    for i, line in enumerate(lines):
        if line.n_words > 6:
            continue
        low = line.lower or line.text.lower()
        if not (line.folds or low.startswith(openings.get(low[:1], ()))):
            continue  # opens with none of the marker's words
        if not P.RELATED_MARKER.match(line.text):
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
        elif line.n_words <= 14 and not line.terminal and _is_agency_byline(line):
            doc.label(line, "byline", "layout.agency_byline")
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
    headline = lines[doc.headline].text if doc.headline is not None else None
    lo, hi = doc.body_start, doc.body_end
    _relabel_time_crossheads(doc, lo, hi)
    list_items = _sandwiched_runs(doc, lo, hi, related)
    for i in range(lo, hi + 1):
        line = lines[i]
        if line.type is not None:
            continue
        prev, nxt = doc.neighbours(i)
        n_words = line.n_words
        if i in related:
            doc.label(line, "boilerplate", "layout.related_list")
        elif prev is not None and prev.rule == "local.gallery_item":
            doc.label(line, "boilerplate", "layout.gallery_text")
        elif headline is not None and line.text == headline:
            # The page repeats its own headline in a "most read" box or a share widget.
            doc.label(line, "boilerplate", "layout.headline_repeat")
        elif (n_words <= 40 and _is_promo(line)) or (
            prev is not None and prev.rule == "layout.promo" and n_words <= 12
        ):
            # The pitch and its one-line tagline ("The best way to follow what you care about.").
            doc.label(line, "boilerplate", "layout.promo")
        elif _is_shouted_teaser(line):
            doc.label(line, "boilerplate", "layout.caps_teaser")
        elif (
            line.text.endswith("?")
            and line.n_words <= QUESTION_CROSSHEAD_WORDS
            and line.text[0].isupper()
            and _body_side(prev)
            and _body_side(nxt)
        ):
            # Explainers head their sections with questions ('What changes on Monday?',
            # 'Who pays?') between paragraphs.
            doc.label(line, "subheading", "layout.question_crosshead")
        elif _paragraph_like(line):  # prose, or a short full sentence
            doc.label(line, "paragraph", "layout.prose")
        elif (
            line.text[0] in P.QUOTE_OPENERS
            and not line.terminal
            and n_words <= TEASER_MAX_WORDS
            and P.QUOTED_HEADLINE.match(line.text)
        ):
            # "'Self-serving': Critics hit back at the plan": a headline's quote-and-colon
            # shape, linking another story. Speech in the body ends like a sentence.
            doc.label(line, "boilerplate", "layout.quoted_headline")
        elif line.text[0] in P.QUOTE_OPENERS or (
            line.text.endswith(":") and nxt is not None and nxt.text[0] in P.QUOTE_OPENERS
        ):
            # Speech is body: a short quoted line ('"No," he said.', '"(Crosstalk.)') or the
            # line that introduces one ('Smith continued:') is never a crosshead or clutter.
            doc.label(line, "paragraph", "layout.quote_line")
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
            line.fragment
            and line.n_words >= 4
            and _body_side(prev)
            and nxt is not None
            and nxt.type is None
            and P.NUMBERED_ITEM.match(nxt.text)
        ):
            # A picture placed at the top of a numbered section: its caption sits between the
            # last paragraph and the next "3. Heading" (two headings in a row never happen).
            doc.label(line, "caption", "layout.caption_before_heading")
        elif (
            line.n_words <= 14
            and _body_side(prev)
            and _body_side(nxt)
            and not P.BYLINE_ROLE.match(line.text)
        ):
            if P.KICKER_SEPARATOR in line.text:
                # "Profile | Jane Doe", "Analysis | What the vote means": a linked story's
                # kicker and title. A crosshead is one phrase.
                doc.label(line, "boilerplate", "layout.kicker_link")
            else:
                doc.label(line, "subheading", "layout.crosshead")
        elif i in list_items:
            doc.label(line, "paragraph", "layout.list_item")
        elif line.n_words >= 15:
            doc.label(line, "paragraph", "layout.long_line")
        else:
            doc.label(line, "boilerplate", "layout.body_fragment")


def _is_shouted_teaser(line: Line) -> bool:
    """A long all-capitals line inside the body: a related story's headline in the shouting
    style some sites link with ('SENATOR SAYS HE WILL NOT RUN AGAIN IN 2024'). Crossheads in
    capitals are short ('TEAM USA FALLS')."""
    return line.n_words >= SHOUTED_TEASER_WORDS and line.text.isupper()


def _relabel_time_crossheads(doc: Doc, lo: int, hi: int) -> None:
    """'4:14 p.m.' between paragraphs of a running story: a time heading, part of the body."""
    lines = doc.lines
    for i in range(lo + 1, hi):
        line = lines[i]
        if line.rule == "local.timestamp" and line.n_words <= 4:
            prev, nxt = lines[i - 1], lines[i + 1]
            if _body_side(nxt) and (_body_side(prev) or prev.rule == "local.clutter_line"):
                doc.label(line, "subheading", "layout.time_crosshead", force=True)


def _sandwiched_runs(doc: Doc, lo: int, hi: int, related: set[int]) -> set[int]:
    """Runs of short unlabelled lines with body paragraphs directly above and below: a list
    inside the article (tour dates, product deals, a schedule). Runs broken by page clutter
    are not lists."""
    lines = doc.lines
    out: set[int] = set()
    i = lo
    while i <= hi:
        if lines[i].type is not None or _paragraph_like(lines[i]) or i in related:
            i += 1
            continue
        j = i
        while j + 1 <= hi and lines[j + 1].type is None and not _paragraph_like(lines[j + 1]):
            j += 1
        if (
            j > i
            and i - 1 >= lo
            and _body_side(lines[i - 1])
            and (j + 1 > hi or _body_side(lines[j + 1]))
            and not any(k in related for k in range(i, j + 1))
            and not any(_clutter_key(lines[k]) in P.CLUTTER_LINES for k in range(i, j + 1))
        ):
            out.update(range(i, j + 1))
        i = j + 1
    return out


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
            if _is_author_bio(doc, line):
                # "Jane Doe is a staff writer ...": the author's bio belongs with the byline.
                doc.label(line, "byline", "layout.author_bio")
            else:
                doc.label(line, "boilerplate", "layout.after_body")


def run(doc: Doc) -> None:
    find_headline(doc)
    pair_captions(doc)
    media_captions(doc)
    find_body(doc)
    label_head(doc)
    label_body(doc)
    label_tail(doc)
