"""Shared text helpers for the extractors: sentences and paragraphs with offsets.

Every function returns spans (start, end) into exactly the text it was given.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Abbreviations that end with a period but rarely end a sentence in news text:
# titles before names (Mr. Ghani, Gen. Miller), month abbreviations (Feb. 29),
# and common shortenings (No. 2, St. Louis, approx.).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev fr sr jr st mt ft
    pres supt insp det atty hon amb del
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vs etc approx dept est inc corp ltd co bros fig vol pp op ed eds al""".split()
)

#: US states as AP style shortens them, after a place or a party ("Dover, Del.",
#: "Sen. Chris Coons, D-Del."): like an acronym, they end a sentence only before a
#: sentence opener ("in Dover, Del. The next day"), never in a dateline ("DOVER, Del. (AP) —")
STATES = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev "
    "Okla Ore Pa Tenn Vt Va Wash Wis Wyo".split()
)

_PARA = re.compile(r"\n[ \t]*\n\s*")
# A candidate sentence end: . ! or ? (possibly repeated), then optional closing quotes
# or brackets, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]*)(\S)")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs separated by blank lines, without surrounding whitespace."""
    spans = []
    pos = 0
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``dot`` part of an abbreviation (Mr., U.S., Feb.)?"""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if "." in word:  # U.S. / a.m. / U.N.
        return True
    if len(word) == 1 and word.isupper():  # a middle initial: George W. Bush
        return True
    return word.lower() in ABBREVIATIONS


#: the last few texts split and their sentences: the extractors of one article (quotes,
#: dates, figures, the merge's timeline and discrepancies) each split the same text
_RECENT: list[tuple[str, tuple[tuple[int, int], ...]]] = []
_RECENT_MAX = 4


#: per thread, while ``kept_sentences`` is active: id(text) -> (text, its sentences)
_KEPT = threading.local()


@contextmanager
def kept_sentences() -> Iterator[None]:
    """Within the block, every text split into sentences keeps its sentences (by identity)
    on this thread: the corpus merge's passes (quote dates, timeline, discrepancies) each
    go over all the articles, and the few recent texts remembered otherwise do not last
    from one pass to the next. Nested blocks share the outermost one's memory."""
    outer = getattr(_KEPT, "texts", None)
    if outer is None:
        _KEPT.texts = {}
    try:
        yield
    finally:
        if outer is None:
            _KEPT.texts = None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split into sentences: within paragraphs, at . ! ? followed by a capital, digit or quote.

    Handles abbreviations (``Mr.``, ``U.S.``, ``Feb. 29``), initials, closing quote marks
    after the period (``...,” he said.``) and ellipses followed by lower case.
    """
    for t, spans in _RECENT:
        if t is text:
            return list(spans)
    kept = getattr(_KEPT, "texts", None)
    if kept is not None:
        got = kept.get(id(text))
        if got is not None and got[0] is text:
            return list(got[1])
    out = _sentence_spans(text)
    _RECENT.insert(0, (text, tuple(out)))
    del _RECENT[_RECENT_MAX:]
    if kept is not None:
        kept[id(text)] = (text, _RECENT[0][1])  # the text is held, so its id stays its own
    return out


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for ps, pe in paragraph_spans(text):
        start = ps
        for m in _END.finditer(text, ps, pe):
            end = m.end()
            punct = m.group(0)
            nxt = _NEXT_START.match(text, end, pe)
            if not nxt:
                continue
            first = nxt.group(2)
            if not (first.isupper() or first.isdigit() or nxt.group(1)):
                continue
            if (
                punct.startswith(".")
                and punct.rstrip("\"'”’)]") == "."
                and (_is_abbreviation(text, m.start()) or _state_after_place(text, m.start()))
            ):
                # "U.S. officials" stays one sentence; "in the U.S. The talks" is ambiguous:
                # split only when the abbreviation is an acronym followed by a common sentence
                # opener.
                if not _acronym_then_opener(text, m.start(), nxt.start(2)):
                    continue
            out.append(_strip(text, start, end))
            start = nxt.start(1) if nxt.group(1) else nxt.start(2)
        if start < pe:
            out.append(_strip(text, start, pe))
    return [(s, e) for s, e in out if e > s]


_OPENERS = frozenset(
    "The A An It He She They We I But And In On At This That These Those There".split()
)


def _state_after_place(text: str, dot: int) -> bool:
    """Is the period at ``dot`` the end of a state's abbreviation after a place name or a
    party letter ("Wilmington, Del.", "D-Del.")?"""
    j = dot
    while (
        j > 0 and dot - j < 6 and text[j - 1].isalpha()
    ):  # no state is shortened to more than 5 letters
        j -= 1
    return text[j:dot] in STATES and (text[j - 2 : j] == ", " or text[j - 1 : j] == "-")


def _acronym_then_opener(text: str, dot: int, next_word_start: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if "." not in word and not _state_after_place(text, dot):
        return False
    m = re.match(r"[A-Za-z]+", text[next_word_start : next_word_start + 20])
    return bool(m and m.group(0) in _OPENERS)


class SentenceIndex:
    """Find the sentence that holds an offset, in O(log n)."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]

    def span_at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return (0, 0) if not self.spans else self.spans[0]
        s, e = self.spans[i]
        if offset > e and i + 1 < len(self.spans):
            return self.spans[i + 1]
        return s, e

    def window(self, start: int, end: int, limit: int = 600) -> tuple[int, int]:
        """(start, end) of the sentence that holds ``start``..``end`` (widened to hold it
        all); a sentence longer than ``limit`` (a hostile text may have huge ones) is cut
        to a window of about ``limit`` characters around the span."""
        s, e = self.span_at(start)
        if not (s <= start and end <= e):
            s, e = min(s, start), max(e, end)
        if e - s > limit:
            s = max(s, start - limit // 2)
            e = min(e, max(end, s + limit))
        return s, e

    def sentence_at(self, offset: int) -> str:
        s, e = self.span_at(offset)
        return self.text[s:e]
