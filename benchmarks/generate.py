"""A deterministic generator of synthetic news articles for the benchmarks.

Every word comes from the small vocabularies below (written for this project); nothing is taken
from real articles. An article has what scraped plain text has: a section label, a headline, a
standfirst, a byline, a timestamp, share and ad clutter, body paragraphs with direct, partial,
split and multi-paragraph quotes, wire datelines, crossheads, photo captions with credits, a
related-stories list and a copyright line. Lengths follow a skewed spread like real news (most
articles 1-5 KB, a tail to about 20 KB).

Article ``i`` of seed ``s`` is always the same text, so a 1k corpus is the first 1k files of the
100k one. The corpus layout makes that usable from the command line::

    bench-out/corpus/g0/p0/  1,000 files     (the 1k folder)
    bench-out/corpus/g0/     10,000 files    (the 10k folder)
    bench-out/corpus/        100,000 files   (the 100k folder)

Run ``python benchmarks/generate.py --count 10000`` to write the first 10k files.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
from pathlib import Path

SEED = 20240611
GENERATOR_VERSION = "1"
FILES_PER_FOLDER = 1000
FOLDERS_PER_GROUP = 10

FIRST = (
    "Amara Bruno Celia Dario Elena Farid Greta Hamid Ines Jonas Kamala Leon Mirela Nadim Odile "
    "Pavel Quinn Rosa Samir Talia Ulrich Vera Wendell Ximena Yusuf Zora Anders Beatriz Conall "
    "Dalia Emeka Fenna Goran Hana Idris Jolene Kofi Lucia Matteo Noor Orla Priya Rafael Sunniva"
).split()
LAST = (
    "Abernathy Bellweather Castellan Dunmore Esterhazy Falconer Galloway Hartigan Ibarra Jessup "
    "Kovalenko Lindqvist Marchetti Nakamura Okonkwo Pemberton Quaresma Rasmussen Salgado Thorne "
    "Umberson Vasquez Whitlock Yamashita Zelenko Adebayo Brennan Cordero Dimitrov Eriksen "
    "Fairweather Grisham Holloway Iqbal Jankowski Kerrigan Lachance Moretti Nilsen Ostrova"
).split()
PLACES = (
    "Harrowgate",
    "Port Seline",
    "Marrowby",
    "Eastmere",
    "Caldera Springs",
    "Novo Brask",
    "Kettleford",
    "Ardent Bay",
    "Lindholm",
    "Tarrin Vell",
    "Ostrava Heights",
    "Quarry Point",
    "Redfern",
    "Sable Ridge",
    "Westbrook",
    "Ivel Cross",
)
ORGS = (
    "the Ministry of Water",
    "the regional council",
    "the transport authority",
    "the national weather service",
    "the port operator",
    "the hospital trust",
    "the teachers' union",
    "the energy regulator",
    "the city housing office",
    "the farmers' cooperative",
    "the coastal guard",
    "the statistics bureau",
)
ROLES = (
    "spokeswoman",
    "spokesman",
    "chief executive",
    "senior engineer",
    "deputy mayor",
    "union leader",
    "professor of economics",
    "regional director",
    "police chief",
    "health minister",
    "head of operations",
    "local councillor",
)
OUTLETS = ("Daily Courier", "Harbour Times", "Valley Post", "Evening Ledger", "Northern Star")
AGENCIES = ("Reuters", "AP", "AFP")
ADJ = (
    "new old regional temporary emergency annual early late heavy narrow coastal rural urban "
    "public private local national small large long brief sudden gradual costly modest"
).split()
NOUN = (
    "bridge budget plan storm road harbour school clinic river market council report project "
    "shortage ferry railway reservoir factory tunnel strike harvest border election festival"
).split()
NOUNS = (
    "bridges budgets plans roads schools clinics rivers markets reports projects ferries "
    "workers residents families drivers farmers nurses teachers families shops homes"
).split()
VERB_PAST = (
    "approved delayed closed reopened announced rejected expanded reviewed funded cancelled "
    "inspected restored blocked doubled postponed examined repaired questioned"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November".split()
SECTIONS = ("World", "Politics", "Business", "Local news", "Environment", "Health")
CLUTTER = (
    "Advertisement",
    "Share this article",
    "Story continues below advertisement",
    "Sign up for our newsletter",
    "SHARE",
    "Tweet",
    "Email",
    "12 Comments",
    "5 min read",
)
CROSSHEADS = ("What happens next", "A long wait", "Money and time", "The view from the river")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _clause(rng: random.Random) -> str:
    """A subject, a verb and an object: 'The regional council delayed the new bridge'."""
    who = rng.choice(
        (
            lambda: _cap(rng.choice(ORGS)),
            lambda: _name(rng),
            lambda: f"Officials in {rng.choice(PLACES)}",
            lambda: f"The {rng.choice(ADJ)} {rng.choice(NOUN)}",
        )
    )()
    obj = f"the {rng.choice(ADJ)} {rng.choice(NOUN)}"
    tail = rng.choice(
        (
            f" on {rng.choice(WEEKDAYS)}",
            f" after {rng.randint(2, 90)} {rng.choice(NOUNS)} complained",
            f" in {rng.choice(MONTHS)}",
            f" near {rng.choice(PLACES)}",
            f" for the {rng.choice(('first', 'second', 'third'))} time this year",
            "",
        )
    )
    return f"{who} {rng.choice(VERB_PAST)} {obj}{tail}"


def _sentence(rng: random.Random) -> str:
    s = _clause(rng)
    r = rng.random()
    if r < 0.3:
        s += f", and {rng.randint(3, 400)} {rng.choice(NOUNS)} were affected"
    elif r < 0.5:
        s += f", according to {rng.choice(ORGS)}"
    elif r < 0.6:
        s += f", a decision that cost about {rng.randint(2, 80)} million"
    return s + "."


def _said(rng: random.Random) -> str:
    """A quoted statement's words, without marks or final punctuation."""
    parts = [
        rng.choice(
            (
                "We have to be honest about what this means for",
                "Nobody expected the damage to reach",
                "It will take months before we can fix",
                "People are tired of waiting for",
                "This is the right decision for",
                "I have never seen anything like this in",
            )
        ),
        f"the {rng.choice(ADJ)} {rng.choice(NOUNS)} of {rng.choice(PLACES)}",
    ]
    if rng.random() < 0.5:
        parts.append(rng.choice(("and we know it", "and that is a fact", "right now")))
    return " ".join(parts)


def _quote_paragraph(rng: random.Random, straight: bool) -> list[str]:
    """One paragraph with a quote (or two for a multi-paragraph quote)."""
    o, c = ('"', '"') if straight else ("\u201c", "\u201d")
    name, role, org = _name(rng), rng.choice(ROLES), rng.choice(ORGS)
    words = _said(rng)
    kind = rng.randrange(7)
    if kind == 0:
        return [f"{o}{words},{c} said {name}, the {role} at {org}."]
    if kind == 1:
        return [f"{o}{words},{c} {name}, a {role}, told reporters on {rng.choice(WEEKDAYS)}."]
    if kind == 2:
        return [f"{_clause(rng)}. {name} said: {o}{words}.{c}"]
    if kind == 3:
        pron = rng.choice(("she", "he"))
        return [f"{o}{words},{c} {pron} added. {o}{_said(rng)}.{c}"]
    if kind == 4:
        few = f"{rng.choice(ADJ)} and {rng.choice(ADJ)}"
        return [f"{name} called the plan {o}{few}{c} and said it would be reviewed in {MONTHS[3]}."]
    if kind == 5:  # a quote running over two paragraphs
        return [
            f"{_cap(role)} {name} said in a statement: {o}{words}.",
            f"{o}{_said(rng)}.{c}",
        ]
    return [f"{o}{words},{c} {name} said. {_sentence(rng)}"]


def _paragraph(rng: random.Random) -> list[str]:
    if rng.random() < 0.35:
        return _quote_paragraph(rng, straight=rng.random() < 0.5)
    return [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))]


def _caption(rng: random.Random) -> list[str]:
    desc = f"{_cap(rng.choice(NOUNS))} near the {rng.choice(NOUN)} in {rng.choice(PLACES)}"
    r = rng.randrange(3)
    if r == 0:
        return [f"{desc} on {rng.choice(WEEKDAYS)}.", f"(AP Photo/{_name(rng)})"]
    if r == 1:
        return [f"{desc} on {rng.choice(WEEKDAYS)}. ({rng.choice(AGENCIES)})"]
    return [desc, "Photo: " + rng.choice(AGENCIES)]


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(PLACES)} {rng.choice(VERB_PAST)} {rng.choice(ADJ)} {rng.choice(NOUN)} plan"


def article(rng: random.Random, body_bytes: int) -> str:
    """One article whose body holds at least ``body_bytes`` bytes of paragraphs."""
    head: list[str] = []
    if rng.random() < 0.3:
        head.append(rng.choice(SECTIONS))
    head.append(_cap(_headline(rng)))
    if rng.random() < 0.6:
        head.append(_sentence(rng))
    head.append(
        rng.choice(
            (f"By {_name(rng)}", f"{_name(rng)} | {rng.choice(OUTLETS)}", f"By {_name(rng)}, AP")
        )
    )
    head.append(
        rng.choice(
            (
                f"Published {rng.randint(2, 11)} hours ago",
                f"Updated: {rng.randint(1, 12)}:{rng.randint(10, 59)} PM ET, "
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, 2023",
            )
        )
    )
    if rng.random() < 0.5:
        head += ["Share", "Tweet", "Email"]
    body: list[str] = []
    first = _sentence(rng)
    if rng.random() < 0.4:
        place = rng.choice(PLACES).upper()
        first = f"{place} ({rng.choice(AGENCIES)}) \u2014 {first}"
    body.append(first)
    size = len(first)
    k = 0
    while size < body_bytes:
        k += 1
        paras = _paragraph(rng)
        if k % 9 == 0:
            paras = _caption(rng) + paras
        elif k % 7 == 0:
            paras = [rng.choice(CLUTTER), *paras]
        elif k % 11 == 0:
            paras = [rng.choice(CROSSHEADS), *paras]
        body += paras
        size += sum(len(p) + 2 for p in paras)
    tail = []
    if rng.random() < 0.5:
        tail += ["Related stories", _cap(_headline(rng)), _cap(_headline(rng))]
    tail.append(f"\u00a9 2023 {rng.choice(OUTLETS)}. All rights reserved.")
    sep = "\n" if rng.random() < 0.3 else "\n\n"
    return "\n".join(head) + "\n\n" + sep.join(body) + "\n\n" + "\n".join(tail) + "\n"


def corpus_article(i: int, seed: int = SEED) -> str:
    """Article ``i`` of the corpus: a skewed (log-normal) length spread, median about 2.5 KB."""
    rng = random.Random(seed * 1_000_003 + i)
    body = int(min(20_000, max(400, math.exp(rng.gauss(math.log(2300), 0.6)))))
    return article(rng, body)


def sized_article(target_bytes: int, seed: int = SEED) -> str:
    """One article of about ``target_bytes`` bytes in all (head and tail take about 250)."""
    rng = random.Random(seed * 7_919 + target_bytes)
    return article(rng, max(0, target_bytes - 250))


def words_article(n_words: int, seed: int = SEED) -> str:
    """One article of about ``n_words`` words (a word and its space average about 6 bytes)."""
    rng = random.Random(seed * 104_729 + n_words)
    return article(rng, n_words * 6 - 150)


def corpus_path(root: Path, i: int) -> Path:
    """Where file ``i`` goes: g{group}/p{folder}/a{i}.txt (see the module docstring)."""
    folder = i // FILES_PER_FOLDER
    group = folder // FOLDERS_PER_GROUP
    return root / f"g{group}" / f"p{folder % FOLDERS_PER_GROUP}" / f"a{i:06d}.txt"


def folder_for(root: Path, count: int) -> Path:
    """The folder that holds exactly the first ``count`` files (1k, 10k or 100k)."""
    if count == FILES_PER_FOLDER:
        return root / "g0" / "p0"
    if count == FILES_PER_FOLDER * FOLDERS_PER_GROUP:
        return root / "g0"
    if count == FILES_PER_FOLDER * FOLDERS_PER_GROUP * 10:
        return root
    raise ValueError("count must be 1,000, 10,000 or 100,000")


def write_corpus(root: Path, count: int, seed: int = SEED) -> int:
    """Write the first ``count`` files under ``root``, skipping what a stamp says is there.
    Returns the number of files written."""
    root.mkdir(parents=True, exist_ok=True)
    stamp = root / ".stamp"
    have = 0
    if stamp.exists():
        version, seed_s, n = stamp.read_text().split()
        if version == GENERATOR_VERSION and int(seed_s) == seed:
            have = int(n)
    if have >= count:
        return 0
    for i in range(have, count):
        p = corpus_path(root, i)
        if i % FILES_PER_FOLDER == 0:
            p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(corpus_article(i, seed), encoding="utf-8")
    stamp.write_text(f"{GENERATOR_VERSION} {seed} {count}\n")
    return count - have


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=10_000, help="1000, 10000 or 100000")
    ap.add_argument("--out", default=os.path.join("bench-out", "corpus"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--show", type=int, default=None, help="print article N and exit")
    args = ap.parse_args(argv)
    if args.show is not None:
        sys.stdout.write(corpus_article(args.show, args.seed))
        return 0
    n = write_corpus(Path(args.out), args.count, args.seed)
    print(f"wrote {n} files; {args.count} under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
