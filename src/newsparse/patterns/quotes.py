"""Quotation marks, speech verbs, titles and pronouns: the lexicons quote attribution runs on.

Kept as data so that a missed verb or title is a one-line fix with a test case, not new code.
"""

from __future__ import annotations

import re

from newsparse.patterns._lazy import bind_names, compile_lazily
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
    "\u201c": '\u201d"',
    "\u201e": '\u201c\u201d"',
    "\u201f": '\u201d"',
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    '"': '"\u201d',
}
ALL_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
# Two marks that make one closed quote when the first opens it: the second closes it, and
# neither nests nor reopens (a paragraph with just these skips the general pairing).
SIMPLE_PAIRS: frozenset[str] = frozenset({STRAIGHT + STRAIGHT, "\u201c\u201d"})
QUOTE_CHARS_RE = compile_lazily(r'["\u201c\u201d\u201e\u201f\u00ab\u00bb]')
# The same characters, for scans with str.find.
QUOTE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'

# An article whose straight marks are at most one in this many of its marks is set in curly
# marks: there a paragraph opening with a lone straight mark ('"Kevin was snoring.' between
# “...” paragraphs of a copied excerpt) holds a stray left by copying, not an opening quote.
CURLY_ARTICLE_RATIO = 4
# What may follow a transcript's stage direction inside its marks: '"(CROSSTALK.)', '"(Laughter)."'.
STAGE_DIRECTION_STRIP = " .,;\u00a0"
# Speech verbs: the cue that ties a quote to its speaker. Base forms; inflections are generated
# below. "tweeted", "posted", "wrote" because news quotes social media; "continued", "added",
# "responded" because quotes run on across paragraphs; "told" takes an object ("told reporters");
# "read"/"reads" because documents speak too ("the letter reads"); "sing"/"chant" because crowds
# and performers are quoted.
SPEECH_VERBS: tuple[str, ...] = (
    "say",
    "tell",
    "add",
    "continue",
    "explain",
    "argue",
    "warn",
    "tweet",
    "write",
    "post",
    "respond",
    "reply",
    "ask",
    "answer",
    "claim",
    "insist",
    "note",
    "state",
    "declare",
    "announce",
    "admit",
    "acknowledge",
    "agree",
    "allege",
    "assert",
    "boast",
    "caution",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "counter",
    "cry",
    "deny",
    "describe",
    "emphasize",
    "emphasise",
    "exclaim",
    "joke",
    "lament",
    "maintain",
    "mention",
    "muse",
    "observe",
    "plead",
    "point out",
    "pledge",
    "predict",
    "promise",
    "quip",
    "recall",
    "remark",
    "repeat",
    "report",
    "retort",
    "reveal",
    "scoff",
    "scold",
    "scream",
    "shout",
    "sigh",
    "snap",
    "stress",
    "suggest",
    "testify",
    "urge",
    "vow",
    "whisper",
    "yell",
    "charge",
    "fume",
    "gush",
    "blast",
    "chime in",
    "interject",
    "go on",
    # 'as The New Yorker put it in a profile, "..."': the writer's way of quoting a phrase.
    "put it",
    "elaborate",
    "recount",
    "reason",
    "reflect",
    "opine",
    "proclaim",
    "reiterate",
    "underline",
    "underscore",
    "demand",
    "threaten",
    "advise",
    "assure",
    "inform",
    "mock",
    "taunt",
    "thunder",
    "rail",
    "rant",
    "tout",
    "wonder",
    "speculate",
    "estimate",
    "forecast",
    "surmise",
    "summarize",
    "summarise",
    "share",
    "retweet",
    "text",
    "email",
    "message",
    "shoot back",
    "fire back",
    "hit back",
    "write back",
    "read",
    "sing",
    "chant",
    "add on",
    "wrap up",
    "sum up",
    "preach",
    "concur",
    "object",
    "protest",
    "pronounce",
    "propose",
    "question",
    "recommend",
    "remind",
    "admonish",
    "implore",
    "beg",
    "bellow",
    "murmur",
    "mutter",
    "grumble",
    "groan",
    "laugh",
    "marvel",
    "rage",
    "add later",
)
# Irregular forms the suffix rules below do not make.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "cry": ("cried", "cries", "crying"),
    "deny": ("denied", "denies", "denying"),
    "reply": ("replied", "replies", "replying"),
    "go on": ("went on", "goes on", "going on"),
    "shoot back": ("shot back", "shoots back"),
    "hit back": ("hit back", "hits back"),
    "write back": ("wrote back", "writes back"),
    "read": ("read", "reads"),
    "quip": ("quipped", "quips", "quipping"),
    "snap": ("snapped", "snaps", "snapping"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "sing": ("sang", "sings", "singing", "sung"),
    "beg": ("begged", "begs", "begging"),
    "wrap up": ("wrapped up", "wraps up"),
    "sum up": ("summed up", "sums up"),
    "concur": ("concurred", "concurs"),
    "add later": ("added later",),
    "put it": ("puts it", "putting it"),
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
# Single-word forms, and the second word each two-word form needs ("went" -> {"on"}).
CUE_WORDS: frozenset[str] = frozenset(f for f in SPEECH_VERB_FORMS if " " not in f)
CUE_TAILS: dict[str, frozenset[str]] = {}
for _form in SPEECH_VERB_FORMS:
    if " " in _form:
        _head, _tail = _form.split(" ", 1)
        CUE_TAILS[_head] = CUE_TAILS.get(_head, frozenset()) | {_tail}
# Every word a cue can start with: a word outside it is no cue, with one set look-up.
CUE_FIRST_WORDS: frozenset[str] = CUE_WORDS | frozenset(CUE_TAILS)
# Verb forms that are far more often nouns or other verbs when they stand alone ("the state",
# "a report", "the post", "text"): a cue only right after a subject, never after a determiner.
NOUNISH_VERBS: frozenset[str] = frozenset(
    {
        "state",
        "report",
        "post",
        "text",
        "email",
        "message",
        "answer",
        "charge",
        "note",
        "share",
        "question",
        "object",
        "protest",
        "start",
        "reason",
        "counter",
        "comment",
        "rail",
        "continue",
        "go",
        "hit",
        "fire",
        "shoot",
        "write",
        "laugh",
        "cry",
        "sigh",
        "rage",
    }
)

# Auxiliaries and adverbs allowed between a speaker and a verb ("has said", "later told",
# "then added") and before the verb in an inverted attribution ("later said Smith"). Any other
# lower-case word ending in -ly is taken as an adverb too ("angrily said").
AUX_WORDS: frozenset[str] = frozenset(
    {
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "also",
        "later",
        "then",
        "once",
        "again",
        "previously",
        "earlier",
        "recently",
        "famously",
        "reportedly",
        "simply",
        "just",
        "quickly",
        "flatly",
        "further",
        "long",
        "often",
        "always",
        "never",
        "still",
        "even",
        "first",
        "last",
        "soon",
        "too",
        "repeatedly",
        "herself",
        "himself",
        "themselves",
        "itself",
        "may",
        "might",
        "could",
        "can",
        "did",
        "does",
        "do",
        "be",
        "been",
        "not",
        "shall",
        "should",
        "must",
        "already",
        "twice",
        "finally",
        "now",
        "only",
        "subsequently",
    }
)
# Words ending in -ly that are not adverbs.
NOT_ADVERBS: frozenset[str] = frozenset(
    {
        "family",
        "rally",
        "ally",
        "belly",
        "bully",
        "july",
        "italy",
        "reply",
        "supply",
        "apply",
        "fly",
        "only",
        "early",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "holy",
        "ugly",
        "lily",
        "assembly",
        "anomaly",
        "folly",
        "jelly",
        "tally",
        "emily",
        "kelly",
        "sally",
        "molly",
        "billy",
    }
)

# Titles and roles that go before a name and belong in speaker.role, not speaker.name.
TITLES: tuple[str, ...] = (
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Minister",
    "Secretary",
    "Secretary of State",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Gov.",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Chief Justice",
    "General",
    "Gen.",
    "Lt.",
    "Col.",
    "Colonel",
    "Major",
    "Maj.",
    "Captain",
    "Capt.",
    "Sgt.",
    "Sergeant",
    "Admiral",
    "Adm.",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Miss",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Father",
    "Rev.",
    "Reverend",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Chancellor",
    "Speaker",
    "Leader",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "CEO",
    "Chief",
    "Coach",
    "Commissioner",
    "Ambassador",
    "Attorney General",
    "Sheriff",
    "Detective",
    "Officer",
    "Inspector",
    "Superintendent",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Sen",
    "Rep",
    "Gov",
    "Del.",
    "Ald.",
    "Councillor",
    "Councilman",
    "Councilwoman",
    "Candidate",
    "Democrat",
    "Republican",
    "GOP",
    "Democratic",
    "nominee",
    "Nominee",
    "former",
    "Former",
    "then-candidate",
    "Presidential",
    "presidential",
    "candidate",
)
# Lower-case role words that come before a name: "chief spokesman Zabihullah Mujahid",
# "Democratic nominee Hillary Clinton", "campaign manager Kellyanne Conway".
ROLE_WORDS: frozenset[str] = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "senior",
        "deputy",
        "assistant",
        "executive",
        "director",
        "manager",
        "campaign",
        "press",
        "secretary",
        "adviser",
        "advisor",
        "aide",
        "analyst",
        "expert",
        "professor",
        "lawyer",
        "attorney",
        "researcher",
        "economist",
        "strategist",
        "pollster",
        "official",
        "officials",
        "leader",
        "leaders",
        "minister",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "founder",
        "co-founder",
        "head",
        "commander",
        "general",
        "colonel",
        "officer",
        "police",
        "detective",
        "sheriff",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "rep.",
        "sen.",
        "gov.",
        "candidate",
        "nominee",
        "democratic",
        "republican",
        "democrat",
        "gop",
        "former",
        "then-candidate",
        "vice",
        "presidential",
        "national",
        "regional",
        "state",
        "local",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "health",
        "education",
        "security",
        "intelligence",
        "military",
        "army",
        "navy",
        "spokesperson",
        "columnist",
        "editor",
        "writer",
        "reporter",
        "correspondent",
        "author",
        "host",
        "anchor",
        "commentator",
        "pundit",
        "surrogate",
        "supporter",
        "critic",
        "activist",
        "organizer",
        "organiser",
        "coach",
        "player",
        "star",
        "actor",
        "actress",
        "singer",
        "rapper",
        "musician",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chief-of-staff",
        "staff",
        "of",
        "the",
        "and",
        "us",
        "u.s.",
        "uk",
        "u.k.",
        "white",
        "house",
        "majority",
        "minority",
        "whip",
        "speaker",
        "party",
        "national",
        "committee",
        "chair",
        "secretary-general",
        "general-secretary",
        "ambassador",
        "envoy",
        "diplomat",
        "ministry",
        "department",
        "agency",
        "opposition",
        "group",
        "union",
        "council",
    ]
)

# Pronouns and what they can refer to.
PRONOUNS_MALE: frozenset[str] = frozenset({"he", "him"})
PRONOUNS_FEMALE: frozenset[str] = frozenset({"she", "her"})
PRONOUNS_PLURAL: frozenset[str] = frozenset({"they", "we"})
PRONOUNS_ORG: frozenset[str] = frozenset({"it"})
# Gendered titles and common first names are the gender signal the text shows.
MALE_TITLES: frozenset[str] = frozenset(
    {
        "mr",
        "mr.",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "spokesman",
        "chairman",
        "congressman",
        "councilman",
    }
)
FEMALE_TITLES: frozenset[str] = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "councilwoman",
    }
)

# Organisation mentions: "the NRF", "the ministry", "the White House", "the campaign".
ORG_HEADS: frozenset[str] = frozenset(
    [
        "ministry",
        "department",
        "agency",
        "government",
        "group",
        "company",
        "firm",
        "campaign",
        "committee",
        "council",
        "police",
        "army",
        "military",
        "office",
        "commission",
        "court",
        "union",
        "party",
        "organisation",
        "organization",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "statement",
        "board",
        "team",
        "club",
        "federation",
        "association",
        "authority",
        "authorities",
        "regulator",
        "bank",
        "institute",
        "university",
        "hospital",
        "embassy",
        "administration",
        "white",
        "house",
        "pentagon",
        "kremlin",
        "taliban",
    ]
)


# Words that, capitalised at a sentence start, are not names.
NOT_NAMES: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "but",
        "and",
        "or",
        "so",
        "then",
        "when",
        "while",
        "if",
        "as",
        "after",
        "before",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "of",
        "to",
        "yes",
        "no",
        "not",
        "there",
        "here",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "also",
        "still",
        "yet",
        "however",
        "meanwhile",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)

# Quoted titles of works are not quotes: "the film “Jaws”", "his book “The Art of the Deal”",
# "Jones's commentary, “Let Them Talk,”". The word (or two) right before the opening mark.
WORK_WORDS: frozenset[str] = frozenset(
    {
        "book",
        "film",
        "movie",
        "song",
        "album",
        "show",
        "series",
        "play",
        "novel",
        "poem",
        "article",
        "op-ed",
        "column",
        "essay",
        "documentary",
        "episode",
        "single",
        "track",
        "musical",
        "opera",
        "paper",
        "study",
        "titled",
        "entitled",
        "called",
        "dubbed",
        "named",
        "nicknamed",
        "known as",
        "hashtag",
        "slogan",
        "motto",
        "code name",
        "commentary",
        "editorial",
        "program",
        "programme",
        "podcast",
        "memoir",
        "biography",
        "headlined",
        "magazine",
        "newsletter",
        "sitcom",
        "miniseries",
        "exhibition",
        "exhibit",
        "painting",
    }
)
# The last word of each, so that a quote after none of them costs one set look-up.
WORK_LAST_WORDS: frozenset[str] = frozenset(w.split()[-1] for w in WORK_WORDS)
# Lower-case words a title may keep ("Face the Nation", "Contract with America"): a short quote
# whose other words are all capitalised is the name of a show, a book or an event, not speech.
TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "vs",
        "vs.",
        "&",
        "de",
        "la",
        "le",
        "du",
        "is",
        "it",
        "its",
        "up",
        "as",
    }
)
TITLE_MAX_WORDS = 7
# A title-like quote right after one of these (or a possessive) names a show or a work even when
# a speech verb follows it: 'In an interview on “Morning Harbour,” the mayor said ...' is the
# programme, not the mayor's words.
TITLE_PREPOSITIONS: frozenset[str] = frozenset(
    {"on", "of", "in", "at", "from", "with", "for", "to", "about", "during", "via"}
)
# A quote of this many words is a direct quote wherever it stands; no check counts further.
KIND_MAX_WORDS = 15
# Straight double marks that are inch marks, not quotes: 5'10", a 6'2" forward, a 65" screen.
INCH_MARK = compile_lazily(
    r"\d['’]\d{0,2}\"|\d\"(?=\s*(?:x\s*\d|by\s+\d|inch|tall|wide|long|high|"
    r"screen|TV|monitor|display|deep|thick|[-–]\s*\d))"
)

PRONOUN_SET: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})
TITLE_SET: frozenset[str] = frozenset(TITLES)
# Honorifics: they tell gender but are not a role.
HONORIFICS: frozenset[str] = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx."})
# Mentions that are never speakers ('"...," there said' is no attribution).
NOT_SPEAKERS: frozenset[str] = frozenset(
    {"there", "this", "that", "which", "who", "what", "you", "one", "here", "it's"}
)

# --- the token grammar attribution runs on ------------------------------------------------
# Attribution reads words, not characters: a small tokeniser (a short parenthesis such as a
# party tag is one token, so "Rep. Gwen Moore (D-Wis.)" stays one mention; a word keeps its
# inner apostrophes, hyphens and dots, "U.S.", "Obama's", "34-year-old") and word classes from
# the lexicons above. One pass over a bounded window per quote: no backtracking.
TOKEN_PAREN = r"\([^()\n]{0,60}\)"
TOKEN_WORD = r"\w+(?:['’\-.&/]\w+)*"
TOKEN_MARK = r"[^\w\s]"
# The tokens with the space before each and one group per kind (space, quote, word, other:
# a parenthesis or a mark, told apart by length): the pass reads text with one findall and
# sums lengths for the offsets, since spaces and tokens cover the text without gaps (a match
# object per token cost several times more, and a group per kind a fifth more than four). The
# quote group is empty here; in the masked form a quote is a run of one of two mask characters
# (see passes/quotes.py), and a parenthesis may not hold one. A word starts with a word
# character, which no other kind does, so it may be tried first.
TOKEN_PARTS_RE = compile_lazily(rf"(\s*)()(?:({TOKEN_WORD})|({TOKEN_PAREN}|{TOKEN_MARK}))")
# Noncharacters: no text is meant to hold them (one that does is read without masks).
QUOTE_MASKS: tuple[str, str] = ("\ufdd0", "\ufdd1")
MASKED_TOKEN_PARTS_RE = compile_lazily(
    rf"(\s*)(?:({QUOTE_MASKS[0]}+|{QUOTE_MASKS[1]}+)|({TOKEN_WORD})|"
    rf"(\([^()\n{QUOTE_MASKS[0]}{QUOTE_MASKS[1]}]{{0,60}}\)|{TOKEN_MARK}))"
)
# Abbreviations whose dot does not end a sentence ("Mr. Obama said", "Sen. Warren said").
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "rev",
        "st",
        "jr",
        "sr",
        "del",
        "ald",
        "atty",
        "supt",
        "insp",
        "det",
        "cmdr",
        "cpl",
        "pvt",
        "pres",
        "vs",
        "no",
        "mt",
        "ft",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "univ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "hon",
        "messrs",
        "mme",
        "mlle",
        "fr",
        "sec",
        "amb",
        "pfc",
        "lieut",
        "brig",
        "gens",
    }
)
# The AP party-and-state tag after a US legislator's name, set off by commas: 'Senate Majority
# Leader Jane Roe, R-Ky., said'. Its dot is no sentence end; read as one, it cut the mention off
# from its verb. (Tags with inner dots, "D-N.Y.", already keep theirs.)
US_STATE_ABBREVIATIONS: tuple[str, ...] = (
    *("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan"),
    *("ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla"),
    *("ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo"),
)
PARTY_STATE_TAGS: frozenset[str] = frozenset(
    f"{party}-{state}" for party in "rdi" for state in US_STATE_ABBREVIATIONS
)
ABBREVIATIONS = ABBREVIATIONS | PARTY_STATE_TAGS
SENTENCE_END_CHARS = ".!?"
# Quote marks and dashes, as tokens.
QUOTE_TOKEN_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
# What a quote's text ends with after its last word: its marks and apostrophes.
QUOTE_STOP_STRIP = QUOTE_TOKEN_CHARS + "’'"
DASH_CUES: frozenset[str] = frozenset({"\u2015", "\u2014", "\u2013", "--"})
# Words that open a noun phrase: "the ruling", "a friend", "one Democratic source", "my father".
DETERMINERS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "another",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "five",
        "both",
        "each",
        "every",
        "most",
        "other",
        "few",
        "all",
        "no",
        "dozens",
        "hundreds",
    }
)
# Lower-case words that cannot be inside a speaker mention: a mention scan stops there.
NP_STOP: frozenset[str] = frozenset(
    {
        "and",
        "or",
        "but",
        "then",
        "when",
        "while",
        "because",
        "to",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "as",
        "if",
        "not",
        "so",
        "than",
        "also",
        "did",
        "does",
        "do",
        "said",
        "says",
        "after",
        "before",
        "since",
        "until",
        "though",
        "although",
        "where",
        "how",
        "why",
        "what",
        "yet",
        "there",
        "here",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "him",
        "them",
        "us",
        "me",
        "being",
        "just",
        "only",
        "even",
        "about",
        "over",
        "into",
        "through",
        "during",
        "against",
        "without",
        "within",
        "upon",
    }
)
# Prepositions and time words that end a mention read forwards ('said Smith on Monday').
NP_END_FORWARD: frozenset[str] = frozenset(
    {
        "on",
        "in",
        "at",
        "to",
        "from",
        "via",
        "with",
        "by",
        "during",
        "after",
        "before",
        "last",
        "this",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "recently",
        "when",
        "while",
        "as",
        "about",
        "outside",
        "inside",
        "near",
        "over",
        "under",
        "ahead",
    }
)
# Words that open an adverbial at a sentence start, skipped to find the sentence's subject
# ("In a statement, the ministry said ..." / "During the debate, Smith said ...").
LEADING_ADVERBIAL: frozenset[str] = frozenset(
    {
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "when",
        "while",
        "as",
        "since",
        "last",
        "earlier",
        "later",
        "speaking",
        "asked",
        "writing",
        "from",
        "with",
        "for",
        "by",
        "under",
        "following",
        "according",
        "despite",
        "although",
        "though",
        "if",
        "once",
        "until",
        "amid",
    }
)
# Conjunctions and fillers that open a clause before its subject ('"...," and he said').
LEAD_TRIM: frozenset[str] = frozenset(
    {
        "and",
        "but",
        "so",
        "then",
        "yet",
        "or",
        "as",
        "while",
        "when",
        "because",
        "which",
        "now",
        "still",
        "however",
        "meanwhile",
        "instead",
        "also",
    }
)
# Conjunctions that, after a quote inside a sentence, carry the sentence on into a new clause
# whose subject did not say the quote: 'She called the plan "a disgrace," and Smith said ...',
# 'Obama and Clinton call them "lone wolves" and describe their acts as crimes', '"...," when
# Clinton blasted him'. ("as" is left out: 'the plan is "dead," as Smith put it' attributes.)
CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset(
    {"and", "but", "or", "yet", "so", "while", "when", "because", "whereas", "which"}
)
# Prepositions of place after a participle in a crowd's description: 'Protesters marching
# through the streets chanted "..."' - the noun after them is a place, and the speaker is the
# sentence's subject.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"through", "along", "across", "around", "outside", "inside", "into", "past", "near"}
    | {"on", "in", "at", "by", "over", "toward", "towards", "down", "up", "from", "to"}
)
# A participle cue hangs off the sentence's subject: 'Smith attacked the plan, saying, "..."' /
# 'Dean ... before asking her, "..."'.
PARTICIPLE_LEADS: frozenset[str] = frozenset(
    {",", "before", "after", "while", "when", "by", "in", "then", "and", "also", "later", "—"}
)
# Words that precede a verb-form token and show it is a noun ("the state", "a report").
NOUN_MARKERS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "of",
        "in",
        "on",
        "for",
        "whose",
        "no",
        "every",
        "each",
        "another",
    }
)
# The relative pronoun between a mention and its verb: 'officials who said'.
RELATIVES: frozenset[str] = frozenset({"who", "that", "which"})
# Words of "according to X" and "in the words of X".
ACCORDING: tuple[str, str] = ("according", "to")
# Most tokens allowed between a cue and the quote ('told his radio audience on Monday, "..."').
MAX_CUE_TAIL = 14
MAX_CUE_TAIL_PARTIAL = 24
# Most tokens in a mention before its verb, and in the appositions after it.
MAX_MENTION = 10
MAX_APPOSITION = 40
# Gendered role words, for pronoun resolution ('the spokeswoman ... she said').
# (MALE_TITLES / FEMALE_TITLES above.)
# A person's full name in running text, for a pronoun no quoted speaker explains: two or three
# capitalised words, an initial allowed in the middle. No nested repetition, and no leading \b
# (it makes the scan twice as slow): the pass checks the character before instead.
FULL_NAME = compile_lazily(r"[A-Z][a-z'’\-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’\-]+){1,2}\b")
# Honorifics that show a person's gender where the article uses them ("Mrs. Clinton").
MALE_HONORIFICS: tuple[str, ...] = ("Mr. ", "Mr ")
FEMALE_HONORIFICS: tuple[str, ...] = ("Mrs. ", "Mrs ", "Ms. ", "Ms ", "Miss ")
# All of them in one scan. No two can match at one place, nor overlap (each starts with "M",
# which none holds after its start), so the scan finds every use of each.
HONORIFIC = compile_lazily("|".join(re.escape(h) for h in MALE_HONORIFICS + FEMALE_HONORIFICS))
# The word right after an honorific ("Mrs. Clinton" -> "Clinton"), read where the honorific ends.
WORD_AT = compile_lazily(r"[\w'’\-]+")
# The pronoun look-back reads its window backwards in stretches of at least this many
# characters, each starting at a line break (which no FULL_NAME match can hold).
NAME_CHUNK = 300

# Words of a quote, for its length.
WORD_RE = compile_lazily(r"[\w'’]+")


def _at_least_words(n: int) -> str:
    """A pattern that matches at a quote's start when its text holds n words (WORD_RE runs) or
    more: each word but the last is followed by a separator, so no word is split to make up the
    count. It reads only as far as the n-th word, where a findall of the words reads them all."""
    return rf"[^\w'’]*(?:[\w'’]+[^\w'’]+){{{n - 1}}}[\w'’]"


# A quote of this many words is long: too long for a title or a nickname, direct when it starts
# a sentence or ends with a stop, and otherwise its kind asks only whether it reaches
# KIND_MAX_WORDS; only a shorter quote's words are read one by one.
LONG_QUOTE_WORDS = 8
assert TITLE_MAX_WORDS < LONG_QUOTE_WORDS < KIND_MAX_WORDS
LONG_QUOTE = compile_lazily(_at_least_words(LONG_QUOTE_WORDS))
KIND_MAX_QUOTE = compile_lazily(_at_least_words(KIND_MAX_WORDS))
# Particles inside a name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES: frozenset[str] = frozenset(NAME_PARTICLE[3:-1].split("|"))
# Role words that may extend a mention leftwards ('chief spokesman X'); function words excluded.
ROLE_EXT: frozenset[str] = ROLE_WORDS - {"of", "the", "and", "us", "state", "white", "house"}
# Words an apposition opens with when it gives a role: ', a professor at Y', ', his lawyer'.
APPOS_OPENERS: frozenset[str] = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "one", "who", "another", "our", "my"}
)
ARTICLES: frozenset[str] = frozenset({"a", "an", "the"})
# Words a mention read forwards must not end on ('said the head of').
NP_TRAILING_JUNK: frozenset[str] = frozenset({"of", "the", "a", "an", "and", "for"})
# Marks that end a clause introducing a quote ('Smith said on Monday: "..."').
INTRO_END: frozenset[str] = frozenset({",", ":", "\u2014", "\u2013"})
# How far back (in characters) a pronoun speaker looks for the person it names.
PRONOUN_WINDOW = 1500

# The longest personal name read after a description ('..., said its chairman, Jan van der Berg').
MAX_NAME_WORDS = 5

# Every pattern above compiles on first use (see _lazy.py), then stands here compiled.
bind_names(globals())
