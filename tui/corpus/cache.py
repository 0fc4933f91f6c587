"""The per-article cache: extraction results on disk, keyed by everything that shapes them.

An entry holds one article as it left per-article extraction (before the corpus merge,
which always runs again): ``Article.to_dict()`` plus the reader's hints, as zlib-compressed
JSON. Its key is a SHA-256 over

- the file's bytes (at most ``limits.max_file_bytes`` + 1 of them) and its name (the name
  gives the id, and the extension helps decide the format);
- :data:`EXTRACTOR_VERSION`, ``tui.__version__`` and a fingerprint of the extraction code
  and data files (``tui/read``, ``tui/analysis``, the model and this package's per-file
  code), so an upgrade or a local edit never serves results of older code;
- the settings that change extraction: ``extraction`` (published, infer_dates, limits),
  the ``actors`` rules (an ignore rule drops names in each article), the config override
  that matches this file and the command line's ``--published``.

Where: ``$STORYLINE_CACHE_DIR`` when set (tests use it), else the platform's user cache
folder (``platformdirs.user_cache_dir("storyline")``), under ``articles/``.

An entry is written to a temporary file and renamed into place, so a reader never sees
half of one. Reading never trusts an entry: one that cannot be read, decompressed or
parsed, that names another key, or whose article fails the checks of
:func:`tui.corpus.records.article_from_record` (types, offsets inside the body, span texts)
is a miss, and the fresh result replaces it. Any error while writing (a full disk, a
read-only folder) only costs the cache: loading goes on.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import inspect
import json
import os
import zlib
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from tui.config import Config
from tui.model import Article

#: Bump when per-article extraction changes what it produces. (The code fingerprint
#: below catches edits too; this says so on purpose, e.g. for a change in a dependency.)
EXTRACTOR_VERSION = 2
#: The layout of an entry; a different one is a miss.
ENTRY_FORMAT = 1
ENV_DIR = "STORYLINE_CACHE_DIR"
SUFFIX = ".zjson"
#: An entry larger than this is not read (a real one is a few hundred kB at most).
MAX_ENTRY_BYTES = 256 * 1024 * 1024

_fingerprint: str | None = None


def cache_dir() -> Path:
    """The cache's root folder (it may not exist yet)."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("storyline", appauthor=False))


def code_fingerprint() -> str:
    """A hash of the code and data files that per-article extraction runs (once per process)."""
    global _fingerprint
    if _fingerprint is None:
        root = Path(__file__).resolve().parent.parent  # the tui package
        files: list[Path] = [root / "model.py", root / "corpus" / "__init__.py", Path(__file__).resolve()]
        for sub in ("read", "analysis"):
            base = root / sub
            if base.is_dir():
                files.extend(
                    p for p in sorted(base.rglob("*")) if p.is_file() and "__pycache__" not in p.parts
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


def _jsonable(v: Any) -> Any:
    if is_dataclass(v) and not isinstance(v, type):
        return _jsonable(asdict(v))
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    return v


class KeyMaker:
    """Makes the cache key of one file's bytes under fixed settings."""

    def __init__(self, config: Config, published: _dt.date | None = None) -> None:
        from tui import __version__

        self.config = config
        base = {
            "entry": ENTRY_FORMAT,
            "extractor": EXTRACTOR_VERSION,
            "storyline": __version__,
            "code": code_fingerprint(),
            "extraction": _jsonable(config.extraction),
            "actors": _jsonable(config.actors),
            "published": published.isoformat() if published else None,
        }
        self._base = hashlib.sha256(json.dumps(base, sort_keys=True).encode()).digest()
        self.max_bytes = max(1, int(config.extraction.limits.max_file_bytes))

    def key(self, path: str | Path, data: bytes) -> str:
        p = Path(path)
        ov = self.config.override_for(p)
        h = hashlib.sha256(self._base)
        h.update(p.name.encode("utf-8", "surrogateescape") + b"\0")
        h.update(json.dumps(_jsonable(ov), sort_keys=True).encode() + b"\0")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
        return h.hexdigest()


def read_source(path: str | Path, max_bytes: int) -> tuple[bytes, bool] | None:
    """At most ``max_bytes`` of a regular file and whether it was cut; None when it is not one.

    None sends the file down the reader's own path, which names the problem (a folder, a
    pipe, a broken link, no permission) in its skip reason.
    """
    import stat

    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False


def _json_chunks(record: dict[str, Any]):
    """``record`` as JSON text in pieces: a top-level list (or a generator) item by item, so
    that a big entry (a corpus merge) is never one string in memory."""
    def dumps(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    yield "{"
    for n, (k, v) in enumerate(record.items()):
        yield ("," if n else "") + dumps(str(k)) + ":"
        if isinstance(v, list) or inspect.isgenerator(v):
            yield "["
            for i, item in enumerate(v):
                yield ("," if i else "") + dumps(item)
            yield "]"
        else:
            yield dumps(v)
    yield "}"


def write_entry(target: Path, record: dict[str, Any]) -> bool:
    """Write ``record`` as zlib-compressed JSON to ``target`` atomically (a temporary file
    renamed into place, so a reader never sees half of it); False when it could not be.
    Top-level lists may be generators: they are written as they are produced."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                z = zlib.compressobj(1)
                buf: list[str] = []
                size = 0
                for chunk in _json_chunks(record):
                    buf.append(chunk)
                    size += len(chunk)
                    if size > 1 << 20:
                        f.write(z.compress("".join(buf).encode("utf-8")))
                        buf, size = [], 0
                f.write(z.compress("".join(buf).encode("utf-8")))
                f.write(z.flush())
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except (OSError, ValueError, TypeError, RecursionError):
        return False
    return True


def read_entry(path: Path, max_bytes: int = MAX_ENTRY_BYTES) -> Any:
    """The JSON value of the compressed entry at ``path``; None when there is none or it
    cannot be read, is larger than ``max_bytes``, or is not compressed JSON (the caller
    checks what it holds)."""
    try:
        with open(path, "rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError:
        return None
    if len(raw) > max_bytes:
        return None
    try:
        return json.loads(zlib.decompress(raw))
    except (zlib.error, ValueError, RecursionError):
        return None


def entries_info(files, folder: Path) -> dict[str, Any]:
    """{"path", "entries", "bytes"} over the entry ``files`` (temporary files count in bytes only)."""
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


class ArticleCache:
    """Entries under ``root/articles/<2 hex>/<key>.zjson``."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else cache_dir()
        self.dir = self.root / "articles"

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / (key + SUFFIX)

    def get(self, key: str, path: str | Path) -> Article | None:
        """The cached article for ``key``, renamed to ``path``; None on a miss or a bad entry."""
        from tui.corpus.records import BadRecord, article_from_record

        d = read_entry(self._path(key))
        if not isinstance(d, dict) or d.get("entry") != ENTRY_FORMAT or d.get("key") != key:
            return None
        try:
            article = article_from_record(d.get("article"), d.get("hints"))
        except (ValueError, BadRecord, RecursionError, TypeError):
            return None
        p = Path(path)
        # the key covers the name, so only the folder can differ
        article.path = str(path)
        article.id = p.stem
        return article

    def put(self, key: str, article: Article) -> bool:
        """Store ``article`` under ``key`` (atomically); False when it could not be written."""
        from tui.corpus.records import article_record

        return write_entry(self._path(key), {"entry": ENTRY_FORMAT, "key": key, **article_record(article)})

    def _entries(self):
        if not self.dir.is_dir():
            return
        for sub in sorted(self.dir.iterdir()):
            if sub.is_dir() and not sub.is_symlink() and len(sub.name) == 2:
                for f in sub.iterdir():
                    if f.name.endswith(SUFFIX) and f.is_file() and not f.is_symlink():
                        yield f

    def info(self) -> dict[str, Any]:
        """{"path", "entries", "bytes"} of the article cache."""
        return entries_info(self._entries() or (), self.dir)

    def clear(self) -> dict[str, Any]:
        """Remove every entry (and only cache entries: nothing else in the folder is touched)."""
        result = remove_entries(self._entries() or (), self.dir)
        if self.dir.is_dir():
            for sub in self.dir.iterdir():
                try:
                    if sub.is_dir() and not sub.is_symlink():
                        sub.rmdir()  # only when empty
                except OSError:
                    pass
        return result
