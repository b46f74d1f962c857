"""The working state the passes share: the text, its lines and what each line has been labelled.

Passes label lines; they never delete or rewrite text. A line's label is set once (``label``
refuses to overwrite unless asked), so an earlier, stronger pass wins over a later, weaker one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from newsparse.patterns import structure as P

_first_char = itemgetter(0)


# The classes the passes make per line, token or quote write their own __init__ (init=False):
# under the compiled build (hatch_build.py) the one dataclasses generates stays interpreted, and
# made the 28 Lines of a 3 KB article cost 16 us instead of 5.


@dataclass(slots=True, init=False)
class Line:
    """One non-blank line of the input and what the passes know about it."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool
    type: str | None = None
    rule: str | None = None
    # Features (filled by passes.features).
    n_words: int = 0
    terminal: bool = False
    func_ratio: float = 0.0
    credit: str | None = None  # the credit a credit/caption line carries
    # cap_ratio (below) is worked out on first use: no pass reads it at present.
    _cap_ratio: float | None = field(default=None, init=False, repr=False, compare=False)
    # Derived once per line (by passes.features) so that passes do not redo it.
    # text.lower(), for the needle gates in patterns/structure.py (may_hold, may_hold_all). Set
    # by features.compute and emptied by pipeline.parse_record once local and layout are done:
    # a later pass that gates on it would find every needle missing.
    lower: str = ""
    folds: bool = False  # holds a character that re.IGNORECASE matches to an ASCII letter
    key: str | None = None  # passes.local.clutter_key(text), once someone asked for it
    promo: bool | None = None  # passes.layout._is_promo(line), once someone asked for it

    def __init__(self, index: int, start: int, end: int, text: str, blank_before: bool) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.blank_before = blank_before
        self.type = None
        self.rule = None
        self.n_words = 0
        self.terminal = False
        self.func_ratio = 0.0
        self.credit = None
        self._cap_ratio = None
        self.lower = ""
        self.folds = False
        self.key = None
        self.promo = None

    def may_hold(self, needles: tuple[str, ...]) -> bool:
        """False only if the line cannot match a pattern whose every match holds one of
        ``needles`` (lower case) - a cheap test before a costly search."""
        return self.folds or holds_any(self.lower, needles)

    def may_hold_all(self, groups: tuple[tuple[str, ...], ...]) -> bool:
        """False only if the line cannot match a pattern each of whose matches holds all the
        needles of one of ``groups``."""
        if self.folds:
            return True
        low = self.lower
        for group in groups:  # loops, not any(all(...)): about twice as fast
            for needle in group:
                if needle not in low:
                    break
            else:
                return True
        return False

    @property
    def cap_ratio(self) -> float:
        """The share of words that start with a capital letter."""
        if self._cap_ratio is None:
            ws = words(self.text)
            self._cap_ratio = sum(map(str.isupper, map(_first_char, ws))) / len(ws) if ws else 0.0
        return self._cap_ratio

    @cap_ratio.setter
    def cap_ratio(self, value: float) -> None:
        self._cap_ratio = value

    @property
    def prose(self) -> bool:
        """Reads like running prose: long enough, ends like a sentence, has function words."""
        return (self.n_words >= 8 and self.terminal and self.func_ratio >= 0.15) or (
            self.n_words >= 20 and self.func_ratio >= 0.2
        )

    @property
    def fragment(self) -> bool:
        """A short line that is not a sentence (a title, a name, a label)."""
        return self.n_words <= 12 and not self.terminal


@dataclass(init=False)
class Doc:
    """The text being parsed, its lines, and the results the passes collect."""

    text: str
    lines: list[Line]
    explain: bool = False
    headline: int | None = None  # line index
    body_start: int | None = None
    body_end: int | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def __init__(self, text: str, lines: list[Line], explain: bool = False) -> None:
        self.text = text
        self.lines = lines
        self.explain = explain
        self.headline = None
        self.body_start = None
        self.body_end = None
        self.data = {}

    def label(self, line: Line, type_: str, rule: str, *, force: bool = False) -> bool:
        """Give ``line`` a type unless it has one already (or ``force``). True if set."""
        if line.type is not None and not force:
            return False
        line.type = type_
        line.rule = rule
        return True

    def neighbours(self, i: int) -> tuple[Line | None, Line | None]:
        lines = self.lines
        return (lines[i - 1] if i > 0 else None, lines[i + 1] if i + 1 < len(lines) else None)


def folds_to_ascii(text: str) -> bool:
    """Holds a character that re.IGNORECASE matches to an ASCII letter (see P.FOLDS_TO_ASCII)."""
    return not text.isascii() and any(map(text.__contains__, P.FOLDS_TO_ASCII))


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """``any(n in text for n in needles)``, written as a loop: about twice as fast as any() over
    a generator or map for the short needle tuples the gates use."""
    for needle in needles:  # noqa: SIM110 - the loop is the point
        if needle in text:
            return True
    return False


def words(text: str) -> list[str]:
    return P.WORD.findall(text)
