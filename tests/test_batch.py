"""The batch runner: one outcome per input, in order, whatever happens to a file or a worker."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsparse import InputError, parse_path
from newsparse.batch import (
    Missing,
    Task,
    article_json,
    expand,
    out_path,
    run,
    run_one,
    tasks_for,
    write_atomic,
)
from newsparse.config import ParseConfig
from newsparse.models import Article

ARTICLE = (
    "Council approves new river bridge\n"
    "By Jane Doe\n"
    "The city council approved the new bridge on Tuesday after a long debate, officials said.\n"
    '"This bridge will join two halves of the town," said mayor Ana Ruiz.\n'
)

POISON = "poison"


def poison_serializer(article: dict[str, object]) -> str:
    """Kills the worker process on an article whose file name holds POISON (a segfault, an
    out-of-memory kill); importable by name, so worker processes can unpickle it."""
    if POISON in str(article["source"] or ""):
        os._exit(3)
    return article_json(article)


def _files(root: Path, names: list[str]) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    for n in names:
        (root / n).write_text(ARTICLE.replace("Tuesday", n), encoding="utf-8")
    return [str(root / n) for n in names]


@pytest.mark.parametrize("chunk_size", [1, 3])
def test_a_worker_that_dies_costs_only_its_article(tmp_path: Path, chunk_size: int) -> None:
    names = [f"a{i:02d}.txt" for i in range(14)]
    names[5] = f"{POISON}-1.txt"
    names[11] = f"{POISON}-2.txt"
    paths = _files(tmp_path, names)
    tasks = [Task(i, p) for i, p in enumerate(paths)]
    outs = list(run(tasks, ParseConfig(), poison_serializer, jobs=2, chunk_size=chunk_size))
    assert [o.task.index for o in outs] == list(range(len(tasks)))  # one each, in order
    failed = {o.task.path for o in outs if o.error}
    assert failed == {paths[5], paths[11]}
    for o in outs:
        if o.error:
            assert "worker process died" in o.error
        else:
            assert o.payload and '"source"' in o.payload


def test_parallel_and_serial_agree(tmp_path: Path) -> None:
    paths = _files(tmp_path, [f"a{i}.txt" for i in range(9)])
    tasks = [Task(i, p) for i, p in enumerate(paths)]
    serial = [o.payload for o in run(tasks, ParseConfig(), article_json, jobs=1)]
    parallel = [o.payload for o in run(tasks, ParseConfig(), article_json, jobs=2, chunk_size=2)]
    assert serial == parallel


def test_a_bug_in_the_parser_costs_one_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = _files(tmp_path, ["good.txt", "bad.txt"])
    import newsparse

    real = newsparse.record_path

    def flaky(path: str, *, config: ParseConfig) -> dict[str, object]:
        if path.endswith("bad.txt"):
            raise ValueError("boom")
        return real(path, config=config)

    monkeypatch.setattr(newsparse, "record_path", flaky)
    outs = [run_one(Task(i, p), ParseConfig(), article_json) for i, p in enumerate([good, bad])]
    assert outs[0].ok
    assert outs[1].error is not None and "internal error (ValueError: boom)" in outs[1].error
    assert "please report" in outs[1].error


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CI runs as root, where chmod 000 does not stop a read: simulate the refusal instead."""
    (path,) = _files(tmp_path, ["locked.txt"])
    real_open = Path.open

    def refuse(self: Path, *a: object, **kw: object):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(self, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="cannot read: Permission denied"):
        parse_path(path)
    out = run_one(Task(0, path), ParseConfig(), article_json)
    assert out.error is not None and "Permission denied" in out.error


def test_unreadable_folder_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _files(tmp_path / "news", ["a.txt"])
    _files(tmp_path / "news" / "locked", ["b.txt"])
    real = os.scandir

    def scandir(d: str):  # type: ignore[no-untyped-def]
        if str(d).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(d)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(expand([str(tmp_path / "news")]))
    assert items[0] == (str(tmp_path / "news" / "a.txt"), str(tmp_path / "news"))
    assert isinstance(items[1], Missing)
    assert items[1].path.endswith("locked") and "cannot read this folder" in items[1].message


def test_links_broken_and_looping(tmp_path: Path) -> None:
    d = tmp_path / "news"
    _files(d, ["a.txt"])
    os.symlink(d / "nowhere.txt", d / "broken.txt")
    os.symlink(d / "loop2.txt", d / "loop1.txt")
    os.symlink(d / "loop1.txt", d / "loop2.txt")
    os.symlink(d, d / "self")  # a symlinked folder: not followed, so no loop
    walked = list(expand([str(d)]))
    messages = {os.path.basename(m.path): m.message for m in walked if isinstance(m, Missing)}
    assert messages["broken.txt"].startswith("broken symbolic link")
    assert messages["loop1.txt"].startswith("symbolic link loop")
    assert [x for x in walked if not isinstance(x, Missing)] == [(str(d / "a.txt"), str(d))]
    (given,) = list(expand([str(d / "loop2.txt")]))
    assert isinstance(given, Missing) and "loop" in given.message


def test_odd_file_names(tmp_path: Path) -> None:
    names = ["with space.txt", "new\nline.txt", "caf\udce9.txt"]  # the last: byte 0xE9
    d = tmp_path / "odd"
    d.mkdir()
    for n in names:
        (d / n).write_bytes(ARTICLE.encode())
    tasks = [Task(i, f) for i, (f, _) in enumerate(expand([str(d)]))]  # type: ignore[misc]
    outs = list(run(tasks, ParseConfig(), article_json, jobs=1))
    assert all(o.ok for o in outs), [o.error for o in outs]
    sources = sorted(Article.model_validate_json(o.payload or "").source or "" for o in outs)
    assert sources == sorted(
        [str(d / "with space.txt"), str(d / "new\nline.txt"), str(d) + "/caf\\xe9.txt"]
    )


def test_expand_once_per_file_and_in_order(tmp_path: Path) -> None:
    a, b = _files(tmp_path / "n", ["a.txt", "b.txt"])
    items = list(expand([a, str(tmp_path / "n"), b, a]))
    assert items == [(a, None), (b, str(tmp_path / "n"))]


def test_a_folder_of_duplicates_is_not_called_empty(tmp_path: Path) -> None:
    _files(tmp_path / "n" / "sub", ["a.txt"])
    items = list(expand([str(tmp_path / "n"), str(tmp_path / "n" / "sub")]))
    assert not any(isinstance(i, Missing) for i in items)


def test_tasks_for_skips_up_to_date_and_refuses_collisions(tmp_path: Path) -> None:
    a, md = _files(tmp_path / "n", ["a.txt", "a.md"])
    out = tmp_path / "out"
    missing: list[Missing] = []
    skipped: list[str] = []
    items = [(a, str(tmp_path / "n")), (md, str(tmp_path / "n"))]
    tasks = list(tasks_for(items, str(out), False, missing.append, skipped.append))
    assert [t.path for t in tasks] == [a]
    assert "already the output of" in missing[0].message
    # Once written, a.txt is up to date and skipped; touched again, it is stale.
    write_atomic(out_path(a, str(tmp_path / "n"), str(out)), "{}")
    assert list(tasks_for(items[:1], str(out), False, missing.append, skipped.append)) == []
    assert skipped == [a]
    later = time.time_ns() + 10**9
    os.utime(a, ns=(later, later))
    assert len(list(tasks_for(items[:1], str(out), False, missing.append, skipped.append))) == 1
    assert len(list(tasks_for(items[:1], str(out), True, missing.append, skipped.append))) == 1


@pytest.mark.parametrize("one_folder", [False, True])
def test_collisions_in_one_folder_walk_are_refused_with_flat_memory(
    tmp_path: Path, one_folder: bool
) -> None:
    _files(tmp_path / "n" / "x", ["a.txt", "a.md"])
    _files(tmp_path / "n" / "y", ["a.txt"])
    missing: list[Missing] = []
    items = list(expand([str(tmp_path / "n")], glob="a.*"))
    tasks = list(
        tasks_for(
            items, str(tmp_path / "out"), False, missing.append, [].append, one_folder=one_folder
        )
    )
    # x/a.md and x/a.txt would both write x/a.json; y/a.txt writes y/a.json.
    assert [os.path.relpath(t.path, tmp_path / "n") for t in tasks] == ["x/a.md", "y/a.txt"]
    assert len(missing) == 1 and missing[0].path.endswith("a.txt")


def test_disk_full_in_out_dir_is_reported_per_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = _files(tmp_path / "n", ["a.txt"])
    out = tmp_path / "out"
    out.mkdir()
    import io

    class Full(io.StringIO):
        def write(self, s: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    real_open = open

    def fake_open(file: str, mode: str = "r", **kw: object):  # type: ignore[no-untyped-def]
        if "w" in mode and str(file).endswith(".tmp"):
            real_open(file, mode, **kw).close()  # the temporary file exists, then fills up
            return Full()
        return real_open(file, mode, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", fake_open)
    o = run_one(Task(0, path, str(out / "a.json")), ParseConfig(), None)
    assert o.error is not None
    assert "No space left on device" in o.error and "free some disk space" in o.error
    assert list(out.iterdir()) == []  # no output, no temporary file


def test_out_dir_not_writable_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (path,) = _files(tmp_path / "n", ["a.txt"])

    def refuse(*a: object, **kw: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("newsparse.batch.write_atomic", refuse)
    o = run_one(Task(0, path, str(tmp_path / "out" / "a.json")), ParseConfig(), None)
    assert o.error is not None and "permissions" in o.error


def test_write_atomic_never_leaves_a_half_file(tmp_path: Path) -> None:
    target = tmp_path / "o" / "a.json"
    write_atomic(str(target), "old")

    class Boom(str):
        pass

    with pytest.raises(TypeError):
        write_atomic(str(target), 42)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]


CTRL_C = """
import os, signal, sys, threading, time
# A shell's background job starts with Ctrl-C ignored, and Python then leaves it ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)
import newsparse.batch as b
real = b.run_one
def slow(task, config, serializer):
    time.sleep(0.1)
    return real(task, config, serializer)
b.run_one = slow
def interrupt():
    time.sleep(float(sys.argv[1]))
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=interrupt, daemon=True).start()
from newsparse.cli import main
sys.argv = ["newsparse", *sys.argv[2:]]
main()
"""


def test_ctrl_c_leaves_only_complete_files_and_a_rerun_finishes(tmp_path: Path) -> None:
    src = tmp_path / "news"
    paths = _files(src, [f"a{i:03d}.txt" for i in range(40)])
    out = tmp_path / "out"
    script = tmp_path / "ctrl_c.py"
    script.write_text(CTRL_C)
    cmd = [sys.executable, str(script), "1.0", str(src), "--out-dir", str(out), "-j", "1"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 130, r.stderr
    assert "interrupted" in r.stderr and "Traceback" not in r.stderr
    done = sorted(p.name for p in out.iterdir())
    assert 0 < len(done) < len(paths)
    assert not [n for n in done if not n.endswith(".json")]  # no temporary files
    for n in done:
        Article.model_validate_json((out / n).read_text())  # each complete
    again = subprocess.run(
        [sys.executable, "-m", "newsparse", str(src), "--out-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert f"{len(paths) - len(done)} parsed, {len(done)} up to date" in again.stderr
    assert len(list(out.iterdir())) == len(paths)


def test_ctrl_c_on_a_process_pool_is_clean(tmp_path: Path) -> None:
    src = tmp_path / "news"
    src.mkdir()
    long_article = ARTICLE + ARTICLE.splitlines()[2] * 600 + "\n"  # about 50 KB
    for i in range(300):
        (src / f"a{i:03d}.txt").write_text(long_article)
    out = tmp_path / "out"
    proc, err = _interrupt_a_pool_run(src, out, signal.SIG_DFL)
    if proc.returncode == 0:
        pytest.skip("the run finished before the interrupt reached it")
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    names = [p.name for p in out.rglob("*")]
    assert all(n.endswith(".json") for n in names), names


def _interrupt_a_pool_run(src: Path, out: Path, sigint: Any) -> tuple[subprocess.Popen[str], str]:
    """Run the CLI with -j 2 and SIGINT's disposition ``sigint``, and send its process group
    a Ctrl-C once the first file is written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", str(src), "--out-dir", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a group of its own, as a terminal's Ctrl-C reaches
        # As from a terminal (SIG_DFL), whatever this test process was started with.
        preexec_fn=lambda: signal.signal(signal.SIGINT, sigint),
    )
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:  # wait for the first file
        if out.is_dir() and any(out.iterdir()):
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("the run finished before the interrupt")
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    return proc, err


def test_a_run_started_with_ctrl_c_ignored_goes_on_through_it(tmp_path: Path) -> None:
    # A background job of a shell (or nohup) starts with SIGINT ignored: the run, workers
    # included, must go on and write every file, as the parent does.
    src = tmp_path / "news"
    src.mkdir()
    long_article = ARTICLE + ARTICLE.splitlines()[2] * 600 + "\n"
    for i in range(60):
        (src / f"a{i:03d}.txt").write_text(long_article)
    out = tmp_path / "out"
    proc, err = _interrupt_a_pool_run(src, out, signal.SIG_IGN)
    assert proc.returncode == 0, err
    assert len(list(out.rglob("*.json"))) == 60


def test_a_link_to_a_file_the_walk_reaches_is_not_a_second_article(tmp_path: Path) -> None:
    (a,) = _files(tmp_path / "n", ["a.txt"])
    os.symlink(a, tmp_path / "n" / "link.txt")  # sorts after a.txt
    os.symlink(a, tmp_path / "n" / "0link.txt")  # sorts before it
    items = list(expand([str(tmp_path / "n")]))
    assert items == [(a, str(tmp_path / "n"))]


def test_a_link_out_of_the_folder_is_followed_once(tmp_path: Path) -> None:
    (b,) = _files(tmp_path / "elsewhere", ["b.txt"])
    _files(tmp_path / "n", ["a.txt"])
    link = str(tmp_path / "n" / "link.txt")
    os.symlink(b, link)
    items = list(expand([str(tmp_path / "n"), b]))
    assert [i[0] for i in items if not isinstance(i, Missing)] == [
        str(tmp_path / "n" / "a.txt"),
        link,
    ]


def test_a_link_to_a_file_the_glob_skips_is_read_through_the_link(tmp_path: Path) -> None:
    (md,) = _files(tmp_path / "n", ["a.md"])
    link = str(tmp_path / "n" / "a.txt")
    os.symlink(md, link)
    assert list(expand([str(tmp_path / "n")])) == [(link, str(tmp_path / "n"))]
