"""Decoding: every encoding people save articles in, and never a byte replaced silently."""

from __future__ import annotations

import codecs

import pytest

from newsparse import InputError, parse_bytes
from newsparse.normalize import decode, split_lines

ARTICLE = (
    "Café owners fear the new tax\n"
    "By Zoë Müller\n"
    "\n"
    "The owners of the café on the square said the tax would cost them dearly.\n"
    "“We will close,” said Renée Dubois, who runs the café. ‘It is over.’\n"
)


def _spans_index(text: str, data: bytes, **kw: object) -> None:
    art = parse_bytes(data, **kw)  # type: ignore[arg-type]
    for b in art.blocks:
        assert text[b.start : b.end] == b.text
    for q in art.quotes:
        assert text[q.start : q.end] == q.text


def test_utf8_plain() -> None:
    dec = decode(ARTICLE.encode("utf-8"))
    assert (dec.text, dec.encoding, dec.warnings) == (ARTICLE, "utf-8", [])


def test_utf8_bom_is_removed_and_offsets_index_the_text_without_it() -> None:
    data = codecs.BOM_UTF8 + ARTICLE.encode("utf-8")
    assert decode(data).text == ARTICLE
    _spans_index(ARTICLE, data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = ARTICLE.encode(codec)
    if codec != "utf-16":
        bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    dec = decode(data)
    assert dec.text == ARTICLE
    assert dec.encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_found_by_its_nul_pattern(codec: str) -> None:
    dec = decode(ARTICLE.encode(codec))
    assert dec.text == ARTICLE
    assert dec.encoding == codec
    assert any("byte-order mark" in w for w in dec.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_ascii_utf16_without_bom_is_not_read_as_utf8_with_nuls(codec: str) -> None:
    text = "Bridge opens\nThe council opened the bridge on Friday, officials said.\n"
    assert decode(text.encode(codec)).text == text


def test_utf16_truncated_is_an_error_not_a_guess() -> None:
    with pytest.raises(InputError, match="invalid utf-16"):
        decode(ARTICLE.encode("utf-16")[:-1])


def test_utf32_bom() -> None:
    assert decode(ARTICLE.encode("utf-32")).text == ARTICLE


def test_windows_1252_with_crlf_decodes_and_offsets_index_the_decoded_text() -> None:
    text = ARTICLE.replace("\n", "\r\n").replace("“", '"').replace("”", '"')
    text = text.replace("‘", "\u2018").replace("’", "\u2019")
    data = text.encode("cp1252")
    dec = decode(data)
    assert dec.text == text  # every byte kept: CRLF, curly quotes, accents
    assert dec.encoding == "cp1252"
    assert dec.warnings  # detection is announced
    art = parse_bytes(data)
    assert art.encoding == "cp1252"
    assert art.warnings
    _spans_index(text, data)


def test_latin1_decodes_without_losing_a_byte() -> None:
    text = "Señor Núñez visits Zürich\nThe mayor, Señor Núñez, said the visit went well.\n"
    dec = decode(text.encode("latin-1"))
    assert dec.text == text
    assert dec.encoding in ("cp1252", "latin-1", "iso8859_1", "iso8859_15", "cp1250")


def test_forced_encoding() -> None:
    text = "Ça va\nLe ministre a déclaré que tout allait bien.\n"
    dec = decode(text.encode("cp1252"), "cp1252")
    assert dec.text == text
    assert dec.warnings == []


def test_forced_encoding_that_does_not_fit_names_the_byte() -> None:
    with pytest.raises(InputError, match=r"cannot decode as utf-8 \(byte 1"):
        decode(b"a\xffb", "utf-8")


@pytest.mark.parametrize("codec", ["no-such-codec", "rot13", "base64"])
def test_unknown_or_non_text_codec_is_refused(codec: str) -> None:
    with pytest.raises(InputError, match="encoding"):
        decode(b"Hello", codec)


def test_damaged_utf8_is_an_error_not_mojibake() -> None:
    """A UTF-8 file with one stray byte must not be re-read as a Windows codepage."""
    data = ARTICLE.encode("utf-8") + b"And then \xff happened.\n"
    with pytest.raises(InputError, match=r"invalid UTF-8 at byte \d+ \(line 6"):
        decode(data)


def test_invalid_bytes_are_never_replaced() -> None:
    for data in [b"Caf\xe9 owners\nThe owners said it was over.\n", b"\x93Hi\x94\nBody.\n"]:
        text = decode(data).text
        assert "\ufffd" not in text
        assert text.encode(decode(data).encoding) == data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"text\x00with\x00nul\x00bytes\x00\xff\xfe", "NUL"),
        (b"Hello\x00 world, this looks like text but is not.", "NUL"),
        (bytes(range(1, 9)) * 40, "control characters"),
    ],
)
def test_non_text_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)


def test_a_few_control_characters_are_kept_as_text() -> None:
    text = "Headline\x0c\nBody text said the minister on Friday.\x1b\n"
    assert decode(text.encode()).text == text


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_line_endings_and_offsets(ending: str) -> None:
    text = ending.join(["Headline here", "", "  Body line one.  ", "Body line two."]) + ending
    lines = split_lines(text)
    assert [t for _, _, t in lines] == ["Headline here", "Body line one.", "Body line two."]
    for s, e, t in lines:
        assert text[s:e] == t


def test_mixed_line_endings() -> None:
    text = "Headline\r\nFirst line.\rSecond line.\nThird line.\r\n\r\nFourth.\n\r"
    assert [t for _, _, t in split_lines(text)] == [
        "Headline",
        "First line.",
        "Second line.",
        "Third line.",
        "Fourth.",
    ]
    _spans_index(text, text.encode())
