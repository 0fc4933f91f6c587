"""The reference tense around a time expression: does the sentence look back or ahead?

News uses an unmarked weekday or month for both ("met on Tuesday", "will meet on
Thursday"); the verbs nearest to the expression in its sentence decide which way it
resolves. Reporting verbs ("said", "told") are weak: "talks will resume Monday, officials
said" looks ahead, so they count only when nothing else in the sentence does.
"""

from __future__ import annotations

import re

PAST, FUTURE = "past", "future"

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")

_FUTURE = frozenset(
    """will wo shall 'll ’ll would scheduled schedule due expected expects expect plans plan planned planning
    intends intend set upcoming tomorrow aims hopes hope ahead going""".split()
)
_PAST = frozenset(
    """was were had did ago yesterday last earlier previously met held spoke told took made came went
    began left saw gave found led fell rose won lost got sent brought thought began began knew
    became broke chose drew drove ate flew forgot froze hid hit hurt kept lay paid put quit ran rang
    read sat sank shot shut sang slept sold spent stood stole struck swore swept swam taught tore threw
    understood woke wore wrote""".split()
)
_AHEAD = re.compile(r"\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)\s+$", re.I)
_REPORTING = frozenset("said told added noted announced stated reported according".split())
# words that end in -ed without being past-tense verbs
_ED_NOT_PAST = frozenset("hundred red bed bred shed united based".split())


def sentence_tense(sentence: str, pos: int, end: int | None = None) -> str | None:
    """PAST, FUTURE or None for the expression at ``pos:end`` (indices into ``sentence``).

    The nearest strong cue wins (left cues get a small advantage: English puts the auxiliary
    before the date: "will meet on Thursday"); otherwise a reporting verb means past.
    """
    best: tuple[float, str] | None = None
    end = pos if end is None else end
    # a deadline or an earliest date right before the expression looks ahead:
    # "until 9 a.m. Tuesday", "as soon as Tuesday"
    if _AHEAD.search(sentence, max(0, pos - 14), pos):
        return FUTURE
    for m in _WORD.finditer(sentence):
        if pos <= m.start() < end:  # the expression's own words ("next" in "July next year")
            continue
        w = m.group(0).lower().replace("’", "'")
        if w.endswith("'ll"):
            kind = FUTURE
        elif w in _FUTURE:
            kind = FUTURE
            if w in ("set", "plan", "plans", "due"):  # "set to", "plans to": not "vacation plans"
                if not sentence[m.end() : m.end() + 3] == " to":
                    continue
        elif w in _REPORTING:
            kind = PAST
        elif w in _PAST:
            kind = PAST
        elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w not in _ED_NOT_PAST:
            kind = "ed"  # a past verb or a participle used as an adjective ("unspecified date")
        else:
            continue
        if m.start() <= pos:
            dist = (pos - m.end()) * 0.8
        else:
            dist = float(m.start() - end)
        if w in _REPORTING:
            dist = dist * 3 + 6  # "said Friday" counts; "will meet Friday, he said" looks ahead
        elif kind == "ed":
            kind = PAST
            dist = dist * 2 + 4
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best is not None else None
