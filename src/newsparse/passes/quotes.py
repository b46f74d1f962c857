"""Quotes and who said them.

Two steps. ``find_quotes`` pairs quotation marks inside each body paragraph (a paragraph whose
quote is not closed and whose next paragraph opens with a mark continues it, as news style
does for long quotes). ``attribute`` then looks for the speaker and the speech verb around each
quote, in the order a reader would: right after the quote ('"...," X said', '"...," said X,
a professor'), right before it ('X said: "..."'), in the rest of the sentence ('according to
X'), then the neighbours (a split quote's other half, the paragraph before for a quote standing
alone, the opening paragraph of a multi-paragraph quote). Pronoun speakers are resolved to the
most recent compatible named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsparse.document import Doc, Line
from newsparse.models import Cue, Quote, Speaker, SpeakerEntry
from newsparse.patterns import quotes as Q

# --- mention grammar (built from the lexicons in patterns.quotes) ---------------------------

_TITLE_ALT = "|".join(re.escape(t) for t in sorted(Q.TITLES, key=len, reverse=True))
_ROLE_ALT = "|".join(re.escape(w) for w in sorted(Q.ROLE_WORDS, key=len, reverse=True))
# A capitalised word in a name, including initials and hyphenated or apostrophe'd names.
_CAP = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
_NAME = rf"{_CAP}(?:\s+(?:(?:{Q.NAME_PARTICLE_ALT})\s+)*{_CAP})*"
_PARTY = r"(?:\s*\((?:[A-Z][\w.]*[-–][A-Z][\w.]*|[A-Z][\w.]*)\))?"
# "chief spokesman Zabihullah Mujahid", "Rep. Gwen Moore (D-Wis.)", "Democratic nominee Hillary
# Clinton", "the NRF", "the ministry", "he". Role words may be lower case; the name is capitals.
_ROLE_RUN = rf"(?:(?:{_ROLE_ALT}|{_TITLE_ALT}|[A-Z][\w'’.\-]*)\s+)*"
_PRONOUN = r"(?:he|she|they|it|we|I)"
_ORG = rf"(?:the\s+(?:(?:{_ROLE_ALT}|[A-Z][\w&'’.\-]*)\s+){{0,4}}(?:{_ROLE_ALT}|{_CAP}))"
MENTION = rf"(?:{_PRONOUN}|{_ORG}|(?:{_ROLE_RUN})?{_NAME}{_PARTY})"
_VERB = Q.SPEECH_VERB.pattern
_AUX = Q.AUX
# Adverbials between a verb and the quote, or after the verb: "on Monday", "in a statement",
# "to reporters", "in an interview with CNN", "sarcastically", "last month".
_ADVERBIAL = (
    r"(?:\s*,?\s*(?:on|in|at|to|during|via|from|last|this|after|before|earlier|later|then|"
    r"told|with|over)\b[^\"“”«».!?;:]{0,60}?|\s+\w+ly)?"
)

# '"...," X said' / '"...," X, a professor at Y, said' / '"..." X told reporters'.
AFTER_NAME_VERB = re.compile(
    rf"^\s*[,]?\s*(?P<spk>{MENTION})(?:\s*,\s*(?P<appos>[^,\"“”]{{2,80}}?)\s*,)?\s+{_AUX}*"
    rf"(?P<cue>{_VERB})\b",
)
# '"...," said X' / '"...," said X, a professor at Y.' / 'adds X'.
AFTER_VERB_NAME = re.compile(
    rf"^\s*[,]?\s*(?P<cue>{_VERB})\s+(?P<spk>{MENTION})(?:\s*,\s*(?P<appos>[^,.\"“”]{{2,100}}))?",
)
# '"..." ― Jane Doe': dash attribution under reader quotes and epigraphs.
AFTER_DASH_NAME = re.compile(rf"^\s*(?P<cue>[―—–]|--)\s*(?P<spk>{_NAME})")
# '"...," according to X'.
AFTER_ACCORDING = re.compile(rf"^\s*,?\s*(?P<cue>according\s+to)\s+(?P<spk>{MENTION})")
# 'X said: "..."', 'X said "..."', 'X added, "..."', 'X told reporters on Monday: "..."'.
BEFORE_NAME_VERB = re.compile(
    rf"(?P<spk>{MENTION})(?:\s*,\s*(?P<appos>[^,\"“”]{{2,80}}?)\s*,)?\s+{_AUX}*(?P<cue>{_VERB})"
    rf"{_ADVERBIAL}\s*[:,]?\s*$",
)
# 'said X: "..."' (rare) and 'In a statement, X said, "..."' are covered above; this is the
# "X: "..."" colon attribution of transcripts and social posts.
BEFORE_NAME_COLON = re.compile(rf"(?P<spk>{_NAME}{_PARTY})\s*:\s*$")
SENTENCE_END = re.compile(r"[.!?](?:['\"’”])?\s+(?=[A-Z\"“])")
WORD_RE = re.compile(r"[\w'’]+")


@dataclass
class Found:
    """A quoted stretch found in the text, before attribution."""

    start: int
    end: int
    line: int  # index into doc.lines
    kind: str = "direct"
    closed: bool = True  # the closing mark is in the same paragraph
    continues: bool = False  # continues a quote opened in an earlier paragraph
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    name: str | None = None
    role: str | None = None
    rule: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


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


def _pair_marks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch in one paragraph, marks included.

    Curly marks nest (“a “b” c” is one quote); a straight quote closes at the next straight or
    closing mark; an opener with no closer runs to the end of the paragraph (closed=False).
    Runs in one pass over the marks: no backtracking, linear in the paragraph.
    """
    marks = [m.start() for m in Q.QUOTE_CHARS_RE.finditer(text)]
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
                # A lone straight mark after balanced quotes: an inch mark or a typo.
                k += 1
                continue
            out.append((i, len(text), False))
            break
        out.append((i, end, True))
        k = j + 1
    return out


def _kind(text: str, qs: int, qe: int, closed: bool) -> str:
    """'direct' for a quoted statement, 'partial' for a few quoted words inside a sentence."""
    inner = text[qs + 1 : qe - 1 if closed else qe].strip()
    n = len(WORD_RE.findall(inner))
    before = text[:qs].rstrip()
    after = text[qe:].lstrip()
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


def _is_work_title(text: str, qs: int) -> bool:
    return Q.WORK_BEFORE.search(text[max(0, qs - 40) : qs]) is not None


def find_quotes(doc: Doc, paragraphs: list[Line]) -> list[Found]:
    found: list[Found] = []
    open_prev = False
    for li, line in enumerate(paragraphs):
        text = line.text
        if not Q.QUOTE_CHARS_RE.search(text):
            open_prev = False
            continue
        spans = _pair_marks(text)
        first = True
        for qs, qe, closed in spans:
            continues = first and open_prev and qs == 0
            kind = "direct" if continues else _kind(text, qs, qe, closed)
            if kind == "partial" and _is_work_title(text, qs):
                kind = "partial"
            found.append(Found(line.start + qs, line.start + qe, li, kind, closed, continues))
            first = False
        last = spans[-1] if spans else None
        # The quote runs on into the next paragraph if it is open here and the next paragraph
        # opens with a mark.
        nxt = paragraphs[li + 1].text if li + 1 < len(paragraphs) else ""
        open_prev = bool(last and not last[2] and nxt[:1] in Q.ALL_DOUBLE)
        if last and not last[2] and not open_prev and last[1] - last[0] > len(text) // 2:
            # Unclosed and not continued: keep it, but say it was not closed.
            found[-1].extra["unclosed"] = True
    return found


# --- attribution ------------------------------------------------------------------------------


def _split_role_name(mention: str) -> tuple[str | None, str | None]:
    """('chief spokesman', 'Zabihullah Mujahid') from 'chief spokesman Zabihullah Mujahid'."""
    m = mention.strip()
    low = m.lower()
    if low in Q.PRONOUN_SET:
        return None, None
    party = Q.PARTY_TAG.search(m)
    if party:
        m = m[: party.start()].strip()
    if low.startswith("the "):
        rest = m[4:]
        words = rest.split()
        if words and all(w[:1].isupper() for w in words):
            return None, rest  # "the NRF" -> NRF, "the White House" -> White House
        return None, m  # "the ministry"
    words = m.split()
    # The name is the trailing run of capitalised words that are not titles/roles.
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in Q.TITLE_SET:
        k -= 1
    # particles inside the name
    name_words = words[k:]
    role_words = words[:k]
    if not name_words:
        return (" ".join(role_words) or None), None
    return (" ".join(role_words) or None), " ".join(name_words)


def _trim_mention(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading conjunction or sentence-initial filler from a mention span."""
    m = Q.MENTION_LEAD_TRIM.match(text, s, e)
    if m:
        s = m.end()
    while e > s and text[e - 1] in " ,":
        e -= 1
    return s, e


def _valid_mention(mention: str) -> bool:
    low = mention.lower().strip()
    if not low:
        return False
    first = low.split()[0]
    if first in Q.NOT_NAMES and low not in Q.PRONOUN_SET and not low.startswith("the "):
        return False
    return low not in Q.NOT_SPEAKERS


def _apply(f: Found, base: int, m: re.Match[str], rule: str, text: str) -> bool:
    ss, se = _trim_mention(text, base + m.start("spk"), base + m.end("spk"))
    mention = text[ss:se]
    if not _valid_mention(mention):
        return False
    f.speaker = (ss, se)
    f.cue = (base + m.start("cue"), base + m.end("cue"))
    role, name = _split_role_name(mention)
    appos = m.groupdict().get("appos")
    if appos and not role and Q.APPOS_ROLE.match(appos.strip()):
        role = appos.strip()
    f.role, f.name = role, name
    f.rule = rule
    return True


def _sentence_after(text: str, pos: int, limit: int = 160) -> str:
    return text[pos : pos + limit]


def _sentence_before(text: str, lo: int, pos: int) -> tuple[int, str]:
    """Start offset and text of the sentence part that ends at pos (within [lo, pos))."""
    seg = text[lo:pos]
    start = 0
    for m in SENTENCE_END.finditer(seg):
        start = m.end()
    return lo + start, seg[start:]


def attribute(doc: Doc, paragraphs: list[Line], found: list[Found]) -> None:
    text = doc.text
    by_line: dict[int, list[Found]] = {}
    for f in found:
        by_line.setdefault(f.line, []).append(f)
    for li, fs in by_line.items():
        line = paragraphs[li]
        for k, f in enumerate(fs):
            if f.kind != "direct" and f.extra.get("skip"):
                continue
            nxt_q = fs[k + 1].start if k + 1 < len(fs) else line.end
            prev_q = fs[k - 1].end if k > 0 else line.start
            after = text[f.end : min(nxt_q, f.end + 200)]
            m = AFTER_VERB_NAME.match(after)
            if m and _apply(f, f.end, m, "after.verb_name", text):
                continue
            m = AFTER_NAME_VERB.match(after)
            if m and _apply(f, f.end, m, "after.name_verb", text):
                continue
            m = AFTER_DASH_NAME.match(after)
            if m and _apply(f, f.end, m, "after.dash_name", text):
                continue
            m = AFTER_ACCORDING.match(after)
            if m and _apply(f, f.end, m, "after.according_to", text):
                continue
            s0, before = _sentence_before(text, prev_q, f.start)
            m = BEFORE_NAME_VERB.search(before)
            if m and _apply(f, s0, m, "before.name_verb", text):
                continue
            m = BEFORE_NAME_COLON.search(before)
            if m and f.kind == "direct":
                ss, se = s0 + m.start("spk"), s0 + m.end("spk")
                mention = text[ss:se]
                if _valid_mention(mention):
                    f.speaker = (ss, se)
                    f.role, f.name = _split_role_name(mention)
                    f.rule = "before.name_colon"
                    continue
            # Rest of the sentence after the quote: '"...," the agency quoted X as saying'.
            m = Q.LATER_IN_SENTENCE.search(after[:160])
            if m:
                mm = re.match(rf"(?P<spk>{MENTION})", m.group("spk"))
                if mm:
                    base = f.end + m.start("spk")
                    ss, se = _trim_mention(text, base, base + mm.end())
                    if _valid_mention(text[ss:se]):
                        f.speaker = (ss, se)
                        f.cue = (f.end + m.start("cue"), f.end + m.end("cue"))
                        f.role, f.name = _split_role_name(text[ss:se])
                        f.rule = "after.later_in_sentence"
    _carry(doc, paragraphs, found)
    _resolve_names(doc, found)


def _carry(doc: Doc, paragraphs: list[Line], found: list[Found]) -> None:
    """Give unattributed direct quotes the speaker a neighbour gives them."""
    text = doc.text
    for k, f in enumerate(found):
        if f.speaker is not None or f.kind != "direct":
            continue
        prev = found[k - 1] if k > 0 else None
        nxt = found[k + 1] if k + 1 < len(found) else None
        # Split quote: '"A," she said, "B."' -- the second half takes the first's speaker.
        if prev is not None and prev.line == f.line and prev.speaker is not None:
            gap = text[prev.end : f.start]
            if prev.speaker[0] >= prev.end and prev.speaker[1] <= f.start and len(gap) < 120:
                _copy(f, prev, "carry.split_quote")
                continue
        # The first half of a split quote whose speaker follows the second half is rare; the
        # other order: '"A," -- and then the attribution after "B"' (same paragraph).
        if nxt is not None and nxt.line == f.line and nxt.speaker is not None:
            gap = text[f.end : nxt.start]
            if not gap.strip(" ,;:—–-") and nxt.speaker[0] >= nxt.end:
                _copy(f, nxt, "carry.split_quote_next")
                continue
        # Continues a quote opened in an earlier paragraph.
        if f.continues and prev is not None and prev.speaker is not None:
            _copy(f, prev, "carry.multi_paragraph")
            continue
        # A paragraph that is only this quote, right after a paragraph whose last quote had a
        # speaker, or which ends by introducing it ('He added:').
        line = paragraphs[f.line]
        stands_alone = f.start == line.start and (f.end >= line.end - 1)
        if stands_alone and f.line > 0:
            pl = paragraphs[f.line - 1]
            m = Q.INTRO_AT_END.search(pl.text)
            if m:
                mm = re.search(rf"(?P<spk>{MENTION})\s+{_AUX}*(?P<cue>{_VERB})", m.group(0))
                if mm:
                    base = pl.start + m.start()
                    ss, se = _trim_mention(text, base + mm.start("spk"), base + mm.end("spk"))
                    if _valid_mention(text[ss:se]):
                        f.speaker = (ss, se)
                        f.cue = (base + mm.start("cue"), base + mm.end("cue"))
                        f.role, f.name = _split_role_name(text[ss:se])
                        f.rule = "carry.intro_paragraph"
                        continue
            if prev is not None and prev.line == f.line - 1 and prev.speaker is not None:
                _copy(f, prev, "carry.previous_paragraph")
                continue


def _copy(f: Found, src: Found, rule: str) -> None:
    f.speaker, f.cue, f.name, f.role = src.speaker, src.cue, src.name, src.role
    f.rule = rule


def _resolve_names(doc: Doc, found: list[Found]) -> None:
    """Pronouns to the most recent named speaker; surnames to the full name used earlier."""
    text = doc.text
    full_names: list[str] = []
    last_person: str | None = None
    last_by_gender: dict[str, str] = {}
    genders: dict[str, str] = {}
    for f in found:
        if f.speaker is None:
            continue
        mention = text[f.speaker[0] : f.speaker[1]]
        low = mention.lower()
        if low in Q.PRONOUN_SET:
            g = "m" if low in Q.PRONOUNS_MALE else "f" if low in Q.PRONOUNS_FEMALE else None
            target = last_by_gender.get(g) if g else last_person
            if low in Q.PRONOUNS_PLURAL or low == "it":
                target = f.name or last_person
            f.name = target
            continue
        name = f.name
        if not name:
            continue
        # "Mujahid" after "Zabihullah Mujahid": the same speaker.
        if " " not in name:
            for full in reversed(full_names):
                if full.split()[-1] == name or full.split()[0] == name:
                    name = full
                    break
        f.name = name
        if name not in full_names:
            full_names.append(name)
        role = (f.role or "").lower()
        g = genders.get(name)
        if g is None:
            if any(w in Q.MALE_TITLES for w in role.split()):
                g = "m"
            elif any(w in Q.FEMALE_TITLES for w in role.split()):
                g = "f"
        if g:
            genders[name] = g
            last_by_gender[g] = name
        else:
            last_by_gender.setdefault("m", name)
            last_by_gender.setdefault("f", name)
            last_by_gender["m"] = name if "m" not in genders.values() else last_by_gender["m"]
            last_by_gender["f"] = name if "f" not in genders.values() else last_by_gender["f"]
        last_person = name


def build(doc: Doc, body: list[Line], explain: bool) -> tuple[list[Quote], list[SpeakerEntry]]:
    """Find and attribute the quotes in the body paragraphs; return the models for the
    Article: the quotes in order, and one entry per named speaker with their quote indices."""
    text = doc.text
    found = find_quotes(doc, body)
    attribute(doc, body, found)
    quotes: list[Quote] = []
    speakers: dict[str, SpeakerEntry] = {}
    for qi, f in enumerate(found):
        speaker = None
        if f.speaker is not None:
            ss, se = f.speaker
            speaker = Speaker.model_construct(
                text=text[ss:se], start=ss, end=se, name=f.name, role=f.role
            )
            if f.name:
                entry = speakers.get(f.name)
                if entry is None:
                    entry = speakers[f.name] = SpeakerEntry.model_construct(
                        name=f.name, role=f.role, quotes=[]
                    )
                elif f.role and (not entry.role or len(f.role) > len(entry.role)):
                    entry.role = f.role
                entry.quotes.append(qi)
        cue = None
        if f.cue is not None:
            cs, ce = f.cue
            cue = Cue.model_construct(text=text[cs:ce], start=cs, end=ce)
        quotes.append(
            Quote.model_construct(
                text=text[f.start : f.end],  # kind is "direct" or "partial"
                start=f.start,
                end=f.end,
                kind=f.kind,  # type: ignore[arg-type]
                speaker=speaker,
                cue=cue,
                paragraph=f.line,
                rule=(f.rule or "none") if explain else None,
            )
        )
    return quotes, list(speakers.values())
