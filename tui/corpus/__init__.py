"""Across articles: list the files, read and analyse each, then merge.

``load_corpus(paths, config=None)`` never raises on a bad input file: a file that
cannot be read becomes a ``skipped`` entry with a reason, and the rest loads.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tui.config import Config
from tui.model import Article, Corpus, Skipped

Progress = Callable[[int, int, str], None]


def iter_source_files(paths: Iterable[str | Path], config: Config) -> Iterator[Path | Skipped]:
    """Every file to read under ``paths``, in a stable order (sorted per folder).

    Folders are walked without following symbolic links to folders (so a link loop
    cannot trap the walk); a named path that does not exist is yielded as Skipped.
    """
    include = config.sources.include
    exclude = config.sources.exclude
    seen: set[str] = set()

    def wanted(name: str) -> bool:
        return any(fnmatch.fnmatch(name.lower(), pat.lower()) for pat in include) and not any(
            fnmatch.fnmatch(name.lower(), pat.lower()) for pat in exclude
        )

    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            yield Skipped(str(p), "no such file or folder")
            continue
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if config.sources.recursive else []
                for name in sorted(files):
                    if name.startswith(".") or not wanted(name):
                        continue
                    fp = Path(root) / name
                    key = str(fp)
                    if key not in seen:
                        seen.add(key)
                        yield fp
        else:
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p


def process_file(path: str | Path, config: Config, published: _dt.date | None = None) -> Article | Skipped:
    """Read and analyse one file. Pure per file: same bytes and settings, same result."""
    from tui.read import Unreadable, read_article

    try:
        article = read_article(path, config)
    except Unreadable as e:
        return Skipped(str(path), str(e))
    except Exception as e:  # a reader bug must not take the corpus down
        return Skipped(str(path), f"could not be read ({type(e).__name__}: {e})")
    apply_overrides(article, config, published)
    try:
        analyze_article(article, config)
    except Exception as e:  # an extractor bug must not lose the article
        article.warnings.append(f"analysis failed ({type(e).__name__}: {e}); showing the text only")
    return article


def apply_overrides(article: Article, config: Config, published: _dt.date | None = None) -> None:
    """Config corrections win over what the file says; defaults fill what it lacks."""
    ov = config.override_for(article.path)
    if ov is not None:
        for name in ("outlet", "title", "author", "url"):
            value = getattr(ov, name)
            if value:
                setattr(article, name, value)
        if ov.date is not None:
            article.published = ov.date
            article.published_from = "config"
    if article.published is None and published is not None:
        article.published, article.published_from = published, "cli"
    if article.published is None and config.extraction.published is not None:
        article.published, article.published_from = config.extraction.published, "config"


def analyze_article(article: Article, config: Config) -> None:
    """Fill the article's mentions, quotes and timexes; infer its date when it has none."""
    from tui.analysis import analyze
    from tui.analysis.timex import infer_published

    if article.published is None and config.extraction.infer_dates:
        guess = infer_published(article.body, article.hints)
        if guess is not None:
            article.published, article.published_from = guess, "inferred"
    result = analyze(article.body, article.published, config)
    article.mentions, article.quotes, article.timexes = result.mentions, result.quotes, result.timexes
    if article.published_from == "inferred":
        for t in article.timexes:
            t.inferred = True


def load_corpus(
    paths: Iterable[str | Path] | str | Path | None = None,
    config: Config | None = None,
    *,
    published: _dt.date | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Read, analyse and merge every article under ``paths`` (default: the config's sources)."""
    config = config or Config()
    if paths is None:
        paths = [config.resolve(p) for p in config.sources.paths]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    corpus = Corpus()
    found = list(iter_source_files(paths, config))
    files = [f for f in found if isinstance(f, Path)]
    corpus.skipped.extend(f for f in found if isinstance(f, Skipped))
    ids: dict[str, int] = {}
    for i, path in enumerate(files):
        if progress:
            progress(i, len(files), str(path))
        result = process_file(path, config, published)
        if isinstance(result, Skipped):
            corpus.skipped.append(result)
            continue
        # ids are file stems; two files with one stem get a suffix so ids stay unique
        n = ids.get(result.id, 0)
        ids[result.id] = n + 1
        if n:
            result.id = f"{result.id}~{n + 1}"
        corpus.articles.append(result)
    if progress:
        progress(len(files), len(files), "")
    merge(corpus, config)
    return corpus


def merge(corpus: Corpus, config: Config) -> None:
    """The corpus-level passes: actors, quote groups, timeline."""
    from tui.corpus.actors import merge_actors
    from tui.corpus.quotes import group_quotes
    from tui.corpus.timeline import build_timeline

    corpus.actors = merge_actors(corpus.articles, config)
    corpus.quote_groups = group_quotes(corpus.articles, corpus.actors, config)
    corpus.timeline = build_timeline(corpus.articles, config)
