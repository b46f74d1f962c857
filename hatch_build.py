"""The opt-in compiled build: ``NEWSPARSE_COMPILE=1 pip install .``.

The parse is plain Python and stays so: every install runs the same source, and a plain
``pip install .`` (or ``-e``) builds a pure-Python wheel. With NEWSPARSE_COMPILE=1, this hook
also compiles the modules that do the per-line and per-token work with mypyc (part of mypy,
which the project already type-checks with in strict mode) and puts the extension modules in the
wheel beside the sources; Python imports an extension module before a .py of the same name.
The output is the same either way: CI runs the test suite against both builds.

Why mypyc, and not hand-written C or another compiler: the code it compiles is the code the
tests and mypy already check, with no second source to keep in step; it is the route black and
charset-normalizer (already a dependency here) take for their own speed. A parse of a 3 KB
article runs about 1.5 times as fast (`python benchmarks/run.py` prints both builds).

The modules are compiled in a temporary copy of src/, so no extension module is ever left
beside the sources, where it would shadow later edits to a .py in an editable install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The environment variable that asks for the compiled build.
ENV_VAR = "NEWSPARSE_COMPILE"

# The modules worth compiling: the passes and the data they walk over. The CLI, the batch
# runner, rendering and the pydantic models spend their time in click, rich, pydantic-core and
# the OS; the pattern modules are data (regexes compile at import either way).
COMPILED_MODULES = (
    "newsparse/document.py",
    "newsparse/normalize.py",
    "newsparse/pipeline.py",
    "newsparse/passes/features.py",
    "newsparse/passes/fields.py",
    "newsparse/passes/layout.py",
    "newsparse/passes/local.py",
    "newsparse/passes/quotes.py",
)


def compile_requested() -> bool:
    return os.environ.get(ENV_VAR, "").strip().lower() in ("1", "true", "yes", "on")


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if not compile_requested():
            return []
        # mypy type-checks what the compiled modules import (pydantic through its plugin), and
        # mypyc builds the extensions with setuptools.
        return ["mypy>=1.10", "setuptools>=69", *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or not compile_requested():
            return
        root = Path(self.root)
        work = Path(tempfile.mkdtemp(prefix="newsparse-mypyc-"))
        self._work = work
        shutil.copytree(
            root / "src" / "newsparse",
            work / "newsparse",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
        )
        cmd = [
            sys.executable,
            "-m",
            "mypyc",
            "--config-file",
            str(root / "pyproject.toml"),
            *COMPILED_MODULES,
        ]
        print(f"{ENV_VAR}: compiling {len(COMPILED_MODULES)} modules with mypyc", file=sys.stderr)
        done = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(
                f"{ENV_VAR}=1 was set but mypyc failed (a C compiler and the Python headers are "
                f"needed; unset {ENV_VAR} for the pure-Python build):\n{done.stdout}{done.stderr}"
            )
        # mypyc leaves its C sources and a second copy of each module under build/.
        built = [
            p
            for p in work.rglob("*")
            if p.suffix in (".so", ".pyd") and p.relative_to(work).parts[0] != "build"
        ]
        if not built:
            raise RuntimeError(f"{ENV_VAR}=1: mypyc reported success but built no module")
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(work).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
