"""Compile-on-first-use regexes, so a run pays only for the patterns its input needs.

Why: compiling every pattern at import took about 50 ms, more than parsing a small article,
and most big patterns (credit agencies, caption credits) are only reached by the few lines that
pass a cheap gate. ``compile_lazily`` returns a stand-in with the ``re.Pattern`` methods; on its
first use it compiles the pattern and puts the compiled one in its module in its own place, so
every later ``P.NAME`` lookup gets the real ``re.Pattern`` with no indirection.

>>> import types
>>> mod = types.ModuleType("demo")
>>> mod.WORDS = compile_lazily(r"\\w+")
>>> bind_names(vars(mod))
>>> mod.WORDS.findall("two words")
['two', 'words']
>>> type(mod.WORDS).__name__
'Pattern'
"""

from __future__ import annotations

import re
from typing import Any, cast


class _LazyPattern:
    __slots__ = ("_flags", "_module", "_name", "_pattern", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._pattern: re.Pattern[str] | None = None
        self._module: dict[str, Any] | None = None
        self._name: str | None = None

    def _compiled(self) -> re.Pattern[str]:
        p = self._pattern
        if p is None:
            p = self._pattern = re.compile(self._source, self._flags)
            if self._module is not None and self._name is not None:
                self._module[self._name] = p
        return p

    @property
    def pattern(self) -> str:
        return self._source

    @property
    def flags(self) -> int:
        return self._compiled().flags

    def __getattr__(self, name: str) -> Any:
        # match, search, fullmatch, finditer, findall, sub, subn, split, groupindex, ...
        return getattr(self._compiled(), name)


def compile_lazily(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile`` deferred to the first use (typed as the pattern it will be)."""
    return cast("re.Pattern[str]", _LazyPattern(source, int(flags)))


def bind_names(namespace: dict[str, Any]) -> None:
    """Tell each lazy pattern in a module's namespace its name, so that on first use it
    replaces itself there with the compiled pattern. Call at the end of the module."""
    for name, value in list(namespace.items()):
        if isinstance(value, _LazyPattern):
            value._module = namespace
            value._name = name
