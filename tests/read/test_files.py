"""read_article on files: encodings, binary and unreadable files, limits, read-only access."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.config import Config, ExtractionConfig, LimitsConfig
from tui.files import read_fd
from tui.read import Unreadable, read_article

ARTICLE = (
    " date 2020-04-01\n\n"
    "The Taliban said on Wednesday they would send a “technical team” to Kabul.\n\n"
    "Officials said the talks would resume, and that prisoners would be freed.\n"
)


def _config(**limits) -> Config:
    return Config(extraction=ExtractionConfig(limits=LimitsConfig(**limits)))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("utf-16-le", b""),  # no BOM: found by the NUL pattern
        ("utf-16-be", b""),
    ],
)
def test_unicode_encodings(tmp_path, encoding, bom):
    a = read_article(_write(tmp_path, "a.txt", bom + ARTICLE.encode(encoding)))
    assert a.published == dt.date(2020, 4, 1)
    assert a.body.startswith(
        "The Taliban said on Wednesday they would send a “technical team” to Kabul."
    )
    assert "\ufeff" not in a.body and "\x00" not in a.body


def test_cp1252_smart_quotes(tmp_path):
    data = "He said \u201cwe will talk\u201d \u2014 and left.\n".encode("cp1252")
    a = read_article(_write(tmp_path, "a.txt", data))
    assert a.body == "He said “we will talk” — and left."
    assert any("Windows-1252" in w for w in a.warnings)


def test_latin1_fallback_warns(tmp_path):
    # 0x81 is undefined in Windows-1252: only Latin-1 decodes every byte
    data = b"Caf\xe9 owners met in Bogot\xe1 \x81 on Monday."
    a = read_article(_write(tmp_path, "a.txt", data))
    assert a.body.startswith("Café owners met in Bogotá")
    assert any("Latin-1" in w for w in a.warnings)


def test_mostly_utf8_with_stray_cp1252_bytes(tmp_path):
    data = "Kabul – the “talks” went on; ".encode() * 20 + b"and \x93then\x94 \x81 end."
    a = read_article(_write(tmp_path, "a.txt", data))
    assert "“talks”" in a.body and "and “then” \ufffd end." in a.body
    assert any("not valid UTF-8; read as Windows-1252" in w for w in a.warnings)


def test_html_meta_charset_is_honoured(tmp_path):
    html = '<html><head><meta charset="windows-1251"></head><body><p>Москва заявила, что переговоры продолжатся.</p></body></html>'
    a = read_article(_write(tmp_path, "a.html", html.encode("cp1251")))
    assert "Москва заявила" in a.body


@pytest.mark.parametrize(
    "data, declared, text, encoding",
    [
        ("<p>Привет</p>".encode("cp1251"), "windows-1251", "<p>Привет</p>", "cp1251"),
        ("<p>Café</p>".encode(), "iso-8859-1", "<p>Café</p>", "utf-8"),
        ("<p>Café</p>".encode("latin-1"), "iso-8859-1", "<p>Café</p>", "cp1252"),
        (
            '<meta charset="iso-8859-1"><p>Привет</p>'.encode("cp1251"),
            "windows-1251",
            '<meta charset="iso-8859-1"><p>Привет</p>',
            "cp1251",
        ),
        ("<p>Привет</p>".encode("cp1251"), "no-such-charset", "<p>Ïðèâåò</p>", "cp1252"),
        (
            '<meta charset="base64"><p>Café</p>'.encode("latin-1"),
            None,
            '<meta charset="base64"><p>Café</p>',
            "cp1252",
        ),
        ("<p>Café</p>".encode("latin-1"), "zlib", "<p>Café</p>", "cp1252"),
    ],
    ids=[
        "server-charset",
        "valid-utf8-wins",
        "latin1-as-browsers",
        "server-over-page",
        "unknown-ignored",
        "bytes-codec-in-page",
        "bytes-codec-from-server",
    ],
)
def test_declared_charset(data, declared, text, encoding):
    """The charset a server declared (a fetched page's sidecar) decides bytes that are not
    UTF-8, before the page's own; names of bytes-to-bytes codecs are not charsets."""
    from tui.read.decode import decode_bytes

    got, enc, _ = decode_bytes(data, html=True, declared=declared)
    assert (got, enc) == (text, encoding)


def test_crlf_and_cr_line_ends(tmp_path):
    data = b"First paragraph, here.\r\n\r\nSecond paragraph, there.\rStill second?\r\n"
    a = read_article(_write(tmp_path, "a.txt", data))
    assert "\r" not in a.body
    assert a.body.split("\n\n")[0] == "First paragraph, here."


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00" + bytes(100), "ZIP archive or Office document"),
        (b"GIF89a\x01\x00\x01\x00" + bytes(30), "GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(50), "JPEG image"),
    ],
)
def test_binary_files_are_named(tmp_path, data, kind):
    with pytest.raises(Unreadable) as e:
        read_article(_write(tmp_path, "picture.txt", data))
    assert str(e.value) == f"is a binary file ({kind})"


def test_nul_heavy_file_is_binary(tmp_path):
    data = bytes(range(256)) * 20
    with pytest.raises(Unreadable, match="is a binary file"):
        read_article(_write(tmp_path, "x.txt", data))


def test_empty_and_whitespace(tmp_path):
    with pytest.raises(Unreadable, match="^is empty$"):
        read_article(_write(tmp_path, "e.txt", b""))
    with pytest.raises(Unreadable, match="is empty"):
        read_article(_write(tmp_path, "w.txt", b"  \n\t\r\n  "))
    with pytest.raises(Unreadable, match="no text"):
        read_article(_write(tmp_path, "z.txt", "\u200b\u200b\ufeff".encode()))


def test_folder_and_missing(tmp_path):
    d = tmp_path / "x.html"
    d.mkdir()
    with pytest.raises(Unreadable, match="^is a folder$"):
        read_article(d)
    with pytest.raises(Unreadable, match="no longer exists"):
        read_article(tmp_path / "gone.txt")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path):
    p = _write(tmp_path, "secret.txt", b"Some text, that is.")
    p.chmod(0)
    try:
        with pytest.raises(Unreadable, match="^cannot be read: Permission denied$"):
            read_article(p)
    finally:
        p.chmod(0o644)


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(Unreadable):
        read_article(a)


def test_only_script_page_has_no_text(tmp_path):
    p = _write(
        tmp_path,
        "s.html",
        b"<html><head><script>var a = 1;</script></head><body><script>x()</script></body></html>",
    )
    with pytest.raises(Unreadable, match="no article text"):
        read_article(p)


# --------------------------------------------------------------------------- limits


def test_file_size_limit_cuts_and_warns(tmp_path):
    text = ("A sentence of the article, with a comma. " * 40 + "\n\n") * 50
    p = _write(tmp_path, "big.txt", text.encode())
    a = read_article(p, _config(max_file_bytes=5000))
    assert len(a.body) <= 5000
    assert any("larger than 5,000 bytes" in w for w in a.warnings)


def test_file_size_limit_does_not_split_a_character(tmp_path):
    p = _write(tmp_path, "big.txt", ("é" * 3000).encode())
    a = read_article(p, _config(max_file_bytes=1001))
    assert "\ufffd" not in a.body and not any("valid" in w for w in a.warnings)


def test_body_limit_cuts_at_a_paragraph(tmp_path):
    text = "\n\n".join(f"Paragraph number {i}, with some words in it." for i in range(200))
    a = read_article(_write(tmp_path, "a.txt", text.encode()), _config(max_body_chars=1000))
    assert len(a.body) <= 1000
    assert a.body.endswith("in it.")
    assert any("longer than 1,000 characters" in w for w in a.warnings)


def test_deep_html_does_not_hang(tmp_path):
    depth = 30_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep inside, the text is still read, he said.</p>"
        + "</div>" * depth
    )
    a = read_article(_write(tmp_path, "deep.html", html.encode()), _config(max_html_depth=200))
    assert "Deep inside, the text is still read" in a.body
    assert any("deeper than 200" in w for w in a.warnings)


def test_single_huge_line(tmp_path):
    line = ("word, " * 900_000).encode()  # ~5.4 MB on one line
    for name in ("huge.txt", "huge.md", "huge.html"):
        a = read_article(_write(tmp_path, name, line))
        assert a.body.startswith("word, word,")


# --------------------------------------------------------------------------- hostile characters


def test_control_characters_become_visible(tmp_path):
    data = "Title line\n\nHe said \x1b[31mred\x1b[0m and \u202eevil\u202c, then\x07 left \x85 now.\n".encode()
    a = read_article(_write(tmp_path, "a.txt", data))
    assert (
        "\x1b" not in a.body
        and "\u202e" not in a.body
        and "\x07" not in a.body
        and "\x85" not in a.body
    )
    assert "␛[31mred␛[0m" in a.body
    assert "⟨U+202E⟩evil⟨U+202C⟩" in a.body
    assert "⟨U+0085⟩" in a.body
    assert any("control character" in w for w in a.warnings)


def test_controls_in_html_title_and_captions(tmp_path):
    html = (
        "<html><head><title>Bad \x1b]0;pwned\x07 title</title></head><body><article>"
        "<h1>Bad \x1b]0;pwned\x07 title</h1><figure><img src=x><figcaption>A caption \x1b[2J here. "
        "(AP Photo/Someone)</figcaption></figure>"
        + "<p>The article text, with commas, goes on for a while here.</p>" * 5
        + "</article></body></html>"
    )
    a = read_article(_write(tmp_path, "a.html", html.encode()))
    for field in [a.title, a.body, *a.captions]:
        assert "\x1b" not in field and "\x07" not in field
    assert "␛]0;pwned␇" in a.title


# --------------------------------------------------------------------------- read-only


def test_source_file_is_not_changed(tmp_path):
    p = _write(tmp_path, "a.md", b"# Title here\n\nBy Jane Doe\n\nSome text, here and there.\n")
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    p.chmod(0o444)
    read_article(p)
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a.md"]


def test_permission_denied_reason_even_as_root(tmp_path, monkeypatch):
    import errno

    p = _write(tmp_path, "secret.txt", b"Some text, that is.")
    real_open = os.open

    def denied(path, flags, *a, **k):
        if str(path) == str(p):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(Unreadable) as e:
        read_article(p)
    assert str(e.value) == "cannot be read: Permission denied"


def test_file_opened_read_only(tmp_path, monkeypatch):
    p = _write(tmp_path, "a.txt", b"Some text, that is.")
    seen = []
    real_open = os.open

    def spy(path, flags, *a, **k):
        seen.append(flags)
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(os, "open", spy)
    read_article(p)
    assert seen and all(
        f & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND) == 0 for f in seen
    )


def test_fifo_is_refused_without_blocking(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    f = tmp_path / "pipe.txt"
    os.mkfifo(f)
    with pytest.raises(Unreadable, match="not a regular file"):
        read_article(f)


def test_text_dense_with_escape_sequences_is_text_not_binary(tmp_path):
    data = ("\x1b]0;title\x07\x1b[31mred\x1b[0m \x1b]52;c;aGk=\x07 " * 20).encode()
    a = read_article(_write(tmp_path, "hostile.txt", data))
    assert "\x1b" not in a.body and "␛]0;title␇" in a.body


def test_xml_declared_encoding(tmp_path):
    html = '<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>Caf\u00e9 owners met in Bogot\u00e1, officials said on Monday.</p></body></html>'
    a = read_article(_write(tmp_path, "a.xhtml", html.encode("latin-1")))
    assert "Café owners met in Bogotá" in a.body


def test_id_is_the_stem_and_path_is_as_given(tmp_path, monkeypatch):
    _write(tmp_path, "My Article.v2.txt", b"Some text, here.")
    monkeypatch.chdir(tmp_path)
    a = read_article("./My Article.v2.txt")
    assert a.id == "My Article.v2" and a.path == "./My Article.v2.txt"


# --------------------------------------------------------------------------- read_fd


@settings(max_examples=200, deadline=None)
@given(
    data=st.binary(max_size=3000),
    max_bytes=st.integers(min_value=0, max_value=3500),
    hint=st.integers(min_value=-1, max_value=4000),
)
def test_read_fd_reads_to_the_end_up_to_one_byte_over_the_limit(
    tmp_path_factory, data, max_bytes, hint
):
    # whatever fstat said (a file that grew or shrank since, a /proc file that says 0,
    # no size at all): the whole file, or max_bytes + 1 of it so the caller sees it is over
    p = tmp_path_factory.mktemp("fd") / "f"
    p.write_bytes(data)
    fd = os.open(p, os.O_RDONLY)
    try:
        got = read_fd(fd, max_bytes, hint)
    finally:
        os.close(fd)
    assert got == data[: max_bytes + 1]


def test_read_fd_reads_a_file_bigger_than_one_chunk(tmp_path):
    data = os.urandom((1 << 20) * 2 + 123)
    p = _write(tmp_path, "big.bin", data)
    fd = os.open(p, os.O_RDONLY)
    try:
        assert read_fd(fd, len(data) + 10, 5) == data  # the hint far below the truth
    finally:
        os.close(fd)


def test_read_fd_asks_the_file_size_first_not_the_limit(tmp_path, monkeypatch):
    # what the descriptor reads ask for: the size (+1) first, never the limit
    p = _write(tmp_path, "a.txt", b"x" * 100)
    asked = []
    real = os.read

    def spy(fd, n):
        asked.append(n)
        return real(fd, n)

    monkeypatch.setattr(os, "read", spy)
    fd = os.open(p, os.O_RDONLY)
    try:
        assert read_fd(fd, 256 * 1024 * 1024, 100) == b"x" * 100
    finally:
        os.close(fd)
    assert asked[0] == 101 and max(asked) <= 1 << 20
