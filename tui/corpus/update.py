"""Keeping a loaded corpus in step with its folders: re-extract only what changed."""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from pathlib import Path

from tui.config import Config
from tui.model import Corpus, Skipped


def update_corpus(
    corpus: Corpus,
    changed: list[str | Path],
    removed: list[str | Path],
    config: Config,
    published: _dt.date | None = None,
) -> tuple[Corpus, dict[str, int]]:
    """A new corpus with ``changed`` files (new or modified) re-read and ``removed`` ones dropped.

    Untouched articles are reused as they are; only the corpus-level merge runs again.
    Returns the corpus and counts {"added", "changed", "removed", "skipped"}.
    """
    from tui.corpus import iter_source_files, merge, process_file

    def key(p) -> str:
        return str(Path(p).resolve())

    gone = {key(p) for p in removed}
    wanted = {}
    for item in iter_source_files([p for p in changed if Path(p).exists()], config):
        if isinstance(item, Path):
            wanted[key(item)] = item
    counts = {"added": 0, "changed": 0, "removed": 0, "skipped": 0}
    articles = []
    seen = set()
    for a in corpus.articles:
        k = key(a.path)
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
        articles.append(a)
    skipped = [s for s in corpus.skipped if key(s.path) not in gone and key(s.path) not in wanted]
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
    new = replace(corpus, articles=articles, skipped=skipped, actors=[], quote_groups=[], timeline=[])
    merge(new, config)
    return new, counts
