"""Plain-text articles: header lines, paragraphs, captions and datelines.

Shapes handled (each seen in real saved articles):

* a leading `` date YYYY-MM-DD`` line is metadata; what follows the date on the same
  line is minifier junk (``%MINIFYHTML…%``: dropped), a photo caption (it carries a
  photo credit such as "Photo by X/AGENCY", "(AP Photo/…)", "Credit:": goes to
  ``captions``), or the body's first paragraph (kept);
* other leading ``Key: value`` lines: a written date ("Date: April 7, 2020"), title,
  author/by, source/outlet and url;
* paragraphs separated by blank lines, or one per line; hard-wrapped lines (a file
  written at a fixed width) are joined back into paragraphs;
* a paragraph that ends with a photo credit is a caption;
* a short first line without closing punctuation, followed by more text, is a headline;
  a "By Jane Doe" line under it is the byline;
* the dateline that opens the first paragraph is read by ``tui.read`` for every format
  (see :func:`tui.read.meta.parse_dateline`).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from tui.read import meta as M
from tui.read.html import is_furniture_line
from tui.read.repair import collapse_spaces, fix_entities

__all__ = ["TextResult", "extract_text", "strip_junk", "paragraphs_from_plain"]


@dataclass
class TextResult:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    published_from: str | None = None
    hints: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# Placeholders that HTML minifiers leave when a page is saved half-processed:
# "%MINIFYHTMLae9475605814c0a6596deab20e681d9e11%". An all-caps tag word plus a hex id.
_JUNK_RE = re.compile(r"%[A-Z][A-Z_]{3,30}[0-9a-fA-F]{6,64}%")
# " date 2020-04-01 …" (also "Date: 2020-04-01T10:00:00Z …")
_DATE_HEADER_RE = re.compile(
    r"^[ \t]*date[ \t]*[:=]?[ \t]*(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)[ \t]*(.*)$",
    re.I,
)
_WRITTEN_DATE_HEADER_RE = re.compile(
    r"^[ \t]*(?:date|published|dated)[ \t]*:[ \t]*(.{6,60})$", re.I
)
# "Title: …", "Author: …", "Source: …", "URL: …" as the first lines of a saved article.
_KEY_HEADER_RE = re.compile(
    r"^[ \t]*(title|headline|author|by|source|outlet|publisher|url|link)[ \t]*:[ \t]*(\S.{0,400})$",
    re.I,
)
_KEY_FIELD = {
    "title": "title",
    "headline": "title",
    "author": "author",
    "by": "author",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
}
_URL_LINE_RE = re.compile(
    r"^(?:(?:source|url|link|originally published (?:at|on)|read (?:it|more) at)\s*:?\s*)?<?(https?://[^\s<>]{3,2000})>?$",
    re.I,
)
_WIRE_CREDIT_RE = re.compile(
    r"^\(?\s*(?:Reporting|Writing|Additional reporting|Editing|Compiled|Edited) by\b", re.I
)
_COPYRIGHT_START_RE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = tuple(".!?\"'”’:;)…")


def strip_junk(text: str) -> str:
    """Remove minifier placeholders (and the spaces they leave)."""
    if "%" not in text:
        return text
    return _JUNK_RE.sub("", text)


def paragraphs_from_plain(text: str) -> list[str]:
    """Split plain text into paragraphs, joining hard-wrapped lines.

    Blank lines always end a paragraph. Within a block of lines, a file written at a
    fixed width (most lines 40-100 characters, within a narrow band) is unwrapped: its
    lines are joined, and a line that stops well short of the width after closing
    punctuation ends a paragraph. Otherwise every line is a paragraph of its own. List
    items ("- item", "1. item") start a new paragraph.
    """
    lines = text.split("\n")
    nonblank = [len(ln.rstrip()) for ln in lines if ln.strip()]
    if not nonblank:
        return []
    lens = sorted(nonblank)
    width = lens[int(len(lens) * 0.9)] if len(lens) >= 5 else max(lens)
    wrapped_file = 30 <= width <= 100 and sum(1 for n in nonblank if n >= 0.6 * width) >= 0.5 * len(
        nonblank
    )
    paras: list[str] = []
    cur: list[str] = []

    def end():
        if cur:
            p = collapse_spaces(_join_wrapped(cur))
            if p:
                paras.append(p)
            cur.clear()

    for ln in lines:
        s = ln.strip()
        if not s:
            end()
            continue
        if _LIST_ITEM_RE.match(ln):
            end()
        if not wrapped_file:
            end()
            cur.append(s)
            continue
        cur.append(s)
        n = len(ln.rstrip())
        if n < 0.6 * width and s.endswith(_SENTENCE_END):
            end()
    end()
    return paras


def _join_wrapped(lines: list[str]) -> str:
    out = lines[0]
    for ln in lines[1:]:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and ln[:1].islower():
            out += ln  # "well-\nknown" -> "well-known" (the hyphen stays)
        else:
            out += " " + ln
    return out


def _is_headline(p: str, rest: list[str]) -> bool:
    words = p.split()
    return (
        bool(rest)
        and 3 <= len(words) <= 25
        and len(p) <= 180
        and not p.endswith(_SENTENCE_END)
        and p[:1].isupper()
        and not M.parse_dateline(p)
        and not M.is_date_line(p)
        and not M.parse_byline(p)
        and max(len(x) for x in rest[:3]) > len(p)
    )


def extract_text(text: str) -> TextResult:
    """Read a plain-text article (``text`` already decoded and character-repaired)."""
    r = TextResult()
    text = fix_entities(strip_junk(text))
    lines = text.split("\n")
    after_header, lead_paragraph = _read_header(lines, r)
    body_text = "\n".join(lines[after_header:]) if after_header else text
    if lead_paragraph:
        # the rest of the header line is the body's first line: a blank line may follow
        # it, or the next lines may continue its paragraph (hard-wrapped text)
        body_text = lead_paragraph + "\n" + body_text
    paragraphs = paragraphs_from_plain(body_text)
    _read_headline_and_byline(paragraphs, r)
    # captions and page furniture pasted with the text
    body = []
    for p in paragraphs:
        if M.ends_with_credit(p) and not _has_quote(p):
            r.captions.append(p)
        elif len(p) <= 60 and is_furniture_line(p):
            continue  # "Advertisement", "Continue reading the main story" on a line of their own
        else:
            body.append(p)
    _read_url_lines(body, r)
    _read_closing_lines(body, r)
    r.paragraphs = body
    return r


def _read_header(lines: list[str], r: TextResult) -> tuple[int, str | None]:
    """Read the header lines among the first 12 ("Date: ...", "Title: ...", "Source: ...")
    into ``r``: returns the index of the line after the last one (0 when there are none)
    and the text after the date on a date line, when that is the body's first line."""
    lead_paragraph = None
    after_header = 0  # (blank lines kept)
    for i, line in enumerate(lines[:12]):
        if not line.strip():
            continue
        m = _DATE_HEADER_RE.match(line)
        if m and r.published is None:
            lead_paragraph = _read_date_header(m, r) or lead_paragraph
            after_header = i + 1
            continue
        w = _WRITTEN_DATE_HEADER_RE.match(line)
        if w and r.published is None:
            date = M.find_written_date(w.group(1))
            if date:
                # "Date: April 7, 2020"
                r.published, r.published_from = date, "header"
                after_header = i + 1
                continue
        k = _KEY_HEADER_RE.match(line)
        if not k:
            break
        _read_key_header(k, r)
        after_header = i + 1
    return after_header, lead_paragraph


def _read_date_header(m: re.Match, r: TextResult) -> str | None:
    """A " date 2020-04-01 …" line: its date, and what follows it on the line, a caption
    (kept in ``r``) or the body's first line (returned)."""
    date = M.parse_iso_date(m.group(1))
    if date:
        r.published, r.published_from = date, "header"
    else:
        r.warnings.append(f"the header date {m.group(1)!r} is not a valid date")
    rest = collapse_spaces(m.group(2))
    if rest:
        if M.looks_like_caption(rest) or M.ends_with_credit(rest):
            r.captions.append(rest)
        else:
            return rest
    return None


def _read_key_header(k: re.Match, r: TextResult) -> None:
    """A "Title: …", "Author: …", "Source: …", "URL: …" line; the first of each wins."""
    name = _KEY_FIELD[k.group(1).lower()]
    value = collapse_spaces(k.group(2))
    if value.lower().startswith(("http://", "https://")) and " " not in value:
        # "Source: https://..." gives the address, and the outlet through it
        if r.url is None:
            r.url = value
        if r.outlet is None and name in ("outlet", "url"):
            r.outlet, r.outlet_from = M.outlet_from_url(value), "url"
        return
    if name == "author":
        value = M.clean_author(value) or value
    if getattr(r, name) is None:
        setattr(r, name, value)
        if name == "outlet":
            r.outlet_from = "meta"


def _read_headline_and_byline(paragraphs: list[str], r: TextResult) -> None:
    """Take the headline, then a byline and a date line, off the top of ``paragraphs``."""
    if r.title is None and paragraphs and _is_headline(paragraphs[0], paragraphs[1:]):
        r.title = paragraphs.pop(0)
    for _ in range(2):
        if not paragraphs:
            break
        first = paragraphs[0]
        if r.author is None and len(first) <= 160:
            byline = M.parse_byline(first)
            if byline:
                r.author = byline
                d = M.find_written_date(first)
                if d and r.published is None:
                    r.published, r.published_from = d, "byline"
                paragraphs.pop(0)
                continue
        if r.published is None and M.is_date_line(first):
            d = M.find_written_date(first)
            if d:
                r.published, r.published_from = d, "byline"
                paragraphs.pop(0)
                continue
        break


def _read_url_lines(body: list[str], r: TextResult) -> None:
    """A bare address on a line of its own at the top or the end is where the text came
    from ("https://www.reuters.com/article/..."; "Source: https://..."): off the body."""
    for pos in (0, -1):
        if body and len(body) > 1:
            m = _URL_LINE_RE.match(body[pos])
            if m:
                body.pop(pos)
                if r.url is None:
                    r.url = m.group(1)
                if r.outlet is None:
                    r.outlet, r.outlet_from = M.outlet_from_url(m.group(1)), "url"


def _read_closing_lines(body: list[str], r: TextResult) -> None:
    """Take the lines that close a story off the body: wire credits ("(Reporting by Jane
    Doe; Editing by John Roe)", the reporter as author), then a copyright notice ("© 2020
    United Press International", the outlet)."""
    while body and len(body[-1]) <= 300 and _WIRE_CREDIT_RE.match(body[-1]):
        credit = body.pop().strip("() ")
        if r.author is None:
            m = re.match(r"(?:Reporting|Writing)\s+by\s+(.+)", credit, re.I)
            if m:
                r.author = M.clean_author(m.group(1))
    while body and len(body[-1]) <= 200:
        holder = M.outlet_from_copyright(body[-1]) if _COPYRIGHT_START_RE.match(body[-1]) else None
        if not holder:
            break
        body.pop()
        if r.outlet is None:
            r.outlet, r.outlet_from = holder, "copyright"


def _has_quote(p: str) -> bool:
    return any(c in p for c in '"“”')
