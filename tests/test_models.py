"""The models parse_text returns are built from the pipeline's record without re-validation
(models.article_from_record). They must be exactly what pydantic's validation of the same record
makes: same types, values, field sets, extra and private slots. Validation here is the check
that the record keeps the contract models.py declares."""

from __future__ import annotations

import copy
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from newsparse import ParseConfig, parse_text
from newsparse.models import Article, article_from_record
from newsparse.normalize import decode
from newsparse.pipeline import parse_record

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def assert_same(a: Any, b: Any, where: str = "article") -> None:
    """``a`` and ``b`` are the same model tree, down to the slots pydantic keeps per instance."""
    assert type(a) is type(b), where
    if isinstance(a, BaseModel):
        assert a.model_fields_set == b.model_fields_set, where
        assert a.__pydantic_extra__ == b.__pydantic_extra__, where
        assert a.__pydantic_private__ == b.__pydantic_private__, where
        assert list(a.__dict__) == list(b.__dict__), where
        for k in a.__dict__:
            assert_same(a.__dict__[k], b.__dict__[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


def _texts() -> list[str]:
    texts = [decode(p.read_bytes()).text for p in SAMPLES]
    texts += [generate.sized_article(3000, s) for s in range(20)]
    texts += [generate.words_article(700, s) for s in range(10)]
    return texts


@pytest.mark.parametrize("explain", [False, True])
def test_built_models_equal_validated_models(explain: bool) -> None:
    config = ParseConfig(explain=explain)
    n_quotes = 0
    for text in _texts():
        rec = parse_record(text, "x.txt", config=config)
        validated = Article.model_validate(rec)
        built = article_from_record(rec)
        assert_same(built, validated)
        assert built == validated
        assert built.model_dump_json() == validated.model_dump_json()
        n_quotes += len(built.quotes)
    assert n_quotes > 50  # the comparison covered speakers and cues, not only empty lists


def test_record_is_still_valid_json_after_building() -> None:
    # The CLI builds the summary's models from a record it may also have written: building
    # must leave the record's own nesting (plain dicts) as it was.
    rec = parse_record(generate.sized_article(3000, 1))
    before = copy.deepcopy(rec)
    article_from_record(rec)
    assert rec == before
    assert all(type(q) is dict and type(q["speaker"]) in (dict, type(None)) for q in rec["quotes"])


def test_built_models_behave_as_pydantic_models() -> None:
    art = parse_text(generate.sized_article(3000, 2))
    q = art.quotes[0]
    assert pickle.loads(pickle.dumps(art)) == art
    assert art.model_copy(deep=True) == art
    q.kind = "partial"  # assignment works; models are not frozen
    assert q.kind == "partial"
    assert art.model_dump(exclude_unset=True) == art.model_dump()
    with pytest.raises(AttributeError):
        _ = art.no_such_field  # type: ignore[attr-defined]
