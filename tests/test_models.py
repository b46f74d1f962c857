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

from newsparse import ParseConfig, parse_text, record_bytes
from newsparse.models import (
    Article,
    Block,
    Byline,
    Caption,
    Cue,
    Dateline,
    Paragraph,
    Quote,
    Speaker,
    SpeakerEntry,
    article_from_record,
)
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


def _records(config: ParseConfig) -> list[dict[str, Any]]:
    # The samples through record_bytes: their records carry decoding warnings and encodings.
    recs = [record_bytes(p.read_bytes(), p.name, config=config) for p in SAMPLES]
    texts = [generate.sized_article(3000, s) for s in range(20)]
    texts += [generate.words_article(700, s) for s in range(10)]
    return recs + [parse_record(t, "x.txt", config=config) for t in texts]


@pytest.mark.parametrize("explain", [False, True])
def test_built_models_equal_validated_models(explain: bool) -> None:
    n_quotes = n_warnings = 0
    for rec in _records(ParseConfig(explain=explain)):
        validated = Article.model_validate(rec)
        built = article_from_record(rec)
        assert_same(built, validated)
        assert built == validated
        assert built.model_dump_json() == validated.model_dump_json()
        n_quotes += len(built.quotes)
        n_warnings += len(built.warnings)
    assert n_quotes > 50  # the comparison covered speakers and cues, not only empty lists
    assert n_warnings > 0


def test_building_leaves_the_record_unchanged() -> None:
    # The CLI builds the summary's models from a record it may also have written: building
    # must leave the record's own nesting (plain dicts) as it was.
    rec = parse_record(generate.sized_article(3000, 1))
    before = copy.deepcopy(rec)
    article_from_record(rec)
    assert rec == before
    assert all(type(q) is dict and type(q["speaker"]) in (dict, type(None)) for q in rec["quotes"])


def test_what_building_without_validation_assumes_holds() -> None:
    # _trusted does what model_construct does for models like ours: none of them may define
    # __new__, a post-init hook, private attributes or extra fields, or it would skip them.
    for cls in (Article, Block, Byline, Caption, Cue, Dateline, Paragraph, Quote, Speaker):
        assert cls.__new__ is object.__new__, cls
        assert cls.__pydantic_post_init__ is None, cls
        assert not cls.__private_attributes__, cls
        assert cls.model_config.get("extra") == "forbid", cls
    assert SpeakerEntry.__new__ is object.__new__ and not SpeakerEntry.__private_attributes__


def test_built_models_behave_as_pydantic_models() -> None:
    text = generate.sized_article(3000, 2)
    art, other = parse_text(text), parse_text(text)
    assert pickle.loads(pickle.dumps(art)) == art
    assert copy.deepcopy(art) == art and art.model_copy(deep=True) == art
    assert art.model_dump(exclude_unset=True) == art.model_dump()
    # Two parses share nothing a change could reach through.
    art.quotes[0].kind = "partial" if art.quotes[0].kind == "direct" else "direct"
    art.blocks[0].text = "changed"
    art.speakers[0].quotes.append(99)
    assert other == parse_text(text) and other != art


def test_the_shared_field_sets_refuse_changes_but_copies_take_them() -> None:
    # All the blocks built share one field set (see models._AllFields): a change to it would
    # reach every block of every article, so it is refused; pydantic's own copies are plain.
    art = parse_text(generate.sized_article(3000, 3))
    a, b = art.blocks[0], art.blocks[1]
    assert a.model_fields_set is b.model_fields_set
    with pytest.raises(TypeError, match="shared"):
        a.model_fields_set.discard("rule")
    with pytest.raises(TypeError, match="shared"):
        a.model_fields_set.add("not_a_field")
    with pytest.raises(TypeError, match="shared"):
        a.model_fields_set |= {"x"}
    assert b.model_fields_set == set(Block.model_fields)
    moved = a.model_copy(update={"text": "moved"})
    assert moved.text == "moved" and type(moved.model_fields_set) is set
    assert moved.model_fields_set == set(Block.model_fields)
    for clone in (copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a))):
        assert clone == a and type(clone.model_fields_set) is set
        clone.model_fields_set.discard("rule")
    assert a.model_fields_set == set(Block.model_fields)
    # A whole article pickled: its blocks come back with a set each, not one set for all.
    for whole in (pickle.loads(pickle.dumps(art)), copy.deepcopy(art)):
        assert whole == art
        whole.blocks[0].model_fields_set.discard("text")
        assert whole.blocks[1].model_fields_set == set(Block.model_fields)
        assert whole.blocks[1].model_dump(exclude_unset=True)["text"] == b.text


def test_source_must_be_a_string() -> None:
    class Name(str):
        pass

    with pytest.raises(TypeError):
        parse_text("Storm\nWinds rose.", Path("a.txt"))  # type: ignore[arg-type]
    art = parse_text("Storm\nWinds rose.", Name("a.txt"))
    assert type(art.source) is str and art.source == "a.txt"
    assert art == Article.model_validate(parse_record("Storm\nWinds rose.", "a.txt"))
