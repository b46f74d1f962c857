"""newsparse: label every line of a plain-text news article and pull out its quotes.

>>> from newsparse import parse_text
>>> parse_text("Dam opens\\nThe new dam opened on Friday, the ministry said.").headline
'Dam opens'
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsparse.config import ParseConfig
from newsparse.errors import InputError, NewsparseError
from newsparse.normalize import decode, path_text
from newsparse.pipeline import cycle_collector_paused, parse_record

if TYPE_CHECKING:
    from newsparse.models import Article

__version__ = "0.1.0"
__all__ = [
    "Article",
    "InputError",
    "NewsparseError",
    "ParseConfig",
    "__version__",
    "parse_bytes",
    "parse_path",
    "parse_record",
    "parse_text",
    "record_bytes",
    "record_path",
]


def __getattr__(name: str) -> Any:
    # The pydantic models load on first use: a CLI run that only writes JSON never needs them.
    if name == "Article":
        from newsparse.models import Article

        return Article
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")


def _article(rec: dict[str, Any]) -> Article:
    from newsparse.models import article_from_record

    return article_from_record(rec)


# Each parse_* below pauses the cycle collector once for parsing and model building together:
# paused twice, the collector woke in between and walked the whole fresh record (6% of the time
# of a 10 MB article went to two such walks, 2.6% of a 10 KB one's to one).


def parse_text(
    text: str, source: str | None = None, *, config: ParseConfig | None = None
) -> Article:
    """Parse an article given as a string. Offsets index ``text``."""
    with cycle_collector_paused():
        return _article(parse_record(text, source, config=config))


def parse_bytes(
    data: bytes, source: str | None = None, *, config: ParseConfig | None = None
) -> Article:
    """Decode bytes (UTF-8, UTF-16 by BOM, or detected) and parse them.

    Raises InputError for empty, binary, oversized or undecodable input.
    """
    with cycle_collector_paused():
        return _article(record_bytes(data, source, config=config))


def record_bytes(
    data: bytes, source: str | None = None, *, config: ParseConfig | None = None
) -> dict[str, Any]:
    """``parse_bytes`` as a plain record (what the CLI writes as JSON)."""
    config = config or ParseConfig()
    if len(data) > config.max_bytes:
        raise InputError(
            f"the input is {len(data):,} bytes, over the limit of {config.max_bytes:,}",
            "raise it with --max-bytes if this really is one article",
        )
    dec = decode(data, config.encoding)
    return parse_record(
        dec.text, source, config=config, encoding=dec.encoding, warnings=dec.warnings
    )


def parse_path(path: str | Path, *, config: ParseConfig | None = None) -> Article:
    """Read and parse one file; ``source`` is the path as given (bytes of the name that are
    not UTF-8 written as ``\\xNN``, so the JSON stays valid)."""
    with cycle_collector_paused():
        return _article(record_path(path, config=config))


def record_path(path: str | Path, *, config: ParseConfig | None = None) -> dict[str, Any]:
    """``parse_path`` as a plain record (what the CLI writes as JSON)."""
    config = config or ParseConfig()
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", "check the path") from None
    if size > config.max_bytes:
        raise InputError(
            f"the file is {size:,} bytes, over the limit of {config.max_bytes:,}",
            "raise it with --max-bytes if this really is one article",
        )
    try:
        # Read at most one byte past the limit: a pipe or a device (/dev/zero) has no size to
        # check beforehand, and must not fill the memory.
        with p.open("rb") as fh:
            data = fh.read(config.max_bytes + 1)
    except IsADirectoryError:
        raise InputError("is a directory", "give newsparse the folder as an input") from None
    except OSError as exc:
        raise InputError(
            f"cannot read: {exc.strerror or exc}", "check the file's permissions"
        ) from None
    if len(data) > config.max_bytes:
        raise InputError(
            f"the input is over the limit of {config.max_bytes:,} bytes",
            "raise it with --max-bytes if this really is one article",
        )
    return record_bytes(data, path_text(str(path)), config=config)
