"""The output contract: pydantic models whose JSON is what `newsparse` prints.

Names and meanings here are fixed (jq scripts and ../shared/eval rely on them); fields may be
added, never renamed. Offsets are Python string indices into the decoded input text, so for
every span ``text == input[start:end]``.

The pipeline builds these models with ``model_construct`` from data it made itself (no second
validation on the hot path); ``Article.model_validate`` is there for anyone reading JSON back.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, TypeVar

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


_M = TypeVar("_M", bound="_Model")
_new = object.__new__
_setattr = object.__setattr__


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)

    _field_order: ClassVar[tuple[str, ...] | None] = None

    @classmethod
    def trusted(cls: type[_M], **values: Any) -> _M:
        """Build a model from data the pipeline made itself: no validation, no defaults.

        Why not ``model_construct``: it fills defaults and walks every field for aliases on
        each call, which made up a tenth of a parse (about 70 models an article). Here
        ``values`` must give every field; given in the declared order they become the model's
        ``__dict__`` as they are (the JSON keys follow that order), otherwise they are put in
        order first. Never use it on data from outside: nothing is checked.

        >>> a = Block.trusted(text="Hi", start=0, end=2, type="paragraph", rule=None)
        >>> b = Block.model_construct(type="paragraph", text="Hi", start=0, end=2, rule=None)
        >>> a == b and a.model_dump_json() == b.model_dump_json()
        True
        >>> Block.trusted(type="paragraph", rule=None, text="Hi", start=0, end=2) == b
        True
        >>> a.model_fields_set == b.model_fields_set
        True
        """
        order = cls._field_order
        if order is None:
            order = tuple(cls.model_fields)
            cls._field_order = order
        if tuple(values) != order:
            values = {k: values[k] for k in order}
        m = _new(cls)
        _setattr(m, "__dict__", values)
        _setattr(m, "__pydantic_fields_set__", set(order))
        _setattr(m, "__pydantic_extra__", None)
        _setattr(m, "__pydantic_private__", None)
        return m


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


def _span_model(cls: type[_M], d: dict[str, Any] | None) -> _M | None:
    return None if d is None else cls.trusted(**d)


def article_from_record(rec: dict[str, Any]) -> Article:
    """The Article model for a record made by ``pipeline.parse_record`` (trusted data: the
    record's keys already follow the models' field order, nothing is validated again)."""
    quotes = [
        Quote.trusted(
            **{
                **q,
                "speaker": _span_model(Speaker, q["speaker"]),
                "cue": _span_model(Cue, q["cue"]),
            }
        )
        for q in rec["quotes"]
    ]
    return Article.trusted(
        **{
            **rec,
            "byline": _span_model(Byline, rec["byline"]),
            "dateline": _span_model(Dateline, rec["dateline"]),
            "paragraphs": [Paragraph.trusted(**p) for p in rec["paragraphs"]],
            "quotes": quotes,
            "captions": [Caption.trusted(**c) for c in rec["captions"]],
            "speakers": [SpeakerEntry.trusted(**sp) for sp in rec["speakers"]],
            "blocks": [Block.trusted(**b) for b in rec["blocks"]],
        }
    )
