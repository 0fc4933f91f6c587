"""From paths to a corpus: load the articles (:mod:`tui.load`), then merge them (:mod:`tui.merge`).

``load_corpus(paths, config=None)`` never raises on a bad input file: a file that
cannot be read becomes a ``skipped`` entry with a reason, and the rest loads.

Loading is fast on big folders: per-article results come from an on-disk cache
(:mod:`tui.load.cache`) when the file and the settings are unchanged; the rest is
extracted in worker processes (``jobs``; one process for a few files), and the corpus
merge runs once at the end, or comes from the merge cache (:mod:`tui.load.merge_cache`).
``.jsonl`` files of pre-extracted articles (:mod:`tui.load.jsonl`) load without extraction.

:func:`update_corpus` keeps a loaded corpus in step with its folders (``--watch``). With
the per-article cache on (the default), an update is a load of the same paths: an
unchanged file is not even read (the cache's file index), its article comes from the
cache, the changed files are extracted, and the merge runs again (or comes from the merge
cache). The result is exactly what starting again would show, and none of the old
corpus's articles is touched: the app keeps showing them while the update runs in a
thread, and the merge changes the articles it works on. With the cache off, only the
changed files are read again; the untouched articles are copied before the merge runs on
them (an article dated by inference then keeps the date its first merge gave it).

This sits above both packages: loading knows nothing of the merge, and the merge
nothing of files.
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from tui.config import Config
from tui.env import default_cache
from tui.load.articles import Progress, iter_articles, unique_id
from tui.load.cache import cacheable
from tui.load.gc_pause import gc_paused
from tui.load.sources import iter_source_files
from tui.model import Corpus, Skipped


def load_corpus(
    paths: Iterable[str | Path] | str | Path | None = None,
    config: Config | None = None,
    *,
    published: _dt.date | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
    cache: bool | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Corpus:
    """Read, analyse and merge every article under ``paths`` (default: the config's sources).

    A path ending in ``.jsonl`` is read as pre-extracted articles (see
    :mod:`tui.load.jsonl`). ``jobs`` worker processes extract the rest (default: the
    number of CPUs); ``cache=False`` neither reads nor writes the per-article cache
    (:mod:`tui.load.cache`). ``progress(done, total, path)`` is called as results arrive
    (see :func:`tui.load.articles.iter_articles`). The corpus merge (actors,
    quote groups, timeline) always runs on the loaded articles.

    ``cancel()`` is asked between files; when it says True, the load stops (workers finish
    the few files they are on) and :class:`LoadCancelled` is raised. The app passes its
    worker's ``is_cancelled`` so that quitting during a long load does not wait for it.
    """
    config = config or Config()
    corpus = Corpus()
    use_cache = default_cache() if cache is None else bool(cache)
    keys: dict[int, str] = {}
    with gc_paused():
        for item in iter_articles(
            paths,
            config,
            published=published,
            progress=progress,
            jobs=jobs,
            cache=cache,
            cancel=cancel,
            keys_out=keys if use_cache else None,
        ):
            if isinstance(item, Skipped):
                corpus.skipped.append(item)
            else:
                corpus.articles.append(item)
        merge_cached(corpus, config, keys if use_cache else None, cancel=cancel, jobs=jobs)
    return corpus


def merge_cached(
    corpus: Corpus,
    config: Config,
    keys: dict[int, str] | None,
    *,
    cancel: Callable[[], bool] | None = None,
    jobs: int | None = None,
) -> None:
    """The corpus merge, from the merge cache when this exact set of articles was merged
    before under the same settings and code (see :mod:`tui.load.merge_cache`).
    ``cancel`` and ``jobs`` as for :func:`tui.merge.merge` (a cancelled merge is not
    stored)."""
    if (
        keys is None
        or len(keys) != len(corpus.articles)
        or not all(cacheable(a) for a in corpus.articles)
    ):
        _merge(corpus, config, cancel, jobs)
        return
    # (imported here: with the cache off, msgspec is not needed at all)
    from tui.load.merge_cache import MergeCache, merge_key, snapshot

    key = merge_key([(a.id, keys[id(a)]) for a in corpus.articles], config)
    store = MergeCache()
    if store.restore(key, corpus):
        from tui.merge.labels import label_sources  # (light: not the merge passes)

        label_sources(corpus, config)
        return
    before = snapshot(corpus)
    _merge(corpus, config, cancel, jobs)
    store.put(key, corpus, before)


def _merge(
    corpus: Corpus,
    config: Config,
    cancel: Callable[[], bool] | None,
    jobs: int | None = None,
) -> None:
    """The merge passes, imported when the merge runs: a load whose merge comes from the
    merge cache never needs them (their imports would be much of a warm load's time)."""
    from tui.merge.passes import merge

    merge(corpus, config, cancel=cancel, jobs=jobs)


def _key(p) -> str:
    return str(Path(p).resolve())


def update_corpus(
    corpus: Corpus,
    changed: list[str | Path],
    removed: list[str | Path],
    config: Config,
    published: _dt.date | None = None,
    *,
    paths: Iterable[str | Path] | None = None,
    jobs: int | None = None,
    cache: bool | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[Corpus, dict[str, int]]:
    """A new corpus with ``changed`` files (new or modified) re-read and ``removed`` ones
    dropped, and counts {"added", "changed", "removed", "skipped"} of what happened to them.

    ``paths`` are the paths the corpus was loaded from (default: the config's sources).
    ``jobs`` and ``cache`` as for :func:`load_corpus` (default: the environment's);
    ``cancel`` as there.
    """
    use_cache = default_cache() if cache is None else bool(cache)
    if not use_cache:
        roots = list(paths) if paths is not None else None
        return _update_in_place(corpus, changed, removed, config, published, roots, jobs)
    new = load_corpus(paths, config, published=published, jobs=jobs, cache=True, cancel=cancel)
    before = {_key(a.path) for a in corpus.articles}
    after = {_key(a.path) for a in new.articles}
    failed = {_key(s.path) for s in new.skipped}
    changed_keys = {_key(p) for p in changed}
    counts = {
        "added": len({k for k in changed_keys if k in after and k not in before}),
        "changed": len({k for k in changed_keys if k in after and k in before}),
        "removed": len({_key(p) for p in removed} & (before - after)),
        "skipped": len(changed_keys & failed),
    }
    return new, counts


def _update_in_place(
    corpus: Corpus,
    changed: list[str | Path],
    removed: list[str | Path],
    config: Config,
    published: _dt.date | None,
    roots: list[str | Path] | None,
    jobs: int | None = None,
) -> tuple[Corpus, dict[str, int]]:
    """Without the cache: re-extract only the changed files; the others are copies of the
    old corpus's articles (the merge must not change what the app is showing). A changed
    path that is now a link out of the folders read (``roots``) is skipped, as a load
    would skip it."""
    from tui.load.extract import process_file  # (see _merge: imported when needed)

    if roots is None:
        roots = [config.resolve(p) for p in config.sources.paths]
    present = [p for p in changed if Path(p).exists() or Path(p).is_symlink()]
    wanted, refused = {}, []
    for item in iter_source_files(present, config, roots=roots):
        if isinstance(item, Path):
            wanted[_key(item)] = item
        else:
            refused.append(item)
    refused_keys = {_key(s.path) for s in refused}
    gone = {_key(p) for p in removed} | refused_keys
    counts = {"added": 0, "changed": 0, "removed": 0, "skipped": len(refused)}
    articles = []
    seen = set()
    for a in corpus.articles:
        k = _key(a.path)
        if k in gone:
            counts["removed"] += k not in refused_keys
            continue
        if k in wanted:
            seen.add(k)
            result = process_file(wanted[k], config, published)
            if isinstance(result, Skipped):
                counts["skipped"] += 1
                continue
            result.id = a.id  # the same file keeps its id
            articles.append(result)
            counts["changed"] += 1
            continue
        articles.append(copy.deepcopy(a))
    skipped = [s for s in corpus.skipped if _key(s.path) not in gone and _key(s.path) not in wanted]
    skipped += refused
    ids = {a.id for a in articles}
    for k, path in wanted.items():
        if k in seen:
            continue
        result = process_file(path, config, published)
        if isinstance(result, Skipped):
            skipped.append(result)
            counts["skipped"] += 1
            continue
        result.id = unique_id(result.id, ids)
        articles.append(result)
        counts["added"] += 1
    new = replace(
        corpus,
        articles=articles,
        skipped=skipped,
        actors=[],
        quote_groups=[],
        timeline=[],
        discrepancies=[],
        labels={},
    )
    _merge(new, config, None, jobs)
    return new, counts
