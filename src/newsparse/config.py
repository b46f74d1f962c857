"""One config object for a parse, instead of a growing list of keyword arguments.

A frozen dataclass rather than a pydantic model: the CLI builds one per run from options click
has already checked, and a single-file run should not pay for pydantic's model machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

# Inputs larger than this are refused unless the user raises the limit: a 50 MB "article" is
# almost always a concatenated dump or a wrong file, and it would hold a worker for long.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseConfig:
    """How to parse: options that change the output, shared by the library and the CLI.

    >>> ParseConfig(max_bytes=0)
    Traceback (most recent call last):
    ...
    ValueError: max_bytes must be at least 1, not 0
    """

    explain: bool = False
    """Record the rule that labelled each block and quote."""
    encoding: str | None = None
    """Force this codec for input bytes instead of detecting it."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Refuse inputs larger than this many bytes."""

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise ValueError(f"max_bytes must be at least 1, not {self.max_bytes}")
