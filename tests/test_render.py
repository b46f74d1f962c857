"""The terminal summary: article text is never read as markup, and everything shows."""

from __future__ import annotations

import io
import re

from rich.console import Console

from newsparse import parse_text
from newsparse.render import summary, tally

ARTICLE = """Council [bold]opens[/bold] new library
By Ada Brennan
The new library on Mill Street opened on Saturday with [red] shelves for 40,000 books.
"It is the best thing this town has built in years," said librarian Tom Ashby.
A crowd waits for the doors to open on Saturday morning. (Photo: Mill Street Studio)
Advertisement
"""


def render(text: str, *, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=100, color_system="standard" if color else None)
    console.print(summary(parse_text(text, "library.txt")))
    return buf.getvalue()


def test_markup_in_article_text_is_printed_literally() -> None:
    out = render(ARTICLE)
    assert "[bold]opens[/bold]" in out
    assert "[red] shelves" in out


def test_summary_shows_parts_and_counts() -> None:
    out = render(ARTICLE)
    assert "Ada Brennan" in out
    assert "Tom Ashby" in out  # speakers table
    assert "Mill Street Studio" in out  # captions and credits
    assert "set aside" in out and "1 boilerplate" in out
    assert "library.txt" in out


def test_no_color_means_no_escape_codes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    buf = io.StringIO()
    console = Console(file=buf, width=100, force_terminal=True)
    console.print(summary(parse_text(ARTICLE)))
    out = buf.getvalue()
    assert "\x1b[" in out  # styles (bold, italic) stay
    assert not re.search(r"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])[;m]", out)  # no colours


def test_article_without_body_says_so() -> None:
    out = render("Just a headline\n")
    assert "no body paragraphs found" in out


def test_tally() -> None:
    assert str(tally(3, 1, 2)) == "6 inputs: 3 parsed, 2 up to date (skipped), 1 failed"
    assert str(tally(1, 0, 0)) == "1 input: 1 parsed"
