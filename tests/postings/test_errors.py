"""Bad input gives a ParseError that names the file and says why; good encodings are decoded."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from bot.postings.errors import ParseError
from bot.postings.parse import parse_bytes, parse_file, parse_text

GOOD = "Data Analyst Intern\nResponsibilities\n- Build dashboards in SQL\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "empty"),
        (b"Data Analyst\x00\x01\x02 Intern", "binary"),
        (b"Data Analyst Intern \xff\xfe\xfa broken", "not UTF-8"),
        (b"{ this is not json", "invalid JSON"),
        (b'{"@type": "Organization", "name": "Acme"}', "no schema.org JobPosting"),
        (b"the quick brown fox jumps over the lazy dog and keeps running along the river bank.", "title"),
        (b"<html><head><script>var a = 1;</script></head><body></body></html>", "empty"),
    ],
    ids=[
        "empty",
        "whitespace",
        "binary",
        "bad-utf8",
        "invalid-json",
        "json-without-posting",
        "no-title",
        "empty-html",
    ],
)
def test_bad_bytes_raise_parse_error_with_reason(data: bytes, reason: str) -> None:
    name = "feed.json" if b"{" in data[:2] else "bad.txt"
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, source=name)
    assert caught.value.source == name
    assert reason in caught.value.reason
    assert name in str(caught.value)


def test_too_large_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(GOOD.encode() * 100)
    with pytest.raises(ParseError, match="larger than 500 bytes"):
        parse_file(path, max_bytes=500)
    with pytest.raises(ParseError, match="larger than"):
        parse_bytes(GOOD.encode() * 100, source="huge.txt", max_bytes=500)


def test_missing_file_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot read") as caught:
        parse_file(tmp_path / "gone.txt")
    assert caught.value.source == "gone.txt"


def test_parse_text_refuses_whitespace_and_nul() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_text(" \n\u200b\n ", source="blank.txt")
    with pytest.raises(ParseError, match="binary"):
        parse_text("Data Analyst\x00Intern", source="nul.txt")


def test_parse_error_survives_pickling() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(ParseError("a.txt", "file is empty")))
    assert (error.source, error.reason) == ("a.txt", "file is empty")


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
        codecs.BOM_UTF8 + GOOD.encode("utf-8"),
        GOOD.replace("\n", "\r\n").encode("utf-8"),
        GOOD.replace("Analyst", "Ana\u200blyst").encode("utf-8"),
    ],
    ids=["utf16-le-bom", "utf16-be-bom", "utf8-bom", "crlf", "zero-width"],
)
def test_encodings_and_line_endings_are_normalised(data: bytes) -> None:
    posting = parse_bytes(data, source="ok.txt")
    assert posting.title == "Data Analyst Intern"
    assert "\r" not in posting.text and "\u200b" not in posting.text and "\ufeff" not in posting.text
    assert posting.content_hash == hashlib.sha256(data).hexdigest()
    assert posting.responsibilities[0].text == "Build dashboards in SQL"


def test_parse_text_hashes_its_text_when_no_hash_is_given() -> None:
    posting = parse_text(GOOD, source="ok.txt")
    assert posting.content_hash == hashlib.sha256(GOOD.encode()).hexdigest()
    assert parse_text(GOOD, source="ok.txt", content_hash="abc").content_hash == "abc"
