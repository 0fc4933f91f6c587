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
    """will wo shall 'll ’ll would scheduled schedule due expected expects expect plans plan planning
    intends intend set upcoming tomorrow aims hopes hope ahead going""".split()
)
_PAST = frozenset(
    """was were had did ago yesterday last earlier previously met held spoke told took made came went
    began left saw gave found led fell rose won lost got sent brought thought began began knew
    became broke chose drew drove ate flew forgot froze hid hit hurt kept lay paid put quit ran rang
    read sat sank shot shut sang slept sold spent stood stole struck swore swept swam taught tore threw
    understood woke wore wrote bought sought fought caught built heard meant felt dealt fled hung shook
    withdrew arose grew blew""".split()
)
# verbs that look ahead when an infinitive follows: "agreed to buy the bank in January", "was to
# leave on Thursday", "plans to vote in May" (the infinitive's event lies after the verb's time)
_PROSPECTIVE = frozenset(
    """agreed agree agrees agreement agreements plans plan planned planning decided decide decides expected expects expect
    hopes hope hoped intends intend intended aims aim wants want wanted voted vote votes promised
    promise promises pledged pledge pledges vowed vow vows threatened threatens prepared preparing ready
    set scheduled due slated likely going seeks seek proposed proposes was were is are""".split()
)
_TO_VERB = re.compile(
    r" to (?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b|them\b|him\b|us\b|me\b|it\b)[a-z]"
)
_AHEAD = re.compile(
    r"\b(?:until|till|by|through|effective|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)\s+$",
    re.I,
)
_MODALS = frozenset("will would shall 'll".split())
_PERFECT = re.compile(r"\b(?:had|was|were|did)\b", re.I)
_GOVERNS = frozenset(
    "be been being to will would shall can could may might must should 'll".split()
)
_REPORTING = frozenset("said told added noted announced stated reported according".split())
# words that end in -ed without being past-tense verbs
_ED_NOT_PAST = frozenset("hundred red bed bred shed united based".split())


def sentence_tense(
    sentence: str, pos: int, end: int | None = None, reported: bool = False
) -> str | None:
    """PAST, FUTURE or None for the expression at ``pos:end``: its clause first, then its sentence.

    "The two sides met on Tuesday and are scheduled to meet again on Wednesday": each date
    takes the tense of its own clause; a clause without any cue ("on Sunday, 20 soldiers
    died" has one) defers to the whole sentence.
    """
    end = pos if end is None else end
    # a deadline or an earliest date right before the expression looks ahead: "until 9 a.m.
    # Tuesday", "as soon as Tuesday", "pay the loan by February", "effective Feb. 1"
    # (but "until Thursday, they had not called him a suspect" looks back)
    if (
        not reported
        and _AHEAD.search(sentence, max(0, pos - 14), pos)
        and not _PERFECT.search(sentence)
    ):
        return FUTURE
    cs = 0
    for m in _CLAUSE.finditer(sentence, 0, pos):
        cs = m.end()
    m = _CLAUSE.search(sentence, end)
    ce = m.start() if m else len(sentence)
    if cs > 0 or ce < len(sentence):
        t = _tense(sentence[cs:ce], pos - cs, end - cs, reported)
        if t is not None:
            return t
    return _tense(sentence, pos, end, reported)


_CLAUSE = re.compile(
    r"[;:,()—–“”\"]|\s(?:and|but|while|whereas|which|who|because|although|though)\s", re.I
)


def _tense(sentence: str, pos: int, end: int, reported: bool) -> str | None:
    """PAST, FUTURE or None for the expression at ``pos:end`` (indices into ``sentence``).

    The nearest cue wins; cues to the right of the expression count at half weight, reporting
    verbs and "-ed" words (which may be adjectives) are slightly discounted. With ``reported``,
    the future-in-the-past "would" and deadline words ("they would be released by March 10")
    do not count as future: reported deadlines are often already behind the writer.
    """
    best: tuple[float, str] | None = None
    prev = ""
    for m in _WORD.finditer(sentence):
        if pos <= m.start() < end:  # the expression's own words ("next" in "July next year")
            continue
        w = m.group(0).lower().replace("’", "'")
        governed, prev = prev in _GOVERNS, w
        if governed and w not in _MODALS:
            continue  # "will be held", "had been due": the auxiliary decides, not the participle
        if reported and w == "would":
            continue
        if w.endswith("'ll"):
            kind = FUTURE
        elif (
            w in _PROSPECTIVE
            and m.start() < pos
            and _TO_VERB.match(sentence, m.end())
            and not _pluperfect(sentence, m.start())
        ):
            # "agreed to acquire ... in January", "was to leave on Thursday" (but "had been
            # scheduled to expire", and "On Friday, the government planned to pay" dates the plan)
            kind = FUTURE
        elif w in _FUTURE:
            kind = FUTURE
            if w in ("set", "plan", "plans", "due"):  # "set to", "plans to": not "vacation plans"
                if not sentence[m.end() : m.end() + 3] == " to":
                    continue
        elif (
            w in ("planned", "slated") and m.start() < pos and _PLANNED_OBJ.match(sentence, m.end())
        ):
            # "protesters planned a march on Saturday", "slated for September" (not "the
            # hastily planned trip", "as previously planned")
            kind = FUTURE
        elif w in _REPORTING:
            kind = PAST
        elif w in _PAST:
            kind = PAST
        elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w not in _ED_NOT_PAST:
            kind = "ed"  # a past verb or a participle used as an adjective ("unspecified date")
        else:
            continue
        if m.start() <= pos:
            dist = float(pos - m.end())
        else:
            # English puts the verb before its time adverbial ("announced on Sunday, adding
            # they will..."): cues after the expression count half as much
            dist = float(m.start() - end) * 2
        if w in _REPORTING:
            dist = dist + 6  # "said Friday" counts; "will meet Friday, he said" looks ahead
        elif kind == "ed":
            kind = PAST
            dist = dist * 2 + 4
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best is not None else None


_PLANNED_OBJ = re.compile(r" (?:a|an|to|for|on)\b")
_HAD = re.compile(r"\bhad\b(?:\s+\w+){0,2}\s*$", re.I)


def _pluperfect(sentence: str, pos: int) -> bool:
    """Whether "had" governs the verb at ``pos``: "had been scheduled to", "had planned to"."""
    return _HAD.search(sentence, max(0, pos - 30), pos) is not None
