"""The pipeline leaves the interpreter as it found it."""

from __future__ import annotations

import gc

import pytest

from newsparse import pipeline
from newsparse.pipeline import parse_record


@pytest.mark.parametrize("enabled", [True, False])
def test_cycle_collector_state_is_restored(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        parse_record('Storm\n"We are ready," the mayor said.')
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_cycle_collector_is_enabled_again_after_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(doc: object) -> None:
        raise RuntimeError("a pass failed")

    monkeypatch.setattr(pipeline, "PASSES", (("boom", boom),))
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        parse_record("Storm\nHigh winds closed roads.")
    assert gc.isenabled()
