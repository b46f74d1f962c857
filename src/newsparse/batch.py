"""Walk the inputs, parse them (in worker processes for folders), and yield one outcome per input.

Never raises for one bad file: every input yields exactly one ``Outcome``, ok or error, in input
order. Output is produced in the worker (serialised JSON) so the parent only writes; nothing per
article is kept once it has been yielded. A worker process that dies costs only its own
articles: the pool is rebuilt and the unfinished chunk is retried one file at a time, so the
file that kills a worker is the only one reported. Stdin is read and parsed in this process
(a worker's stdin is not the user's).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsparse.config import ParseConfig
from newsparse.errors import InputError
from newsparse.normalize import path_text

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# concurrent.futures and multiprocessing are imported where a pool is made: a single-file run
# never needs them, and they cost a fifth of its start-up.

STDIN = "-"
# An article's output record: plain dicts and lists (see pipeline.parse_record).
Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Task:
    """One input: where it is, how to show it, and where its --out-dir file goes."""

    index: int
    path: str  # the path as given or found ("-" for stdin)
    out: str | None = None  # destination file for --out-dir, if any

    def __reduce__(self) -> tuple[type[Task], tuple[int, str, str | None]]:
        # Pickled to and from the workers: a tuple of the fields costs about a twentieth of
        # the per-field state a slots dataclass pickles by default (1 us against 17).
        return (type(self), (self.index, self.path, self.out))


@dataclass(slots=True)
class Outcome:
    """What happened to one input. Exactly one of payload/record/error is set, unless the
    input was skipped as up to date (``skipped``) or written to its --out-dir file."""

    task: Task
    payload: str | None = None  # serialised output (JSON text or quote rows)
    record: Record | None = None  # for renderers that need the whole article (the summary)
    error: str | None = None
    skipped: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None

    def __reduce__(self) -> tuple[type[Outcome], tuple[Any, ...]]:
        # See Task.__reduce__: one outcome per article comes back from the workers.
        return (
            type(self),
            (self.task, self.payload, self.record, self.error, self.skipped, self.warnings),
        )


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

    Memory stays flat however big the folder: a file the walk reaches is remembered only when
    it could be reached again, that is when the inputs overlap (a folder and a folder or file
    inside it) or through a symbolic link. (Remembering every file took 14 MB at 100,000 files,
    two thirds of a run's peak memory.) A link to a file the walk reaches anyway is skipped.
    """
    paths = list(paths)
    given = [p for p in paths if p != STDIN]
    roots = [os.path.realpath(p) for p in given]
    folders = [r for r, p in zip(roots, given, strict=True) if os.path.isdir(p)]
    overlap = _overlapping(roots, folders)
    seen: set[str] = set()
    for p in paths:
        if p == STDIN:
            yield (STDIN, None)
            continue
        if os.path.isdir(p):
            found_any = False
            for f in _walk(p, glob):
                found_any = True
                if overlap or isinstance(f, Missing) or os.path.islink(f):
                    real = os.path.realpath(f.path if isinstance(f, Missing) else f)
                    if real in seen:
                        continue
                    seen.add(real)
                    if not overlap and not isinstance(f, Missing) and _walked(real, folders, glob):
                        continue  # the link's target is yielded as itself
                yield f if isinstance(f, Missing) else (f, p)
            if not found_any:
                yield Missing(p, f"no files matching {glob!r} in this folder (try --glob)")
            continue
        real = os.path.realpath(p)
        if real in seen:
            continue
        seen.add(real)
        problem = _stat_problem(p)
        yield (p, None) if problem is None else Missing(p, problem)


def _inside(path: str, folder: str) -> bool:
    """Is ``path`` (a real path) ``folder`` or under it?"""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _overlapping(roots: list[str], folders: list[str]) -> bool:
    """Could a file be reached from two inputs: is an input (file or folder) inside a folder
    given as another input, or given twice?"""
    if len(set(roots)) < len(roots):
        return True
    return any(_inside(r, f) for f in folders for r in roots if r != f)


def _walked(real: str, folders: list[str], glob: str) -> bool:
    """Will the walk of one of ``folders`` reach the file ``real`` (a real path) as itself: it
    lies under one of them (through real folders only, since the path is real) and matches the
    glob."""
    from fnmatch import fnmatch

    return fnmatch(os.path.basename(real), glob) and any(_inside(real, f) for f in folders)


def _stat_problem(p: str) -> str | None:
    """Why ``p`` cannot be an input file, or None if it exists."""
    try:
        os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link points (through others) back to itself"
        if os.path.lexists(p):
            if exc.errno == errno.ENOENT:
                return "broken symbolic link: its target does not exist"
            return f"cannot read: {exc.strerror or exc}"
        return "no such file or folder: check the path"
    return None


def _walk(root: str, glob: str) -> Iterator[str | Missing]:
    """Files under ``root`` matching ``glob``, in sorted order; a folder that cannot be read
    is yielded as Missing, so none of its articles is lost without a word."""
    from fnmatch import fnmatch

    stack = [root]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Missing(d, f"cannot read this folder: {exc.strerror or exc}")
            continue
        subdirs = []
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    subdirs.append(e.path)
                elif fnmatch(e.name, glob):
                    problem = _stat_problem(e.path) if e.is_symlink() else None
                    yield e.path if problem is None else Missing(e.path, problem)
            except OSError as exc:
                yield Missing(e.path, f"cannot read: {exc.strerror or exc}")
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

Serializer = Callable[[Record], str]


def article_json(record: Record, indent: int | None = None) -> str:
    """The article record as JSON text: compact on one line, or indented."""
    if indent is None:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=indent)


def read_stdin(limit: int) -> bytes:
    """Read stdin, at most ``limit`` bytes (InputError beyond it, or when it is empty)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"stdin holds more than the limit of {limit:,} bytes",
            "raise it with --max-bytes if this really is one article",
        )
    if not data:
        raise InputError("stdin is empty", "pipe an article in, or give a file or folder")
    return data


def run_one(task: Task, config: ParseConfig, serializer: Serializer | None) -> Outcome:
    """Parse one input into an Outcome. Catches input errors and any bug, per input."""
    try:
        return _run_one(task, config, serializer)
    except Exception as exc:  # a bug must cost one article, not the batch
        return Outcome(
            task, error=f"internal error ({type(exc).__name__}: {exc}); please report it"
        )


def _run_one(task: Task, config: ParseConfig, serializer: Serializer | None) -> Outcome:
    from newsparse import record_bytes, record_path

    try:
        if task.path == STDIN:
            article = record_bytes(read_stdin(config.max_bytes), STDIN, config=config)
        else:
            article = record_path(task.path, config=config)
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
    warnings = tuple(article["warnings"])
    if task.out is not None:
        try:
            write_atomic(task.out, article_json(article, indent=2) + "\n")
        except OSError as exc:
            return Outcome(task, error=write_error(task.out, exc))
        return Outcome(task, payload=None, warnings=warnings)
    if serializer is None:
        return Outcome(task, record=article, warnings=warnings)
    try:
        return Outcome(task, payload=serializer(article), warnings=warnings)
    except Exception as exc:
        return Outcome(task, error=f"internal error while writing ({type(exc).__name__}: {exc})")


def write_error(path: str, exc: OSError) -> str:
    """What went wrong writing ``path`` and what to do about it."""
    hints = {
        errno.ENOSPC: "free some disk space and run again (finished files are kept)",
        errno.EDQUOT: "free some disk space and run again (finished files are kept)",
        errno.EACCES: "check the output folder's permissions",
        errno.EPERM: "check the output folder's permissions",
        errno.EROFS: "the disk is read-only: write somewhere else",
    }
    hint = hints.get(exc.errno or 0, "check the output path")
    return f"cannot write {path_text(path)}: {exc.strerror or exc}: {hint}"


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


# Set in a worker process when Ctrl-C reaches it: the worker finishes the file in hand (so no
# temporary file is left behind) and takes no more; the parent handles the interrupt.
_stop = False


def _worker_init(parent_ignores_sigint: bool = False) -> None:
    # A run started with Ctrl-C ignored (a shell's background job, nohup) goes on through it,
    # and so do its workers: a worker that stopped would skip its files while the run went on.
    signal.signal(signal.SIGINT, signal.SIG_IGN if parent_ignores_sigint else _on_sigint)


def _on_sigint(signum: int, frame: object) -> None:
    global _stop
    _stop = True


def _run_chunk(
    tasks: list[Task], config: ParseConfig, serializer: Serializer | None
) -> list[Outcome]:
    outs = []
    for t in tasks:
        if _stop:
            outs.append(Outcome(t, error="interrupted before this input was parsed"))
            continue
        outs.append(run_one(t, config, serializer))
    return outs


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    """Tasks in chunks of ``size``; stdin always alone in its chunk."""
    buf: list[Task] = []
    for t in tasks:
        if t.path == STDIN:
            if buf:
                yield buf
                buf = []
            yield [t]
            continue
        buf.append(t)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


# Chunks in flight per worker: enough that a worker never waits for the parent to hand it the
# next chunk while the parent writes the previous ones (2 left -j 2 at 1.4x of -j 1).
WINDOW_PER_JOB = 4


def _submit(
    pool: ProcessPoolExecutor,
    chunk: list[Task],
    config: ParseConfig,
    serializer: Serializer | None,
) -> Future[list[Outcome]]:
    """Run a chunk in the pool, or here when it is stdin (only this process can read it)."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    if chunk[0].path == STDIN:
        done: Future[list[Outcome]] = Future()
        done.set_result(_run_chunk(chunk, config, serializer))
        return done
    try:
        return pool.submit(_run_chunk, chunk, config, serializer)
    except BrokenProcessPool as exc:  # a worker died since the last look: handled on collect
        broken: Future[list[Outcome]] = Future()
        broken.set_exception(exc)
        return broken


def run(
    tasks: Iterable[Task],
    config: ParseConfig,
    serializer: Serializer | None,
    jobs: int = 1,
    chunk_size: int = 32,
) -> Iterator[Outcome]:
    """Yield one Outcome per task, in task order, using ``jobs`` worker processes.

    At most ``WINDOW_PER_JOB * jobs`` chunks are in flight, so memory stays flat however many
    inputs there are, and output is written in order without holding the batch.
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
            window.append((chunk, _submit(pool, chunk, config, serializer)))
            if len(window) >= WINDOW_PER_JOB * jobs:
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
    """A pool of ``jobs`` workers that stop quietly on Ctrl-C.

    forkserver where there is one: forking this process (which may run a progress thread) can
    deadlock a worker, and it is the default from Python 3.14 on anyway. The fork server
    preloads this module, which makes it ignore SIGINT (see the end of this module), so its
    workers are born ignoring Ctrl-C until ``_worker_init`` handles it: no traceback per
    worker when Ctrl-C lands while one is starting.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    init = (signal.getsignal(signal.SIGINT) is signal.SIG_IGN,)
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=init)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["newsparse.batch"])
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_worker_init, initargs=init
    )


def _collect(
    chunk: list[Task],
    fut: Future[list[Outcome]],
    pool: ProcessPoolExecutor,
    jobs: int,
    config: ParseConfig,
    serializer: Serializer | None,
    window: deque[tuple[list[Task], Future[list[Outcome]]]],
) -> tuple[list[Outcome], ProcessPoolExecutor]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return fut.result(), pool
    except BrokenProcessPool:
        pass
    # A worker died (killed, segfault, out of memory). Rebuild the pool, then retry this
    # chunk one input at a time so only the culprit is lost; resubmit the chunks in flight.
    _discard(pool)
    pool = _new_pool(jobs)
    outs: list[Outcome] = []
    for t in chunk:
        single = _submit(pool, [t], config, serializer)
        try:
            outs.extend(single.result())
        except BrokenProcessPool:
            outs.append(Outcome(t, error="the worker process died while parsing this input"))
            _discard(pool)
            pool = _new_pool(jobs)
    pending = list(window)
    window.clear()
    for c, f in pending:
        if f.done() and not f.cancelled() and f.exception() is None:
            window.append((c, f))  # finished before the pool broke: keep its result
        else:
            window.append((c, _submit(pool, c, config, serializer)))
    return outs, pool


def _discard(pool: ProcessPoolExecutor) -> None:
    """Let go of a broken pool without waiting for it, and kill the workers it still has.

    CPython (3.11 at least) terminates a broken pool's workers from its manager thread, but a
    worker this thread started by submitting to the pool just before it was marked broken (a
    submit replaces the dead worker) can escape that: it then waits for work forever, the
    manager thread waits for it, and the interpreter hangs at exit joining that thread. Seen
    once in a long while in the crash tests under load. No more work goes to this pool, so
    every worker it will ever have is in its table now.
    """
    from multiprocessing.connection import wait

    workers = list((getattr(pool, "_processes", None) or {}).values())  # gone after shutdown
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        try:
            # A worker that has exited is skipped: its pid may belong to another process by
            # now (the fork server reaps its children at once). Its sentinel is only looked
            # at, not read: the manager thread may be waiting on it.
            if wait([proc.sentinel], 0):
                continue
            proc.kill()
        except (OSError, ValueError):  # gone already, or closed
            pass


def _preloaded_by_fork_server() -> bool:
    """True while multiprocessing's fork server imports this module (its preload)."""
    frame = sys._getframe(1)
    server = os.path.join("multiprocessing", "forkserver.py")
    while frame is not None:
        code = frame.f_code
        if code.co_name == "main" and code.co_filename.endswith(server):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


if _preloaded_by_fork_server():
    # The fork server hands this disposition to every worker it forks (it restores the
    # handlers it found at start), so a worker ignores Ctrl-C until _worker_init runs.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def quote_rows(record: Record) -> list[dict[str, Any]]:
    """One flat row per quote, for `--format quotes` and CSV."""
    rows = []
    for i, q in enumerate(record["quotes"]):
        sp = q["speaker"]
        cue = q["cue"]
        rows.append(
            {
                "source": record["source"],
                "quote_index": i,
                "paragraph": q["paragraph"],
                "kind": q["kind"],
                "speaker": sp["name"] if sp else None,
                "speaker_text": sp["text"] if sp else None,
                "role": sp["role"] if sp else None,
                "cue": cue["text"] if cue else None,
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
            }
        )
    return rows


def quote_rows_jsonl(record: Record) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in quote_rows(record))


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


def quote_rows_csv(record: Record) -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=QUOTE_COLUMNS, lineterminator="\n")
    for r in quote_rows(record):
        w.writerow(r)
    return buf.getvalue()


def tasks_for(
    items: Iterable[tuple[str, str | None] | Missing],
    out_dir: str | None,
    force: bool,
    on_missing: Callable[[Missing], None],
    on_skip: Callable[[str], None],
    *,
    one_folder: bool = False,
) -> Iterator[Task]:
    """Turn expanded inputs into tasks; report missing paths and up-to-date outputs.

    Two inputs whose --out-dir files would be the same (a.txt and a.md, or x/a.txt and
    y/a.txt given as files) would overwrite each other: the second is reported instead.
    ``one_folder`` says the inputs are one folder's walk: then two outputs can only be the same
    when their inputs share a folder (the walk yields a folder's files together), so only the
    current folder's outputs are remembered and memory stays flat however many files there are.
    """
    i = 0
    claimed: dict[str, str] = {}
    claimed_dir = None
    for item in items:
        if isinstance(item, Missing):
            on_missing(item)
            continue
        path, root = item
        out = out_path(path, root, out_dir) if out_dir is not None else None
        if out is not None:
            key = os.path.normcase(os.path.abspath(out))
            if one_folder and os.path.dirname(key) != claimed_dir:
                claimed.clear()
                claimed_dir = os.path.dirname(key)
            if key in claimed:
                on_missing(
                    Missing(
                        path,
                        f"its output {path_text(out)} is already the output of "
                        f"{path_text(claimed[key])}: rename one of them, or give them "
                        "in separate runs with different --out-dir",
                    )
                )
                continue
            claimed[key] = path
        if out is not None and not force and path != STDIN and up_to_date(path, out):
            on_skip(path)
            continue
        yield Task(i, path, out)
        i += 1


def display_path(path: str) -> str:
    """A path as one printable line for messages: undecodable bytes and control characters
    (a newline in a file name) are escaped.

    >>> display_path("news/new\\nline.txt")
    'news/new\\\\nline.txt'
    """
    text = path_text(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


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
    "display_path",
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
