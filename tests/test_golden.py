"""Golden pairs: each sample article (samples/*.txt, tests/golden/*.txt) against its expected
JSON in tests/golden/NAME.json. `make golden` rewrites them; review the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import parse_path

from .conftest import GOLDEN, ROOT, SAMPLES

INPUTS = sorted([*SAMPLES.glob("*.txt"), *GOLDEN.glob("*.txt")])


def _expected_path(src: Path) -> Path:
    return GOLDEN / (src.stem + ".json")


def _actual(src: Path) -> dict[str, object]:
    art = parse_path(src)
    data: dict[str, object] = json.loads(art.model_dump_json())
    data["source"] = src.relative_to(ROOT).as_posix()  # stable whatever the working directory
    return data


@pytest.mark.parametrize("src", INPUTS, ids=[p.name for p in INPUTS])
def test_golden(src: Path, update_golden: bool) -> None:
    actual = _actual(src)
    expected_path = _expected_path(src)
    if update_golden:
        expected_path.write_text(
            json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return
    assert expected_path.exists(), f"no golden file for {src.name}: run `make golden`"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual == expected


def test_every_golden_file_has_an_input() -> None:
    stems = {p.stem for p in INPUTS}
    orphans = [p.name for p in GOLDEN.glob("*.json") if p.stem not in stems]
    assert not orphans, f"golden files without an input: {orphans}"


def test_there_are_at_least_eight_samples() -> None:
    assert len(list(SAMPLES.glob("*.txt"))) >= 8
