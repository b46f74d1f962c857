"""Per-line features the layout passes decide from: length, ending, prose-ness, capitals."""

from __future__ import annotations

from newsparse.document import Doc
from newsparse.patterns import structure as P


def compute(doc: Doc) -> None:
    """Fill each line's word count, terminal punctuation, function-word and capital ratios."""
    func = P.FUNCTION_WORDS
    for line in doc.lines:
        ws = P.WORD.findall(line.text)
        n = len(ws)
        line.n_words = n
        line.terminal = P.TERMINAL.search(line.text) is not None
        if n:
            line.func_ratio = sum(1 for w in ws if w.lower() in func) / n
            line.cap_ratio = sum(1 for w in ws if w[0].isupper()) / n
