"""Addresses: which ones are fetched, how two are compared, and URL lists in files."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tui.read.sidecar import good_url

__all__ = ["BadURL", "check_url", "host_of", "read_url_list", "same_page_key"]

#: The schemes Storyline fetches; anything else (file:, ftp:, data:, javascript:) is refused.
SCHEMES = ("http", "https")


class BadURL(ValueError):
    """Not an address Storyline fetches; ``str(e)`` says why ("is ...", "has ...")."""


def check_url(url: str) -> str:
    """``url`` without its fragment, when it is an absolute http(s) address with a host;
    raises :class:`BadURL` otherwise."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port that is not a number
    except ValueError as e:
        raise BadURL(f"is not a valid address ({e})") from None
    if parts.scheme.lower() not in SCHEMES:
        shown = f"is a {parts.scheme}: address" if parts.scheme else "is not an absolute address"
        raise BadURL(f"{shown}; only http and https addresses are fetched")
    if not parts.hostname:
        raise BadURL("has no host name")
    if port == 0:
        raise BadURL("has port 0")
    clean = urlunsplit(parts._replace(fragment=""))
    if not good_url(clean):
        raise BadURL("holds spaces or control characters, or is too long")
    return clean


def host_of(url: str) -> str:
    """The host name of an address (lowercase), "" when it has none."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def same_page_key(url: str) -> str:
    """A form of ``url`` under which addresses of one page compare equal: lowercase scheme
    and host, no default port, no fragment, "/" for an empty path."""
    try:
        p = urlsplit(url)
        port = p.port
    except ValueError:
        return url
    scheme = p.scheme.lower()
    host = (p.hostname or "").rstrip(".")
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, p.path or "/", p.query, ""))


def read_url_list(path: str | Path, max_bytes: int = 10_000_000) -> list[tuple[int, str]]:
    """(line number, address) for each address in a list file: one a line; blank lines
    and lines starting with ``#`` are left out, and so is a `` #`` comment after an
    address. Raises OSError when the file cannot be read, ValueError when it is too big
    or not text."""
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"is larger than {max_bytes:,} bytes")
    if b"\0" in data:
        raise ValueError("is not a text file")
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for sep in (" #", "\t#"):
            if sep in line:
                line = line.split(sep, 1)[0].strip()
        out.append((number, line))
    return out
