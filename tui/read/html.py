"""Full HTML pages -> article text and metadata (selectolax / lexbor).

How the main content is found (a readability-style scorer over text blocks, with the
page's own markup as evidence):

1. Metadata is read first: ``<meta>`` tags, ``<link rel=canonical>``, JSON-LD.
2. Scripts, styles, SVG, iframes and form controls are skipped by the walk below, with
   everything inside them (never text of the page).
3. One iterative walk (no Python recursion, so nesting depth cannot overflow anything)
   cuts the page into *blocks*: runs of text between block-level tags. Each block knows
   its owner element, its length, how much of it is link text, and whether it sits in
   a heading, a caption, or an element whose class/id/role marks it as navigation,
   sharing, related links, comments, promotion, ads or a byline (``class="share-tools"``,
   ``id="comments"``, ``<nav>``, ``<aside>``, ``<footer>`` ...).
4. Paragraph-like blocks vote for their ancestors (parent fully, grandparent half, and
   so on), weighted by length and commas (prose has commas, menus do not), and each
   element's own class/id (``article``, ``story``, ``body``, ``content`` up;
   ``comment``, ``sidebar``, ``promo`` down; ``itemprop=articleBody`` strongly up). The
   element with the best score after the link-density penalty is the article; siblings
   that look like more of it are added (bodies split into several columns).
5. The article's blocks are emitted in order, dropping link lists, navigation-like
   elements inside it, standalone boilerplate lines ("Advertisement", "Continue reading
   the main story", "Supported by", "Read more: ..."), and sending captions and photo
   credits to ``captions``.
6. JSON-LD ``articleBody`` is used as a fallback only when the page itself yields much
   less text than it (pages that render their body with JavaScript).

The same extractor reads pandoc-style Markdown exports (``tui.read.markdown`` turns them
into HTML first). Metadata comes from JSON-LD and ``<meta>`` first ("meta"); a date
printed near the byline is the fallback ("byline"), which is all a Markdown export has.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from tui.read import meta as M
from tui.read.repair import collapse_spaces, repair

__all__ = ["Extracted", "extract_html", "flatten_deep_html"]


@dataclass
class Extracted:
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: _dt.date | None = None
    published_from: str | None = None
    outlet: str | None = None
    #: which clue named the outlet (see tui.read.outlets.OUTLET_FROM)
    outlet_from: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    # the reader's hints (body_from, dek, description: see tui.model.Hints)
    hints: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- vocabulary

_STRIP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "video",
    "audio",
    "map",
    "dialog",
    "head",
    "link",
    "meta",
    "source",
    "track",
    "picture",
]
_STRIP_SET = frozenset(_STRIP_TAGS)
_BLOCK_TAGS = frozenset(
    "p div section article main header footer aside nav li ul ol dl dt dd h1 h2 h3 h4 h5 h6 "
    "blockquote pre table thead tbody tfoot tr td th caption figure figcaption form fieldset "
    "address hr center details summary menu hgroup body html legend".split()
)
_INLINE_TAGS = frozenset(
    "a span b strong i em u s small big sup sub font time abbr acronym cite q mark label bdi bdo code kbd "
    "samp var ins del data dfn nobr tt strike".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that are not the article whatever their class says.
_NEG_TAGS = frozenset({"nav", "aside", "footer", "menu", "form"})
# Furniture elements (by class) with less text than this are not walked at all.
_SMALL_FURNITURE = 400
# Not even walked (unless marked as the article body): most of a page's furniture.
_SKIP_TAGS = frozenset({"nav", "aside", "footer"})
# Headline, standfirst and byline live in the article's <header>: metadata, not body.
_META_TAGS = frozenset({"address", "header"})
_CAPTION_TAGS = frozenset({"figure", "figcaption"})
# A paragraph-like owner votes for its parent; a container with direct text for itself.
_PARA_TAGS = frozenset(
    {"p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_SIBLING_TEXT_TAGS = frozenset({"ul", "ol", "dl", "blockquote", "pre", "table"})
_TAG_BASE = {
    "div": 5,
    "article": 10,
    "main": 5,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}

# Class/id words of page furniture (substring match: "sharetools", "related-links").
_NEG_SUBSTR = (
    r"comment|disqus|share|sharing|social|related|recommend|promo|sponsor|advert|newsletter|"
    r"subscri|signup|sign-up|sidebar|widget|footer|masthead|breadcrumb|cookie|gdpr|consent|popup|"
    r"modal|outbrain|taboola|recirc|trending|popular|pagination|pager|toolbar|skyscraper|banner|"
    r"navigation|navbar|menu|login|paywall|read-?more|more-?from|most-?read|jump|tooltip|"
    r"follow-?us|app-?promo|teaser|carousel|overlay|interstitial|tag-?list|tag-?cloud"
)
# ... and whole words of a class name ("ad", "nav-ad", "ad_slot"; not "head" or "load")
_NEG_WORDS = r"ad|ads|adv|dfp|nav|tags|hide|print|meta|extra|tools?|rail|top-?stories"
_NEG_RE = re.compile(rf"{_NEG_SUBSTR}|(?:^|[\s_-])(?:{_NEG_WORDS})(?:$|[\s_-])", re.I)
_ALWAYS_OUT_RE = re.compile(
    r"comment|disqus|related|recommend|newsletter|outbrain|taboola|recirc", re.I
)
_META_SUBSTR, _META_WORDS = r"byline|author|dateline|timestamp|publish|posted-?on", r"date|time"
_META_RE = re.compile(rf"{_META_SUBSTR}|(?:^|[\s_-])(?:{_META_WORDS})(?:$|[\s_-])", re.I)
_CAPTION_SUBSTR = r"caption|credit|figcaption|photo|gallery|slideshow|lightbox"
_CAPTION_WORDS = r"figure|image|img|media|video"
_CAPTION_RE = re.compile(rf"{_CAPTION_SUBSTR}|(?:^|[\s_-])(?:{_CAPTION_WORDS})(?:$|[\s_-])", re.I)
_POS_RE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|column", re.I
)
_STRONG_POS_RE = re.compile(
    r"article-?body|articlebody|story-?body|storybody|entry-?content|post-?content|post-?body|"
    r"article-?content|article-?text|story-?content|main-?content|body-?text|rich-?text",
    re.I,
)
# A caption is short: an element with a picture-like class ("media-body", "image-wrap")
# holding more text than this is a layout box around the article, not a caption.
_CAPTION_MAX = 800
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_WORDS = (
    r"hidden|visually-?hidden|sr-only|screen-?reader-?(?:only|text)|offscreen|is-hidden|d-none"
)
_HIDDEN_CLASS_RE = re.compile(rf"(?:^|\s)(?:{_HIDDEN_WORDS})(?:$|\s)", re.I)

# Standalone lines that are page furniture, not article text (matched against a whole
# block, case-insensitive, after trimming punctuation).
_BOILERPLATE_RE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored(?: content)?|supported by|continue reading(?: the main story)?"
    r"|site index|site information navigation|skip to (?:content|main content|site index|navigation)"
    r"|story continues below(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?"
    r"|read more|read next|see also|more stories|more on this|related(?: stories| articles| content| coverage)?"
    r"|share(?: this)?(?: article| story)?|share on \w+|tweet|email|print|comments?|\d+ comments?|view comments|leave a comment"
    r"|image|photo|video|play video|watch|listen(?: to this article)?|close|open|menu|search|sections|loading"
    r"|sign up|subscribe(?: now)?|log ?in|sign in|register|follow us|click here|back to top|top of page"
    r"|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed)|you may also like|you might also like"
    r"|all rights reserved|terms of (?:use|service)|privacy policy|cookie policy|contact us|about us)$",
    re.I,
)
# Promotional sentences that open a short block: "Read more: <headline>", "Related: ...",
# "Sign up for our newsletter ...", "Follow us on Twitter", "Click here to ...". Labels
# need their colon or dash, so prose that merely starts with "Related to ..." or
# "Watchdogs said ..." is never taken for one.
_PROMO_RE = re.compile(
    r"^(?:(?:read more|read also|also read|see also|related(?: stories| articles| content| coverage)?|recommended"
    r"|watch|listen|more)\s*[:|—–]"
    r"|(?:click|tap) here\b|follow (?:us\b|\w+ on (?:twitter|facebook|instagram|x|linkedin)\b)"
    r"|sign up (?:for|to)\b|subscribe (?:to|for|now)\b|get (?:our|the) [\w ]{0,30}newsletter"
    r"|download (?:our|the) [\w ]{0,20}app\b|join (?:us|our)\b"
    r"|this (?:article|story) (?:is|was) (?:part of|brought to you)|©|copyright\s*(?:©\s*)?\d|\(c\) \d)",
    re.I,
)
_TRIM = " \t\n.,:;!|·•–—-…>»›"

_collapse = collapse_spaces


# Section labels of recirculation blocks: "More Great WIRED Stories", "Related
# Articles", "Latest news", "Top stories from around the web".
_RECIRC_LABEL_RE = re.compile(
    r"^(?:more|related|recommended|other|top|latest|popular|trending|editors'? picks?|most)\b[\w ’'&-]{0,40}?"
    r"\b(?:stories|articles|news|reads|videos|coverage|posts|headlines|links)(?: from [\w ’'&-]{1,40})?$",
    re.I,
)
_RIGHTS_RE = re.compile(
    r"all rights reserved|may not be (?:published|reproduced|redistributed)", re.I
)


def is_furniture_line(text: str) -> bool:
    """A standalone line of page furniture: "Advertisement", "Supported by", "Site Index",
    "Continue reading the main story", "Related Articles" (whole line, any case)."""
    t = text.strip(_TRIM)
    return bool(t) and len(t) <= 60 and bool(_BOILERPLATE_RE.match(t) or _RECIRC_LABEL_RE.match(t))


def _is_boilerplate(text: str) -> bool:
    t = text.strip(_TRIM)
    if not t:
        return True
    if len(t) <= 60 and (_BOILERPLATE_RE.match(t) or _RECIRC_LABEL_RE.match(t)):
        return True
    if len(t) <= 200 and (_PROMO_RE.match(t) or _has_rights(t)):
        return True
    return False


def _has_rights(t: str) -> bool:
    """``_RIGHTS_RE.search(t)``, searched only when its words are there (see
    ``tui.read.meta._ODD_FOLDS``: lowercase text is compared only without those)."""
    if t.isascii() or not any(c in t for c in M._ODD_FOLDS):
        low = t.lower()
        if "all rights reserved" not in low and "may not be " not in low:
            return False
    return _RIGHTS_RE.search(t) is not None


# --------------------------------------------------------------------------- depth guard

_FLATTEN_MIN_TAGS = 20_000
# Tags that nest: not void elements, and not the ones HTML closes by itself (a <p> ends
# the open <p>, an <li> the open <li>), which never build depth however many there are.
_NOT_NESTING = (
    "area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|keygen|command|basefont|frame|"
    "p|li|dt|dd|tr|td|th|option|optgroup|thead|tbody|tfoot|colgroup|rb|rt|rp|!|\\?"
)
_NEST_RE = re.compile(r"<(/?)(?!(?:" + _NOT_NESTING + r")\b)([A-Za-z][A-Za-z0-9:-]{0,40})", re.I)


def _max_nesting(html: str) -> int:
    """An upper estimate of tag nesting (C-speed scan; unclosed tags count as open)."""
    from itertools import accumulate

    marks = _NEST_RE.findall(html)
    if not marks:
        return 0
    return max(accumulate(-1 if m[0] else 1 for m in marks))


def flatten_deep_html(html: str, max_depth: int) -> tuple[str, bool]:
    """Drop the tags that would nest deeper than ``max_depth`` (their text stays).

    lexbor builds very deep trees in quadratic time, so a page nested 100,000 deep is
    flattened before it is parsed. This is a tag-level approximation of nesting (it does
    not apply the HTML tree-construction rules), which is all a guard needs.
    """
    # lexbor's cost grows with depth times tags; below this many tags it stays fast
    # whatever the nesting, and even a scan would cost more than it saves.
    if html.count("<") <= max(max_depth, _FLATTEN_MIN_TAGS) or _max_nesting(html) <= max_depth:
        return html, False
    stack: list[str] = []
    out: list[str] = []
    last = 0
    changed = False
    dropped: dict[str, int] = {}
    for m in _NEST_RE.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        end = html.find(">", m.end(), m.end() + 4000)
        if end < 0:
            continue
        if html[end - 1] == "/" and not closing:
            continue
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                out.append(html[last : m.start()])
                last = end + 1
                changed = True
            elif stack:
                # close up to the matching open tag
                for i in range(len(stack) - 1, max(-1, len(stack) - 50), -1):
                    if stack[i] == name:
                        del stack[i:]
                        break
        elif len(stack) >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            out.append(html[last : m.start()])
            last = end + 1
            changed = True
        else:
            stack.append(name)
    if not changed:
        return html, False
    out.append(html[last:])
    return "".join(out), True


# --------------------------------------------------------------------------- the walk


# A line break inside a block (<br>). A lone surrogate never occurs in parsed text.
_BR = "\ud800"


def _lines(text: str) -> str:
    """A block's text with its <br> breaks as line ends (for metadata: the marker itself
    must never leave the walk)."""
    return text.replace(_BR, "\n")


class _El:
    __slots__ = (
        "tag",
        "parent",
        "depth",
        "neg",
        "meta",
        "caption",
        "pos",
        "strong",
        "weight",
        "text_len",
        "link_len",
        "score",
        "scored",
        "children",
        "attr_key",
        "long_blocks",
        "b0",
        "b1",
    )

    def __init__(
        self,
        tag,
        parent,
        depth,
        attr_key="",
        neg=False,
        meta=False,
        caption=False,
        pos=False,
        strong=False,
        weight=0,
        b0=0,
    ):
        self.tag = tag
        self.parent = parent
        self.depth = depth
        self.attr_key = attr_key
        self.neg = neg
        self.meta = meta
        self.caption = caption
        self.pos = pos
        self.strong = strong
        self.weight = weight
        # the blocks inside this element are blocks[b0:b1] (document order)
        self.b0 = b0
        self.b1 = 1 << 62
        self.text_len = self.link_len = self.long_blocks = 0
        self.score = 0.0
        self.scored = False
        self.children: list[int] = []


class _Block:
    __slots__ = ("owner", "parts", "link_len", "heading", "text", "index")

    def __init__(self, owner, heading):
        self.owner = owner
        self.parts: list[str] = []
        self.link_len = 0
        self.heading = heading
        self.text = ""
        self.index = 0


_NO_FLAGS = (False, False, False, False, False, False)
_FLAG_CACHE: dict[str, tuple] = {}


# The same tests for text already lowercased (ASCII), case-sensitive and each pattern's
# substrings apart from its whole words, the words found first and their bounds checked
# after (lookarounds): several times faster, as re can then skip ahead on first letters.
_WORD_L, _WORD_R = r"(?<![^\s_-])", r"(?![^\s_-])"
_STRONG_LOW = re.compile(_STRONG_POS_RE.pattern).search
_NEG_LOW = (
    re.compile(_NEG_SUBSTR).search,
    re.compile(rf"{_WORD_L}(?:{_NEG_WORDS}){_WORD_R}").search,
)
_META_LOW = (
    re.compile(_META_SUBSTR).search,
    re.compile(rf"{_WORD_L}(?:{_META_WORDS}){_WORD_R}").search,
)
_CAPTION_LOW = (
    re.compile(_CAPTION_SUBSTR).search,
    re.compile(rf"{_WORD_L}(?:{_CAPTION_WORDS}){_WORD_R}").search,
)
_POS_LOW = re.compile(_POS_RE.pattern).search
_HIDDEN_LOW = re.compile(rf"(?<!\S)(?:{_HIDDEN_WORDS})(?!\S)").search


def _classify(key: str) -> tuple:
    """(neg, meta, caption, pos, strong, hidden) for a class/id/role string, cached."""
    hit = _FLAG_CACHE.get(key)
    if hit is not None:
        return hit
    if key.isascii():
        # lowercase ASCII and case-sensitive patterns match exactly as the patterns do
        # with re.I (which also folds a few non-ASCII letters, hence the test)
        text = key.lower()
        if _STRONG_LOW(text):
            flags = (False, False, False, True, True, False)
        else:
            flags = (
                _NEG_LOW[0](text) is not None or _NEG_LOW[1](text) is not None,
                _META_LOW[0](text) is not None or _META_LOW[1](text) is not None,
                _CAPTION_LOW[0](text) is not None or _CAPTION_LOW[1](text) is not None,
                _POS_LOW(text) is not None,
                False,
                _HIDDEN_LOW(text) is not None,
            )
    elif _STRONG_POS_RE.search(key):
        flags = (False, False, False, True, True, False)
    else:
        flags = (
            _NEG_RE.search(key) is not None,
            _META_RE.search(key) is not None,
            _CAPTION_RE.search(key) is not None,
            _POS_RE.search(key) is not None,
            False,
            _HIDDEN_CLASS_RE.search(key) is not None,
        )
    if len(_FLAG_CACHE) > 50_000:
        _FLAG_CACHE.clear()
    _FLAG_CACHE[key] = flags
    return flags


_KEY_ATTRS = frozenset(
    (
        "class",
        "id",
        "role",
        "itemprop",
        "data-testid",
        "data-component",
        "data-module",
        "aria-label",
        "name",
    )
)


# What the walk does with an element (besides the index of a new _El): leave it and
# everything inside it out, or read it as part of the element around it.
_LEAVE_OUT, _READ_AS_INLINE = -1, -2
# Elements that hold no text to walk: a line break inside a block, a rule that ends the
# block, and scripts, styles, forms and embedded media (never text of the page).
_LINE_BREAK, _RULE, _NO_TEXT = 1, 2, 3
_VOID_KIND = {"br": _LINE_BREAK, "hr": _RULE, "img": _NO_TEXT, "wbr": _NO_TEXT} | {
    tag: _NO_TEXT for tag in _STRIP_SET
}


class _Walk:
    """What the walk has gathered so far, besides the open block and the frames."""

    __slots__ = ("els", "blocks", "links", "footers", "max_depth", "deep", "measure_budget")

    def __init__(self, root, max_depth: int):
        self.els: list[_El] = [_El(root.tag or "body", -1, 0)]
        self.blocks: list[_Block] = []
        self.links: list[str] = []  # absolute link URLs
        self.footers: list[str] = []  # the text of page footers
        self.max_depth = max_depth
        self.deep = False  # elements nested past max_depth were read as inline
        self.measure_budget = 4_000_000  # characters of furniture text measured, at most


def _close_block(blocks: list[_Block], block: _Block) -> None:
    """Close the open block: keep it when it holds more than whitespace."""
    text = "".join(block.parts)
    if text.strip():
        block.text = text
        block.index = len(blocks)
        blocks.append(block)


def _void_element(kind: int | None, blocks: list[_Block], cur: _Block | None) -> _Block | None:
    """A node with no text to walk (``kind`` from _VOID_KIND; None for a comment or the
    doctype): a <br> is a line break in the open block, an <hr> closes it. Returns the
    open block."""
    if kind == _LINE_BREAK and cur is not None:
        cur.parts.append(_BR)
    elif kind == _RULE and cur is not None:
        _close_block(blocks, cur)
        cur = None
    return cur


def _walk(root, max_depth: int, max_text: int = 1 << 62):
    """Cut the tree under ``root`` into elements and text blocks, iteratively.

    Returns ``(elements, blocks, absolute link URLs, too_deep, cut, footer texts)``;
    stops after ``max_text`` characters of text (``cut`` says so).

    Runs once per node of the page: reads text (the hot case) itself and hands each
    element once to ``_enter``. The frame being read is in locals (element index, link
    depth, heading level, owner, ``own``: False when read as part of its parent); the
    frames around it wait on ``stack`` with their node. ``cur`` is the open block."""
    w = _Walk(root, max_depth)
    els, blocks = w.els, w.blocks
    cur: _Block | None = None
    ei, in_link, heading, owner, own = 0, 0, 0, 0, True
    node = root.first_child  # (first_child / next: faster than iter() generators)
    stack: list[tuple] = []
    seen_text, cut = 0, False
    BLOCK, INLINE, HEADINGS, VOID = _BLOCK_TAGS, _INLINE_TAGS, _HEADINGS, _VOID_KIND
    LEAVE_OUT, READ_AS_INLINE = _LEAVE_OUT, _READ_AS_INLINE
    Block, close, enter, push, pop = _Block, _close_block, _enter, stack.append, stack.pop
    while True:
        if node is None:  # the end of the frame's children
            if own:  # the end of an element of its own
                el = els[ei]
                if cur is not None and el.tag in BLOCK:
                    close(blocks, cur)  # the block ends with its element
                    cur = None
                el.b1 = len(blocks) + (1 if cur is not None else 0)
            if not stack:
                break
            done, ei, in_link, heading, owner, own = pop()
            node = done.next
            continue
        tag = node.tag
        if tag == "-text":
            # layout whitespace between blocks is skipped (is_empty_text_node: tested in C)
            t = "" if cur is None and node.is_empty_text_node else node.text_content
            if t and (cur is not None or not t.isspace()):
                if cur is None or cur.owner != owner:
                    if cur is not None:
                        close(blocks, cur)
                    cur = Block(owner, heading)
                cur.parts.append(t)
                seen_text += len(t)
                if seen_text > max_text:
                    cut = True
                    break
                if in_link:
                    cur.link_len += len(t.strip())
            node = node.next
            continue
        if tag is None or tag[0] == "-" or tag in VOID:  # comments, doctype, void elements
            cur = _void_element(VOID.get(tag or ""), blocks, cur)
            node = node.next
            continue
        attrs = node.attributes
        idx = enter(w, node, tag, attrs, ei) if attrs or tag not in INLINE else READ_AS_INLINE
        if idx == LEAVE_OUT:
            node = node.next
            continue
        push((node, ei, in_link, heading, owner, own))
        if tag == "a":
            in_link += 1
        if idx == READ_AS_INLINE:
            own = False
        else:
            if tag in BLOCK:
                if cur is not None:
                    close(blocks, cur)
                    cur = None
                owner = idx
            els[idx].b0 = len(blocks)
            if tag in HEADINGS:
                heading = HEADINGS[tag]
            ei, own = idx, True
        node = node.first_child
    if cur is not None:
        close(blocks, cur)
    return els, blocks, w.links, w.deep, cut, w.footers


def _enter(w: _Walk, node, tag: str, attrs, parent: int) -> int:
    """Where the walk goes at an element: ``_LEAVE_OUT``, ``_READ_AS_INLINE`` (its text
    belongs to the element around it), else the index of the new _El that reads it."""
    if attrs:
        if "hidden" in attrs or (attrs.get("aria-hidden") == "true" and tag not in _BLOCK_TAGS):
            return _LEAVE_OUT
        style = attrs.get("style")
        if style and _HIDDEN_STYLE_RE.search(style):
            return _LEAVE_OUT
        # the attributes that say what the element is for (_KEY_ATTRS), as one string:
        # each value's first 200 characters, joined by spaces
        key = ""
        for k, v in attrs.items():
            if v and k in _KEY_ATTRS:
                key = v[:200] if not key else key + " " + v[:200]
        flags = (_FLAG_CACHE.get(key) or _classify(key)) if key else _NO_FLAGS
        if flags[5]:
            return _LEAVE_OUT  # hidden by class ("sr-only", "visually-hidden")
        if tag == "a":
            href = attrs.get("href")
            if href and href.startswith(("http://", "https://", "//")):
                w.links.append(href)
        plain = (
            not (flags[0] or flags[1] or flags[2] or flags[4])
            and "itemprop" not in attrs
            and "rel" not in attrs
        )
        if flags[0] and not (flags[1] or flags[2] or flags[4]) and _small_furniture(w, node):
            return _LEAVE_OUT
    else:
        key, flags, plain = "", _NO_FLAGS, True
    if tag in _SKIP_TAGS and not flags[4]:
        # site navigation, asides and page footers never hold the article: read only
        # the footer's text (its copyright line may name the outlet)
        if tag == "footer":
            w.footers.append(node.text(deep=True, separator=" ")[:2000])
        return _LEAVE_OUT
    if plain and tag in _INLINE_TAGS:
        return _READ_AS_INLINE  # an inline element with nothing to say about itself
    depth = w.els[parent].depth + 1
    if depth > w.max_depth:
        w.deep = True  # too deep: read as inline content of the current owner
        return _READ_AS_INLINE
    return _add_element(w.els, tag, parent, depth, key, flags, attrs)


def _small_furniture(w: _Walk, node) -> bool:
    """A share bar, an ad slot, a promo box: furniture with little text is never part of
    the article, so its subtree is not walked (a C-speed length check, within a budget
    so that nested furniture cannot make it quadratic)."""
    if w.measure_budget <= 0:
        return False
    n = len(node.text(deep=True))
    w.measure_budget -= n + 1
    return n < _SMALL_FURNITURE


def _add_element(els: list[_El], tag: str, parent: int, depth: int, key, flags, attrs) -> int:
    """A new _El for an element read as one of its own, with what its tag, class (flags)
    and microdata say about it; returns its index."""
    neg, meta, caption, pos, strong, _ = flags
    itemprop = attrs.get("itemprop") if attrs else None
    if itemprop == "articleBody":
        strong, neg, meta, caption, pos = True, False, False, False, True
    if tag in _NEG_TAGS:
        neg = True
    if tag in _META_TAGS:
        meta = True
    elif meta and tag in ("body", "html", "main", "article"):
        meta = False
    if key and (
        itemprop in ("author", "datePublished", "dateModified", "creator")
        or attrs.get("rel") == "author"
    ):
        meta = True
    if tag in _CAPTION_TAGS:
        caption = True
    weight = _TAG_BASE.get(tag, 0) + (25 if pos else 0) - (25 if neg else 0) + (50 if strong else 0)
    idx = len(els)
    els.append(_El(tag, parent, depth, key, neg, meta, caption, pos, strong, weight))
    els[parent].children.append(idx)
    return idx


# --------------------------------------------------------------------------- scoring


def _chain(els, i, limit=400):
    out: list[int] = []
    while i >= 0 and len(out) < limit:
        out.append(i)
        i = els[i].parent
    return out


def _choose(els, blocks, use_neg: bool):
    """The element that holds the article, and the siblings that are more of it."""
    _sum_text(els, blocks)
    candidates = _vote(els, blocks, use_neg)
    if not candidates:
        return None, []
    final: dict[int, float] = {}
    for i in candidates:
        e = els[i]
        ld = e.link_len / e.text_len if e.text_len else 0
        final[i] = e.score * (1 - ld)
    top = max(final, key=final.__getitem__)  # the first of the best scores
    best_score = final[top]
    top = _common_ancestor(els, final, top)
    top = _climb(els, final, top, final.get(top, best_score))
    # an only child stands for its parent
    while els[top].parent > 0 and len(els[els[top].parent].children) == 1:
        top = els[top].parent
    top = _article_body_above(els, top)
    return top, _more_of_it(els, final, top, final.get(top, best_score), use_neg)


def _sum_text(els, blocks) -> None:
    """Text and link length per element (sum over the blocks beneath): each block counts
    for its owner, and each element, last to first, adds its sums to its parent's (a
    parent always comes before its children)."""
    for e in els:
        e.text_len = e.link_len = e.long_blocks = 0
    for b in blocks:
        n = len(b.text.strip())
        e = els[b.owner]
        e.text_len += n
        e.link_len += b.link_len
        if n >= 80:
            e.long_blocks += 1
    for e in reversed(els):
        if e.parent >= 0 and e.text_len:
            p = els[e.parent]
            p.text_len += e.text_len
            p.link_len += e.link_len
            p.long_blocks += e.long_blocks


def _vote(els, blocks, use_neg: bool) -> set[int]:
    """Each paragraph of prose scores its owner and the owner's ancestors (less the
    further up); returns the elements that got a vote."""
    candidates: set[int] = set()
    for b in blocks:
        if b.heading:
            continue
        text = b.text.strip()
        n = len(text)
        if n < 25:
            continue
        # the owner and its ancestors, 8 at most; on the way: furniture (not strong), a
        # strong element, a caption within 4
        chain: list[int] = []
        furniture = strong = caption = False
        i = b.owner
        while i >= 0 and len(chain) < 8:
            e = els[i]
            chain.append(i)
            if e.strong:
                strong = True
            elif e.neg or e.meta:
                furniture = True
            if e.caption and len(chain) <= 4:
                caption = True
            i = e.parent
        if use_neg and furniture and not strong:
            # page furniture does not vote (unless inside an explicit article body)
            continue
        if caption and n < 600:
            continue
        score = 1 + text.count(",") + text.count("，") + min(n // 100, 3)
        start = 1 if els[b.owner].tag in _PARA_TAGS else 0
        for level, i in enumerate(chain[start : start + 5]):
            e = els[i]
            if not e.scored:
                e.scored = True
                e.score += e.weight
            div = 1 if level == 0 else 2 if level == 1 else level * 3
            e.score += score / div
            candidates.add(i)
    return candidates


def _common_ancestor(els, final: dict[int, float], top: int) -> int:
    """Several strong candidates under one ancestor: the ancestor is the article."""
    best_score = final[top]
    alts = [i for i, s in final.items() if i != top and s >= 0.75 * best_score]
    if len(alts) >= 3:
        anc = els[top].parent
        alt_chains = [set(_chain(els, a, 60)) for a in alts]
        while anc > 0:
            if sum(1 for c in alt_chains if anc in c) >= 3:
                return anc
            anc = els[anc].parent
    return top


def _climb(els, final: dict[int, float], top: int, last: float) -> int:
    """Climb while the parent scores better (readability's parent check); ``last`` is
    the score of ``top``."""
    threshold = last / 3
    p = els[top].parent
    while p > 0:
        if p not in final:
            p = els[p].parent
            continue
        ps = final[p]
        if ps < threshold:
            break
        if ps > last:
            return p
        last = ps
        p = els[p].parent
    return top


def _article_body_above(els, top: int) -> int:
    """An explicit article-body element just above the winner holds all of it (bodies
    split into sections whose paragraphs sit too deep to vote for it)."""
    if els[top].strong:
        return top
    a = els[top].parent
    for _ in range(6):
        if a <= 0:
            break
        e = els[a]
        if e.strong:
            if e.text_len <= 2.5 * max(1, els[top].text_len) and e.link_len < 0.3 * max(
                1, e.text_len
            ):
                return a
            break
        a = e.parent
    return top


def _more_of_it(els, final: dict[int, float], top: int, top_score: float, use_neg: bool):
    """``top`` and the siblings of it that are more of the article."""
    selected = [top]
    parent = els[top].parent
    if parent < 0:
        return selected
    thr = max(10.0, top_score * 0.2)
    cls = els[top].attr_key
    for s in els[parent].children:
        if s == top:
            continue
        e = els[s]
        if use_neg and (e.neg or e.meta) and not e.strong:
            continue
        same_kind = bool(cls) and e.attr_key == cls
        bonus = top_score * 0.2 if same_kind else 0
        if final.get(s, float("-inf")) + bonus >= thr:
            selected.append(s)
            continue
        if same_kind and e.text_len >= 80 and e.link_len < 0.3 * e.text_len:
            # another section of the same body ("story-section", "acf-content")
            selected.append(s)
            continue
        if e.tag == "p" and e.text_len:
            ld = e.link_len / e.text_len
            if (e.text_len > 80 and ld < 0.25) or (0 < e.text_len <= 80 and ld == 0):
                selected.append(s)
        elif e.tag in _SIBLING_TEXT_TAGS and e.text_len >= 40 and e.link_len < 0.2 * e.text_len:
            # a list, quotation or table between the article's paragraphs
            selected.append(s)
    return selected


def _is_caption_box(e: _El) -> bool:
    """A picture-like element is a caption when it is short: one line of prose at most
    (the caption), plus short credit and label lines."""
    return e.text_len < _CAPTION_MAX and e.long_blocks <= 1


def _emit(els, blocks, selected: set[int]):
    """The selected elements' blocks, filtered: (paragraphs, captions, used block ids)."""
    paragraphs: list[str] = []
    captions: list[str] = []
    used: list[int] = []
    span = [len(blocks), -1]  # first and last block inside the article
    link_lists = _link_lists(els, blocks)
    for bi in _candidate_blocks(els, blocks, selected):
        b = blocks[bi]
        found = _selected_ancestor(els, b, selected)
        if found is None:
            continue
        top, flagged, cap = found
        span[0] = min(span[0], b.index)
        span[1] = max(span[1], b.index)
        if flagged:
            # furniture is small next to the article: a flagged element holding half of
            # it is a wrapper with an unlucky class ("post tag-sharing"), not furniture
            whole = els[top].text_len or 1
            if any(e.text_len < 0.5 * whole or _ALWAYS_OUT_RE.search(e.attr_key) for e in flagged):
                continue
        if cap is not None:
            continue  # captions are collected by _captions
        if b.heading == 1:
            continue
        if link_lists and els[b.owner].tag == "li" and els[b.owner].parent in link_lists:
            continue
        lines, credit = _block_lines(b)
        if credit:
            captions.extend(lines)
        elif lines:
            paragraphs.extend(lines)
            used.append(b.index)
    return paragraphs, captions, used, span


def _candidate_blocks(els, blocks, selected: set[int]) -> list[int]:
    """The indices of the blocks inside any selected element, in order."""
    candidates: set[int] = set()
    for i in selected:
        e = els[i]
        candidates.update(range(max(0, e.b0), min(len(blocks), e.b1)))
    return sorted(candidates)


def _selected_ancestor(els, b, selected: set[int]) -> tuple[int, list[_El], int | None] | None:
    """The selected element that holds block ``b``, the furniture (negative or meta, not
    strong) on the way up to it, and the caption box on the way (or the selected element
    itself when it is one); None when no selected element holds it."""
    i = b.owner
    flagged: list[_El] = []
    cap = None
    guard = 0
    while i >= 0 and guard < 1000:
        e = els[i]
        if i in selected:
            if e.caption and cap is None and _is_caption_box(e):
                cap = i
            return i, flagged, cap
        if (e.neg or e.meta) and not e.strong:
            flagged.append(e)
        if e.caption and cap is None and _is_caption_box(e):
            cap = i
        i = e.parent
        guard += 1
    return None


def _block_lines(b) -> tuple[list[str], bool]:
    """The lines of prose of block ``b`` that are not boilerplate, and whether they are a
    photo credit instead (a caption); no lines for a block of links or a long heading."""
    text = b.text
    flat = _collapse(text.replace(_BR, " "))
    if not flat:
        return [], False
    n = len(flat)
    ld = b.link_len / n if n else 0
    # mostly link text: a link list or a "Read more: <headline>" line; a sentence
    # with a long link in it still has prose of its own around the link
    if ld > 0.8 or (ld > 0.5 and n - b.link_len < 40):
        return [], False
    if b.heading and (n > 200 or ld > 0.3):
        return [], False
    if M.ends_with_credit(flat) and n < 500:
        return [flat], True
    if _BR in text:
        lines = [ln for ln in (_collapse(x) for x in text.split(_BR)) if ln]
    else:
        lines = [flat]
    return [ln for ln in lines if not _is_boilerplate(ln)], False


def _link_lists(els, blocks) -> set[int]:
    """Lists whose every item carries a link: "more stories" teasers, even when each item
    reads "Could an astronaut lost in space <a>use gravity to get around</a>?"."""
    items: dict[int, list[int]] = {}
    for b in blocks:
        owner = els[b.owner]
        if owner.tag == "li" and owner.parent >= 0 and els[owner.parent].tag in ("ul", "ol"):
            st = items.setdefault(owner.parent, [0, 0, 0, 0])
            n = len(b.text.strip())
            st[0] += 1
            st[1] += 1 if b.link_len else 0
            st[2] += n
            st[3] += b.link_len
    out = set()
    for lst, (count, linked, chars, link_chars) in items.items():
        if (
            count >= 3
            and linked >= 0.8 * count
            and link_chars >= 0.3 * chars
            and chars / count < 150
        ):
            out.add(lst)
    return out


def _drop_leading_meta(paragraphs: list[str]) -> list[str]:
    """Bylines and bare dates near the top are metadata, not text: "By Jane Doe",
    "March 3, 2020", "Updated Nov. 19, 2019 8:21 am ET" (read by the metadata pass).
    Only the first few paragraphs are looked at; a date line further down is text."""
    head, rest = paragraphs[:5], paragraphs[5:]
    kept = []
    for p in head:
        words = len(p.split())
        if (words <= 16 and M.parse_byline(p)) or M.is_date_line(p):
            continue
        kept.append(p)
    return kept + rest


def _captions(els, blocks, lo: int, hi: int) -> list[str]:
    """Captions of the pictures between the headline and the end of the article."""
    groups: dict[int, list[str]] = {}
    order: list[int] = []
    for b in blocks[max(0, lo) : hi + 1]:
        i = b.owner
        cap = None
        bad = False
        guard = 0
        while i > 0 and guard < 60:
            e = els[i]
            if e.caption and _is_caption_box(e):
                cap = i
            if e.neg and not e.strong and not e.caption and e.text_len < 1500:
                bad = True
            i = e.parent
            guard += 1
        if cap is None or bad:
            continue
        if cap not in groups:
            groups[cap] = []
            order.append(cap)
        groups[cap].append(b.text.replace(_BR, " "))
    out = []
    for c in order:
        text = _caption_text(groups[c])
        if text and text not in out:
            out.append(text)
    return out


_RUN_ON_RE = re.compile(r"([a-z][.!?])(?=[A-Z][a-z])")
_CREDIT_SPLIT_RE = re.compile(r"\s*\b(Credit|Photo|Photograph|Image)s?\s*(?:\.\.\.|…|:)\s*", re.I)


def _caption_text(parts: list[str]) -> str:
    text = _collapse(" ".join(_collapse(p) for p in parts if p.strip()))
    # a credit in its own inline element runs into the caption: "on Monday.Rahmat Gul"
    text = _RUN_ON_RE.sub(r"\1 ", text).strip()
    if not text or _is_boilerplate(text):
        return ""
    # "…the end of America’s longest war. Credit... Rahmat Gul/Associated Press"
    m = _CREDIT_SPLIT_RE.search(text)
    if m and m.start() > 0:
        text = (
            text[: m.start()].rstrip()
            + " "
            + m.group(1).capitalize()
            + ": "
            + text[m.end() :].lstrip()
        )
    elif m:
        text = m.group(1).capitalize() + ": " + text[m.end() :].lstrip()
    if text.lower().startswith("image "):
        text = text[6:]
    return text.strip()


# --------------------------------------------------------------------------- metadata


def _meta_map(tree) -> dict[str, str]:
    """``<meta>`` values by every name they carry (property, name, each itemprop)."""
    out: dict[str, str] = {}
    # (tags() finds elements by name in one C pass, many times faster than css())
    for node in tree.tags("meta")[:2000]:
        a = node.attributes
        val = a.get("content")
        if not val:
            continue
        keys = [a.get("property"), a.get("name"), a.get("http-equiv")]
        keys.extend((a.get("itemprop") or "").split()[:4])
        for key in keys:
            if key and key.lower() not in out:
                out[key.lower()] = val[:5000]
    return out


def _is_ld_type(value: str | None) -> bool:
    """``type="application/ld+json"``, in any ASCII case (as CSS matches ``type``)."""
    return (
        value is not None
        and len(value) == 19
        and value.isascii()
        and value.lower() == "application/ld+json"
    )


def _jsonld(tree) -> list[dict]:
    """JSON-LD objects of the page, flattened out of @graph and lists (bounded)."""
    objs: list[dict] = []
    scripts = [n for n in tree.tags("script") if _is_ld_type(n.attributes.get("type"))]
    for node in scripts[:50]:
        raw = node.text(deep=True) or ""
        if len(raw) > 2_000_000:
            continue
        raw = raw.strip()
        if raw.startswith("<!--"):
            raw = raw[4:]
        if raw.endswith("-->"):
            raw = raw[:-3]
        raw = raw.replace("<![CDATA[", "").replace("]]>", "")
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        todo = [data]
        seen = 0
        while todo and seen < 500:
            seen += 1
            x = todo.pop()
            if isinstance(x, list):
                todo.extend(x[:100])
            elif isinstance(x, dict):
                objs.append(x)
                g = x.get("@graph")
                if isinstance(g, (list, dict)):
                    todo.append(g)
    return objs


_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "scholarlyarticle",
    "socialmediaposting",
    "liveblogposting",
    "techarticle",
    "report",
    "webpage",
    "review",
}


def _types(obj) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _ld_article(objs: list[dict]) -> dict | None:
    best = None
    for o in objs:
        ts = _types(o)
        if ts & _ARTICLE_TYPES:
            rank = 0 if ts & (_ARTICLE_TYPES - {"webpage"}) else 1
            if best is None or rank < best[0]:
                best = (rank, o)
    return best[1] if best else None


def _names(value) -> list[str]:
    """Names out of a JSON-LD author/publisher value (str, dict, or list of them)."""
    out = []
    items = value if isinstance(value, list) else [value]
    for v in items[:20]:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            n = v.get("name")
            if isinstance(n, str):
                out.append(n)
            elif isinstance(n, list):
                out.extend(x for x in n if isinstance(x, str))
    return out


def _str(v) -> str | None:
    if isinstance(v, str):
        return v
    if isinstance(v, list) and v and isinstance(v[0], str):
        return v[0]
    if isinstance(v, dict):
        for k in ("@id", "url", "name"):
            if isinstance(v.get(k), str):
                return v[k]
    return None


_TITLE_SPLIT_RE = re.compile(r"\s+(?:\||-|–|—|::|«|»|·|•)\s+")


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _pick_title(
    h1s: list[str], og: str | None, ld: str | None, title_tag: str | None, site: str | None = None
) -> str | None:
    site_n = _norm(site) if site else None
    if site_n:
        # a site's name is not a headline (logos are often an <h1>; some og:titles too)
        h1s = [h for h in h1s if _norm(h) != site_n]
        og = og if og and _norm(og) != site_n else None
        ld = ld if ld and _norm(ld) != site_n else None
    refs = [_norm(x) for x in (og, ld, title_tag) if x]
    for h in h1s:
        nh = _norm(h)
        if nh and any(
            nh == r or (len(nh) > 15 and nh in r) or (len(r) > 15 and r in nh) for r in refs
        ):
            return h
    for x in (og, ld):
        if x:
            return x
    if h1s:
        return h1s[0]
    if title_tag:
        parts = _TITLE_SPLIT_RE.split(title_tag)
        return max(parts, key=len) if parts else title_tag
    return None


_TAGLIKE_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,1000})?/?>")
_LD_BREAK_RE = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>|</h[1-6]\s*>|</li\s*>", re.I)


def _repair_all(texts: list[str]) -> list[str]:
    """``[repair(t) for t in texts]``, checked on all of them at once first: most pages
    need no repair. (No repair matches across a line end, and one at a line end acts as
    at the end of a text, so the joined text is unchanged only when every text is.)"""
    joined = "\n".join(texts)
    if repair(joined) == joined:
        return texts
    return [repair(t) for t in texts]


# --------------------------------------------------------------------------- the extractor


def extract_html(
    html: str,
    *,
    max_depth: int = 512,
    max_text: int = 4_000_000,
    visible_dates: bool = True,
    utf8: bytes | None = None,
    page_url: str | None = None,
) -> Extracted:
    """Extract the article from an HTML page (never raises on any str).

    ``utf8``, when given, is the page as the UTF-8 bytes ``html`` was decoded from
    (strictly, so ``html.encode("utf-8") == utf8``): the parser reads them as they are
    instead of encoding the text again. ``page_url``: the address the page was fetched
    from, taken as its URL when the page names none (and so a clue to its outlet)."""
    ex = Extracted()
    page = _parse(html, max_depth, max_text, utf8, ex.warnings)
    if page is None:
        return ex
    used = _read_body(page, ex)
    title = _pick_title(
        _h1_titles(page.blocks),
        page.metas.get("og:title") or page.metas.get("twitter:title"),
        page.art.get("headline") if isinstance(page.art.get("headline"), str) else None,
        page.title_tag,
        page.metas.get("og:site_name") or next(iter(_names(page.art.get("publisher"))), None),
    )
    ex.title = _collapse(repair(title)) if title else None
    ex.url, own_url = _page_url(page, page_url)
    _read_byline(page, used, visible_dates, ex)
    # (the address it was fetched from names the outlet later, if nothing here does)
    ex.outlet, ex.outlet_from = _outlet(
        page.metas, page.art, own_url, page.links, page.footers, page.blocks
    )
    if ex.outlet:
        ex.outlet = _collapse(repair(ex.outlet))
    dek = _dek(page, used)
    if dek:
        ex.hints["dek"] = dek
    desc = page.metas.get("og:description") or page.metas.get("description")
    if desc:
        ex.hints["description"] = _collapse(repair(desc))
    return ex


@dataclass
class _Page:
    """A parsed page as the steps of extract_html read it."""

    tree: Any
    metas: dict[str, str]  # <meta> name/property -> content
    art: dict  # the JSON-LD article ({} when there is none)
    canonical: str | None
    title_tag: str | None
    els: list[_El]
    blocks: list[_Block]
    links: list[str]
    footers: list[str]
    h1_index: int | None  # the first <h1> block


def _parse(
    html: str, max_depth: int, max_text: int, utf8: bytes | None, warnings: list[str]
) -> _Page | None:
    """Parse and walk the page (None when it has no root), warning of what was cut."""
    from selectolax.lexbor import LexborHTMLParser

    html, flattened = flatten_deep_html(html, max_depth)
    if flattened:
        warnings.append(f"HTML nested deeper than {max_depth} levels was flattened")
    tree = LexborHTMLParser(utf8 if utf8 is not None and not flattened else html)
    metas = _meta_map(tree)
    art = _ld_article(_jsonld(tree)) or {}
    canonical = _canonical(tree)
    title_node = tree.css_first("title")
    title_tag = _collapse(title_node.text() or "") if title_node is not None else None
    root = tree.body or tree.root
    if root is None:
        return None
    els, blocks, links, deep, cut, footers = _walk(root, max_depth, max_text)
    if cut:
        warnings.append(
            f"the page has more than {max_text:,} characters of text; the rest was not read"
        )
    if deep and not flattened:
        warnings.append(f"HTML nested deeper than {max_depth} levels was flattened")
    h1_index = next((b.index for b in blocks if b.heading == 1), None)
    return _Page(tree, metas, art, canonical, title_tag, els, blocks, links, footers, h1_index)


def _read_body(page: _Page, ex: Extracted) -> list[int]:
    """Fill in the paragraphs and captions; returns the indexes of the body's blocks."""
    els, blocks = page.els, page.blocks
    paragraphs, captions, used, span = _body_blocks(els, blocks)
    ld_paragraphs = _jsonld_body(page.art, paragraphs)
    if ld_paragraphs is not None:
        # the page renders its text with JavaScript: trust the structured data
        paragraphs = ld_paragraphs
        ex.hints["body_from"] = "json-ld"
    paragraphs = _drop_leading_meta(paragraphs)
    # repair may remove characters (soft hyphens, zero-width) or add spaces (NBSP)
    ex.paragraphs = [x for x in (_collapse(p) for p in _repair_all(paragraphs)) if x]
    if used:
        h1 = page.h1_index
        lo = h1 if h1 is not None and h1 < used[0] else used[0] - 10
        captions = _captions(els, blocks, lo, max(used[-1], span[1])) + captions
    ex.captions = list(dict.fromkeys(x for x in (_collapse(c) for c in _repair_all(captions)) if x))
    return used


def _body_blocks(els, blocks):
    """(paragraphs, captions, used block ids, span) of the chosen body: furniture left
    out; when that leaves little of a page with much text, chosen again with furniture
    voting; when no paragraph looked like prose (a tiny page, a page of short lines),
    everything that is not page furniture."""
    total = sum(len(b.text.strip()) for b in blocks)
    top, selected = _choose(els, blocks, use_neg=True)
    paragraphs, captions, used, span = [], [], [], [len(blocks), -1]
    if top is not None:
        paragraphs, captions, used, span = _emit(els, blocks, set(selected))
    if sum(len(p) for p in paragraphs) < 250 and total > 1000:
        for e in els:
            e.text_len = e.link_len = e.long_blocks = 0
            e.score = 0.0
            e.scored = False
        top2, selected2 = _choose(els, blocks, use_neg=False)
        if top2 is not None:
            p2, c2, u2, s2 = _emit(els, blocks, set(selected2))
            if sum(map(len, p2)) > sum(map(len, paragraphs)):
                paragraphs, captions, used, span = p2, c2, u2, s2
    if not paragraphs and blocks:
        paragraphs, captions, used, span = _emit(els, blocks, {0})
    return paragraphs, captions, used, span


def _jsonld_body(art: dict, paragraphs: list[str]) -> list[str] | None:
    """The JSON-LD articleBody's paragraphs when it holds at least twice the words found
    in the page (a page that renders its text with JavaScript), else None."""
    ld_body = art.get("articleBody") if isinstance(art.get("articleBody"), str) else None
    if not ld_body:
        return None
    ld_body = ld_body[:2_000_000]
    if "<" in ld_body and _TAGLIKE_RE.search(ld_body):
        # some CMSs put the body's HTML in articleBody: paragraphs and breaks become
        # line ends, other tags go
        ld_body = _TAGLIKE_RE.sub("", _LD_BREAK_RE.sub("\n", ld_body))
    ld_body = repair(ld_body)
    ld_words = len(ld_body.split())
    got = sum(len(p.split()) for p in paragraphs)
    if ld_words >= 50 and got < 0.5 * ld_words:
        return [_collapse(x) for x in re.split(r"\n\s*\n|\n", ld_body) if x.strip()]
    return None


def _h1_titles(blocks) -> list[str]:
    """The first ten <h1> texts; an <h1> that is all link is a logo linking home, not
    the headline."""
    return [
        _collapse(b.text.replace(_BR, " "))
        for b in blocks
        if b.heading == 1 and len(b.text.strip()) > 3 and b.link_len < 0.9 * len(b.text.strip())
    ][:10]


def _page_url(page: _Page, page_url: str | None) -> tuple[str | None, str | None]:
    """(the page's URL, the URL the page itself gives): the first absolute address the
    page gives, else where it was fetched from."""
    for url in (
        page.canonical,
        page.metas.get("og:url"),
        _str(page.art.get("url")),
        _str(page.art.get("mainEntityOfPage")),
        page_url,
    ):
        if url and url.startswith(("http://", "https://")):
            return url.strip(), (url.strip() if url is not page_url else None)
    return None, None


def _read_byline(page: _Page, used: list[int], visible_dates: bool, ex: Extracted) -> None:
    """Fill in the author and the date: the page's metadata first, else the byline near
    the title and (with ``visible_dates``) a date printed next to it ("By Jane Doe ·
    April 7, 2020")."""
    byline_author, byline_index = _byline(page, used)
    author = _author(page.art, page.metas) or byline_author
    ex.author = repair(author) if author else None
    date = _published(page.art, page.metas, page.tree)
    if date:
        ex.published, ex.published_from = date, "meta"
    if ex.published is None and visible_dates and byline_index is not None:
        visible_date = _date_near(page.blocks, byline_index)
        if visible_date:
            ex.published, ex.published_from = visible_date, "byline"


def _byline(page: _Page, used: list[int]) -> tuple[str | None, int | None]:
    """(author, block index) of the byline: a block near the title that reads as one,
    else the first line of an author box above the body."""
    blocks = page.blocks
    first_body = used[0] if used else len(blocks)
    start = page.h1_index if page.h1_index is not None else max(0, first_body - 40)
    for b in blocks[start : min(len(blocks), max(first_body, start) + 5)]:
        if len(b.text) > 300:
            continue
        # a <br> ends the byline's line: what follows is a date or a role, as after a bar
        name = M.parse_byline(b.text.replace(_BR, " | "))
        if name:
            return name, b.index
    for b in blocks[: min(len(blocks), first_body + 5)]:
        e = page.els[b.owner]
        if len(b.text) <= 120 and e.meta and "author" in e.attr_key.lower():
            # the first line: a <br> in an author box sets a date or a role apart
            name = M.clean_author(next((ln for ln in _lines(b.text).split("\n") if ln.strip()), ""))
            if name and len(name.split()) <= 6:
                return name, b.index
    return None, None


def _date_near(blocks, byline_index: int) -> _dt.date | None:
    """A date written in a short block from three before the byline to eight after."""
    for b in blocks[max(0, byline_index - 3) : byline_index + 8]:
        d = M.find_written_date(_lines(b.text)) if len(b.text) < 300 else None
        if d:
            return d
    return None


def _dek(page: _Page, used: list[int]) -> str | None:
    """The dek / standfirst: the paragraph between the headline and the body."""
    if page.h1_index is None or not used:
        return None
    for b in page.blocks[page.h1_index + 1 : used[0]]:
        t = _collapse(b.text.replace(_BR, " "))
        if (
            len(t.split()) >= 8
            and b.link_len < len(t) * 0.3
            and not M.parse_byline(t)
            and not M.looks_like_caption(t)
        ):
            return repair(t)
    return None


def _outlet(metas, art, url, links, footers, blocks) -> tuple[str | None, str | None]:
    """The outlet the page names and which clue named it: its own metadata (og:site_name,
    JSON-LD publisher), its address's host when the table knows it, other metadata; else
    a copyright line, the address's domain, the site most links point to (a guess)."""
    outlet = metas.get("og:site_name") or None
    if outlet and (outlet.startswith("@") or "://" in outlet):
        outlet = None  # a social handle or an address, not a name
    if outlet:
        return outlet, "meta"
    pubs = _names(art.get("publisher"))
    if pubs:
        return pubs[0], "meta"
    known = M.outlet_for_host(M.url_host(url)) if url else None
    if known:
        return known, "url"
    outlet = metas.get("application-name") or metas.get("publisher") or None
    if outlet:
        return outlet, "meta"
    for text in [*footers, *(_lines(b.text) for b in reversed(blocks[-60:]))]:
        if "©" in text or "copyright" in text.lower():
            holder = M.outlet_from_copyright(_collapse(text))
            if holder:
                return holder, "copyright"
    if url and M.outlet_from_url(url):
        return M.outlet_from_url(url), "url"
    dom = M.majority_link_domain(links)
    if dom:
        return M.outlet_for_host(dom) or dom, "links"
    return None, None


def _canonical(tree) -> str | None:
    """The address ``<link rel="canonical">`` gives, if any."""
    for node in [n for n in tree.tags("link") if "rel" in n.attributes][:500]:
        attrs = node.attributes
        rel = (attrs.get("rel") or "").lower().split()
        if "canonical" in rel and attrs.get("href"):
            return attrs.get("href")
    return None


#: ``<meta>`` names that give the author, in order of trust
_AUTHOR_METAS = (
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "twitter:creator",
)

#: ``<meta>`` names that give the publication date, in order of trust; never a modified
#: date: an update can come months after publication
_DATE_METAS = (
    "article:published_time",
    "article:published",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "datepublished",
    "datecreated",
    "pubdate",
    "pdate",
    "publishdate",
    "publish-date",
    "published-date",
    "date_published",
    "publication_date",
    "release_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article.created",
    "ptime",
    "og:pubdate",
    "citation_publication_date",
    "citation_date",
)


def _author(art: dict, metas: dict[str, str]) -> str | None:
    """The author the page's structured data or ``<meta>`` tags name (an address or a
    social handle is not a name)."""
    for cand in _names(art.get("author")) + _names(art.get("creator")):
        author = M.clean_author(cand)
        if author:
            return author
    for k in _AUTHOR_METAS:
        v = metas.get(k)
        if v and not v.startswith(("http", "@")):
            author = M.clean_author(v)
            if author:
                return author
    return None


def _published(art: dict, metas: dict[str, str], tree) -> _dt.date | None:
    """The publication date from the structured data, the ``<meta>`` tags, or the first
    ``<time datetime>`` (or ``itemprop=datePublished``) that parses."""
    date = M.parse_any_date(_str(art.get("datePublished"))) or M.parse_any_date(
        _str(art.get("dateCreated"))
    )
    if date:
        return date
    for k in _DATE_METAS:
        date = M.parse_any_date(metas.get(k))
        if date:
            return date
    for node in tree.css("time[datetime], [itemprop=datePublished]")[:5]:
        v = node.attributes.get("datetime") or node.attributes.get("content")
        date = M.parse_iso_date(v)
        if date:
            return date
    return None
