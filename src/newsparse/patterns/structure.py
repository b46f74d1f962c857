"""Vocabularies and patterns for labelling lines: credits, captions, clutter, bylines, times.

Every pattern is named, built from named parts, compiled once at import, and carries a comment
naming the real-world shape that made it necessary. Passes import these; they hold no regex
literals of their own.
"""

from __future__ import annotations

import itertools
import re

from newsparse.patterns._lazy import bind_names, compile_lazily


def _by_key(words: tuple[str, ...], key: slice) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by ``word[key]``: a str.startswith/endswith over a long tuple tests every
    word in turn; a line only needs those that share its first (or last) characters."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[key]] = (*out.get(w[key], ()), w)
    return out


# --- shared parts ---------------------------------------------------------------------------

# Dashes people use as separators: hyphen, en dash, em dash, horizontal bar, and the doubled
# hyphen of plain-text wire copy ("NRF spokesman Fahim Dashty -- a well-known journalist").
DASH = r"(?:--|[-\u2010-\u2015\u2212])"
# A capitalised name word: "Zabihullah", "O'Neill", "Mary-Jane", "McCain", an initial "J.".
NAME_WORD = r"(?:[A-Z][a-z\u00df-\u00ff]*(?:['’\-][A-Z]?[a-z\u00df-\u00ff]+)*\.?|[A-Z]\.)"
# Lower-case particles inside names: "Luis de Miranda", "Ursula von der Leyen", "bin Salman".
NAME_PARTICLES: tuple[str, ...] = (
    "de",
    "da",
    "del",
    "della",
    "der",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "den",
    "bin",
    "al",
    "el",
    "ibn",
    "dos",
    "das",
    "y",
)
NAME_PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + ")"
# What a name word (NAME_WORD) starts with.
NAME_WORD_FIRST_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PERSON_NAME = rf"{NAME_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)*{NAME_WORD}){{1,4}}"
# The same for patterns compiled with re.IGNORECASE. There NAME_WORD's "[A-Z]?[a-z]+" after a
# hyphen can give a segment's first letter to either class, so a line of many hyphenated pieces
# ("AP/Jane Ab-Ab-Ab-...") had 2**pieces ways to fail: 84 characters took 17 s. Without case, a
# piece is simply letters, and each piece can be read one way only.
NAME_WORD_ANY_CASE = r"(?:[A-Z][a-z\u00df-\u00ff]*(?:['’\-][a-z\u00df-\u00ff]+)*\.?|[A-Z]\.)"
PERSON_NAME_ANY_CASE = (
    rf"{NAME_WORD_ANY_CASE}(?:\s+(?:{NAME_PARTICLE}\s+)*{NAME_WORD_ANY_CASE}){{1,4}}"
)

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"

# --- gates ----------------------------------------------------------------------------------
# Most lines are long prose that no clutter, credit or time pattern matches, and a pattern that
# is searched for (not anchored) tries its whole alternation at every position of the line. So
# the costly patterns come with *needles*: lower-case literals of which every match holds at
# least one. A line whose lower-cased text holds none of them cannot match and skips the pattern
# (passes test this with Line.may_hold). A gate only ever skips a pattern that would have failed:
# outputs never depend on it, and tests/test_structure.py checks every gate against its pattern.

# Characters outside ASCII that re.IGNORECASE matches to an ASCII letter (dotted and dotless I,
# long s, the Kelvin sign): a needle test on str.lower() cannot see them, so a line holding one
# always runs the full pattern.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
# Any decimal digit (what \d matches): one fast scan, no alternation.
DIGIT = compile_lazily(r"\d")

# --- credits --------------------------------------------------------------------------------

# Who photos are credited to: wire agencies, picture libraries, platforms a picture is taken
# from, and the words outlets use for pictures they did not take ("handout", "supplied").
CREDIT_AGENCIES: tuple[str, ...] = (
    "AP",
    "AFP",
    "Reuters",
    "Getty",
    "Getty Images",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Shutterstock",
    "Alamy",
    "PA",
    "PA Media",
    "PA Wire",
    "Rex",
    "Rex Features",
    "Rex/Shutterstock",
    "Corbis",
    "Bloomberg",
    "Xinhua",
    "ANI",
    "PTI",
    "IANS",
    "AAP",
    "Press Association",
    "dpa",
    "Sipa",
    "NurPhoto",
    "iStock",
    "iStockphoto",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "Flickr",
    "Wikimedia Commons",
    "Wikimedia",
    "NASA",
    "SOPA Images",
    "LightRocket",
    "ZUMA",
    "ZUMA Wire",
    "Anadolu",
    "Anadolu Agency",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Sputnik",
    "WENN",
    "Splash News",
    "Invision",
    "Handout",
    "Supplied",
    "Courtesy",
    "File",
    "File photo",
    "Submitted",
    "Submitted photo",
    "Contributed",
    "Contributed photo",
    "Others",
    "Pool",
    "BBC",
    "CNN",
    "NBC",
    "ABC",
    "CBS",
    "Fox",
    "AP Images",
    "Associated Press",
    "Agence France-Presse",
    "Washington Post",
    "New York Times",
    "The New York Times",
    "Bloomberg News",
    "Photo",
    "Staff",
)
_AGENCY_ALT = "|".join(
    re.escape(a).replace(r"\ ", r"\s+") for a in sorted(CREDIT_AGENCIES, key=len, reverse=True)
)
# Words that say "this is about a picture" in credit and caption lines.
PHOTO_WORDS = (
    r"(?:photo(?:graph)?s?|pictures?|pics?|images?|video|illustration|graphic|"
    r"screengrab|screenshot|footage|file\s+photo)"
)

# "(Photograph:AFP)", "(Photo Courtesy: Twitter)", "Photo: Reuters", "Image credit: Jane Doe",
# "Picture courtesy of the family", "Photo by Jane Doe", "Photos/Jane Doe": a photo word, an
# optional credit/courtesy word, a separator, then the credit. Seen across Indian, British and
# US sites, with or without the parentheses.
CREDIT_LABELLED = compile_lazily(
    rf"^\(?\s*{PHOTO_WORDS}\s*(?:credits?|courtesy)?\s*(?:of|by)?\s*[:/|]?\s*"
    rf"(?:credits?|courtesy)?\s*(?:of|by)?\s*[:/|]?\s*(?P<credit>[^()]{{1,80}}?)\s*\)?\.?$",
    re.IGNORECASE,
)
# The labelled credit must have had a separator or a courtesy/credit/by word; this checks that
# "Photo: X" is not just any line starting with the word "Photos" ("Photos show the damage").
CREDIT_LABEL_SEP = compile_lazily(
    rf"^\(?\s*{PHOTO_WORDS}\s*(?:(?:credits?|courtesy)\b\s*(?:of|by)?|of\b|by\b|[:/|])",
    re.IGNORECASE,
)
# "(AP Photo/Jane Doe)", "AP Photo/Evan Vucci", "(Reuters Photo)": agency then "Photo".
CREDIT_AGENCY_PHOTO = compile_lazily(
    rf"^\(?\s*(?P<credit>(?:{_AGENCY_ALT})\s+{PHOTO_WORDS}(?:\s*/\s*[^()]{{1,60}})?)\s*\)?\.?$",
    re.IGNORECASE,
)
# A line that is nothing but credit names: "Getty Images", "GETTY IMAGES", "REUTERS/Jane Doe",
# "Jane Doe/AFP via Getty Images", "(Manu Fernandez/AP)", "Reuters/Corbis", "Rex".
CREDIT_BARE = compile_lazily(
    rf"^\(?\s*(?P<credit>(?:(?:{PERSON_NAME_ANY_CASE})\s*/\s*)?(?:{_AGENCY_ALT})"
    rf"(?:\s*(?:/|via|for|,|;|\|)\s*(?:{_AGENCY_ALT}|{PERSON_NAME_ANY_CASE}))*)\s*\)?\.?$",
    re.IGNORECASE,
)
# A photographer and the outlet they shoot for, with no agency word at all: "Jane Doe/The
# Courier", "Olu Ade / Harbour Magazine", "Jane Doe/Staff". Capitalised words on both sides of
# one slash; the name side needs two words so "Israel/Gaza" stays out.
CREDIT_NAME_SLASH = compile_lazily(
    rf"^\(?\s*(?P<credit>{PERSON_NAME}\s*/\s*(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){{0,3}})"
    rf"\s*\)?\.?$"
)
# A bare credit line with no "/" starts with an agency: the agencies' first words, lower case.
CREDIT_AGENCY_FIRST_WORDS: tuple[str, ...] = tuple(
    sorted({a.split()[0].lower() for a in CREDIT_AGENCIES})
)
# The same by their first two letters (every one has two or more).
CREDIT_AGENCY_FIRST_WORDS_BY_START = _by_key(CREDIT_AGENCY_FIRST_WORDS, slice(0, 2))
# A whole agency name, lower case, by its first two letters: CREDIT_BARE with no "/" needs the
# line (its spaces made single) to start with one, then what its pattern lets follow an agency:
# a space, a joiner ("/", "via", "for", ",", ";", "|"), ")", "." or the end.
CREDIT_AGENCIES_LOWER_BY_START = _by_key(tuple(a.lower() for a in CREDIT_AGENCIES), slice(0, 2))
CREDIT_AGENCY_NEXT_CHARS = " /vf,;|)."
# Share-bar buttons that are also credit names: "Twitter" or "Facebook" alone on a line sits in a
# share bar; as a credit the platform comes with a label ("(Photo Courtesy: Twitter)").
SHARE_PLATFORMS: frozenset[str] = frozenset(
    ["twitter", "facebook", "instagram", "youtube", "linkedin", "whatsapp", "flipboard", "photo"]
)
# "© Jane Doe" under a picture: a copyright sign before a bare name, no year, is a photo credit.
COPYRIGHT_NAME_CREDIT = compile_lazily(rf"^(?:©|\(c\))\s*(?P<credit>{PERSON_NAME})\s*$")
# "Image 1 of 23", "Photo 3/12", "1 of 8": gallery counters.
GALLERY_COUNTER = compile_lazily(
    rf"^(?:{PHOTO_WORDS}\s+)?\d{{1,3}}\s*(?:of|/)\s*\d{{1,3}}(?:\s|$)", re.IGNORECASE
)
# A descriptive caption ending in a credit: "... in 1989. (AP)", "... (John Minchillo / AP)",
# "... Getty Images", "... Photo: Reuters", "... | Photo Credit: X", and the science-site shape
# where the credit label stands alone after the last sentence: "... during the flyby. Credit: ESA".
CAPTION_TRAILING_CREDIT = compile_lazily(
    rf"(?:\((?P<paren>[^()]{{1,80}})\)"
    rf"|(?:[|\u2022]\s*)?(?:(?:{PHOTO_WORDS})\s*(?:credits?|courtesy)?|(?i:credits?))\s*(?:of|by)?\s*:\s*(?P<labelled>[^:]{{1,60}})"
    rf"|(?<![\w'’])(?P<bare>(?:(?:{PERSON_NAME})\s*/\s*)?(?:{_AGENCY_ALT})"
    rf"(?:\s*(?:/|via|for)\s*(?:{_AGENCY_ALT}|{PERSON_NAME}))*))\s*\.?$",
)
# What CAPTION_TRAILING_CREDIT needs at the end of a line, so that lines without it skip the
# search (see local._may_end_in_credit): a ")" (the bracketed credit), a ":" and a label word
# (the labelled credit; its photo words are case-sensitive there, "credit" is not), or a last
# word that ends a bare credit: an agency's last word (the pattern is case-sensitive), or a
# capitalised name after a "/", "via" or "for". Names and agencies end in these characters:
CREDIT_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-." + "".join(
    map(chr, range(0xDF, 0x100))
)
# Every character of a bare credit (agencies, names, joiners) and what may follow it, with all
# the characters \s matches (str.isspace; Unicode 15): a bare credit stands inside the line's
# last run of these, so the search for it starts there (local.trailing_credit).
SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
CREDIT_BARE_CHARS = CREDIT_WORD_CHARS + "/" + SPACE_CHARS
CREDIT_AGENCY_LAST_WORDS: tuple[str, ...] = tuple(
    sorted({re.split(r"[\s/]+", a)[-1] for a in CREDIT_AGENCIES})
)
# The agencies whose last word has no capital ("dpa", "File photo").
CREDIT_AGENCY_LOWER_LAST_WORDS = tuple(w for w in CREDIT_AGENCY_LAST_WORDS if w == w.lower())
# The agencies' last words by their last character.
CREDIT_AGENCY_LAST_WORDS_BY_END = _by_key(CREDIT_AGENCY_LAST_WORDS, slice(-1, None))
CREDIT_NAME_JOINERS = ("/", "via", "for")
CAPTION_LABEL_WORDS = (
    "photo",
    "pic",
    "image",
    "video",
    "illustration",
    "graphic",
    "screen",
    "footage",
)
# What CREDIT_LABEL_SEP and CREDIT_LABELLED open with (after "(" and spaces), lower case: a
# photo word (PHOTO_WORDS), "file photo" among them.
CREDIT_LABEL_OPENINGS = (*CAPTION_LABEL_WORDS, "file")
# An explicit credit label near the end of a line: "... Credit: ESA", "... Photo credit: X".
CREDIT_LABEL_TAIL = compile_lazily(
    r"\b(?:credits?|photo|image)\s*(?:credits?)?\s*:\s*[^:]{1,60}$", re.I
)
CREDIT_LABEL_TAIL_NEEDLES = ("credit", "photo", "image")
# Inside a trailing "( ... )", what makes it a credit rather than an aside: an agency, a photo
# word, or the "Name/Agency" slash shape.
PAREN_CREDIT_CONTENT = compile_lazily(
    rf"(?:\b(?:{_AGENCY_ALT})\b|\b{PHOTO_WORDS}\b|^{PERSON_NAME_ANY_CASE}\s*/\s*\S)", re.IGNORECASE
)
# Caption openers that describe a picture: "Pictured: ...", "Above: ...", "Left to right: ...".
CAPTION_LEAD = compile_lazily(
    r"^(?:pictured|above|below|left|right|top|bottom|inset|main|file|left to right|"
    r"from left|clockwise from top left)\s*(?:\([^)]{1,40}\))?\s*[:,\u2014-]",
    re.IGNORECASE,
)

# --- clutter --------------------------------------------------------------------------------

# Whole-line page furniture: share/follow bars, ad labels, player controls, comment counters,
# navigation. Compared after lower-casing and trimming punctuation and counters, so "Share",
# "SHARE:", "Share this" and "0 Comments" all match.
CLUTTER_LINES: frozenset[str] = frozenset(
    p.strip()
    for p in [
        "\n    advertisement ",
        " advertising ",
        " ad ",
        " ads ",
        " sponsored ",
        " sponsored content ",
        " promoted ",
        "\n    paid content ",
        " skip advertisement ",
        " story continues below advertisement ",
        "\n    continue reading below ",
        " share ",
        " share this ",
        " share this article ",
        " share this story ",
        "\n    share article ",
        " share on facebook ",
        " share on twitter ",
        " share via email ",
        " share page ",
        "\n    shares ",
        " tweet ",
        " tweets ",
        " email ",
        " e-mail ",
        " print ",
        " pin ",
        " pinterest ",
        " linkedin ",
        " whatsapp ",
        "\n    reddit ",
        " facebook ",
        " twitter ",
        " instagram ",
        " messenger ",
        " telegram ",
        " sms ",
        " copy ",
        " copy link ",
        "\n    link copied ",
        " copied ",
        " save ",
        " save article ",
        " saved ",
        " bookmark ",
        " bookmark it ",
        " comment ",
        "\n    comments ",
        " leave a comment ",
        " view comments ",
        " show comments ",
        " add a comment ",
        "\n    join the conversation ",
        " subscribe ",
        " subscribe now ",
        " sign up ",
        " sign in ",
        " log in ",
        " login ",
        "\n    register ",
        " newsletter ",
        " newsletters ",
        " read more ",
        " more ",
        " read full article ",
        "\n    continue reading ",
        " keep reading ",
        " see more ",
        " show more ",
        " load more ",
        " view more ",
        " view all ",
        "\n    show all ",
        " more stories ",
        " more on this story ",
        " related ",
        " related articles ",
        "\n    related stories ",
        " related content ",
        " related topics ",
        " related links ",
        " recommended ",
        "\n    recommended for you ",
        " you may also like ",
        " you might also like ",
        " most read ",
        " most popular ",
        "\n    most viewed ",
        " trending ",
        " top stories ",
        " latest ",
        " latest news ",
        " editor's picks ",
        " also read ",
        "\n    also see ",
        " see also ",
        " watch ",
        " watch now ",
        " video ",
        " videos ",
        # A player's link to its playlist, which a scrape leaves on its own line.
        " more videos ",
        " more photos ",
        " play ",
        " play video ",
        " pause ",
        "\n    mute ",
        " unmute ",
        " fullscreen ",
        " exit fullscreen ",
        " replay ",
        " close ",
        " menu ",
        " search ",
        " home ",
        "\n    next ",
        " previous ",
        " back ",
        " back to top ",
        " top ",
        " undo ",
        " feed ",
        " rss ",
        " about the author ",
        "\n    more about ",
        " topics ",
        " tags ",
        " reuse content ",
        " copyright ",
        " all rights reserved ",
        " listen ",
        "\n    listen to this article ",
        " listen to article ",
        " font size ",
        " text size ",
        " a ",
        " a+ ",
        " a- ",
        "\n    print this page ",
        " toggle caption ",
        " hide caption ",
        " show caption ",
        " enlarge this image ",
        "\n    image ",
        " photo ",
        " gallery ",
        " view gallery ",
        " launch gallery ",
        " open gallery ",
        "\n    view this image ",
        " view image ",
        " chapters ",
        " descriptions ",
        " subtitles ",
        " captions ",
        "\n    playback rate ",
        " foreground ",
        " background ",
        " window ",
        " font family ",
        " text edge style ",
        "\n    duration ",
        " duration time ",
        " loaded ",
        " progress ",
        " stream type ",
        " stream typelive ",
        " live ",
        "\n    remaining time ",
        " current time ",
        " captions settings ",
        " close modal dialog ",
        " contact us ",
        "\n    privacy policy ",
        " terms of use ",
        " terms and conditions ",
        " cookie policy ",
        " advertise with us ",
        "\n    follow us ",
        " follow ",
        " get the app ",
        " download the app ",
        " opens in new window ",
        "\n    descriptions off, selected ",
        " subtitles off, selected ",
        " captions off, selected ",
        "\n    default, selected ",
        " captions settings, opens captions settings dialog ",
        " caption ",
        "\n    hide ",
        " expand ",
        " collapse ",
        " enlarge ",
        " zoom ",
        " credit ",
        " more info\n    ",
    ]
) - {""}
# Clutter phrases are compared after this normalisation: lower case, counters and trailing
# punctuation and arrows dropped ("SHARE:", "Share ›", "Comments (12)").
_TRIM_TAIL = r"[\s:›»>→|•·()\[\]\d.,!]+"
_TRIM_HEAD = r"[\s:›»>→|•·\d]+"
CLUTTER_TRIM = compile_lazily(rf"{_TRIM_TAIL}$|^{_TRIM_HEAD}")
# The same trim without a search: the head run matched at the start, the tail run matched at the
# start of the reversed text (CLUTTER_TRIM's "$" branch, tried at every position, is quadratic in
# a long run of dots or spaces).
CLUTTER_TRIM_HEAD = compile_lazily(_TRIM_HEAD)
CLUTTER_TRIM_TAIL_REVERSED = compile_lazily(_TRIM_TAIL)
# The ASCII characters of the two runs, for str.lstrip/rstrip (local._trim_clutter), which
# needs the patterns only where a run meets a character beyond ASCII.
CLUTTER_TRIM_HEAD_ASCII = "".join(c for c in map(chr, range(128)) if re.match(_TRIM_HEAD, c))
CLUTTER_TRIM_TAIL_ASCII = "".join(c for c in map(chr, range(128)) if re.match(_TRIM_TAIL, c))
# The characters beyond ASCII in either run besides spaces and digits.
CLUTTER_TRIM_OTHER = "›»→•·"

# Lines that open with a clutter label and go on: "Also read: ...", "READ MORE | ...",
# "Related: Chicago is America's ...", "Click here to receive live updates", "Follow us on
# Twitter", "Sign up for our newsletter", "(With inputs from agencies)", "Copyright 2016 ...".
CLUTTER_PREFIX = compile_lazily(
    r"^\(?\s*(?:also\s+read|read\s+more|read\s+also|read|related|see\s+also|also\s+see|"
    r"recommended|more\s+from|more\s+on|watch|listen|click\s+here|tap\s+here|follow\s+us|"
    r"follow\s+@|sign\s+up|subscribe|download\s+the|get\s+the\s+latest|get\s+our|join\s+us|"
    r"copyright|©|\(c\)|all\s+rights\s+reserved|this\s+story\s+has\s+been|"
    r"with\s+inputs?\s+from|inputs?\s+from|additional\s+reporting|reporting\s+by|"
    r"editing\s+by|written\s+by|compiled\s+by|produced\s+by|"
    r"updated\s+(?:on|at)|sponsored\s+by|powered\s+by|presented\s+by|"
    r"by\s+taboola|promoted\s+links|sponsored\s+links|"
    r"we\s+use\s+cookies|share\s+(?:this|on|via)|like\s+us\s+on|"
    r"catch\s+(?:all|the)\s+(?:the\s+)?latest|don'?t\s+miss|trending\s+now|"
    r"more\s+about|more\s+stories|top\s+stories|most\s+read|"
    r"originally\s+published|this\s+article\s+(?:was\s+)?(?:first\s+|originally\s+)?"
    r"(?:appeared|published)|"
    r"this\s+article\s+is\s+more\s+than)\b"
    r"\s*(?:[:|\u2022>»\-\u2013\u2014]|\b)",
    re.IGNORECASE,
)
# The strongest of those: labels that only ever introduce clutter, even before a long line.
CLUTTER_PREFIX_STRONG = compile_lazily(
    r"^\(?\s*(?:also\s+read|read\s+more|read\s+also|related|see\s+also|also\s+see|"
    r"recommended|more\s+from|more\s+on|click\s+here|follow\s+us|sign\s+up|subscribe|"
    r"copyright|©|all\s+rights\s+reserved|with\s+inputs?\s+from|inputs?\s+from|"
    r"by\s+taboola|promoted\s+links|sponsored\s+links|we\s+use\s+cookies|don'?t\s+miss|"
    r"more\s+about|top\s+stories|most\s+read|trending\s+now)\b\s*(?:[:|\u2022>»\-\u2013\u2014]|$)",
    re.IGNORECASE,
)
# The newsroom's credit that closes a story: "Additional reporting by Jane Doe", "(Reporting by
# Jane Doe; Editing by John Roe)", "Compiled by the foreign desk". Wire and magazine copy puts it
# right under the last of the article's text, so whatever stands between the last paragraph and
# it (a list of tour dates, a short schedule) is still the article.
END_CREDIT = compile_lazily(
    r"^\(?\s*(?:additional\s+reporting|reporting\s+by|editing\s+by|writing\s+by|compiled\s+by)\b",
    re.IGNORECASE,
)
# What a video player or picture widget leaves on the line right above its title or caption, as
# clutter keys (each is in CLUTTER_LINES): "Video", "Play Video", "Watch", "Replay", "View this
# image ›", "Enlarge this image", and the last items of a player's caption-settings menu ("Font
# Family", "Text Edge Style"). "Videos" is left out: a playlist of other videos follows it.
MEDIA_MARKER_KEYS: frozenset[str] = frozenset(
    [
        "video",
        "play video",
        "watch",
        "watch now",
        "replay",
        "view this image",
        "view image",
        "enlarge this image",
        "image",
        "photo",
        "font family",
        "text edge style",
    ]
)
# The toggles a gallery's caption box ends its caption with, cut short or whole ("... at the
# ... more", "... on Tuesday. less"), lower case: two copies of one caption, each with its own.
CAPTION_TOGGLE_ENDINGS = ("... more", "...more", "\u2026 more", "\u2026more", " less")
# A headline that opens with a quotation and a colon: "'Self-serving': Critics hit back at the
# plan", "“We're on it”: State spends $2m on new campaign". Sites link other stories between
# paragraphs in this shape; the quote closes right before the colon.
QUOTED_HEADLINE = compile_lazily(r"^[\"'\u201c\u2018].{1,80}?[\"'\u201d\u2019]:\s+\S")
# What stands between a linked story's kicker and its title ("Profile | Jane Doe",
# "Analysis | What the vote means"): a short line holding it between paragraphs is a link.
KICKER_SEPARATOR = " | "
# Markers after which a list of other stories follows ("Read more", "Recommended", "Related
# stories", "More from X", "Most read", "Most Read Sport Stories", "Further Reading", "Explore
# further"): the short lines under them are boilerplate.
RELATED_MARKER = compile_lazily(
    r"^(?:read\s+more|more\s+(?:from|on|about|stories|news|coverage|in)\b.*|related(?:\s+\w+)?|"
    r"recommended(?:\s+\w+)*|you\s+(?:may|might)\s+(?:also\s+)?like|most\s+(?:read|popular|viewed)|"
    r"trending(?:\s+now)?|top\s+stories|latest(?:\s+news)?|also\s+read|see\s+also|"
    r"most\s+(?:read|popular|viewed|shared)\s+[\w\s]{1,40}|further\s+reading|related\s+\w+\s+\w+|"
    r"more\s+in\s+\w+(?:\s+\w+)?|explore\s+further|(?:popular|trending)\s+(?:now|stories|on\s+\w+)|"
    r"editor'?s\s+picks|more\s+about:?|promoted\s+links|sponsored\s+links|"
    r"what\s+to\s+read\s+next|up\s+next|keep\s+reading|elsewhere\s+on\s+\w+.*)\s*:?$",
    re.IGNORECASE,
)
# What RELATED_MARKER opens with, lower case, by first character (a cheap test before it).
RELATED_MARKER_OPENINGS = _by_key(
    (
        "read",
        "more",
        "related",
        "recommended",
        "you",
        "most",
        "trending",
        "top",
        "latest",
        "also",
        "see",
        "further",
        "explore",
        "popular",
        "editor",
        "promoted",
        "sponsored",
        "what",
        "up",
        "keep",
        "elsewhere",
    ),
    slice(0, 1),
)
# Counters: "0 comments", "12 Comments", "3 shares", "1.2k views", "50 show all".
COUNTER_LINE = compile_lazily(
    r"^\d[\d.,]*\s*[km]?\s+(?:comments?|shares?|views?|likes?|replies|reactions|"
    r"show\s+all|photos?|images?|videos?|min(?:ute)?s?\s+read|reads?)$",
    re.IGNORECASE,
)
# "5 min read", "Reading time: 3 minutes".
READ_TIME = compile_lazily(
    r"^(?:reading\s+time:?\s*)?\d+\s*(?:min|mins|minutes?)(?:\s+read)?$", re.I
)
# Gallery item counters that introduce a picture: "1/50 United goin down", "3 of 12".
GALLERY_ITEM = compile_lazily(r"^\d{1,3}\s*/\s*\d{1,3}\s+\S")
# Player/time furniture: "Your video will play in 00:25", "0:00", "/".
# What a PLAYER_LINE match opens with, lower case, besides a character of its first branch
# ([\d:/\s.%-]); its last branch needs a ":" anywhere.
PLAYER_LINE_OPENINGS = ("your", "video", "now", "up")
PLAYER_LINE_FIRST_CHARS = ":/.%-"
PLAYER_LINE = compile_lazily(
    r"^(?:[\d:/\s.%-]+|your\s+video\s+will\s+play.*|video\s+duration.*|now\s+playing.*|"
    r"up\s+next.*|.*\bplay(?:ing)?\s+in\s+\d+:\d+.*)$",
    re.IGNORECASE,
)
# A handle or a link on its own line: "@ahiza_garcia", "www.example.com/path", "https://...".
URL_LINE = compile_lazily(r"^(?:https?://|www\.)\S+$|^@\w{1,30}$", re.IGNORECASE)
# Copyright and rights lines: "© 2016 Cable News Network", "(c) Reuters 2021".
COPYRIGHT = compile_lazily(r"(?:^|\s)(?:©|\(c\)|copyright)\s*\d{0,4}", re.IGNORECASE)

# --- embeds ---------------------------------------------------------------------------------

# Tweet embeds as they come out of a scrape: the tweet text ends with "pic.twitter.com/..." or a
# t.co link, and the signature line "— Jane Doe (@janedoe) September 5, 2021".
EMBED_SIGNATURE = compile_lazily(
    rf"^{DASH}?\s*.{{0,80}}\(@\w{{1,30}}\)\s*(?:(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}})",
    re.IGNORECASE,
)
EMBED_MARKERS = compile_lazily(
    r"pic\.twitter\.com/|https?://t\.co/|twitter\.com/\w+/status|"
    r"instagram\.com/(?:p|reel)/|a\s+post\s+shared\s+by|view\s+this\s+post\s+on\s+instagram|"
    r"youtube\.com/watch|youtu\.be/|tiktok\.com/@|facebook\.com/\S+/posts/",
    re.IGNORECASE,
)
# What every EMBED_MARKERS match holds: a site's address, or the words "shared" ("a post shared
# by") or "instagram" ("view this post on instagram") - not "post", which "most" and "cost" hold.
EMBED_MARKER_NEEDLES = (
    "twitter.com/",
    "t.co/",
    "instagram",
    "shared",
    "youtube.com/",
    "youtu.be/",
    "tiktok.com/",
    "facebook.com/",
)
# Every EMBED_MARKERS match without a "/" is "a post shared by" or "view this post on instagram".
EMBED_POST_NEEDLES = ("shared", "instagram")

# --- bylines --------------------------------------------------------------------------------

# "By Jane Doe", "By JANE DOE and John Roe", "by Ahiza Garcia @ahiza_garcia February 1, 2016".
# Also the scraped "ByJane Doe", where the link text lost its space (the capital after "By" must
# follow at once, so "Byzantine" stays out).
BYLINE_BY = compile_lazily(
    r"^(?:(?i:written\s+)?(?i:by)\s*:?\s+(?P<rest>\S.*)|By(?P<glued>[A-Z][a-z].*))$"
)
# The start of a long "By" line that is a byline with a bio: "Jane Doe, a deputy editor ...".
BYLINE_NAME_THEN_BIO = compile_lazily(rf"^{PERSON_NAME}\s*[,|\u2014\u2013]\s")
# The person's name at the start of a byline part that runs on into the outlet's name: first
# name, optional initials or a particle, surname ("Tom B. Roe Harbour City Courier" -> "Tom B. Roe").
NAME_PREFIX = compile_lazily(
    rf"^{NAME_WORD}(?:\s+[A-Z]\.)*(?:\s+{NAME_PARTICLE})*\s+[A-Z][a-z\u00df-\u00ff]+(?:['’\-][A-Z]?[a-z\u00df-\u00ff]+)*(?=\s|$)"
)
# "By" alone on its line, the name on the next (a link that the scraper split off).
BYLINE_BY_ALONE = compile_lazily(r"^(?:written\s+)?by:?$", re.IGNORECASE)
# A byline's name followed by the author's handle or a relative time: "Jane Doe @janedoe",
# "Jane Doe • 8h", "Jane Doe | 3 hours ago".
NAME_HANDLE = compile_lazily(
    rf"^(?P<name>{PERSON_NAME})\s*(?:[|\u2022·,]\s*)?(?:@\w{{1,30}}|\d{{1,2}}\s*[hmd]\b.*|\d{{1,2}}\s+(?:hours?|minutes?|days?)\s+ago)$"
)
# Words that are never part of a name line: share-bar and navigation words ("Share Tweet
# Share", "Pin It", "Jane Doe's Most Recent Stories").
NOT_NAME_WORDS: frozenset[str] = frozenset(
    [
        "share",
        "tweet",
        "pin",
        "it",
        "email",
        "print",
        "stories",
        "story",
        "recent",
        "most",
        "more",
        "news",
        "follow",
        "view",
        "all",
        "read",
        "comments",
        "comment",
        "subscribe",
        "newsletter",
        "video",
        "photos",
        "gallery",
        "home",
        "menu",
        "search",
        "latest",
        "top",
        "close",
        "next",
        "previous",
        "back",
        "watch",
        "live",
        "opinion",
        "sign",
        "log",
    ]
)
# Wire agencies that sites name as a story's author, lower case, on a line with its date:
# "Associated Press November 19, 2019, 9:02 AM", "Reuters | Updated June 3, 2021".
WIRE_AGENCY_BYLINES: frozenset[str] = frozenset(
    [
        "associated press",
        "the associated press",
        "ap",
        "reuters",
        "thomson reuters",
        "afp",
        "agence france-presse",
        "bloomberg",
        "bloomberg news",
        "press association",
        "pa media",
        "dpa",
        "efe",
        "xinhua",
        "kyodo",
        "kyodo news",
        "yonhap",
        "ani",
        "pti",
        "ians",
        "aap",
        "upi",
        "anadolu agency",
        "tass",
    ]
)
WIRE_AGENCY_BYLINE_OPENINGS = tuple(sorted(WIRE_AGENCY_BYLINES))
# Separators between names and outlets in bylines: "Jane Doe | Fox News", "Jane Doe, Reuters",
# "Jane Doe - BBC News", "Jane Doe and John Roe", "Jane Doe & John Roe", "Jane Doe • 3 min read".
# The (?<!\s) anchors: a match may only start where a whitespace run starts, so a long run of
# spaces is scanned once, not once per position (it was quadratic: 10,000 spaces took 26 s).
BYLINE_SPLIT = compile_lazily(
    rf"(?<!\s)\s*(?:[|,;\u2022·]|\s{DASH}\s|\band\b|&|\bwith\b)\s*", re.IGNORECASE
)
# A line that is just a person's name (2-5 name words), as bylines are on many sites.
NAME_ONLY = compile_lazily(rf"^{PERSON_NAME}$")
# Reporter role lines under or beside a byline: "BuzzFeed News Reporter", "Senior Writer",
# "Chief Political Correspondent", "Staff Writer", "Special to CNN".
BYLINE_ROLE = compile_lazily(
    r"^(?:[A-Z][\w.&'’-]*\s+){0,5}(?:reporter|writer|correspondent|editor|columnist|"
    r"contributor|journalist|producer|staff|bureau\s+chief|analyst)s?(?:\s+(?:at|for)\s+.{1,40})?$"
    r"|^special\s+to\s+.{1,40}$",
    re.IGNORECASE,
)
# Words that end a byline's name part: dates, times, "Updated", a handle.
BYLINE_TAIL = compile_lazily(
    rf"(?<!\s)\s+(?:@\w+|(?:{MONTHS})\.?\s+\d|(?:{WEEKDAYS})\b|updated\b|published\b|posted\b|\d).*$",
    re.IGNORECASE,
)
# Outlet and role words that are not names inside a byline ("Jane Doe, Reuters").
BYLINE_NOT_NAME = compile_lazily(
    rf"^(?:(?:{_AGENCY_ALT})(?:\s+news)?|.*\b(?:news|times|post|press|reporter|writer|"
    r"correspondent|editor|staff|agency|agencies|desk|team|bureau|online|media|magazine|"
    r"journal|herald|tribune|daily|weekly|network|channel|service|wire|contributor)\b.*)$",
    re.IGNORECASE,
)

# --- times ----------------------------------------------------------------------------------

# "Published 3 hours ago", "Updated: 12:41 PM ET, Mon February 1, 2016", "Last modified on ...",
# "posted on April 21, 2015, at 11:29 a.m.", "First published February 1, 2016".
TIMESTAMP_LABEL = compile_lazily(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|created|edited)|"
    r"date|time|last\s+update)\b\s*(?:on|at)?\s*:?",
    re.IGNORECASE,
)
# Tokens a date or time line is made of; a line of only these is a timestamp
# ("Friday 25 December 2015", "Jul 17, 2014", "1:39 PM ET", "12/02/2021 14:05 GMT"), and a
# clock time run into its "AM"/"pm" ("4:41AM", split at the ":" into "4" and "41AM"; "4pm").
_TIME_TOKEN = (
    rf"(?:{MONTHS}|{WEEKDAYS})\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}[ap]\.?m\.?|"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|"
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|a\.?m\.?|p\.?m\.?|hrs?|ist|gmt|utc|bst|cet|cest|edt|est|"
    r"et|pt|pdt|pst|ct|cdt|cst|mt|aest|aedt|jst|on|at|updated|published|posted|ago|"
    r"seconds?|mins?|minutes?|hours?|days?|weeks?|months?|years?|yesterday|today|"
    r"just\s+now|last|modified|first|an?|of"
)
TIME_TOKEN = compile_lazily(_TIME_TOKEN, re.IGNORECASE)
_TIME_SEPARATOR = r"[\s,|:()\[\]\u2022·/\-\u2013\u2014]"
TIME_SEPARATORS = compile_lazily(rf"{_TIME_SEPARATOR}+")
# The first part of a line is a time token (a gate: a line of time tokens only starts with one,
# and prose lines fail on their first word without being split).
# A line whose first word (after separators) is all letters and dots can only be a time if that
# word is one of the time tokens, or "just" ("just now"): TIME_FIRST_TOKEN needs a separator
# after the token, and neither letters nor "." are separators. The separators in ASCII and
# the letters and dot, for str.lstrip:
TIME_SEPARATOR_CHARS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f,|:()[]\u2022·/-\u2013\u2014"
TIME_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz."
TIME_FIRST_TOKEN = compile_lazily(
    rf"{_TIME_SEPARATOR}*(?:{_TIME_TOKEN})(?={_TIME_SEPARATOR}|$)", re.IGNORECASE
)
# Needs a digit or a month/weekday/"ago" to be a time at all ("on at" is not).
TIME_ANCHOR = compile_lazily(rf"\d|\b(?:{MONTHS}|{WEEKDAYS}|ago|yesterday|today)\b", re.IGNORECASE)
# Every month and weekday name starts with its three-letter form.
TIME_ANCHOR_NEEDLES: tuple[str, ...] = tuple(
    sorted({w[:3] for w in f"{MONTHS}|{WEEKDAYS}".split("|")} | {"ago", "yesterday", "today"})
)

# --- datelines ------------------------------------------------------------------------------

# Wire datelines at the start of the first paragraph: "MADRID —", "KABUL, Sept 6 (Reuters) -",
# "(CNN) —", "WASHINGTON (AP) —", "NEW DELHI: ", "LONDON, June 3 (Reuters) -".
DATELINE = compile_lazily(
    rf"^(?:\((?P<agency0>[A-Za-z][\w .&]{{1,30}})\)\s*{DASH}\s*"
    rf"|(?P<location>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){{0,3}}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    rf"(?:,\s+(?P<date>(?i:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTHS})\.?))?"
    rf"\s*(?:\((?P<agency>[A-Za-z][\w .&]{{1,30}})\))?\s*(?:{DASH}|:|\u2015)\s+)",
)

# --- layout ---------------------------------------------------------------------------------

# What ends a sentence, allowing closing quotes and brackets after the stop.
TERMINAL = compile_lazily(r"[.!?…:](?:['\"’”»)\]]*)$|[\"”»]$")
# TERMINAL as string tests (features.terminal): a closing quote last, or a stop before the
# closing marks.
TERMINAL_STOPS = (".", "!", "?", "…", ":")
TERMINAL_CLOSERS = "'\"’”»)]"
TERMINAL_QUOTES = ('"', "”", "»")
WORD = compile_lazily(r"[^\W_][\w'’.\-]*")
# Function words whose presence marks running prose rather than a title or a name list.
FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "but",
        "or",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "it",
        "its",
        "this",
        "these",
        "those",
        "their",
        "his",
        "her",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "our",
        "not",
        "as",
        "than",
        "said",
        "says",
    ]
)
# Every spelling whose lower() is a function word ("The", "THE", "tHe"), so that features count
# them without lower-casing each word. Outside ASCII only the Kelvin sign lower-cases to an ASCII
# letter (U+0130 gives two characters), so each letter's spellings are its two cases and, for
# "k", that sign.
_LOWERS_TO: dict[str, str] = {"k": "\u212a"}
FUNCTION_WORD_SPELLINGS: frozenset[str] = frozenset(
    "".join(spelling)
    for word in FUNCTION_WORDS
    for spelling in itertools.product(
        *({ch, ch.upper()} | set(_LOWERS_TO.get(ch, "")) for ch in word)
    )
)
# WORD's words counted with bytes methods (passes.features), several times faster than the
# pattern: a line seen as ASCII bytes, every byte that cannot be in a word ([^\w'’.\-]) made a
# space, splits into the runs WORD's matches are made from; a match is its run with its lead of
# "_'.-" cut ("'Tis" gives "Tis", a lone "-" nothing). Those four become WORD_LEAD_BYTE, so that
# one search finds a run that starts with one (no function word holds them).
WORD_LEAD_BYTE = b"\x01"
WORD_BYTES = bytes(
    b if chr(b).isalnum() else WORD_LEAD_BYTE[0] if chr(b) in "_'.-" else 0x20 for b in range(128)
) + (b"\x20" * 128)
WORD_LEAD_AFTER_SPACE = b" " + WORD_LEAD_BYTE
FUNCTION_WORD_BYTES: frozenset[bytes] = frozenset(
    s.encode() for s in FUNCTION_WORD_SPELLINGS if s.isascii()
)
# The characters beyond ASCII common in news text, and the ASCII character each stands for in
# a word count: "’" is an apostrophe (a word goes on through it), the rest cannot be in a word
# (quotes, dashes, ellipsis, currency and other signs, the no-break space). A line that holds no
# other character beyond ASCII is counted as ASCII after these replacements. None of them is in
# FOLDS_TO_ASCII: features.compute looks for those only in lines these leave beyond ASCII.
WORD_CHARS_BEYOND_ASCII: tuple[tuple[str, str], ...] = (
    ("\u2019", "'"),
    *(
        (c, " ")
        for c in "\u201c\u201d\u2014\u2013\u2018\u2026\u00a3\u00a9\u2022\u203a\u00ab\u00bb\u00a0\u20ac"
    ),
)
# Characters that open a quoted line: straight and curly double and single marks, low-high and
# guillemets. A body line that starts with one is speech, never a crosshead.
QUOTE_OPENERS = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u2039\u203a"
# Numbered list items and step headings inside articles: "1. Take any blankets off the bed".
NUMBERED_ITEM = compile_lazily(r"^\d{1,2}[.)]\s+\S")

# Words that put a descriptive line next to a picture: positions and posing ("Jane Doe, left,
# and John Roe", "pictured", "from left", "poses for a portrait"). A line with one of them, next
# to a credit, is the picture's caption.
CAPTION_WORDS = compile_lazily(
    r"\b(?:left|right|centre|center|pictured|from\s+left|clockwise|foreground|background|"
    r"poses?|posing|seen\s+here|shown\s+here|above|below|top|bottom|file\s+photo|in\s+this\s+(?:photo|image))\b",
    re.IGNORECASE,
)
# Promotion inside or after an article: newsletters, subscriptions, apps, community programmes.
# "Keep up with our daily newsletter", "Get access to ... for as little as", "Join our ...
# programme", "Want more X? Sign up", "Disclaimer: The views ...", "This document is subject to
# copyright".
PROMO = compile_lazily(
    r"\b(?:newsletters?|subscribe|subscribers?\s+only|subscriptions?\s+service|sign\s+up\s+(?:for|to|now|here)|"
    r"get\s+access\s+to|join\s+our|download\s+(?:our|the)\s+app|in\s+your\s+inbox|to\s+your\s+inbox|"
    r"follow\s+us\s+on|like\s+us\s+on|support\s+our\s+journalism|cancel\s+any\s*time|"
    r"would\s+you\s+like\s+to|want\s+more\b|click\s+here|"
    r"subject\s+to\s+copyright|all\s+rights\s+reserved|disclaimer\s*:|"
    r"^citation\s*:)",
    re.IGNORECASE,
)
# PROMO's branches by the words each of their matches holds, rarest first (Line.may_hold_all);
# the first words are the quick test (Line.may_hold).
PROMO_NEEDLE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("newsletter",),
    ("subscribe",),
    ("subscriber", "only"),
    ("subscription", "service"),
    ("sign", "up"),
    ("access", "get", "to"),
    ("join", "our"),
    ("download", "app"),
    ("inbox", "your"),
    ("follow", "us", "on"),
    ("like", "us", "on"),
    ("journalism", "support", "our"),
    ("cancel", "any", "time"),
    ("like", "would", "you", "to"),
    ("want", "more"),
    ("click", "here"),
    ("copyright", "subject", "to"),
    ("reserved", "all", "rights"),
    ("disclaimer", ":"),
    ("citation", ":"),
)
# A first word that holds another ("subscriber" holds "subscribe") adds nothing to that test.
PROMO_NEEDLES: tuple[str, ...] = tuple(
    n
    for n in dict.fromkeys(g[0] for g in PROMO_NEEDLE_GROUPS)
    if not any(m != n and m in n for m, *_ in PROMO_NEEDLE_GROUPS)
)
# A bio line under or after an article: "Jane Doe is a reporter who covers ...", "Jane Doe
# writes about science", "Jane Doe is the author of ...", "Jane Doe is the site's deals editor".
AUTHOR_BIO = compile_lazily(
    rf"^(?P<name>{PERSON_NAME})\s+(?:is|was|writes|covers|has\s+(?:been|written|covered)|"
    r"reports|joined)\b"
)

# --- line openings ---------------------------------------------------------------------------

# What the patterns matched at a line's start can begin with, lower case: COUNTER_LINE,
# READ_TIME, URL_LINE, CLUTTER_PREFIX (and CLUTTER_PREFIX_STRONG, a subset), COPYRIGHT,
# TIMESTAMP_LABEL, BYLINE_BY, CAPTION_LEAD, GALLERY_ITEM and GALLERY_COUNTER. Most lines are
# prose opening with some other word ("The council said ..."): one startswith on the lower-cased
# line (with a digit, "(" or whitespace first, or a character that folds to ASCII, the patterns
# run) lets them skip all of these at once. tests/test_structure.py checks it against each one.
LEAD_PREFIXES: tuple[str, ...] = (
    # URL_LINE
    "http",
    "www.",
    "@",
    # READ_TIME (or a digit)
    "reading",
    # CLUTTER_PREFIX (the "(c)" and "(" openings start with "(")
    "also",
    "read",
    "related",
    "see",
    "recommended",
    "more",
    "watch",
    "listen",
    "click",
    "tap",
    "follow",
    "sign",
    "subscribe",
    "download",
    "get",
    "join",
    "copyright",
    "\u00a9",
    "all",
    "this",
    "with",
    "input",
    "additional",
    "reporting",
    "editing",
    "written",
    "compiled",
    "produced",
    "updated",
    "sponsored",
    "powered",
    "presented",
    "by",
    "promoted",
    "we",
    "share",
    "like",
    "catch",
    "don",
    "trending",
    "top",
    "most",
    "originally",
    # TIMESTAMP_LABEL
    "first",
    "last",
    "published",
    "posted",
    "modified",
    "created",
    "edited",
    "date",
    "time",
    # CAPTION_LEAD
    "pictured",
    "above",
    "below",
    "left",
    "right",
    "bottom",
    "inset",
    "main",
    "file",
    "from",
    "clockwise",
    # GALLERY_COUNTER (PHOTO_WORDS, or a digit)
    *CAPTION_LABEL_WORDS,
)
# The same by their first character: may_lead tests only those that share the line's.
LEAD_PREFIXES_BY_FIRST = _by_key(LEAD_PREFIXES, slice(0, 1))

# Every pattern above compiles on first use (see _lazy.py), then stands here compiled.
bind_names(globals())
