"""Speed and memory figures for newsparse, all measured in one run on one machine.

    python benchmarks/run.py            # full: 1k, 10k and 100k-file folders (about 10 minutes)
    python benchmarks/run.py --quick    # 1k and 10k files only (about 3 minutes)

Prints, with the targets of issue 5 (and issue 3) beside them:

- library parse rate on one core (articles/s, MB/s): ~3 KB articles, ~700-word articles, and
  the 10k corpus read into memory, for the newsparse this interpreter imports (the first line
  says which build);
- the same library rates for the pure-Python sources and the compiled build side by side, in
  alternating child processes (the compiled build is installed into bench-out/venv-compiled
  on first use, again when a source is newer; --no-compiled skips this);
- CLI folder rate over the 10k corpus with -j 1 and -j N, and the I/O floor (benchmarks/floor.py:
  read, split lines, write one JSON line per file) with the same worker counts;
- single small file end to end against ``python -c "import click, pydantic"``;
- peak RSS of a folder run at 1k and at 100k files (10k with --quick);
- parse time of a 10 KB (the mean of 50), 1 MB and 10 MB article, and the cost per character
  of the 10 MB one against the 10 KB ones.

Machines are shared and noisy: every timing is the best of several runs, runs of things that are
compared are interleaved, and the figures to quote are the ratios, not the absolute times.
Generated corpora go to bench-out/ (gitignored) and are reused by later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

from newsparse import parse_bytes, parse_record, parse_text  # noqa: E402
from newsparse._build import describe  # noqa: E402

ROOT = HERE.parent
# Runs per in-memory library timing: each takes well under a second, so more runs cost little
# and give a shared machine's quiet moments a better chance (the best run is kept, as timeit
# advises: the others measure the machine, not the code).
LIBRARY_RUNS = 7
# Pairs timed of the 10 MB article against the 10 KB set (see _PARSE_TIME); the 1 MB one,
# ten times quicker, gets SIZE_ROUNDS_1MB.
SIZE_ROUNDS = 7
SIZE_ROUNDS_1MB = 9
CORPUS = ROOT / "bench-out" / "corpus"
# A venv with the compiled build, for the side-by-side rates: made (or remade, when a source is
# newer) by ensure_compiled.
COMPILED_VENV = ROOT / "bench-out" / "venv-compiled"


# --- helpers ----------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    """The environment for child processes: bytecode caching on, as on a user's machine."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _newsparse_cmd() -> list[str]:
    exe = shutil.which("newsparse", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "newsparse"]


def run_child(cmd: Sequence[str]) -> tuple[float, int]:
    """Run a command with stdout and stderr thrown away: (wall seconds, exit code)."""
    t = time.perf_counter()
    code = subprocess.call(
        list(cmd),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=_env(),
    )
    return time.perf_counter() - t, code


# Runs a command and prints the peak RSS (KB) of the largest process in its tree. Through this
# small wrapper because a child forked straight from the runner inherits the runner's own
# high-water mark (the kernel keeps it across exec), which after a 10 MB parse is large.
_RSS_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run_rss(cmd: Sequence[str]) -> tuple[float, int, int]:
    """(wall seconds, exit code, peak RSS in KB of the largest process the command ran)."""
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _RSS_WRAPPER, *cmd],
        capture_output=True,
        text=True,
        env=_env(),
        check=True,
    ).stdout.split()
    return time.perf_counter() - t, int(out[0]), int(out[1])


def best_of(fn: Callable[[], float], repeat: int) -> float:
    return min(fn() for _ in range(repeat))


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def section(self, title: str) -> None:
        print(f"\n## {title}", flush=True)

    def line(self, label: str, value: str, target: str = "") -> None:
        print(f"  {label:<48} {value:<26} {target}", flush=True)


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


# --- the measurements -------------------------------------------------------------------------


def library_rate(
    texts: list[str], repeat: int, parse: Callable[[str], object] = parse_text
) -> tuple[float, float]:
    """(articles/s, MB/s) of ``parse`` (parse_text) over ``texts``, best of ``repeat``."""
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def once() -> float:
        return timed(lambda: [parse(t) for t in texts])

    dt = best_of(once, repeat)
    return len(texts) / dt, mb / dt


def library_rate_bytes(blobs: list[bytes], repeat: int) -> float:
    """articles/s of parse_bytes (decoding included) over file contents held in memory."""

    def once() -> float:
        return timed(lambda: [parse_bytes(b) for b in blobs])

    return len(blobs) / best_of(once, repeat)


# The parse time of a big article against the 10 KB ones, in a child process. The 10 KB figure
# is the mean over SMALL_SET articles of that size (different seeds), not one draw: one 10 KB
# article held 18% fewer quotes per byte than the generator's mean (17.8 against 21.8 per 10,000
# characters; the 10 MB article holds 22.3), and quotes are the costliest part of a parse. The
# child first parses an article of another seed and 100 KB, so the patterns that only some
# lines need are compiled before the clock starts. Then it alternates: the 10 KB set, the big
# article, the 10 KB set, ... and each big parse is compared with the 10 KB passes on either
# side of it, measured in the same second or two: this machine's speed wanders by a third
# within minutes, which made the ratio of separately timed sizes swing from x1,076 to x1,219
# in three runs of the same build. Prints JSON: the best big and 10 KB times, the mean
# characters of each, and the ratio of each pair (per character, times the nominal ratio of
# sizes, so that linear growth reads x100 for 1 MB and x1,000 for 10 MB).
_PARSE_TIME = (
    "import json, statistics, sys, time\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "import generate\n"
    "from newsparse import parse_text\n"
    "size, rounds, count = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])\n"
    "seeds = range(generate.SEED, generate.SEED + count)\n"
    "small = [generate.sized_article(10_000, s) for s in seeds]\n"
    "big = generate.sized_article(size)  # the default seed\n"
    "parse_text(generate.sized_article(100_000, 99))  # warm-up (see above)\n"
    "def small_pass():\n"
    "    t = time.perf_counter()\n"
    "    for text in small:\n"
    "        parse_text(text)\n"
    "    return (time.perf_counter() - t) / count\n"
    "small_chars = sum(map(len, small)) / count\n"
    "scale = size / 10_000 * small_chars / len(big)\n"
    "before = small_pass()\n"
    "smalls, bigs, ratios = [before], [], []\n"
    "for _ in range(rounds):\n"
    "    t = time.perf_counter()\n"
    "    parse_text(big)\n"
    "    dt = time.perf_counter() - t\n"
    "    small_pass()  # untimed: the first pass after a big parse regrows the heap\n"
    "    after = small_pass()\n"
    "    bigs.append(dt)\n"
    "    smalls.append(after)\n"
    "    ratios.append(dt / ((before + after) / 2) * scale)\n"
    "    before = after\n"
    "print(json.dumps({'big': min(bigs), 'small': min(smalls), 'big_chars': len(big),\n"
    "                  'small_chars': small_chars, 'ratios': ratios}))\n"
)
# How many 10 KB articles the 10 KB parse time is the mean of (see _PARSE_TIME).
SMALL_SET = 50


# Library rates of whichever newsparse the interpreter imports, as JSON: {"build": ...,
# "<kind> <api>": articles/s}. Run in a child process, so that the two builds can be measured
# side by side in one run.
_LIB_RATES = (
    "import json, sys, time\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "import generate\n"
    "from newsparse import parse_text\n"
    "from newsparse._build import describe\n"
    "from newsparse.pipeline import parse_record\n"
    "out = {'build': describe()}\n"
    "for kind, texts in (\n"
    "    ('3 KB', [generate.sized_article(3000, s) for s in range(400)]),\n"
    "    ('700 words', [generate.words_article(700, s) for s in range(300)]),\n"
    "):\n"
    "    for api, parse in (('parse_text', parse_text), ('parse_record', parse_record)):\n"
    "        for t in texts[:20]:\n"
    "            parse(t)\n"
    "        best = float('inf')\n"
    "        for _ in range(int(sys.argv[2])):\n"
    "            t0 = time.perf_counter()\n"
    "            for t in texts:\n"
    "                parse(t)\n"
    "            best = min(best, time.perf_counter() - t0)\n"
    "        out[f'{kind} {api}'] = len(texts) / best\n"
    "print(json.dumps(out))\n"
)


def library_rates_child(python: str, env: dict[str, str], repeat: int) -> dict[str, Any]:
    """The library rates (see _LIB_RATES) measured by ``python`` in a child process."""
    out = subprocess.run(
        [python, "-c", _LIB_RATES, str(HERE), str(repeat)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return dict(json.loads(out.stdout))


def ensure_compiled(venv: Path) -> Path:
    """The python of ``venv``, with the compiled build of the current sources installed."""
    python = venv / "bin" / "python"
    stamp = venv / "built-from-sources"
    sources = [*(ROOT / "src").rglob("*.py"), ROOT / "hatch_build.py", ROOT / "pyproject.toml"]
    newest = max(p.stat().st_mtime for p in sources)
    if python.exists() and stamp.exists() and stamp.stat().st_mtime >= newest:
        return python
    if Path(sys.prefix).resolve() == venv.resolve():
        # This run's own modules are imported already: reinstalling under them would time
        # another build in the CLI sections than in the library ones.
        print(
            f"(the compiled build in {venv.relative_to(ROOT)} is older than the sources: "
            "rebuild it by running this script from another environment)"
        )
        return python
    print(f"(building the compiled version into {venv.relative_to(ROOT)}: a minute or two)")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # The dependencies (with a quick pure build), then the compiled build over it.
    subprocess.run([*pip, str(ROOT)], check=True, env={**_env(), "NEWSPARSE_COMPILE": "0"})
    subprocess.run(
        [*pip, "--force-reinstall", "--no-deps", str(ROOT)],
        check=True,
        env={**_env(), "NEWSPARSE_COMPILE": "1"},
    )
    stamp.touch()
    return python


def compare_builds(compiled_python: Path, repeat: int, rep: Report) -> None:
    """The library rates of the pure-Python sources and of the compiled build, measured in
    alternating child processes (best of ``repeat`` rounds each), side by side."""
    pure_env = {**_env(), "PYTHONPATH": str(ROOT / "src")}
    runs = {
        "pure": ([sys.executable], pure_env),
        "compiled": ([str(compiled_python)], _env()),
    }
    best: dict[str, dict[str, Any]] = {}
    for _ in range(repeat):
        for name, (cmd, env) in runs.items():
            got = library_rates_child(cmd[0], env, LIBRARY_RUNS // 2)
            mine = best.setdefault(name, got)
            for k, v in got.items():
                if k != "build":
                    mine[k] = max(mine[k], v)
    pure, comp = best["pure"], best["compiled"]
    if comp["build"] != "compiled with mypyc" or pure["build"] != "pure Python":
        rep.line("(builds not as expected)", f"{pure['build']} / {comp['build']}", "")
        return
    targets = {"3 KB parse_text": 2_000, "700 words parse_text": 1_000}
    rep.line("", f"{'pure Python':<12} {'compiled':<12}", "")
    for k, v in pure.items():
        if k == "build":
            continue
        target = targets.get(k)
        c = comp[k]
        rep.line(
            f"{k} (x{c / v:.2f})",
            f"{v:>8,.0f}/s   {c:>8,.0f}/s",
            f">= {target:,}/s compiled: {verdict(c >= target)}" if target else "",
        )


def parse_time(size: int, rounds: int, limit: float) -> dict[str, Any] | None:
    """The paired timings of _PARSE_TIME for an article of about ``size`` bytes against the
    10 KB set, in a child process stopped after ``limit`` seconds (None if it was)."""
    cmd = [sys.executable, "-c", _PARSE_TIME, str(HERE), str(size), str(rounds), str(SMALL_SET)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    return dict(json.loads(out.stdout))


def article_sizes(rep: Report, sizes: list[int], limit: float) -> None:
    """The parse-time section: each big size in its own child, paired with the 10 KB set."""
    rep.section("Parse time against article size (in memory)")
    got: dict[int, dict[str, Any] | None] = {}
    for size in sizes:
        rounds = SIZE_ROUNDS_1MB if size <= 1_000_000 else SIZE_ROUNDS
        got[size] = parse_time(size, rounds, limit)
    finished = [g for g in got.values() if g is not None]
    if finished:
        small = min(g["small"] for g in finished)
        chars = finished[0]["small_chars"]
        rep.line(
            "10 KB article",
            f"{small * 1e3:,.2f} ms",
            f"(mean of {SMALL_SET}, {chars:,.0f} characters)",
        )
    for size, g in got.items():
        name = f"{size / 1e6:g} MB article"
        if g is None:
            rep.line(name, f"> {limit:,.0f} s (stopped)", "no ratio (raise --size-limit)")
            continue
        r = statistics.median(g["ratios"])
        lo, hi = min(g["ratios"]), max(g["ratios"])
        rep.line(
            name,
            f"{g['big'] * 1e3:,.1f} ms",
            f"x{r:,.0f} the 10 KB mean per character, scaled to x{size // 10_000:,} "
            f"(median of {len(g['ratios'])} pairs, x{lo:,.0f}-x{hi:,.0f})",
        )
    g10 = got.get(10_000_000)
    if 10_000_000 in got:
        shown = f"x{statistics.median(g10['ratios']):,.0f}" if g10 else "not measured"
        ok = g10 is not None and statistics.median(g10["ratios"]) <= 1_100
        rep.line(
            "10 MB / 10 KB time (per character, x1,000 is linear)",
            shown,
            f"<= ~1,000: {verdict(ok)}",
        )


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="1k and 10k files only")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="N for -j N")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing (best is kept)")
    ap.add_argument("--skip-sizes", action="store_true", help="skip the 1 MB and 10 MB articles")
    ap.add_argument(
        "--size-limit",
        type=float,
        default=120,
        help="seconds allowed for each big size's child process (generating the articles, then "
        "SIZE_ROUNDS parses paired with 10 KB passes); one past the limit is reported as stopped",
    )
    ap.add_argument(
        "--no-compiled",
        action="store_true",
        help="skip the side-by-side rates of the compiled build (which is built into "
        "bench-out/venv-compiled on first use)",
    )
    args = ap.parse_args(argv)
    repeat = max(1, args.repeat)
    jobs = args.jobs
    big = 10_000 if args.quick else 100_000
    rep = Report()
    t_start = time.perf_counter()
    print(
        f"newsparse benchmarks: python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"-j N = {jobs}, best of {repeat}; newsparse {describe()}"
    )
    n = generate.write_corpus(CORPUS, big)
    if n:
        print(f"(generated {n} corpus files under {CORPUS})")
    f1k = generate.folder_for(CORPUS, 1_000)
    f10k = generate.folder_for(CORPUS, 10_000)
    fbig = generate.folder_for(CORPUS, big)

    # Library, one core, in this process.
    rep.section(f"Library parse, one core (parse_text, in memory; {describe()})")
    lib = {}
    for label, texts, target in (
        ("~3 KB articles", [generate.sized_article(3_000, s) for s in range(400)], 2_000),
        (
            "~700-word articles (issue 3)",
            [generate.words_article(700, s) for s in range(300)],
            1_000,
        ),
    ):
        for t in texts[:20]:  # warm up
            parse_text(t)
        rate, mbs = library_rate(texts, max(repeat, LIBRARY_RUNS))
        lib[label] = rate
        rep.line(
            label,
            f"{rate:,.0f} art/s  {mbs:.2f} MB/s",
            f">= {target:,}/s: {verdict(rate >= target)}",
        )
        # The same parse without the pydantic models: the plain record the CLI writes.
        rate, mbs = library_rate(texts, max(repeat, LIBRARY_RUNS), parse_record)
        rep.line("  as records (parse_record)", f"{rate:,.0f} art/s  {mbs:.2f} MB/s", "")
    blobs = [p.read_bytes() for p in corpus_files(f10k)]
    mean_kb = sum(len(b) for b in blobs) / len(blobs) / 1e3
    lib_corpus = library_rate_bytes(blobs, max(1, repeat - 1))
    rep.line(
        f"10k corpus in memory (mean {mean_kb:.1f} KB)",
        f"{lib_corpus:,.0f} art/s",
        "(the base for the CLI ratio)",
    )
    del blobs

    if not args.no_compiled:
        rep.section("Library parse, one core, both builds in one run (child processes)")
        try:
            compiled_python = ensure_compiled(COMPILED_VENV)
        except subprocess.CalledProcessError as exc:
            # The rest of the run does not need the compiled build: report and go on.
            rep.line("(could not build the compiled version)", f"exit code {exc.returncode}", "")
        else:
            compare_builds(compiled_python, repeat, rep)

    if not args.skip_sizes:
        article_sizes(rep, [1_000_000, 10_000_000], args.size_limit)

    # CLI over a folder, against the I/O floor, interleaved.
    rep.section(f"CLI over the 10k folder ({f10k.relative_to(ROOT)}), JSON Lines to /dev/null")
    cli = _newsparse_cmd()
    floor = [sys.executable, str(HERE / "floor.py")]
    runs = {
        "cli -j 1": [*cli, str(f10k), "-j", "1", "-q", "--format", "jsonl"],
        f"cli -j {jobs}": [*cli, str(f10k), "-j", str(jobs), "-q", "--format", "jsonl"],
        "floor -j 1": [*floor, str(f10k), "-j", "1"],
        f"floor -j {jobs}": [*floor, str(f10k), "-j", str(jobs)],
    }
    best: dict[str, float] = {k: float("inf") for k in runs}
    for _ in range(repeat):
        for k, cmd in runs.items():
            dt, code = run_child(cmd)
            if code != 0:
                print(f"  {k}: exit code {code}: {' '.join(cmd)}", file=sys.stderr)
            best[k] = min(best[k], dt)
    rate = {k: 10_000 / v for k, v in best.items()}
    c1, cn = rate["cli -j 1"], rate[f"cli -j {jobs}"]
    rep.line("cli -j 1", f"{c1:,.0f} art/s", "")
    rep.line(f"cli -j {jobs}", f"{cn:,.0f} art/s", "")
    rep.line("floor -j 1", f"{rate['floor -j 1']:,.0f} files/s", "")
    rep.line(f"floor -j {jobs}", f"{rate[f'floor -j {jobs}']:,.0f} files/s", "")
    r1 = c1 / lib_corpus
    rep.line("cli -j 1 / library (same corpus)", f"{r1:.2f}", f">= 0.8: {verdict(r1 >= 0.8)}")
    rn = cn / c1
    rep.line(f"cli -j {jobs} / cli -j 1", f"{rn:.2f}", f">= 1.7 on 2 cores: {verdict(rn >= 1.7)}")
    rep.line(
        "cli time / floor time, -j 1",
        f"x{best['cli -j 1'] / best['floor -j 1']:.1f}",
        "",
    )
    rep.line(
        f"cli time / floor time, -j {jobs}",
        f"x{best[f'cli -j {jobs}'] / best[f'floor -j {jobs}']:.1f}",
        "",
    )

    # Single small file end to end.
    rep.section("One small file end to end (newsparse FILE > /dev/null)")
    small = CORPUS / "g0" / "p0" / "a000005.txt"
    floor_cmd = [sys.executable, "-c", "import click, pydantic"]
    one_cmd = [*cli, str(small)]
    run_child(one_cmd)  # warm the bytecode cache
    run_child(floor_cmd)
    t_one: list[float] = []
    t_floor: list[float] = []
    for _ in range(max(10, 5 * repeat)):
        t_floor.append(run_child(floor_cmd)[0])
        t_one.append(run_child(one_cmd)[0])
    rs = min(t_one) / min(t_floor)
    rep.line(
        "import click, pydantic (floor)",
        f"{min(t_floor) * 1e3:.0f} ms (median {statistics.median(t_floor) * 1e3:.0f})",
    )
    rep.line(
        f"newsparse {small.name} ({small.stat().st_size / 1e3:.1f} KB)",
        f"{min(t_one) * 1e3:.0f} ms (median {statistics.median(t_one) * 1e3:.0f})",
    )
    rep.line("newsparse / floor", f"x{rs:.2f}", f"<= 1.5: {verdict(rs <= 1.5)}")

    # Peak memory of a folder run.
    rep.section("Peak RSS of a folder run (largest process, -j 1 and -j N)")
    for j in (1, jobs):
        rss = {}
        times = {}
        for label, folder, count in (("1k", f1k, 1_000), (f"{big // 1000}k", fbig, big)):
            cmd = [*cli, str(folder), "-j", str(j), "-q", "--format", "jsonl"]
            dt, _code, kb = run_rss(cmd)
            rss[label], times[label] = kb, dt
            rep.line(
                f"-j {j}, {count:,} files",
                f"{kb / 1024:,.1f} MB",
                f"({count / dt:,.0f} art/s)",
            )
        r = rss[f"{big // 1000}k"] / rss["1k"]
        rep.line(
            f"-j {j}: peak at {big // 1000}k / peak at 1k",
            f"x{r:.2f}",
            f"<= 1.2: {verdict(r <= 1.2)}" + (" (100k needs the full run)" if args.quick else ""),
        )

    print(f"\n(total benchmark time {time.perf_counter() - t_start:,.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
