"""The build under test. CI runs the suite twice: on the editable, pure-Python install, and on
a wheel built with NEWSPARSE_COMPILE=1 (the passes compiled with mypyc) with
NEWSPARSE_EXPECT_COMPILED=1 set, so that a run meant for the compiled modules fails if it
imported the sources instead."""

from __future__ import annotations

import os

from newsparse._build import compiled, describe
from newsparse.passes import features, layout, local, quotes


def test_the_build_is_the_one_expected() -> None:
    expect = os.environ.get("NEWSPARSE_EXPECT_COMPILED", "") == "1"
    assert compiled() is expect, (
        f"running the {describe()} build; NEWSPARSE_EXPECT_COMPILED="
        f"{os.environ.get('NEWSPARSE_EXPECT_COMPILED')!r} (set it to 1 to test a compiled install)"
    )


def test_the_passes_are_built_alike() -> None:
    # One build for all passes: a half-compiled install would mean a stale extension module.
    kinds = {m.__file__.endswith(".py") for m in (features, layout, local, quotes) if m.__file__}
    assert len(kinds) == 1
