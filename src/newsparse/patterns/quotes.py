"""Quotation marks, speech verbs, titles and pronouns: the lexicons quote attribution runs on.

Kept as data so that a missed verb or title is a one-line fix with a test case, not new code.
"""

from __future__ import annotations

import re

from newsparse.patterns.structure import NAME_PARTICLE

# Opening and closing marks. Straight " opens or closes by position; “ ” are English curly
# marks; „ “ is the German/Eastern European low-high pair; « » and » « are guillemets (French,
# and Danish/German reversed). Single marks are read as quotes only inside a double-quoted
# stretch (nested) or when a paragraph uses them as its only quote marks (British style).
DOUBLE_OPEN = "\u201c\u201e\u00ab\u201f"
DOUBLE_CLOSE = "\u201d\u00bb"
STRAIGHT = '"'
# Which closers each opener accepts. "“" closes with "”" in English and also ends a „ quote in
# German; "»" is accepted for "«" only (French), "«" for "»" (reversed guillemets).
CLOSERS: dict[str, str] = {
    "\u201c": "\u201d\"",
    "\u201e": "\u201c\u201d\"",
    "\u201f": "\u201d\"",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    '"': '"\u201d',
}
ALL_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
QUOTE_CHARS_RE = re.compile(r'["\u201c\u201d\u201e\u201f\u00ab\u00bb]')

# Speech verbs: the cue that ties a quote to its speaker. Base forms; inflections are generated
# below. "tweeted", "posted", "wrote" because news quotes social media; "continued", "added",
# "responded" because quotes run on across paragraphs; "told" takes an object ("told reporters").
SPEECH_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "continue", "explain", "argue", "warn", "tweet", "write", "post",
    "respond", "reply", "ask", "answer", "claim", "insist", "note", "state", "declare",
    "announce", "admit", "acknowledge", "agree", "allege", "assert", "boast", "caution",
    "comment", "complain", "concede", "conclude", "confirm", "contend", "counter", "cry",
    "deny", "describe", "emphasize", "emphasise", "exclaim", "joke", "lament", "maintain",
    "mention", "muse", "observe", "plead", "point out", "pledge", "predict", "promise",
    "quip", "recall", "remark", "repeat", "report", "retort", "reveal", "scoff", "scream",
    "shout", "sigh", "snap", "stress", "suggest", "testify", "urge", "vow", "whisper",
    "yell", "charge", "fume", "gush", "blast", "chime in", "interject", "begin", "start",
    "go on", "elaborate", "recount", "reason", "reflect", "opine", "proclaim", "reiterate",
    "underline", "underscore", "demand", "threaten", "advise", "assure", "inform",
    "mock", "taunt", "thunder", "rail", "rant", "tout", "wonder", "speculate", "estimate",
    "calculate", "predict", "forecast", "surmise", "add", "summarize", "summarise",
    "declare", "post", "share", "retweet", "text", "email", "message", "shoot back",
    "fire back", "hit back", "write back", "say in a statement", "read", "reads",
)
# Irregular past forms the suffix rules below do not make.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "cry": ("cried", "cries", "crying"),
    "deny": ("denied", "denies", "denying"),
    "reply": ("replied", "replies", "replying"),
    "begin": ("began", "begins", "beginning"),
    "go on": ("went on", "goes on", "going on"),
    "shoot back": ("shot back", "shoots back"),
    "hit back": ("hit back", "hits back"),
    "write back": ("wrote back", "writes back"),
    "read": ("read", "reads", "reading"),
    "say in a statement": ("said in a statement", "says in a statement"),
    "fire back": ("fired back", "fires back"),
    "chime in": ("chimed in", "chimes in"),
    "point out": ("pointed out", "points out"),
    "quip": ("quipped", "quips"),
    "snap": ("snapped", "snaps"),
    "plead": ("pleaded", "pled", "pleads"),
    "rail": ("railed", "rails"),
}


def _inflect(verb: str) -> tuple[str, ...]:
    if verb in IRREGULAR:
        return (verb, *IRREGULAR[verb])
    head, _, tail = verb.partition(" ")
    tail = f" {tail}" if tail else ""
    if head.endswith("e"):
        forms = (head + "d", head + "s", head[:-1] + "ing")
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = (head[:-1] + "ied", head[:-1] + "ies", head + "ing")
    elif head.endswith(("sh", "ch", "ss", "x")):
        forms = (head + "ed", head + "es", head + "ing")
    else:
        forms = (head + "ed", head + "s", head + "ing")
    return (verb, *(f + tail for f in forms))


SPEECH_VERB_FORMS: frozenset[str] = frozenset(f for v in SPEECH_VERBS for f in _inflect(v))
# Longest first so "said in a statement" wins over "said".
_VERB_ALT = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(SPEECH_VERB_FORMS, key=len, reverse=True))
SPEECH_VERB = re.compile(rf"\b(?:{_VERB_ALT})\b", re.IGNORECASE)

# Multi-word cues that are not verbs: "according to X", "in the words of X".
ACCORDING_TO = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of|quoted\s+by|per)\s+", re.I)

# Auxiliaries and adverbs allowed between a speaker and a verb ("has said", "later told",
# "said on Monday"), and after the verb before the quote ("said on Twitter:").
AUX = r"(?:(?:has|have|had|was|were|is|are|will|would|also|later|then|once|again|previously|earlier|recently|famously|reportedly|simply|just|quickly|flatly|repeatedly|publicly|privately|angrily|bluntly|proudly|calmly|firmly|softly|sharply|tearfully|jokingly|emphatically|further|had\s+also|has\s+also|has\s+long|not\s+only)\s+)"

# Titles and roles that go before a name and belong in speaker.role, not speaker.name.
TITLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister",
    "Secretary", "Secretary of State", "Senator", "Sen.", "Rep.", "Representative", "Gov.",
    "Governor", "Mayor", "Judge", "Justice", "Chief Justice", "General", "Gen.", "Lt.",
    "Col.", "Colonel", "Major", "Maj.", "Captain", "Capt.", "Sgt.", "Sergeant", "Admiral",
    "Adm.", "Dr.", "Dr", "Prof.", "Professor", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
    "Miss", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Pope",
    "Father", "Rev.", "Reverend", "Rabbi", "Imam", "Sheikh", "Chancellor", "Speaker",
    "Leader", "Chairman", "Chairwoman", "Chair", "Director", "CEO", "Chief", "Coach",
    "Commissioner", "Ambassador", "Attorney General", "Sheriff", "Detective", "Officer",
    "Inspector", "Superintendent", "Spokesman", "Spokeswoman", "Spokesperson", "Sen",
    "Rep", "Gov", "Del.", "Ald.", "Councillor", "Councilman", "Councilwoman", "Candidate",
    "Democrat", "Republican", "GOP", "Democratic", "nominee", "Nominee", "former", "Former",
    "then-candidate", "Presidential", "presidential", "candidate",
)
# Lower-case role words that come before a name: "chief spokesman Zabihullah Mujahid",
# "Democratic nominee Hillary Clinton", "campaign manager Kellyanne Conway".
ROLE_WORDS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson chief senior deputy assistant executive director
    manager campaign press secretary adviser advisor aide analyst expert professor lawyer
    attorney researcher economist strategist pollster official officials leader leaders
    minister president chairman chairwoman chair founder co-founder head commander general
    colonel officer police detective sheriff governor mayor senator congressman congresswoman
    representative rep. sen. gov. candidate nominee democratic republican democrat gop
    former then-candidate vice presidential national regional state local foreign defence
    defense interior finance health education security intelligence military army navy
    spokesperson columnist editor writer reporter correspondent author host anchor
    commentator pundit surrogate supporter critic activist organizer organiser coach
    player star actor actress singer rapper musician ceo cfo coo cto chief-of-staff staff
    of the and us u.s. uk u.k. white house majority minority whip speaker party national
    committee chair secretary-general general-secretary ambassador envoy diplomat
    ministry department agency opposition group union council""".split()
)

# Pronouns and what they can refer to.
PRONOUNS_MALE: frozenset[str] = frozenset({"he", "him"})
PRONOUNS_FEMALE: frozenset[str] = frozenset({"she", "her"})
PRONOUNS_PLURAL: frozenset[str] = frozenset({"they", "we"})
PRONOUNS_ORG: frozenset[str] = frozenset({"it"})
PRONOUN = re.compile(r"\b(?:he|she|they|it|we|i)\b", re.IGNORECASE)
# Gendered titles and common first names are the gender signal the text shows.
MALE_TITLES: frozenset[str] = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "spokesman", "chairman", "congressman", "councilman"})
FEMALE_TITLES: frozenset[str] = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "councilwoman"})

# Organisation mentions: "the NRF", "the ministry", "the White House", "the campaign".
ORG_HEADS: frozenset[str] = frozenset(
    """ministry department agency government group company firm campaign committee council
    police army military office commission court union party organisation organization
    spokesman spokeswoman spokesperson statement board team club federation association
    authority authorities regulator bank institute university hospital embassy administration
    white house pentagon kremlin taliban""".split()
)

# A speaker mention: an optional role/title run, then a capitalised name, optionally with a
# "(D-N.C.)"-style party tag or a ", a professor at Y" apposition handled in the pass.
NAME_TOKEN = r"(?:[A-Z][\w'’.\-]*|" + NAME_PARTICLE + r")"
CAP_RUN = re.compile(rf"[A-Z][\w'’.\-]*(?:\s+{NAME_TOKEN})*")
PARTY_TAG = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)[-–][A-Z][\w.]*\.?\)")

# Words that, capitalised at a sentence start, are not names.
NOT_NAMES: frozenset[str] = frozenset(
    """the a an this that these those it its he she they we i you but and or so then when
    while if as after before in on at for with by from of to yes no not there here his her
    their our my your what who why how where which also still yet however meanwhile
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)

# Quoted titles of works are not quotes: "the film “Jaws”", "his book “The Art of the Deal”".
WORK_BEFORE = re.compile(
    r"\b(?:book|film|movie|song|album|show|series|play|novel|poem|article|op-ed|column|"
    r"essay|documentary|episode|single|track|musical|opera|report|paper|study|titled|"
    r"entitled|called|dubbed|named|nicknamed|known\s+as|hashtag|slogan|word|words|phrase|"
    r"term|label|headline|sign|signs|banner|T-shirt|shirt|hat|motto|code\s+name)\s*,?\s*$",
    re.IGNORECASE,
)

NAME_PARTICLE_ALT = NAME_PARTICLE[3:-1]  # the alternatives inside (?:...)
PRONOUN_SET: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})
TITLE_SET: frozenset[str] = frozenset(TITLES)
# Sentence-initial words a mention regex may sweep up that are not part of the mention:
# '"...," And he said' / 'But Smith said'.
MENTION_LEAD_TRIM = re.compile(r"(?:(?:and|but|so|then|yet|or|as|while|when|because)\s+)+", re.I)
# Mentions that are never speakers (a cue regex can meet them: '"...," it said' is fine, but
# '"...," there said' is not).
NOT_SPEAKERS: frozenset[str] = frozenset(
    {"there", "this", "that", "which", "who", "what", "i", "you", "one"}
)
# An apposition after a name that is a role: ', a professor at Y,' / ', the group's leader,'.
APPOS_ROLE = re.compile(r"^(?:a|an|the|his|her|their|its|[A-Z][\w.]*'s)\b", re.I)
# '"...," the agency quoted X as saying' / '"...," was how X put it' / '..., X said in a
# statement.' later in the same sentence after the quote.
LATER_IN_SENTENCE = re.compile(
    r"^[^.!?\"“”]{0,80}?\b(?P<cue>quoted|was\s+how)\s+(?P<spk>[^.!?\"“”]{2,60}?)\s+"
    r"(?:as\s+saying|put\s+it)\b",
    re.IGNORECASE,
)
# A paragraph ending by introducing the quote that follows: 'He added:' / 'Smith said on
# Monday:' / 'In a statement, the ministry said:'.
INTRO_AT_END = re.compile(r"[^.!?]{0,200}:\s*$")
