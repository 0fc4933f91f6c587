"""Reading article files into :class:`tui.model.Article` (no Textual here).

``read_article(path, config=None)`` opens the file read-only, reads at most
``extraction.limits.max_file_bytes``, refuses binary files, detects the encoding and the
format (text / html / markdown, by content as well as by extension), extracts the
article and its metadata, repairs the text and makes control characters visible.

A file that cannot be read at all raises :class:`Unreadable` with a reason for a person
("is empty", "is a binary file (PNG image)", "cannot be read: Permission denied", "is a
folder"); ``tui.load_corpus`` turns that into a ``skipped`` entry. Anything that can be
read loads, with ``warnings`` for what was cut, guessed or changed.

``Article.hints`` (:class:`tui.model.Hints`, not part of the JSON contract) gets the
dateline that opens the body ("April 12 (UPI) --": month, day, year, place, agency; the
timeline uses it to date undated articles), the ``dek`` (the standfirst under the
headline, kept out of ``body``), the page's own ``description``, ``body_from``
("json-ld" when the body came from the page's structured data), and for a page
``storyline fetch`` saved, where and when it got it (``fetched_url``, ``fetched_at``, from
its sidecar, :mod:`.sidecar`).

The outlet comes from the most reliable clue the article gives (``Article.outlet_from``,
ranked in :data:`tui.model.OUTLET_FROM`): the page's metadata, its address, the address
it was fetched from, a wire dateline or credit, a copyright line, the file or folder
name (:mod:`.outlets`, with the known outlets of :mod:`.outlet_table`).

Modules: :mod:`.decode` (bytes -> str), :mod:`.detect` (format), :mod:`.repair`
(entities, characters), :mod:`.text`, :mod:`.html`, :mod:`.markdown` (the readers),
:mod:`.meta` (outlets, dates, bylines, datelines, captions). Control characters are made
visible by :func:`tui.visible.visible`.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from tui.files import READ_FLAGS, read_fd
from tui.model import Article, Dateline, Hints
from tui.read.sidecar import fetched_meta
from tui.visible import count_invisible, visible

if TYPE_CHECKING:
    from tui.read.html import Extracted
    from tui.read.text import TextResult

__all__ = ["Unreadable", "article_id", "read_article", "read_text"]


class Unreadable(Exception):
    """The file cannot be read as an article; ``str(e)`` is the reason for a person."""


def _limits(config):
    from tui.config import LimitsConfig

    try:
        limits = config.extraction.limits
    except AttributeError:
        limits = None
    return limits if limits is not None else LimitsConfig()


def _read_bytes(p: Path, max_bytes: int) -> tuple[bytes, bool]:
    """At most ``max_bytes`` of the file, opened read-only; (data, truncated)."""
    try:
        if p.is_dir():
            raise Unreadable("is a folder")
    except OSError as e:  # e.g. a name too long, a symlink loop
        raise Unreadable(f"cannot be read: {e.strerror or e}") from None
    try:
        fd = os.open(p, READ_FLAGS)
    except FileNotFoundError:
        if p.is_symlink():
            raise Unreadable("is a broken symbolic link") from None
        raise Unreadable("no longer exists (it was removed or renamed)") from None
    except IsADirectoryError:
        raise Unreadable("is a folder") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise Unreadable("is a symbolic link loop") from None
        raise Unreadable(f"cannot be read: {e.strerror or e}") from None
    try:
        import stat

        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise Unreadable("is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable("is not a regular file (a device, pipe or socket)")
        data = read_fd(fd, max_bytes, st.st_size)
    except OSError as e:
        raise Unreadable(f"cannot be read: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False


#: An id is at most this long (a file name is at most 255 bytes; escapes shown as
#: symbols can make it longer).
MAX_ID_CHARS = 300


def article_id(path) -> str:
    """The id of the article read from ``path``: its file name without the extension,
    with control characters shown as symbols (the id is shown and printed). The corpus
    makes ids unique (:func:`tui.load.articles.iter_articles`)."""
    name = os.path.basename(os.fspath(path))
    dot = name.rfind(".")  # the stem as pathlib has it ("a.tar.gz" -> "a.tar"; ".txt", "a.")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name
    return visible(stem)[:MAX_ID_CHARS]


def cut_at(body: str, max_chars: int) -> int:
    """Where to cut a text longer than ``max_chars``: after the last paragraph that fits,
    else after the last word, else at the limit itself."""
    cut = body.rfind("\n\n", 0, max_chars)
    if cut < max_chars // 2:
        cut = body.rfind(" ", 0, max_chars)
    if cut < max_chars // 2:
        cut = max_chars
    return cut


def too_long_warning(max_chars: int) -> str:
    return f"the article text is longer than {max_chars:,} characters; the rest was cut"


def read_article(path, config=None) -> Article:
    """Read one article file. Raises :class:`Unreadable` and nothing else."""
    p = Path(path)
    limits = _limits(config)
    max_bytes = max(1, int(limits.max_file_bytes))
    data, truncated = _read_bytes(p, max_bytes)
    try:
        return read_bytes(data, path, config, truncated=truncated)
    except Unreadable:
        raise
    except (RecursionError, MemoryError) as e:
        raise Unreadable(f"could not be read ({type(e).__name__})") from None


def read_bytes(data: bytes, path, config=None, *, truncated: bool = False) -> Article:
    """Read an article from bytes already in memory (``path`` names it: id, format)."""
    from tui.read.decode import BinaryFile, decode_bytes
    from tui.read.detect import HTML_EXTS, detect_format

    p = Path(path)
    limits = _limits(config)
    warnings: list[str] = []
    if truncated:
        warnings.append(
            f"the file is larger than {limits.max_file_bytes:,} bytes; only that much was read"
        )
    if not data:
        raise Unreadable("is empty")
    if not data.strip():
        raise Unreadable("is empty (only whitespace)")
    fetched = None if truncated else fetched_meta(p, data)
    try:
        text, encoding, dw = decode_bytes(
            data,
            html=p.suffix.lower() in HTML_EXTS or b"<meta" in data[:4096].lower(),
            truncated=truncated,
            declared=fetched.get("charset") if fetched else None,
        )
    except BinaryFile as e:
        kind = str(e)
        raise Unreadable(f"is a binary file ({kind})" if kind else "is a binary file") from None
    warnings.extend(dw)
    fmt = detect_format(p.suffix, text)
    # bytes that decoded as UTF-8 without a mark, a cut or a repair are the page's UTF-8
    # as it is: the HTML parser reads them instead of the text encoded again
    utf8 = (
        data
        if fmt == "html"
        and encoding == "utf-8"
        and not dw
        and not truncated
        and not data.startswith(b"\xef\xbb\xbf")
        else None
    )
    article = read_text(
        text,
        path,
        config,
        fmt=fmt,
        warnings=warnings,
        _utf8=utf8,
        source_url=(fetched.get("final_url") or fetched.get("url")) if fetched else None,
    )
    if fetched:
        _use_fetched(article, fetched)
    return article


def _use_fetched(article: Article, fetched: dict) -> None:
    """What ``storyline fetch`` knew of the page (its sidecar, :mod:`tui.read.sidecar`):
    the address it was fetched from (the outlet it names is a clue read_text weighed)."""
    url = fetched.get("final_url") or fetched["url"]
    article.hints.fetched_url = url
    if "fetched_at" in fetched:
        article.hints.fetched_at = fetched["fetched_at"]
    if not article.url:
        article.url = url


def read_text(
    text: str,
    path,
    config=None,
    *,
    fmt: str | None = None,
    warnings: list[str] | None = None,
    _utf8: bytes | None = None,
    source_url: str | None = None,
) -> Article:
    """Read an article from decoded text (the format is detected unless given).
    ``source_url``: where the page was fetched from, its address when it names none."""
    from tui.read.detect import detect_format
    from tui.read.repair import normalize_chars

    p = Path(path)
    limits = _limits(config)
    warnings = list(warnings or [])
    fmt = fmt or detect_format(p.suffix, text)
    if fmt != "html":
        # line ends and spaces matter to the line-based readers; the HTML reader repairs
        # the text it extracts instead of the whole page
        text = normalize_chars(text)
    if not text.strip():
        raise Unreadable("has no text (only invisible characters)")
    max_depth = max(8, int(limits.max_html_depth))
    max_chars = max(1, int(limits.max_body_chars))
    article = Article(id=article_id(path), path=str(path), format=fmt)
    ex = _extract(text, fmt, max_depth, max_chars, _utf8, source_url)
    warnings.extend(ex.warnings)
    _fill(article, ex, max_chars, warnings)
    _dateline(article)
    _name_outlet(article, p, config, source_url)
    if not article.body:
        if not (article.title or article.captions):
            raise Unreadable("has no article text")
        warnings.append("no article text was found")
    article.warnings = list(dict.fromkeys(warnings))
    return article


def _extract(
    text: str,
    fmt: str,
    max_depth: int,
    max_chars: int,
    utf8: bytes | None,
    source_url: str | None,
) -> Extracted | TextResult:
    """What the reader of format ``fmt`` finds in ``text``."""
    # the page around an article is rarely more than its text again: read up to twice
    # the body limit of text from a page, so a huge page cannot take minutes
    max_text = 2 * max_chars + 100_000
    if fmt == "html":
        from tui.read.html import extract_html

        return extract_html(
            text, max_depth=max_depth, max_text=max_text, utf8=utf8, page_url=source_url
        )
    if fmt == "markdown":
        from tui.read.markdown import extract_markdown

        return extract_markdown(text, max_depth=max_depth, max_text=max_text)
    from tui.read.text import extract_text

    return extract_text(text)


def _fill(
    article: Article, ex: Extracted | TextResult, max_chars: int, warnings: list[str]
) -> None:
    """The article's text and metadata from what the reader found: spaces tidied, the
    body cut at ``max_chars``, control characters made visible (with a warning)."""
    from tui.read.repair import collapse_spaces, tidy_paragraphs

    body = tidy_paragraphs(ex.paragraphs)
    if len(body) > max_chars:
        body = body[: cut_at(body, max_chars)].rstrip()
        warnings.append(too_long_warning(max_chars))
    captions = [c for c in (collapse_spaces(c) for c in ex.captions) if c]
    title = collapse_spaces(ex.title) if ex.title else None
    author = collapse_spaces(ex.author) if ex.author else None
    outlet = collapse_spaces(ex.outlet) if ex.outlet else None
    hidden = count_invisible(body) + sum(
        count_invisible(x) for x in [title or "", author or "", outlet or ""] + captions
    )
    if hidden:
        warnings.append(
            f"{hidden} control character(s) in the text are shown as symbols (e.g. ␛ for ESC)"
        )
    article.body = visible(body)
    article.title = visible(title)[:1000] if title else None
    article.author = visible(author)[:500] if author else None
    article.outlet = visible(outlet)[:300] if outlet else None
    article.outlet_from = (ex.outlet_from or "meta") if article.outlet else None
    article.captions = [visible(c) for c in captions][:500]
    article.url = (
        ex.url if ex.url and count_invisible(ex.url) == 0 and len(ex.url) <= 4000 else None
    )
    article.published = ex.published
    article.published_from = ex.published_from if ex.published else None
    # hints carry text too (the dek, the page's description): shown the same way
    shown = {k: visible(v) for k, v in ex.hints.items()}
    article.hints = Hints(
        body_from=shown.get("body_from"), dek=shown.get("dek"), description=shown.get("description")
    )


def _dateline(article: Article) -> None:
    """A dateline opening the body ("April 12 (UPI) --", "KABUL, Afghanistan (Reuters) -",
    "WASHINGTON —") gives hints: month, day, place, agency (a clue to the outlet, see
    :func:`_name_outlet`); a full date with a year is the publication date when nothing
    else gives one. The dateline stays in the body."""
    import datetime as _dt

    from tui.read.meta import parse_dateline

    dl = parse_dateline(article.body[:200])
    if not dl:
        return
    dl.pop("end", None)
    article.hints.dateline = Dateline(**dl)
    if article.published is None and dl.get("year") and dl.get("month") and dl.get("day"):
        try:
            article.published = _dt.date(dl["year"], dl["month"], dl["day"])
            article.published_from = "dateline"
        except ValueError:
            pass


def _name_outlet(article: Article, path: Path, config, fetched_url: str | None) -> None:
    """The outlet from the most reliable clue (:data:`tui.model.OUTLET_FROM`): what the
    reader found in the page, the address it was fetched from, the dateline's agency, a
    credit or sign-off, the file or folder name. A name the table of known outlets knows
    is written the table's way ("Associated Press" -> "The Associated Press")."""
    from tui.model import OUTLET_FROM
    from tui.read.meta import registrable_domain, url_host
    from tui.read.outlets import credit_outlet, table_for

    table = table_for(config)
    clues: list[tuple[str, str]] = []
    if article.outlet and article.outlet_from:
        row = table.named(article.outlet)
        clues.append((row.name if row else article.outlet, article.outlet_from))
    host = url_host(fetched_url)
    if host:
        row = table.for_host(host)
        clues.append((row.name if row else registrable_domain(host), "fetched-url"))
    agency = article.hints.dateline.agency if article.hints.dateline else None
    if agency:
        row = table.named(agency)
        clues.append((row.name if row else agency, "dateline"))
    row = credit_outlet(article.body.split("\n\n")[:1] + article.body[-1500:].split("\n\n"), table)
    if row:
        clues.append((row.name, "credit"))
    row = table.for_path(path)
    if row:
        clues.append((row.name, "file-name"))
    if clues:
        name, source = min(clues, key=lambda c: OUTLET_FROM.index(c[1]))
        article.outlet, article.outlet_from = visible(name)[:300], source
