"""Across articles: list the files, read and analyse each, then merge.

``load_corpus(paths, config=None)`` never raises on a bad input file: a file that
cannot be read becomes a ``skipped`` entry with a reason, and the rest loads.

Loading is fast on big folders: per-article results come from an on-disk cache
(:mod:`tui.corpus.cache`) when the file and the settings are unchanged; the rest is
extracted in worker processes (``jobs``; one process for a few files), and the corpus
merge runs once at the end. ``.jsonl`` files of pre-extracted articles
(:mod:`tui.corpus.jsonl`) load without extraction.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tui.env import ENV_CACHE, ENV_JOBS, default_cache, default_jobs
from tui.config import Config
from tui.corpus.cancel import LoadCancelled, cancellable, checkpoint
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
                dirs[:] = (
                    sorted(d for d in dirs if not d.startswith("."))
                    if config.sources.recursive
                    else []
                )
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


def process_file(
    path: str | Path,
    config: Config,
    published: _dt.date | None = None,
    *,
    data: bytes | None = None,
    truncated: bool = False,
) -> Article | Skipped:
    """Read and analyse one file. Pure per file: same bytes and settings, same result.

    ``data`` (with ``truncated``) gives the file's bytes when the caller has read them
    already (the cache hashes them first), so the file is read once and the result
    matches the bytes the key was made of.
    """
    from tui.read import Unreadable, read_article, read_bytes

    try:
        if data is None:
            article = read_article(path, config)
        else:
            try:
                article = read_bytes(data, Path(path), config, truncated=truncated)
            except (RecursionError, MemoryError) as e:  # as read_article says it
                raise Unreadable(f"could not be read ({type(e).__name__})") from None
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


#: Texts longer than this are analysed in pieces of whole paragraphs, checking the time
#: limit between pieces (a news article is far shorter: it is analysed in one go).
ANALYSIS_CHUNK_CHARS = 100_000


def _chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most ``size`` characters, cut after a blank line, else
    after a line end or a space, else anywhere."""
    pos, n = 0, len(text)
    while pos < n:
        end = pos + size
        if end >= n:
            yield pos, n
            return
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, pos + size // 2, end)
            if cut >= 0:
                end = cut + len(sep)
                break
        yield pos, end
        pos = end


def analyze_bounded(
    text: str, published: _dt.date | None, config: Config, *, timexes_only: bool = False
):
    """``tui.analyze`` within ``extraction.limits.max_seconds_per_article``: (Analysis, warning or None).

    A text up to ANALYSIS_CHUNK_CHARS (any news article) is analysed in one go. A longer
    one is analysed in pieces of whole paragraphs, and the work stops, with a warning,
    once the time limit has passed: a huge or adversarial article cannot hang loading.
    Offsets are shifted back into the whole text. ``timexes_only`` runs only the date tagger.
    """
    import time

    from tui.analysis import analyze
    from tui.analysis.timex import tag_timexes
    from tui.model import Analysis

    def run(part: str) -> Analysis:
        if timexes_only:
            return Analysis(timexes=tag_timexes(part, published))
        return analyze(part, published, config)

    if len(text) <= ANALYSIS_CHUNK_CHARS:
        return run(text), None
    limit = float(config.extraction.limits.max_seconds_per_article)
    deadline = time.monotonic() + limit if limit == limit and limit != float("inf") else None
    out = Analysis()
    for start, end in _chunks(text, ANALYSIS_CHUNK_CHARS):
        if deadline is not None and time.monotonic() > deadline:
            return out, (
                f"analysis stopped after {limit:g} seconds (extraction.limits.max_seconds_per_article) at "
                f"character {start:,} of {len(text):,}; the rest is shown as text only"
            )
        part = run(text[start:end])
        for items, into in (
            (part.mentions, out.mentions),
            (part.quotes, out.quotes),
            (part.timexes, out.timexes),
            (part.figures, out.figures),
        ):
            for x in items:
                x.start += start
                x.end += start
                if getattr(x, "speaker_start", None) is not None:
                    x.speaker_start += start
                if getattr(x, "speaker_end", None) is not None:
                    x.speaker_end += start
                if getattr(x, "resolved_start", None) is not None:
                    x.resolved_start += start
                if getattr(x, "resolved_end", None) is not None:
                    x.resolved_end += start
                into.append(x)
    return out, None


#: the hints key under which an undated article keeps what its text says about its date
DATE_EVIDENCE = "date_evidence"
#: ... and the date rules' matches in its text (see :func:`timex_matches_hint`)
TIMEX_MATCHES = "timex_matches"


def timex_matches_hint(body: str) -> dict | None:
    """What an undated article keeps of its date tagging for the corpus merge, which tags
    it again once it has inferred a date (:func:`tui.corpus.timeline.date_undated`): the
    date rules' matches in ``body`` (the search is most of the tagging; what a match
    resolves to depends on the date, the matches do not), with the rules' fingerprint
    and the body's length and checksum, so that they are only ever taken back for the
    same text and the same rules. None when the tagger's last search was not of ``body``."""
    import zlib

    from tui.analysis.timex.tagger import export_matches, rules_fingerprint

    found = export_matches(body)
    if found is None:
        return None
    return {
        "rules": rules_fingerprint(),
        "chars": len(body),
        "crc": zlib.crc32(body.encode("utf-8", "surrogatepass")),
        "matches": found,
    }


def prime_timex_matches(body: str, hint) -> bool:
    """Give the tagger back the matches ``hint`` (from :func:`timex_matches_hint`) holds,
    when they are for this text and these rules; False when they are not (the text is
    then searched again, as without them)."""
    import zlib

    from tui.analysis.timex.tagger import prime_matches, rules_fingerprint

    if (
        not isinstance(hint, dict)
        or hint.get("rules") != rules_fingerprint()
        or hint.get("chars") != len(body)
    ):
        return False
    if hint.get("crc") != zlib.crc32(body.encode("utf-8", "surrogatepass")) or not isinstance(
        hint.get("matches"), list
    ):
        return False
    return prime_matches(body, hint["matches"])


def analyze_article(article: Article, config: Config) -> None:
    """Fill the article's mentions, quotes and timexes; infer its date when it has none."""
    from tui.analysis.timex import date_evidence, infer_published

    body = article.body
    if article.published is None and config.extraction.infer_dates:
        # an article's own date shows near its start: a huge text is not searched to its end
        evidence = date_evidence(body[:ANALYSIS_CHUNK_CHARS])
        guess = infer_published(body, article.hints, evidence)
        if guess is not None:
            article.published, article.published_from = guess, "inferred"
        else:
            # kept (and cached) for the corpus merge, which tries again with the other
            # articles' dates as the reference (tui.corpus.timeline.date_undated)
            if not isinstance(article.hints, dict):
                article.hints = {}
            article.hints[DATE_EVIDENCE] = evidence
    result, warning = analyze_bounded(body, article.published, config)
    if (
        article.published is None
        and config.extraction.infer_dates
        and len(body) <= ANALYSIS_CHUNK_CHARS
    ):
        hint = timex_matches_hint(body)
        if hint is not None:
            if not isinstance(article.hints, dict):
                article.hints = {}
            article.hints[TIMEX_MATCHES] = hint
    article.mentions, article.quotes, article.timexes = (
        result.mentions,
        result.quotes,
        result.timexes,
    )
    article.figures = result.figures
    if warning:
        article.warnings.append(warning)
    if article.published_from == "inferred":
        for t in article.timexes:
            t.inferred = True


# --------------------------------------------------------------------------- loading many

#: Below this many files to extract, one process does the work: starting worker processes
#: costs about 0.3 s here (a forkserver pool of 2 with the extractors loaded and warmed
#: up), the time it takes to extract some 10 to 30 articles in one process.
SERIAL_BELOW = 32
#: Seconds between two progress calls (the UI needs no more than this; the last one always comes).
PROGRESS_EVERY = 0.05
#: How much lower the priority of worker processes is when the load runs in a background thread.
BACKGROUND_NICE = 10
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with Python's cycle collector off (reference counting still frees
    almost everything), then turn it back on as it was.

    Loading builds millions of small objects that all live on (spans, dicts, lists); the
    collector runs every few hundred allocations and each full pass walks every object
    made so far, so with it on a 10,000-article load spent about a third of its time
    collecting (measured with ``make bench``). Nested and concurrent uses are counted: the
    collector comes back when the last one ends.

    When it does, everything alive is first moved out of its sight (``gc.freeze()``): the
    loaded corpus lives as long as the app, and a collector that walked its millions of
    objects would pause the interface for a fraction of a second every so often (and
    once right away, over everything made during the pause). The model holds no
    reference cycles, so freed corpus objects still go by reference counting.
    """
    import gc

    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.freeze()
                gc.enable()


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
    :mod:`tui.corpus.jsonl`). ``jobs`` worker processes extract the rest (default: the
    number of CPUs); ``cache=False`` neither reads nor writes the per-article cache
    (:mod:`tui.corpus.cache`). ``progress(done, total, path)`` is called as results arrive,
    at most about 20 times a second, and once more at the end. The corpus merge (actors,
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
        merge_cached(corpus, config, keys if use_cache else None, cancel=cancel)
    return corpus


def merge_cached(
    corpus: Corpus,
    config: Config,
    keys: dict[int, str] | None,
    *,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """The corpus merge, from the merge cache when this exact set of articles was merged
    before under the same settings and code (see :mod:`tui.corpus.merge_cache`).
    ``cancel`` as for :func:`merge` (a cancelled merge is not stored)."""
    if (
        keys is None
        or len(keys) != len(corpus.articles)
        or not all(_cacheable(a) for a in corpus.articles)
    ):
        merge(corpus, config, cancel=cancel)
        return
    from tui.corpus.merge_cache import MergeCache, merge_key, snapshot

    key = merge_key([(a.id, keys[id(a)]) for a in corpus.articles], config)
    store = MergeCache()
    if store.restore(key, corpus):
        return
    before = snapshot(corpus)
    merge(corpus, config, cancel=cancel)
    store.put(key, corpus, before)


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

    Closing the iterator early stops the workers (after the articles they are on).
    """
    import time

    from tui.corpus.cache import ArticleCache, FileIndex, KeyMaker, content_digest, read_source
    from tui.corpus.jsonl import is_jsonl, read_jsonl

    config = config or Config()
    if paths is None:
        paths = [config.resolve(p) for p in config.sources.paths]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    use_cache = default_cache() if cache is None else bool(cache)

    # The work list, in order: a Path to extract, or an entry that is ready.
    items: list[Path | Article | Skipped] = []
    seen: set[str] = set()
    for raw in paths:
        if is_jsonl(raw) and not Path(raw).is_dir():
            items.extend(read_jsonl(raw))
            continue
        for f in iter_source_files([raw], config):
            if isinstance(f, Path):
                if str(f) in seen:
                    continue
                seen.add(str(f))
            items.append(f)

    total = len(items)
    report = _Reporter(progress, total)
    results: dict[int, Article | Skipped] = {}
    todo: list[tuple[int, Path]] = []
    file_keys: dict[int, str] = {}  # item index -> the file's cache key
    store = ArticleCache() if use_cache else None
    keys = KeyMaker(config, published) if use_cache else None
    index = (
        FileIndex(store.root, [str(p) for p in paths], keys.max_bytes).load()
        if keys is not None and store is not None
        else None
    )
    for i, it in enumerate(items):
        if cancel is not None and i % 64 == 0 and cancel():
            raise LoadCancelled()
        if not isinstance(it, Path):
            results[i] = it
            report.step("")
            continue
        hit = None
        if store is not None and keys is not None and index is not None:
            name = str(it)
            try:
                st = os.stat(it)
            except OSError:
                st = None
            known = index.lookup(name, st) if st is not None else None
            if known is None:
                now = time.time_ns()
                src = read_source(it, keys.max_bytes)
                if src is not None:
                    known = (len(src[0]), content_digest(src[0]))
                    if st is not None:
                        index.remember(name, st, known[0], known[1], now)
            if known is not None:
                file_keys[i] = keys.key_of(it, *known)
                hit = store.get(file_keys[i], it)
        if hit is not None:
            results[i] = hit
            report.step(str(it))
        else:
            todo.append((i, it))
    del items
    if index is not None:
        index.save()

    ids: dict[str, int] = {}
    state = {"next": 0}

    def ready() -> Iterator[Article | Skipped]:
        while state["next"] in results:
            r = results.pop(state["next"])
            key = file_keys.pop(state["next"], None)
            state["next"] += 1
            if isinstance(r, Article):
                if keys_out is not None and key is not None:
                    keys_out[id(r)] = key
                # ids are file stems; two files with one stem get a suffix so ids stay unique
                n = ids.get(r.id, 0)
                ids[r.id] = n + 1
                if n:
                    r.id = f"{r.id}~{n + 1}"
            yield r

    yield from ready()
    cache_root = str(store.root) if store is not None else None
    if len(todo) < SERIAL_BELOW or jobs <= 1:
        extract = _Extractor(config, published, cache_root)
        produced: Iterator[tuple[int, Article | Skipped]] = ((i, extract(p)) for i, p in todo)
    else:
        produced = _parallel(todo, jobs, config, published, cache_root)
    try:
        for i, r in produced:
            if cancel is not None and cancel():
                raise LoadCancelled()
            results[i] = r
            report.step(r.path)
            yield from ready()
    finally:
        close = getattr(produced, "close", None)
        if close is not None:
            close()
    report.done()


class _Reporter:
    """Calls ``progress(done, total, path)`` at most every PROGRESS_EVERY seconds, and at the end."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        import time

        self.progress, self.total, self.count = progress, total, 0
        self.clock = time.monotonic
        self.last = self.clock()
        if progress:
            progress(0, total, "")

    def step(self, path: str) -> None:
        self.count += 1
        if self.progress is not None:
            now = self.clock()
            if now - self.last >= PROGRESS_EVERY:
                self.last = now
                self.progress(self.count, self.total, path)

    def done(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total, "")


def _cacheable(article: Article) -> bool:
    # a crash of an extractor may be a passing thing (memory): try again next time
    # nor is a result cut by the time limit (it depends on how busy the machine was)
    return not any(w.startswith(("analysis failed", "analysis stopped")) for w in article.warnings)


class _Extractor:
    """Per-file work with the cache: read the bytes once, extract, store the result."""

    def __init__(self, config: Config, published: _dt.date | None, cache_root: str | None) -> None:
        self.config, self.published = config, published
        self.store = self.keys = None
        if cache_root is not None:
            from tui.corpus.cache import ArticleCache, KeyMaker

            self.store, self.keys = ArticleCache(cache_root), KeyMaker(config, published)

    def __call__(self, path: str | Path) -> Article | Skipped:
        from tui.corpus.cache import read_source

        try:
            if self.store is None or self.keys is None:
                return process_file(path, self.config, self.published)
            src = read_source(path, self.keys.max_bytes)
            if src is None:  # not a regular file, or unreadable: the reader says why
                return process_file(path, self.config, self.published)
            data, truncated = src
            result = process_file(path, self.config, self.published, data=data, truncated=truncated)
            if isinstance(result, Article) and _cacheable(result):
                self.store.put(self.keys.key(path, data), result)
            elif isinstance(result, Skipped) and not result.reason.startswith(
                "could not be read ("
            ):
                # what the bytes are (empty, binary, no article text) is for good; an
                # exception (a reader bug, memory) may not be
                self.store.put_skipped(self.keys.key(path, data), result.reason)
            return result
        except Exception as e:  # never lose the corpus over one file
            return Skipped(str(path), f"could not be read ({type(e).__name__}: {e})")


_WORKER: _Extractor | None = None


def _init_worker(
    config: Config,
    published: _dt.date | None,
    cache_root: str | None,
    nice: int = 0,
    quiet: bool = False,
) -> None:
    global _WORKER
    _init_helper(nice, quiet)
    _WORKER = _Extractor(config, published, cache_root)


def _real_stderr() -> bool:
    """Whether ``sys.stderr`` is a real file descriptor. Under a Textual app it is not: the
    app captures it with an object whose ``fileno()`` is -1."""
    import sys

    try:
        return sys.stderr is not None and sys.stderr.fileno() >= 0
    except Exception:  # io.UnsupportedOperation, ValueError (closed), AttributeError
        return False


#: The worker log is emptied when a worker starts and finds it bigger than this.
WORKER_LOG_MAX = 1 << 20


def _silence_output() -> None:
    """Point this process's stdout and stderr away from the terminal: a worker of the app
    shares the terminal the interface draws on, and a stray warning would scribble over
    it. They go to the worker log (:func:`tui.env.worker_log`, appended to, emptied past
    :data:`WORKER_LOG_MAX`), or to /dev/null when it cannot be written."""
    from tui.env import worker_log

    try:
        path = worker_log()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size > WORKER_LOG_MAX:
                os.ftruncate(fd, 0)
        except OSError:
            pass
    except OSError:
        try:
            fd = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            return
    try:
        os.dup2(fd, 1)
        os.dup2(fd, 2)
    except OSError:
        pass
    finally:
        os.close(fd)


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker with a usable stderr when ours is not one.

    The tracker is started with ``sys.stderr``'s descriptor; under the app that is -1, so
    creating the first pool failed ("bad value(s) in fds_to_keep") and every load in the
    app fell back to extracting in one thread. It is given /dev/null instead (its only
    output is warnings about leaked semaphores, which must not reach the interface)."""
    if _real_stderr():
        return
    import contextlib
    from multiprocessing import resource_tracker

    with open(os.devnull, "w") as null, contextlib.redirect_stderr(null):
        try:
            resource_tracker.ensure_running()
        except (OSError, ValueError):
            pass  # then the pool fails as before and the load runs here


def _work_chunk(paths: list[str]) -> list[Article | Skipped]:
    """In a worker process: extract each file of one chunk."""
    assert _WORKER is not None, "the worker was not initialised"
    return [_WORKER(p) for p in paths]


def _ping() -> str:
    return "ok"


def _mp_context():
    """Forkserver where there is one (workers fork from a clean server that has imported
    the extractors once), else spawn. Never plain fork: the app loads from a thread, and
    forking a process with threads can deadlock the child."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["tui.corpus", "tui.read", "tui.analysis"])
        return ctx
    return mp.get_context("spawn")


CRASHED = "the extraction process crashed on this file (tried again alone, it crashed again)"


def _parallel(
    todo: list[tuple[int, Path]],
    jobs: int,
    config: Config,
    published: _dt.date | None,
    cache_root: str | None,
    work: Callable[[list[str]], list[Article | Skipped]] | None = None,
    chunk: int | None = None,
) -> Iterator[tuple[int, Article | Skipped]]:
    """(index, result) for every file of ``todo``, extracted in worker processes, as they come.

    Files go out in chunks with a bounded number in flight (memory stays flat, progress
    flows). When a worker dies (killed, out of memory, a crash in C code), the pool breaks
    and every chunk in flight is lost: those files are suspects. Suspects go round again
    one file per task with at most ``jobs`` in flight, then the remaining suspects each
    alone; a file that still kills its worker when alone is skipped with a reason. Files
    not yet sent continue in a fresh pool. If processes cannot be started at all, the rest
    is done in this process.
    """
    from collections import deque
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    import threading

    work = work or _work_chunk
    ctx = _mp_context()
    # A load from a background thread (the app's) is background work: its workers yield
    # the CPU to the interface so that keys are answered at once. A load in the main
    # thread (the command line, a script) runs at full priority.
    nice = 0 if threading.current_thread() is threading.main_thread() else BACKGROUND_NICE
    quiet = not _real_stderr()  # under the app: workers must not write to its terminal
    _start_tracker()
    initargs = (config, published, cache_root, nice, quiet)
    size0 = chunk or max(1, min(16, len(todo) // (jobs * 8)))
    levels = [(size0, 2 * jobs), (1, jobs), (1, 1)]
    queue = list(todo)

    def here(rest: list[tuple[int, Path]]) -> Iterator[tuple[int, Article | Skipped]]:
        extract = _Extractor(config, published, cache_root)
        for i, p in sorted(rest):
            yield i, extract(p)

    for size, window in levels:
        if not queue:
            return
        pending = deque(queue[k : k + size] for k in range(0, len(queue), size))
        suspects: list[tuple[int, Path]] = []
        while pending:
            try:
                pool = ProcessPoolExecutor(
                    max_workers=max(1, min(jobs, window, len(pending))),
                    mp_context=ctx,
                    initializer=_init_worker,
                    initargs=initargs,
                )
            except (OSError, ValueError, NotImplementedError, ImportError):
                yield from here(suspects + [x for b in pending for x in b])
                return
            inflight: dict = {}
            completed = 0
            broken = False
            try:
                while pending or inflight:
                    while pending and len(inflight) < window:
                        batch = pending.popleft()
                        try:
                            fut = pool.submit(work, [str(p) for _, p in batch])
                        except BrokenProcessPool:
                            pending.appendleft(batch)
                            broken = True
                            break
                        # (a RuntimeError here means the interpreter is shutting down: it propagates)
                        inflight[fut] = batch
                    if broken or not inflight:
                        break
                    done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                    for fut in done:
                        batch = inflight.pop(fut)
                        try:
                            out = fut.result()
                        except BrokenProcessPool:
                            suspects.extend(batch)
                            broken = True
                            continue
                        except Exception:  # a result that could not be sent back, say
                            suspects.extend(batch)
                            continue
                        completed += 1
                        for (i, _), r in zip(batch, out):
                            yield i, r
                    if broken:
                        break
                # a broken pool fails everything it still held: those are suspects too
                for fut, batch in inflight.items():
                    try:
                        out = fut.result()
                    except Exception:
                        suspects.extend(batch)
                        continue
                    for (i, _), r in zip(batch, out):
                        yield i, r
                inflight.clear()
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
            if broken and completed == 0 and window > 1 and not _pool_works(ctx, initargs):
                yield from here(suspects + [x for b in pending for x in b])
                return
        queue = suspects
    for i, p in queue:
        yield i, Skipped(str(p), CRASHED)


def _pool_works(ctx, initargs) -> bool:
    """Can this machine run a worker process at all? (Tells a crash on a file from no processes.)"""
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(
            1, mp_context=ctx, initializer=_init_worker, initargs=initargs
        ) as ex:
            return ex.submit(_ping).result(timeout=120) == "ok"
    except Exception:
        return False


def merge(corpus: Corpus, config: Config, *, cancel: Callable[[], bool] | None = None) -> None:
    """The corpus-level passes: actors, quote groups, timeline, discrepancies.

    ``cancel()`` is asked at checkpoints in the passes' loops (:mod:`tui.corpus.cancel`);
    when it says True, :class:`LoadCancelled` is raised within a fraction of a second,
    the merge's helper process is stopped, and the corpus is left half merged (the
    caller drops it)."""
    from tui.corpus.actors import merge_actors
    from tui.corpus.quotes import group_quotes
    from tui.corpus.timeline import build_timeline

    from tui.analysis.text import kept_sentences
    from tui.corpus.discrepancies import finish_discrepancies, start_discrepancies

    # each pass below splits the articles into sentences: kept once for all of them
    with cancellable(cancel), kept_sentences():
        corpus.actors = merge_actors(corpus.articles, config)
        checkpoint()
        beside = _group_quotes_beside(corpus.articles, corpus.actors)
        if beside is None:
            corpus.quote_groups = group_quotes(corpus.articles, corpus.actors, config)
            checkpoint()
        try:
            corpus.timeline = build_timeline(corpus.articles, config)
            checkpoint()
            # the discrepancies that do not read the quote groups, while the helper may
            # still be grouping them (it was the longer of the two at 10,000 articles)
            started = start_discrepancies(corpus, config)
        except BaseException:  # cancelled, or a bug: the helper is stopped, not waited for
            if beside is not None:
                beside.stop()
            raise
        if beside is not None:
            corpus.quote_groups = beside.result()
        corpus.discrepancies = finish_discrepancies(started, corpus)


#: From this many articles, quote grouping runs in a worker process while this one builds
#: the timeline (each is about a third of the merge); below it, starting the process and
#: shipping the quotes cost more than they save.
GROUP_BESIDE_FROM = 2000


class _Beside:
    """Quote grouping started in a helper process by :func:`_group_quotes_beside`."""

    def __init__(self, snapshot: bytes, pool, future) -> None:
        self.snapshot, self.pool, self.future = snapshot, pool, future

    def result(self) -> list:
        """The groups: the helper's, or the snapshot grouped here if the helper failed.
        While it waits for the helper, a cancel of the merge is still heard."""
        import pickle
        from concurrent.futures import TimeoutError as Pending

        try:
            if self.future is not None:
                while True:
                    try:
                        data = self.future.result(timeout=0.1)
                        break
                    except Pending:
                        checkpoint()
                return pickle.loads(data)
        except LoadCancelled:
            self.stop()
            raise
        except Exception:  # the process died or could not run: group the snapshot here
            pass
        finally:
            self._let_go()
        return pickle.loads(_group_snapshot(self.snapshot))

    def stop(self) -> None:
        """Stop the helper now (the merge was cancelled or failed): its work is dropped."""
        if self.pool is not None:
            # ProcessPoolExecutor (3.11) has no public way to stop a running task, and
            # its exit hook would wait for it: end the helper's process
            for proc in list(getattr(self.pool, "_processes", {}).values()):
                try:
                    proc.terminate()
                except Exception:
                    pass
        self._let_go()

    def _let_go(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


def _group_quotes_beside(articles: list[Article], actors) -> _Beside | None:
    """Start grouping the quotes in a worker process (None when one process does it all:
    a small corpus, one CPU).

    What grouping reads is taken now, before the timeline dates undated articles: the
    quotes (credited to actors here), the articles' ids and dates, and each quote's
    statement date (worked out here: it needs the bodies, which are not shipped). If the
    process cannot be started or fails, the same snapshot is grouped here, so the result
    never depends on which happened."""
    if len(articles) < GROUP_BESIDE_FROM or default_jobs() < 2:
        return None
    import pickle

    from tui.corpus.quotes import credit_actors, statement_dates

    credit_actors(articles, actors)
    # quotes as tuples of their fields: pickled and read back three times faster than the
    # dataclasses (0.3 s against 0.9 s here at 10,000 articles, on the merge's path)
    fields = _quote_fields()
    snapshot = pickle.dumps(
        (
            [
                (
                    a.id,
                    a.format,
                    a.published,
                    [tuple(getattr(q, f) for f in fields) for q in a.quotes],
                )
                for a in articles
            ],
            [statement_dates(a) if a.quotes else [] for a in articles],
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    pool = future = None
    try:
        from concurrent.futures import ProcessPoolExecutor

        background = threading.current_thread() is not threading.main_thread()
        _start_tracker()
        pool = ProcessPoolExecutor(
            1,
            mp_context=_mp_context(),
            initializer=_init_helper,
            initargs=(BACKGROUND_NICE if background else 0, not _real_stderr()),
        )
        future = pool.submit(_group_snapshot, snapshot)
    except Exception:  # no processes here: grouped in this one when asked
        future = None
    return _Beside(snapshot, pool, future)


def _init_helper(nice: int, quiet: bool) -> None:
    """A worker process (extraction or the merge's helper): lower its priority by
    ``nice``; with ``quiet``, send its output nowhere."""
    if nice:
        try:
            os.nice(nice)
        except (AttributeError, OSError):
            pass
    if quiet:
        _silence_output()


def _group_snapshot(snapshot: bytes) -> bytes:
    """Quote groups of a snapshot taken by :func:`_group_quotes_beside`, pickled."""
    import pickle

    from tui.corpus.quotes import group_credited

    from tui.model import Quote

    with gc_paused():  # as in the merge: nothing here makes reference cycles
        rows, dates = pickle.loads(snapshot)
        articles = [
            Article(id=i, path="", format=fmt, published=pub, quotes=[Quote(*q) for q in quotes])
            for i, fmt, pub, quotes in rows
        ]
        return pickle.dumps(group_credited(articles, dates), protocol=pickle.HIGHEST_PROTOCOL)


def _quote_fields() -> tuple[str, ...]:
    """The fields of a Quote in the order its constructor takes them."""
    import dataclasses

    from tui.model import Quote

    return tuple(f.name for f in dataclasses.fields(Quote))
