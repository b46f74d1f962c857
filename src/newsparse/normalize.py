"""Decoding bytes into text, and splitting text into lines, without changing a character.

Why there is no text fixing here: every offset newsparse reports must index the decoded input
(``input[start:end] == text``). So nothing is rewritten: curly quotes, no-break spaces and CRLF
stay as they are, and the passes read them as they are. Decoding is the one transformation,
and it is reported in ``Article.encoding``.

>>> decode(b"\\xef\\xbb\\xbfHello").text
'Hello'
>>> decode("caf\\u00e9".encode("utf-16")).encoding
'utf-16'
>>> [text for _, _, text in split_lines("a\\r\\n\\r\\n  b \\rc")]
['a', 'b', 'c']
>>> path_text("caf\\udce9.txt")
'caf\\\\xe9.txt'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from newsparse.errors import InputError

# Signatures of common binary formats people end up feeding a text tool (a scraped image, a
# PDF saved as .txt, a zipped dump). Checked before any decoding so the message can say what
# the file is rather than "cannot decode".
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)

_LINE = re.compile(r"[^\r\n]+")

# Control characters that never occur in text (everything below U+0020 except tab, LF, VT, FF,
# CR, plus DEL). A file where they are common is binary even without a NUL byte or a known
# signature; a few stray ones (a form feed, an escape left by a terminal) are kept as text.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
CONTROL_SHARE = 0.05


@dataclass
class Decoded:
    """Decoded text, the codec that decoded it, and anything worth telling the user."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text leaves every other byte NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    n = len(even)
    if odd.count(0) > 0.6 * n and even.count(0) < 0.05 * n:
        return "utf-16-le"
    if even.count(0) > 0.6 * n and odd.count(0) < 0.05 * n:
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode an article's bytes.

    UTF-8 (a BOM is removed) or UTF-16 by its BOM; then UTF-16 without a BOM when the NUL
    pattern shows it; otherwise the encoding is detected with charset-normalizer and a warning
    says so. ``encoding`` forces a codec. Bytes are never dropped or replaced: what cannot be
    decoded raises InputError with a hint.
    """
    if encoding is not None:
        check_encoding(encoding)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"cannot decode as {encoding} (byte {exc.start}: {exc.reason})",
                "drop --encoding to let newsparse detect it, or give the right one",
            ) from None
        if text.startswith("\ufeff"):
            text = text[1:]
        return _check_text(Decoded(text, encoding.lower()))
    if not data:
        raise InputError("the file is empty", "nothing to parse; remove it or fill it")
    for sig, what in BINARY_SIGNATURES:
        if data.startswith(sig):
            raise InputError(f"this is {what}, not text", "give newsparse plain-text articles")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    # UTF-32's little-endian BOM begins with UTF-16's, so it is tested first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(data, "utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    # ASCII text in UTF-16 is valid UTF-8 with a NUL after every letter: look for that first.
    utf16 = _looks_utf16(data) if b"\x00" in data else None
    if utf16:
        dec = _strict(data, utf16)
        dec.warnings.append(f"no byte-order mark; decoded as {utf16} from its NUL pattern")
        return dec
    try:
        return _check_text(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        # Valid multi-byte UTF-8 before the bad byte means a damaged UTF-8 file, not another
        # encoding: guessing a codepage here would turn every accent into mojibake.
        if any(b >= 0x80 for b in data[: exc.start]):
            line = data.count(b"\n", 0, exc.start) + 1
            raise InputError(
                f"invalid UTF-8 at byte {exc.start} (line {line}: {exc.reason}), "
                "though the text before it is UTF-8",
                "repair the file, or pass --encoding if it is not UTF-8",
            ) from None
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), not text", "give newsparse plain-text articles")
    return _detect(data)


def _strict(data: bytes, codec: str) -> Decoded:
    try:
        return _check_text(Decoded(data.decode(codec), codec))
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid {codec} (byte {exc.start}: {exc.reason})",
            "re-save the file as UTF-8, or pass --encoding",
        ) from None


# Characters Windows-1252 text is made of besides ASCII: the accented letters of Western
# European languages and the typographic punctuation word processors put in.
_WESTERN = re.compile(
    r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2018\u2019\u201a\u201c\u201d\u201e"
    r"\u2013\u2014\u2026\u2022\u20ac\u2122\u00ab\u00bb\u00a1\u00bf\u00b0\u00a3\u00a7\u00a9"
    r"\u00ae\u00aa\u00ba\u00b7\u00a0\u00b4]"
)


def _as_western(data: bytes) -> str | None:
    """The bytes as Windows-1252 if every non-ASCII character that gives is a Western letter
    or typographic mark; None otherwise (then the bytes are likely another codepage)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for ch in text:
        if ord(ch) >= 0x80 and not _WESTERN.match(ch):
            return None
    return text


def _detect(data: bytes) -> Decoded:
    """Decode bytes that are neither UTF-8 nor UTF-16.

    Windows-1252 first, when it reads as Western European text: on short articles detectors
    often pick a neighbouring codepage (cp1250, cp1257) that turns "ñ" into "ń". Otherwise
    charset-normalizer decides. Either way a warning names the codec.
    """
    text = _as_western(data)
    if text is not None:
        codec = "cp1252"
    else:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            raise InputError(
                "not UTF-8, and its encoding could not be detected",
                "pass --encoding (e.g. --encoding cp1252)",
            )
        codec = best.encoding
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            raise InputError(
                f"not UTF-8, and it does not decode as the detected {codec}",
                "pass --encoding (e.g. --encoding cp1252)",
            ) from None
    return _check_text(
        Decoded(text, codec, [f"not UTF-8; detected {codec} (use --encoding to force one)"])
    )


def _check_text(dec: Decoded) -> Decoded:
    text = dec.text
    if not text.strip():
        raise InputError("the file has no text (only whitespace)", "nothing to parse")
    if "\x00" in text:
        raise InputError("binary data (NUL characters), not text", "give plain-text articles")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > CONTROL_SHARE * len(sample):
        raise InputError(
            "binary data (many control characters), not text", "give plain-text articles"
        )
    return dec


def check_encoding(encoding: str) -> None:
    """Raise InputError unless ``encoding`` names a text codec Python knows.

    >>> check_encoding("rot13")
    Traceback (most recent call last):
    ...
    newsparse.errors.InputError: 'rot13' is not a text encoding: give one such as utf-8 or cp1252
    """
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}", "give a codec Python knows, e.g. cp1252"
        ) from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"{encoding!r} is not a text encoding", "give one such as utf-8 or cp1252")


def path_text(path: str) -> str:
    """A path as text that can go into JSON: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) are written as ``\\xNN`` escapes instead of crashing the
    JSON encoder. Other names come back unchanged."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def split_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each non-blank line, stripped of surrounding whitespace.

    Lines end at \\n, \\r\\n or \\r; ``text == input[start:end]``.
    """
    out = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        out.append((start, start + len(stripped), stripped))
    return out
