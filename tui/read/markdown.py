"""Markdown articles, including web pages that pandoc exported to Markdown.

Such an export keeps the page's raw ``<div>`` blocks (with their classes and ids), turns
paragraphs into hard-wrapped lines, links into ``[text](url)``, pictures into
``![caption](src)`` and headings into ``# ``. Rather than guess the article from the
Markdown, :func:`to_html` turns it back into HTML (raw HTML passes through, Markdown
becomes the matching elements, pictures become ``<figure>`` with their alt text as
``<figcaption>``) and the HTML extractor reads it: the page's own structure (an element
with ``itemprop="articleBody"``, share tools, ad slots) is evidence again, and plain
Markdown (a headline and paragraphs) comes out just as well.

Every pass is linear: brackets are matched with one stack pass, no regex nests
quantifiers over unbounded text, and the work per line is capped.
"""

from __future__ import annotations

import html as _html
import re

__all__ = ["to_html", "extract_markdown"]

_ESC_CHARS = "\\`*_{}[]()#+-.!|<>~$%&@^\"'"
# Backslash escapes become private-use characters while Markdown is parsed, so that an
# escaped "\[" can never open a link; they are turned back at the end.
_PUA = 0xF0000
_ESC_RE = re.compile(r"\\([" + re.escape(_ESC_CHARS) + r"])")
_UNESC_RE = re.compile("[\U000f0000-\U000f00ff]")

_BLOCK_HTML_RE = re.compile(
    r"^\s*(?:<!--|</?(?:div|section|article|main|header|footer|nav|aside|figure|figcaption|table|thead|tbody|tr|td|th|"
    r"ul|ol|li|dl|dt|dd|blockquote|pre|form|fieldset|details|summary|hr|h[1-6]|p|center|address|iframe|script|style|noscript)\b)",
    re.I,
)
_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^(=+|-+)[ \t]*$")
_FENCE_DIV_RE = re.compile(r"^[ \t]*(:{3,})[ \t]*(.*)$")
_CODE_FENCE_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_HR_RE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST_RE = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,4}[.)])[ \t]+(.*)$")
_QUOTE_RE = re.compile(r"^[ \t]{0,3}>[ \t]?(.*)$")
_ATTR_ID_RE = re.compile(r"#([\w-]{1,100})")
_ATTR_CLASS_RE = re.compile(r"\.([\w-]{1,100})")
_REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]^][^\]]{0,200}\]:\s*\S")
_TABLE_RULE_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")


def _escape_attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _fence_div(attrs: str) -> str:
    attrs = attrs.strip().strip(":").strip()
    if attrs.startswith("{") and attrs.endswith("}"):
        inner = attrs[1:-1]
        ids = _ATTR_ID_RE.findall(inner)
        classes = _ATTR_CLASS_RE.findall(inner)
    else:
        ids, classes = [], attrs.split()[:10]
    out = "<div"
    if ids:
        out += f' id="{_escape_attr(ids[0])}"'
    if classes:
        out += f' class="{_escape_attr(" ".join(classes))}"'
    return out + ">"


# --------------------------------------------------------------------------- inline


def _match_pairs(s: str, open_c: str, close_c: str, limit: int = 64) -> dict[int, int]:
    """Positions of matching brackets, one linear pass with a bounded stack."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for i, c in enumerate(s):
        if c == open_c:
            if len(stack) < limit:
                stack.append(i)
        elif c == close_c and stack:
            out[stack.pop()] = i
    return out


_LINK_DEST_RE = re.compile(
    r"\(\s*<?([^\s()<>]{0,2000}?)>?(?:\s+(?:\"[^\"]{0,500}\"|'[^']{0,500}'))?\s*\)"
)
_REF_RE = re.compile(r"\[([^\[\]]{0,200})\]")
_AUTOLINK_RE = re.compile(r"<(https?://[^\s<>]{1,2000})>")
_EMPH_RES = (
    re.compile(r"\*\*(?=\S)([^*\n]{1,1000}?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)([^_\n]{1,1000}?)(?<=\S)__"),
    re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,1000}?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,1000}?)(?<=\S)_(?![\w_])"),
)
_CODE_SPAN_RE = re.compile(r"`([^`\n]{1,1000})`")
_HARD_BREAK_RE = re.compile(r"(?:\\| {2,})\n")


def _inline(s: str, depth: int = 0, in_link: bool = False) -> str:
    """Markdown inline syntax -> HTML; raw inline HTML passes through."""
    if depth > 4 or not s:
        return s
    if "[" in s and "]" in s:
        s = _links(s, depth, in_link)
    if "`" in s:
        s = _CODE_SPAN_RE.sub(
            lambda m: "<code>" + _html.escape(m.group(1), quote=False) + "</code>", s
        )
    if "*" in s or "_" in s:
        for rx in _EMPH_RES:
            s = rx.sub(r"\1", s)
    if "<http" in s:
        s = _AUTOLINK_RE.sub(lambda m: f'<a href="{_escape_attr(m.group(1))}">{m.group(1)}</a>', s)
    if "\n" in s:
        s = _HARD_BREAK_RE.sub("<br>\n", s)
    return s


_ATTRS_RE = re.compile(r"\{[^{}\n]{0,300}\}")


def _skip_attrs(s: str, i: int) -> int:
    """Past a pandoc attribute block ``{.class #id key=value}`` at ``i``, if there is one."""
    if i < len(s) and s[i] == "{":
        m = _ATTRS_RE.match(s, i)
        if m:
            return m.end()
    return i


def _links(s: str, depth: int, in_link: bool) -> str:
    pairs = _match_pairs(s, "[", "]")
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("[", i)
        if j < 0:
            out.append(s[i:])
            break
        close = pairs.get(j)
        if close is None:
            out.append(s[i : j + 1])
            i = j + 1
            continue
        image = j > 0 and s[j - 1] == "!"
        head = s[i : j - 1] if image else s[i:j]
        label = s[j + 1 : close]
        m = _LINK_DEST_RE.match(s, close + 1) if close + 1 < n and s[close + 1] == "(" else None
        if m:
            url = m.group(1)
            end = _skip_attrs(s, m.end())
        else:
            # reference link "[text][ref]" or "[text][]", or a pandoc span "[text]{.smallcaps}":
            # keep the text
            r = _REF_RE.match(s, close + 1) if close + 1 < n and s[close + 1] == "[" else None
            url = None
            end = r.end() if r else _skip_attrs(s, close + 1)
            if r is None and end == close + 1 and not image:
                # a bracket that is not a link: "[sic]", "[1]" stay as written
                out.append(s[i : j + 1])
                i = j + 1
                continue
        out.append(head)
        inner = _inline(label, depth + 1, in_link or not image)
        if image and in_link:
            # a picture inside a link is a thumbnail or a logo, not a captioned photo
            out.append(f'<img src="{_escape_attr(url or "")}" alt="{_escape_attr(label)}">')
        elif image:
            out.append(
                f'<figure data-md="image"><img src="{_escape_attr(url or "")}"><figcaption>{inner}</figcaption></figure>'
            )
        elif url is not None:
            out.append(f'<a href="{_escape_attr(url)}">{inner}</a>')
        else:
            out.append(inner)
        i = end
    return "".join(out)


# --------------------------------------------------------------------------- blocks


_MAX_QUOTE_DEPTH = 16


def to_html(md: str, max_line: int = 200_000, _depth: int = 0) -> str:
    """Convert (pandoc) Markdown with raw HTML into an HTML document."""
    if _depth == 0:
        md = _ESC_RE.sub(lambda m: chr(_PUA + ord(m.group(1))), md)
    doc = _Blocks(max_line, _depth)
    for raw in md.split("\n"):
        doc.feed(raw if len(raw) <= max_line else raw[:max_line])
    html = doc.finish()
    if _depth == 0 and _UNESC_RE.search(html):
        html = _UNESC_RE.sub(lambda m: _html.escape(chr(ord(m.group(0)) - _PUA), quote=False), html)
    return html


class _Blocks:
    """A Markdown text being converted line by line: the HTML written so far and the
    blocks still open (a paragraph, a list and its item, a code block, a block quote)."""

    def __init__(self, max_line: int, depth: int):
        self.max_line, self.depth = max_line, depth
        self.out: list[str] = ["<html><body>"]
        self.para: list[str] = []
        self.in_list = False
        self.list_item: list[str] | None = None
        self.code: list[str] | None = None
        self.code_fence = ""
        self.quote: list[str] = []

    def flush_para(self) -> None:
        if self.para:
            text = "\n".join(self.para)
            self.para.clear()
            self.out.append("<p>" + _inline(text) + "</p>")

    def flush_item(self) -> None:
        if self.list_item is not None:
            self.out.append("<li>" + _inline("\n".join(self.list_item)) + "</li>")
            self.list_item = None

    def close_list(self) -> None:
        self.flush_item()
        if self.in_list:
            self.out.append("</ul>")
            self.in_list = False

    def flush_quote(self) -> None:
        if self.quote:
            inner = to_html("\n".join(self.quote), self.max_line, self.depth + 1)
            inner = inner.replace("<html><body>", "").replace("</body></html>", "")
            self.out.append("<blockquote>" + inner + "</blockquote>")
            self.quote.clear()

    def feed(self, line: str) -> None:
        """Read one line: into the open code block or quote, as the start of a block, as
        more of the open list item, else as more of the paragraph."""
        if self.code is not None:
            if line.strip().startswith(self.code_fence):
                self.out.append(
                    "<pre>" + _html.escape("\n".join(self.code), quote=False) + "</pre>"
                )
                self.code = None
            else:
                self.code.append(line)
            return
        stripped = line.strip()
        q = _QUOTE_RE.match(line) if self.depth < _MAX_QUOTE_DEPTH else None
        if q and not self.in_list:
            self.flush_para()
            self.quote.append(q.group(1))
            return
        if self.quote:
            if stripped:
                self.quote.append(stripped)  # lazy continuation
                return
            self.flush_quote()
        if not stripped:
            self.flush_para()
            if self.list_item is not None:
                self.list_item.append("")
            return
        if _REF_DEF_RE.match(line) and not self.para:
            return  # "[1]: https://example.com" defines a link target; it is not text
        if self._block_start(line, stripped):
            return
        if self.in_list and self.list_item is not None:
            if line[:1] in (" ", "\t") or (self.list_item and self.list_item[-1] != ""):
                self.list_item.append(stripped)
                return
            self.close_list()
        self.para.append(line)

    def _block_start(self, line: str, stripped: str) -> bool:
        """Read a line that starts a block (code fence, fenced div, raw HTML, heading,
        rule, list item); False when it starts none."""
        if cf := _CODE_FENCE_RE.match(line):
            self.flush_para()
            self.close_list()
            self.code, self.code_fence = [], cf.group(1)
        elif fd := _FENCE_DIV_RE.match(line):
            self.flush_para()
            self.close_list()
            self.out.append(_fence_div(fd.group(2)) if fd.group(2).strip() else "</div>")
        elif _BLOCK_HTML_RE.match(line):
            self.flush_para()
            if self.in_list and self.list_item is not None and line[:1] in (" ", "\t"):
                self.flush_item()  # raw HTML inside a list item (pandoc indents it)
            else:
                self.close_list()
            self.out.append(line)
        elif h := _HEADING_RE.match(line):
            self.flush_para()
            self.close_list()
            level = len(h.group(1))
            self.out.append(f"<h{level}>{_inline(h.group(2))}</h{level}>")
        elif (
            self.para
            and _SETEXT_RE.match(line)
            and len(self.para) == 1
            and not _TABLE_RULE_RE.match(line)
        ):
            level = 1 if stripped.startswith("=") else 2
            self.out.append(f"<h{level}>{_inline(self.para.pop())}</h{level}>")
        elif _HR_RE.match(line):
            self.flush_para()
            self.close_list()
            self.out.append("<hr>")
        elif (li := _LIST_RE.match(line)) and (not self.para or self.in_list):
            self.flush_para()
            self.flush_item()
            if not self.in_list:
                self.out.append("<ul>")
                self.in_list = True
            self.list_item = [li.group(2)]
        else:
            return False
        return True

    def finish(self) -> str:
        """Close what is open; the whole document."""
        self.flush_para()
        self.close_list()
        self.flush_quote()
        if self.code is not None:
            self.out.append("<pre>" + _html.escape("\n".join(self.code), quote=False) + "</pre>")
        self.out.append("</body></html>")
        return "\n".join(self.out)


# YAML front matter ("---" ... "---" or "..."), as static-site tools and pandoc write it.
_FRONT_RE = re.compile(r"\A---[ \t]*\n(.{0,20000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_KEY_RE = re.compile(r"^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$")
_FRONT_ITEM_RE = re.compile(r"^[ \t]+-[ \t]+(.+)$")
# pandoc's title block: "% Title", "% Author; Author", "% Date" as the first lines.
_PANDOC_TITLE_RE = re.compile(r"\A((?:%[^\n]{0,500}\n){1,3})")
_FRONT_FIELDS = {
    "title": "title",
    "headline": "title",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "by": "author",
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "published_at": "date",
    "date_published": "date",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "site_name": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "source_url": "url",
}


def _scalar(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        v = v[1:-1]
    return v.strip()


def front_matter(md: str) -> tuple[dict[str, str], str]:
    """Metadata from YAML front matter or a pandoc title block, and the text after it.

    Only flat ``key: value`` lines and ``- item`` lists are read (no YAML library: the
    block is metadata, not configuration); unknown keys are ignored."""
    meta: dict[str, str] = {}
    m = _FRONT_RE.match(md)
    if m and _FRONT_KEY_RE.match(
        m.group(1).split("\n", 1)[0]
    ):  # a rule and text is not front matter
        key = None
        items: list[str] = []
        for line in m.group(1).split("\n")[:500]:
            item = _FRONT_ITEM_RE.match(line)
            if item and key:
                items.append(_scalar(item.group(1)))
                meta.setdefault(key, "")
                meta[key] = " and ".join(items)
                continue
            kv = _FRONT_KEY_RE.match(line)
            if not kv:
                continue
            field = _FRONT_FIELDS.get(kv.group(1).lower())
            key, items = (field, []) if field and field not in meta else (None, [])
            value = _scalar(kv.group(2))
            if key and value:
                if value.startswith("[") and value.endswith("]"):
                    value = " and ".join(_scalar(x) for x in value[1:-1].split(",") if x.strip())
                meta[key] = value
        return meta, md[m.end() :]
    t = _PANDOC_TITLE_RE.match(md)
    if t:
        lines = [ln[1:].strip() for ln in t.group(1).rstrip("\n").split("\n")]
        for field, value in zip(("title", "author", "date"), lines):
            if value:
                meta[field] = (
                    " and ".join(x.strip() for x in value.split(";") if x.strip())
                    if field == "author"
                    else value
                )
        return meta, md[t.end() :]
    return meta, md


def extract_markdown(md: str, *, max_depth: int = 512, max_text: int = 4_000_000):
    """Read a Markdown article: convert it to HTML and run the HTML extractor on it.

    Front matter (YAML or a pandoc title block) is the file's own metadata: it wins over
    what the text suggests (``published_from`` "meta")."""
    from tui.read import meta as M
    from tui.read.html import extract_html

    fm, md = front_matter(md)
    ex = extract_html(to_html(md), max_depth=max_depth, max_text=max_text)
    if fm.get("title"):
        ex.title = fm["title"]
    if fm.get("author"):
        ex.author = M.clean_author(fm["author"]) or fm["author"]
    if fm.get("outlet"):
        ex.outlet, ex.outlet_from = fm["outlet"], "meta"
    if fm.get("url", "").startswith(("http://", "https://")):
        ex.url = fm["url"]
        if not fm.get("outlet") and not ex.outlet:
            ex.outlet, ex.outlet_from = M.outlet_from_url(ex.url), "url"
    if fm.get("date"):
        date = M.parse_any_date(fm["date"])
        if date:
            ex.published, ex.published_from = date, "meta"
        else:
            ex.warnings.append(f"the front matter date {fm['date'][:40]!r} is not a date")
    return ex
