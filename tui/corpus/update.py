"""Keeping a loaded corpus in step with its folders (``--watch``).

With the per-article cache on (the default), an update is a load of the same paths: an
unchanged file is not even read (the cache's file index), its article comes from the
cache, the changed files are extracted, and the merge runs again (or comes from the merge
cache). The result is exactly what starting again would show, and none of the old
corpus's articles is touched: the app keeps showing them while the update runs in a
thread, and the merge changes the articles it works on.

With the cache off, only the changed files are read again; the untouched articles are
copied before the merge runs on them (an article dated by inference then keeps the date
its first merge gave it).
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from tui.config import Config
from tui.model import Corpus, Skipped


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
    cache: bool | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[Corpus, dict[str, int]]:
    """A new corpus with ``changed`` files (new or modified) re-read and ``removed`` ones
    dropped, and counts {"added", "changed", "removed", "skipped"} of what happened to them.

    ``paths`` are the paths the corpus was loaded from (default: the config's sources).
    ``cache`` as for :func:`tui.corpus.load_corpus` (default: on unless the environment
    turns it off); ``cancel`` as there.
    """
    from tui.corpus import default_cache, load_corpus

    use_cache = default_cache() if cache is None else bool(cache)
    if not use_cache:
        return _update_in_place(corpus, changed, removed, config, published)
    new = load_corpus(paths, config, published=published, cache=True, cancel=cancel)
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
) -> tuple[Corpus, dict[str, int]]:
    """Without the cache: re-extract only the changed files; the others are copies of the
    old corpus's articles (the merge must not change what the app is showing)."""
    from tui.corpus import iter_source_files, merge, process_file

    gone = {_key(p) for p in removed}
    wanted = {}
    for item in iter_source_files([p for p in changed if Path(p).exists()], config):
        if isinstance(item, Path):
            wanted[_key(item)] = item
    counts = {"added": 0, "changed": 0, "removed": 0, "skipped": 0}
    articles = []
    seen = set()
    for a in corpus.articles:
        k = _key(a.path)
        if k in gone:
            counts["removed"] += 1
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
    ids = {a.id for a in articles}
    for k, path in wanted.items():
        if k in seen:
            continue
        result = process_file(path, config, published)
        if isinstance(result, Skipped):
            skipped.append(result)
            counts["skipped"] += 1
            continue
        base, n = result.id, 1
        while result.id in ids:
            n += 1
            result.id = f"{base}~{n}"
        ids.add(result.id)
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
    )
    merge(new, config)
    return new, counts
