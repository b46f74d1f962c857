"""The compiled build: the parsing modules compiled with mypyc, for about 1.4 times the speed.

The parse is plain Python, and every build runs the same source. A standard wheel (``pip
install .``) also gets the modules that do the per-line and per-token work compiled by mypyc
(part of mypy, which the project already type-checks with in strict mode): the extension
modules go in the wheel beside the sources, and Python imports an extension module before a .py
of the same name. The output is the same either way: CI runs the test suite on both builds, and
``newsparse --version`` says which one is installed.

NEWSPARSE_COMPILE chooses:
- unset ("auto"): compile; if that fails (no C compiler or no Python headers), build the
  pure-Python wheel instead, with a warning in the build log (``pip install -v`` shows it);
- 1: compile, and fail the build if that fails;
- 0: the pure-Python wheel.
Editable installs (``pip install -e``) are always pure Python: they run the sources as edited.

Why mypyc, and not hand-written C or another compiler: the code it compiles is the code the
tests and mypy already check, with no second source to keep in step; black and
charset-normalizer (already a dependency here) ship their speed the same way.

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


def compile_mode() -> str:
    """'auto', 'require' or 'off', from NEWSPARSE_COMPILE."""
    value = os.environ.get(ENV_VAR, "").strip().lower()
    if value in ("", "auto"):
        return "auto"
    if value in ("1", "true", "yes", "on"):
        return "require"
    if value in ("0", "false", "no", "off"):
        return "off"
    raise ValueError(f"{ENV_VAR}={value!r}: use 1 (compile), 0 (pure Python) or leave it unset")


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if compile_mode() == "off":
            return []
        # mypy type-checks what the compiled modules import (pydantic through its plugin) in
        # strict mode, and mypyc builds with setuptools. mypy is pinned to a tested minor
        # release: one with a new strict error would turn every install into the pure-Python
        # fallback; raise the pin after `make test-compiled` passes with the new release.
        # Editable installs get these too, unused: hatchling does not tell the hook which kind
        # of build asks.
        return ["mypy>=2.4,<2.5", "setuptools>=69", *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        mode = compile_mode()
        if self.target_name != "wheel" or version == "editable" or mode == "off":
            return
        try:
            built = self._compile()
        except (RuntimeError, OSError) as e:
            if mode == "require":
                raise
            print(
                f"WARNING: newsparse is built as pure Python (same output, about 1.4 times "
                f"slower): {e}",
                file=sys.stderr,
            )
            return
        for path, name in built.items():
            build_data["force_include"][path] = name
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def _compile(self) -> dict[str, str]:
        """Compile COMPILED_MODULES in a temporary copy of the package: {extension module's
        path: its path in the wheel}."""
        work = Path(tempfile.mkdtemp(prefix="newsparse-mypyc-"))
        self._work: Path | None = work
        try:
            return self._compile_in(work)
        except BaseException:  # a failed or interrupted compile leaves nothing behind
            shutil.rmtree(work, ignore_errors=True)
            self._work = None
            raise

    def _compile_in(self, work: Path) -> dict[str, str]:
        root = Path(self.root)
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
        print(f"newsparse: compiling {len(COMPILED_MODULES)} modules with mypyc", file=sys.stderr)
        done = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(
                f"mypyc failed (it needs a C compiler and the Python headers; {ENV_VAR}=0 builds "
                f"pure Python):\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
            )
        # mypyc leaves its C sources and a second copy of each module under build/.
        built = [
            p
            for p in work.rglob("*")
            if p.suffix in (".so", ".pyd") and p.relative_to(work).parts[0] != "build"
        ]
        if not built:
            raise RuntimeError("mypyc reported success but built no module")
        return {str(path): path.relative_to(work).as_posix() for path in built}

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
