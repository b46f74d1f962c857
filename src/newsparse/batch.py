"""Walk the inputs, parse them (in worker processes for folders), and yield one outcome per input.

Never raises for one bad file: every input yields exactly one ``Outcome``, ok or error, in input
order. Output is produced in the worker (serialised JSON) so the parent only writes; nothing per
article is kept once it has been yielded. A worker process that dies costs only its own
articles: the pool is rebuilt and the unfinished chunk is retried one file at a time, so the
file that kills a worker is the only one reported.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from newsparse.config import ParseConfig
from newsparse.errors import InputError
from newsparse.models import Article

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Task:
    """One input: where it is, how to show it, and where its --out-dir file goes."""

    index: int
    path: str  # the path as given or found ("-" for stdin)
    out: str | None = None  # destination file for --out-dir, if any


@dataclass(slots=True)
class Outcome:
    """What happened to one input. Exactly one of payload/article/error is set, unless the
    input was skipped as up to date (``skipped``)."""

    task: Task
    payload: str | None = None  # serialised output (JSON text or quote rows)
    article: Article | None = None  # for renderers that need the model (the summary)
    error: str | None = None
    skipped: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


# --- finding inputs ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Missing:
    """An input path that does not exist or cannot be walked, reported as an error outcome."""

    path: str
    message: str


def expand(paths: Iterable[str], glob: str = "*.txt") -> Iterator[tuple[str, str | None] | Missing]:
    """Yield (file, root) for every input file, in order; root is the folder it was found
    under (None for a file given directly). Folders are walked recursively in sorted order,
    symlinked folders are not followed (no loops), and the same file is yielded once.
    """
    seen: set[str] = set()
    for p in paths:
        if p == STDIN:
            yield (STDIN, None)
            continue
        if os.path.isdir(p):
            found_any = False
            for f in _walk(p, glob):
                real = os.path.realpath(f)
                if real in seen:
                    continue
                seen.add(real)
                found_any = True
                yield (f, p)
            if not found_any:
                yield Missing(p, f"no files matching {glob!r} in this folder (try --glob)")
            continue
        if os.path.lexists(p) and not os.path.exists(p):
            yield Missing(p, "broken symbolic link: its target does not exist")
            continue
        if not os.path.exists(p):
            yield Missing(p, "no such file or folder: check the path")
            continue
        real = os.path.realpath(p)
        if real in seen:
            continue
        seen.add(real)
        yield (p, None)


def _walk(root: str, glob: str) -> Iterator[str]:
    from fnmatch import fnmatch

    stack = [root]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    subdirs.append(e.path)
                elif fnmatch(e.name, glob):
                    yield e.path
            except OSError:
                continue
        stack.extend(reversed(subdirs))


def out_path(path: str, root: str | None, out_dir: str) -> str:
    """Where --out-dir writes an input's JSON: the input's place under its folder, mirrored.

    >>> out_path("news/2021/a.txt", "news", "out")
    'out/2021/a.json'
    >>> out_path("a.txt", None, "out")
    'out/a.json'
    """
    rel = os.path.relpath(path, root) if root is not None else os.path.basename(path)
    if path == STDIN:
        rel = "stdin.txt"
    stem, _ = os.path.splitext(rel)
    return os.path.join(out_dir, stem + ".json")


def up_to_date(src: str, dst: str) -> bool:
    """The output exists and is newer than its input (a re-run can skip it)."""
    try:
        return os.stat(dst).st_mtime_ns >= os.stat(src).st_mtime_ns
    except OSError:
        return False


# --- parsing ------------------------------------------------------------------------------------

Serializer = Callable[[Article], str]


def article_json(article: Article, indent: int | None = None) -> str:
    """The article as JSON text (unset optional fields such as `rule` are left out)."""
    return article.model_dump_json(indent=indent, exclude_none=False)


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def run_one(task: Task, config: ParseConfig, serializer: Serializer | None) -> Outcome:
    """Parse one input into an Outcome. Catches input errors and any bug, per input."""
    from newsparse import parse_bytes, parse_path

    try:
        if task.path == STDIN:
            article = parse_bytes(_read_stdin(), STDIN, config=config)
        else:
            article = parse_path(task.path, config=config)
    except InputError as exc:
        return Outcome(task, error=str(exc))
    except RecursionError:
        return Outcome(task, error="too deeply nested to parse: please report this input")
    except MemoryError:
        return Outcome(task, error="out of memory: try a smaller --max-bytes or fewer --jobs")
    except Exception as exc:  # a bug must cost one article, not the batch
        return Outcome(
            task, error=f"internal error ({type(exc).__name__}: {exc}); please report it"
        )
    warnings = tuple(article.warnings)
    if task.out is not None:
        try:
            write_atomic(task.out, article_json(article, indent=2) + "\n")
        except OSError as exc:
            return Outcome(task, error=f"cannot write {task.out}: {exc.strerror or exc}")
        return Outcome(task, payload=None, warnings=warnings)
    if serializer is None:
        return Outcome(task, article=article, warnings=warnings)
    try:
        return Outcome(task, payload=serializer(article), warnings=warnings)
    except Exception as exc:
        return Outcome(task, error=f"internal error while writing ({type(exc).__name__}: {exc})")


def write_atomic(path: str, data: str) -> None:
    """Write to a temporary file beside ``path`` and rename it into place: readers never see
    a half-written file, and an interrupted run leaves no partial output."""
    d = os.path.dirname(path) or "."
    os.makedirs(d, exist_ok=True)
    tmp = os.path.join(d, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _run_chunk(
    tasks: list[Task], config: ParseConfig, serializer: Serializer | None
) -> list[Outcome]:
    return [run_one(t, config, serializer) for t in tasks]


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    buf: list[Task] = []
    for t in tasks:
        buf.append(t)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def run(
    tasks: Iterable[Task],
    config: ParseConfig,
    serializer: Serializer | None,
    jobs: int = 1,
    chunk_size: int = 16,
) -> Iterator[Outcome]:
    """Yield one Outcome per task, in task order, using ``jobs`` worker processes.

    At most ``2 * jobs`` chunks are in flight, so memory stays flat however many inputs there
    are, and output is written in order without holding the batch.
    """
    if jobs <= 1:
        for t in tasks:
            yield run_one(t, config, serializer)
        return
    pool = _new_pool(jobs)
    window: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    chunks = _chunks(tasks, chunk_size)
    try:
        for chunk in chunks:
            window.append((chunk, pool.submit(_run_chunk, chunk, config, serializer)))
            if len(window) >= 2 * jobs:
                chunk0, fut = window.popleft()
                outs, pool = _collect(chunk0, fut, pool, jobs, config, serializer, window)
                yield from outs
        while window:
            chunk0, fut = window.popleft()
            outs, pool = _collect(chunk0, fut, pool, jobs, config, serializer, window)
            yield from outs
    finally:
        for _, fut in window:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs)


def _collect(
    chunk: list[Task],
    fut: Future[list[Outcome]],
    pool: ProcessPoolExecutor,
    jobs: int,
    config: ParseConfig,
    serializer: Serializer | None,
    window: deque[tuple[list[Task], Future[list[Outcome]]]],
) -> tuple[list[Outcome], ProcessPoolExecutor]:
    try:
        return fut.result(), pool
    except BrokenProcessPool:
        pass
    # A worker died (killed, segfault, out of memory). Rebuild the pool, then retry this
    # chunk one input at a time so only the culprit is lost; resubmit the chunks in flight.
    pool.shutdown(wait=False, cancel_futures=True)
    pool = _new_pool(jobs)
    outs: list[Outcome] = []
    for t in chunk:
        single = pool.submit(_run_chunk, [t], config, serializer)
        try:
            outs.extend(single.result())
        except BrokenProcessPool:
            outs.append(Outcome(t, error="the worker process died while parsing this input"))
            pool.shutdown(wait=False, cancel_futures=True)
            pool = _new_pool(jobs)
    pending = list(window)
    window.clear()
    for c, _ in pending:
        window.append((c, pool.submit(_run_chunk, c, config, serializer)))
    return outs, pool


def quote_rows(article: Article) -> list[dict[str, Any]]:
    """One flat row per quote, for `--format quotes` and CSV."""
    rows = []
    for i, q in enumerate(article.quotes):
        sp = q.speaker
        rows.append(
            {
                "source": article.source,
                "quote_index": i,
                "paragraph": q.paragraph,
                "kind": q.kind,
                "speaker": sp.name if sp else None,
                "speaker_text": sp.text if sp else None,
                "role": sp.role if sp else None,
                "cue": q.cue.text if q.cue else None,
                "text": q.text,
                "start": q.start,
                "end": q.end,
            }
        )
    return rows


def quote_rows_jsonl(article: Article) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in quote_rows(article))


QUOTE_COLUMNS = (
    "source",
    "quote_index",
    "paragraph",
    "kind",
    "speaker",
    "speaker_text",
    "role",
    "cue",
    "text",
    "start",
    "end",
)


def quote_rows_csv(article: Article) -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=QUOTE_COLUMNS, lineterminator="\n")
    for r in quote_rows(article):
        w.writerow(r)
    return buf.getvalue()


def tasks_for(
    items: Iterable[tuple[str, str | None] | Missing],
    out_dir: str | None,
    force: bool,
    on_missing: Callable[[Missing], None],
    on_skip: Callable[[str], None],
) -> Iterator[Task]:
    """Turn expanded inputs into tasks; report missing paths and up-to-date outputs."""
    i = 0
    for item in items:
        if isinstance(item, Missing):
            on_missing(item)
            continue
        path, root = item
        out = out_path(path, root, out_dir) if out_dir is not None else None
        if out is not None and not force and path != STDIN and up_to_date(path, out):
            on_skip(path)
            continue
        yield Task(i, path, out)
        i += 1


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


__all__ = [
    "STDIN",
    "Missing",
    "Outcome",
    "Task",
    "article_json",
    "expand",
    "out_path",
    "quote_rows",
    "quote_rows_csv",
    "quote_rows_jsonl",
    "run",
    "run_one",
    "tasks_for",
    "up_to_date",
    "write_atomic",
]
