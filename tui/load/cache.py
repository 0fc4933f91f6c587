"""The per-article cache: extraction results on disk, keyed by everything that shapes them.

An entry holds one article as it left per-article extraction (before the corpus merge,
which always runs again), with the reader's hints, as MessagePack decoded by ``msgspec``
straight into the model's dataclasses with every field's type enforced (in C: a warm load
decodes tens of spans per article, and checking them field by field in Python would be
most of its time). Entries are not compressed: decompressing costs more than reading
the larger file (docs/performance.md). Its key is a SHA-256 over

- the file's bytes (at most ``limits.max_file_bytes`` + 1 of them) and its name (the name
  gives the id, and the extension helps decide the format);
- :data:`EXTRACTOR_VERSION`, ``tui.__version__`` and a fingerprint of the extraction code
  and data files (``tui/read``, ``tui/analysis``, the model and this package's per-file
  code), so an upgrade or a local edit never serves results of older code;
- the settings that change extraction: ``extraction`` (published, infer_dates, limits),
  the ``actors`` rules (an ignore rule drops names in each article), the config override
  that matches this file and the command line's ``--published``;
- the bytes of the file's fetch sidecar, when it has one (:mod:`tui.read.sidecar`).

Where: ``$STORYLINE_CACHE_DIR`` when set (tests use it), else the platform's user cache
folder (``platformdirs.user_cache_dir("storyline")``), under ``articles/``.

An entry is written to a temporary file and renamed into place, so a reader never sees
half of one. Reading never trusts an entry: one that cannot be read, decompressed or
decoded with the right types, that names another key, or whose article fails the checks
of :func:`tui.load.records.check_article` (offsets inside the body, span texts) is a miss,
and the fresh result replaces it. Any error while writing (a full disk, a read-only
folder) only costs the cache: loading goes on.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import stat
from dataclasses import asdict, is_dataclass, replace
from pathlib import Path
from typing import Any

from tui import __version__
from tui.config import Config
from tui.env import cache_dir
from tui.files import READ_FLAGS, read_fd
from tui.files import write_atomic as replace_file
from tui.load.inert import inert_article, inert_skipped
from tui.load.records import BadRecord, check_article
from tui.model import Article, Skipped
from tui.read import article_id
from tui.read.outlets import table_for
from tui.read.sidecar import sidecar_bytes

#: Bump when per-article extraction changes what it produces. (The code fingerprint
#: below catches edits too; this says so on purpose, e.g. for a change in a dependency.)
EXTRACTOR_VERSION = 2
#: The layout of an entry; a different one is a miss.
ENTRY_FORMAT = 4
SUFFIX = ".mpk"
#: Entries of earlier layouts: never read, but counted and removed by ``cache info/clear``.
OLD_SUFFIXES = (".zjson",)
#: An entry larger than this is not read (a real one is a few hundred kB at most).
MAX_ENTRY_BYTES = 256 * 1024 * 1024

_fingerprint: str | None = None


def code_fingerprint() -> str:
    """A hash of the code and data files that per-article extraction runs (once per process)."""
    global _fingerprint
    if _fingerprint is None:
        root = Path(__file__).resolve().parent.parent  # the tui package
        # the per-article code of this package: extraction, the rule for text from
        # outside, this cache, and the records (which check what an entry holds)
        files: list[Path] = [
            root / "model.py",
            root / "visible.py",
            root / "load" / "extract.py",
            root / "load" / "inert.py",
            Path(__file__).resolve(),
            root / "load" / "records.py",
        ]
        for sub in ("read", "analysis"):
            base = root / sub
            if base.is_dir():
                files.extend(
                    p
                    for p in sorted(base.rglob("*"))
                    if p.is_file()
                    and "__pycache__" not in p.parts
                    and p.suffix not in (".pyc", ".pyo")
                )
        h = hashlib.sha256()
        for p in files:
            try:
                data = p.read_bytes()
            except OSError:
                data = b"?"
            h.update(str(p.relative_to(root)).encode() + b"\0" + hashlib.sha256(data).digest())
        _fingerprint = h.hexdigest()
    return _fingerprint


def jsonable(v: Any) -> Any:
    if is_dataclass(v) and not isinstance(v, type):
        return jsonable(asdict(v))
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    return v


class KeyMaker:
    """Makes the cache key of one file's bytes under fixed settings."""

    def __init__(self, config: Config, published: _dt.date | None = None) -> None:
        self.config = config
        base = {
            "entry": ENTRY_FORMAT,
            "extractor": EXTRACTOR_VERSION,
            "storyline": __version__,
            "code": code_fingerprint(),
            "extraction": jsonable(config.extraction),
            "actors": jsonable(config.actors),
            "outlets": jsonable(getattr(config.sources, "outlets", [])),
            "published": published.isoformat() if published else None,
        }
        self._base = hashlib.sha256(json.dumps(base, sort_keys=True).encode()).digest()
        self.max_bytes = max(1, int(config.extraction.limits.max_file_bytes))
        self.outlets = table_for(config)

    def key(self, path: str | Path, data: bytes) -> str:
        """The key of ``data``, the bytes read from ``path``."""
        return self.key_of(path, len(data), content_digest(data))

    def key_of(self, path: str | Path, size: int, digest: bytes) -> str:
        """The key of a file at ``path`` whose bytes (``size`` of them) have ``digest``
        (:func:`content_digest`), as :class:`FileIndex` remembers them."""
        name = os.path.basename(path)
        ov = self.config.override_for(path) if self.config.sources.overrides else None
        h = hashlib.sha256(self._base)
        h.update(name.encode("utf-8", "surrogateescape") + b"\0")
        h.update(_NO_OVERRIDE if ov is None else _json_part(ov))
        # a folder may name the outlet ("bbc/…"): the one the path names counts
        named = self.outlets.for_path(path)
        h.update((named.name if named else "").encode() + b"\0")
        h.update(size.to_bytes(8, "little"))
        h.update(digest)
        # the reader uses a fetched page's sidecar (tui.read.sidecar): its bytes count too
        side = sidecar_bytes(path)
        if side is not None:
            h.update(b"sidecar\0" + hashlib.sha256(side).digest())
        return h.hexdigest()


def _json_part(v: Any) -> bytes:
    """``v`` as a part of a key: its JSON, keys sorted, and a NUL."""
    return json.dumps(jsonable(v), sort_keys=True).encode() + b"\0"


#: the key part of a file no override names (most files): the same bytes, made once
_NO_OVERRIDE = _json_part(None)


def cacheable(article: Article) -> bool:
    """Whether an extraction result may be kept: not when an extractor crashed (that may
    be a passing thing, such as memory) nor when the time limit cut it (that depends on
    how busy the machine was)."""
    return not any(w.startswith(("analysis failed", "analysis stopped")) for w in article.warnings)


def content_digest(data: bytes) -> bytes:
    """The SHA-256 of a file's bytes (what the cache key covers of its content)."""
    return hashlib.sha256(data).digest()


class FileIndex:
    """What the cache knows of the files of one set of opened paths: for each file, its
    status (device, inode, size, modification and change times in nanoseconds) when its
    bytes were last hashed, and that hash. Reopening a folder whose files are unchanged
    then makes every cache key without reading a byte of them (hashing every file's bytes
    again would be much of a warm load, and far more from a cold disk).

    A file is looked up by its path and its status; any difference (a write changes the
    modification time, a rename or ``touch -r`` the change time, a replaced file the
    inode) means it is read and hashed again. A status is only remembered when the file
    was last modified at least :data:`SETTLE_NS` before it was read, so a write within
    the same tick of a coarse file-system clock cannot go unseen (git's "racy" rule). The
    index only names bytes: the entry it leads to is checked as always, and writing a
    false index needs the same access as writing a false entry.

    Kept under ``files/<hash of the opened paths>.mpk`` (MessagePack, checked by type on
    reading: a damaged index is an empty one); the newest :data:`KEEP` are kept. Paths are
    kept as the bytes the file system gave (a name that is not UTF-8 is remembered too).
    """

    KEEP = 16
    SETTLE_NS = 2_000_000_000
    MAX_BYTES = 64 * 1024 * 1024

    def __init__(self, root: str | Path | None, paths: list[str], max_bytes: int = 0) -> None:
        self.root = Path(root) if root is not None else cache_dir()
        self.dir = self.root / "files"
        # the hash covers at most max_bytes of a file: another limit is another index
        name = hashlib.sha256(
            (f"{max_bytes}\0" + "\0".join(os.path.abspath(p) for p in paths)).encode(
                "utf-8", "surrogateescape"
            )
        )
        self.path = self.dir / (name.hexdigest() + SUFFIX)
        self.records: dict[bytes, tuple[int, int, int, int, int, int, bytes]] = {}
        self.fresh: dict[bytes, tuple[int, int, int, int, int, int, bytes]] = {}
        self.changed = False

    def load(self) -> FileIndex:
        import msgspec

        raw = read_bytes(self.path, self.MAX_BYTES)
        if raw is not None:
            try:
                self.records = msgspec.msgpack.decode(
                    raw, type=dict[bytes, tuple[int, int, int, int, int, int, bytes]]
                )
            except (msgspec.DecodeError, RecursionError, ValueError, TypeError, OverflowError):
                self.records = {}
        return self

    @staticmethod
    def _status(st: os.stat_result) -> tuple[int, int, int, int, int]:
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def lookup(self, path: str, st: os.stat_result) -> tuple[int, bytes] | None:
        """(size hashed, digest) of the file at ``path`` with status ``st``, when known."""
        key = os.fsencode(path)
        r = self.records.get(key)
        if r is None or r[:5] != self._status(st):
            return None
        self.fresh[key] = r
        return r[5], r[6]

    def remember(
        self, path: str, st: os.stat_result, size: int, digest: bytes, now_ns: int
    ) -> None:
        """Remember that the file at ``path``, with status ``st`` taken before it was read
        at ``now_ns`` (``time.time_ns()``), had ``size`` bytes hashed to ``digest``."""
        if st.st_mtime_ns > now_ns - self.SETTLE_NS:
            return
        self.fresh[os.fsencode(path)] = (*self._status(st), size, digest)
        self.changed = True

    def save(self) -> bool:
        """Write what this load saw (files no longer there are forgotten); False when it could
        not be."""
        if not self.changed and len(self.fresh) == len(self.records):
            try:
                os.utime(self.path)  # used now: the newest are kept, by use
            except OSError:
                pass
            return True
        import msgspec

        try:
            data = msgspec.msgpack.encode(self.fresh)
        except (TypeError, ValueError, OverflowError):
            return False
        ok = write_atomic(self.path, (data,))
        if ok:
            keep_newest(_index_files(self.root)[0], self.KEEP)
        return ok


def own_folder(folder: Path) -> bool:
    """Whether ``folder``, a sub-folder of the cache, is a folder of its own: not a
    symbolic link (listing, pruning and clearing never leave the cache folder)."""
    return folder.is_dir() and not folder.is_symlink()


def _index_files(root: str | Path | None) -> tuple[list[Path], Path]:
    folder = (Path(root) if root is not None else cache_dir()) / "files"
    if not own_folder(folder):
        return [], folder
    return [
        f
        for f in folder.iterdir()
        if f.name.endswith(SUFFIX) and f.is_file() and not f.is_symlink()
    ], folder


def file_indexes_info(root: str | Path | None = None) -> dict[str, Any]:
    """{"path", "entries", "bytes"} of the file indexes (:class:`FileIndex`)."""
    return entries_info(*_index_files(root))


def file_indexes_clear(root: str | Path | None = None) -> dict[str, Any]:
    """Remove every file index; {"path", "entries", "bytes"} of what was removed."""
    return remove_entries(*_index_files(root))


def keep_newest(files, keep: int) -> None:
    """Remove all but the ``keep`` most recently written of the entry ``files``."""
    entries = []
    for f in files:
        try:
            entries.append((f.stat().st_mtime, f))
        except OSError:
            continue
    entries.sort(reverse=True)
    for _, f in entries[keep:]:
        try:
            f.unlink()
        except OSError:
            pass


def _read_regular(path: str | Path, max_bytes: int, *, whole: bool = False) -> bytes | None:
    """At most ``max_bytes + 1`` bytes of the regular file at ``path``; None when it cannot
    be opened or read or is not a regular file, and with ``whole`` when it says it holds
    more than ``max_bytes`` (then nothing is read). (Read through a descriptor in a buffer of
    the file's size, :func:`tui.files.read_fd`: a warm load reads one cache entry per
    article, and ``f.read(max_bytes + 1)`` would allocate a buffer of the limit each time.)"""
    try:
        fd = os.open(path, READ_FLAGS)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (whole and st.st_size > max_bytes):
            return None
        return read_fd(fd, max_bytes, st.st_size)
    except OSError:
        return None
    finally:
        os.close(fd)


def read_source(path: str | Path, max_bytes: int) -> tuple[bytes, bool] | None:
    """At most ``max_bytes`` of a regular file and whether it was cut; None when it is not one.

    None sends the file down the reader's own path, which names the problem (a folder, a
    pipe, a broken link, no permission) in its skip reason.
    """
    data = _read_regular(path, max_bytes)
    if data is None:
        return None
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False


def write_atomic(target: Path, chunks) -> bool:
    """Write the byte ``chunks`` to ``target`` atomically, readable by this user only
    (:func:`tui.files.write_atomic`); False when it could not be."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, chunks, mode=0o600)
    except (OSError, ValueError, TypeError, RecursionError):
        return False
    return True


def read_bytes(path: str | Path, max_bytes: int) -> bytes | None:
    """The bytes of the regular file at ``path`` (a cache entry); None when it cannot be
    read, is not a regular file or is larger than ``max_bytes``."""
    data = _read_regular(path, max_bytes, whole=True)
    return data if data is not None and len(data) <= max_bytes else None


def entries_info(files, folder: Path) -> dict[str, Any]:
    """{"path", "entries", "bytes"} over the entry ``files`` (temporary files count in bytes
    only)."""
    entries = size = 0
    for f in files:
        try:
            size += f.stat().st_size
        except OSError:
            continue
        if not f.name.startswith(".tmp-"):
            entries += 1
    return {"path": str(folder), "entries": entries, "bytes": size}


def remove_entries(files, folder: Path) -> dict[str, Any]:
    """Delete the entry ``files``; {"path", "entries", "bytes"} of what was removed."""
    removed = size = 0
    for f in list(files):
        try:
            st = f.stat()
            f.unlink()
        except OSError:
            continue
        removed += 1
        size += st.st_size
    return {"path": str(folder), "entries": removed, "bytes": size}


_codecs: tuple[Any, Any] | None = None
_Entry: Any = None


def _codec() -> tuple[Any, Any]:
    """(encoder, decoder) of article entries, made on first use (msgspec is imported then)."""
    global _codecs, _Entry
    if _codecs is None:
        import msgspec

        class Entry(msgspec.Struct):
            """An entry: its layout, its key, and the article with its hints, or why the
            file gives no article (it is empty, binary, has no article text...)."""

            entry: int
            key: str
            article: Article | None = None
            skipped: str | None = None

        _Entry = Entry
        _codecs = (msgspec.msgpack.Encoder(), msgspec.msgpack.Decoder(Entry))
    return _codecs


class ArticleCache:
    """Entries under ``root/articles/<2 hex>/<key>.mpk``."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir()
        self.dir = self.root / "articles"
        self._dir = str(self.dir)

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / (key + SUFFIX)

    def get(self, key: str, path: str | Path) -> Article | Skipped | None:
        """The cached article for ``key``, renamed to ``path`` (or the reason the file was
        skipped); None on a miss or a bad entry."""
        import msgspec

        raw = read_bytes(os.path.join(self._dir, key[:2], key + SUFFIX), MAX_ENTRY_BYTES)
        if raw is None:
            return None
        try:
            entry = _codec()[1].decode(raw)
        except (msgspec.DecodeError, RecursionError, ValueError, TypeError, OverflowError):
            return None  # (msgspec.ValidationError is a DecodeError)
        if entry.entry != ENTRY_FORMAT or entry.key != key:
            return None
        article = entry.article
        if article is None:
            if entry.skipped is None:
                return None
            return inert_skipped(Skipped(str(path), entry.skipped))
        try:
            check_article(article)
        except BadRecord:
            return None
        # the key covers the name, so only the folder can differ; the id is made from
        # the name as when the file is read
        article.path = str(path)
        article.id = article_id(path)
        return inert_article(article, text=False)

    def put(self, key: str, article: Article) -> bool:
        """Store ``article`` under ``key`` (atomically); False when it could not be written.
        (Without its path: reading gives it the path it is read for, and a file name that
        is not UTF-8 cannot be written as text.)"""
        try:
            encoder, _ = _codec()
            data = encoder.encode(_Entry(ENTRY_FORMAT, key, replace(article, path="")))
        except (TypeError, ValueError, OverflowError, RecursionError):
            return False
        return write_atomic(self._path(key), (data,))

    def put_skipped(self, key: str, reason: str) -> bool:
        """Store that the file with ``key`` gives no article, and why; False when it could not
        be."""
        try:
            encoder, _ = _codec()
            data = encoder.encode(_Entry(ENTRY_FORMAT, key, None, reason))
        except (TypeError, ValueError, OverflowError, RecursionError):
            return False
        return write_atomic(self._path(key), (data,))

    def _entries(self):
        if not own_folder(self.dir):
            return
        for sub in sorted(self.dir.iterdir()):
            if sub.is_dir() and not sub.is_symlink() and len(sub.name) == 2:
                for f in sub.iterdir():
                    if (
                        f.name.endswith((SUFFIX, *OLD_SUFFIXES))
                        and f.is_file()
                        and not f.is_symlink()
                    ):
                        yield f

    def info(self) -> dict[str, Any]:
        """{"path", "entries", "bytes"} of the article cache."""
        return entries_info(self._entries() or (), self.dir)

    def clear(self) -> dict[str, Any]:
        """Remove every entry (and only cache entries: nothing else in the folder is touched)."""
        result = remove_entries(self._entries() or (), self.dir)
        if own_folder(self.dir):
            for sub in self.dir.iterdir():
                try:
                    if sub.is_dir() and not sub.is_symlink():
                        sub.rmdir()  # only when empty
                except OSError:
                    pass
        return result
