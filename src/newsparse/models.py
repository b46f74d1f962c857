"""The output contract: pydantic models whose JSON is what `newsparse` prints.

Names and meanings here are fixed (jq scripts and ../shared/eval rely on them); fields may be
added, never renamed. Offsets are Python string indices into the decoded input text, so for
every span ``text == input[start:end]``.

The CLI writes the pipeline's plain records as JSON and never builds these models; the library
API (parse_text, parse_path) builds them from the same records (article_from_record).
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from newsparse.schema_version import SCHEMA_VERSION

BlockType = Literal[
    "headline",
    "standfirst",
    "byline",
    "dateline",
    "timestamp",
    "paragraph",
    "subheading",
    "caption",
    "credit",
    "boilerplate",
    "embed",
    "unclassified",
]
BLOCK_TYPES: tuple[str, ...] = BlockType.__args__  # type: ignore[attr-defined]

QuoteKind = Literal["direct", "partial"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)

    def __getstate__(self) -> dict[Any, Any]:
        # The models article_from_record builds share their field set (see _AllFields), and
        # pickle would keep it shared: each instance unpickles with a set of its own instead.
        state = super().__getstate__()
        state["__pydantic_fields_set__"] = set(state["__pydantic_fields_set__"])
        return state


_M = TypeVar("_M", bound=_Model)


class Span(_Model):
    """A stretch of the input: ``input[start:end] == text``."""

    text: str = Field(description="The text exactly as it stands in the input.")
    start: int = Field(ge=0, description="Start offset (Python str index) in the decoded input.")
    end: int = Field(ge=0, description="End offset (exclusive) in the decoded input.")


class Block(Span):
    """One non-blank input line and what it is."""

    type: BlockType = Field(description="What the line is.")
    rule: str | None = Field(
        default=None, description="The rule that labelled the line (only with --explain)."
    )


class Byline(Span):
    """The byline line, with the author names cleaned of 'By', outlets and dates."""

    authors: list[str] = Field(default_factory=list, description="Clean author names.")


class Dateline(Span):
    """A wire dateline ('MADRID —', 'KABUL, Sept 6 (Reuters) -', '(CNN) —')."""

    location: str | None = Field(default=None, description="The place, if the dateline names one.")
    agency: str | None = Field(default=None, description="The agency, if the dateline names one.")


class Paragraph(Span):
    """A body paragraph, in reading order."""

    index: int = Field(ge=0, description="Position among the paragraphs, from 0.")


class Speaker(Span):
    """Who said a quote: the mention as written, and the person or body it names."""

    name: str | None = Field(
        default=None,
        description="The person or body named, without titles ('Zabihullah Mujahid'); for a "
        "pronoun, the most recent compatible named speaker.",
    )
    role: str | None = Field(
        default=None, description="Title or role given with the name ('chief spokesman')."
    )


class Cue(Span):
    """The speech verb or phrase that ties a quote to its speaker ('said', 'according to')."""


class Quote(Span):
    """One contiguous quoted stretch, quotation marks included."""

    kind: QuoteKind = Field(
        description="'direct' for a quoted statement, 'partial' for a few quoted words "
        "inside a sentence."
    )
    speaker: Speaker | None = Field(default=None, description="Who said it; null if unknown.")
    cue: Cue | None = Field(default=None, description="The speech verb; null if none.")
    paragraph: int | None = Field(
        default=None, description="Index into `paragraphs` of the paragraph holding the quote."
    )
    rule: str | None = Field(
        default=None, description="The rule that attributed the quote (only with --explain)."
    )


class Caption(Span):
    """A caption or credit line, with the credit pulled out ('(Photograph:AFP)' -> 'AFP')."""

    credit: str | None = Field(default=None, description="Who the image is credited to.")


class SpeakerEntry(_Model):
    """One speaker of the article and the quotes attributed to them."""

    name: str = Field(description="The speaker's name as used across the article.")
    role: str | None = Field(default=None, description="The fullest role given for them.")
    quotes: list[int] = Field(default_factory=list, description="Indices into `quotes`.")


class Article(_Model):
    """Everything newsparse found in one article."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema.")
    source: str | None = Field(
        default=None, description="The input path as given, '-' for stdin, null for a string."
    )
    encoding: str = Field(default="utf-8", description="How the input bytes were decoded.")
    headline: str | None = Field(default=None, description="The headline, if there is one.")
    standfirst: str | None = Field(
        default=None, description="The summary line(s) between headline and body, if any."
    )
    byline: Byline | None = Field(default=None, description="The byline, if any.")
    dateline: Dateline | None = Field(
        default=None, description="The wire dateline opening the body, if any."
    )
    paragraphs: list[Paragraph] = Field(default_factory=list, description="The body, in order.")
    quotes: list[Quote] = Field(default_factory=list, description="Quoted stretches, in order.")
    captions: list[Caption] = Field(
        default_factory=list, description="Caption and credit lines, in order."
    )
    speakers: list[SpeakerEntry] = Field(
        default_factory=list, description="Each speaker and the indices of their quotes."
    )
    blocks: list[Block] = Field(
        default_factory=list,
        description="Every non-blank input line, in order, exactly once, with its type.",
    )
    warnings: list[str] = Field(
        default_factory=list, description="Things a user should know about this input."
    )


class QuoteRow(_Model):
    """One row of `--format quotes`: one quote, flat, for counting who gets quoted."""

    source: str | None
    quote_index: int
    paragraph: int | None
    kind: QuoteKind
    speaker: str | None
    speaker_text: str | None
    role: str | None
    cue: str | None
    text: str
    start: int
    end: int


# Building the models from a record: the record's dicts become the models' own ``__dict__``, as
# ``BaseModel.model_construct`` does, without pydantic-core re-validating data the pipeline made
# itself (issue 5: "models built from trusted internal data without re-validation"). Measured on
# 3 KB articles: 118-145 us an article validated, 84-90 us built so. Each field set holds every
# field, as validation of a full record leaves it; tests/test_models.py holds the result equal
# to ``Article.model_validate`` of the same record, field sets included.
# object.__new__ is what cls.__new__ finds (no model defines its own), without the look-up.
_new = object.__new__
_setattr = object.__setattr__


class _AllFields(set[str]):
    """Every field name of one model class: the ``__pydantic_fields_set__`` that all the
    instances article_from_record builds of that class share.

    Why shared: a set of its own per instance was a 216-byte container to allocate, track and
    free for every block and paragraph; sharing one cut a 10 MB article's parse_text from 1,239
    to 1,088 ms (same process, interleaved rounds; a 3 KB article's moved within the noise).
    pydantic only ever adds to the set a field name being assigned, which is in it already;
    anything else would change every instance's set at once, so it is refused. Copies (pydantic
    copies the set in model_copy, copy.copy and copy.deepcopy) and pickles are plain sets.

    >>> names = _AllFields({"text", "start"})
    >>> names.add("text")
    >>> names.discard("text")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: the field set of a model built by newsparse is shared: change ...
    >>> import copy
    >>> type(copy.copy(names)).__name__
    'set'
    """

    __slots__ = ()

    def _refuse(self, *args: object) -> Any:
        raise TypeError(
            "the field set of a model built by newsparse is shared: change "
            "set(model.model_fields_set) instead"
        )

    def add(self, name: str) -> None:
        if name not in self:
            self._refuse()

    discard = remove = pop = clear = _refuse
    update = difference_update = intersection_update = symmetric_difference_update = _refuse
    __ior__ = __iand__ = __isub__ = __ixor__ = _refuse

    def __copy__(self) -> set[str]:
        return set(self)

    def __reduce__(self) -> tuple[type[set[str]], tuple[list[str]]]:
        return (set, (list(self),))


def _trusted(cls: type[_M], values: dict[str, Any], fields: _AllFields) -> _M:
    m = _new(cls)
    _setattr(m, "__dict__", values)
    _setattr(m, "__pydantic_fields_set__", fields)
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    return m


_FIELDS: dict[type[_Model], _AllFields] = {}


def _fields(cls: type[_Model]) -> _AllFields:
    f = _FIELDS.get(cls)
    if f is None:
        f = _FIELDS[cls] = _AllFields(cls.model_fields)
    return f


def article_from_record(rec: dict[str, Any]) -> Article:
    """The Article model for a record made by ``pipeline.parse_record``, built without
    re-validation (see ``_trusted``). The models take over the record's innermost dicts as
    their fields, not copies (copying them cost a third of the build): the record may still be
    read afterwards (the CLI's summary does), but not changed, nor built into models twice.

    >>> from newsparse.pipeline import parse_record
    >>> a = article_from_record(parse_record('Storm\\n"We are ready," the mayor said on Monday.'))
    >>> (a.headline, a.quotes[0].speaker.text if a.quotes[0].speaker else None)
    ('Storm', 'the mayor')
    """
    from newsparse.pipeline import cycle_collector_paused

    with cycle_collector_paused():
        return _article(rec)


def _article(rec: dict[str, Any]) -> Article:
    block, para, cap = _fields(Block), _fields(Paragraph), _fields(Caption)
    quote, speaker, cue = _fields(Quote), _fields(Speaker), _fields(Cue)
    entry = _fields(SpeakerEntry)
    d = dict(rec)
    # The blocks and paragraphs first: the record made them last (see pipeline._record).
    d["blocks"] = [_trusted(Block, b, block) for b in rec["blocks"]]
    d["paragraphs"] = [_trusted(Paragraph, p, para) for p in rec["paragraphs"]]
    quotes = []
    for q in rec["quotes"]:
        q = dict(q)
        if q["speaker"] is not None:
            q["speaker"] = _trusted(Speaker, q["speaker"], speaker)
        if q["cue"] is not None:
            q["cue"] = _trusted(Cue, q["cue"], cue)
        quotes.append(_trusted(Quote, q, quote))
    d["quotes"] = quotes
    d["captions"] = [_trusted(Caption, c, cap) for c in rec["captions"]]
    d["speakers"] = [
        _trusted(SpeakerEntry, {**s, "quotes": list(s["quotes"])}, entry) for s in rec["speakers"]
    ]
    d["warnings"] = list(rec["warnings"])
    if rec["byline"] is not None:
        by = rec["byline"]
        d["byline"] = _trusted(Byline, {**by, "authors": list(by["authors"])}, _fields(Byline))
    if rec["dateline"] is not None:
        d["dateline"] = _trusted(Dateline, rec["dateline"], _fields(Dateline))
    return _trusted(Article, d, _fields(Article))
