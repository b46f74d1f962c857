"""Per-line features the layout passes decide from: length, ending, prose-ness, capitals."""

from __future__ import annotations

from itertools import repeat

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


def word_counts(text: str) -> tuple[int, int] | None:
    """(words, function words) as P.WORD.findall counts them, worked out with bytes methods;
    None for a line with a character beyond ASCII that P.WORD_CHARS_BEYOND_ASCII does not
    cover (a letter such as "é").

    >>> word_counts("'Tis the end - of it.")  # Tis, the, end, of, it.
    (5, 2)
    >>> word_counts("He said “no” — again’s")
    (4, 2)
    >>> word_counts("Café") is None
    True
    """
    if not text.isascii():
        for c, to in P.WORD_CHARS_BEYOND_ASCII:
            text = text.replace(c, to)
            if text.isascii():  # a flag, not a scan
                break
        else:
            return None
    runs = text.encode().translate(P.WORD_BYTES)
    words = runs.split()
    if runs.startswith(P.WORD_LEAD_BYTE) or runs.find(P.WORD_LEAD_AFTER_SPACE) >= 0:
        words = [w for w in map(bytes.lstrip, words, repeat(P.WORD_LEAD_BYTE)) if w]
    return len(words), sum(map(P.FUNCTION_WORD_BYTES.__contains__, words))


def compute(doc: Doc) -> None:
    """Fill each line's word count, terminal punctuation and function-word ratio, and the
    lower-cased text the needle gates test (the capital ratio is worked out on first use).
    terminal(), folds_to_ascii() and word_counts() are written out in the loop: calls cost more
    than they do."""
    func = P.FUNCTION_WORD_SPELLINGS.__contains__
    func_bytes = P.FUNCTION_WORD_BYTES.__contains__
    word = P.WORD.findall
    quotes, closers, stops = P.TERMINAL_QUOTES, P.TERMINAL_CLOSERS, P.TERMINAL_STOPS
    folding = P.FOLDS_TO_ASCII
    table, lead, lead_after_space = P.WORD_BYTES, P.WORD_LEAD_BYTE, P.WORD_LEAD_AFTER_SPACE
    beyond_ascii = P.WORD_CHARS_BEYOND_ASCII
    lstrip = bytes.lstrip
    for line in doc.lines:
        text = line.text
        line.lower = text.lower()
        if text.endswith("\n"):
            line.terminal = terminal(text)
        else:
            line.terminal = text.endswith(quotes) or text.rstrip(closers).endswith(stops)
        ascii_text = text
        if not text.isascii():
            for c, to in beyond_ascii:  # most lines hold only the first few
                ascii_text = ascii_text.replace(c, to)
                if ascii_text.isascii():
                    break
            if not ascii_text.isascii():
                # Only such a line can hold a character that folds to ASCII (none is mapped).
                line.folds = any(map(text.__contains__, folding))
                ws = word(text)
                n = line.n_words = len(ws)
                if n:
                    line.func_ratio = sum(map(func, ws)) / n
                continue
        runs = ascii_text.encode().translate(table)
        bs = runs.split()
        if runs.startswith(lead) or runs.find(lead_after_space) >= 0:
            bs = [w for w in map(lstrip, bs, repeat(lead)) if w]
        n = line.n_words = len(bs)
        if n:
            line.func_ratio = sum(map(func_bytes, bs)) / n
