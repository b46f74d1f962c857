"""Time the parser on text built to make it slow, at 10 KB, 100 KB and 1 MB.

Run ``python benchmarks/adversarial.py`` (or ``make bench``). For each adversarial pattern it
prints the seconds per size and the growth factor from one size to the next: linear time shows
as a factor near 10 for each tenfold step; a factor near 100 means quadratic behaviour.
The test suite only checks that these inputs finish (tests/test_robustness.py); speed is
measured here, not asserted.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable

from newsparse import parse_text

SIZES = (10_000, 100_000, 1_000_000)
PARA = 'The minister said on Friday that the dam would open, officials said. "It works," he said.'


def _fill(unit: str) -> Callable[[int], str]:
    """Repeat ``unit`` until the text has ``n`` characters."""

    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


def _one_line(run: str) -> Callable[[int], str]:
    """A short article whose second line is one long run of ``run``."""

    def make(n: int) -> str:
        return "Headline here\n" + "He said " + run * (n // len(run)) + " today.\n"

    return make


# name -> function building about n characters of that pattern.
PATTERNS: dict[str, Callable[[int], str]] = {
    "spaces": _one_line(" "),
    "tabs and spaces": _one_line(" \t"),
    "straight quotes": _one_line('"'),
    "curly quotes": _one_line("\u201c"),
    "unbalanced quotes": _fill('He said "yes and then "no and "maybe.\n'),
    "nested quotes": lambda n: (
        '"' + "\u201c'\u00ab" * (n // 8) + "word" + "\u00bb'\u201d" * (n // 8) + '"'
    ),
    "dots": _one_line("."),
    "capitals": _one_line("ABC DEF "),
    "capital words": _one_line("Minister Ana Ruiz Said "),
    "commas": _one_line(", "),
    "dashes": _one_line(" \u2014"),
    "colons": _one_line(": "),
    "parentheses": _one_line("("),
    "said said": _one_line("said "),
    "quote said": _one_line('"a," said B. '),
    "no newline prose": lambda n: (PARA + " ") * (n // (len(PARA) + 1)),
    "many short lines": _fill("A\n"),
    "many prose lines": _fill(PARA + "\n"),
    "many caption lines": _fill("A man walks past. Photograph: AFP/Getty\n"),
    "many blank lines": lambda n: "Headline\n" + "\n" * n + "Body text here.\n",
    "crlf mixed": _fill("Line one\r\nLine two\rLine three\n"),
    "byline spaces": lambda n: "Headline\nBy Jane Doe" + " " * n + "x\n" + PARA + "\n",
}

# Patterns known to grow faster than linearly (strict xfail tests in tests/test_robustness.py):
# run only with --all, since at 1 MB they could take hours. None at present.
KNOWN_SLOW: frozenset[str] = frozenset()


def time_one(text: str) -> float:
    t0 = time.perf_counter()
    parse_text(text)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-size", type=int, default=SIZES[-1], help="largest size to run")
    ap.add_argument("-k", default="", help="only patterns whose name contains this")
    ap.add_argument("--all", action="store_true", help="include the known slow patterns")
    args = ap.parse_args(argv)
    sizes = [s for s in SIZES if s <= args.max_size]
    head = "".join(f"{s // 1000:>8} KB" for s in sizes)
    print(f"{'pattern':<20}{head}   growth")
    worst = 0.0
    for name, make in PATTERNS.items():
        if args.k not in name or (name in KNOWN_SLOW and not args.all):
            continue
        times = [time_one(make(s)) for s in sizes]
        growth = [b / a if a > 0 else 0.0 for a, b in itertools.pairwise(times)]
        worst = max([worst, *growth])
        cells = "".join(f"{t:>10.3f}s" for t in times)
        print(f"{name:<20}{cells}   " + " ".join(f"x{g:.0f}" for g in growth), flush=True)
    print(f"worst growth per tenfold step: x{worst:.0f} (linear is about x10)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
