"""The one rule for text from outside on its way into the model.

Every string that reaches the model from outside Storyline (a file or folder name, an
article's metadata, a ``.jsonl`` shard's fields, a config override, the text of an
error) passes here, where the model is built: :func:`inert_article` for an article as
extraction made it, as the cache restores it and as a shard gives it;
:func:`inert_skipped` for a skipped entry. After it no text of the model but ``path``
holds a character a terminal or a viewer would act on (:func:`tui.visible.visible`), so
no later path (a pane, a notification, a report, stderr) can forget the rule. ``path``
stays exact, so that the file can be opened.

Bounded here too: the lengths of the metadata (as the reader bounds them), and numbers
(a figure whose value is not a finite number is dropped: JSON has no NaN or Infinity).
"""

from __future__ import annotations

import sys

from tui.model import Article, Figure, Hints, Skipped
from tui.read import MAX_ID_CHARS
from tui.visible import count_invisible, visible, visible_in_place

__all__ = ["inert_article", "inert_skipped", "safe_url"]

MAX_TITLE_CHARS = 1000
MAX_AUTHOR_CHARS = 500
MAX_OUTLET_CHARS = 300
MAX_URL_CHARS = 4000
MAX_CAPTIONS = 500
MAX_REASON_CHARS = 2000

_HINT_TEXTS = ("body_from", "dek", "description", "fetched_url", "fetched_at")


def _opt(s: str | None, limit: int) -> str | None:
    return visible(s)[:limit] if s is not None else None


def safe_url(url: str | None) -> str | None:
    """``url`` as it may be kept: None when it holds a character :func:`visible` would
    replace (it would not be the address it seems) or is longer than MAX_URL_CHARS."""
    if not url or count_invisible(url) or len(url) > MAX_URL_CHARS:
        return None
    return url


#: the largest finite float: NaN fails every comparison with it, infinities and integers
#: too large for a float fall outside it
_MAX = sys.float_info.max


def _finite(f: Figure) -> bool:
    """Whether every number of ``f`` is one a float holds and JSON can write."""
    v, lo, hi = f.value, f.low, f.high
    return (
        (v is None or -_MAX <= v <= _MAX)
        and (lo is None or -_MAX <= lo <= _MAX)
        and (hi is None or -_MAX <= hi <= _MAX)
    )


def inert_article(a: Article, *, text: bool = True) -> Article:
    """``a`` with every text made visible and bounded (changed in place, and returned).

    ``text=False`` leaves the body and the spans as they are: for an entry of the
    article cache, which holds what extraction made after this rule (its key covers the
    extraction code), and whose spans are checked against its body. (Searching every
    body again would be most of a warm load's time; the reader draws bodies through
    :func:`tui.visible.visible_in_place` all the same.)
    """
    a.id = visible(a.id)[:MAX_ID_CHARS]
    a.title = _opt(a.title, MAX_TITLE_CHARS)
    a.author = _opt(a.author, MAX_AUTHOR_CHARS)
    a.outlet = _opt(a.outlet, MAX_OUTLET_CHARS)
    a.url = safe_url(a.url)
    _inert_captions(a)
    a.warnings = [visible(w) for w in a.warnings]
    _inert_hints(a.hints)
    if not all(map(_finite, a.figures)):
        a.figures = [f for f in a.figures if _finite(f)]
    if text:
        _inert_text(a)
    return a


def _inert_captions(a: Article) -> None:
    """Captions one character for one (the dates found in a caption index it), at most
    MAX_CAPTIONS of them (with the dates of those)."""
    if len(a.captions) > MAX_CAPTIONS:
        a.timexes = [t for t in a.timexes if t.caption is None or t.caption < MAX_CAPTIONS]
    a.captions = [visible_in_place(c) for c in a.captions[:MAX_CAPTIONS]]


def _inert_hints(h: Hints) -> None:
    for name in _HINT_TEXTS:
        v = getattr(h, name)
        if v is not None:
            setattr(h, name, visible(v))
    if h.dateline is not None:
        h.dateline.place = _opt(h.dateline.place, MAX_OUTLET_CHARS)
        h.dateline.agency = _opt(h.dateline.agency, MAX_OUTLET_CHARS)


def _inert_text(a: Article) -> None:
    """The body and every span's texts: one character for one, so offsets stay valid."""
    # (a kind or type read from outside is any text, checked only to be a string: it is
    # made visible here, not narrowed to the model's Literal kinds, hence the ignores)
    a.body = visible_in_place(a.body)
    for m in a.mentions:
        m.text, m.kind = visible_in_place(m.text), visible(m.kind)  # type: ignore[assignment]
        m.role, m.actor = _opt(m.role, MAX_TITLE_CHARS), _opt(m.actor, MAX_ID_CHARS)
    for q in a.quotes:
        q.text, q.kind = visible_in_place(q.text), visible(q.kind)  # type: ignore[assignment]
        q.speaker, q.cue = _opt(q.speaker, MAX_TITLE_CHARS), _opt(q.cue, MAX_TITLE_CHARS)
        q.resolved, q.actor = _opt(q.resolved, MAX_TITLE_CHARS), _opt(q.actor, MAX_ID_CHARS)
    for t in a.timexes:
        t.text, t.type, t.value = visible_in_place(t.text), visible(t.type), visible(t.value)  # type: ignore[assignment]
        t.mod, t.position = _opt(t.mod, MAX_TITLE_CHARS), _opt(t.position, MAX_TITLE_CHARS)
    for f in a.figures:
        f.text = visible_in_place(f.text)
        f.unit, f.head = _opt(f.unit, MAX_TITLE_CHARS), _opt(f.head, MAX_TITLE_CHARS)
        f.hedge, f.event = _opt(f.hedge, MAX_TITLE_CHARS), _opt(f.event, MAX_TITLE_CHARS)
        f.qualifiers = [visible(x) for x in f.qualifiers]


def inert_skipped(s: Skipped) -> Skipped:
    """``s`` with its reason made visible and bounded (its path stays exact)."""
    s.reason = visible(s.reason)[:MAX_REASON_CHARS]
    return s
