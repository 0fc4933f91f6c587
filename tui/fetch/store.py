"""Saving fetched pages into a story folder, never over an existing file, and knowing
what the folder already holds from earlier fetches (their sidecars).

A page is written to a hidden temporary file, its sidecar is created (``O_EXCL``), and
the page is then linked to its name (a hard link fails rather than replace a file), so
a folder being watched never shows a page without its sidecar, nor half a page. Where
hard links are not supported the page is created with ``O_EXCL`` and written.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.fetch.urls import same_page_key
from tui.read.sidecar import KIND, SUFFIX, VERSION, parse_sidecar, sidecar_bytes, sidecar_path

__all__ = ["FolderIndex", "Saved", "save_page", "sidecar_json"]

#: how many sidecars of a folder are read to find earlier fetches
MAX_SIDECARS = 100_000
_NO_LINK = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV, errno.ENOSYS}


@dataclass
class Saved:
    """A page in the folder and its sidecar's fields."""

    path: Path
    meta: dict[str, Any]


def sidecar_json(meta: dict[str, Any]) -> bytes:
    """A sidecar's bytes (ASCII JSON, so no byte of it can act on a terminal)."""
    return (
        json.dumps({"storyline": KIND, "version": VERSION, **meta}, indent=1, ensure_ascii=True)
        + "\n"
    ).encode("ascii")


def _create(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``; FileExistsError when anything is there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        os.unlink(path)
        raise
    os.close(fd)


def _place(page: Path, body: bytes) -> None:
    """Put ``body`` at ``page`` whole, or raise FileExistsError when the name is taken."""
    tmp = page.with_name(f".{page.name}.part-{secrets.token_hex(4)}")
    _create(tmp, body)
    try:
        os.link(tmp, page)
    except OSError as e:
        if isinstance(e, FileExistsError) or e.errno not in _NO_LINK:
            raise
        _create(page, body)
    finally:
        os.unlink(tmp)


def save_page(folder: Path, stem: str, ext: str, body: bytes, meta: dict[str, Any]) -> Path:
    """Save ``body`` as ``folder/stem{ext}`` (or ``stem (2){ext}`` ... when the name is
    taken by a page or a sidecar) with its sidecar; the path saved."""
    for n in range(1, 10_000):
        page = folder / (f"{stem}{ext}" if n == 1 else f"{stem} ({n}){ext}")
        side = sidecar_path(page)
        if os.path.lexists(page) or os.path.lexists(side):
            continue
        try:
            _create(side, sidecar_json(meta))
        except FileExistsError:
            continue
        try:
            _place(page, body)
        except FileExistsError:
            os.unlink(side)
            continue
        except BaseException:
            os.unlink(side)
            raise
        return page
    raise OSError(errno.EEXIST, f"no free name for {stem}{ext}")


class FolderIndex:
    """The pages an earlier ``storyline fetch`` saved in a folder (those whose page is
    still there), by the addresses they were fetched from; thread-safe."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock = threading.Lock()
        self._by_url: dict[str, list[Saved]] = {}
        self._by_canonical: dict[str, Saved] = {}
        self._scan()

    def _scan(self) -> None:
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return
        for name in [n for n in names if n.startswith(".") and n.endswith(SUFFIX)][:MAX_SIDECARS]:
            page = self.folder / name[1 : -len(SUFFIX)]
            raw = sidecar_bytes(page) if page.is_file() else None
            meta = parse_sidecar(raw) if raw is not None else None
            if meta is not None:
                self.add(page, meta)

    def add(self, page: Path, meta: dict[str, Any]) -> None:
        saved = Saved(page, meta)
        for key in {same_page_key(u) for u in (meta.get("url"), meta.get("final_url")) if u}:
            self._by_url.setdefault(key, []).append(saved)
        for address in (meta.get("canonical_url"), meta.get("final_url")):
            if address:
                self._by_canonical.setdefault(same_page_key(address), saved)

    def latest(self, url: str) -> Saved | None:
        """The newest page fetched from ``url`` (asked, or reached after redirects)."""
        found = self._by_url.get(same_page_key(url), [])
        return max(found, key=lambda s: s.meta.get("fetched_at", ""), default=None)

    def same_page(self, canonical: str | None) -> Saved | None:
        """A page whose canonical or final address is ``canonical``."""
        return self._by_canonical.get(same_page_key(canonical)) if canonical else None
