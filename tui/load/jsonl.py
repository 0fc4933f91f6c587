"""Pre-extracted articles as JSON Lines: ``storyline extract --jsonl`` writes them, and
``load_corpus`` (so the app) reads a ``.jsonl`` path instead of extracting.

The format, one JSON object per line (UTF-8)::

    {"type": "header", "format": "storyline-articles", "version": 1, "storyline": "0.1.0", "extractor": 1}
    {"type": "article", "article": {...Article.to_dict()...}, "hints": {...}}
    {"type": "skipped", "path": "...", "reason": "..."}

- The header is optional; a reader refuses a file whose ``version`` is newer than it knows.
- An ``article`` line holds exactly the ``articles[]`` entry of ``extract --json`` (as it is
  before the corpus merge: the ``actor`` fields of mentions and quotes are null) and,
  optionally, the reader's ``hints`` (used to date undated articles). A bare article object
  (with no ``type``) is accepted too, so any batch job that writes
  ``json.dumps(process_file(path, config).to_dict())`` per line makes a valid file.
- Lines come in corpus order; files can be concatenated (or given together) as shards.
- Blank lines are ignored. A line that is not valid becomes a ``skipped`` entry naming
  ``FILE:LINE`` and the reason; the other lines load. ``NaN``, ``Infinity`` and numbers
  too large for a float are not valid (JSON has no such numbers; they are never written).
- A shard comes from outside like any file: every text of its articles is made visible
  (:mod:`tui.load.inert`), ids are made unique with the rest of the corpus, and a body
  longer than ``extraction.limits.max_body_chars`` is cut, with the spans past the cut.
  An article's ``path`` is kept as written: the app opens it only when it names a file
  under the folders read.
"""  # noqa: W505 (the example lines of the format are kept whole)

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tui import __version__
from tui.config import Config
from tui.load.cache import EXTRACTOR_VERSION
from tui.load.inert import inert_article, inert_skipped
from tui.load.records import BadRecord, article_from_record, article_record
from tui.model import Article, Skipped
from tui.read import cut_at, too_long_warning

FORMAT_NAME = "storyline-articles"
FORMAT_VERSION = 1
#: A line longer than this is skipped unread (a 2,000,000-character body with its spans
#: is well under it).
MAX_LINE_BYTES = 64 * 1024 * 1024


def is_jsonl(path: str | Path) -> bool:
    return str(path).lower().endswith(".jsonl")


def header_line() -> str:
    return _dumps(
        {
            "type": "header",
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "storyline": __version__,
            "extractor": EXTRACTOR_VERSION,
        }
    )


def article_line(article: Article) -> str:
    return _dumps({"type": "article", **article_record(article)})


def skipped_line(skipped: Skipped) -> str:
    return _dumps({"type": "skipped", "path": skipped.path, "reason": skipped.reason})


def _dumps(d: dict[str, Any]) -> str:
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class _NotFinite(ValueError):
    pass


def _constant(name: str) -> float:
    raise _NotFinite(f"{name} is not a finite number")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400
        raise _NotFinite(f"{text[:40]} is not a finite number")
    return value


def _loads(raw: bytes) -> Any:
    return json.loads(raw, parse_constant=_constant, parse_float=_float)


def _lines(f: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; None for a line longer than MAX_LINE_BYTES (skipped
    unread)."""
    n = 0
    while True:
        line = f.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        n += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # drop the rest of the over-long line
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None
            continue
        yield n, line


def read_jsonl(path: str | Path, config: Config | None = None) -> Iterator[Article | Skipped]:
    """The articles and skipped entries of one ``.jsonl`` file, in order; never raises."""
    max_chars = max(1, int((config or Config()).extraction.limits.max_body_chars))
    for item in _read(path):
        if isinstance(item, Skipped):
            yield inert_skipped(item)
        else:
            if len(item.body) > max_chars:
                shorten(item, max_chars)
            yield inert_article(item)


def shorten(article: Article, max_chars: int) -> None:
    """Cut the body of ``article`` as the reader cuts a text over ``max_chars``, with the
    spans of the body that do not lie wholly before the cut, and say so in its warnings."""
    n = len(article.body[: cut_at(article.body, max_chars)].rstrip())
    article.body = article.body[:n]

    def inside(x) -> bool:
        if getattr(x, "caption", None) is not None:  # a date in a photo caption
            return True
        ends = (x.end, getattr(x, "speaker_end", None), getattr(x, "resolved_end", None))
        return all(e is None or e <= n for e in ends)

    for name in ("mentions", "quotes", "timexes", "figures"):
        setattr(article, name, [x for x in getattr(article, name) if inside(x)])
    article.warnings.append(too_long_warning(max_chars))


def _read(path: str | Path) -> Iterator[Article | Skipped]:
    name = str(path)
    try:
        f = open(path, "rb")
    except IsADirectoryError:
        yield Skipped(name, "is a folder, not a .jsonl file")
        return
    except OSError as e:
        yield Skipped(name, f"cannot be read: {e.strerror or e}")
        return
    with f:
        try:
            for n, raw in _lines(f):
                where = f"{name}:{n}"
                if raw is None:
                    yield Skipped(where, f"line {n} is longer than {MAX_LINE_BYTES:,} bytes")
                    continue
                if not raw.strip():
                    continue
                try:
                    d = _loads(raw)
                except _NotFinite as e:
                    yield Skipped(where, f"line {n}: {e}; JSON has no such number")
                    continue
                except (ValueError, RecursionError) as e:  # UnicodeDecodeError is a ValueError
                    yield Skipped(where, f"line {n} is not valid JSON ({_short(e)})")
                    continue
                if not isinstance(d, dict):
                    yield Skipped(where, f"line {n} is not a JSON object")
                    continue
                kind = d.get("type")
                if kind == "header":
                    version = d.get("version")
                    if d.get("format") != FORMAT_NAME or not isinstance(version, int):
                        yield Skipped(where, f"line {n}: not a Storyline articles header")
                    elif version > FORMAT_VERSION:
                        yield Skipped(
                            name,
                            f"written in format version {version}; this Storyline reads up to "
                            f"{FORMAT_VERSION} (upgrade Storyline)",
                        )
                        return
                    continue
                if kind == "skipped":
                    path_, reason = d.get("path"), d.get("reason")
                    if isinstance(path_, str) and isinstance(reason, str):
                        yield Skipped(path_, reason)
                    else:
                        yield Skipped(
                            where, f"line {n}: a skipped entry needs 'path' and 'reason' as text"
                        )
                    continue
                if kind == "article":
                    record, hints = d.get("article"), d.get("hints")
                elif kind is None and "body" in d and "id" in d:
                    record, hints = d, None
                else:
                    yield Skipped(where, f"line {n}: unknown line type {str(kind)[:40]!r}")
                    continue
                try:
                    yield article_from_record(record, hints)
                except BadRecord as e:
                    yield Skipped(where, f"line {n}: {e}")
        except OSError as e:
            yield Skipped(name, f"could not be read to the end: {e.strerror or e}")


def _short(e: Exception) -> str:
    s = str(e)
    return s if len(s) <= 120 else s[:117] + "..."
