"""The I/O floor for a folder run: what any tool pays to read the files and write a line each.

Walks the folder (sorted, recursive, ``*.txt``), and for each file reads its bytes, decodes them,
splits the lines and writes one small JSON line (path, bytes, lines) to stdout, in input order,
with the same worker count as the CLI run it is compared with, and like the CLI a chunked pool
with a bounded window. The CLI can be no faster than this; the runner reports the CLI's time as
a multiple of it.

    python benchmarks/floor.py bench-out/corpus/g0 -j 2 > /dev/null
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from fnmatch import fnmatch


def walk(root: str, glob: str = "*.txt") -> Iterator[str]:
    stack = [root]
    while stack:
        d = stack.pop()
        with os.scandir(d) as it:
            entries = sorted(it, key=lambda e: e.name)
        subdirs = []
        for e in entries:
            if e.is_dir(follow_symlinks=False):
                subdirs.append(e.path)
            elif fnmatch(e.name, glob):
                yield e.path
        stack.extend(reversed(subdirs))


def one(path: str) -> str:
    with open(path, "rb") as fh:
        data = fh.read()
    text = data.decode("utf-8")
    n = len(text.splitlines())
    return json.dumps({"source": path, "bytes": len(data), "lines": n})


def chunk(paths: list[str]) -> list[str]:
    return [one(p) for p in paths]


def _chunks(paths: Iterator[str], size: int) -> Iterator[list[str]]:
    buf: list[str] = []
    for p in paths:
        buf.append(p)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def run(root: str, jobs: int, chunk_size: int = 64) -> Iterator[str]:
    if jobs <= 1:
        for p in walk(root):
            yield one(p)
        return
    window: deque[Future[list[str]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for c in _chunks(walk(root), chunk_size):
            window.append(pool.submit(chunk, c))
            if len(window) >= 4 * jobs:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="I/O floor: read, split, write one line per file.")
    ap.add_argument("folder")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    out = sys.stdout
    for line in run(args.folder, args.jobs):
        out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
