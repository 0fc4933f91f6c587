"""Which files to read: the article files under the paths a user names, in a stable order."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from tui.config import Config
from tui.model import Skipped

#: Why a link is not read (``sources.follow_links: inside``, the default).
LINK_OUT = "is a symbolic link to a file outside the folders read (sources.follow_links: inside)"


def iter_source_files(
    paths: Iterable[str | Path], config: Config, roots: Iterable[str | Path] | None = None
) -> Iterator[Path | Skipped]:
    """Every file to read under ``paths``, in a stable order (sorted per folder).

    Folders are walked without following symbolic links to folders (so a link loop
    cannot trap the walk); a named path that does not exist is yielded as Skipped.

    ``roots`` are the folders read (default: ``paths``). A symbolic link to a file
    outside all of them is yielded as Skipped with its reason (:data:`LINK_OUT`), unless
    ``sources.follow_links`` is ``all``: a link in a story folder must not bring a
    private file into what is shown, exported and shared. A file named among ``roots``
    itself is read wherever it points: the user named it.
    """
    paths = list(paths)
    rule = _LinkRule(paths if roots is None else roots, config.sources.follow_links)
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield Skipped(str(p), "no such file or folder")
            continue
        found = _walk(p, config) if p.is_dir() else iter([(str(p), p.is_symlink())])
        for name, link in found:
            if name not in seen:
                seen.add(name)
                yield Skipped(name, LINK_OUT) if link and rule.refuses(name) else Path(name)


def _wanted(name: str, config: Config) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatch(low, pat.lower()) for pat in config.sources.include) and not any(
        fnmatch.fnmatch(low, pat.lower()) for pat in config.sources.exclude
    )


def _walk(folder: Path, config: Config) -> Iterator[tuple[str, bool]]:
    """(path, is a symbolic link) of the wanted files of ``folder`` (sorted), then of its
    sub-folders (sorted, with ``sources.recursive``); hidden names and links to folders
    are left out. (What a directory entry says of itself costs no system call.)"""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    folders = []
    for e in entries:
        if e.name.startswith("."):
            continue
        is_dir, link = _entry_kind(e)
        if is_dir:  # a link to a folder is neither walked nor read
            if config.sources.recursive and not link:
                folders.append(folder / e.name)
        elif _wanted(e.name, config):
            yield str(folder / e.name), link
    for sub in folders:
        yield from _walk(sub, config)


def _under(real: str, folders: list[str]) -> bool:
    return any(real == f or real.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def refuse_to_open(path: str, roots: Iterable[str | Path], follow_links: str) -> str | None:
    """Why the file at ``path`` is not to be opened in a pager or an editor, or None.

    It must be a regular file under the folders read (``roots``; a file among them
    stands for its folder). An article's path comes from outside when a ``.jsonl``
    shard gave it: it could name any file (``/etc/shadow``) in any way. Under
    ``sources.follow_links: all`` a path under the folders that links out is opened too.
    """
    try:
        st = os.stat(path)
    except OSError as e:
        return f"it cannot be found ({e.strerror or e})"
    if not stat.S_ISREG(st.st_mode):
        return "it is not a regular file"
    folders = [str(r) if os.path.isdir(r) else os.path.dirname(str(r)) or "." for r in roots]
    if _under(os.path.realpath(path), [os.path.realpath(f) for f in folders]):
        return None
    if follow_links == "all" and _under(
        os.path.abspath(path), [os.path.abspath(f) for f in folders]
    ):
        return None
    return "it is not a file under the folders read"


def _entry_kind(e: os.DirEntry) -> tuple[bool, bool]:
    """(a folder, or a link to one; a symbolic link) for a directory entry; an entry that
    cannot say (a link loop) is a file, and its reading says what is wrong."""
    try:
        link = e.is_symlink()
    except OSError:
        link = False
    try:
        return e.is_dir(), link
    except OSError:
        return False, link


class _LinkRule:
    """``sources.follow_links``: which symbolic links to files are read."""

    def __init__(self, roots: Iterable[str | Path], follow: str) -> None:
        self.follow_all = follow == "all"
        roots = [str(Path(r)) for r in roots]
        self.named = {r for r in roots if not os.path.isdir(r)}
        self.folders = [os.path.realpath(r) for r in roots if os.path.isdir(r)]

    def refuses(self, name: str) -> bool:
        """Whether not to read the symbolic link ``name``."""
        if self.follow_all or name in self.named:
            return False
        return not _under(os.path.realpath(name), self.folders)


def watched_changes(
    changed: Iterable[str], config: Config, roots: Iterable[str | Path]
) -> list[str]:
    """Of the paths a watch of ``roots`` reports changed, those that are the corpus's
    business: files the walk would list (a link out of the folders among them: the
    update skips it with its reason, as a load does)."""
    found = {
        str(f.path if isinstance(f, Skipped) else f)
        for f in iter_source_files(changed, config, roots)
        if not isinstance(f, Skipped) or f.reason == LINK_OUT
    }
    return [p for p in changed if p in found]
