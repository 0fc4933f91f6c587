"""The sidecar that ``storyline fetch`` leaves beside each page it saves.

A page ``DIR/www.upi.com - Title.html`` has its sidecar
``DIR/.www.upi.com - Title.html.fetch.json``: a small JSON object with where the page came
from (the URL asked, the final URL after redirects), when, and the HTTP facts about it
(status, content type and charset, ``Last-Modified``, ``ETag``, content encoding), the size
and SHA-256 of the bytes saved, and the page's title and canonical URL as read at fetch time.

The name starts with a dot, so the folder walk never takes it for an article (hidden
files are always left out, whatever ``sources.include`` says) and ``storyline DIR/*``
does not name it either. The reader uses a sidecar only when its SHA-256 is that of the
page's bytes (a page replaced by hand keeps no stale metadata): the final URL stands for
the page's address when the page names none, and the charset the server declared helps
decode a page whose bytes are not UTF-8. ``tui.fetch`` writes sidecars; every other part
of Storyline only reads them.

Everything in a sidecar came from the network: it is read with a size limit, checked
field by field (text fields are strings of bounded length, URLs are http(s) without
control characters or spaces), and anything else is dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

__all__ = ["SUFFIX", "fetched_meta", "good_url", "parse_sidecar", "sidecar_bytes", "sidecar_path"]

SUFFIX = ".fetch.json"
#: What a sidecar says it is (``"storyline": "fetch"``) and the layout it has.
KIND, VERSION = "fetch", 1
#: A real sidecar is well under 4 kB.
MAX_BYTES = 64 * 1024
#: Fields kept from a sidecar: name -> longest value (text fields).
TEXT_FIELDS = {
    "url": 4000,
    "final_url": 4000,
    "canonical_url": 4000,
    "fetched_at": 40,
    "content_type": 200,
    "charset": 40,
    "encoding": 40,
    "last_modified": 100,
    "etag": 300,
    "content_encoding": 100,
    "title": 1000,
    "sha256": 64,
}
URL_FIELDS = ("url", "final_url", "canonical_url")


def sidecar_path(page: str | Path) -> Path:
    """Where the sidecar of ``page`` is (beside it, hidden)."""
    p = Path(page)
    return p.with_name("." + p.name + SUFFIX)


def sidecar_bytes(page: str | Path) -> bytes | None:
    """The raw bytes of ``page``'s sidecar, or None when there is none (or it cannot be
    read, or is not a regular file, or is larger than :data:`MAX_BYTES`)."""
    folder, name = os.path.split(os.fspath(page))
    path = os.path.join(folder, "." + name + SUFFIX)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        # asked for every file of every load: access() says "none" without the cost of
        # a failed open's exception (or of a lookup through pathlib)
        if not os.access(path, os.F_OK, follow_symlinks=False):
            return None
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        import stat

        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
            return None
        from tui.files import read_fd

        data = read_fd(fd, MAX_BYTES, st.st_size)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= MAX_BYTES else None


def good_url(value: Any) -> bool:
    """An absolute http(s) URL without spaces or control characters, of bounded length."""
    if not isinstance(value, str) or not 8 <= len(value) <= 4000:
        return False
    if not value[:8].lower().startswith(("http://", "https://")):
        return False
    return value.isprintable() and not any(c.isspace() for c in value)


def parse_sidecar(data: bytes) -> dict[str, Any] | None:
    """The checked fields of a sidecar's bytes, or None when they are not a sidecar."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or raw.get("storyline") != KIND or raw.get("version") != VERSION:
        return None
    out: dict[str, Any] = {}
    for name, longest in TEXT_FIELDS.items():
        v = raw.get(name)
        if isinstance(v, str) and len(v) <= longest:
            out[name] = v
    for name in URL_FIELDS:
        if name in out and not good_url(out[name]):
            del out[name]
    for name in ("status", "bytes"):
        v = raw.get(name)
        if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 1 << 53:
            out[name] = v
    return out if "url" in out and "sha256" in out else None


def fetched_meta(page: str | Path, data: bytes) -> dict[str, Any] | None:
    """The sidecar of ``page`` when it describes exactly ``data`` (the page's bytes)."""
    raw = sidecar_bytes(page)
    meta = parse_sidecar(raw) if raw is not None else None
    if meta is None or meta["sha256"] != hashlib.sha256(data).hexdigest():
        return None
    return meta
