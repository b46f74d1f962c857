"""The command line through click's CliRunner: every option, every error path, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse import __version__
from newsparse._build import compiled
from newsparse.cli import main
from newsparse.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "Council approves new river bridge\n"
    "By Jane Doe\n"
    "\n"
    "The city council approved the new bridge on Tuesday after a long debate, officials said.\n"
    '"This bridge will join two halves of the town," said mayor Ana Ruiz.\n'
    "Work starts in the spring and should take two years, the council said.\n"
)


def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        return CliRunner()


def invoke(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "bridge.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of good articles in subfolders, an empty file and a binary one."""
    root = tmp_path / "corpus"
    (root / "2021" / "may").mkdir(parents=True)
    (root / "2022").mkdir()
    for i, rel in enumerate(["a.txt", "2021/b.txt", "2021/may/c.txt", "2022/d.txt"]):
        (root / rel).write_text(ARTICLE.replace("Tuesday", f"day {i}"), encoding="utf-8")
    (root / "2022" / "empty.txt").write_bytes(b"")
    (root / "2021" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (root / "notes.md").write_text(ARTICLE, encoding="utf-8")
    return root


GOOD = {"a.txt", "2021/b.txt", "2021/may/c.txt", "2022/d.txt"}


# --- one article --------------------------------------------------------------------------------


def test_one_file_piped_is_one_json_object(article: Path) -> None:
    r = invoke(str(article))
    assert r.exit_code == 0, r.stderr
    art = json.loads(r.stdout)
    assert art["source"] == str(article)
    assert art["headline"] == "Council approves new river bridge"
    assert r.stderr == ""  # one good file: nothing on stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_format_json_and_jsonl(article: Path, fmt: str) -> None:
    r = invoke(str(article), "--format", fmt)
    assert r.exit_code == 0
    if fmt == "jsonl":
        assert r.stdout.count("\n") == 1
    assert json.loads(r.stdout)["source"] == str(article)


def test_format_summary_is_text_not_json(article: Path) -> None:
    r = invoke(str(article), "--format", "summary")
    assert r.exit_code == 0
    assert "Council approves new river bridge" in r.stdout
    assert not r.stdout.lstrip().startswith("{")


def test_summary_never_reads_article_text_as_markup(tmp_path: Path) -> None:
    p = tmp_path / "markup.txt"
    p.write_text(
        "The [bold]real[/bold] headline [red]\n"
        "The council met on Friday [link=x]and[/link] approved the plan, officials said.\n",
        encoding="utf-8",
    )
    r = invoke(str(p), "--format", "summary")
    assert r.exit_code == 0, r.stderr
    assert "[bold]real[/bold]" in r.stdout
    assert "[link=x]and[/link]" in r.stdout


def test_summary_respects_no_color(article: Path) -> None:
    from newsparse import cli

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    def render(env: dict[str, str]) -> str:
        out = Tty()
        with pytest.MonkeyPatch.context() as mp:
            for k in ("NO_COLOR", "FORCE_COLOR", "TERM"):
                mp.delenv(k, raising=False)
            for k, v in env.items():
                mp.setenv(k, v)
            mp.setattr(cli.sys, "stdout", out)
            cli._run(
                (str(article),), "summary", None, None, False, 1, "*.txt",
                cli.ParseConfig(), True, cli._Stderr(True), True,
            )  # fmt: skip
        return out.getvalue()

    colour = re.compile(r"\x1b\[[0-9;]*(3[0-9]|9[0-7])m")
    assert colour.search(render({"TERM": "xterm-256color"}))  # a terminal gets colour
    assert not colour.search(render({"TERM": "xterm-256color", "NO_COLOR": "1"}))


def test_format_quotes_one_row_per_quote(article: Path) -> None:
    r = invoke(str(article), "--format", "quotes")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows, "the article has a quote"
    assert all(row["source"] == str(article) for row in rows)
    assert {"speaker", "text", "start", "end", "kind"} <= set(rows[0])


def test_format_quotes_csv(article: Path) -> None:
    r = invoke(str(article), "--format", "quotes-csv")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and rows[0]["source"] == str(article)
    text = ARTICLE
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_format_auto_piped_many_inputs_is_jsonl(corpus: Path) -> None:
    r = invoke(str(corpus / "a.txt"), str(corpus / "2022" / "d.txt"))
    lines = r.stdout.splitlines()
    assert [json.loads(x)["source"] for x in lines] == [
        str(corpus / "a.txt"),
        str(corpus / "2022" / "d.txt"),
    ]


def test_format_json_many_inputs_is_one_array(corpus: Path) -> None:
    r = invoke(str(corpus / "a.txt"), str(corpus / "2022" / "d.txt"), "--format", "json")
    assert [a["source"] for a in json.loads(r.stdout)] == [
        str(corpus / "a.txt"),
        str(corpus / "2022" / "d.txt"),
    ]


def test_explain_adds_rules(article: Path) -> None:
    plain = json.loads(invoke(str(article)).stdout)
    explained = json.loads(invoke(str(article), "--explain").stdout)
    assert all(b["rule"] is None for b in plain["blocks"])
    assert all(b["rule"] for b in explained["blocks"])


def test_schema_is_json_schema() -> None:
    r = invoke("--schema")
    assert r.exit_code == 0
    schema = json.loads(r.stdout)
    assert "blocks" in schema["properties"]


def test_version() -> None:
    r = invoke("--version")
    assert r.exit_code == 0
    assert __version__ in r.stdout
    assert ("compiled with mypyc" if compiled() else "pure Python") in r.stdout


def test_stdin(article: Path) -> None:
    r = invoke("-", input=ARTICLE)
    assert r.exit_code == 0
    assert json.loads(r.stdout)["source"] == "-"


def test_stdin_beside_a_folder_is_read_by_this_process(corpus: Path) -> None:
    """Workers cannot read the user's stdin: it must still be parsed, in its place."""
    r = invoke("-", str(corpus), "-j", "2", input=ARTICLE)
    sources = [json.loads(x)["source"] for x in r.stdout.splitlines()]
    assert sources[0] == "-"
    assert len(sources) == 1 + len(GOOD)


def test_stdin_empty_says_so() -> None:
    r = invoke("-", input="")
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "stdin is empty" in r.stderr
    assert r.stdout == ""


def test_no_paths_and_empty_stdin_is_not_a_hang() -> None:
    r = invoke(input="")
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "stdin is empty" in r.stderr


def test_no_paths_on_a_terminal_is_a_usage_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse.cli.stdin_is_terminal", lambda: True)
    r = invoke()
    assert r.exit_code == ExitCode.USAGE
    assert "give an article file" in r.stderr


def test_max_bytes_refuses_with_a_hint(article: Path) -> None:
    r = invoke(str(article), "--max-bytes", "100")
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "over the limit of 100" in r.stderr
    assert "--max-bytes" in r.stderr
    assert r.stdout == ""


def test_max_bytes_applies_to_stdin() -> None:
    r = invoke("-", "--max-bytes", "50", input=ARTICLE)
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "more than the limit of 50" in r.stderr


def test_encoding_forced(tmp_path: Path) -> None:
    p = tmp_path / "cp.txt"
    text = "Caf\u00e9 owners fear tax\nThe owners of the caf\u00e9 said it would cost them.\n"
    p.write_bytes(text.encode("cp1252"))
    r = invoke(str(p), "--encoding", "cp1252")
    art = json.loads(r.stdout)
    assert art["encoding"] == "cp1252"
    assert art["headline"] == "Caf\u00e9 owners fear tax"
    assert r.stderr == ""  # forced: nothing detected, nothing to warn about


def test_detected_encoding_warns_on_stderr_and_quiet_hides_it(tmp_path: Path) -> None:
    p = tmp_path / "cp.txt"
    p.write_bytes("Caf\u00e9 owners\nThe owners of the caf\u00e9 said so.\n".encode("cp1252"))
    r = invoke(str(p))
    assert "warning" in r.stderr and "cp1252" in r.stderr
    assert json.loads(r.stdout)["warnings"]
    assert invoke(str(p), "-q").stderr == ""


@pytest.mark.parametrize("codec", ["nonsense", "rot13"])
def test_bad_encoding_is_a_usage_error(article: Path, codec: str) -> None:
    r = invoke(str(article), "--encoding", codec)
    assert r.exit_code == ExitCode.USAGE
    assert "--encoding" in r.stderr


def test_output_file_is_written_atomically(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    r = invoke(str(article), "-o", str(out))
    assert r.exit_code == 0
    assert r.stdout == ""
    assert json.loads(out.read_text())["source"] == str(article)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_into_a_missing_folder_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    r = invoke(str(article), "-o", str(tmp_path / "nope" / "out.json"))
    assert r.exit_code == ExitCode.USAGE
    assert "does not exist" in r.stderr


def test_out_dir_and_output_together_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    r = invoke(str(article), "-o", str(tmp_path / "x"), "--out-dir", str(tmp_path / "d"))
    assert r.exit_code == ExitCode.USAGE


def test_out_dir_with_a_non_json_format_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    r = invoke(str(article), "--format", "quotes", "--out-dir", str(tmp_path / "d"))
    assert r.exit_code == ExitCode.USAGE


def test_stdin_twice_is_a_usage_error() -> None:
    assert invoke("-", "-", input=ARTICLE).exit_code == ExitCode.USAGE


def test_bad_option_is_a_usage_error() -> None:
    assert invoke("--no-such-option").exit_code == ExitCode.USAGE
    assert invoke("--jobs", "0", "x").exit_code == ExitCode.USAGE
    assert invoke("--format", "xml", "x").exit_code == ExitCode.USAGE


# --- folders ------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_good_and_bad_files(corpus: Path, jobs: str) -> None:
    """Every good article written, the two bad ones reported by path, exit code 1."""
    r = invoke(str(corpus), "-j", jobs)
    assert r.exit_code == ExitCode.SOME_FAILED
    sources = [json.loads(line)["source"] for line in r.stdout.splitlines()]
    # In input order: a folder's files (sorted), then its subfolders, the same on every run.
    assert [os.path.relpath(s, corpus) for s in sources] == [
        "a.txt",
        os.path.join("2021", "b.txt"),
        os.path.join("2021", "may", "c.txt"),
        os.path.join("2022", "d.txt"),
    ]
    assert f"{corpus / '2022' / 'empty.txt'}: the file is empty" in r.stderr
    assert f"{corpus / '2021' / 'image.txt'}: this is a PNG image" in r.stderr
    assert "6 inputs: 4 parsed, 2 failed" in r.stderr


def test_glob_picks_other_files(corpus: Path) -> None:
    r = invoke(str(corpus), "--glob", "*.md")
    assert r.exit_code == 0
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(corpus / "notes.md")]


def test_folder_with_no_matching_files_is_reported(corpus: Path) -> None:
    r = invoke(str(corpus), "--glob", "*.html")
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "no files matching '*.html'" in r.stderr and "--glob" in r.stderr


def test_quiet_hides_tally_but_not_errors(corpus: Path) -> None:
    r = invoke(str(corpus), "-q")
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "parsed" not in r.stderr
    assert "the file is empty" in r.stderr


def test_out_dir_mirrors_the_tree_and_skips_what_is_up_to_date(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "parsed"
    r = invoke(str(corpus), "--out-dir", str(out), "-j", "2")
    assert r.exit_code == ExitCode.SOME_FAILED
    assert r.stdout == ""
    written = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    assert written == {x.replace(".txt", ".json") for x in GOOD}
    for rel in GOOD:
        art = json.loads((out / rel.replace(".txt", ".json")).read_text())
        assert art["source"] == str(corpus / rel)

    again = invoke(str(corpus), "--out-dir", str(out))
    assert "4 up to date (skipped)" in again.stderr
    assert "2 failed" in again.stderr  # the bad ones are still reported

    # A stale output (its input changed since) is parsed again; the rest are skipped.
    stale = out / "2021" / "b.json"
    os.utime(stale, ns=(1, 1))
    third = invoke(str(corpus), "--out-dir", str(out))
    assert "1 parsed, 3 up to date (skipped), 2 failed" in third.stderr
    assert stale.stat().st_mtime_ns > 1

    forced = invoke(str(corpus), "--out-dir", str(out), "--force")
    assert "4 parsed, 2 failed" in forced.stderr


def test_out_dir_refuses_two_inputs_with_the_same_output(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    for d in ("x", "y"):
        (tmp_path / d / "a.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    r = invoke(str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt"), "--out-dir", str(out))
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "already the output of" in r.stderr
    assert json.loads((out / "a.json").read_text())["source"] == str(tmp_path / "x" / "a.txt")


def test_same_file_twice_is_parsed_once(article: Path) -> None:
    r = invoke(str(article), str(article), str(article.parent / "." / article.name))
    assert len(r.stdout.splitlines()) == 1
    assert r.exit_code == 0


def test_missing_path_is_reported_and_the_rest_written(article: Path, tmp_path: Path) -> None:
    r = invoke(str(tmp_path / "nope.txt"), str(article))
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "nope.txt: no such file or folder" in r.stderr
    assert json.loads(r.stdout)["source"] == str(article)


# --- pipes --------------------------------------------------------------------------------------


def test_closed_stdout_is_quiet(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsparse corpus/ | head -1`: the reader goes away; no traceback, no error."""
    from newsparse import cli

    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "_silence_stdout", lambda: None)
    monkeypatch.setattr(cli.sys, "stdout", Closed())
    code = cli._run(
        (str(corpus),), "jsonl", None, None, False, 1, "*.txt",
        cli.ParseConfig(), False, cli._Stderr(True), True,
    )  # fmt: skip
    assert code == ExitCode.OK


def test_disk_full_on_output_is_a_message_not_a_traceback(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsparse import cli

    def full(self: object, s: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli._Writer, "write", lambda self, s: cli._guard_write(full, self, s))
    out = tmp_path / "o.json"
    r = invoke(str(article), "-o", str(out))
    assert r.exit_code == ExitCode.SOME_FAILED
    assert "No space left on device" in r.stderr
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# --- documentation ------------------------------------------------------------------------------


def test_every_option_is_documented_in_the_readme() -> None:
    """Fails when an option is added without a word in README.md (as sqlite-utils does)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []
    for param in main.params:
        opts = [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]
        opts = [o for o in opts if o.startswith("-")]
        if opts and not any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", readme) for o in opts):
            missing.append(opts[-1])
    assert missing == [], f"options not in README.md: {missing}"


def test_help_lists_exit_codes() -> None:
    r = invoke("--help")
    assert r.exit_code == 0
    assert "Exit codes" in r.stdout
