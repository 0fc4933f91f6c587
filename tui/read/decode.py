"""Bytes -> text: refuse binary files, detect the encoding, never crash on bad bytes.

Order of decisions:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. known binary signatures (PNG, JPEG, GIF, PDF, ZIP, ...) are refused with their name;
3. NUL bytes in a regular pattern mean UTF-16 or UTF-32 without a BOM; NUL bytes in any
   other pattern, or many control bytes, mean a binary file;
4. valid UTF-8 is UTF-8; the charset the web server declared (``declared``: the HTTP
   Content-Type of a fetched page, from its sidecar), then the charset an HTML page
   declares, is honoured when the bytes are not UTF-8; UTF-8 with a few broken bytes keeps
   its text (broken bytes become U+FFFD); otherwise Windows-1252 when every byte is defined
   there (it is what "smart quotes" from Word are), and Latin-1 as the last resort (every
   byte decodes). The last three add a warning.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["BinaryFile", "binary_kind", "decode_bytes"]


class BinaryFile(Exception):
    """The bytes are not text; ``str(e)`` names what they look like."""


# (signature, offset, what it is)
# (bzip2's "BZh" is left out: it can start a word; the NUL bytes in such files give them away)
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive or Office document"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\x7fELF", 0, "program (ELF)"),
    (b"\xca\xfe\xba\xbe", 0, "Java class or Mach-O program"),
    (b"\xcf\xfa\xed\xfe", 0, "Mach-O program"),
    (b"\x00asm", 0, "WebAssembly module"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"OggS", 0, "Ogg audio/video"),
    (b"fLaC", 0, "FLAC audio"),
    (b"ID3\x02", 0, "MP3 audio"),
    (b"ID3\x03", 0, "MP3 audio"),
    (b"ID3\x04", 0, "MP3 audio"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"\x00\x00\x01\x00", 0, "icon image"),
    (b"wOFF", 0, "web font"),
    (b"wOF2", 0, "web font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Office document"),
    (b"ftyp", 4, "MP4/QuickTime video"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 8192
# Bytes that rarely occur in text: C0 controls other than TAB, LF, VT, FF, CR, and ESC and
# BEL (terminal escape sequences pasted into text use those two; they are shown, not refused).
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (7, 9, 10, 11, 12, 13, 27))
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_META_CHARSET_RE = re.compile(
    rb"""(?:<meta[^>]{0,300}?charset|<\?xml[^>]{0,100}?encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
    re.I,
)


_MIXED = "storyline-utf8-cp1252"


def _cp1252_fallback(e: UnicodeError) -> tuple[str, int]:
    assert isinstance(e, UnicodeDecodeError)  # the handler is only ever used to decode
    return e.object[e.start : e.end].decode("cp1252", errors="replace"), e.end


codecs.register_error(_MIXED, _cp1252_fallback)


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ("PNG image"), "" for unnamed binary, None for text."""
    head = data[:64]
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    if head[4:12] == b"ftypisom" or head[4:8] == b"ftyp":
        return "MP4/QuickTime video"
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[head[8:12]]
    for sig, off, name in _SIGNATURES:
        if head[off : off + len(sig)] == sig:
            return name
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        if _utf16_guess(sample) is None and _utf32_guess(sample) is None:
            return ""
        return None  # UTF-16/32 text without a byte-order mark
    if sample:
        controls = sum(sample.count(bytes([c])) for c in _CONTROL_BYTES)
        if controls > max(8, len(sample) // 10):
            return ""
    return None


def _utf32_guess(sample: bytes) -> str | None:
    n = len(sample) // 4
    if n < 2:
        return None
    le = sum(
        1
        for i in range(0, n * 4, 4)
        if sample[i + 2] == 0 and sample[i + 3] == 0 and sample[i] != 0
    )
    be = sum(
        1
        for i in range(0, n * 4, 4)
        if sample[i] == 0 and sample[i + 1] == 0 and sample[i + 3] != 0
    )
    if le >= 0.9 * n:
        return "utf-32-le"
    if be >= 0.9 * n:
        return "utf-32-be"
    return None


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has NUL in every other byte."""
    n = len(sample) // 2
    if n < 2:
        return None
    even = sample[0 : n * 2 : 2]
    odd = sample[1 : n * 2 : 2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    if zeros_odd >= 0.6 * n and zeros_even <= 0.05 * n:
        return "utf-16-le"
    if zeros_even >= 0.6 * n and zeros_odd <= 0.05 * n:
        return "utf-16-be"
    return None


def _valid_codec(name: str) -> str | None:
    try:
        info = codecs.lookup(name.decode("ascii", "ignore") if isinstance(name, bytes) else name)
    except LookupError:
        return None
    # bytes-to-bytes codecs ("base64", "zlib", "hex") are not charsets: decoding with them fails
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_bytes(
    data: bytes, *, html: bool = False, truncated: bool = False, declared: str | None = None
) -> tuple[str, str, list[str]]:
    """Decode ``data``; return ``(text, encoding, warnings)``. Raises BinaryFile.

    ``truncated`` says the bytes were cut at a size limit, so a multi-byte character
    may be split at the end (that is not an encoding error). ``declared``: the charset
    the server sent the bytes with, if known.
    """
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if truncated and enc.startswith(("utf-16", "utf-32")):
                unit = 2 if enc.startswith("utf-16") else 4
                body = body[: len(body) - len(body) % unit]
            text = body.decode(enc, errors="replace")
            if "\ufffd" in text and not truncated:
                warnings.append(f"some bytes were not valid {enc.upper()} and show as \ufffd")
            return text, enc, warnings
    kind = binary_kind(data)
    if kind is not None:
        raise BinaryFile(kind)
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        guess = _utf32_guess(sample) or _utf16_guess(sample)
        if guess:
            unit = 4 if guess.startswith("utf-32") else 2
            body = data[: len(data) - len(data) % unit]
            text = body.decode(guess, errors="replace")
            warnings.append(f"read as {guess.upper()} (no byte-order mark)")
            return text, guess, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as e:
        if truncated and e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            return data[: e.start].decode("utf-8", errors="replace"), "utf-8", warnings
    labels = [declared] if declared else []
    if html:
        m = _META_CHARSET_RE.search(data[:4096])
        if m:
            labels.append(m.group(1).decode("ascii", "ignore"))
    for label in labels:
        codec = _valid_codec(label[:40])
        if codec and codec not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
            if codec in ("latin-1", "iso8859-1", "ascii"):
                codec = "cp1252"  # what browsers do with these labels (WHATWG)
            return data.decode(codec, errors="replace"), codec, warnings
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if good >= 3 * bad and bad <= max(1, len(text) // 100):
        # UTF-8 with a few stray Windows-1252 bytes (text pasted together from two
        # sources): each stray byte is read as Windows-1252, the rest as UTF-8
        text = data.decode("utf-8", errors=_MIXED)
        warnings.append(f"{bad} byte(s) were not valid UTF-8; read as Windows-1252")
        return text, "utf-8", warnings
    if not any(bytes([b]) in data for b in _CP1252_UNDEFINED):
        warnings.append("was not UTF-8; read as Windows-1252")
        return data.decode("cp1252"), "cp1252", warnings
    warnings.append("was not UTF-8; read as Latin-1 (some characters may be wrong)")
    return data.decode("latin-1"), "latin-1", warnings
