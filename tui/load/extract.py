"""Per-file extraction: read one file into an article and analyse its text.

Pure per file: the same bytes and settings give the same article (the cache, the worker
processes and the snapshots rely on it). An undated article keeps, in its ``hints``, what
its text says about its date, so that the corpus merge can date it later
(:func:`tui.merge.timeline.date_undated`).
"""

from __future__ import annotations

import datetime as _dt
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from tui.analysis import analyze
from tui.analysis.timex import date_evidence, infer_published, tag_timexes
from tui.analysis.timex.tagger import (
    Matches,
    export_matches,
    find_matches,
    prime_matches,
    rules_fingerprint,
)
from tui.config import Config
from tui.load.cache import ArticleCache, KeyMaker, cacheable, read_source
from tui.load.inert import inert_article, inert_skipped
from tui.model import Analysis, Article, Figure, KeptMatches, Mention, Quote, Skipped, Timex
from tui.read import Unreadable, read_article, read_bytes


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
    matches the bytes the key was made of. Every text of the result is visible
    (:mod:`tui.load.inert`): the reader's, the config's corrections and error texts.
    """
    result = _process(path, config, published, data, truncated)
    return inert_skipped(result) if isinstance(result, Skipped) else inert_article(result)


def _process(
    path: str | Path,
    config: Config,
    published: _dt.date | None,
    data: bytes | None,
    truncated: bool,
) -> Article | Skipped:
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
        if ov.outlet:
            article.outlet_from = "config"
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
    text: str,
    published: _dt.date | None,
    config: Config,
    *,
    timexes_only: bool = False,
    timex_matches: Matches | None = None,
):
    """``tui.analyze`` within ``extraction.limits.max_seconds_per_article``: (Analysis,
    warning or None).

    A text up to ANALYSIS_CHUNK_CHARS (any news article) is analysed in one go. A longer
    one is analysed in pieces of whole paragraphs, and the work stops, with a warning,
    once the time limit has passed: a huge or adversarial article cannot hang loading.
    Offsets are shifted back into the whole text. ``timexes_only`` runs only the date tagger.
    ``timex_matches``: the date rules' matches in ``text`` (one piece), found already.
    """

    def run(part: str, matches: Matches | None = None) -> Analysis:
        if timexes_only:
            return Analysis(timexes=tag_timexes(part, published, matches=matches))
        return analyze(part, published, config, timex_matches=matches)

    if len(text) <= ANALYSIS_CHUNK_CHARS:
        return run(text, timex_matches), None
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
        _shift(part, start)
        out.mentions += part.mentions
        out.quotes += part.quotes
        out.timexes += part.timexes
        out.figures += part.figures
    return out, None


def _shift(part: Analysis, by: int) -> None:
    """Offsets into a piece of the text made offsets into the whole (``by``: the start)."""
    spans: list[Mention | Quote | Timex | Figure] = [
        *part.mentions,
        *part.quotes,
        *part.timexes,
        *part.figures,
    ]
    for x in spans:
        x.start += by
        x.end += by
    for q in part.quotes:
        if q.speaker_start is not None:
            q.speaker_start += by
        if q.speaker_end is not None:
            q.speaker_end += by
        if q.resolved_start is not None:
            q.resolved_start += by
        if q.resolved_end is not None:
            q.resolved_end += by


def timex_matches_hint(body: str, matches: Matches) -> KeptMatches | None:
    """What an undated article keeps of its date tagging for the corpus merge, which tags
    it again once it has inferred a date (:func:`tui.merge.timeline.date_undated`): the
    date rules' ``matches`` in ``body`` (the search is most of the tagging; what a match
    resolves to depends on the date, the matches do not), with the rules' fingerprint
    and the body's length and checksum, so that they are only ever taken back for the
    same text and the same rules."""
    found = export_matches(matches)
    if found is None:
        return None
    return KeptMatches(
        rules_fingerprint(), len(body), zlib.crc32(body.encode("utf-8", "surrogatepass")), found
    )


def prime_timex_matches(body: str, hint: KeptMatches | None) -> Matches | None:
    """The date rules' matches in ``body`` that ``hint`` (from :func:`timex_matches_hint`)
    holds, to tag it with; None when they are not for this text and these rules (the text
    is then searched again, as without them)."""
    if hint is None or hint.rules != rules_fingerprint() or hint.chars != len(body):
        return None
    if hint.crc != zlib.crc32(body.encode("utf-8", "surrogatepass")):
        return None
    return prime_matches(body, hint.matches)


#: the caption characters tagged for dates per article (a hostile page may have huge ones)
CAPTION_CHARS = 20_000


def caption_timexes(article: Article) -> list[Timex]:
    """The time expressions of the article's photo captions, against its date: "officials
    show suspected militants after their arrest on March 10" dates the arrest as the body
    would. Each has ``caption`` set and offsets into that caption."""
    out = []
    budget = CAPTION_CHARS
    for i, caption in enumerate(article.captions):
        if len(caption) > budget:
            break
        budget -= len(caption)
        for t in tag_timexes(caption, article.published):
            t.caption = i
            out.append(t)
    return out


def analyze_article(article: Article, config: Config) -> None:
    """Fill the article's mentions, quotes and timexes; infer its date when it has none."""
    body = article.body
    undated = article.published is None and config.extraction.infer_dates
    # an undated article's date rules' matches, found once: for what its text says about
    # its date, for its tagging, and kept for the merge (a huge text is tagged in pieces)
    matches = find_matches(body) if undated and len(body) <= ANALYSIS_CHUNK_CHARS else None
    if undated:
        # an article's own date shows near its start: a huge text is not searched to its end
        evidence = date_evidence(body[:ANALYSIS_CHUNK_CHARS], matches=matches)
        guess = infer_published(body, article.hints.for_dating(), evidence)
        if guess is not None:
            article.published, article.published_from = guess, "inferred"
        else:
            # kept (and cached) for the corpus merge, which tries again with the other
            # articles' dates as the reference (tui.merge.timeline.date_undated)
            article.hints.date_evidence = evidence
    result, warning = analyze_bounded(body, article.published, config, timex_matches=matches)
    if article.published is None and matches is not None:
        article.hints.timex_matches = timex_matches_hint(body, matches)
    article.mentions, article.quotes, article.timexes = (
        result.mentions,
        result.quotes,
        result.timexes + caption_timexes(article),
    )
    article.figures = result.figures
    if warning:
        article.warnings.append(warning)
    if article.published_from == "inferred":
        for t in article.timexes:
            t.inferred = True


class Extractor:
    """Per-file work with the cache: read the bytes once, extract, store the result."""

    def __init__(self, config: Config, published: _dt.date | None, cache_root: str | None) -> None:
        self.config, self.published = config, published
        self.store = self.keys = None
        if cache_root is not None:
            self.store, self.keys = ArticleCache(cache_root), KeyMaker(config, published)

    def __call__(self, path: str | Path) -> Article | Skipped:
        try:
            if self.store is None or self.keys is None:
                return process_file(path, self.config, self.published)
            src = read_source(path, self.keys.max_bytes)
            if src is None:  # not a regular file, or unreadable: the reader says why
                return process_file(path, self.config, self.published)
            data, truncated = src
            result = process_file(path, self.config, self.published, data=data, truncated=truncated)
            if isinstance(result, Article) and cacheable(result):
                self.store.put(self.keys.key(path, data), result)
            elif isinstance(result, Skipped) and not result.reason.startswith(
                "could not be read ("
            ):
                # what the bytes are (empty, binary, no article text) is for good; an
                # exception (a reader bug, memory) may not be
                self.store.put_skipped(self.keys.key(path, data), result.reason)
            return result
        except Exception as e:  # never lose the corpus over one file
            return inert_skipped(Skipped(str(path), f"could not be read ({type(e).__name__}: {e})"))
