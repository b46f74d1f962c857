"""Which build of the parsing modules is running: pure Python, or compiled with mypyc
(what ``pip install .`` builds where it can; see hatch_build.py). Both give the same output."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES


def compiled() -> bool:
    """True if the passes run as compiled extension modules.

    >>> isinstance(compiled(), bool)
    True
    """
    from newsparse.passes import quotes

    return (quotes.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def describe() -> str:
    """'compiled with mypyc' or 'pure Python', for --version and the benchmarks."""
    return "compiled with mypyc" if compiled() else "pure Python"
