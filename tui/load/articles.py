"""The load loop: every article under the paths, from the cache or extracted, in order."""

from __future__ import annotations

import datetime as _dt
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tui.config import Config
from tui.env import default_cache, default_jobs
from tui.load.cache import ArticleCache, FileIndex, KeyMaker, content_digest, read_source
from tui.load.cancel import LoadCancelled
from tui.load.jsonl import is_jsonl, read_jsonl
from tui.load.sources import iter_source_files
from tui.model import Article, Skipped

Progress = Callable[[int, int, str], None]

#: Below this many files to extract, one process does the work: starting a pool of worker
#: processes (a forkserver with the extractors loaded and warmed up) costs about as much
#: as extracting a few dozen articles (figures in docs/performance.md).
SERIAL_BELOW = 32


def iter_articles(
    paths: Iterable[str | Path] | str | Path | None = None,
    config: Config | None = None,
    *,
    published: _dt.date | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
    cache: bool | None = None,
    cancel: Callable[[], bool] | None = None,
    keys_out: dict[int, str] | None = None,
) -> Iterator[Article | Skipped]:
    """Every article (or skipped entry) under ``paths``, in corpus order, as soon as it and
    all before it are ready; before the corpus merge. Ids are made unique on the way.

    ``keys_out``, with the cache on, receives ``id(article) -> its cache key`` for every
    article read from a file (not for those from a ``.jsonl`` file).

    ``progress(done, total, path)`` is called once before the first item, after each item
    (``path`` empty for one that needed no file read) and once at the end; it must be cheap:
    a caller that draws progress drops the calls it cannot keep up with.

    Closing the iterator early stops the workers (after the articles they are on).
    """
    config = config or Config()
    if paths is None:
        paths = [config.resolve(p) for p in config.sources.paths]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    use_cache = default_cache() if cache is None else bool(cache)

    items = _work_list(paths, config)
    count = _Count(len(items), progress)
    if progress is not None:
        progress(0, count.total, "")
    order = _InOrder(keys_out)
    store = ArticleCache() if use_cache else None
    todo = _take_ready(items, order, count, cancel, paths, config, published, store)
    del items
    yield from order.ready()
    if todo:
        cache_root = str(store.root) if store is not None else None
        produced = _extracted(todo, jobs, config, published, cache_root)
        yield from _extract_in_order(produced, order, count, cancel)
    if progress is not None:
        progress(count.total, count.total, "")


class _Count:
    """The load's progress: items done out of ``total``, reported after each."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress

    def step(self, path: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, path)


class _InOrder:
    """Results by their index in the work list, handed on in corpus order as soon as all
    before them are there, with ids made unique (and cache keys given to ``keys_out``)."""

    def __init__(self, keys_out: dict[int, str] | None) -> None:
        self.results: dict[int, Article | Skipped] = {}
        self.file_keys: dict[int, str] = {}  # item index -> the file's cache key
        self.keys_out = keys_out
        self.ids: set[str] = set()
        self.next = 0

    def ready(self) -> Iterator[Article | Skipped]:
        while self.next in self.results:
            r = self.results.pop(self.next)
            key = self.file_keys.pop(self.next, None)
            self.next += 1
            if isinstance(r, Article):
                if self.keys_out is not None and key is not None:
                    self.keys_out[id(r)] = key
                r.id = unique_id(r.id, self.ids)
            yield r


def _take_ready(
    items: list[Path | Article | Skipped],
    order: _InOrder,
    count: _Count,
    cancel: Callable[[], bool] | None,
    paths: list,
    config: Config,
    published: _dt.date | None,
    store: ArticleCache | None,
) -> list[tuple[int, Path]]:
    """Hand ``order`` every item that needs no extraction (an entry that is ready, a file
    whose article is in the cache ``store``); the rest, (index, path), to extract."""
    todo: list[tuple[int, Path]] = []
    keys = KeyMaker(config, published) if store is not None else None
    index = (
        FileIndex(store.root, [str(p) for p in paths], keys.max_bytes).load()
        if keys is not None and store is not None
        else None
    )
    for i, it in enumerate(items):
        if cancel is not None and i % 64 == 0 and cancel():
            raise LoadCancelled()
        if not isinstance(it, Path):
            order.results[i] = it
            count.step("")
            continue
        hit = None
        if store is not None and keys is not None and index is not None:
            key = _file_key(it, keys, index)
            if key is not None:
                order.file_keys[i] = key
                hit = store.get(key, it)
        if hit is not None:
            order.results[i] = hit
            count.step(str(it))
        else:
            todo.append((i, it))
    if index is not None:
        index.save()
    return todo


def _extract_in_order(
    produced: Iterator[tuple[int, Article | Skipped]],
    order: _InOrder,
    count: _Count,
    cancel: Callable[[], bool] | None,
) -> Iterator[Article | Skipped]:
    """The extracted results, in corpus order with those ``order`` holds already; the
    extraction is stopped when the load is cancelled or its consumer stops."""
    try:
        for i, r in produced:
            if cancel is not None and cancel():
                raise LoadCancelled()
            order.results[i] = r
            count.step(r.path)
            yield from order.ready()
    finally:
        close = getattr(produced, "close", None)
        if close is not None:
            close()


def _work_list(paths: list, config: Config) -> list[Path | Article | Skipped]:
    """What the load goes through, in corpus order: a Path to extract (each file once), or
    an entry that is ready (read from a ``.jsonl`` file, or a file skipped while walking)."""
    items: list[Path | Article | Skipped] = []
    seen: set[str] = set()
    for raw in paths:
        if is_jsonl(raw) and not Path(raw).is_dir():
            items.extend(read_jsonl(raw, config))
            continue
        for f in iter_source_files([raw], config, roots=paths):
            if isinstance(f, Path):
                if str(f) in seen:
                    continue
                seen.add(str(f))
            items.append(f)
    return items


def _file_key(path: Path, keys: KeyMaker, index: FileIndex) -> str | None:
    """The cache key of the file at ``path``: its bytes' size and hash from the file index
    when the file is unchanged, else read and hashed (and remembered); None when it cannot
    be read."""
    name = str(path)
    try:
        st = os.stat(path)
    except OSError:
        st = None
    known = index.lookup(name, st) if st is not None else None
    if known is None:
        now = time.time_ns()
        src = read_source(path, keys.max_bytes)
        if src is not None:
            known = (len(src[0]), content_digest(src[0]))
            if st is not None:
                index.remember(name, st, known[0], known[1], now)
    return keys.key_of(path, *known) if known is not None else None


def unique_id(base: str, taken: set[str]) -> str:
    """``base`` if no article has it yet, else ``base~2``, ``base~3`` ... the first that is
    free (a file may itself be named ``x~2``); added to ``taken``. Ids are file stems (or
    what a shard says) in corpus order, so the same files give the same ids every time."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}~{n}"
    taken.add(candidate)
    return candidate


def _extracted(
    todo: list[tuple[int, Path]],
    jobs: int,
    config: Config,
    published: _dt.date | None,
    cache_root: str | None,
) -> Iterator[tuple[int, Article | Skipped]]:
    """(index, result) for each file of ``todo``: here for a few files, else in worker processes.

    The extractors are imported here, not with this module: a warm load extracts nothing,
    and importing the extractors would take most of its time.
    """
    if len(todo) < SERIAL_BELOW or jobs <= 1:
        from tui.load.extract import Extractor

        extract = Extractor(config, published, cache_root)
        return ((i, extract(p)) for i, p in todo)
    from tui.load.pool import parallel

    return parallel(todo, jobs, config, published, cache_root)
