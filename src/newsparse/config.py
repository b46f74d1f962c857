"""One config model for a parse, instead of a growing list of keyword arguments."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# Inputs larger than this are refused unless the user raises the limit: a 50 MB "article" is
# almost always a concatenated dump or a wrong file, and it would hold a worker for long.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ParseConfig(BaseModel):
    """How to parse: options that change the output, shared by the library and the CLI."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    explain: bool = Field(default=False, description="Record the rule that labelled each block.")
    encoding: str | None = Field(default=None, description="Force this codec for input bytes.")
    max_bytes: int = Field(
        default=DEFAULT_MAX_BYTES, ge=1, description="Refuse inputs larger than this many bytes."
    )
