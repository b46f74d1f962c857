"""Never lose an article: hostile content parses or fails clearly, and nothing hangs.

Speed is measured in benchmarks/adversarial.py; here a generous wall bound only detects a
hang (a parse that would take minutes or hours). Each adversarial input runs in a child
process that is killed at the bound, so a regression fails a test instead of stalling CI.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse import InputError, parse_bytes, parse_path, parse_text
from newsparse.cli import main
from newsparse.config import DEFAULT_MAX_BYTES, ParseConfig

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from adversarial import KNOWN_SLOW, PATTERNS

# 1 MB of any pattern parses in about a second when time grows linearly; quadratic growth
# makes it take an hour. The bound sits far from both.
HANG_BOUND = 30.0
SIZE = 1_000_000


def _parse_all(texts: list[str]) -> None:
    for t in texts:
        parse_text(t)


def finishes(make: Callable[[], list[str]], bound: float = HANG_BOUND) -> bool:
    """Parse the texts ``make`` builds in a child process; False if it is still running at
    ``bound`` seconds (then it is killed). A crash in the child fails the test."""
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    proc = ctx.Process(target=_parse_all, args=(make(),))
    proc.start()
    proc.join(bound)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return False
    assert proc.exitcode == 0, f"the parser crashed (exit code {proc.exitcode})"
    return True


def test_adversarial_patterns_finish() -> None:
    """Every pattern in benchmarks/adversarial.py (long runs of spaces, quotes, dots, capitals,
    commas, colons, brackets; unbalanced and nested quotes; many lines), 300 KB each."""
    names = [n for n in PATTERNS if n not in KNOWN_SLOW]
    assert finishes(lambda: [PATTERNS[n](300_000) for n in names])


@pytest.mark.parametrize("n", [1_000_000])
def test_a_run_of_one_character_finishes(n: int) -> None:
    """1 MB runs of the characters regexes like to backtrack over, each in one line."""
    runs = [" ", ".", ",", ":", "(", '"', "\u201c", "A", "-", "\u2014", "'", "!", "?"]
    assert finishes(lambda: [f"Headline\nHe said {c * n} today.\n" for c in runs])


def test_byline_with_a_long_run_of_spaces_finishes() -> None:
    assert finishes(lambda: [PATTERNS["byline spaces"](100_000)], bound=15.0)


def test_credit_shaped_lines_of_name_pieces_finish() -> None:
    """Short lines a credit pattern reads, made of pieces a name pattern can split many ways
    (hyphenated pieces, particles): each once took seconds, a 120-character one hours."""
    shapes = ["AP/Jane " + "Ab-" * 40, "AP / " + "van " * 30, "(Jane " + "Ab-" * 40 + "/AP)"]
    lines = "\n".join(s[:120] for s in shapes for _ in range(50))
    assert finishes(lambda: ["Headline\n" + lines + "\n"], bound=10.0)


def test_big_inputs_finish() -> None:
    """One 5 MB line of prose, and 100,000 lines."""
    sentence = "The minister said on Friday that the dam would open soon, officials said. "

    def make() -> list[str]:
        one_line = (sentence * (5_000_000 // len(sentence) + 1))[:5_000_000]
        lines = "".join(f"Line {i}: the council said the work goes on.\n" for i in range(100_000))
        return [one_line, lines]

    assert finishes(make)


def test_quote_marks_unbalanced_and_nested() -> None:
    unbalanced = ('He said "yes and then \u201cno and \u00ab maybe.\n' * 2000) + "'" * 5000
    nested = "Headline\n" + '\u201c\u2018\u00ab"' * 2000 + "word" + '"\u00bb\u2019\u201d' * 2000
    for text in (unbalanced, nested):
        art = parse_text(text)
        for q in art.quotes:
            assert text[q.start : q.end] == q.text


# --- size limit ---------------------------------------------------------------------------------


def test_a_50_mb_file_is_refused_by_default_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:  # sparse: 50 MB on paper, no time to write
        fh.truncate(50 * 1024 * 1024)
    assert DEFAULT_MAX_BYTES < 50 * 1024 * 1024
    with pytest.raises(InputError, match="over the limit") as exc:
        parse_path(big)
    assert "--max-bytes" in str(exc.value)


def test_max_bytes_bounds_what_is_read_from_a_device() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(InputError, match="over the limit"):
        parse_path("/dev/zero", config=ParseConfig(max_bytes=1000))


def test_parse_bytes_checks_the_limit() -> None:
    with pytest.raises(InputError, match="over the limit of 10"):
        parse_bytes(b"x" * 11, config=ParseConfig(max_bytes=10))


# --- a fresh folder of mixed files ---------------------------------------------------------------

GOOD_ARTICLE = (
    "Council approves new river bridge\n"
    "By Jane Doe\n"
    "The city council approved the new bridge on Tuesday after a long debate, officials said.\n"
    '"This bridge will join two halves of the town," said mayor Ana Ruiz.\n'
)

MIXED: dict[str, bytes | None] = {
    "good/plain.txt": GOOD_ARTICLE.encode(),
    "good/crlf.txt": GOOD_ARTICLE.replace("\n", "\r\n").encode(),
    "good/cr.txt": GOOD_ARTICLE.replace("\n", "\r").encode(),
    "good/bom.txt": b"\xef\xbb\xbf" + GOOD_ARTICLE.encode(),
    "good/utf16.txt": GOOD_ARTICLE.encode("utf-16"),
    "good/utf16le-nobom.txt": GOOD_ARTICLE.encode("utf-16-le"),
    "good/cp1252.txt": GOOD_ARTICLE.replace("Ana", "Ren\u00e9e").encode("cp1252"),
    "good/name with spaces.txt": GOOD_ARTICLE.encode(),
    "good/quotes.txt": ('"' * 3000 + "\n" + GOOD_ARTICLE).encode(),
    "bad/empty.txt": b"",
    "bad/blank.txt": b" \n\t\r\n ",
    "bad/image.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
    "bad/nul.txt": b"text with a \x00 NUL byte in it",
    "bad/broken-utf8.txt": "Caf\u00e9 owners say".encode() + b"\xff\xfe and more\n",
    "bad/gzip.txt": b"\x1f\x8b\x08\x00" + bytes(50),
    "bad/too-big.txt": GOOD_ARTICLE.encode() * 200,  # over the --max-bytes the test sets
    "bad/link.txt": None,  # a broken symbolic link
}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fresh_folder_of_good_and_bad_files(tmp_path: Path, jobs: str) -> None:
    """One outcome per file, the right tally, exit code 1."""
    root = tmp_path / "mixed"
    for rel, data in MIXED.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            p.symlink_to(root / "nowhere.txt")
        else:
            p.write_bytes(data)
    out = tmp_path / "out"
    r = CliRunner().invoke(
        main, [str(root), "--max-bytes", "10000", "-j", jobs, "--out-dir", str(out)]
    )
    stderr = r.stderr if hasattr(r, "stderr") else r.output
    assert r.exit_code == 1
    good = {k for k in MIXED if k.startswith("good/")}
    bad = set(MIXED) - good
    written = {str(p.relative_to(out)) for p in out.rglob("*.json")}
    assert written == {k.replace(".txt", ".json") for k in good}
    for rel in good:
        art = json.loads((out / rel.replace(".txt", ".json")).read_text())
        assert art["headline"] == "Council approves new river bridge" or rel.endswith("quotes.txt")
    lines = stderr.splitlines()
    reported = [ln for ln in lines if ln.startswith("newsparse: ") and ": warning: " not in ln]
    assert sorted(ln.split(": ")[1] for ln in reported) == sorted(str(root / k) for k in bad)
    assert f"{len(MIXED)} inputs: {len(good)} parsed, {len(bad)} failed" in stderr
