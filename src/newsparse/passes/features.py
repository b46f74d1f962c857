"""Per-line features the layout passes decide from: length, ending, prose-ness, capitals."""

from __future__ import annotations

from newsparse.document import Doc
from newsparse.patterns import structure as P


def terminal(text: str) -> bool:
    """Does the line end like a sentence (P.TERMINAL), tested with string methods.

    >>> [terminal(t) for t in ["He left.", "He left.)", "“Go”", "He left", "Why?'"]]
    [True, True, True, False, True]
    """
    if text.endswith("\n"):  # "$" also matches before a final newline: leave that to the pattern
        return P.TERMINAL.search(text) is not None
    if text.endswith(P.TERMINAL_QUOTES):
        return True
    return text.rstrip(P.TERMINAL_CLOSERS).endswith(P.TERMINAL_STOPS)


def compute(doc: Doc) -> None:
    """Fill each line's word count, terminal punctuation and function-word ratio, and the
    lower-cased text the needle gates test (the capital ratio is worked out on first use).
    terminal() and folds_to_ascii() are written out in the loop: calls cost more than they do."""
    func = P.FUNCTION_WORD_SPELLINGS.__contains__
    word = P.WORD.findall
    quotes, closers, stops = P.TERMINAL_QUOTES, P.TERMINAL_CLOSERS, P.TERMINAL_STOPS
    folding = P.FOLDS_TO_ASCII
    for line in doc.lines:
        text = line.text
        ws = word(text)
        n = len(ws)
        line.n_words = n
        if text.endswith("\n"):
            line.terminal = terminal(text)
        else:
            line.terminal = text.endswith(quotes) or text.rstrip(closers).endswith(stops)
        line.lower = text.lower()
        if not text.isascii():
            line.folds = any(map(text.__contains__, folding))
        if n:
            line.func_ratio = sum(map(func, ws)) / n
