"""Quotes and who said them.

Two steps. ``find_quotes`` pairs quotation marks inside each body paragraph (a paragraph whose
quote is not closed and whose next paragraph opens with a mark continues it, as news style
does for long quotes), and sets aside marks that are not speech: titles of shows and books,
nicknames, inch marks.

``attribute`` then reads the paragraphs with quotes once as word tokens, every quote standing
as one token (one regex pass per run of about 16 KB of paragraphs, over a copy of the text with
the quotes masked; the tokens are kept as parallel lists, since an object per token cost more
than the attribution rules), and
looks for the speaker and the speech verb around each quote in the order a reader would: right
after the quote ('"...," X said', '"...," said X, a professor at Y', '"..." -- X'), then before
it in the same sentence ('X said: "..."', 'X told CBS, "..."', 'according to X, "..."', 'Smith
attacked the plan, saying, "..."'), then the neighbours (a split quote's other half, a quote
running on over several paragraphs, the paragraph before).
Pronouns are resolved to the most recent compatible named speaker, and a surname to the full
name the article used.

Everything is a bounded scan over tokens: no regex here can backtrack, and no window grows
with the article, so time is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import sub
from typing import Any

from newsparse.document import Doc, Line
from newsparse.patterns import quotes as Q

# How far (in tokens) a sentence is searched either side of a quote.
_WINDOW = 70
# Paragraphs are read as tokens in runs of about this many characters (attribute).
_CHUNK = 16_384


# Found, _Para and _Hit write their own __init__ (init=False), as document.Line does: under the
# compiled build the one dataclasses generates stays interpreted.


@dataclass(slots=True, init=False)
class Found:
    """A quoted stretch found in the text, before attribution."""

    start: int
    end: int
    line: int  # index into the body paragraphs
    kind: str = "direct"
    closed: bool = True  # the closing mark is in the same paragraph
    continues: bool = False  # continues a quote opened in an earlier paragraph
    title: bool = False  # looks like the title of a show or a book; kept only if attributed
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    name: str | None = None
    role: str | None = None
    rule: str | None = None
    # A pronoun and cue after the quote that a named introducer before it outranked
    # ('Sen. Jane Roe scolded him: "A," she said.'): the next quote takes "she said".
    after_pronoun: tuple[tuple[int, int], tuple[int, int] | None] | None = None

    def __init__(
        self,
        start: int,
        end: int,
        line: int,
        kind: str = "direct",
        closed: bool = True,
        continues: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.kind = kind
        self.closed = closed
        self.continues = continues
        self.title = False
        self.speaker = None
        self.cue = None
        self.name = None
        self.role = None
        self.rule = None
        self.after_pronoun = None


# --- finding quotes ---------------------------------------------------------------------------


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in Q.DOUBLE_OPEN:
        return True
    if ch == '"':
        return (prev.isspace() or prev in "([{—–-―/:;,") and not nxt.isspace()
    if ch in Q.DOUBLE_CLOSE:  # a closing mark misused as an opener: '”Mr. Trump ...'
        return (i == 0 or prev.isspace()) and nxt.isalnum()
    return False


def _inch_marks(text: str) -> set[int]:
    """Offsets of straight marks that are inch marks (5'10")."""
    return {m.end() - 1 for m in Q.INCH_MARK.finditer(text)}


def _pair_marks(text: str, at: list[int] | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch in one paragraph, marks included.

    Curly marks nest (“a “b” c” is one quote); a straight quote closes at the next straight or
    closing mark; an opener with no closer runs to the end of the paragraph (closed=False).
    Runs in one pass over the marks: no backtracking, linear in the paragraph.

    >>> _pair_marks('He said “yes” and “no.')
    [(8, 13, True), (18, 22, False)]
    >>> _pair_marks('"It sounds “too loud,” she said."')  # nested in the other typography
    [(0, 33, True)]
    """
    if at is None:  # the offsets of the marks in text, if the caller has them
        at = [m.start() for m in Q.QUOTE_CHARS_RE.finditer(text)]
    marks = at
    # An inch mark follows a digit or a foot mark (5'10"): a paragraph with no straight mark
    # there skips the scan for them.
    if '"' in text and any(
        text[i] == '"' and i > 0 and (text[i - 1].isdecimal() or text[i - 1] in "'’") for i in at
    ):
        inches = _inch_marks(text)
        if inches:
            marks = [i for i in at if i not in inches]
    # Most paragraphs quote once, with a pair of marks of one typography: "..." or “...”.
    if len(marks) == 2:
        a, b = marks
        if text[a] + text[b] in Q.SIMPLE_PAIRS and _is_opener(text, a):
            return [(a, b + 1, True)]
    out: list[tuple[int, int, bool]] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        if not _is_opener(text, i):
            k += 1
            continue
        opener = text[i]
        closers = Q.CLOSERS.get(opener, '"\u201d')
        depth = 0  # the same curly mark opened again inside: “a “b” c”
        other = 0  # a quote in the other typography nested inside: "a “b” c" / “a "b" c”
        j = k + 1
        end = None
        while j < len(marks):
            m = marks[j]
            c = text[m]
            if c == opener and opener in Q.DOUBLE_OPEN and _is_opener(text, m):
                depth += 1
            elif opener == '"' and c in Q.DOUBLE_OPEN and _is_opener(text, m):
                other += 1
            elif opener == '"' and other and c in Q.DOUBLE_CLOSE:
                other -= 1
            elif opener != '"' and c == '"' and not other and _is_opener(text, m):
                other = 1
            elif opener != '"' and c == '"' and other:
                other = 0
            elif c in closers:
                if depth == 0:
                    end = m + 1
                    break
                depth -= 1
            j += 1
        if end is None:
            if opener == '"' and len(marks) - k == 1 and out:
                # A lone straight mark after balanced quotes: a typo; leave it.
                k += 1
                continue
            out.append((i, len(text), False))
            break
        out.append((i, end, True))
        k = j + 1
    return out


def _kind(text: str, qs: int, qe: int, closed: bool, n: int) -> str:
    """'direct' for a quoted statement, 'partial' for a few quoted words inside a sentence
    (n is the number of words inside the marks; LONG_QUOTE_WORDS stands for any more)."""
    inner_end = qe - 1 if closed else qe
    last = inner_end  # the last character inside the marks that is not a space
    while last > qs + 1 and text[last - 1].isspace():
        last -= 1
    before = text[max(0, qs - 8) : qs].rstrip()  # bounded: no copy of the whole paragraph
    after = text[qe : qe + 8].lstrip()
    starts_sentence = not before or before[-1] in '.!?:—–―-"”' or before.endswith((",", "("))
    ends_stop = last > qs + 1 and text[last - 1] in ".,!?…—-–"
    if n >= Q.LONG_QUOTE_WORDS and (starts_sentence or ends_stop or not closed):
        return "direct"
    if n >= 3 and ends_stop and (starts_sentence or not after or after[0] in ",—-–―"):
        return "direct"
    if n >= 4 and starts_sentence and (not after or after[0] in ",.—-–―" or after[:1].islower()):
        return "direct"
    # n stands for any count from LONG_QUOTE_WORDS up: only a match tells a very long quote.
    if n >= Q.LONG_QUOTE_WORDS and Q.KIND_MAX_QUOTE.match(text, qs + 1, inner_end):
        return "direct"
    return "partial"


def _after_work_word(text: str, qs: int) -> bool:
    """'the film “Jaws”', 'a book called “Dust”': the word before the quote names a work."""
    before = text[max(0, qs - 30) : qs].rstrip(" ,")
    last = before.rsplit(None, 1)
    # Most quotes follow no work word: the last word alone settles it.
    if not last or last[-1].lower() not in Q.WORK_LAST_WORDS:
        return False
    words = before.lower().split()
    return words[-1] in Q.WORK_WORDS or " ".join(words[-2:]) in Q.WORK_WORDS


def _is_nickname(text: str, qs: int, qe: int, words: list[str]) -> bool:
    """'Marcia "Cia" Price': one or two capitalised words between parts of a name."""
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if qs < 2 or qe + 1 >= len(text) or text[qs - 1] != " " or text[qe] != " ":
        return False
    prev = text[max(0, qs - 30) : qs - 1].rsplit(" ", 1)[-1]
    return prev[:1].isupper() and text[qe + 1].isupper()


def _title_slot(text: str, qs: int) -> bool:
    """Whether the word before a title-like quote is a preposition or a possessive ('on this
    weekend's broadcast of “Fox News Sunday,”', "on CBS's “Face the Nation,”"): there it names
    a show or a work even when a speech verb follows, since speech is not the object of 'of'."""
    last = text[max(0, qs - 16) : qs].rsplit(None, 1)
    if not last:
        return False
    w = last[-1].lower()
    return w in Q.TITLE_PREPOSITIONS or w.endswith(("'s", "’s", "s'", "s’"))


def _is_title(text: str, qs: int, words: list[str]) -> bool:
    """A short run of capitalised words: the name of a show, a book, an event ("Face the
    Nation", "Contract with America"); one capitalised word only after a possessive."""
    if not words or len(words) > Q.TITLE_MAX_WORDS:
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    for w in words[1:]:
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in Q.TITLE_SMALL_WORDS):
            return False
    if len(words) >= 2:
        return True
    return text[max(0, qs - 3) : qs].rstrip().endswith(("'s", "’s"))


def _stray_opener(text: str, marks: list[int], paragraphs: list[Line], li: int) -> bool:
    """In an article set in curly marks, whether the straight mark opening this paragraph is a
    stray left by copying ('"Kevin was snoring.' between “...” paragraphs): it is the paragraph's
    only straight mark, its curly marks pair up (in '"We will go,” she said.' the straight mark
    opens what the curly one closes), and the next paragraph does not open with a straight mark
    (as a quote running on over several paragraphs in straight marks would)."""
    chars = [text[i] for i in marks]
    if chars.count('"') != 1 or chars.count("\u201c") != chars.count("\u201d"):
        return False
    return li + 1 >= len(paragraphs) or paragraphs[li + 1].text[:1] != '"'


def _stage_direction(text: str, qs: int, qe: int, closed: bool) -> bool:
    """'"(CROSSTALK.)': a quote whose whole text is one parenthesis is a transcript's stage
    direction, not speech."""
    inner = text[qs + 1 : qe - 1 if closed else qe].rstrip(Q.STAGE_DIRECTION_STRIP)
    return inner.endswith(")") and inner.find(")") == len(inner) - 1


def find_quotes(doc: Doc, paragraphs: list[Line]) -> list[Found]:
    found: list[Found] = []
    if not paragraphs:
        return found
    # The marks of all the paragraphs, found with str.find per mark character (a memchr-speed
    # scan; a regex scan with a match object per mark cost more); then only the paragraphs that
    # hold a mark are visited, each found by bisection from its first mark.
    text = doc.text
    lo, hi = paragraphs[0].start, paragraphs[-1].end
    at: list[int] = []
    n_straight = 0
    for c in Q.QUOTE_CHARS:
        i = text.find(c, lo, hi)
        while i >= 0:
            at.append(i)
            i = text.find(c, i + 1, hi)
        if c == '"':
            n_straight = len(at)
    at.sort()
    # An article set in curly marks: a straight mark alone at a paragraph's start is a stray.
    curly = n_straight * Q.CURLY_ARTICLE_RATIO <= len(at)
    k = 0
    n_at = len(at)
    li = 0
    last = len(paragraphs) - 1
    open_line = -1  # the paragraph a quote left open runs on into (it opens with a mark)
    word_re = Q.WORD_RE.findall
    long_quote = Q.LONG_QUOTE.match
    # Paragraphs and marks are both in text order, so each is found by stepping on from the
    # last one, not by bisection: a bisection's steps grow with the article (19 to a mark's
    # paragraph in a 10 MB article, against 5 in a 10 KB one), the steps on add up to one walk.
    while k < n_at:
        mark = at[k]
        while li < last and paragraphs[li + 1].start <= mark:
            li += 1
        line = paragraphs[li]
        end = line.end
        k_end = k
        while k_end < n_at and at[k_end] < end:
            k_end += 1
        if k == k_end:  # marks between two paragraphs, in a line that is none
            nxt = paragraphs[li + 1].start
            while k < n_at and at[k] < nxt:
                k += 1
            continue
        text = line.text
        marks = [i - line.start for i in at[k:k_end]]
        stray = curly and marks[0] == 0 and text[0] == '"'
        if stray and _stray_opener(text, marks, paragraphs, li):
            del marks[0]
        spans = _pair_marks(text, marks)
        k = k_end
        open_prev = li == open_line
        first = True
        for qs, qe, closed in spans:
            if text[qs + 1 : qs + 2] == "(" and _stage_direction(text, qs, qe, closed):
                continue
            if first and open_prev and qs == 0:  # continues the last paragraph's quote
                found.append(Found(line.start, line.start + qe, li, "direct", closed, True))
                first = False
                continue
            first = False
            inner_end = qe - 1 if closed else qe
            # The checks below ask of a long quote only whether it is long (and _kind whether it
            # is very long): one match reading its first words, not a list of them all.
            if long_quote(text, qs + 1, inner_end) is None:
                words = word_re(text, qs + 1, inner_end)
                n = len(words)
            else:
                words = []
                n = Q.LONG_QUOTE_WORDS
            title = False
            if closed:
                if _after_work_word(text, qs):
                    continue  # 'the film “Jaws”': a title, not speech
                if 1 <= n <= 2 and _is_nickname(text, qs, qe, words):
                    continue
                title = n < Q.LONG_QUOTE_WORDS and _is_title(text, qs, words)
                if title and _title_slot(text, qs):
                    continue  # 'an interview on CBS's “Face the Nation,” Smith said': a name
            f = Found(line.start + qs, line.start + qe, li, _kind(text, qs, qe, closed, n))
            f.closed = closed
            f.title = title
            found.append(f)
        # The quote runs on into the next paragraph if it is open here and the next paragraph
        # opens with a mark.
        open_line = -1
        nxt = li + 1
        if spans and not spans[-1][2] and nxt < len(paragraphs):
            open_line = nxt if paragraphs[nxt].text[:1] in Q.ALL_DOUBLE else -1
    return found


# --- tokens -----------------------------------------------------------------------------------


@dataclass(slots=True, init=False)
class _Para:
    """A paragraph read as tokens: words, short parentheses, punctuation marks, and each quote
    as one token of kind "q". Kept as parallel lists, one entry per token, each built by one
    list comprehension over one regex match list: an object per token cost more than all the
    attribution rules put together."""

    s: list[int] = field(default_factory=list)  # start offsets in the text
    e: list[int] = field(default_factory=list)  # end offsets
    t: list[str] = field(default_factory=list)  # the token as written (a quote: its text)
    low: list[str] = field(default_factory=list)  # lower case for words, as written otherwise
    kind: list[str] = field(default_factory=list)  # "w" word, "p" parenthesis, "x" mark, "q"
    cap: list[bool] = field(default_factory=list)  # a word with a capital first letter
    stop: list[bool] = field(default_factory=list)  # the token ends a sentence

    def __init__(
        self,
        s: list[int] | None = None,
        e: list[int] | None = None,
        t: list[str] | None = None,
        low: list[str] | None = None,
        kind: list[str] | None = None,
        cap: list[bool] | None = None,
        stop: list[bool] | None = None,
    ) -> None:
        self.s = [] if s is None else s
        self.e = [] if e is None else e
        self.t = [] if t is None else t
        self.low = [] if low is None else low
        self.kind = [] if kind is None else kind
        self.cap = [] if cap is None else cap
        self.stop = [] if stop is None else stop

    def extend(self, other: _Para) -> None:
        self.s += other.s
        self.e += other.e
        self.t += other.t
        self.low += other.low
        self.kind += other.kind
        self.cap += other.cap
        self.stop += other.stop

    def add_quote(self, s: int, e: int, t: str) -> None:
        self.s.append(s)
        self.e.append(e)
        self.t.append(t)
        self.low.append("")
        self.kind.append("q")
        self.cap.append(False)
        self.stop.append(False)  # set by _quote_stops once the next token is known


def _read(
    text: str,
    parts: list[tuple[str, str, str, str]],
    lo: int,
    gaps: Iterator[int] | None = None,
) -> tuple[_Para, list[int]]:
    """The tokens of one findall of TOKEN_PARTS_RE or MASKED_TOKEN_PARTS_RE starting at offset
    lo: (space, quote, word, other) per token, and the indices of the quote tokens.
    With gaps, the line break in a space stands for the text between two paragraphs (no
    paragraph holds one), and gaps gives the length of each such stretch in turn.
    Spaces and tokens cover the text without gaps, so the offsets are running sums of the
    lengths. One loop fills all the lists: a comprehension per list, then a pass to glue the
    dots on, cost nearly twice as much."""
    E: list[int] = []
    T: list[str] = []
    L: list[str] = []
    K: list[str] = []
    C: list[bool] = []
    ST: list[bool] = []
    e_, t_, l_ = E.append, T.append, L.append
    k_, c_, st_ = K.append, C.append, ST.append
    quote_at: list[int] = []
    abbreviations = Q.ABBREVIATIONS
    sentence_end = Q.SENTENCE_END_CHARS
    pos = lo
    glued = False  # the last token is a word that took the dot after it
    for sp, q, w, x in parts:
        if sp:
            pos += len(sp)
            if gaps is not None and "\n" in sp:  # the break between two paragraphs
                pos += next(gaps) - 1
        if w:
            pos += len(w)
            e_(pos)
            t_(w)
            l_(w.lower())
            k_("w")
            c_(w[0].isupper())
            st_(False)
            glued = False
            continue
        if len(x) == 1:  # a mark; a longer token is a parenthesis
            # A dot right after an abbreviation or an initial belongs to it ("Mr.", "G.",
            # "U.S."); only one dot, and only one touching the word.
            if x == "." and not sp and not glued and K and K[-1] == "w":
                t = T[-1]
                if L[-1] in abbreviations or (len(t) == 1 and t.isupper()) or "." in t:
                    t += "."
                    T[-1] = t
                    L[-1] = t.lower()
                    pos += 1
                    E[-1] = pos
                    glued = True
                    continue
            pos += 1
            e_(pos)
            t_(x)
            l_(x)
            k_("p" if x == "(" else "x")
            c_(False)
            st_(x in sentence_end)
        elif x:
            pos += len(x)
            e_(pos)
            t_(x)
            l_(x)
            k_("p")
            c_(False)
            st_(False)
        else:  # a masked quote stands for the quote's text; its lower case is ""
            quote_at.append(len(T))
            n = pos + len(q)
            t_(text[pos:n])
            pos = n
            e_(pos)
            l_("")
            k_("q")
            c_(False)
            st_(False)  # set by _quote_stops once the next token is known
        glued = False
    # Each token is its text's length before its end (C speed, not an append per token).
    S = list(map(sub, E, map(len, T)))
    return _Para(S, E, T, L, K, C, ST), quote_at


def _tokenize(text: str, lo: int, hi: int) -> _Para:
    """The tokens of text[lo:hi] (no quote tokens)."""
    return _read(text, Q.TOKEN_PARTS_RE.findall(text, lo, hi), lo)[0]


def _quote_stops(P: _Para, positions: list[int], n: int) -> None:
    """A quote ends its sentence when its text does ('"... it.'") and a capital follows (in the
    paragraph, whose tokens end before n)."""
    T, strip = P.t, Q.QUOTE_STOP_STRIP
    for i in positions:
        if i + 1 < n and P.cap[i + 1]:  # the cheap test first; then the quote's last
            t = T[i]  # character before its marks, found from the end (no copy of the quote)
            j = len(t)
            while j and t[j - 1] in strip:
                j -= 1
            P.stop[i] = j > 0 and t[j - 1] in "!?."
        else:
            P.stop[i] = False


def _paragraphs_tokens(
    text: str,
    paragraphs: list[Line],
    by_line: dict[int, list[tuple[int, Found]]],
    maskable: bool,
) -> tuple[_Para, dict[int, tuple[int, int, list[int]]]]:
    """The tokens of the paragraphs with quotes, each quote one token of kind "q", in one _Para;
    and for each of these paragraphs, the range of its tokens and its quotes' token indices.
    Nothing reads a paragraph's tokens outside its range.

    All of them come from one findall over a masked copy of the text: each quote is replaced by
    a run of a mask character of its length (two masks taking turns, so that quotes side by side
    stay two tokens), and the text between these paragraphs by one line break, which no token
    crosses and no paragraph holds (_read is told how much text each stands for: a break per
    character of it cost the regex more than all the tokens). Reading paragraph by paragraph,
    or the text between quotes piece by piece, cost more in setting up than in reading. A text
    that holds a mask character itself (``maskable`` false) is read piece by piece.
    """
    lines = sorted(by_line)
    spans: dict[int, tuple[int, int, list[int]]] = {}
    if not lines:
        return _Para(), spans
    if not maskable:
        A = _Para()
        for li in lines:
            P, positions = _paragraph_tokens(text, paragraphs[li], by_line[li])
            a = len(A.t)
            A.extend(P)
            spans[li] = (a, len(A.t), [a + i for i in positions])
        return A, spans
    base = paragraphs[lines[0]].start
    pieces: list[str] = []
    pos = base
    turn = 0
    gaps: list[int] = []
    for li in lines:
        line = paragraphs[li]
        if line.start > pos:
            pieces.append("\n")
            gaps.append(line.start - pos)
        pos = line.start
        for _qi, f in by_line[li]:
            pieces.append(text[pos : f.start])
            pieces.append(Q.QUOTE_MASKS[turn] * (f.end - f.start))
            turn ^= 1
            pos = f.end
        pieces.append(text[pos : line.end])
        pos = line.end
    parts = Q.MASKED_TOKEN_PARTS_RE.findall("".join(pieces))
    A, quote_at = _read(text, parts, base, iter(gaps))
    b = k = 0
    for li in lines:
        line = paragraphs[li]
        a = bisect.bisect_left(A.s, line.start, b)
        b = bisect.bisect_left(A.s, line.end, a)
        n = len(by_line[li])
        positions = quote_at[k : k + n]
        k += n
        _quote_stops(A, positions, b)
        spans[li] = (a, b, positions)
    return A, spans


def _paragraph_tokens(
    text: str, line: Line, quotes: list[tuple[int, Found]]
) -> tuple[_Para, list[int]]:
    """One paragraph's tokens read piece by piece between its quotes, and the quotes' token
    indices."""
    P = _Para()
    positions = []
    pos = line.start
    for _qi, f in quotes:
        P.extend(_tokenize(text, pos, f.start))
        positions.append(len(P.t))
        P.add_quote(f.start, f.end, text[f.start : f.end])
        pos = f.end
    P.extend(_tokenize(text, pos, line.end))
    _quote_stops(P, positions, len(P.t))
    return P, positions


def _is_adverb(P: _Para, i: int) -> bool:
    low = P.low[i]
    return P.kind[i] == "w" and (
        low in Q.AUX_WORDS
        or (len(low) > 4 and low.endswith("ly") and not P.cap[i] and low not in Q.NOT_ADVERBS)
    )


def _cue_at(P: _Para, i: int, hi: int, sent_start: int) -> int:
    """End index of a speech-verb cue starting at token i, or -1."""
    if P.kind[i] != "w":
        return -1
    L = P.low
    low = L[i]
    has_prev = i > sent_start
    prev_word = has_prev and P.kind[i - 1] == "w"
    if prev_word and P.cap[i]:
        return -1  # "the Washington Post said": a capitalised verb form mid-sentence is a name
    tails = Q.CUE_TAILS.get(low)
    if tails is not None and i + 1 < hi and L[i + 1] in tails:
        return i + 2
    if low not in Q.CUE_WORDS:
        return -1
    if prev_word:
        prev = L[i - 1]
        if prev in Q.NOUN_MARKERS or prev.endswith(("'s", "’s")):
            return -1  # "the state", "a report", "Smith's comments"
        base_form = low in Q.NOUNISH_VERBS or (low.endswith("s") and low[:-1] in Q.NOUNISH_VERBS)
        if base_form and not (P.cap[i - 1] or prev in Q.PRONOUN_SET or _is_adverb(P, i - 1)):
            return -1
    return i + 1


def _np_forward(P: _Para, i: int, hi: int, sent_start: int) -> tuple[int, int] | None:
    """The mention that starts at token i ('said Sen. Jane Doe (D-Mass.), ...')."""
    if i >= hi:
        return None
    K, L, C = P.kind, P.low, P.cap
    if K[i] != "w":
        return None
    low = L[i]
    if low in Q.PRONOUN_SET:
        return (i, i + 1)
    is_det = low in Q.DETERMINERS
    if low in Q.NOT_SPEAKERS and not is_det:
        return None
    if not (
        is_det or (C[i] and low not in Q.NOT_NAMES) or P.t[i][0].isdigit() or low in Q.ROLE_WORDS
    ):
        return None
    seen_name = C[i] and not is_det
    j = i + 1
    while j < hi and j - i < Q.MAX_MENTION:
        k = K[j]
        if k == "p":
            j += 1
            continue
        if k != "w":
            break
        u = L[j]
        if C[j]:
            if u in Q.NOT_NAMES and u not in Q.NAME_PARTICLES:
                break
            seen_name = True
            j += 1
            continue
        if u in Q.NP_STOP or u in Q.NP_END_FORWARD or _is_adverb(P, j):
            break
        if u in Q.CUE_FIRST_WORDS and _cue_at(P, j, hi, sent_start) > 0:
            break
        if seen_name and u not in Q.NAME_PARTICLES and u != "of":
            break
        j += 1
    while j > i + 1 and L[j - 1] in Q.NP_TRAILING_JUNK:
        j -= 1
    return (i, j)


def _np_backward(P: _Para, lo: int, k: int) -> tuple[int, int] | None:
    """The mention that ends at token k ('chief spokesman Zabihullah Mujahid said')."""
    if k < lo:
        return None
    K, L, C, T = P.kind, P.low, P.cap, P.t
    end = k + 1
    if K[k] == "p" and k - 1 >= lo and C[k - 1]:
        k -= 1
    if K[k] != "w":
        return None
    low = L[k]
    if low in Q.PRONOUN_SET:
        return (k, end) if end == k + 1 else None
    if low in Q.NOT_SPEAKERS:
        return None
    if C[k] and low not in Q.NOT_NAMES:
        j = k
        while j - 1 >= lo:
            if K[j - 1] != "w":
                break
            u = L[j - 1]
            if C[j - 1] and (u not in Q.NOT_NAMES or u in Q.DETERMINERS):
                j -= 1
                if u in Q.DETERMINERS:
                    break
                continue
            if u in Q.NAME_PARTICLES or u == "of":
                if j - 2 >= lo and (C[j - 2] or L[j - 2] in Q.ROLE_EXT):
                    j -= 1
                    continue
                break
            if u in Q.ROLE_EXT or T[j - 1][0].isdigit():
                j -= 1
                continue
            # 'the harbour master Jonas Weir': a short lower-case run back to a determiner.
            for m in range(j - 1, max(lo, j - 4) - 1, -1):
                if K[m] != "w" or C[m] or L[m] in Q.NP_STOP:
                    break
                if L[m] in Q.ARTICLES:
                    j = m
                    break
            break
        while j < k and (L[j] in Q.LEAD_TRIM or (C[j] and L[j] in Q.NOT_NAMES)):
            if L[j] == "the":
                break
            j += 1
        return (j, end)
    # A lower-case head: look back for the word that opens the phrase ('the ad's narrator').
    m = k - 1
    while m >= max(lo, k - 7):
        if K[m] != "w" or L[m] in Q.NP_STOP:
            break
        u = L[m]
        has_before = m - 1 >= lo
        after_of = has_before and L[m - 1] == "of"
        if u in Q.DETERMINERS and not after_of:
            return (m, end)
        possessive = u.endswith(("'s", "’s")) and C[m]
        if (possessive or T[m][0].isdigit()) and not (has_before and L[m - 1] in Q.DETERMINERS):
            return (m, end)
        m -= 1
    # A bare plural or role noun: 'police said', 'officials told reporters'.
    if (low in Q.ROLE_WORDS or low in Q.ORG_HEADS or low.endswith("s")) and (
        not k - 1 >= lo or K[k - 1] != "w" or L[k - 1] in Q.LEAD_TRIM
    ):
        return (k, end)
    return None


def _appositions(P: _Para, i: int, hi: int) -> tuple[str | None, int]:
    """', a professor at Y,' after a mention: the role it gives, and where it ends."""
    T, L = P.t, P.low
    if i >= hi or T[i] != ",":
        return None, i
    K, stop = P.kind, P.stop
    j = i + 1
    while (
        j < hi
        and j - i < Q.MAX_APPOSITION
        and T[j] not in (",", ";", ":")
        and L[j]
        not in (
            "who",
            "which",
        )
    ):
        if K[j] == "q" or stop[j]:
            break
        j += 1
    # The words are tokens i+1 .. j-1.
    if j <= i + 1 or K[i + 1] != "w":
        return None, i
    opener = L[i + 1]
    possessive = P.cap[i + 1] and opener.endswith(("'s", "’s"))
    if not (opener in Q.APPOS_OPENERS or opener in Q.ROLE_WORDS or possessive):
        return None, i
    start = 1 if opener in Q.ARTICLES and j - (i + 1) > 1 else 0
    return " ".join(T[i + 1 + start : j]), j


def _name_after_description(P: _Para, np: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """'said the council's head of waste services, Gareth Lloyd': a description, a comma,
    then the name that ends the sentence. The mention is the whole stretch (role, then name)."""
    T, K, C = P.t, P.kind, P.cap
    a, b = np
    if C[a] or b + 1 >= hi or T[b] != ",":
        return None
    j = b + 1
    while j < hi and j - b <= Q.MAX_NAME_WORDS and K[j] == "w" and C[j]:
        j += 1
    if j == b + 1 or j - (b + 1) < 2:
        return None  # one capitalised word is too weak: 'the agency, Reuters'
    if j < hi and not (P.stop[j] or T[j] in (",", ".", ";")):
        return None
    return (a, j)


# --- attribution ------------------------------------------------------------------------------


@dataclass(slots=True, init=False)
class _Hit:
    spk: tuple[int, int]  # token range
    cue: tuple[int, int] | None  # token range
    rule: str
    role: str | None = None

    def __init__(
        self,
        spk: tuple[int, int],
        cue: tuple[int, int] | None,
        rule: str,
        role: str | None = None,
    ) -> None:
        self.spk = spk
        self.cue = cue
        self.rule = rule
        self.role = role


def _after(P: _Para, qi: int, lo: int, hi: int, closed_stop: bool) -> _Hit | None:
    """Attribution after the quote, in its sentence (tokens lo .. hi-1)."""
    T, L = P.t, P.low
    i = qi + 1
    if i < hi and T[i] == ",":
        i += 1
    if i >= hi:
        return None
    t = T[i]
    # '"..." ― Jane Doe': dash attribution under reader quotes and epigraphs.
    if t in Q.DASH_CUES or (t == "-" and i + 1 < hi and T[i + 1] == "-"):
        j = i + (2 if t == "-" else 1)
        np = _np_forward(P, j, hi, j)
        if np is not None and P.cap[np[0]]:
            return _Hit(np, (i, j), "after.dash_name")
        return None
    if L[i] in Q.CLAUSE_CONJUNCTIONS and "w" in P.kind[lo:qi]:
        # 'X called them "lone wolves" and describe ...' / '"...," when Clinton blasted him': a
        # quote inside a sentence that a conjunction carries on opens no attribution after it.
        return None
    while i < hi and L[i] in Q.LEAD_TRIM:
        i += 1
    if i + 1 < hi and (L[i], L[i + 1]) == Q.ACCORDING:
        np = _np_forward(P, i + 2, hi, i)
        if np is not None:
            role, _ = _appositions(P, np[1], hi)
            return _Hit(np, (i, i + 2), "after.according_to", role)
        return None
    # '"...," said X' / '"...," added Smith, a lawyer'.
    j = i
    while j < hi and _is_adverb(P, j) and L[j] not in ("is", "was", "has", "had"):
        j += 1
    c = _cue_at(P, j, hi, i) if j < hi else -1
    if c > 0:
        np = _np_forward(P, c, hi, i)
        if np is not None and L[np[0]] not in ("it", "that", "this"):
            named = _name_after_description(P, np, hi)
            if named is not None:
                return _Hit(named, (j, c), "after.verb_name")
            role, _ = _appositions(P, np[1], hi)
            return _Hit(np, (j, c), "after.verb_name", role)
        if np is None:
            return None
    # '"...," X said' / '"...," X, a professor at Y, said' / '"...," the ad's narrator says'.
    K, stop = P.kind, P.stop
    limit = min(hi, i + Q.MAX_MENTION + Q.MAX_APPOSITION)
    v = c = -1
    cue_first = Q.CUE_FIRST_WORDS
    for j in range(i, limit):
        if K[j] == "q" or stop[j]:
            break
        if L[j] in cue_first:
            c = _cue_at(P, j, hi, i)
            if c > 0:
                v = j
                break
    if v <= i:
        return None
    r = v
    while r > i and _is_adverb(P, r - 1):
        r -= 1
    if r <= i:
        return None
    # The mention is the first comma chunk; any others are appositions closed by a comma.
    k = i
    while k < r and T[k] != ",":
        k += 1
    if k < r and T[r - 1] != ",":
        return None
    if not _valid_subject(P, i, k):
        return None
    if closed_stop and hi - c > Q.MAX_CUE_TAIL + 6 and T[c] != ",":
        # A long report after a quote that ended its sentence is a new sentence's; but
        # '"You winning?" she said, but ...' goes on after a comma: the cue is the quote's.
        return None
    role = None
    if k < r:
        role, _ = _appositions(P, k, r)
    return _Hit((i, k), (v, c), "after.name_verb", role)


def _valid_subject(P: _Para, i: int, k: int) -> bool:
    """Whether tokens [i, k) read as a speaker mention before its verb."""
    if k <= i or k - i > Q.MAX_MENTION:
        return False
    K, L, C = P.kind, P.low, P.cap
    if K[i] != "w":
        return False
    first = L[i]
    if k - i == 1 and first in Q.PRONOUN_SET:
        return True
    if first in Q.NOT_SPEAKERS or first in Q.PRONOUN_SET:
        return False
    # 'harbour master Ines Duarte said': lower-case role words are fine before a name.
    named = any(C[i + 1 : min(k, i + 6)])
    if not (
        first in Q.DETERMINERS
        or (C[i] and first not in Q.NOT_NAMES)
        or P.t[i][0].isdigit()
        or first in Q.ROLE_WORDS
        or (named and k - i <= 6)
    ):
        return False
    for j in range(i, k):
        kind = K[j]
        if kind == "p":
            continue
        if kind != "w":
            return False
        if L[j] in Q.NP_STOP and not C[j]:
            if L[j] == "and" and j + 1 < k and C[j + 1] and C[j - 1]:
                continue
            return False
    return True


def _sentence_subject(P: _Para, lo: int, v: int) -> tuple[int, int] | None:
    """The mention that opens the sentence, past a leading adverbial ('In a statement, ...')."""
    T, L = P.t, P.low
    i = lo
    # '"...," Blige sings to Clinton before asking her, "..."': past an opening quote.
    if i < v and P.kind[i] == "q":
        i += 1
        if i < v and T[i] == ",":
            i += 1
    while i < v and L[i] in Q.LEAD_TRIM:
        i += 1
    if i < v and L[i] in Q.LEADING_ADVERBIAL:
        while i < v and T[i] != ",":
            i += 1
        i += 1
    if i >= v:
        return None
    np = _np_forward(P, i, v, lo)
    if np is None or np[1] >= v:
        return None
    n = np[1]
    if T[n] == "," or (P.kind[n] == "w" and not P.cap[n]):
        return np
    return None


def _before(P: _Para, qi: int, lo: int, direct: bool) -> _Hit | None:
    """Attribution before the quote, in its sentence."""
    if qi <= lo:
        return None
    T, L, K = P.t, P.low, P.kind
    # 'According to Smith, "..."' (most sentences say no "according": one C-speed test first).
    start = max(lo, qi - 14)
    if Q.ACCORDING[0] in L[start : qi - 1]:
        for a in range(start, qi - 1):
            if (L[a], L[a + 1]) == Q.ACCORDING:
                np = _np_forward(P, a + 2, qi, lo)
                if np is not None and qi - np[1] <= 2:
                    return _Hit(np, (a, a + 2), "before.according_to")
    max_tail = Q.MAX_CUE_TAIL if direct else Q.MAX_CUE_TAIL_PARTIAL
    cue_first = Q.CUE_FIRST_WORDS
    v = -1
    c = -1
    for j in range(qi - 1, max(lo, qi - max_tail - 2) - 1, -1):
        if K[j] == "q":
            if j != qi - 1:
                break
            continue
        if L[j] not in cue_first:  # the cheap test first: most words are no cue
            continue
        c = _cue_at(P, j, qi, lo)
        if c > 0:
            v = j
            break
    if v < 0:
        return None
    # The tail is tokens c .. qi-1, between the cue and the quote.
    n_tail = qi - c
    loose_tail = n_tail > 0 and T[qi - 1] not in Q.INTRO_END and L[qi - 1] != "that"
    if direct and loose_tail and n_tail > 3:
        return None
    if "q" in K[c:qi]:
        return None
    cue = (v, c)
    # 'Said Ellis: "..."': an inverted attribution opening the sentence.
    s = lo
    while s < v and L[s] in Q.LEAD_TRIM:
        s += 1
    # '"...," he told the host, "..."': a subject between an opening quote and the verb makes
    # the words after the verb its object, not an inverted speaker.
    if s == v or (s < v and K[s] == "q" and _only_commas_adverbs(P, s + 1, v)):
        np = _np_forward(P, c, qi, lo)
        if np is not None and (np[1] == qi or T[np[1]] in (",", ":")):
            return _Hit(np, cue, "before.verb_name")
        if s == v:
            return None
    k = v - 1
    while k > lo and _is_adverb(P, k):
        k -= 1
    if L[k] in Q.RELATIVES and k > lo:
        k -= 1
    if L[k] == "and" and k - 1 > lo and K[k - 1] == "w" and not P.cap[k - 1]:
        k -= 2  # 'I laughed and said'
    if L[v].endswith("ing") and v - 1 >= lo and L[v - 1] in Q.PARTICIPLE_LEADS:
        # 'Smith attacked the plan, saying, "..."': the speaker is the sentence's subject.
        np = _sentence_subject(P, lo, v)
        if np is not None:
            return _Hit(np, cue, "before.participle_subject")
        return None
    np = None
    role = None
    if T[k] == ",":
        # 'Smith, a lawyer for the firm, said: "..."'.
        stop = P.stop
        m = k - 1
        while m > lo and T[m] != "," and k - m < Q.MAX_APPOSITION:
            if stop[m] or K[m] == "q":
                break
            m -= 1
        if m > lo and T[m] == ",":
            np = _np_backward(P, lo, m - 1)
            if np is not None:
                role, _ = _appositions(P, m, k)
    elif K[k] != "q":
        np = _np_backward(P, lo, k)
        if np is not None and _after_participle_phrase(P, lo, np[0]):
            # 'Protesters marching through the streets chanted "..."': the place is no speaker.
            subject = _sentence_subject(P, lo, v)
            if subject is not None and P.cap[subject[0]]:
                return _Hit(subject, cue, "before.sentence_subject")
    if np is not None:
        return _Hit(np, cue, "before.name_verb", role)
    if K[k] == "w" and not P.cap[k]:
        np = _sentence_subject(P, lo, v)
        if np is not None and P.cap[np[0]] and not _cue_between(P, np[1], v, lo):
            return _Hit(np, cue, "before.sentence_subject")
    return None


def _after_participle_phrase(P: _Para, lo: int, a: int) -> bool:
    """Whether the mention at token a is the object of a preposition after a participle
    ('marching through [the streets]')."""
    L = P.low
    return (
        a - 2 >= lo
        and L[a - 1] in Q.PLACE_PREPOSITIONS
        and P.kind[a - 2] == "w"
        and L[a - 2].endswith("ing")
        and not P.cap[a - 2]
    )


def _only_commas_adverbs(P: _Para, a: int, b: int) -> bool:
    """Whether tokens [a, b) are only commas and adverbs ('"...," then said Smith')."""
    return all(P.t[j] == "," or _is_adverb(P, j) for j in range(a, b))


def _cue_between(P: _Para, a: int, b: int, lo: int) -> bool:
    L, cue_first = P.low, Q.CUE_FIRST_WORDS
    return any(L[j] in cue_first and _cue_at(P, j, b, lo) > 0 for j in range(a, b))


def _apply(f: Found, P: _Para, hit: _Hit) -> bool:
    a, b = hit.spk
    T = P.t
    while b > a and T[b - 1] in (",", ":"):
        b -= 1
    if b <= a:
        return False
    mention_low = " ".join(P.low[a:b])
    if mention_low in Q.NOT_SPEAKERS:
        return False
    f.speaker = (P.s[a], P.e[b - 1])
    if hit.cue is not None:
        f.cue = (P.s[hit.cue[0]], P.e[hit.cue[1] - 1])
    role, name = _role_name(P, a, b)
    if hit.role and not role:
        role = hit.role[:120]
    f.role, f.name = role, name
    f.rule = hit.rule
    return True


def _role_name(P: _Para, a: int, b: int) -> tuple[str | None, str | None]:
    """('chief spokesman', 'Zabihullah Mujahid') from 'chief spokesman Zabihullah Mujahid'
    (the words of tokens a .. b-1)."""
    K, T, L, C = P.kind, P.t, P.low, P.cap
    ws = [j for j in range(a, b) if K[j] == "w"]
    if not ws:
        return None, None
    if len(ws) == 1 and L[ws[0]] in Q.PRONOUN_SET:
        return None, None
    # The name is the trailing run of capitalised words that are not titles or role words.
    k = len(ws)
    while k > 0:
        w = ws[k - 1]
        if (C[w] and T[w] not in Q.TITLE_SET) or (
            L[w] in Q.NAME_PARTICLES and k - 2 >= 0 and C[ws[k - 2]] and k < len(ws)
        ):
            k -= 1
        else:
            break
    name_words = ws[k:]
    role_words = [w for w in ws[:k] if L[w] not in Q.HONORIFICS]
    if name_words and L[name_words[0]] in Q.NAME_PARTICLES:
        name_words = name_words[1:]
    if not name_words or L[ws[-1]].endswith(("'s", "’s")):
        # A description, not a name: 'the ministry', "the ad's narrator", 'a friend'.
        return None, " ".join([T[w] for w in ws])
    if role_words and L[role_words[0]] in Q.ARTICLES:
        if len(role_words) == 1:
            return None, " ".join([T[w] for w in name_words])  # "the NRF" -> NRF
        role_words = role_words[1:]
    role = " ".join([T[w] for w in role_words]) or None
    return role, " ".join([T[w] for w in name_words])


def _chunks(paragraphs: list[Line], lines: list[int]) -> Iterator[list[int]]:
    """``lines`` (sorted paragraph indices) in runs covering at most about _CHUNK characters of
    text each; a paragraph longer than that is a run of its own."""
    run: list[int] = []
    first = 0
    for li in lines:
        if run and paragraphs[li].end - first > _CHUNK:
            yield run
            run = []
        if not run:
            first = paragraphs[li].start
        run.append(li)
    if run:
        yield run


def attribute(doc: Doc, paragraphs: list[Line], found: list[Found]) -> None:
    by_line: dict[int, list[tuple[int, Found]]] = {}
    for qi, f in enumerate(found):
        by_line.setdefault(f.line, []).append((qi, f))
    # Read in runs of paragraphs (one run for an article of ordinary length): nothing looks past
    # a paragraph's own tokens, so the runs give the same result as one reading, and the tokens
    # of a 10 MB text (hundreds of MB of them at once) stay few enough to be cached.
    text = doc.text
    maskable = Q.QUOTE_MASKS[0] not in text and Q.QUOTE_MASKS[1] not in text  # once: 10 MB
    for run in _chunks(paragraphs, sorted(by_line)):
        _attribute_run(text, paragraphs, {li: by_line[li] for li in run}, maskable)
    _carry(paragraphs, found)
    _resolve_names(doc, paragraphs, found)


def _attribute_run(
    text: str,
    paragraphs: list[Line],
    by_line: dict[int, list[tuple[int, Found]]],
    maskable: bool,
) -> None:
    P, spans = _paragraphs_tokens(text, paragraphs, by_line, maskable)
    low = P.low
    # The sentence around a quote, found by bisection in the list of sentence ends, not by
    # stepping over up to _WINDOW tokens each side (a paragraph of quotes only has no ends).
    stops = list(compress(range(len(P.stop)), P.stop))
    for li, fs in by_line.items():
        first, end, positions = spans[li]
        for pos, (_qi, f) in zip(positions, fs, strict=True):
            floor = max(first, pos - _WINDOW)  # the last sentence end before pos, or floor
            k = bisect.bisect_left(stops, pos) - 1
            lo = stops[k] + 1 if k >= 0 and stops[k] >= floor else floor
            limit = min(end, pos + _WINDOW)  # the first sentence end after pos, or limit
            k = bisect.bisect_right(stops, pos)
            hi = stops[k] if k < len(stops) and stops[k] < limit else limit
            closed_stop = f.closed and text[f.end - 2 : f.end - 1] in ".!?"
            hit = _after(P, pos, lo, hi, closed_stop)
            if hit is not None and low[hit.spk[0]] in Q.PRONOUN_SET:
                # 'Sen. Jane Roe scolded him: "...," she said.': the named introducer wins.
                named = _before(P, pos, lo, f.kind == "direct")
                if named is not None and low[named.spk[0]] not in Q.PRONOUN_SET:
                    # The quote after this one in the paragraph is tied to the pronoun's cue.
                    a, b = hit.spk
                    cue = hit.cue
                    f.after_pronoun = (
                        (P.s[a], P.e[b - 1]),
                        (P.s[cue[0]], P.e[cue[1] - 1]) if cue is not None else None,
                    )
                    hit = named
            if hit is None or not _apply(f, P, hit):
                hit = _before(P, pos, lo, f.kind == "direct")
                if hit is not None:
                    _apply(f, P, hit)
            if f.speaker is None and f.kind == "direct" and pos == first and li > 0:
                _intro_paragraph(text, paragraphs[li - 1], f)


def _intro_paragraph(text: str, prev: Line, f: Found) -> None:
    """'He said:' closing the paragraph before a quote paragraph."""
    if not prev.text.rstrip().endswith((":", ",")):
        return
    P = _tokenize(text, max(prev.start, prev.end - 600), prev.end)
    pos = len(P.t)
    P.add_quote(f.start, f.end, "")
    lo = pos - 1
    while lo >= max(0, pos - _WINDOW) and not P.stop[lo]:
        lo -= 1
    hit = _before(P, pos, lo + 1, True)
    if hit is not None and _apply(f, P, hit):
        f.rule = "intro_paragraph." + hit.rule.split(".", 1)[1]


def _carry(paragraphs: list[Line], found: list[Found]) -> None:
    """Give unattributed direct quotes the speaker a neighbour gives them."""
    # A quote running over several paragraphs: one speaker for the chain, from whichever
    # paragraph names it (usually the first, sometimes the last).
    k = 0
    while k < len(found):
        j = k
        while j + 1 < len(found) and found[j + 1].continues and found[j + 1].line > found[j].line:
            j += 1
        if j > k:
            src = next((g for g in found[k : j + 1] if g.speaker is not None), None)
            if src is not None:
                for g in found[k : j + 1]:
                    if g.speaker is None:
                        _copy(g, src, "carry.multi_paragraph")
        k = j + 1
    for k, f in enumerate(found):
        if f.speaker is not None or f.kind != "direct":
            continue
        prev = found[k - 1] if k > 0 else None
        nxt = found[k + 1] if k + 1 < len(found) else None
        # Same paragraph: '"A," she said. "B."' and '"A." "B," she said.'
        if prev is not None and prev.line == f.line and prev.speaker is not None:
            if prev.after_pronoun is not None and prev.end <= f.start:
                # 'Roe scolded him: "A," she said. "B."': B is tied to "she said".
                f.speaker, f.cue = prev.after_pronoun
                f.rule = "carry.same_paragraph"
                continue
            _copy(f, prev, "carry.same_paragraph")
            continue
        if nxt is not None and nxt.line == f.line and nxt.speaker is not None:
            _copy(f, nxt, "carry.same_paragraph_next")
            continue
        # A paragraph that opens with this quote and names nobody, right after a paragraph whose
        # last quote had a speaker: the same speaker goes on.
        line = paragraphs[f.line]
        opens = f.start - line.start <= 1
        follows = prev is not None and prev.line == f.line - 1 and prev.speaker is not None
        if opens and follows and prev is not None and not _names_someone_else(line, f):
            _copy(f, prev, "carry.previous_paragraph")


def _names_someone_else(line: Line, f: Found) -> bool:
    """Whether the rest of the paragraph after the quote starts a new speaker's sentence."""
    off = f.end - line.start
    words = Q.WORD_RE.findall(line.text, off, off + 80)
    return any(w.lower() in Q.CUE_WORDS for w in words)


def _copy(f: Found, src: Found, rule: str) -> None:
    f.speaker, f.cue, f.name, f.role = src.speaker, src.cue, src.name, src.role
    f.rule = rule


# --- names ------------------------------------------------------------------------------------


# Both read only the string, and the same names and roles come back quote after quote and
# article after article: a bounded cache answers most calls with one look-up.
@functools.lru_cache(maxsize=4096)
def _gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    for w in role.lower().replace(",", " ").split():
        if w in Q.MALE_TITLES:
            return "m"
        if w in Q.FEMALE_TITLES:
            return "f"
    return None


@functools.lru_cache(maxsize=4096)
def _is_org(name: str) -> bool:
    low = name.lower()
    if name.isupper() and len(name) > 1:
        return True
    return low.startswith("the ") or any(w in Q.ORG_HEADS for w in low.split())


def _resolve_names(doc: Doc, paragraphs: list[Line], found: list[Found]) -> None:
    """Surnames to the full name used in the article; pronouns to the most recent named speaker
    of a compatible gender (or organisation, for 'it' and 'they')."""
    text = doc.text
    lo = paragraphs[0].start if paragraphs else 0
    hi = paragraphs[-1].end if paragraphs else 0
    spoken: dict[str, set[str]] = {}
    for f in found:
        if f.name and " " in f.name and not _is_org(f.name):
            spoken.setdefault(f.name.split()[-1], set()).add(f.name)

    # Read off the running text only when needed: full names by surname, and the gender an
    # honorific shows ("Mrs. Clinton", "Mr. Obama"). Each surname is looked up once per article:
    # a pronoun weighs up to twenty people, and each look-up searches the whole text.
    # The honorifics are found with one scan, on the first look-up: where each one ends, and
    # whether it is a man's.
    genders: dict[str, str | None] = {}
    # The word after each honorific -> (seen after a man's, seen after a woman's); one scan of
    # the text on the first look-up, then each surname is a dict look-up (a scan per surname
    # was quadratic in a long article).
    titled: dict[str, list[bool]] = {}

    def gender_of(name: str) -> str | None:
        last = name.split()[-1]
        if last in genders:
            return genders[last]
        if not genders:
            for m in Q.HONORIFIC.finditer(text):
                w = Q.WORD_AT.match(text, m.end())
                if w is not None:
                    seen_as = titled.setdefault(w.group(), [False, False])
                    seen_as[0 if m.group() in Q.MALE_HONORIFICS else 1] = True
        male, female = titled.get(last, (False, False))
        g = genders[last] = "m" if male and not female else "f" if female and not male else None
        return g

    seen: dict[str, str] = {}

    def canonical(name: str) -> str:
        if " " in name:
            return name
        if name not in seen:
            cands = spoken.get(name) or _full_names_in_text(text, lo, hi, name)
            seen[name] = next(iter(cands)) if cands and len(cands) == 1 else name
        return seen[name]

    pronouns = {text[f.speaker[0] : f.speaker[1]].lower() for f in found if f.speaker is not None}
    gendered_pronouns = not pronouns.isdisjoint(Q.PRONOUNS_MALE | Q.PRONOUNS_FEMALE)
    people: list[tuple[int, str, str | None]] = []  # (offset, name, gender)
    orgs: list[tuple[int, str]] = []
    resolved: dict[tuple[str, int, int, int], str | None] = {}
    for f in found:
        if f.speaker is None:
            continue
        mention = text[f.speaker[0] : f.speaker[1]]
        low = mention.lower()
        if low in Q.PRONOUN_SET:
            # A quote that took its speaker from a neighbour ('"A," she said. "B."') has the
            # same pronoun at the same place: resolved once while no one new has been named.
            key = (low, f.speaker[0], len(people), len(orgs))
            if key not in resolved:
                if low in ("he", "she"):
                    resolved[key] = _latest_person(text, lo, f.speaker[0], low, people, gender_of)
                else:
                    resolved[key] = _pronoun_target(low, f.speaker[0], people, orgs)
            f.name = resolved[key]
            continue
        if not f.name:
            continue
        name = f.name = canonical(f.name)
        at = f.speaker[0]
        if any(p[0] == at and p[1] == name for p in people[-3:]):
            continue
        if _is_org(name):
            orgs.append((f.speaker[0], name))
            continue
        g = _gender_of_role(f.role) or _gender_of_role(mention)
        if g is None and gendered_pronouns:
            g = gender_of(name)
        people.append((f.speaker[0], name, g))


def _full_names_in_text(text: str, lo: int, hi: int, surname: str) -> set[str]:
    """'Tom Clarke' for 'Clarke': the capitalised word before each use of the surname.

    Plain substring search (C speed) for one surname, not a scan for every name in the text.
    """
    out: set[str] = set()
    i = text.find(surname, lo, hi)
    n = 0
    while i > 1 and n < 200:
        n += 1
        j = i + len(surname)
        if text[i - 1] == " " and (j >= len(text) or not text[j].isalnum()):
            k = text.rfind(" ", max(0, i - 24), i - 1)
            first = text[k + 1 : i - 1]
            if (
                first[:1].isupper()
                and first[1:].isalpha()
                and first[1:].islower()
                and first.lower() not in Q.NOT_NAMES
                and first not in Q.TITLE_SET
            ):
                out.add(f"{first} {surname}")
        i = text.find(surname, j, hi)
    return out


def _person_in_text(text: str, lo: int, hi: int) -> str | None:
    """The last full name written in text[lo:hi], for a pronoun no quoted speaker explains
    ('Ines Duarte runs the office. "...," she said.').

    Read backwards in stretches of at least NAME_CHUNK characters that start at a line break:
    no name holds one, so the scan of a stretch finds the same names in it as one scan from lo
    would, and the first stretch with a name ends the search. One rfind a stretch (most pronouns
    find their name in the paragraph or the one before), where a break of any of nine kinds
    cost nine, each reading back to the window's start when its character was absent.
    """
    end = hi
    while end > lo:
        start = max(lo, text.rfind("\n", lo, max(lo, end - Q.NAME_CHUNK) + 1))
        last = _last_name(text, start, end)
        if last is not None:
            return last
        end = start
    return None


def _last_name(text: str, start: int, end: int) -> str | None:
    last = None
    for m in Q.FULL_NAME.finditer(text, start, end):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            words = m.group().split()
            if words[0].lower() not in Q.NOT_NAMES and words[0] not in Q.TITLE_SET:
                last = m.group()
    return last


def _latest_person(
    text: str,
    lo: int,
    pos: int,
    pronoun: str,
    people: list[tuple[int, str, str | None]],
    gender_of: Callable[[str], str | None],
) -> str | None:
    """The person a reader takes 'he' or 'she' to mean: of the people quoted so far and the
    full names written in the last stretch of text, the one mentioned last, skipping anyone
    the text shows to be of the other gender."""
    want = "m" if pronoun in Q.PRONOUNS_MALE else "f"
    window = max(lo, pos - Q.PRONOUN_WINDOW)
    cands: dict[str, str | None] = {}
    for _, name, g in people[-20:]:
        cands[name] = g
    written = _person_in_text(text, window, pos)
    if written is not None and written not in cands:
        cands[written] = "?"
    # The candidate whose surname is written last wins; of two written at the same place, the
    # one quoted first. They are weighed latest first, and each one's surname is looked for
    # only after the best place found so far: the latest are usually written last, so most
    # searches read a few characters, not the window (up to twenty times 1,500 characters a
    # pronoun, in a long article that quotes many people).
    best, best_at = None, -1
    for name, g in reversed(cands.items()):
        if g is not None and g != "?" and g != want:
            continue
        surname = name.split()[-1]
        at = text.rfind(surname, max(window, best_at), pos)
        if at < 0:
            continue
        if g == "?":
            # A name only written, never quoted, counts where it is a sentence's subject
            # ('Whitfield defended the plan.'), not in any position ('from New Mexico,').
            after = text[at + len(surname) : at + len(surname) + 2]
            if len(after) < 2 or after[0] != " " or not after[1].islower():
                continue
            g = None
        if g is None:
            g = gender_of(name)
        if g is not None and g != want:
            continue
        if at >= best_at:
            best, best_at = name, at
    if best is None:
        return _pronoun_target(pronoun, pos, people, [])
    return best


def _pronoun_target(
    low: str, pos: int, people: list[tuple[int, str, str | None]], orgs: list[tuple[int, str]]
) -> str | None:
    if low in ("it", "they", "we"):
        k = bisect.bisect_left(orgs, (pos, ""))
        if k > 0:
            return orgs[k - 1][1]
        return None
    if low == "i":
        return None
    want = "m" if low in Q.PRONOUNS_MALE else "f"
    k = bisect.bisect_left(people, (pos, "", None))
    for j in range(k - 1, max(-1, k - 30), -1):
        g = people[j][2]
        if g is None or g == want:
            return people[j][1]
    return None


def build(
    doc: Doc, body: list[Line], explain: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Find and attribute the quotes in the body paragraphs; return the record parts for the
    article (plain dicts, keys in the order of models.Quote and models.SpeakerEntry): the
    quotes in order, and one entry per named speaker with their quote indices."""
    text = doc.text
    found = find_quotes(doc, body)
    attribute(doc, body, found)
    # A title ("Face the Nation") is kept only when someone is said to have said it.
    found = [f for f in found if not (f.title and not (f.rule or "").startswith("after."))]
    quotes: list[dict[str, Any]] = []
    speakers: dict[str, dict[str, Any]] = {}
    for qi, f in enumerate(found):
        speaker = None
        if f.speaker is not None:
            ss, se = f.speaker
            speaker = {"text": text[ss:se], "start": ss, "end": se, "name": f.name, "role": f.role}
            if f.name:
                entry = speakers.get(f.name)
                if entry is None:
                    entry = speakers[f.name] = {"name": f.name, "role": f.role, "quotes": []}
                elif f.role and (not entry["role"] or len(f.role) > len(entry["role"])):
                    entry["role"] = f.role
                entry["quotes"].append(qi)
        cue = None
        if f.cue is not None:
            cs, ce = f.cue
            cue = {"text": text[cs:ce], "start": cs, "end": ce}
        quotes.append(
            {
                "text": text[f.start : f.end],
                "start": f.start,
                "end": f.end,
                "kind": f.kind,
                "speaker": speaker,
                "cue": cue,
                "paragraph": f.line,
                "rule": (f.rule or "none") if explain else None,
            }
        )
    return quotes, list(speakers.values())
