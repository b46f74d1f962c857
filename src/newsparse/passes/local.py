"""Labels a line can get from its own text alone: embeds, credits, clutter, times, 'By' lines,
captions that end in a credit. Strong shapes only; anything uncertain is left to the layout
pass, which sees the neighbours.
"""

from __future__ import annotations

from functools import lru_cache

from newsparse.document import Doc, Line, folds_to_ascii, holds_any
from newsparse.patterns import structure as P

# Words after which a trailing agency name is what someone told or said, not a credit
# ("... he told Reuters", "... according to AP", "... the minister told the BBC": an article
# before the name makes it part of a sentence).
_NOT_BEFORE_CREDIT = frozenset(
    [
        "the",
        "to",
        "by",
        "from",
        "told",
        "said",
        "says",
        "with",
        "for",
        "and",
        "of",
        "at",
        "on",
        "in",
        "according",
        "tells",
        "telling",
        "spoke",
        "speaking",
        "interview",
        "interviewed",
    ]
)
# How far from the end of a line a trailing credit can start.
_CREDIT_TAIL_CHARS = 200
# Lower-case words a credit name may contain ("Jane Doe for the Courier", "Jane Doe via AP").
_CREDIT_JOINERS = frozenset(["of", "the", "for", "via", "and", "de", "van", "von", "/", "|"])
# Credit words that make a bare trailing credit unmistakable ("... Getty Images").
_CREDIT_TAIL_WORDS = ("images", "photo", "photos", "pictures", "photography", "stock")


def clutter_key(text: str) -> str:
    """Normalise a line for lookup in CLUTTER_LINES: lower case, counters and arrows trimmed.

    >>> clutter_key("SHARE:")
    'share'
    >>> clutter_key("0 Comments")
    'comments'
    """
    return _trim_clutter(text.lower())


def _trim_clutter(low: str) -> str:
    """``P.CLUTTER_TRIM.sub("", low).strip()`` in linear time: the head run is cut, then the
    tail run (what is left when the two runs overlap is nothing). Both runs are cut with
    str.lstrip/rstrip on their ASCII characters; only where a run stops at a character beyond
    ASCII (which may be in the run: "›", "»", a non-ASCII digit or space) does the pattern say
    where it ends."""
    if low.isascii():  # both runs end at an ASCII character, and no space is left to strip
        return low.lstrip(P.CLUTTER_TRIM_HEAD_ASCII).rstrip(P.CLUTTER_TRIM_TAIL_ASCII)
    rest = low.lstrip(P.CLUTTER_TRIM_HEAD_ASCII)
    if rest and not rest[0].isascii() and _may_trim(rest[0]):
        head = P.CLUTTER_TRIM_HEAD.match(low)
        start = head.end() if head is not None else 0
    else:
        start = len(low) - len(rest)
    rest = low.rstrip(P.CLUTTER_TRIM_TAIL_ASCII)
    if rest and not rest[-1].isascii() and _may_trim(rest[-1]):
        tail = P.CLUTTER_TRIM_TAIL_REVERSED.match(low[::-1])
        end = len(low) - (tail.end() if tail is not None else 0)
    else:
        end = len(rest)
    return low[start:end].strip() if end > start else ""


def _may_trim(c: str) -> bool:
    """Whether a character beyond ASCII may be in a trim run: a space (\\s is str.isspace), a
    digit (\\d is str.isdecimal) or one of the runs' arrows and bullets."""
    return c.isspace() or c.isdecimal() or c in P.CLUTTER_TRIM_OTHER


def line_clutter_key(line: Line) -> str:
    """clutter_key(line.text), worked out once per line."""
    key = line.key
    if key is None:
        key = line.key = _trim_clutter(line.lower or line.text.lower())
    return key


def credit_of(text: str) -> str | None:
    """The credit if the whole line is a credit line, else None.

    >>> credit_of("(Photograph:AFP)")
    'AFP'
    >>> credit_of("(Photo Courtesy: Twitter)")
    'Twitter'
    >>> credit_of("REUTERS/Jane Doe")
    'REUTERS/Jane Doe'
    >>> credit_of("(AP Photo/Jane Doe)")
    'AP Photo/Jane Doe'
    >>> credit_of("Photos show the damage") is None
    True
    >>> credit_of("Twitter") is None
    True
    >>> credit_of("Olu Ade/Harbour Magazine")
    'Olu Ade/Harbour Magazine'
    >>> credit_of("© Jane Doe")
    'Jane Doe'

    """
    if len(text) > 120:
        return None
    return _credit_of(text, text.lower(), folds_to_ascii(text))


def _credit_of(text: str, low: str, folds: bool) -> str | None:
    """credit_of for a line of at most 120 characters, its lower-cased text and whether it holds
    characters that fold to ASCII."""
    # Each pattern runs only where its opening may match; a line that folds to ASCII runs them
    # whatever it holds. CREDIT_AGENCY_PHOTO opens with an agency and goes on to a photo word;
    # the labelled credit opens with a photo word.
    opening = (low[1:] if low.startswith("(") else low).lstrip()
    agency = folds or _opens_with_agency(opening)
    if agency and (folds or holds_any(low, P.CAPTION_LABEL_WORDS)):
        m = P.CREDIT_AGENCY_PHOTO.match(text)
        if m:
            return m.group("credit").strip()
    if (folds or opening.startswith(P.CREDIT_LABEL_OPENINGS)) and P.CREDIT_LABEL_SEP.match(text):
        m = P.CREDIT_LABELLED.match(text)
        if m and m.group("credit").strip():
            return m.group("credit").strip()
    # Without a "/" (the "Name/Agency" shape), a bare credit line starts with an agency.
    m = P.CREDIT_BARE.match(text) if agency or "/" in text else None
    if m:
        credit = m.group("credit").strip()
        # "Twitter" alone is a share button; a credit to a platform comes with a label.
        if credit.lower() in P.SHARE_PLATFORMS and not text.startswith("("):
            return None
        return credit
    m = P.CREDIT_NAME_SLASH.match(text) if "/" in text else None
    if m:
        return m.group("credit").strip()
    m = P.COPYRIGHT_NAME_CREDIT.match(text) if text[:1] in ("©", "(") else None
    if m:
        return m.group("credit").strip()
    return None


def _opens_with_agency(opening: str) -> bool:
    """Whether a lower-cased line (its "(" and leading spaces cut) starts with a whole agency name
    followed by what CREDIT_BARE lets follow one: without a "/", that pattern matches only such
    lines. Most lines fail on their first two letters."""
    agencies = P.CREDIT_AGENCIES_LOWER_BY_START.get(opening[:2])
    if agencies is None:
        return False
    spaced = " ".join(opening.split())  # the pattern's "\s+" between an agency's words
    follow = P.CREDIT_AGENCY_NEXT_CHARS
    return any(spaced.startswith(a) and spaced[len(a) : len(a) + 1] in follow for a in agencies)


def trailing_credit(text: str) -> str | None:
    """The credit a descriptive caption ends with, else None.

    >>> trailing_credit("Workers remove a sign from a roof in 1989. (AP)")
    'AP'
    >>> trailing_credit("A nurse walks past the hospital entrance Getty Images")
    'Getty Images'
    >>> trailing_credit("The deal was first reported by Reuters.") is None
    True
    >>> trailing_credit("Ice on the lake at dawn. Credit: Jane Doe")
    'Jane Doe'
    >>> trailing_credit("In pictures: the night the lights came south") is None
    True
    """
    if not _may_end_in_credit(text):
        return None
    # Credits stand at the end: search only the tail (the pattern is anchored at the end and
    # its agency alternation is costly to try at every position of a long line).
    start = max(0, len(text) - _CREDIT_TAIL_CHARS)
    if "\n" not in text and not _may_be_labelled(text):
        # Ending in ")", the line can only end in the bracketed credit, which opens at the last
        # "(" (no name or agency ends in ")"): the search starts there. Else only the bare
        # credit can match, inside the last run of P.CREDIT_BARE_CHARS.
        core = (text[:-1] if text.endswith(".") else text).rstrip()
        if core.endswith(")"):
            start = max(start, text.rfind("("))
        else:
            start = max(start, len(text.rstrip(P.CREDIT_BARE_CHARS)))
    m = P.CAPTION_TRAILING_CREDIT.search(text, start)
    if not m or m.start() == 0:
        return None
    before = text[: m.start()].rstrip()
    if not before:
        return None
    if m.group("paren") is not None:
        inner = m.group("paren").strip()
        if not P.PAREN_CREDIT_CONTENT.search(inner):
            return None
        inner = P.CREDIT_LABELLED.match(inner) if P.CREDIT_LABEL_SEP.match(inner) else None
        return (inner.group("credit") if inner else m.group("paren")).strip()
    if m.group("labelled") is not None:
        # "Credit: Jane Doe" names someone; "In pictures: the night the lights came" does not.
        credit = m.group("labelled").strip()
        words = credit.split()
        if len(words) > 8 or any(w[:1].islower() and w not in _CREDIT_JOINERS for w in words):
            return None
        return credit
    bare = m.group("bare").strip()
    last_word = before.split()[-1].lower().strip(",;:") if before.split() else ""
    if last_word in _NOT_BEFORE_CREDIT or before.endswith((".", "!", "?", ",")):
        # "... the agency told Reuters." / "... in 2016. Reuters": a sentence, not a caption,
        # unless the credit itself is unmistakable.
        if not ("/" in bare or bare.lower().endswith(_CREDIT_TAIL_WORDS)):
            return None
        if last_word in _NOT_BEFORE_CREDIT:
            return None
    if "/" in bare or " via " in bare.lower() or bare.lower().endswith(_CREDIT_TAIL_WORDS):
        return bare
    if bare.isupper() and len(bare) >= 2:
        return bare
    return None


def _may_end_in_credit(text: str) -> bool:
    """False only if CAPTION_TRAILING_CREDIT cannot match: the line ends in no ")", has no ":"
    after a label word, and its last word is no credit's last word (see the pattern's notes)."""
    if "\n" in text:
        return True  # "$" also matches before a final newline: leave that to the pattern
    core = (text[:-1] if text.endswith(".") else text).rstrip()
    if core.endswith(")"):
        return True
    if ":" in text and _may_be_labelled(text):
        return True
    last = core[len(core.rstrip(P.CREDIT_WORD_CHARS)) :]
    if last == last.lower():  # no capital: no name, and only a few agencies, end the line
        return last.endswith(P.CREDIT_AGENCY_LOWER_LAST_WORDS)
    if last.endswith(P.CREDIT_AGENCY_LAST_WORDS_BY_END.get(last[-1:], ())):
        return True
    # Then the line ends in a name after a joiner ("AFP via Jane Doe", "REUTERS/Jane de la
    # Cruz"). The words after the joiner are names or particles, so the joiner stands in them or
    # in the word just before them ("dpa/Jane Doe", "Reuters via Jane Doe"); prose that ends in
    # "... in Sable Ridge" has none there. Only the last few words are split off: if the walk
    # reaches the unsplit rest, the joiner is looked for in all of it.
    words = core.rsplit(None, 8)
    i = len(words) - 1
    while i > 0 and (words[i][0] in P.NAME_WORD_FIRST_CHARS or words[i] in P.NAME_PARTICLES):
        i -= 1
    return holds_any(" ".join(words[i:]), P.CREDIT_NAME_JOINERS)


def _may_be_labelled(text: str) -> bool:
    """False only if CAPTION_TRAILING_CREDIT's labelled credit ("... Photo: Jane Doe") cannot
    match: it needs a ":" and a photo word (in lower case there) or "credit" (in any case)."""
    return ":" in text and (
        holds_any(text, P.CAPTION_LABEL_WORDS) or "credit" in text.lower() or folds_to_ascii(text)
    )


def _is_timestamp(line: Line, lead: bool = True) -> bool:
    """A time or date line; ``lead`` False says the line opens with none of P.LEAD_PREFIXES
    (so it has no TIMESTAMP_LABEL)."""
    text = line.text
    if line.n_words > 18:
        return False
    # A labelled time, or a line of time tokens only: both are told from the line's start, which
    # is cheaper to test than the anchor searched for anywhere in the line.
    labelled = lead and line.n_words <= 16 and P.TIMESTAMP_LABEL.match(text) is not None
    if not labelled and not (_may_open_with_time(line) and P.TIME_FIRST_TOKEN.match(text)):
        return False
    if P.DIGIT.search(text) is None and (
        not line.may_hold(P.TIME_ANCHOR_NEEDLES) or not P.TIME_ANCHOR.search(text)
    ):
        return False
    if labelled:
        return True
    parts = [p for p in P.TIME_SEPARATORS.split(text) if p]
    if not parts:
        return False
    return all(P.TIME_TOKEN.fullmatch(p) for p in parts)


def _may_open_with_time(line: Line) -> bool:
    """False only if TIME_FIRST_TOKEN cannot match: the first word after the separators is made
    of letters and dots and is no time token ("The council ..."; see P.TIME_WORD_CHARS)."""
    if line.folds:
        return True
    low = line.lower or line.text.lower()
    rest = low.lstrip(P.TIME_SEPARATOR_CHARS)
    if not ("a" <= rest[:1] <= "z"):
        return True  # a digit, or something the ASCII separators left: let the pattern say
    word = rest[: len(rest) - len(rest.lstrip(P.TIME_WORD_CHARS))]
    return word == "just" or _is_time_token(word)


@lru_cache(maxsize=4096)
def _is_time_token(word: str) -> bool:
    """TIME_TOKEN matches all of ``word`` (first words repeat: "The", "A", "He" ...)."""
    return P.TIME_TOKEN.fullmatch(word) is not None


def _is_by_byline(line: Line) -> bool:
    m = P.BYLINE_BY.match(line.text)
    if not m:
        return False
    if m.group("glued") is not None:
        return line.n_words <= 12
    rest = m.group("rest")
    if not (rest[:1].isupper() or rest[:1] == "@"):
        return False
    if line.n_words <= 16:
        return True
    # "By Jane Doe, a senior editor who has covered ... since 2010." The author's bio run into
    # the byline: a full name, then a comma or bar, however long the bio goes on.
    return P.BYLINE_NAME_THEN_BIO.match(rest) is not None


def may_lead(line: Line) -> bool:
    """False only if none of the patterns P.LEAD_PREFIXES stands for can match at the line's
    start: it opens with none of those words, no digit, "(" or whitespace, and holds nothing
    that folds to ASCII."""
    text = line.text
    if not text:
        return False
    c = text[0]
    low = line.lower or text.lower()
    return (
        line.folds
        or c == "("
        or c.isdecimal()
        or c.isspace()
        or low.startswith(P.LEAD_PREFIXES_BY_FIRST.get(low[:1], ()))
    )


def label(doc: Doc) -> None:
    """Label lines whose own text says what they are."""
    lead_prefixes = P.LEAD_PREFIXES_BY_FIRST
    for line in doc.lines:
        text = line.text
        low = line.lower or text.lower()
        n_words = line.n_words
        # Every embed marker has a "/" (a link) or "post" ("A post shared by", in any case and
        # spacing: "VIEW THIS POST ON INSTAGRAM"): a cheap gate; without a "/", only the two
        # "post" markers can match.
        if (
            (
                ("/" in text and line.may_hold(P.EMBED_MARKER_NEEDLES))
                or ((line.folds or "post" in low) and line.may_hold(P.EMBED_POST_NEEDLES))
            )
            and P.EMBED_MARKERS.search(text)
        ) or ("(@" in text and P.EMBED_SIGNATURE.match(text)):
            doc.label(line, "embed", "local.embed_marker")
            continue
        credit = _credit_of(text, low, line.folds) if len(text) <= 120 else None
        if credit is not None:
            line.credit = credit
            doc.label(line, "credit", "local.credit_line")
            continue
        # Most lines open with a word no line-start pattern below begins with: one test skips
        # them all (may_lead, written out).
        c = text[:1]
        lead = (
            line.folds
            or c == "("
            or c.isdecimal()
            or c.isspace()
            or low.startswith(lead_prefixes.get(low[:1], ()))
        )
        # "4/50 Bank chief steps down": a gallery slide's counter and title. Checked before the
        # bare counter so the title never reads as a caption.
        if lead and n_words <= 12 and P.GALLERY_ITEM.match(text):
            doc.label(line, "boilerplate", "local.gallery_item")
            continue
        # "Image 1 of 23", "1 / 23", "3 of 8": the slide counter of a gallery widget, page
        # furniture rather than the caption (the caption is the descriptive line near it).
        if lead and n_words <= 6 and P.GALLERY_COUNTER.match(text):
            doc.label(line, "boilerplate", "local.gallery_counter")
            continue
        key = line.key
        if key is None:
            key = line.key = _trim_clutter(low)
        if key in P.CLUTTER_LINES or (not key and not any(c.isalpha() for c in text)):
            doc.label(line, "boilerplate", "local.clutter_line")
            if key in P.MEDIA_MARKER_KEYS:  # the layout pass looks under it for a caption
                doc.data.setdefault("media_markers", []).append(line.index)
            continue
        if lead and (
            P.COUNTER_LINE.match(text) or P.READ_TIME.match(text) or P.URL_LINE.match(text)
        ):
            doc.label(line, "boilerplate", "local.counter_or_link")
            continue
        # PLAYER_LINE opens with a digit, space or one of a few characters or words, or has a ":".
        if (
            n_words <= 10
            and (
                line.folds
                or ":" in text
                or c in P.PLAYER_LINE_FIRST_CHARS
                or c.isdecimal()
                or c.isspace()
                or low.startswith(P.PLAYER_LINE_OPENINGS)
            )
            and P.PLAYER_LINE.match(text)
        ):
            doc.label(line, "boilerplate", "local.player")
            continue
        if lead and (
            P.CLUTTER_PREFIX_STRONG.match(text)
            or ((n_words <= 15 or not line.prose) and P.CLUTTER_PREFIX.match(text))
        ):
            doc.label(line, "boilerplate", "local.clutter_prefix")
            continue
        if lead and n_words <= 20 and P.COPYRIGHT.match(text):
            doc.label(line, "boilerplate", "local.copyright")
            continue
        if n_words <= 18 and _is_timestamp(line, lead):
            doc.label(line, "timestamp", "local.timestamp")
            continue
        if lead and _is_by_byline(line):
            doc.label(line, "byline", "local.by_line")
            continue
        # Long captions (diagram keys, "A cross-section of ... Credit: ESA") run past 60 words
        # only with an explicit credit label at the end.
        if (
            n_words <= 60
            or (
                n_words <= 150
                and ":" in text
                and line.may_hold(P.CREDIT_LABEL_TAIL_NEEDLES)
                and P.CREDIT_LABEL_TAIL.search(text)
            )
        ) and _may_end_in_credit(text):  # the gate trailing_credit opens with, for most lines
            credit = trailing_credit(text)
            if credit is not None:
                line.credit = credit
                doc.label(line, "caption", "local.caption_trailing_credit")
                continue
        if lead and n_words <= 60 and P.CAPTION_LEAD.match(text):
            doc.label(line, "caption", "local.caption_lead")
