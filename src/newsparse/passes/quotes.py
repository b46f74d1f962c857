"""Quotes and who said them.

Two steps. ``find_quotes`` pairs quotation marks inside each body paragraph (a paragraph whose
quote is not closed and whose next paragraph opens with a mark continues it, as news style
does for long quotes), and sets aside marks that are not speech: titles of shows and books,
nicknames, inch marks.

``attribute`` then reads each paragraph once as a list of word tokens, every quote standing as
one token, and looks for the speaker and the speech verb around each quote in the order a
reader would: right after the quote ('"...," X said', '"...," said X, a professor at Y',
'"..." -- X'), then before it in the same sentence ('X said: "..."', 'X told CBS, "..."',
'according to X, "..."', 'Smith attacked the plan, saying, "..."'), then the neighbours (a
split quote's other half, a quote running on over several paragraphs, the paragraph before).
Pronouns are resolved to the most recent compatible named speaker, and a surname to the full
name the article used.

Everything is a bounded scan over tokens: no regex here can backtrack, and no window grows
with the article, so time is linear in the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from newsparse.document import Doc, Line
from newsparse.models import Cue, Quote, Speaker, SpeakerEntry
from newsparse.patterns import quotes as Q

# How far (in tokens) a sentence is searched either side of a quote.
_WINDOW = 70


@dataclass(slots=True)
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
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class Tok:
    """One token of a paragraph: a word, a short parenthesis, a punctuation mark or a quote."""

    s: int
    e: int
    t: str
    low: str
    kind: str  # "w" word, "p" parenthesis, "x" punctuation, "q" a whole quote
    cap: bool = False
    quote: int = -1  # for kind "q": index into the found quotes


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


def _pair_marks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch in one paragraph, marks included.

    Curly marks nest (“a “b” c” is one quote); a straight quote closes at the next straight or
    closing mark; an opener with no closer runs to the end of the paragraph (closed=False).
    Runs in one pass over the marks: no backtracking, linear in the paragraph.

    >>> _pair_marks('He said “yes” and “no.')
    [(8, 13, True), (18, 22, False)]
    """
    inches = _inch_marks(text) if '"' in text else set()
    marks = [m.start() for m in Q.QUOTE_CHARS_RE.finditer(text) if m.start() not in inches]
    out: list[tuple[int, int, bool]] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        if not _is_opener(text, i):
            k += 1
            continue
        opener = text[i]
        closers = Q.CLOSERS.get(opener, '"\u201d')
        depth = 0
        j = k + 1
        end = None
        while j < len(marks):
            c = text[marks[j]]
            if c == opener and opener in Q.DOUBLE_OPEN and _is_opener(text, marks[j]):
                depth += 1
            elif c in closers:
                if depth == 0:
                    end = marks[j] + 1
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


def _inner_words(text: str, qs: int, qe: int, closed: bool) -> list[str]:
    return Q.WORD_RE.findall(text, qs + 1, qe - 1 if closed else qe)


def _kind(text: str, qs: int, qe: int, closed: bool, n: int) -> str:
    """'direct' for a quoted statement, 'partial' for a few quoted words inside a sentence
    (n is the number of words inside the marks)."""
    inner = text[qs + 1 : qe - 1 if closed else qe].strip()
    before = text[max(0, qs - 8) : qs].rstrip()  # bounded: no copy of the whole paragraph
    after = text[qe : qe + 8].lstrip()
    starts_sentence = not before or before[-1] in '.!?:—–―-"”' or before.endswith((",", "("))
    ends_stop = bool(inner) and inner[-1] in ".,!?…—-–"
    if n >= 8 and (starts_sentence or ends_stop or not closed):
        return "direct"
    if n >= 3 and ends_stop and (starts_sentence or not after or after[0] in ",—-–―"):
        return "direct"
    if n >= 4 and starts_sentence and (not after or after[0] in ",.—-–―" or after[:1].islower()):
        return "direct"
    if n >= 15:
        return "direct"
    return "partial"


def _after_work_word(text: str, qs: int) -> bool:
    """'the film “Jaws”', 'a book called “Dust”': the word before the quote names a work."""
    words = text[max(0, qs - 30) : qs].rstrip(" ,").lower().split()
    if not words:
        return False
    return words[-1] in Q.WORK_WORDS or " ".join(words[-2:]) in Q.WORK_WORDS


def _is_nickname(text: str, qs: int, qe: int, words: list[str]) -> bool:
    """'Marcia "Cia" Price': one or two capitalised words between parts of a name."""
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if qs < 2 or qe + 1 >= len(text) or text[qs - 1] != " " or text[qe] != " ":
        return False
    prev = text[max(0, qs - 30) : qs - 1].rsplit(" ", 1)[-1]
    return prev[:1].isupper() and text[qe + 1].isupper()


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


def find_quotes(doc: Doc, paragraphs: list[Line]) -> list[Found]:
    found: list[Found] = []
    open_prev = False
    for li, line in enumerate(paragraphs):
        text = line.text
        if Q.QUOTE_CHARS_RE.search(text) is None:
            open_prev = False
            continue
        spans = _pair_marks(text)
        first = True
        for qs, qe, closed in spans:
            continues = first and open_prev and qs == 0
            first = False
            words = _inner_words(text, qs, qe, closed)
            if not continues and closed:
                if _after_work_word(text, qs):
                    continue  # 'the film “Jaws”': a title, not speech
                if _is_nickname(text, qs, qe, words):
                    continue
            kind = "direct" if continues else _kind(text, qs, qe, closed, len(words))
            f = Found(line.start + qs, line.start + qe, li, kind, closed, continues)
            f.title = closed and not continues and _is_title(text, qs, words)
            found.append(f)
        last = spans[-1] if spans else None
        # The quote runs on into the next paragraph if it is open here and the next paragraph
        # opens with a mark.
        nxt = paragraphs[li + 1].text if li + 1 < len(paragraphs) else ""
        open_prev = bool(last and not last[2] and nxt[:1] in Q.ALL_DOUBLE)
        if last and not last[2] and not open_prev and found:
            found[-1].extra["unclosed"] = True
    return found


# --- tokens -----------------------------------------------------------------------------------


def _tokenize(text: str, lo: int, hi: int, out: list[Tok]) -> None:
    for m in Q.TOKEN_RE.finditer(text, lo, hi):
        s, e = m.span()
        t = m.group()
        ch = t[0]
        if ch == "(":
            out.append(Tok(s, e, t, t, "p"))
        elif ch.isalnum() or ch == "_":
            # A following dot belongs to an abbreviation or an initial ("Mr.", "G.").
            if (
                e < hi
                and text[e] == "."
                and (t.lower() in Q.ABBREVIATIONS or (len(t) == 1 and t.isupper()) or "." in t)
            ):
                e += 1
                t = text[s:e]
            out.append(Tok(s, e, t, t.lower(), "w", ch.isupper()))
        elif out and out[-1].e > s:
            continue  # the dot was taken by the abbreviation before it
        else:
            out.append(Tok(s, e, t, t, "x"))


def _paragraph_tokens(text: str, line: Line, quotes: list[tuple[int, Found]]) -> list[Tok]:
    """The paragraph's tokens, each quote in it one token of kind "q"."""
    toks: list[Tok] = []
    pos = line.start
    for qi, f in quotes:
        _tokenize(text, pos, f.start, toks)
        toks.append(Tok(f.start, f.end, text[f.start : f.end], "", "q", False, qi))
        pos = f.end
    _tokenize(text, pos, line.end, toks)
    return toks


def _ends_sentence(P: list[Tok], i: int) -> bool:
    t = P[i]
    if t.kind == "x":
        return t.t in Q.SENTENCE_END_CHARS
    if t.kind == "q":
        inner = t.t.rstrip(Q.QUOTE_TOKEN_CHARS + "’'")
        nxt = P[i + 1] if i + 1 < len(P) else None
        return bool(inner) and inner[-1] in "!?." and nxt is not None and nxt.cap
    return False


def _is_adverb(t: Tok) -> bool:
    return t.kind == "w" and (
        t.low in Q.AUX_WORDS
        or (len(t.low) > 4 and t.low.endswith("ly") and not t.cap and t.low not in Q.NOT_ADVERBS)
    )


def _cue_at(P: list[Tok], i: int, hi: int, sent_start: int) -> int:
    """End index of a speech-verb cue starting at token i, or -1."""
    t = P[i]
    if t.kind != "w":
        return -1
    low = t.low
    prev = P[i - 1] if i > sent_start else None
    if t.cap and prev is not None and prev.kind == "w":
        return -1  # "the Washington Post said": a capitalised verb form mid-sentence is a name
    tails = Q.CUE_TAILS.get(low)
    if tails is not None and i + 1 < hi and P[i + 1].low in tails:
        return i + 2
    if low not in Q.CUE_WORDS:
        return -1
    if prev is not None and prev.kind == "w":
        if prev.low in Q.NOUN_MARKERS or prev.low.endswith(("'s", "’s")):
            return -1  # "the state", "a report", "Smith's comments"
        base_form = low in Q.NOUNISH_VERBS or (low.endswith("s") and low[:-1] in Q.NOUNISH_VERBS)
        if base_form and not (prev.cap or prev.low in Q.PRONOUN_SET or _is_adverb(prev)):
            return -1
    return i + 1


def _np_forward(P: list[Tok], i: int, hi: int, sent_start: int) -> tuple[int, int] | None:
    """The mention that starts at token i ('said Sen. Jane Doe (D-Mass.), ...')."""
    if i >= hi:
        return None
    t = P[i]
    if t.kind != "w":
        return None
    if t.low in Q.PRONOUN_SET:
        return (i, i + 1)
    is_det = t.low in Q.DETERMINERS
    if t.low in Q.NOT_SPEAKERS and not is_det:
        return None
    if not (
        is_det or (t.cap and t.low not in Q.NOT_NAMES) or t.t[0].isdigit() or t.low in Q.ROLE_WORDS
    ):
        return None
    seen_name = t.cap and not is_det
    j = i + 1
    while j < hi and j - i < Q.MAX_MENTION:
        u = P[j]
        if u.kind == "p":
            j += 1
            continue
        if u.kind != "w":
            break
        if u.cap:
            if u.low in Q.NOT_NAMES and u.low not in Q.NAME_PARTICLES:
                break
            seen_name = True
            j += 1
            continue
        if u.low in Q.NP_STOP or u.low in Q.NP_END_FORWARD or _is_adverb(u):
            break
        if _cue_at(P, j, hi, sent_start) > 0:
            break
        if seen_name and u.low not in Q.NAME_PARTICLES and u.low != "of":
            break
        j += 1
    while j > i + 1 and P[j - 1].low in Q.NP_TRAILING_JUNK:
        j -= 1
    return (i, j)


def _np_backward(P: list[Tok], lo: int, k: int) -> tuple[int, int] | None:
    """The mention that ends at token k ('chief spokesman Zabihullah Mujahid said')."""
    if k < lo:
        return None
    end = k + 1
    if P[k].kind == "p" and k - 1 >= lo and P[k - 1].cap:
        k -= 1
    t = P[k]
    if t.kind != "w":
        return None
    if t.low in Q.PRONOUN_SET:
        return (k, end) if end == k + 1 else None
    if t.low in Q.NOT_SPEAKERS:
        return None
    if t.cap and t.low not in Q.NOT_NAMES:
        j = k
        while j - 1 >= lo:
            u = P[j - 1]
            if u.kind != "w":
                break
            if u.cap and (u.low not in Q.NOT_NAMES or u.low in Q.DETERMINERS):
                j -= 1
                if u.low in Q.DETERMINERS:
                    break
                continue
            if u.low in Q.NAME_PARTICLES or u.low == "of":
                if j - 2 >= lo and (P[j - 2].cap or P[j - 2].low in Q.ROLE_EXT):
                    j -= 1
                    continue
                break
            if u.low in Q.ROLE_EXT or u.t[0].isdigit():
                j -= 1
                continue
            # 'the harbour master Jonas Weir': a short lower-case run back to a determiner.
            for m in range(j - 1, max(lo, j - 4) - 1, -1):
                w = P[m]
                if w.kind != "w" or w.cap or w.low in Q.NP_STOP:
                    break
                if w.low in Q.ARTICLES:
                    j = m
                    break
            break
        while j < k and (P[j].low in Q.LEAD_TRIM or (P[j].cap and P[j].low in Q.NOT_NAMES)):
            if P[j].low == "the":
                break
            j += 1
        return (j, end)
    # A lower-case head: look back for the word that opens the phrase ('the ad's narrator').
    m = k - 1
    while m >= max(lo, k - 7):
        u = P[m]
        if u.kind != "w" or u.low in Q.NP_STOP:
            break
        before = P[m - 1] if m - 1 >= lo else None
        after_of = before is not None and before.low == "of"
        if u.low in Q.DETERMINERS and not after_of:
            return (m, end)
        possessive = u.low.endswith(("'s", "’s")) and u.cap
        if (possessive or u.t[0].isdigit()) and not (
            before is not None and before.low in Q.DETERMINERS
        ):
            return (m, end)
        m -= 1
    # A bare plural or role noun: 'police said', 'officials told reporters'.
    prev = P[k - 1] if k - 1 >= lo else None
    if (t.low in Q.ROLE_WORDS or t.low in Q.ORG_HEADS or t.low.endswith("s")) and (
        prev is None or prev.kind != "w" or prev.low in Q.LEAD_TRIM
    ):
        return (k, end)
    return None


def _appositions(P: list[Tok], i: int, hi: int) -> tuple[str | None, int]:
    """', a professor at Y,' after a mention: the role it gives, and where it ends."""
    if i >= hi or P[i].t != ",":
        return None, i
    j = i + 1
    while (
        j < hi
        and j - i < Q.MAX_APPOSITION
        and P[j].t not in (",", ";", ":")
        and P[j].low
        not in (
            "who",
            "which",
        )
    ):
        if P[j].kind == "q" or _ends_sentence(P, j):
            break
        j += 1
    words = P[i + 1 : j]
    if not words or words[0].kind != "w":
        return None, i
    opener = words[0]
    possessive = opener.cap and opener.low.endswith(("'s", "’s"))
    if not (opener.low in Q.APPOS_OPENERS or opener.low in Q.ROLE_WORDS or possessive):
        return None, i
    start = 1 if words[0].low in Q.ARTICLES and len(words) > 1 else 0
    return " ".join(w.t for w in words[start:]), j


# --- attribution ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Hit:
    spk: tuple[int, int]  # token range
    cue: tuple[int, int] | None  # token range
    rule: str
    role: str | None = None


def _after(P: list[Tok], qi: int, hi: int, closed_stop: bool) -> _Hit | None:
    """Attribution after the quote, in its sentence."""
    i = qi + 1
    if i < hi and P[i].t == ",":
        i += 1
    if i >= hi:
        return None
    t = P[i]
    # '"..." ― Jane Doe': dash attribution under reader quotes and epigraphs.
    if t.t in Q.DASH_CUES or (t.t == "-" and i + 1 < hi and P[i + 1].t == "-"):
        j = i + (2 if t.t == "-" else 1)
        np = _np_forward(P, j, hi, j)
        if np is not None and P[np[0]].cap:
            return _Hit(np, (i, j), "after.dash_name")
        return None
    while i < hi and P[i].low in Q.LEAD_TRIM:
        i += 1
    if i + 1 < hi and (P[i].low, P[i + 1].low) == Q.ACCORDING:
        np = _np_forward(P, i + 2, hi, i)
        if np is not None:
            role, _ = _appositions(P, np[1], hi)
            return _Hit(np, (i, i + 2), "after.according_to", role)
        return None
    # '"...," said X' / '"...," added Smith, a lawyer'.
    j = i
    while j < hi and _is_adverb(P[j]) and P[j].low not in ("is", "was", "has", "had"):
        j += 1
    c = _cue_at(P, j, hi, i) if j < hi else -1
    if c > 0:
        np = _np_forward(P, c, hi, i)
        if np is not None and P[np[0]].low not in ("it", "that", "this"):
            role, _ = _appositions(P, np[1], hi)
            return _Hit(np, (j, c), "after.verb_name", role)
        if np is None:
            return None
    # '"...," X said' / '"...," X, a professor at Y, said' / '"...," the ad's narrator says'.
    limit = min(hi, i + Q.MAX_MENTION + Q.MAX_APPOSITION)
    v = -1
    for j in range(i, limit):
        if P[j].kind == "q" or _ends_sentence(P, j):
            break
        if _cue_at(P, j, hi, i) > 0:
            v = j
            break
    if v <= i:
        return None
    c = _cue_at(P, v, hi, i)
    r = v
    while r > i and _is_adverb(P[r - 1]):
        r -= 1
    if r <= i:
        return None
    # The mention is the first comma chunk; any others are appositions closed by a comma.
    k = i
    while k < r and P[k].t != ",":
        k += 1
    if k < r and P[r - 1].t != ",":
        return None
    if not _valid_subject(P, i, k):
        return None
    if closed_stop and hi - c > Q.MAX_CUE_TAIL + 6:
        return None
    role = None
    if k < r:
        role, _ = _appositions(P, k, r)
    return _Hit((i, k), (v, c), "after.name_verb", role)


def _valid_subject(P: list[Tok], i: int, k: int) -> bool:
    """Whether tokens [i, k) read as a speaker mention before its verb."""
    if k <= i or k - i > Q.MAX_MENTION:
        return False
    first = P[i]
    if first.kind != "w":
        return False
    if k - i == 1 and first.low in Q.PRONOUN_SET:
        return True
    if first.low in Q.NOT_SPEAKERS or first.low in Q.PRONOUN_SET:
        return False
    # 'harbour master Ines Duarte said': lower-case role words are fine before a name.
    named = any(P[j].cap for j in range(i + 1, min(k, i + 6)))
    if not (
        first.low in Q.DETERMINERS
        or (first.cap and first.low not in Q.NOT_NAMES)
        or first.t[0].isdigit()
        or first.low in Q.ROLE_WORDS
        or (named and k - i <= 6)
    ):
        return False
    for j in range(i, k):
        u = P[j]
        if u.kind == "p":
            continue
        if u.kind != "w":
            return False
        if u.low in Q.NP_STOP and not u.cap:
            if u.low == "and" and j + 1 < k and P[j + 1].cap and P[j - 1].cap:
                continue
            return False
    return True


def _sentence_subject(P: list[Tok], lo: int, v: int) -> tuple[int, int] | None:
    """The mention that opens the sentence, past a leading adverbial ('In a statement, ...')."""
    i = lo
    while i < v and P[i].low in Q.LEAD_TRIM:
        i += 1
    if i < v and P[i].low in Q.LEADING_ADVERBIAL:
        while i < v and P[i].t != ",":
            i += 1
        i += 1
    if i >= v:
        return None
    np = _np_forward(P, i, v, lo)
    if np is None or np[1] >= v:
        return None
    nxt = P[np[1]]
    if nxt.t == "," or (nxt.kind == "w" and not nxt.cap):
        return np
    return None


def _before(P: list[Tok], qi: int, lo: int, direct: bool) -> _Hit | None:
    """Attribution before the quote, in its sentence."""
    if qi <= lo:
        return None
    # 'According to Smith, "..."'.
    for a in range(max(lo, qi - 14), qi - 1):
        if (P[a].low, P[a + 1].low) == Q.ACCORDING:
            np = _np_forward(P, a + 2, qi, lo)
            if np is not None and qi - np[1] <= 2:
                return _Hit(np, (a, a + 2), "before.according_to")
    max_tail = Q.MAX_CUE_TAIL if direct else Q.MAX_CUE_TAIL_PARTIAL
    v = -1
    c = -1
    for j in range(qi - 1, max(lo, qi - max_tail - 2) - 1, -1):
        if P[j].kind == "q":
            if j != qi - 1:
                break
            continue
        c = _cue_at(P, j, qi, lo)
        if c > 0:
            v = j
            break
    if v < 0:
        return None
    tail = P[c:qi]
    loose_tail = bool(tail) and tail[-1].t not in Q.INTRO_END and tail[-1].low != "that"
    if direct and loose_tail and len(tail) > 3:
        return None
    if any(t.kind == "q" for t in tail):
        return None
    cue = (v, c)
    # 'Said Ellis: "..."': an inverted attribution opening the sentence.
    s = lo
    while s < v and P[s].low in Q.LEAD_TRIM:
        s += 1
    if s == v or (s < v and P[s].kind == "q"):
        np = _np_forward(P, c, qi, lo)
        if np is not None and (np[1] == qi or P[np[1]].t in (",", ":")):
            return _Hit(np, cue, "before.verb_name")
        if s == v:
            return None
    k = v - 1
    while k > lo and _is_adverb(P[k]):
        k -= 1
    if P[k].low in Q.RELATIVES and k > lo:
        k -= 1
    if P[k].low == "and" and k - 1 > lo and P[k - 1].kind == "w" and not P[k - 1].cap:
        k -= 2  # 'I laughed and said'
    low = P[v].low
    if low.endswith("ing") and v - 1 >= lo and P[v - 1].low in Q.PARTICIPLE_LEADS:
        # 'Smith attacked the plan, saying, "..."': the speaker is the sentence's subject.
        np = _sentence_subject(P, lo, v)
        if np is not None:
            return _Hit(np, cue, "before.participle_subject")
        return None
    np = None
    role = None
    if P[k].t == ",":
        # 'Smith, a lawyer for the firm, said: "..."'.
        m = k - 1
        while m > lo and P[m].t != "," and k - m < Q.MAX_APPOSITION:
            if _ends_sentence(P, m) or P[m].kind == "q":
                break
            m -= 1
        if m > lo and P[m].t == ",":
            np = _np_backward(P, lo, m - 1)
            if np is not None:
                role, _ = _appositions(P, m, k)
    elif P[k].kind != "q":
        np = _np_backward(P, lo, k)
    if np is not None:
        return _Hit(np, cue, "before.name_verb", role)
    if P[k].kind == "w" and not P[k].cap:
        np = _sentence_subject(P, lo, v)
        if np is not None and P[np[0]].cap and not _cue_between(P, np[1], v, lo):
            return _Hit(np, cue, "before.sentence_subject")
    return None


def _cue_between(P: list[Tok], a: int, b: int, lo: int) -> bool:
    return any(_cue_at(P, j, b, lo) > 0 for j in range(a, b))


def _apply(f: Found, P: list[Tok], hit: _Hit) -> bool:
    a, b = hit.spk
    while b > a and P[b - 1].t in (",", ":"):
        b -= 1
    words = P[a:b]
    if not words:
        return False
    mention_low = " ".join(w.low for w in words)
    if mention_low in Q.NOT_SPEAKERS:
        return False
    f.speaker = (words[0].s, words[-1].e)
    if hit.cue is not None:
        f.cue = (P[hit.cue[0]].s, P[hit.cue[1] - 1].e)
    role, name = _role_name(words)
    if hit.role and not role:
        role = hit.role[:120]
    f.role, f.name = role, name
    f.rule = hit.rule
    return True


def _role_name(words: list[Tok]) -> tuple[str | None, str | None]:
    """('chief spokesman', 'Zabihullah Mujahid') from 'chief spokesman Zabihullah Mujahid'."""
    ws = [w for w in words if w.kind == "w"]
    if not ws:
        return None, None
    if len(ws) == 1 and ws[0].low in Q.PRONOUN_SET:
        return None, None
    # The name is the trailing run of capitalised words that are not titles or role words.
    k = len(ws)
    while k > 0:
        w = ws[k - 1]
        if (w.cap and w.t not in Q.TITLE_SET) or (
            w.low in Q.NAME_PARTICLES and k - 2 >= 0 and ws[k - 2].cap and k < len(ws)
        ):
            k -= 1
        else:
            break
    name_words = ws[k:]
    role_words = [w for w in ws[:k] if w.low not in Q.HONORIFICS]
    if name_words and name_words[0].low in Q.NAME_PARTICLES:
        name_words = name_words[1:]
    if not name_words or ws[-1].low.endswith(("'s", "’s")):
        # A description, not a name: 'the ministry', "the ad's narrator", 'a friend'.
        return None, " ".join(w.t for w in ws)
    if role_words and role_words[0].low in Q.ARTICLES:
        if len(role_words) == 1:
            return None, " ".join(w.t for w in name_words)  # "the NRF" -> NRF
        role_words = role_words[1:]
    role = " ".join(w.t for w in role_words) or None
    return role, " ".join(w.t for w in name_words)


def attribute(doc: Doc, paragraphs: list[Line], found: list[Found]) -> None:
    text = doc.text
    by_line: dict[int, list[tuple[int, Found]]] = {}
    for qi, f in enumerate(found):
        by_line.setdefault(f.line, []).append((qi, f))
    for li, fs in by_line.items():
        P = _paragraph_tokens(text, paragraphs[li], fs)
        positions = [i for i, t in enumerate(P) if t.kind == "q"]
        for pos, (_qi, f) in zip(positions, fs, strict=True):
            lo = pos - 1
            while lo >= max(0, pos - _WINDOW) and not _ends_sentence(P, lo):
                lo -= 1
            lo += 1
            hi = pos + 1
            limit = min(len(P), pos + _WINDOW)
            while hi < limit and not _ends_sentence(P, hi):
                hi += 1
            inner = f.extra.get("inner_end", "")
            closed_stop = f.closed and text[f.end - 2 : f.end - 1] in ".!?" and not inner
            hit = _after(P, pos, hi, closed_stop)
            if hit is not None and P[hit.spk[0]].low in Q.PRONOUN_SET:
                # 'Sen. Jane Roe scolded him: "...," she said.': the named introducer wins.
                named = _before(P, pos, lo, f.kind == "direct")
                if named is not None and P[named.spk[0]].low not in Q.PRONOUN_SET:
                    hit = named
            if hit is None or not _apply(f, P, hit):
                hit = _before(P, pos, lo, f.kind == "direct")
                if hit is not None:
                    _apply(f, P, hit)
            if f.speaker is None and f.kind == "direct" and pos == 0 and li > 0:
                _intro_paragraph(text, paragraphs[li - 1], f)
    _carry(paragraphs, found)
    _resolve_names(doc, paragraphs, found)


def _intro_paragraph(text: str, prev: Line, f: Found) -> None:
    """'He said:' closing the paragraph before a quote paragraph."""
    if not prev.text.rstrip().endswith((":", ",")):
        return
    P: list[Tok] = []
    _tokenize(text, max(prev.start, prev.end - 600), prev.end, P)
    P.append(Tok(f.start, f.end, "", "", "q"))
    pos = len(P) - 1
    lo = pos - 1
    while lo >= max(0, pos - _WINDOW) and not _ends_sentence(P, lo):
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


def _gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    for w in role.lower().replace(",", " ").split():
        if w in Q.MALE_TITLES:
            return "m"
        if w in Q.FEMALE_TITLES:
            return "f"
    return None


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
    genders: dict[str, str | None] = {}

    def gender_of(name: str) -> str | None:
        last = name.split()[-1]
        if last in genders:
            return genders[last]
        male = any(h + last in text for h in Q.MALE_HONORIFICS)
        female = any(h + last in text for h in Q.FEMALE_HONORIFICS)
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
    people: list[tuple[int, str, str | None]] = []  # (offset, name, gender)
    orgs: list[tuple[int, str]] = []
    for f in found:
        if f.speaker is None:
            continue
        mention = text[f.speaker[0] : f.speaker[1]]
        low = mention.lower()
        if low in Q.PRONOUN_SET:
            if low in ("he", "she"):
                f.name = _latest_person(text, lo, f.speaker[0], low, people, gender_of)
            else:
                f.name = _pronoun_target(low, f.speaker[0], people, orgs)
            continue
        if not f.name:
            continue
        name = f.name = canonical(f.name)
        if any(p[1] == name and p[0] == f.speaker[0] for p in people[-3:]):
            continue
        if _is_org(name):
            orgs.append((f.speaker[0], name))
            continue
        g = _gender_of_role(f.role) or _gender_of_role(mention)
        if g is None and any(w in Q.PRONOUNS_MALE | Q.PRONOUNS_FEMALE for w in pronouns):
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
    ('Ines Duarte runs the office. "...," she said.')."""
    last = None
    for m in Q.FULL_NAME.finditer(text, lo, hi):
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
    best, best_at = None, -1
    for name, g in cands.items():
        surname = name.split()[-1]
        at = text.rfind(surname, window, pos)
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
        if at > best_at:
            best, best_at = name, at
    if best is None or best_at < 0:
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


def build(doc: Doc, body: list[Line], explain: bool) -> tuple[list[Quote], list[SpeakerEntry]]:
    """Find and attribute the quotes in the body paragraphs; return the models for the
    Article: the quotes in order, and one entry per named speaker with their quote indices."""
    text = doc.text
    found = find_quotes(doc, body)
    attribute(doc, body, found)
    # A title ("Face the Nation") is kept only when someone is said to have said it.
    found = [f for f in found if not (f.title and not (f.rule or "").startswith("after."))]
    quotes: list[Quote] = []
    speakers: dict[str, SpeakerEntry] = {}
    for qi, f in enumerate(found):
        speaker = None
        if f.speaker is not None:
            ss, se = f.speaker
            speaker = Speaker.trusted(text=text[ss:se], start=ss, end=se, name=f.name, role=f.role)
            if f.name:
                entry = speakers.get(f.name)
                if entry is None:
                    entry = speakers[f.name] = SpeakerEntry.trusted(
                        name=f.name, role=f.role, quotes=[]
                    )
                elif f.role and (not entry.role or len(f.role) > len(entry.role)):
                    entry.role = f.role
                entry.quotes.append(qi)
        cue = None
        if f.cue is not None:
            cs, ce = f.cue
            cue = Cue.trusted(text=text[cs:ce], start=cs, end=ce)
        quotes.append(
            Quote.trusted(
                text=text[f.start : f.end],  # kind is "direct" or "partial"
                start=f.start,
                end=f.end,
                kind=f.kind,
                speaker=speaker,
                cue=cue,
                paragraph=f.line,
                rule=(f.rule or "none") if explain else None,
            )
        )
    return quotes, list(speakers.values())
