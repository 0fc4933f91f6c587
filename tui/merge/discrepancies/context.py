"""What every kind of discrepancy looks up: per-article sentences, dates, words and actors."""

from __future__ import annotations

import bisect
import re
from typing import Any

from tui.analysis.text import SentenceIndex
from tui.kinds import DiscrepancyItemKind
from tui.merge.discrepancies.figure_classes import MONEY
from tui.merge.timeline import calendar_span, placed_at, stem
from tui.model import Article, Corpus, DiscrepancyItem, Figure

MAX_ITEMS = 40  # items kept per discrepancy (the note still counts them all)


class Context:
    """Per-article look-ups built lazily: sentences, dated spans, actors per sentence."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.articles = {a.id: a for a in corpus.articles}
        self.order = {a.id: i for i, a in enumerate(corpus.articles)}
        self._sent: dict[str, Any] = {}
        self._dates: dict[str, list[tuple[int, Any, Any]]] = {}
        self._in: dict[tuple[str, int, int], list[tuple[Any, Any]]] = {}
        self._tokens: dict[tuple[str, int], frozenset[str]] = {}
        self._actors: dict[tuple[str, int], frozenset[str]] = {}

    def name(self, art: Article) -> str:
        """What the notes call a source: its label (:mod:`tui.merge.labels`)."""
        return self.corpus.label(art.id)

    def sentence(self, art: Article, start: int, end: int) -> tuple[str, int, int]:
        idx = self._sent.get(art.id)
        if idx is None:
            idx = self._sent[art.id] = SentenceIndex(art.body)
        s, e = idx.window(start, end)
        return art.body[s:e], s, e

    def item(
        self,
        art: Article,
        kind: DiscrepancyItemKind,
        index: int,
        start: int,
        end: int,
        text: str,
        **extra: Any,
    ) -> DiscrepancyItem:
        """The item ``index`` of ``kind`` in ``art`` (at ``start``..``end``) with its sentence;
        ``extra``: the fields of its kind (:data:`tui.model.ITEM_FIELDS`)."""
        sentence, s, _ = self.sentence(art, start, end)
        return DiscrepancyItem(art.id, kind, index, text, sentence, s, **extra)

    def dates_in(self, art: Article, s: int, e: int) -> list[tuple[Any, Any]]:
        """Calendar spans (first, last day) of the time expressions between s and e that the
        timeline places (see :func:`tui.merge.timeline.placed_at`)."""
        key = (art.id, s, e)
        found = self._in.get(key)
        if found is not None:
            return found
        spans = self._dates.get(art.id)
        if spans is None:
            spans = []
            for t in art.timexes:
                if t.caption is not None:
                    continue  # its offsets index a caption, not the body
                where = placed_at(t)
                cs = calendar_span(where) if where is not None else None
                if cs is not None:
                    spans.append((t.start, cs[1], cs[2]))
            spans.sort(key=lambda x: x[0])
            self._dates[art.id] = spans
        i = bisect.bisect_left(spans, s, key=lambda x: x[0])
        found = []
        while i < len(spans) and spans[i][0] < e:
            found.append((spans[i][1], spans[i][2]))
            i += 1
        self._in[key] = found
        return found

    def tokens(self, art: Article, s: int, sentence: str) -> frozenset[str]:
        key = (art.id, s)
        tok = self._tokens.get(key)
        if tok is None:
            tok = frozenset(
                stem(w) for w in _WORD.findall(sentence.lower()) if w not in STOP and len(w) > 2
            )
            self._tokens[key] = tok
        return tok

    def actors(self, art: Article, s: int, e: int) -> frozenset[str]:
        key = (art.id, s)
        found = self._actors.get(key)
        if found is None:
            found = frozenset(
                m.actor or m.text.lower() for m in art.mentions if s <= m.start and m.end <= e
            )
            self._actors[key] = found
        return found


_WORD = re.compile(r"[a-z][a-z'’-]*")
STOP = frozenset(
    """a an the and or but if of to in on at by for from with without as into onto over under about after
    before between during since until than then that this these those there here it its it's is are was were
    be been being has have had having do does did will would shall should can could may might must not no
    nor so such too very also just only even still yet again further more most much many some any all both
    each other another own same who whom whose which what when where why how he she they them their his her
    him we us our you your i me my said says say told tells according added adding while one two three
    first last least nearly around up mr mrs ms dr""".split()
)


def fmt_number(v: float | int | None) -> str:
    if v is None:
        return "?"
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    v = int(v)
    for scale, word in (
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
    ):
        if v >= scale and v % (scale // 10) == 0:
            return f"{v / scale:g} {word}"
    return f"{v:,}"


def figure_value(f: Figure) -> str:
    if f.value is not None:
        v = fmt_number(f.value)
    elif f.high is not None:
        v = f"{fmt_number(f.low)}-{fmt_number(f.high)}"
    else:
        v = f"{fmt_number(f.low)}+"
    if f.unit in MONEY:
        v = f"{f.unit}{v}" if len(f.unit or "") <= 3 else f"{v} {f.unit}"
    elif f.unit == "%":
        v += "%"
    return f"{f.hedge} {v}" if f.hedge else v
