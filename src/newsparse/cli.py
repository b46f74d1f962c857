"""The command line: options -> library -> writer -> exit code. Click lives here only.

stdout carries data only; progress, warnings, errors and the tally go to stderr.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from newsparse import __version__
from newsparse.batch import (
    QUOTE_COLUMNS,
    STDIN,
    Missing,
    Outcome,
    Serializer,
    article_json,
    display_path,
    expand,
    quote_rows_csv,
    quote_rows_jsonl,
    run,
    stdin_is_terminal,
    tasks_for,
)
from newsparse.config import DEFAULT_MAX_BYTES, ParseConfig
from newsparse.errors import ExitCode, InputError
from newsparse.normalize import check_encoding

FORMATS = ("auto", "json", "jsonl", "summary", "quotes", "quotes-csv")

EPILOG = """\
\b
Examples:
  newsparse article.txt                     summary on a terminal, JSON when piped
  newsparse article.txt | jq .headline
  newsparse --format jsonl corpus/ > out.jsonl
  newsparse corpus/ --out-dir parsed/       one .json per article, mirroring corpus/
  newsparse --format quotes corpus/ | jq -r '[.speaker, .text] | @tsv'
  cat article.txt | newsparse -

\b
Exit codes: 0 all inputs parsed, 1 some inputs failed (each reported on stderr),
2 usage error, 130 interrupted.
"""


class _Stderr:
    """Messages on stderr, through rich only when it is a terminal (lazy import)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def error(self, path: str, message: str) -> None:
        click.echo(f"newsparse: {display_path(path)}: {message}", err=True)

    def warn(self, path: str, message: str) -> None:
        if not self.quiet:
            click.echo(f"newsparse: {display_path(path)}: warning: {message}", err=True)


def _schema() -> str:
    from newsparse.models import Article

    return json.dumps(Article.model_json_schema(), indent=2)


def _print_version(ctx: click.Context, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from newsparse._build import describe

    click.echo(f"newsparse {__version__} ({describe()})")
    ctx.exit()


def _single_input(paths: tuple[str, ...]) -> bool:
    return len(paths) == 1 and (paths[0] == STDIN or os.path.isfile(paths[0]))


@click.command(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EPILOG,
)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="auto: summary on a terminal, JSON when piped (one object for one input, JSON Lines "
    "for several). quotes: one JSON line per quote; quotes-csv: the same as CSV.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE instead of stdout (atomically: no half-written file).",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    help="Write one .json per input into DIR, mirroring the input folders. Inputs "
    "whose output is newer are skipped (see --force).",
)
@click.option("--force", is_flag=True, help="With --out-dir: parse again even if up to date.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for folders. [default: number of cores]",
)
@click.option(
    "--glob", "glob", default="*.txt", show_default=True, help="Which files to take from folders."
)
@click.option(
    "--encoding",
    default=None,
    help="Decode input with this codec instead of detecting it (e.g. cp1252).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this.",
)
@click.option("--explain", is_flag=True, help="Add the rule that labelled each block and quote.")
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or tally on stderr.")
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx, value),
    help="Show the version and the build (pure Python or compiled) and exit.",
)
def main(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    out_dir: str | None,
    force: bool,
    jobs: int | None,
    glob: str,
    encoding: str | None,
    max_bytes: int,
    explain: bool,
    quiet: bool,
    schema: bool,
) -> None:
    """Label every line of plain-text news articles (headline, byline, body, captions,
    credits, clutter) and pull out the quotes with who said them.

    PATHS are files, folders (searched recursively for --glob), or - for stdin.
    """
    if schema:
        click.echo(_schema())
        return
    if not paths:
        if stdin_is_terminal():
            raise click.UsageError(
                "give an article file, a folder, or - to read stdin (newsparse --help)"
            )
        paths = (STDIN,)
    if out_dir is not None and output is not None:
        raise click.UsageError("--out-dir and --output do not go together: pick one")
    if out_dir is not None and fmt not in ("auto", "json"):
        raise click.UsageError("--out-dir writes JSON files; drop --format or use json")
    if paths.count(STDIN) > 1:
        raise click.UsageError("stdin (-) can only be read once")
    if encoding is not None:
        try:
            check_encoding(encoding)
        except InputError as exc:
            raise click.BadParameter(str(exc), param_hint="--encoding") from None
    if output is not None:
        parent = os.path.dirname(output) or "."
        if not os.path.isdir(parent):
            raise click.UsageError(f"cannot write -o {output}: the folder {parent} does not exist")
        if not os.access(parent, os.W_OK):
            raise click.UsageError(f"cannot write -o {output}: the folder {parent} is not writable")
    if out_dir is not None:
        try:
            os.makedirs(out_dir, exist_ok=True)
        except OSError as exc:
            raise click.UsageError(
                f"cannot create --out-dir {out_dir}: {exc.strerror or exc}"
            ) from None
        if not os.access(out_dir, os.W_OK):
            raise click.UsageError(f"--out-dir {out_dir} is not writable")

    single = _single_input(paths)
    to_terminal = output is None and out_dir is None and sys.stdout.isatty()
    if fmt == "auto":
        fmt = "summary" if to_terminal else ("json" if single else "jsonl")
    config = ParseConfig(explain=explain, encoding=encoding, max_bytes=max_bytes)
    n_jobs = jobs or os.cpu_count() or 1
    if single:
        n_jobs = 1
    err = _Stderr(quiet)
    code = _run(paths, fmt, output, out_dir, force, n_jobs, glob, config, single, err, quiet)
    sys.exit(int(code))


def _serializer(fmt: str, single: bool) -> Serializer | None:
    if fmt == "json":
        return (lambda a: article_json(a, indent=2)) if single else article_json
    if fmt == "jsonl":
        return article_json
    if fmt == "quotes":
        return quote_rows_jsonl
    if fmt == "quotes-csv":
        return quote_rows_csv
    return None  # summary renders in this process


class _WriteFailed(Exception):
    """Writing the output (stdout or -o) failed for a reason other than a closed pipe."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(exc.strerror or str(exc))


def _guard_write(fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _WriteFailed(exc) from exc


class _Writer:
    """stdout, or an -o file written to a temporary name and renamed when complete."""

    def __init__(self, output: str | None) -> None:
        self.output = output
        self.tmp: str | None = None
        self.fh: IO[str]
        if output is None:
            self.fh = sys.stdout
        else:
            d = os.path.dirname(output) or "."
            self.tmp = os.path.join(d, f".{os.path.basename(output)}.{os.getpid()}.tmp")
            self.fh = open(self.tmp, "w", encoding="utf-8")  # noqa: SIM115 - closed in finish

    def write(self, s: str) -> None:
        _guard_write(self.fh.write, s)

    def finish(self) -> None:
        if self.tmp is not None and self.output is not None:
            _guard_write(self.fh.close)
            _guard_write(os.replace, self.tmp, self.output)
            self.tmp = None
        else:
            _guard_write(self.fh.flush)

    def abort(self) -> None:
        if self.tmp is not None:
            try:
                self.fh.close()
            except OSError:
                pass
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


def _progress(enabled: bool) -> Any:
    """A rich progress display on stderr, or a no-op, as a context manager with .advance()."""
    if not enabled:
        return _NoProgress()
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    prog = Progress(
        SpinnerColumn(),
        TextColumn("parsing"),
        BarColumn(),
        TextColumn("{task.completed:,} articles"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    return _RichProgress(prog)


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def advance(self) -> None:
        return None


class _RichProgress:
    def __init__(self, prog: Any) -> None:
        self.prog = prog
        self.task: Any = None
        self.n = 0

    def __enter__(self) -> _RichProgress:
        self.prog.__enter__()
        self.task = self.prog.add_task("parse", total=None, rate="")
        return self

    def __exit__(self, *exc: object) -> None:
        self.prog.__exit__(*exc)

    def advance(self) -> None:
        self.n += 1
        if self.n % 50 == 0 or self.n < 50:
            elapsed = self.prog.tasks[0].elapsed or 0.0
            rate = f"{self.n / elapsed:,.0f}/s" if elapsed > 0 else ""
            self.prog.update(self.task, completed=self.n, rate=rate)


def _run(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    out_dir: str | None,
    force: bool,
    jobs: int,
    glob: str,
    config: ParseConfig,
    single: bool,
    err: _Stderr,
    quiet: bool,
) -> ExitCode:
    counts = {"ok": 0, "failed": 0, "skipped": 0}

    def on_missing(m: Missing) -> None:
        counts["failed"] += 1
        err.error(m.path, m.message)

    def on_skip(path: str) -> None:
        counts["skipped"] += 1

    one_folder = len(paths) == 1 and os.path.isdir(paths[0])
    tasks = tasks_for(
        expand(paths, glob), out_dir, force, on_missing, on_skip, one_folder=one_folder
    )
    serializer = _serializer(fmt, single)
    writer = _Writer(output)
    show_progress = not quiet and not single and sys.stderr.isatty()
    console = None
    if fmt == "summary":
        from rich.console import Console

        console = Console(file=writer.fh, highlight=False, soft_wrap=False)
    first_in_array = True
    try:
        with _progress(show_progress) as progress:
            outcomes: Iterator[Outcome] = run(tasks, config, serializer, jobs=jobs)
            if fmt == "quotes-csv":
                writer.write(",".join(QUOTE_COLUMNS) + "\n")
            array = fmt == "json" and not single and out_dir is None
            if array:
                writer.write("[\n")
            for oc in outcomes:
                progress.advance()
                if oc.error is not None:
                    counts["failed"] += 1
                    err.error(oc.task.path, oc.error)
                    continue
                counts["ok"] += 1
                for w in oc.warnings:
                    err.warn(oc.task.path, w)
                if oc.payload is not None:
                    if array:
                        writer.write(("" if first_in_array else ",\n") + oc.payload)
                        first_in_array = False
                    elif fmt in ("quotes", "quotes-csv"):
                        writer.write(oc.payload)
                    else:
                        writer.write(oc.payload + "\n")
                elif oc.record is not None and console is not None:
                    from newsparse.models import article_from_record
                    from newsparse.render import summary

                    _guard_write(console.print, summary(article_from_record(oc.record)))
            if array:
                writer.write("\n]\n")
        writer.finish()
    except BrokenPipeError:
        # The reader went away (`| head -1`): stop quietly, no traceback.
        writer.abort()
        _silence_stdout()
        return ExitCode.OK
    except _WriteFailed as exc:
        # Writing the output failed (disk full, a file system gone): say so, keep no half file.
        writer.abort()
        where = output or "stdout"
        click.echo(
            f"newsparse: cannot write to {where}: {exc}; "
            "nothing more was written (free some space or write elsewhere, then run again)",
            err=True,
        )
        return ExitCode.SOME_FAILED
    except KeyboardInterrupt:
        writer.abort()
        click.echo(
            "newsparse: interrupted; files written so far are complete, run again with "
            "--out-dir to do only what is missing",
            err=True,
        )
        return ExitCode.INTERRUPTED
    except BaseException:
        writer.abort()
        raise
    if not quiet and (not single or counts["failed"]):
        from rich.console import Console

        from newsparse.render import tally

        Console(stderr=True, highlight=False).print(
            tally(counts["ok"], counts["failed"], counts["skipped"])
        )
    return ExitCode.SOME_FAILED if counts["failed"] else ExitCode.OK


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
