"""The cheap gates in front of the structure patterns, held against the patterns themselves.

passes/features.py, local.py, layout.py and document.py skip a costly regex when a cheap test
(a needle, a first word, a character) says it cannot match, and count words with bytes methods
instead of P.WORD.findall. A gate is right only if it never refuses a line its pattern matches:
each test here says "the gate refuses => the raw compiled pattern from patterns/structure.py does
not match" (or "the gated function gives what its ungated run gives"), on our own example lines
and on lines generated from the patterns' own vocabularies (agencies, photo, time, share and
clutter words, names, joiners) mixed with punctuation, digits, odd spaces and letters beyond
ASCII. An edit to a pattern that its gate no longer covers fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.document import Doc, Line, folds_to_ascii, holds_any
from newsparse.passes import features, layout, local
from newsparse.patterns import structure as P
from newsparse.pipeline import parse_record
from tests.test_structure import _BRANCH_LINES

# --- vocabularies, from the patterns' own words ---------------------------------------------

MONTH_WORDS = P.MONTHS.split("|")
WEEKDAY_WORDS = P.WEEKDAYS.split("|")
PHOTO_WORD_LIST = [
    *("photo", "photograph", "photos", "photographs", "picture", "pictures", "pic", "pics"),
    *("image", "images", "video", "illustration", "graphic", "screengrab", "screenshot"),
    *("footage", "file photo", "file  photo"),
]
TIME_WORDS = [
    *MONTH_WORDS,
    *WEEKDAY_WORDS,
    *("a.m.", "am", "p.m", "pm", "hrs", "hr", "ist", "gmt", "utc", "et", "pt", "aedt", "on", "at"),
    *("updated", "published", "posted", "ago", "seconds", "min", "mins", "minutes", "hours"),
    *("days", "weeks", "months", "years", "yesterday", "today", "just", "now", "just now"),
    *("last", "modified", "first", "a", "an", "of", "12", "3rd", "21st", "12:41", "1.39"),
    *("12:41:07", "12/02/2021", "2021-01-02", "1999", "sept.", "jan."),
]
NAME_WORDS = [
    *("Jane", "Doe", "John", "Roe", "O'Neill", "O’Neill", "Mary-Jane", "McCain", "J.", "A."),
    *("Émile", "Zoë", "Ÿves", "Ängel", "Sable", "Ridge", "Cruz", "Harbour", "Magazine"),
    *P.NAME_PARTICLES,
]
JOINERS = ["/", " / ", "via", " via ", " for ", "for", ",", ";", "|", " and ", "&", " | "]
EMBED_PIECES = [
    *("pic.twitter.com/abc", "https://t.co/xyz", "http://t.co/", "twitter.com/jane/status/1"),
    *("instagram.com/p/abc", "instagram.com/reel/x", "A post shared by", "a post shared by"),
    *("View this post on Instagram", "youtube.com/watch?v=1", "youtu.be/abc", "tiktok.com/@j"),
    *("facebook.com/jane/posts/1", "post", "shared", "(@", "(@janedoe)", "most", "cost "),
    *("twitter.com", "t.co", "instagram.com", ".com/"),
]
PLAYER_PIECES = [
    *("your video will play in", "video duration", "now playing", "up next", "play in 00:25"),
    *("playing in 1:05", "0:00", "%", "00:25", "1:05:33", "-", "/", ".", "play"),
]
PROMO_PIECES = [
    *(w for group in P.PROMO_NEEDLE_GROUPS for w in group),
    *("sign up for", "subscribers only", "subscription service", "get access to", "join our"),
    *("download the app", "in your inbox", "follow us on", "like us on", "cancel anytime"),
    *("support our journalism", "would you like to", "want more", "click here", "newsletters"),
    *("subject to copyright", "all rights reserved", "disclaimer:", "citation:", "moreover"),
]
RELATED_PIECES = [
    *(w for words in P.RELATED_MARKER_OPENINGS.values() for w in words),
    *("read more", "more from", "more on", "related stories", "you may also like", "most read"),
    *("trending now", "top stories", "latest news", "also read", "see also", "further reading"),
    *("explore further", "popular now", "editor's picks", "more about:", "what to read next"),
    *("keep reading", "elsewhere on", "up next", "more in sport", "most popular sport stories"),
]
LABEL_PIECES = [
    *("credit", "credits", "courtesy", "of", "by", ":", "/", "|", ": ", " credit:", "Credit: "),
    *("Photo: ", "Image courtesy of ", "Photo by ", "Photograph:", "Picture: ", "FILE PHOTO: "),
]
# Pieces that open lines the line-start patterns match.
LEAD_PIECES = [
    *P.LEAD_PREFIXES,
    *("also read", "read more", "read also", "see also", "also see", "more from", "more on"),
    *("click here", "tap here", "follow us", "follow @", "sign up", "download the"),
    *("get the latest", "get our", "join us", "(c)", "all rights reserved", "this story has been"),
    *("with inputs from", "input from", "additional reporting", "reporting by", "editing by"),
    *("written by", "compiled by", "produced by", "updated on", "updated at", "sponsored by"),
    *("powered by", "presented by", "by taboola", "promoted links", "sponsored links"),
    *("we use cookies", "share this", "share on", "share via", "like us on", "catch the latest"),
    *("catch all the latest", "don't miss", "dont miss", "trending now", "more about"),
    *("more stories", "top stories", "most read", "originally published", "this article"),
    *("was first published", "appeared", "this article is more than", "reading time:"),
    *("5 min read", "12 comments", "1.2k views", "3 shares", "0 Comments", "https://", "www."),
    *("@janedoe", "copyright", "©", "first published", "last update", "last updated"),
    *("pictured", "above", "below", "left to right", "from left", "clockwise from top left"),
    *("inset", "main", "file", "Image 1 of 23", "1 / 23", "3 of 8", "4/50", "By", "By ", "ByJane"),
]
CLUTTER_PIECES = sorted(P.CLUTTER_LINES)
SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\x0b"]
PUNCT = [
    *("(", ")", "[", "]", "/", "|", ":", ",", ";", ".", "..", "...", "!", "?", "-", "--"),
    *("\u2014", "\u2013", "\u2015", "\u2212", "…", "“", "”", "‘", "’", "'", '"', "«", "»"),
    *("•", "·", "›", "→", ">", "©", "(c)", "@", "_", "%", "#", "&", "*", "+", "="),
]
DIGITS = ["0", "1", "7", "12", "2021", "1/50", "3 of 8", "12k", "1.2", "٣", "²", "¹", "00"]
BEYOND_ASCII = [
    *("é", "É", "ß", "ÿ", "ª", "µ", "ñ", "中文", "Ä", "ẞ", "\u200b", "€", "£", "\u00ad"),
    *("\u0130", "\u0131", "\u017f", "\u212a"),  # they fold to ASCII letters under IGNORECASE
]
PROSE_WORDS = [
    *("the", "The", "a", "of", "said", "he", "it's", "council", "workers", "remove", "sign"),
    *("roof", "in", "from", "told", "according to", "walks", "past", "hospital", "entrance"),
    *("night", "lights", "came", "south", "is", "was", "this", "that", "to", "Officials"),
]
VOCAB = [
    *MONTH_WORDS[:12],
    *WEEKDAY_WORDS[:7],
    *P.CREDIT_AGENCIES,
    *PHOTO_WORD_LIST,
    *TIME_WORDS,
    *NAME_WORDS,
    *EMBED_PIECES,
    *PLAYER_PIECES,
    *PROMO_PIECES,
    *RELATED_PIECES,
    *LABEL_PIECES,
    *LEAD_PIECES,
    *CLUTTER_PIECES,
    *P.CAPTION_LABEL_WORDS,
    *P.SHARE_PLATFORMS,
    *PROSE_WORDS,
]
CASES: list[Callable[[str], str]] = [str, str, str, str.upper, str.lower, str.title, str.swapcase]

# The line-start patterns local.may_lead (P.LEAD_PREFIXES) stands for.
LEAD_PATTERN_NAMES = [
    *("COUNTER_LINE", "READ_TIME", "URL_LINE", "CLUTTER_PREFIX", "CLUTTER_PREFIX_STRONG"),
    *("COPYRIGHT", "TIMESTAMP_LABEL", "BYLINE_BY", "BYLINE_BY_ALONE", "CAPTION_LEAD"),
    *("GALLERY_ITEM", "GALLERY_COUNTER"),
]

# --- strategies ------------------------------------------------------------------------------


def _cased(words: list[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda w, case: case(w), st.sampled_from(words), st.sampled_from(CASES))


WORD = _cased(VOCAB)
SEP = st.sampled_from([*SPACES, *JOINERS, "", ". ", ": ", ", ", " - ", " \u2014 ", "• "])
TOKEN = st.one_of(
    WORD,
    WORD,
    st.sampled_from(SPACES),
    st.sampled_from(PUNCT),
    st.sampled_from(DIGITS),
    st.sampled_from(BEYOND_ASCII),
    st.text(max_size=3),
)


def _joined(parts: st.SearchStrategy[str], max_size: int) -> st.SearchStrategy[str]:
    """Parts with a separator drawn before each (often a plain space)."""
    pair = st.tuples(st.one_of(st.just(" "), st.just(" "), SEP), parts).map("".join)
    return st.lists(pair, min_size=1, max_size=max_size).map("".join)


SOUP = st.lists(TOKEN, min_size=1, max_size=14).map("".join)
CREDIT_PART = st.one_of(
    _cased(list(P.CREDIT_AGENCIES)),
    _cased(PHOTO_WORD_LIST),
    st.sampled_from(NAME_WORDS),
    st.sampled_from(JOINERS),
    st.sampled_from(LABEL_PIECES),
)
CREDIT_LINE = st.builds(
    lambda head, body, tail: head + body.lstrip(" ") + tail,
    st.sampled_from(["", "", "(", "( ", " ", "© ", "(c) "]),
    _joined(CREDIT_PART, 6),
    st.sampled_from(["", "", "", ")", ".", ").", " )", " .", "\u00a0", " ", "\n", ". "]),
)
CAPTION = st.builds(
    lambda prose, sep, credit: prose + sep + credit,
    _joined(st.one_of(st.sampled_from(PROSE_WORDS), WORD), 8),
    st.sampled_from([" ", ". ", " | ", " - ", " • ", "  ", ", ", " (", ". Credit: "]),
    CREDIT_LINE,
)
TIME_LINE = _joined(st.one_of(_cased(TIME_WORDS), st.sampled_from(DIGITS)), 7).map(
    lambda s: s.lstrip(" ")
)
LEAD_LINE = st.builds(
    lambda head, rest: head + rest,
    st.one_of(_cased(LEAD_PIECES), _cased(RELATED_PIECES), _cased(PLAYER_PIECES)),
    st.one_of(st.just(""), SOUP, _joined(WORD, 4)),
)


def _part(p: st.SearchStrategy[str] | str | list[str]) -> st.SearchStrategy[str]:
    if isinstance(p, str):
        return st.just(p)
    return p if isinstance(p, st.SearchStrategy) else st.sampled_from(p)


def _seq(*parts: st.SearchStrategy[str] | str | list[str]) -> st.SearchStrategy[str]:
    """The parts one after another."""
    return st.tuples(*map(_part, parts)).map("".join)


def _opt(p: st.SearchStrategy[str] | str | list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), _part(p))


# Mostly one space, sometimes none, several or one \s matches that str.split() sees too.
SP = st.sampled_from([" ", " ", " ", " ", "", *SPACES])
NAME_SEQ = st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=4).map(" ".join)
AGENCY = _cased(list(P.CREDIT_AGENCIES))
PHOTO = _cased(PHOTO_WORD_LIST)
PROSE = _joined(st.one_of(st.sampled_from(PROSE_WORDS), st.sampled_from(PROSE_WORDS), WORD), 7)
DATE = st.one_of(
    _seq(_cased(MONTH_WORDS), _opt("."), SP, ["5", "12", "31"], _opt(","), SP, ["2021", "1999"]),
    _seq(["5", "12"], SP, _cased(MONTH_WORDS), _opt("."), SP, ["2021", "1999"]),
)
OPEN = _opt(["(", "( ", " ", "(\u00a0"])
CLOSE = _seq(_opt([")", " )"]), _opt(["", ".", " ."]))
# Lines shaped like what each gated pattern matches, in spellings that strain the gates.
SHAPES = st.one_of(
    # CREDIT_AGENCY_PHOTO, CREDIT_LABELLED, CREDIT_BARE, CREDIT_NAME_SLASH, COPYRIGHT_NAME_CREDIT
    _seq(OPEN, AGENCY, SP, PHOTO, _opt(_seq(SP, "/", SP, NAME_SEQ)), CLOSE),
    _seq(
        OPEN,
        PHOTO,
        SP,
        _opt(_cased(["credit", "credits", "courtesy"])),
        SP,
        _opt(_cased(["of", "by"])),
        SP,
        _opt([":", "/", "|"]),
        SP,
        st.one_of(AGENCY, NAME_SEQ, PROSE),
        CLOSE,
    ),
    _seq(
        OPEN,
        _opt(_seq(NAME_SEQ, SP, "/", SP)),
        AGENCY,
        st.lists(
            _seq(SP, ["/", "via", "for", ",", ";", "|", "and"], SP, st.one_of(AGENCY, NAME_SEQ)),
            max_size=2,
        ).map("".join),
        CLOSE,
    ),
    _seq(OPEN, NAME_SEQ, SP, "/", SP, _opt("The "), NAME_SEQ, CLOSE),
    _seq(["\u00a9", "(c)", "(C)", "\u00a9 "], SP, NAME_SEQ, _opt(SP)),
    # CAPTION_TRAILING_CREDIT, CREDIT_LABEL_TAIL
    _seq(
        PROSE,
        [" ", ". ", " | ", " \u2022 ", "  ", ", ", " - ", "\u00a0"],
        st.one_of(
            _seq(OPEN, NAME_SEQ, SP, _opt(["/", "via", "for"]), SP, AGENCY, CLOSE),
            _seq(_opt(NAME_SEQ), SP, ["/", "via", "for", " via ", "/ "], SP, NAME_SEQ, CLOSE),
            _seq(["(", "( "], st.one_of(AGENCY, PHOTO, PROSE, NAME_SEQ), [")", " )", ")."]),
            _seq(
                st.one_of(PHOTO, _cased(["credit", "credits", "photo credit"])),
                SP,
                _opt(_cased(["credit", "courtesy", "of", "by"])),
                SP,
                [":", ": ", " :"],
                SP,
                st.one_of(NAME_SEQ, PROSE, AGENCY),
                _opt("."),
            ),
        ),
    ),
    # TIMESTAMP_LABEL, TIME_FIRST_TOKEN, TIME_ANCHOR
    TIME_LINE,
    _seq(
        _cased(["Published", "Updated", "Posted", "Last updated", "First published", "Date"]),
        _cased(["", "", " on", " at", "Time", "Last update", "Modified", "edited"]),
        _opt(":"),
        SP,
        TIME_LINE,
    ),
    # COUNTER_LINE, READ_TIME, URL_LINE, GALLERY_ITEM, GALLERY_COUNTER
    _seq(
        st.sampled_from(DIGITS),
        _opt(["k", "m", "K", ".5"]),
        SP,
        _cased(["comments", "shares", "views", "likes", "replies", "show all", "photos", "min"]),
        _opt(_cased([" read", "s", "ute read"])),
    ),
    _seq(_opt(_cased(["reading time:", "Reading time ", "reading  time: "])), "3", SP, ["min"]),
    _seq(
        _cased(["http://", "https://", "www.", "@", "HTTPS://", "Www."]),
        st.sampled_from(["example.com/path", "jane_doe", "x", "a b", "t.co/x", ""]),
    ),
    _seq(
        _opt(_seq(PHOTO, SP)),
        ["1", "4", "12", "٣"],
        SP,
        ["/", "of", "OF"],
        SP,
        ["50", "3"],
        _opt(_seq(" ", PROSE)),
    ),
    # CLUTTER_PREFIX(_STRONG), COPYRIGHT, BYLINE_BY, BYLINE_BY_ALONE, CAPTION_LEAD
    _seq(
        OPEN,
        _cased(LEAD_PIECES),
        SP,
        _opt([":", "|", "\u2022", ">", "\u00bb", "-", "\u2013", "\u2014", "..."]),
        SP,
        _opt(PROSE),
    ),
    _seq(
        _cased(["By ", "by ", "BY ", "Written by ", "By: ", "By", "by:", "written  by", "BY:"]),
        _opt(st.one_of(NAME_SEQ, PROSE)),
    ),
    _seq(
        _cased(["Pictured", "Above", "Below", "Left", "Right", "Top", "Bottom", "Inset", "Main"]),
        _cased(["", "", " to right", " (centre)", "File", "From left", "Clockwise from top left"]),
        SP,
        [":", ",", "\u2014", "-", ""],
        _opt(PROSE),
    ),
    # PLAYER_LINE, EMBED_MARKERS, EMBED_SIGNATURE
    _seq(
        _opt(_cased(PLAYER_PIECES)),
        SP,
        _opt(st.sampled_from(DIGITS)),
        SP,
        _opt(_cased(PLAYER_PIECES)),
    ),
    _seq(_opt(PROSE), SP, _cased(EMBED_PIECES), _opt(_seq(SP, PROSE))),
    _seq(
        _opt(["\u2014 ", "- ", "-- ", "\u2013"]),
        NAME_SEQ,
        SP,
        "(@",
        ["janedoe", "j", "x_1"],
        ")",
        SP,
        DATE,
    ),
    # PROMO, RELATED_MARKER, DATELINE
    _seq(_opt(PROSE), SP, _cased(PROMO_PIECES), SP, _opt(PROSE)),
    _seq(_cased(RELATED_PIECES), _opt(_seq(SP, _cased(RELATED_PIECES))), _opt([":", " :", " the"])),
    _seq(
        _cased(["MADRID", "KABUL", "NEW DELHI", "WASHINGTON", "Madrid", "(CNN)", "(Reuters)"]),
        _opt([", Sept 6", ", Calif.", ", 6 June", ",  Jan. 3"]),
        _opt([" (Reuters)", " (AP)", "(AFP)"]),
        SP,
        ["\u2014", "-", ":", "\u2015", "--", "\u2013"],
        [" ", "  ", "\u00a0", ""],
        PROSE,
    ),
)
LINES = st.one_of(
    SOUP,
    CREDIT_LINE,
    CAPTION,
    LEAD_LINE,
    SHAPES,
    SHAPES,
    SHAPES,
    _seq(SHAPES, st.sampled_from(BEYOND_ASCII), _opt(SHAPES)),
    _seq(st.sampled_from(BEYOND_ASCII), SHAPES),
    # Past 120 characters credit_of gives up; past 200 the trailing credit is searched in the
    # tail only; past 60 words a caption needs a credit label.
    _seq(st.sampled_from(["word " * 25, "The word " * 23, "word " * 45, "a " * 65]), SHAPES),
)


def _compiled(name: str) -> re.Pattern[str]:
    """P.<name> compiled now (patterns compile on first use and then replace their stand-in in
    P, which must not happen while a test has put something else there)."""
    getattr(P, name).search("")
    pattern = getattr(P, name)
    assert isinstance(pattern, re.Pattern)
    return pattern


def _matching(*names: str) -> st.SearchStrategy[str]:
    """Lines each of the named patterns matches, generated from the pattern itself (so a new
    branch is tried as soon as it is written), each with its case and \\s and \\d drawn
    widely; the unanchored ones with text around the match."""
    return st.one_of(*(st.from_regex(_compiled(name)) for name in names))


# A line of time tokens and separators only: what _is_timestamp looks for without a label.
TIME_TOKENS_ONLY = st.lists(
    st.tuples(
        st.from_regex(_compiled("TIME_SEPARATORS"), fullmatch=True),
        st.from_regex(_compiled("TIME_TOKEN"), fullmatch=True),
    ).map("".join),
    min_size=1,
    max_size=5,
).map(lambda parts: "".join(parts).lstrip())
MATCHING_LEAD = _matching(*LEAD_PATTERN_NAMES)
MATCHING_CREDIT = _matching(
    "CREDIT_AGENCY_PHOTO",
    "CREDIT_LABEL_SEP",
    "CREDIT_LABELLED",
    "CREDIT_BARE",
    "CREDIT_NAME_SLASH",
    "COPYRIGHT_NAME_CREDIT",
)
MATCHING_TRAILING = st.one_of(
    _matching("CAPTION_TRAILING_CREDIT", "CREDIT_LABEL_TAIL"),
    _seq(PROSE, SP, _matching("CAPTION_TRAILING_CREDIT")),
)
MATCHING_TIME = st.one_of(
    _matching("TIME_FIRST_TOKEN", "TIME_ANCHOR", "TIMESTAMP_LABEL"), TIME_TOKENS_ONLY
)
MATCHING_PLAYER_EMBED = _matching("PLAYER_LINE", "EMBED_MARKERS", "EMBED_SIGNATURE")
MATCHING_LAYOUT = _matching("PROMO", "RELATED_MARKER", "DATELINE")
MATCHING_ANY = st.one_of(
    MATCHING_LEAD,
    MATCHING_CREDIT,
    MATCHING_TRAILING,
    MATCHING_TIME,
    MATCHING_PLAYER_EMBED,
    MATCHING_LAYOUT,
)

# Text for the word counts: ASCII, the punctuation beyond ASCII they map, and the rest.
FEATURE_CHARS = st.sampled_from(
    [
        *"aAbZz09_'.-’ \t,;:!?()\"/\\@#$%^&*+=[]{}|<>~`\x1c\x0b\x0c\x7f",
        *(c for c, _ in P.WORD_CHARS_BEYOND_ASCII),
        *("the", "The", "THE", "it", "said", "_the", "'the", "-the", ".the", "of", " a "),
        *("é", "ß", "\u212a", "\u0130", "\u0131", "٣", "\u2003", "\u200b", "¹", "ª", "中"),
    ]
)
FEATURE_TEXT = st.one_of(
    st.lists(FEATURE_CHARS, max_size=25).map("".join),
    st.text(max_size=20),
    LINES,
)

GATE_SETTINGS = settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# --- our own lines: every gated pattern matched, and near misses ------------------------------

EXAMPLES = [
    # credits
    "(Photo Courtesy: Twitter)",
    "Photo: Reuters",
    "PHOTO BY JANE DOE",
    "Image credit: Jane Doe",
    "Picture courtesy of the family",
    "Photos/Jane Doe",
    "File photo | Reuters",
    "Screengrab: YouTube",
    "Photos show the damage",
    "AP Photo/Evan Vucci",
    "(Reuters Photo)",
    "Getty Images photo",
    "The New York Times Photo / Jane Doe",
    "The  New\tYork Times photos",
    "getty\u00a0images",
    "REUTERS/Jane Doe",
    "(Manu Fernandez/AP)",
    "Reuters/Corbis",
    "Rex",
    "AP, Reuters",
    "AFP; dpa",
    "Reuters for Jane Doe",
    "Twitter",
    "(Twitter)",
    "Jane Doe/The Courier",
    "Israel/Gaza",
    "(c) Jane Doe",
    "APPLE",
    "Apex of the day",
    "Reutersville",
    "\u0130stock",
    "Reuter\u017f",
    # trailing credits
    "The deal was first reported by Reuters.",
    "He told Reuters",
    "Ice on the lake at dawn. cred\u0131t: Jane Doe",
    "In pictures: the night the lights came south",
    "A view of the harbour. AFP via Jane de la Cruz",
    "A view of the harbour. dpa/Jane Doe",
    "A view of the harbour. REUTERS/Jane Doe.",
    "A view of the harbour. AFP forJane Doe",
    "Hunters on the ice. DPA",
    "The team in Sable Ridge",
    "The team in Sable Ridge.",
    "The team at the EPA-EFE",
    "A line that ends in an agency\nAP",
    "Pictured: the harbour. AP Photo",
    "A crowd outside the court \u2022 Photo: Jane Doe",
    "The crowd " * 25 + "(AP Photo/Jane Doe)",
    "The crowd " * 25 + "Getty Images",
    "The crowd " * 25 + "Jane Doe/AFP via Getty Images.",
    "The crowd " * 25 + "photo: Jane Doe",
    "a " * 70 + "A map of the site. Credit: ESA",
    "a " * 70 + "A map of the site. Photo credit: Jane Doe",
    "a " * 160 + "Credit: ESA",
    # times
    "just now",
    "on at",
    "The council met on Friday",
    "Sept. 3, 2021 | 4:14 p.m.",
    "(Mon) 12 Jan",
    "\u212aST",
    "Mon\u00a012 Jan",
    "\u00a0Monday",
    "a.m.x",
    "Monday.",
    # lead patterns
    "Related: Chicago is America's city",
    " Copyright 2016",
    "By Jane Doe",
    "Written by:",
    "Byzantine art",
    "Left to right: the team",
    "5 min read",
    "12 Comments",
    "1.2k views",
    "https://example.com",
    "Image 1 of 23",
    "4/50 Bank chief steps down",
    "\u00a912 Jane",
    # clutter, player, embeds
    "SHARE:",
    "Share \u203a",
    "0 Comments",
    "Comments (12)",
    "\u203a\u203a Advertisement \u00bb",
    "Your video will play in 00:25",
    "0:00",
    "/",
    "Now Playing",
    "Up next: the weather",
    "The clip will play in 0:25",
    "-- 50%",
    "\u00a0\u00a012:00",
    "\u2014 Jane Doe (@janedoe) September 5, 2021",
    "Jane Doe (@janedoe) 5 Sept 2021",
    "The most cost effective post",
    # promo, related, datelines
    "\u017fubscribe to the letter",
    "Read more",
    "More from Sport",
    "Related stories",
    "Recommended for you today",
    "You might also like",
    "Most popular sport stories",
    "Further reading:",
    "Elsewhere on the site",
    "What to read next",
    "Editors picks",
    "Editor's picks",
    "Readers respond",
    "MADRID \u2014 The council met on Friday to vote",
    "KABUL, Sept 6 (Reuters) - The Taliban said on Monday",
    "(CNN) \u2014 The council met on Friday to vote",
    "WASHINGTON (AP) \u2014 The council met on Friday",
    "NEW DELHI: The council met on Friday to vote again",
    "The Taliban - a group that said on Monday",
    "MADRID \u2014 Short",
    # words and features
    "'Tis the end - of it.",
    "He said \u201cno\u201d \u2014 again\u2019s",
    "Caf\u00e9 society is the place",
    "THE \u212aING of the north",
    "_the -of .a 'it",
    "\u00a3300 for the \u20ac200 \u2026 it",
    "It\u2019s the end\u2026",
    "\u00bbThe\u00ab \u2022 it \u203a",
    "",
    # One line per branch of each gated pattern, shared with tests/test_structure.py.
    *_BRANCH_LINES,
]

# --- helpers ---------------------------------------------------------------------------------


def _line(text: str) -> Line:
    doc = Doc(text=text, lines=[Line(0, 0, len(text), text, False)])
    features.compute(doc)
    return doc.lines[0]


def _ungated(line: Line) -> Line:
    """The same line, marked as holding a character that folds to ASCII: every needle and
    first-word gate then lets the pattern run (that is what folds is for)."""
    copy = Line(line.index, line.start, line.end, line.text, line.blank_before)
    copy.n_words, copy.terminal, copy.func_ratio = line.n_words, line.terminal, line.func_ratio
    copy.type, copy.rule, copy.credit = line.type, line.rule, line.credit
    copy.lower, copy.folds = line.lower, True
    return copy


def _opening(low: str) -> str:
    return (low[1:] if low.startswith("(") else low).lstrip()


_FOLDS = re.compile("(?i)[a-z]")


def _folds_by_definition(text: str) -> bool:
    """A character beyond ASCII that re.IGNORECASE matches to an ASCII letter."""
    return any(not c.isascii() and _FOLDS.match(c) for c in text)


# --- features --------------------------------------------------------------------------------

_MAPPED = {c for c, _ in P.WORD_CHARS_BEYOND_ASCII}


def check_word_counts(text: str) -> None:
    words = P.WORD.findall(text)
    expected = (len(words), sum(w in P.FUNCTION_WORD_SPELLINGS for w in words))
    fast = features.word_counts(text)
    # The bytes path answers for ASCII and the mapped punctuation; other lines say None.
    assert (fast is None) == any(not c.isascii() and c not in _MAPPED for c in text), text
    if fast is not None:
        assert fast == expected, text
    assert expected[1] == sum(w.lower() in P.FUNCTION_WORDS for w in words), text


def check_compute(text: str) -> None:
    line = _line(text)
    words = P.WORD.findall(text)
    assert line.n_words == len(words), text
    func = sum(w.lower() in P.FUNCTION_WORDS for w in words)
    assert line.func_ratio == (func / len(words) if words else 0.0), text
    assert line.terminal == (P.TERMINAL.search(text) is not None), text
    assert features.terminal(text) == (P.TERMINAL.search(text) is not None), text
    assert line.lower == text.lower(), text
    assert line.folds == _folds_by_definition(text) == folds_to_ascii(text), text


@settings(max_examples=400, deadline=None)
@given(FEATURE_TEXT)
def test_fast_word_counts_equal_the_word_pattern(text: str) -> None:
    check_word_counts(text)


@settings(max_examples=400, deadline=None)
@given(FEATURE_TEXT)
def test_compute_gives_the_pattern_word_counts_ratio_terminal_and_folds(text: str) -> None:
    check_compute(text)


# --- local: line-start patterns --------------------------------------------------------------

LEAD_PATTERNS = {name: getattr(P, name) for name in LEAD_PATTERN_NAMES}


def check_lead(text: str) -> None:
    line = _line(text)
    if not local.may_lead(line):
        for name, pattern in LEAD_PATTERNS.items():
            assert pattern.match(text) is None, (name, text)


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_LEAD))
def test_may_lead_refuses_only_lines_no_line_start_pattern_matches(text: str) -> None:
    check_lead(text)


# --- local: credit lines ---------------------------------------------------------------------


def check_credit_gates(text: str) -> None:
    """Each gate in local._credit_of, against the pattern it runs before."""
    low = text.lower()
    folds = folds_to_ascii(text)
    opening = _opening(low)
    if P.CREDIT_AGENCY_PHOTO.match(text):
        assert folds or local._opens_with_agency(opening), text
        assert folds or holds_any(low, P.CAPTION_LABEL_WORDS), text
    if P.CREDIT_LABEL_SEP.match(text):
        assert folds or opening.startswith(P.CREDIT_LABEL_OPENINGS), text
    if P.CREDIT_BARE.match(text):
        assert folds or "/" in text or local._opens_with_agency(opening), text
    if P.CREDIT_NAME_SLASH.match(text):
        assert "/" in text, text
    if P.COPYRIGHT_NAME_CREDIT.match(text):
        assert text[:1] in ("©", "("), text
    if len(text) <= 120:
        # With folds set, _credit_of runs every pattern: the gated answer must be the same.
        assert local.credit_of(text) == local._credit_of(text, low, True), text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_CREDIT))
def test_credit_gates_refuse_only_lines_the_credit_patterns_miss(text: str) -> None:
    check_credit_gates(text)


# --- local: trailing credits -----------------------------------------------------------------


_TRAILING = _compiled("CAPTION_TRAILING_CREDIT")


class _SearchFromTail:
    """CAPTION_TRAILING_CREDIT searched from 200 characters back, whatever start it is given:
    trailing_credit with its narrowed start and its gate taken out."""

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return _TRAILING.search(text, max(0, len(text) - local._CREDIT_TAIL_CHARS))


def _trailing_credit_ungated(text: str) -> str | None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(P, "CAPTION_TRAILING_CREDIT", _SearchFromTail())
        mp.setattr(local, "_may_end_in_credit", lambda text: True)
        mp.setattr(local, "_may_be_labelled", lambda text: True)  # no narrowed start
        return local.trailing_credit(text)


def check_trailing_credit(text: str) -> None:
    if not local._may_end_in_credit(text):
        assert _TRAILING.search(text) is None, text
    if not local._may_be_labelled(text):
        m = _TRAILING.search(text)
        assert m is None or m.group("labelled") is None, text
    assert local.trailing_credit(text) == _trailing_credit_ungated(text), text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_TRAILING))
def test_trailing_credit_gate_and_narrowed_search_miss_no_credit(text: str) -> None:
    check_trailing_credit(text)


def check_credit_label_tail(text: str) -> None:
    line = _line(text)
    if P.CREDIT_LABEL_TAIL.search(text):
        assert ":" in text and line.may_hold(P.CREDIT_LABEL_TAIL_NEEDLES), text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_TRAILING))
def test_credit_label_tail_needles_hold_every_match(text: str) -> None:
    check_credit_label_tail(text)


# --- local: times ----------------------------------------------------------------------------


def _is_timestamp_ungated(line: Line) -> bool:
    """local._is_timestamp with none of its gates: every pattern run in order."""
    text = line.text
    if line.n_words > 18:
        return False
    labelled = line.n_words <= 16 and P.TIMESTAMP_LABEL.match(text) is not None
    if not labelled and not P.TIME_FIRST_TOKEN.match(text):
        return False
    if not P.TIME_ANCHOR.search(text):
        return False
    if labelled:
        return True
    parts = [p for p in P.TIME_SEPARATORS.split(text) if p]
    return bool(parts) and all(P.TIME_TOKEN.fullmatch(p) for p in parts)


def check_time(text: str) -> None:
    line = _line(text)
    if not local._may_open_with_time(line):
        assert P.TIME_FIRST_TOKEN.match(text) is None, text
    if P.DIGIT.search(text) is None and not line.may_hold(P.TIME_ANCHOR_NEEDLES):
        assert P.TIME_ANCHOR.search(text) is None, text
    # A line of time tokens only starts with one: TIME_FIRST_TOKEN is a fair gate for it.
    parts = [p for p in P.TIME_SEPARATORS.split(text) if p]
    if parts and all(P.TIME_TOKEN.fullmatch(p) for p in parts):
        assert P.TIME_FIRST_TOKEN.match(text), text
    first = line.lower.lstrip(P.TIME_SEPARATOR_CHARS).split(" ")[0]
    assert local._is_time_token(first) == (P.TIME_TOKEN.fullmatch(first) is not None), text
    expected = _is_timestamp_ungated(line)
    assert local._is_timestamp(line, local.may_lead(line)) == expected, text
    assert local._is_timestamp(_ungated(line)) == expected, text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_TIME))
def test_time_gates_refuse_only_lines_that_are_no_timestamp(text: str) -> None:
    check_time(text)


# --- local: player lines and embeds ----------------------------------------------------------


def _player_gate(line: Line) -> bool:
    """The gate local.label puts before PLAYER_LINE."""
    text, c = line.text, line.text[:1]
    return (
        line.folds
        or ":" in text
        or c in P.PLAYER_LINE_FIRST_CHARS
        or c.isdecimal()
        or c.isspace()
        or line.lower.startswith(P.PLAYER_LINE_OPENINGS)
    )


def _embed_gate(line: Line) -> bool:
    """The gate local.label puts before EMBED_MARKERS."""
    text = line.text
    return ("/" in text and line.may_hold(P.EMBED_MARKER_NEEDLES)) or (
        (line.folds or "post" in line.lower) and line.may_hold(P.EMBED_POST_NEEDLES)
    )


def check_player_and_embeds(text: str) -> None:
    line = _line(text)
    if P.PLAYER_LINE.match(text):
        assert _player_gate(line), text
    m = P.EMBED_MARKERS.search(text)
    if m is not None:
        assert line.may_hold(P.EMBED_MARKER_NEEDLES), text
        if "/" not in text:
            # Without a "/", only "a post shared by" and "view this post on instagram".
            assert line.may_hold(P.EMBED_POST_NEEDLES), text
            assert "post" in m.group().lower() or line.folds, text
        else:
            assert _embed_gate(line), text
    if P.EMBED_SIGNATURE.match(text):
        assert "(@" in text, text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_PLAYER_EMBED))
def test_player_and_embed_gates_refuse_only_lines_their_patterns_miss(text: str) -> None:
    check_player_and_embeds(text)


@pytest.mark.parametrize(
    "text", ["VIEW THIS POST ON INSTAGRAM", "A post\tshared by Jane Doe", "A POST SHARED BY X"]
)
def test_embed_gate_admits_post_markers_in_capitals_or_after_a_tab(text: str) -> None:
    assert P.EMBED_MARKERS.search(text)
    assert _embed_gate(_line(text)), text
    assert parse_record(f"Headline\n{text}")["blocks"][1]["type"] == "embed"


# --- local: the whole pass -------------------------------------------------------------------


def _labels(text: str, ungated: bool) -> tuple[str | None, str | None, str | None]:
    line = _line(text)
    doc = Doc(text=text, lines=[_ungated(line) if ungated else line])
    if ungated:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(P, "CAPTION_TRAILING_CREDIT", _SearchFromTail())
            mp.setattr(local, "_may_end_in_credit", lambda text: True)
            mp.setattr(local, "_may_be_labelled", lambda text: True)
            local.label(doc)
    else:
        local.label(doc)
    out = doc.lines[0]
    return out.type, out.rule, out.credit


def check_label(text: str) -> None:
    if not text:
        return  # lines are never empty
    assert _labels(text, ungated=False) == _labels(text, ungated=True), text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_ANY))
def test_local_labels_equal_those_of_the_ungated_pass(text: str) -> None:
    check_label(text)


def check_clutter_key(text: str) -> None:
    assert local.clutter_key(text) == P.CLUTTER_TRIM.sub("", text.lower()).strip(), text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_ANY))
def test_clutter_trim_equals_the_trim_pattern(text: str) -> None:
    check_clutter_key(text)


# --- document: the needle tests --------------------------------------------------------------

NEEDLE_SETS = [
    P.PROMO_NEEDLES,
    P.EMBED_MARKER_NEEDLES,
    P.EMBED_POST_NEEDLES,
    P.TIME_ANCHOR_NEEDLES,
    P.CREDIT_LABEL_TAIL_NEEDLES,
    P.CAPTION_LABEL_WORDS,
    P.CREDIT_NAME_JOINERS,
    (),
]


def check_needle_tests(text: str) -> None:
    line = _line(text)
    low = text.lower()
    for needles in NEEDLE_SETS:
        plain = any(n in low for n in needles)
        assert holds_any(low, needles) == plain, (needles, text)
        assert line.may_hold(needles) == (line.folds or plain), (needles, text)
    groups = P.PROMO_NEEDLE_GROUPS
    plain_all = any(all(n in low for n in g) for g in groups)
    assert line.may_hold_all(groups) == (line.folds or plain_all), text
    assert line.may_hold_all(()) == line.folds, text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_ANY))
def test_may_hold_may_hold_all_and_holds_any_equal_any_and_all(text: str) -> None:
    check_needle_tests(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=12),
    st.lists(st.lists(st.text(max_size=3), max_size=4).map(tuple), max_size=4).map(tuple),
    st.booleans(),
)
def test_needle_tests_on_arbitrary_needles(
    text: str, groups: tuple[tuple[str, ...], ...], folds: bool
) -> None:
    line = Line(0, 0, len(text), text, False)
    line.lower, line.folds = text.lower(), folds
    for needles in groups:
        assert holds_any(text, needles) == any(n in text for n in needles)
        assert line.may_hold(needles) == (folds or any(n in line.lower for n in needles))
    expected = folds or any(all(n in line.lower for n in g) for g in groups)
    assert line.may_hold_all(groups) == expected


# --- layout: promotion, related markers, datelines -------------------------------------------


def check_layout_gates(text: str) -> None:
    line = _line(text)
    if P.PROMO.search(text):
        assert line.may_hold(P.PROMO_NEEDLES), text
        assert line.may_hold_all(P.PROMO_NEEDLE_GROUPS), text
    promo = line.n_words <= 60 and P.PROMO.search(text) is not None
    assert layout._is_promo(line) == promo, text
    if P.RELATED_MARKER.match(text):
        low = line.lower
        assert line.folds or low.startswith(P.RELATED_MARKER_OPENINGS.get(low[:1], ())), text
    # The related-marker gate, through the pass: a marker line and the list under it.
    doc = Doc(text=text, lines=[line, _line("A story")])
    ungated = Doc(text=text, lines=[_ungated(ln) for ln in doc.lines])
    assert layout._related_runs(doc) == layout._related_runs(ungated), text
    m = P.DATELINE.match(text)
    dateline = (
        line.n_words >= 6
        and m is not None
        and (m.group("location") is None or m.group("location").split(",")[0].isupper())
    )
    assert layout._is_dateline_lead(line) == dateline, text


@GATE_SETTINGS
@given(st.one_of(LINES, MATCHING_LAYOUT))
def test_promo_related_marker_and_dateline_gates_miss_no_match(text: str) -> None:
    check_layout_gates(text)


# --- our own lines ---------------------------------------------------------------------------

CHECKS = [
    check_word_counts,
    check_compute,
    check_lead,
    check_credit_gates,
    check_trailing_credit,
    check_credit_label_tail,
    check_time,
    check_player_and_embeds,
    check_label,
    check_clutter_key,
    check_needle_tests,
    check_layout_gates,
]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_gates_hold_on_our_example_lines(check: Callable[[str], None]) -> None:
    for text in EXAMPLES:
        if text or check in (check_word_counts, check_compute, check_clutter_key):
            check(text)


# Every gated pattern matches at least one example line, so that none of the checks above is
# vacuous on them.
GATED_PATTERNS = {
    "CREDIT_AGENCY_PHOTO": P.CREDIT_AGENCY_PHOTO.match,
    "CREDIT_LABEL_SEP": P.CREDIT_LABEL_SEP.match,
    "CREDIT_LABELLED": P.CREDIT_LABELLED.match,
    "CREDIT_BARE": P.CREDIT_BARE.match,
    "CREDIT_NAME_SLASH": P.CREDIT_NAME_SLASH.match,
    "COPYRIGHT_NAME_CREDIT": P.COPYRIGHT_NAME_CREDIT.match,
    "CAPTION_TRAILING_CREDIT": P.CAPTION_TRAILING_CREDIT.search,
    "CREDIT_LABEL_TAIL": P.CREDIT_LABEL_TAIL.search,
    "TIME_FIRST_TOKEN": P.TIME_FIRST_TOKEN.match,
    "TIME_ANCHOR": P.TIME_ANCHOR.search,
    "PLAYER_LINE": P.PLAYER_LINE.match,
    "EMBED_MARKERS": P.EMBED_MARKERS.search,
    "EMBED_SIGNATURE": P.EMBED_SIGNATURE.match,
    "PROMO": P.PROMO.search,
    "RELATED_MARKER": P.RELATED_MARKER.match,
    "DATELINE": P.DATELINE.match,
    **{name: pattern.match for name, pattern in LEAD_PATTERNS.items()},
}


@pytest.mark.parametrize("name", GATED_PATTERNS)
def test_example_lines_reach_every_gated_pattern(name: str) -> None:
    assert any(GATED_PATTERNS[name](text) for text in EXAMPLES), name


def test_example_lines_reach_every_word_count_path() -> None:
    """ASCII lines, lines whose only characters beyond ASCII are mapped punctuation, and lines
    left to the pattern (word_counts None) are all among the examples."""
    ascii_lines = [t for t in EXAMPLES if t and t.isascii()]
    mapped = [t for t in EXAMPLES if not t.isascii() and features.word_counts(t) is not None]
    fallback = [t for t in EXAMPLES if features.word_counts(t) is None]
    assert ascii_lines and mapped and fallback
