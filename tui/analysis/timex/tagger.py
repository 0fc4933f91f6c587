"""A rule-based TIMEX3 tagger and normaliser for English news.

Each rule is a bounded regular expression (no nested unbounded quantifiers) with a
handler that checks the match in context and resolves it against the document creation
time (``dct``) and the reference tense of its sentence. All candidates are collected and
the longest non-overlapping ones win, so "early next year" beats "next year" and
"Saturday, April 25" beats "April 25".

Conventions follow the TimeML annotation guidelines as the TimeBank and AQUAINT gold
shows them: spans without "on"/"in"; determiners and modifiers inside ("the next two
days", "late Sunday", "more than four hours"); values ``2020-03-29``, ``2020-03``,
``2020-W13``, ``2020``, ``2020-Q1``, ``2020-SU``, ``2020-03-29TNI``, ``199`` (a decade),
``P2D``, ``PXY``, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. With no ``dct``, relative
expressions keep unknown parts as ``X`` ("XXXX-WXX-7", "XXXX-XX") and never invent a date.

``mod`` uses the project's vocabulary: EARLY / MID / LATE (TimeML's START / MID / END, for
"early March", "mid-2020", "late Sunday", "the end of 1990"), APPROX, and TimeML's
MORE_THAN / LESS_THAN / EQUAL_OR_MORE / EQUAL_OR_LESS for quantified durations.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Callable
from typing import cast

from tui.analysis.text import SentenceIndex
from tui.analysis.timex import _anchor, _fiscal, _message, _month_range
from tui.analysis.timex import _calendar as cal
from tui.analysis.timex._cand import Cand
from tui.analysis.timex._lexicon import (
    AUTHORED_WORKS,
    DAY_ORDINALS,
    DAY_PARTS,
    DAY_WORDS,
    FREQUENCY_WORDS,
    GENERIC_PRESENT,
    MONTH_FULL,
    MONTH_RE,
    MONTHS,
    NAME_ROLES,
    NAMED_DAY_WORDS,
    NEWSPAPER_HEADS,
    NOT_IN_RATE,
    NUMBER_RE,
    ORDINALS,
    QUANTITY_WORDS,
    ROLE_NOUNS,
    TENS_WORDS,
    UNIT_RE,
    UNITS_WORDS,
    VAGUE_RE,
    VAGUE_UNIT,
    WEEKDAY_ABBR,
    WEEKDAY_FULL,
    WEEKDAYS,
    parse_number,
    unit_of,
)
from tui.analysis.timex._tense import (
    FUTURE,
    PAST,
    PAST_VERBS,
    present_looks_ahead,
    scheduled_ahead,
    sentence_tense,
)
from tui.kinds import TimexType
from tui.model import Timex

_PART_OF_DAY = {
    "morning": "TMO",
    "afternoon": "TAF",
    "evening": "TEV",
    "night": "TNI",
    "overnight": "TNI",
}
_MOD_WORDS = {
    "early": "EARLY",
    "earlier": None,
    "late": "LATE",
    "later": None,
    "mid": "MID",
    "end": "LATE",
    "beginning": "EARLY",
    "start": "EARLY",
    "middle": "MID",
}
_DUR_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "EQUAL_OR_LESS",
    "almost": "EQUAL_OR_LESS",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
_DUR_MOD_RE = (
    r"(?:about|around|roughly|approximately|nearly|almost|more\s+than|just\s+over|over|less\s+than"
    r"|fewer\s+than|just\s+under|under|at\s+least|no\s+less\s+than|at\s+most|up\s+to|no\s+more\s+than)"
)

_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _mod_of(pre: str | None) -> str | None:
    if not pre:
        return None
    for w in re.findall(r"[a-z]+", pre.lower()):
        if w in _MOD_WORDS:
            return _MOD_WORDS[w]
    return None


def _cap(text: str, i: int) -> bool:
    return text[i].isupper()


class _Ctx:
    """One text being tagged: its creation date and a lazily built sentence index."""

    __slots__ = ("text", "dct", "_sents", "_tense")

    def __init__(self, text: str, dct: _dt.date | None):
        self.text = text
        self.dct = dct
        self._sents: SentenceIndex | None = None
        self._tense: dict[tuple[int, int, bool], str | None] = {}
        # what depends on the text alone is shared with the last context of the same text:
        # an undated article is tagged once to find its date, then again against it
        last = _Ctx._last
        if last is not None and last.text is text:
            self._sents, self._tense = last._sents, last._tense
        _Ctx._last = self

    _last: _Ctx | None = None

    def tense(self, s: int, e: int, reported: bool = False) -> str | None:
        key = (s, e, reported)
        if key in self._tense:
            return self._tense[key]
        ss, se = self._window(s, e)
        t = sentence_tense(self.text[ss:se], s - ss, e - ss, reported)
        self._tense[key] = t
        return t

    def _window(self, s: int, e: int) -> tuple[int, int]:
        """The sentence around ``s:e``, bounded: a "sentence" of a hostile text may be
        megabytes long."""
        ss, se = self._sentences().span_at(s)
        if not ss <= s <= se:
            ss, se = s, e
        return max(ss, s - 300), min(max(se, e), e + 300)

    def lean(self, s: int, e: int, reported: bool = False) -> str | None:
        """The tense, or with none FUTURE when the clause is in the present tense (see
        ``present_looks_ahead``): the direction of a bare weekday, month or season."""
        t = self.tense(s, e, reported)
        if t is not None or reported:
            return t
        ss, se = self._window(s, e)
        return FUTURE if present_looks_ahead(self.text[ss:se], s - ss, e - ss) else None

    def _scheduled(self, s: int, e: int) -> bool:
        """Whether a present verb of a scheduled event governs the weekday at ``s:e``."""
        ss, se = self._window(s, e)
        return scheduled_ahead(self.text[ss:se], s - ss, e - ss)

    def sentence_span(self, s: int) -> tuple[int, int]:
        return self._sentences().span_at(s)

    def _sentences(self) -> SentenceIndex:
        if self._sents is None:
            self._sents = SentenceIndex(self.text)
            last = _Ctx._last
            if last is not None and last.text is self.text:
                last._sents = self._sents
        return self._sents

    # -- resolution -----------------------------------------------------------------
    def weekday(
        self,
        wd: int,
        s: int,
        e: int,
        mode: str = "bare",
        reported: bool = False,
        near: str = "",
    ) -> str:
        """A weekday as a date: "last" / "next" / "this" or the sentence's tense decides;
        with ``near`` "near", a weekday within two days of the article's is that nearest one,
        with "ahead" the coming one."""
        d = self.dct
        if d is None:
            return f"XXXX-WXX-{wd + 1}"
        diff = wd - d.weekday()
        if mode == "last":
            off = diff - 7 if diff >= 0 else diff
        elif mode == "next":
            off = diff + 7 if diff <= 0 else diff
        else:
            if diff == 0:
                off = 0  # the article's own weekday is the article's day
            elif near == "ahead":
                off = diff % 7
            elif near and min(diff % 7, (-diff) % 7) <= 2:
                off = diff % 7 if diff % 7 <= 2 else -((-diff) % 7)
            else:
                tense = self.tense(s, e, reported)
                future = tense == FUTURE or (
                    tense is None and not reported and self._scheduled(s, e)
                )
                if mode == "this" and tense != PAST:
                    future = True
                off = diff % 7 if future else -((-diff) % 7)
        r = cal.add_days(d, off)
        return r.isoformat() if r else f"XXXX-WXX-{wd + 1}"

    def nearest(self, dates: list, s: int, e: int) -> _dt.date | None:
        """The candidate date nearest the article date, weighted by tense like ``pick_year``."""
        d = self.dct
        tense = self.tense(s, e)
        best = None
        for c in dates:
            if c is None or d is None:
                continue
            delta = (c - d).days
            dist = float(abs(delta))
            if (tense == PAST and delta > 0) or (tense == FUTURE and delta < 0):
                dist *= 3
            elif tense is None and delta > 0:
                dist *= 1.5
            key = (dist, 0 if delta <= 0 else 1)
            if best is None or key < best[0]:
                best = (key, c)
        return best[1] if best else None

    def pick_year(
        self, month: int, day: int | None, s: int, e: int, use_tense: bool = True
    ) -> int | None:
        """The year that puts a year-less "March 10" / "December" nearest the article date.

        Distance against the sentence's tense counts three times: "signed in December"
        in an April article is last December, "will vote in December" is this December.
        """
        d = self.dct
        if d is None:
            return None
        if day is None and month == d.month:
            return d.year
        tense = None if not use_tense else self.lean(s, e) if day is None else self.tense(s, e)
        if day is None and tense is not None:
            # "signed in December" (past): the last December; "will vote in December": the next.
            # Tense cues now include prospective verbs ("agreed to buy the bank in January",
            # "planned for early March"), which look ahead even when they are in the past tense.
            # But news writes a month eleven months away "last September" / "next July": a bare
            # month next to the article's is the near one whatever the tense of the sentence
            # ("told oil companies of a cutback in September" in August is this September),
            # unless a verb governs it directly ("The law passed in May", "In May, it passed")
            ahead = (month - d.month) % 12
            if ahead in (1, 11) and not _governed(self.text, s, e):
                return d.year + (month < d.month if ahead == 1 else -(month > d.month))
            if tense == PAST:
                return d.year if month < d.month else d.year - 1
            return d.year if month > d.month else d.year + 1
        against = 3.0
        best = None
        for y in (d.year - 1, d.year, d.year + 1):
            if not cal.ok_year(y):
                continue
            if day is None:
                delta = (y * 12 + month) - (d.year * 12 + d.month)
                dist = abs(delta) * 30.0
            else:
                c = cal.make_date(y, month, day)
                if c is None:
                    continue
                delta = (c - d).days
                dist = float(abs(delta))
            if (tense == PAST and delta > 0) or (tense == FUTURE and delta < 0):
                dist *= against
            elif tense is None and delta > 0:
                dist *= 1.5  # news reports more than it announces
            key = (dist, 0 if delta <= 0 else 1)  # ties go to the past: news reports
            if best is None or key < best[0]:
                best = (key, y)
        return best[1] if best else None


#: a verb right before "in" / "during" a month governs it: "passed in May", "asked about them
#: in February", "will report in July" (not "the figures for September": what they are of);
#: so does the clause a fronted "In October," opens
_GOVERNING_VERB = re.compile(
    r"(?:\b(?:will|would|shall|'ll|’ll)\s+[a-z]+|\b[a-z]{3,}ed|\b(?:%s))\s+(?:[\w$%%.,'’-]+\s+){0,3}"
    r"(?:in|during)\s+(?:early\s+|late\s+|mid-)?$" % "|".join(sorted(PAST_VERBS)),
    re.I,
)
_FRONTED_MONTH = re.compile(r"(?:^|[.!?\n]\s*)(?:In|During|By|Since)\s+(?:early\s+|late\s+|mid-)?$")


def _governed(text: str, s: int, e: int) -> bool:
    """Whether a verb decides the direction of the month at ``s:e`` by itself (see pick_year)."""
    if _FRONTED_MONTH.search(text, max(0, s - 16), s) and text[e : e + 1] == ",":
        return True
    return _GOVERNING_VERB.search(text, max(0, s - 60), s) is not None


# -- handlers -------------------------------------------------------------------------


def _iso(m: re.Match, ctx: _Ctx):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if cal.make_date(y, mo, d) is None:
        return None
    value = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"] is not None:  # "2020-04-08T10:30:00Z": a timestamp
        hh, mi = int(m["hh"]), int(m["mi"])
        if hh > 24 or mi > 59:
            return None
        return (m.start(), m.end(), "TIME", f"{value}T{hh:02d}:{mi:02d}", None)
    return (m.start(), m.end(), "DATE", value, None)


def _slash(m: re.Match, ctx: _Ctx):
    mo, d, y = int(m["m"]), int(m["d"]), m["y"]
    yy = int(y)
    if len(y) == 2:
        yy += 1900 if yy >= 30 else 2000
    if cal.make_date(yy, mo, d) is None:
        return None
    return (m.start(), m.end(), "DATE", f"{yy:04d}-{mo:02d}-{d:02d}", None)


_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|of|from|through|to|before|after|early|late|mid|last|next|this|that|"
    r"each|every|between|and|or|on)\s*-?|[,(])\s*$",
    re.I,
)


_NEXT_CAP = re.compile(r" ([A-Z][a-z]+)")
_DATE_AFTER = re.compile(rf",?\s{{1,3}}(?:{MONTH_RE}|\d)")
_DATE_PREP = re.compile(
    r"\b(?:in|since|until|till|by|during|from|through|before|after|early|late|mid|last|next|this|each|every|of)\s*-?\s*$",
    re.I,
)


#: a march's name after a month word: "the March for Life", "the March on Washington"; not
#: a second month ("From January to June": a range of months)
_EVENT_NAME_AFTER = re.compile(
    rf"\s+(?:for|of|on|against|to)\s+(?:the\s+)?(?!(?:{MONTH_FULL})\b)[A-Z][a-z]"
)


def _month_expr(m: re.Match, ctx: _Ctx):
    # "Saturday, April 25", "Feb. 29", "April 8, 2020", "early March", "July next year", "last May"
    text = ctx.text
    if not _cap(text, m.start("mon")) or not _month_is_a_date(m, text):
        return None
    month = MONTHS[m["mon"].rstrip(".").lower()]
    day = int(m["day"]) if m["day"] else None
    year = int(m["year"]) if m["year"] else None
    start, end = m.start(), m.end()
    if day is not None and not 1 <= day <= 31:
        # "March 45" is no date: keep the month alone (and no year read past the bad day)
        day, year, end = None, None, m.end("mon")
    pre = (m["pre"] or "").strip().lower()
    rel = next((w for w in ("last", "next", "this", "past", "coming") if pre.startswith(w)), None)
    if rel == "past" and not _THIS_BEFORE.search(text, max(0, start - 5), start):
        # "looked way past November": the preposition, not "this past November"
        rel, pre, start = None, "", m.start("mon")
    if m["wd"] and not _cap(text, m.start("wd")):
        start = m.start("mon")
    if year is None:
        year = _month_year(m, ctx, month, day, rel, start, end)
    if year is not None and not cal.ok_year(year):
        year = None
    value = _month_value(month, day, year, leap_unknown=m["year"] is None)
    return (start, end, "DATE", value, _mod_of(pre)) if value else None


_THIS_BEFORE = re.compile(r"\b(?:this|the)\s+$", re.I)
_MAY_NOT_BEFORE = frozenset("be have not also well still never seem need".split())


def _month_is_a_date(m: re.Match, text: str) -> bool:
    """Whether a capitalised month word is a month: not "the March for Life", "you may be"
    or "April Brown said"."""
    ms = m.start("mon")
    bare = m["day"] is None and m["year"] is None
    if bare and not m["pre"] and _EVENT_NAME_AFTER.match(text, m.end()):
        return False  # "the annual March for Life", "the March on Washington": a march
    if bare and m["mon"].lower() == "may":
        # "May" is a month only where a month fits: after a preposition or modifier
        if not (m["pre"] or _MAY_CONTEXT.search(text, max(0, ms - 12), ms)):
            return False
        w = re.match(r" ([a-z]+)", text[m.end() : m.end() + 20])
        if w and not m["pre"] and w.group(1) in _MAY_NOT_BEFORE:
            return False  # "in May the vote" is fine, but "you may be" is not
    if bare and not m["pre"] and not m["ry"] and not m["wd"] and _before_a_name(text, m.end()):
        # "April Brown said", "June Carter": a month name that is a first name, with no date
        # word before it and a capitalised name after it
        return _month_before_name_is_a_date(text, ms)
    return True


def _before_a_name(text: str, e: int) -> bool:
    """Whether a capitalised word that is no date word follows text[:e] ("April Ryan", not
    "Tuesday March 8", "Wednesday Morning")."""
    nxt = _NEXT_CAP.match(text, e)
    if not nxt:
        return False
    w = nxt.group(1).lower()
    return w not in MONTHS and w not in WEEKDAYS and w not in DAY_PARTS


#: right before a person's name: a role in lower case ("author Wednesday Martin") or "by"
#: after a work ("a memoir by Wednesday Martin", "a book by April Ryan")
_NAME_BEFORE = re.compile(rf"\b(?:{'|'.join(NAME_ROLES)}|(?:{'|'.join(AUTHORED_WORKS)})\s+by)\s+$")
#: a determiner or possessive before a month, perhaps with an adjective: "a June Trump campaign
#: event", "the July Democratic convention", "the disastrous February New Hampshire debate",
#: "Trump's March Surge"; a given name takes none
_DETERMINED_MONTH = re.compile(
    r"(?:\b(?i:a|an|the|his|her|its|their|our)|['’]s)\s+(?:[a-z]+(?:ous|ful|ic|al|ive|ing|ed|ary)\s+)?$"
)
#: the second month of a range: "From January to June Comelf exported"
_MONTH_RANGE_BEFORE = re.compile(rf"\b(?:{MONTH_FULL})\s+(?:to|and|or)\s+$")


def _month_before_name_is_a_date(text: str, ms: int) -> bool:
    """Whether a bare month before a capitalised word is a month: after a date word ("In April
    Clinton said"), a determiner ("the July Democratic convention") or another month, unless a
    role or a work's "by" makes it a given name ("a book by April Ryan")."""
    s = max(0, ms - 40)
    if _NAME_BEFORE.search(text, s, ms):
        return False
    return bool(
        _DATE_PREP.search(text, max(0, ms - 12), ms)
        or _DETERMINED_MONTH.search(text, s, ms)
        or _MONTH_RANGE_BEFORE.search(text, s, ms)
    )


def _month_year(m: re.Match, ctx: _Ctx, month: int, day: int | None, rel, start: int, end: int):
    """The year of a month written without one: "July next year", "last May", or the one
    nearest the article date in the direction of the sentence's tense."""
    d = ctx.dct
    if d is None:
        return None
    if m["ry"]:
        return d.year + {"next": 1, "last": -1, "this": 0}[m["ry"].lower()]
    if rel in ("last", "past"):
        # "last May": the most recent May before this month; the month just ended would
        # be "last month", so "last February" in March is the year before's
        return d.year if month < d.month - 1 else d.year - 1
    if rel in ("next", "coming"):
        return d.year if month > d.month else d.year + 1
    if rel == "this":
        return d.year
    text = ctx.text
    if day is not None and (
        _MESSAGE_AFTER.match(text, end)
        or "dated" in text[max(0, start - 8) : start]
        and _message.DATED_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "in a Jan. 4 tweet", "a letter dated Feb. 4": a message quoted was written already
        return d.year if (month, day) <= (d.month, d.day) else d.year - 1
    # None when no nearby year has the day (Feb. 29 far from a leap year): "XXXX-02-29"
    if day is None and _names_an_event(text, m.start("mon"), end):
        # the event's own time, not the verb's, unless the clause looks ahead: a past event
        # cannot be what "will" speaks of ("Democrats will blow a November matchup" in March)
        future = ctx.lean(start, end) == FUTURE
        return ctx.pick_year(month, day, start, end, use_tense=future)
    return ctx.pick_year(month, day, start, end)


_MESSAGE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{_message.MESSAGE_NOUNS})\b", re.I)


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|his|her|their|our)|['’]s)\s+$", re.I
)
_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+([a-z]{4,})\b")
_NOT_NOUNS_AFTER = frozenset(
    "that when with from after before until since through this last next were will would".split()
)


def _names_an_event(text: str, ms: int, end: int) -> bool:
    """Whether a bare month modifies an event noun ("teeing up the November showdown", "a
    November matchup", "November's crunch election"): the event, not the clause's verb,
    is what it dates, so the nearest such month counts, whatever the clause's tense."""
    after = _NOUN_AFTER.match(text, end)
    if not after or after.group(1) in _NOT_NOUNS_AFTER:
        return False
    possessive = text[end : end + 2] in ("'s", "’s")
    return possessive or _DETERMINER_BEFORE.search(text, max(0, ms - 8), ms) is not None


def _month_value(month: int, day: int | None, year: int | None, leap_unknown: bool) -> str | None:
    """The value of a month or a month and day; None for a day the month does not have."""
    if day is None:
        return cal.ym(year, month) if year is not None else f"XXXX-{month:02d}"
    if year is not None and cal.make_date(year, month, day) is None:
        if not (month == 2 and day == 29 and leap_unknown):
            return None  # "February 30, 2020"
        year = None
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if cal.make_date(2000, month, day) else None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _day_month(m: re.Match, ctx: _Ctx):
    if not _cap(ctx.text, m.start("mon")):
        return None
    month = MONTHS[m["mon"].rstrip(".").lower()]
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not 1 <= day <= 31 or cal.make_date(2000, month, day) is None:
        return None
    if year is None:
        year = ctx.pick_year(month, day, m.start(), m.end())
    if year is not None and cal.make_date(year, month, day) is None:
        year = None
    value = (
        f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"XXXX-{month:02d}-{day:02d}"
    )
    return (m.start(), m.end(), "DATE", value, None)


_AHEAD_OF = re.compile(r"\bahead\s+of\s+$", re.I)


def _weekday_expr(m: re.Match, ctx: _Ctx):
    text = ctx.text
    if not _cap(text, m.start("wd")):
        return None
    wd = WEEKDAYS[m["wd"].rstrip(".").lower()]
    pre = (m["pre"] or "").strip().lower()
    part = (m["part"] or "").lower()
    if m["wd"].endswith(".") and not pre and not m["set"]:
        # "Tue." in listings: only after "on" or before a date ("The Sun." is a newspaper)
        before = text[max(0, m.start() - 4) : m.start()].lower()
        if not (before.endswith("on ") or _DATE_AFTER.match(text, m.end())):
            return None
    if m["set"] or (m["pl"] and not pre) or (part.endswith("s") and not pre):
        # "every Thursday", "on Tuesdays", "Tuesday nights": a repeating weekday
        code = _PART_OF_DAY.get(part.rstrip("s"), "")
        return (m.start(), m.end(), "SET", f"XXXX-WXX-{wd + 1}{code}", None)
    if m["pl"]:
        return None
    if not (pre or m["rw"]):
        ns = _named_day_start(m, text)
        if ns is not None:
            return _named_weekday(m, ctx, ns)
    if not (pre or part or m["rw"]) and _weekday_is_a_name(m, text):
        return None
    mode = "bare"
    for w in ("last", "next", "this", "coming", "past", "previous"):
        if pre.startswith(w):
            mode = {"coming": "next", "past": "last", "previous": "last"}.get(w, w)
    if m["rw"]:
        rw = m["rw"].lower()
        if ctx.dct is None:
            value = f"XXXX-WXX-{wd + 1}"
        else:
            base = cal.add_days(ctx.dct, {"next": 7, "last": -7, "this": 0}[rw])
            r = cal.add_days(base, wd - base.weekday()) if base else None
            value = r.isoformat() if r else f"XXXX-WXX-{wd + 1}"
    else:
        # "get around Wednesday's ruling", said they would: a possessive weekday names an event
        # already reported, so the future-in-the-past "would" does not move it ahead; and the
        # event is the one of the days around the article's, whatever the clause's verbs ("the
        # meaning of Thursday night's debate" on Friday, "will build on Tuesday's win" on
        # Wednesday, "ahead of Tuesday's primary" on Monday)
        # Wednesday); "ahead of" it in a clause not told in the past, the coming one ("they sit
        # atop the polls ahead of Monday's caucuses" on Tuesday; but "in the months leading up
        # to Monday's caucus", "polling done before Tuesday's primary" are behind)
        possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
        near = ""
        if possessive:
            ahead = _AHEAD_OF.search(text, max(0, m.start() - 12), m.start())
            near = "ahead" if ahead and ctx.tense(m.start(), m.end(), True) != PAST else "near"
        value = ctx.weekday(wd, m.start(), m.end(), mode, reported=possessive, near=near)
    mod = _mod_of(pre)
    typ = "DATE"
    if part:
        part_code = _PART_OF_DAY.get(part)
        if part_code:
            value += part_code
            typ = "TIME"
    return (m.start(), m.end(), typ, value, mod)


def _named_day_start(m: re.Match, text: str) -> int | None:
    """Where a weekday named by the capitalised word before it begins ("Super Tuesday", "Good
    Friday", "Bloody Sunday"); None when the word before names no day, and for a later day of
    primaries ("Super Tuesday 2", "mini-Super Tuesday"), which is just a Tuesday."""
    named = _NAMED_DAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
    if not named:
        return None
    if text[named.start() - 1 : named.start()] == "-" or _SEQUEL_AFTER.match(text, m.end()):
        return None
    return named.start()


def _named_weekday(m: re.Match, ctx: _Ctx, ns: int):
    """A named day, dated by the rule that places it ("Super Tuesday", "Good Friday, 2015",
    "Black Friday"); no date where no rule places it ("Bloody Sunday", "Black Monday")."""
    name = f"{ctx.text[ns : m.start()].strip(' -').lower()} {m['wd'].lower()}"
    if name not in _COMPUTED_DAYS or _names_a_thing(ctx.text, ns, m.end()):
        return None  # "the Good Friday Agreement": a treaty of its own year
    year_after = None if m["part"] else _YEAR_AFTER.match(ctx.text, m.end())
    end = year_after.end() if year_after else m.end()
    year = int(year_after.group(1)) if year_after else None
    found = _computed_day(ctx, name, ns, end, year)
    part = _PART_OF_DAY.get((m["part"] or "").lower())
    if found and part and _DAY_VALUE.fullmatch(found[3]):
        return (found[0], found[1], "TIME", found[3] + part, None)
    return found


#: a sequel's number after a named day: "Super Tuesday 2", "Super Tuesday III"
_SEQUEL_AFTER = re.compile(r"\s+(?:\d|I+\b)")
#: a year written after a named day: "Good Friday, 2015"
_YEAR_AFTER = re.compile(r",?\s+(\d{4})\b")


def _weekday_is_a_name(m: re.Match, text: str) -> bool:
    """Whether a weekday word is a given name or part of a newspaper's: before a capitalised
    word that is no date word, after a role or a work's "by" ("author Wednesday Martin", "a
    memoir by Wednesday Martin"), opening a sentence with a role in apposition ("Wednesday
    Martin, a writer, said"), or before a newspaper's word ("The Sunday Times"). Anywhere else
    a weekday before a capitalised word is a day: "said Tuesday Clinton would", "On Tuesday
    Obama, the president, said", and headlines ("Senate Votes Tuesday On Bill"), which
    capitalise their role words too."""
    nxt = _NEXT_CAP.match(text, m.end())
    if not nxt or not _before_a_name(text, m.end()):
        return False
    if nxt.group(1).lower() in NEWSPAPER_HEADS:
        return True
    s = max(0, m.start() - 40)
    if _NAME_BEFORE.search(text, s, m.start()):
        return True
    opens = m.start() == 0 or _OPENS_A_SENTENCE.search(text, s, m.start())
    return bool(opens and _APPOSITIVE_ROLE.match(text, nxt.end()))


#: the first word of a named day: "the Good Friday Agreement", "the Bloody Sunday Inquiry"
_NAMED_DAY_BEFORE = re.compile(rf"\b(?:{'|'.join(NAMED_DAY_WORDS)})[ -]$")
#: a sentence or line begins here
_OPENS_A_SENTENCE = re.compile(r"(?:[.!?][\"'”’)]*[ \t]+|\n[ \t]*)$")
#: a role in apposition after a name: "Wednesday Martin, a writer, said"
_APPOSITIVE_ROLE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(NAME_ROLES)}|{'|'.join(ROLE_NOUNS)})\b"
)


def _relative_day(m: re.Match, ctx: _Ctx):
    w = re.sub(r"\s+", " ", m["w"].lower())
    pre = (m["pre"] or "").strip().lower()
    part = (m["part"] or "").lower()
    off = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    generic = _generic_day(m, ctx.text, w)
    if generic:
        return (m.start(), m.end(), "DATE", generic, None)
    if ctx.dct is None:
        value = "XXXX-XX-XX"
    else:
        r = cal.add_days(ctx.dct, off)
        value = r.isoformat() if r else "XXXX-XX-XX"
    typ = "DATE"
    if w == "tonight":
        part = "night"
    if part:
        value += _PART_OF_DAY[part]
        typ = "TIME"
    return (m.start(), m.end(), typ, value, _mod_of(pre))


_GENERIC_AFTER = re.compile(r"['’]s\s+([A-Za-z]+)")
_OF_BEFORE = re.compile(r"(?<!\bas )\bof\s+$", re.I)


def _generic_day(m: re.Match, text: str, w: str) -> str | None:
    """PRESENT_REF / FUTURE_REF when "today" or "tomorrow" names the present or future age,
    not a day: "today's world", "the youth of today", "the leaders of tomorrow" (but "as of
    today" and "today's vote" are the day)."""
    if w not in ("today", "tomorrow") or m["part"] or m["pre"]:
        return None
    after = _GENERIC_AFTER.match(text, m.end())
    if w == "today" and after and after.group(1).lower() in GENERIC_PRESENT:
        return "PRESENT_REF"
    if _OF_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return "PRESENT_REF" if w == "today" else "FUTURE_REF"
    return None


def _part_of_day(m: re.Match, ctx: _Ctx):
    # "this morning", "last night", "this evening"
    rel = m["rel"].lower()
    part = m["part"].lower()
    off = -1 if rel == "last" else 0
    if ctx.dct is None:
        value = "XXXX-XX-XX"
    else:
        r = cal.add_days(ctx.dct, off)
        value = r.isoformat() if r else "XXXX-XX-XX"
    return (m.start(), m.end(), "TIME", value + _PART_OF_DAY[part], _mod_of(m["pre"]))


_REL_STEP = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0, "present": 0}
_UNKNOWN_PERIOD = {
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "decade": "XXX",
    "century": "XX",
}


def _relative_unit(m: re.Match, ctx: _Ctx):
    # "last month", "this week", "next year", "the past decade", "earlier this year", "last fall"
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    mod = _mod_of(m["pre"])
    if rel in ("following", "previous", "same"):
        return None  # anaphoric: relative to another event, not to the article date
    step = _REL_STEP[rel]
    if unit == "decade" and rel in ("past", "next", "coming") and _THE.match(ctx.text, m.start()):
        # "over the past decade", "in the next decade": the ten years up to or from now, a
        # length (TimeML P10Y); "the last decade" may name the previous decade, "the 1980s"
        return (m.start(), m.end(), "DURATION", "P10Y", mod)
    if unit in _SEASONS:
        value = _relative_season(_SEASONS[unit], step, ctx.dct)
    else:
        value = _relative_period(unit, step, ctx.dct)
    return (m.start(), m.end(), "DATE", value, mod)


_THE = re.compile(r"the\s", re.I)


def _relative_season(code: str, step: int, d: _dt.date | None) -> str:
    """ "last fall": the most recent fall before this season; "next spring": the coming one;
    "this summer": the one of this season's year."""
    if d is None:
        return f"XXXX-{code}"
    y, cur = cal.season_of(d)
    idx_cur, idx = cal.SEASON_ORDER.index(cur), cal.SEASON_ORDER.index(code)
    k = idx - idx_cur
    if step < 0 and k >= 0:
        k -= 4
    elif step > 0 and k <= 0:
        k += 4
    ny, ns = cal.shift_season(y, cur, k)
    return f"{ny:04d}-{ns}" if cal.ok_year(ny) else f"XXXX-{code}"


def _relative_period(unit: str, step: int, d: _dt.date | None) -> str:
    """The week, month, year, quarter, half, decade or century ``step`` from the article's."""
    if d is None:
        return _UNKNOWN_PERIOD[unit]
    if unit == "week":
        r = cal.add_days(d, 7 * step)
        return cal.iso_week(r) if r else "XXXX-WXX"
    if unit == "month":
        ym = cal.shift_month(d.year, d.month, step)
        return cal.ym(*ym) if ym else "XXXX-XX"
    if unit in ("quarter", "half"):
        per_year = 4 if unit == "quarter" else 2
        n = d.year * per_year + (d.month - 1) * per_year // 12 + step
        y, k = divmod(n, per_year)
        letter = "Q" if unit == "quarter" else "H"
        return f"{y:04d}-{letter}{k + 1}" if cal.ok_year(y) else f"XXXX-{letter}X"
    span = {"year": 1, "decade": 10, "century": 100}[unit]
    y = d.year + span * step
    if not cal.ok_year(y):
        return _UNKNOWN_PERIOD[unit]
    return f"{y // span:0{4 - len(str(span)) + 1}d}"


def _duration_value(num: float | None, unit_word: str) -> str | None:
    u = unit_of(unit_word)
    if u is None:
        return None
    letter, is_time, mult = u
    if num is None:
        if letter == "M":
            return "PTXM" if is_time else "PXM"
        if mult == 10:
            return "PXDE"
        if mult == 100:
            return "PXCE"
        return VAGUE_UNIT.get(letter, "PXX")
    n = num * mult
    if n != int(n):
        # fractions go to the next smaller unit: "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
        whole, frac = int(n), n - int(n)
        sub = {
            ("Y", False): ("M", 12, False),
            ("M", False): ("D", 30, False),
            ("W", False): ("D", 7, False),
            ("D", False): ("H", 24, True),
            ("H", True): ("M", 60, True),
            ("M", True): ("S", 60, True),
        }.get((letter, is_time))
        if sub and (frac * sub[1]) == int(frac * sub[1]):
            small, k, small_time = sub
            if small_time and not is_time:  # days -> hours crosses into the T part
                return f"P{whole}DT{int(frac * k)}{small}" if whole else f"PT{int(frac * k)}{small}"
            head = f"{whole}{letter}" if whole else ""
            return f"P{'T' if is_time else ''}{head}{int(frac * k)}{small}"
        return f"P{'T' if is_time else ''}{n:g}{letter}"
    n = int(n)
    return f"P{'T' if is_time else ''}{n}{letter}"


#: "twice a week", "three times a day": how often, a SET
_FREQUENCY_BEFORE = re.compile(rf"\b(?:{'|'.join(FREQUENCY_WORDS)})\s+$", re.I)
#: "four flights a week", "$5 million a year", "60 miles an hour", "24 hours a day": a quantity
#: and up to three words of what it counts right before the unit (a number ends in a digit:
#: the year of "closed in 2015. A year later" ends a sentence and counts nothing)
_RATE_BEFORE = re.compile(
    rf"(?:(?<![\w.,])(?P<digits>[$£€]?\d(?:[\d,.]*\d)?%?)|\b(?:{'|'.join(QUANTITY_WORDS)})\b)"
    r"(?P<words>(?:\s+[A-Za-z$%'’-]+){0,3})\s+$",
    re.I,
)


def _rate_before(text: str, s: int) -> bool:
    """Whether the time word at ``s`` is the "a week" of a rate: a quantity per unit of time
    ("four flights a week", "$5 million a year", "15 million instructions per second",
    "earns 8% annually") is a measure, not a time, and TimeML leaves it (a frequency,
    "twice a week", is a SET)."""
    m = _RATE_BEFORE.search(text, max(0, s - 60), s)
    if m is None:
        return False
    if any(w.lower() in NOT_IN_RATE for w in m["words"].split()):
        return False  # "lost 5 pounds in a week": a length
    d = m["digits"]
    return not (d and len(d) == 4 and d.isdigit() and 1600 <= int(d) <= 2099 and not m["words"])


_DAY_OF = re.compile(
    r"\s+of\s+(?:national\s+)?(?:[a-z]+ing\b|rage|action|protest|prayer|remembrance|silence|solidarity|celebration"
    r"|reckoning|shame|infamy|glory|judgment|judgement|rest)"
)
#: a relative clause that says which time a noun is: "a year when", "a day on which"
_WHEN_AFTER = re.compile(r"\s+(?:when|(?:in|on)\s+which)\b", re.I)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|should|must|to|['’]ll)\s+$", re.I
)


def _duration(m: re.Match, ctx: _Ctx):
    text = ctx.text
    numtxt = m["num"]
    vague = re.fullmatch(VAGUE_RE, numtxt, re.I) is not None
    half = 0.0
    hm = re.search(r"\s+(?:1/2|and\s+a\s+half)$", numtxt)
    if hm:  # "2 1/2 years", "two and a half hours"
        numtxt, half = numtxt[: hm.start()], 0.5
    num = None if vague else parse_number(numtxt)
    if not vague and num is None:
        return None
    if num is not None:
        num += half
    unit = m["unit"]
    if num is not None and num > 10000:
        return None
    q = (m["q"] or "").strip().lower()
    det = (m["det"] or "").strip().lower()
    low = numtxt.lower()
    if low in ("a", "an") and not det and not q:
        if _FREQUENCY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            v = _duration_value(1, unit)  # "twice a week": a frequency
            return (m.start(), m.end(), "SET", v, None) if v else None
        if _rate_before(text, m.start()):
            return None  # "four flights a week", "$5 million a year": a rate
    if unit.lower().startswith("quarter") and (
        low in ("a", "an", "one") or text[m.end() : m.end() + 3] == " of"
    ):
        return None  # "a quarter of the vote", "three quarters of them": fractions
    if (
        unit.lower() == "second"
        and not numtxt[:1].isdigit()
        and re.match(r"\s+[a-z]", text[m.end() : m.end() + 3])
    ):
        return None  # "a second round", "one second time": the ordinal, not the unit
    if low in ("a", "one") and unit.lower() == "day" and _DAY_OF.match(text, m.end()):
        return None  # "a day of mourning", "a day of rage": the name of an occasion, not a length
    if low in ("a", "an") and not det and not q and _WHEN_AFTER.match(text, m.end()):
        return None  # "in 1988, a year when Bush won 39 states": which year, not how long
    if low in ("one", "some") and unit.lower() == "day" and not det and not q and not m["mod"]:
        if _MODAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "Islam will one day be the second religion", "hopes to some day return": an
            # unspecified future time, not a length of one day
            return (m.start(), m.end(), "DATE", "FUTURE_REF", None)
    value = _duration_value(num, unit)
    if value is None:
        return None
    if m["half"] and num is not None:
        value = _duration_value(num + 0.5, unit) or value
    mod = _DUR_MODS.get(re.sub(r"\s+", " ", (m["mod"] or "").strip().lower()))
    if low in ("a couple of", "couple of"):
        value = _duration_value(2, unit) or value
        mod = mod or "APPROX"
    return (m.start(), m.end(), "DURATION", value, mod, _later_position(m, ctx.text, num, det or q))


_LATER = re.compile(r"\s+later\b(?!\s+(?:this|that|in|on)\b)", re.I)
# "today, 200 years later", "now, a decade later": the present described as that long after
# a past event; nothing lies that far ahead of it
_TODAY_BEFORE = re.compile(r"\b(?:today|now|tonight)\s*,?\s+$", re.I)


def _later_position(m: re.Match, text: str, num: float | None, det: str) -> str | None:
    """Where "three days later" lands: counted from the date the story last named (see
    _anchor); None with no such date, a vague or fractional count, or "the next three days"."""
    if det or num is None or num != int(num) or not _LATER.match(text, m.end()):
        return None
    if _TODAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "we still live today, 200 years later": the present is that long after
    u = unit_of(m["unit"])
    if u is None:
        return None
    letter, is_time, mult = u
    step = 0 if is_time else int(num) * mult
    return _anchor.spec("day" if is_time else _ANCHOR_UNIT[letter], step, needs_antecedent=True)


def _hyphen_duration(m: re.Match, ctx: _Ctx):
    num = parse_number(m["num"])
    if num is None or num > 10000:
        return None
    value = _duration_value(num, m["unit"] or m["unit_s"])
    if value is None:
        return None
    mod = _DUR_MODS.get(re.sub(r"\s+", " ", (m["mod"] or "").strip().lower()))
    return (m.start(), m.end(), "DURATION", value, mod)


def _vague_hyphen(m: re.Match, ctx: _Ctx):
    # "a several-year tenure", "multiyear contracts", "a decades-old feud": an unspecified
    # number of that unit, as an adjective (a thing's age in years, not a person's:
    # "47-year-old" takes a number)
    v = _duration_value(None, m["unit"] or m["unit2"])
    return (m.start(), m.end(), "DURATION", v, None) if v else None


def _long_duration(m: re.Match, ctx: _Ctx):
    # "a day-long strike", "decades-long conflict", "a two-week-long visit"
    if m["num"] and m["num"].lower() not in ("several", "many"):
        num = parse_number(m["num"])
    elif m["pl"] or m["num"]:
        num = None
    else:
        num = 1
    v = _duration_value(num, m["unit"])
    return (m.start(), m.end(), "DURATION", v, None) if v else None


def _ago(m: re.Match, ctx: _Ctx):
    # "two years ago", "a week earlier", "eight years from now"
    u = unit_of(m["unit"])
    if u is None:
        return None
    numtxt = m["num"]
    num = None if re.fullmatch(VAGUE_RE, numtxt, re.I) else parse_number(numtxt)
    mod = "APPROX" if (m["mod"] or m["orso"]) else None
    dirw = m["dir"].lower()
    if dirw.startswith(("from", "hence")):
        return _from_now(m, ctx, num, u, mod)
    if dirw == "earlier" and not _business_comparison(m, ctx.text, num, u):
        return _earlier(m, num, u, mod)
    if num is None or ctx.dct is None or num != int(num):
        return (m.start(), m.end(), "DATE", "PAST_REF", mod)
    value = _shifted(ctx.dct, -int(num), u)
    if value and u == ("Y", False, 1) and num == 1:
        value = _YEAR_AGO + value  # "a year earlier": may anchor to a quarter named just before
    return (m.start(), m.end(), "DATE", value or "PAST_REF", mod)


def _shifted(d: _dt.date, n: int, unit: tuple[str, bool, int]) -> str | None:
    """The calendar value ``n`` units (TimeML letter, time-of-day unit, multiplier) from ``d``,
    at the granularity of the unit: a day, an ISO week, a month, a quarter or a year."""
    letter, is_time, mult = unit
    n *= mult
    if is_time:
        return d.isoformat()
    if letter == "D":
        r = cal.add_days(d, n)
        return r.isoformat() if r else None
    if letter == "W":
        r = cal.add_days(d, 7 * n)
        return cal.iso_week(r) if r else None
    if letter == "M":
        ym = cal.shift_month(d.year, d.month, n)
        return cal.ym(*ym) if ym else None
    if letter == "Q":
        ym = cal.shift_month(d.year, d.month, 3 * n)
        return f"{ym[0]:04d}-Q{(ym[1] - 1) // 3 + 1}" if ym else None
    y = d.year + n  # years, decades, centuries
    return f"{y:04d}" if cal.ok_year(y) else None


#: the unit an anchored length counts in, by TimeML letter (time-of-day units stay in the day)
_ANCHOR_UNIT = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def _earlier(m: re.Match, num: float | None, u: tuple[str, bool, int], mod: str | None):
    # "A month earlier, the two sides had met": in TimeML the length ("a month", P1M) with
    # "earlier" as its signal; the point it reaches counts from the date the story last named
    # (see _anchor), and is where the timeline places it
    value = _duration_value(num, m["unit"])
    if value is None:
        return None
    letter, is_time, mult = u
    position = None
    if num is not None and num == int(num):
        step = 0 if is_time else -int(num) * mult
        position = _anchor.spec("day" if is_time else _ANCHOR_UNIT[letter], step)
    return (m.start(), m.end(), "DURATION", value, mod, position)


def _from_now(m: re.Match, ctx: _Ctx, num: float | None, u: tuple[str, bool, int], mod):
    # "eight years from now": the length "eight years" (P8Y) and "now" (PRESENT_REF, its
    # own expression, tagged by the reference rule); the timeline places the length where
    # it ends, counted from the article date
    value = _duration_value(num, m["unit"])
    if value is None:
        return None
    position = None
    if num is not None and num == int(num) and ctx.dct is not None:
        position = _shifted(ctx.dct, int(num), u)
    return (m.start(), m.end("unit"), "DURATION", value, mod, position)


_FIGURE_NEAR = re.compile(r"[$£€#%]|\d\s*(?:percent|cents?)\b|\ba\s+share\b|\bper\s+cent\b", re.I)


_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|versus|vs\.?|over)\s+$", re.I)


def _business_comparison(m: re.Match, text: str, num: float | None, u) -> bool:
    """Whether "a year earlier" compares a figure with the same period a year before ("net
    rose to $5 million from $4 million a year earlier"): business news means the period
    then (a date), not a length back from the story's last date."""
    if num != 1 or u != ("Y", False, 1):
        return False
    if _COMPARED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True  # "narrowed from a year earlier", "better than a year earlier"
    return (
        _FIGURE_NEAR.search(text, max(0, m.start() - 100), min(len(text), m.end() + 60)) is not None
    )


#: what "the first half of" / "the third quarter of" may be of and still be part of a year:
#: "of the year", "of fiscal 1990", "of next year"
_HALF_OF_A_YEAR = re.compile(
    r"\s+of\s+(?:the\s+(?:(?:fiscal|calendar|current|financial)\s+)?year\b|fiscal\b|\d{4}\b"
    r"|(?:this|last|next)\s+year\b)",
    re.I,
)
# (not "a loss for the third quarter of $226.3 million": the figure of the quarter)
_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|a|an|this|that|its|his|her|their)\s+[a-z0-9]"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)


def _quarter(m: re.Match, ctx: _Ctx):
    if _OF_AFTER.match(ctx.text, m.end()) and not _HALF_OF_A_YEAR.match(ctx.text, m.end()):
        # "the second half of July" (a part of the month, which is tagged alone), "the first
        # half of the game", "the fourth quarter of the season": no half or quarter of a year
        return None
    c = _quarter_value(m, ctx)
    if (
        c is not None
        and m["the"]
        and not m["yr"]
        and not m["ryr"]
        and ctx.text[m.end("ord")] == "-"
    ):
        # "the third-quarter results": the adjective, without the article ("third-quarter")
        c = (m.end("the"), *c[1:])
    return c


def _quarter_value(m: re.Match, ctx: _Ctx):
    ordw = re.sub(r"\s+", " ", m["ord"].lower())
    unit = m["u"].lower()
    d = ctx.dct
    year = None
    if m["yr"]:
        year = int(m["yr"])
    elif m["yr2"]:
        year = int(m["yr2"])
    elif (m["ryr"] or m["ry2"]) and d is not None:
        year = d.year + {"this": 0, "last": -1, "next": 1}[(m["ryr"] or m["ry2"]).lower()]
    n_units = 4 if unit == "quarter" else 2
    letter = "Q" if unit == "quarter" else "H"
    if ordw in ("last", "final") and year is not None:
        ordw = "fourth" if unit == "quarter" else "second"  # "the last half of 1989"
    if ordw in ORDINALS:
        n = ORDINALS[ordw]
        if n > n_units:
            return None
        if year is None and d is not None:
            cur = cal.quarter_of(d) if unit == "quarter" else (d.month - 1) // 6 + 1
            # a quarter not yet begun is last year's unless the sentence looks ahead
            year = d.year if (n <= cur or ctx.tense(m.start(), m.end()) == FUTURE) else d.year - 1
    else:
        # "the latest / last / current / year-ago quarter": relative to the article date
        if d is None:
            return (m.start(), m.end(), "DATE", f"XXXX-{letter}X", None)
        cur = cal.quarter_of(d) if unit == "quarter" else (d.month - 1) // 6 + 1
        if ordw in ("current", "this"):
            k = 0
        elif ordw in ("next", "coming"):
            k = 1
        else:
            k = -1  # latest / last / past / previous / most recent: the one just reported
        n = cur + k
        y = d.year if year is None else year
        if n < 1:
            n += n_units
            y -= 1
        elif n > n_units:
            n -= n_units
            y += 1
        if ordw in ("year-ago", "year-earlier", "same"):
            y -= 1
        year = y
    if year is not None and m["ya"] and m["ya"].lower() != "comparable":
        year -= 1
    if year is None or not cal.ok_year(year):
        return (m.start(), m.end(), "DATE", f"XXXX-{letter}{n}", None)
    return (m.start(), m.end(), "DATE", f"{year:04d}-{letter}{n}", None)


def _year_ago_period(m: re.Match, ctx: _Ctx):
    if ctx.dct is None:
        return (m.start(), m.end(), "DATE", "XXXX", None)
    y = ctx.dct.year - 1
    return (
        m.start(),
        m.end(),
        "DATE",
        (_YEAR_AGO + f"{y:04d}") if cal.ok_year(y) else "XXXX",
        None,
    )


#: marks "a year earlier" / "the year-ago period": business news compares a quarter with the
#: same quarter a year before ("profit rose in the third quarter from a year earlier"), so
#: these resolve to the quarter named just before them, one year back, when there is one.
_YEAR_AGO = "\x00yearago:"
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])$")
_OTHER_PERIOD = re.compile(r"P\d+M$|\d{4}(?:-H[12])?$")


#: "the latest quarter", "the latest period": the quarter the article reports on
_LATEST_Q = "\x00latestq:"
#: "the 1988 period", "the 1989 quarter": that year's quarter of the same number as the one reported
_YEAR_Q = "\x00yearq:"


def _anchor_year_ago(chosen: list, text: str, dct: _dt.date | None = None) -> list:
    """Resolve the business-news placeholders against the quarter the article reports on.

    The reported quarter is a quarter of the year up to the article date ("the third quarter of
    1990" is an outlook, not the report): the one named just before, or else the first one of an
    article that names quarters repeatedly (earnings stories lead with it: "third-quarter profit
    fell ...").
    """
    out = []
    reported: list[tuple[int, int, int]] = []  # (end offset, year, quarter)
    now = dct.year * 4 + cal.quarter_of(dct) if dct is not None else None
    n_quarters = sum(1 for c in chosen if _QUARTER_VALUE.match(c[3]))

    def reference(s: int, near: int) -> tuple[int, int, int] | None:
        if reported and s - reported[-1][0] <= near:
            return reported[-1]  # the quarter just named
        if reported and (n_quarters >= 2 or s - reported[0][0] <= 1500):
            return reported[0]  # the lead's quarter
        return None

    other_period = (
        -1
    )  # end of the last period that is not a quarter: "the first nine months", "1989"
    for c in chosen:
        s, e, value = c.start, c.end, c.value
        if value.startswith(_YEAR_AGO):
            value = value[len(_YEAR_AGO) :]
            q = reference(s, 400)
            # "net for the nine months rose, compared with 40% a year earlier": that year
            nearer_other = (
                other_period >= 0
                and s - other_period <= 300
                and (not reported or other_period > reported[-1][0])
            )
            if q is not None and cal.ok_year(q[1] - 1) and not nearer_other:
                value = f"{q[1] - 1:04d}-Q{q[2]}"
        elif value.startswith(_LATEST_Q):
            value = value[len(_LATEST_Q) :]
            q = reference(s, 400)
            if q is not None:
                value = f"{q[1]:04d}-Q{q[2]}"
        elif value.startswith(_YEAR_Q):
            year, _, value = value[len(_YEAR_Q) :].partition(":")
            q = reference(s, 400)
            if q is not None:
                value = f"{year}-Q{q[2]}"
        else:
            if _OTHER_PERIOD.match(value):
                other_period = e
            qm = _QUARTER_VALUE.match(value)
            if qm:
                y, n = int(qm.group(1)), int(qm.group(2))
                # a report covers a quarter of the last year; later ones are outlooks
                if now is None or now - 4 < y * 4 + n <= now:
                    reported.append((e, y, n))
        out.append(c._replace(value=value))
    return out


_COUNT_AFTER = re.compile(r"\s+([a-z]{3,})")
_NOT_NOUNS = frozenset(
    "this was has his its is as us thus plus less unless across whereas perhaps always afterwards "
    "towards besides sometimes".split()
)


def _year(m: re.Match, ctx: _Ctx):
    text = ctx.text
    if m["y2"]:
        return _year_range(m, ctx)
    ys = m.start("y")
    y = int(m["y"])
    pre = (m["pre"] or "").lower()
    if (
        ys > 0
        and text[ys - 1] in "$£€#.,:/-+°'’"
        and not (pre.endswith("-") and text[ys - 1] == "-")
        and not re.search(r"\b(?:pre|post)-$", text[max(0, ys - 6) : ys], re.I)
    ):
        return None  # "$2020", "No. 1990", "555-1990"; but "mid-1990" is a year
    if ys > 1 and text[ys - 2 : ys] in ("$ ", "No", "o."):
        return None
    after = text[m.end() : m.end() + 20]
    if after[:1] in ("%",) or re.match(r"(?:[.,:/]\d|-\d|\s*(?:percent|per cent|%|x\d))", after):
        return None
    w = _COUNT_AFTER.match(after)
    # "the 1992 protests", "Kopp's 1987 Chevrolet": after a determiner a year-like number is a year
    det_before = (
        re.search(r"(?:\bthe|['’]s)\s+(?:(?:pre|post)-)?$", text[max(0, ys - 11) : ys], re.I)
        is not None
        and 1900 <= y <= 2099
    )
    if w and not pre and not det_before:
        word = w.group(1)
        # "1500 troops", "2000 people": a count followed by a plural noun is no year
        if word.endswith("s") and word not in _NOT_NOUNS and not word.endswith("ss"):
            return None
    if not pre and not (1600 <= y <= 2099):
        return None  # a bare "1066" or "5000" is more often a count than a year
    mod = _mod_of(pre)
    season = None
    for name, code in _SEASONS.items():
        if name in pre:
            season = code
    half = None
    if "first half" in pre:
        half = "H1"
    elif "second half" in pre:
        half = "H2"
    value = f"{y:04d}"
    if season:
        value += f"-{season}"
    elif half:
        value += f"-{half}"
    start = m.start()
    px = re.search(r"\b(?:pre|post)-$", text[max(0, ys - 6) : ys], re.I)
    if px and not pre:
        start = ys - 6 + px.start()  # "post-1959 politics": the prefix is part of the expression
    return (start, m.end(), "DATE", value, mod)


def _year_range(m: re.Match, ctx: _Ctx):
    # "the 2009-2010 season", "in 1957-58": a span of years; TimeML marks each end as its
    # own date, the second written short taking the first's century ("1999-00": 2000)
    ys = m.start("y")
    if ys > 0 and ctx.text[ys - 1] in "-–":
        return None  # "555-1990-91": a number
    y1, y2 = int(m["y"]), int(m["y2"])
    if not 1600 <= y1 <= 2099:
        return None
    if len(m["y2"]) == 2:
        y2 += y1 // 100 * 100
        if y2 <= y1:
            y2 += 100
        if y2 - y1 > 20:
            return None  # "1990-45" is no span of years
    if not y1 < y2 <= y1 + 100:
        return None
    w = _COUNT_AFTER.match(ctx.text, m.end())
    if w and w.group(1).endswith("s") and w.group(1) not in _NOT_NOUNS:
        return None  # "1500-2000 calories": counts
    return [
        (ys, m.end("y"), "DATE", f"{y1:04d}", None),
        (m.start("y2"), m.end("y2"), "DATE", f"{y2:04d}", None),
    ]


def _decade(m: re.Match, ctx: _Ctx):
    # "the 1990s", "the late 1970s", "the '90s"; "the last half of the '80s" (late in it)
    if m["d"]:
        dec = int(m["d"]) // 10
    else:
        two = int(m["d2"])
        dec = (200 + two // 10) if two < 30 else (190 + two // 10)
    pre = (m["pre"] or "").lower()
    mod = ("EARLY" if "first" in pre else "LATE") if "half" in pre else _mod_of(pre)
    return (m.start(), m.end(), "DATE", f"{dec:03d}", mod)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decade_word(m: re.Match, ctx: _Ctx):
    return (m.start(), m.end(), "DATE", f"19{_DECADE_WORDS[m['w'].lower()]}", _mod_of(m["pre"]))


def _century(m: re.Match, ctx: _Ctx):
    n = (
        int(m["n"])
        if m["n"]
        else ORDINALS.get(m["o"].lower())
        or {"twentieth": 20, "twenty-first": 21, "nineteenth": 19, "eighteenth": 18}.get(
            m["o"].lower()
        )
    )
    if not n or not 1 <= n <= 99:
        return None
    return (m.start(), m.end(), "DATE", f"{n - 1:02d}", _mod_of(m["pre"]))


def _spelled_year(m: re.Match, ctx: _Ctx):
    # "nineteen ninety-six", "the year two thousand"; in transcripts also "January nineteen
    # ninety-seven" (that month) and "the winter of nineteen ninety-four" (that season)
    if m["k"]:
        y = 2000 + int(parse_number(m["k"]) or 0) if m["k"] else 2000
    elif m["tt"]:
        tens = TENS_WORDS.get(m["tt"].lower()) or UNITS_WORDS.get(m["tt"].lower(), 0)
        y = 1900 + tens + (UNITS_WORDS.get(m["uu"].lower(), 0) if m["uu"] else 0)
    else:
        y = 2000
    value = f"{y:04d}"
    text = ctx.text
    if not m["tt"] and _COUNTED_AFTER.match(text, m.end()):
        return None  # "more than two thousand years", "two thousand people": a count
    pre = _SPELLED_PREFIX.search(text, max(0, m.start() - 30), m.start())
    if pre and pre["smon"] and _cap(text, pre.start("smon")):
        return (pre.start(), m.end(), "DATE", cal.ym(y, MONTHS[pre["smon"].lower()]), None)
    if pre and pre["sseason"]:
        return (pre.start(), m.end(), "DATE", f"{value}-{_SEASONS[pre['sseason'].lower()]}", None)
    return (m.start(), m.end(), "DATE", value, None)


#: a plural noun after "two thousand": it counts ("two thousand years", not the year 2000)
_COUNTED_AFTER = re.compile(
    r"\s+(?:(?:more|other|additional)\s+)?(?:people|men|women|children"
    r"|(?!(?:is|was|has|does|its|his|this|thus|as|always|perhaps|sometimes)\b)[a-z]+[^s'’\W]s\b)"
)
_SPELLED_PREFIX = re.compile(
    rf"(?:\b(?P<smon>{MONTH_FULL})|\bthe\s+(?P<sseason>spring|summer|fall|autumn|winter)\s+of)\s+$",
    re.I,
)


def _clock(m: re.Match, ctx: _Ctx):
    # "10:35 a.m.", "noon Thursday", "9 p.m. EST", "six o'clock", "5 p.m. EST Nov. 9"
    hm = _clock_time(m, ctx.text)
    if hm is None:
        return None
    hh, mi = hm
    sec = m["se"] or m["se2"]  # "10:35:12 a.m.": a time to the second
    if sec is not None and int(sec) > 59:
        return None
    date = _clock_day(m, ctx)
    if date is None:
        return None
    time = "T24:00" if hh == 24 else f"T{hh:02d}:{mi:02d}" + (f":{sec}" if sec else "")
    end = m.end()
    if m["paren"]:
        # "10:35 a.m. (0735 GMT) Friday": Friday's time, but the weekday is its own expression
        end = m.start("paren") - 1
    return (m.start(), end, "TIME", date + time, "APPROX" if m["mod"] else None)


def _clock_time(m: re.Match, text: str) -> tuple[int, int] | None:
    """(hour, minute) of a clock time, or None when the match is no time of day."""
    if m["nm"]:
        if text[max(0, m.start() - 5) : m.start()].lower() == "high ":
            return None  # "high noon": the idiom, not twelve o'clock
        return (24, 0) if m["nm"].lower() == "midnight" else (12, 0)
    if m["h"]:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        ap = m["ap"].lower()
        if not 1 <= hh <= 12:
            return None
        if ap.startswith("p") and hh != 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    elif m["h2"]:
        hh, mi = int(m["h2"]), int(m["mi2"])
        # "10:30" alone is a time only after "at/by/until/from" or with a time zone
        before = text[max(0, m.start() - 8) : m.start()].lower()
        if not (m["tz"] or re.search(r"\b(?:at|by|until|till|from|about|around)\s*$", before)):
            return None
    else:
        # "six o'clock", "4 in the morning", "three in the afternoon"
        n = parse_number(m["oc"])
        if n is None or not 1 <= n <= 12 or n != int(n):
            return None
        hh, mi = int(n), 0
        if m["ip"] and m["ip"].lower() != "morning" and hh != 12:
            hh += 12
    return (hh, mi) if 0 <= hh <= 24 and 0 <= mi <= 59 else None


def _clock_day(m: re.Match, ctx: _Ctx) -> str | None:
    """The day of a clock time: the one written with it, else a placeholder the day named
    beside it or shortly before takes (see :func:`_place_clock_times`)."""
    text = ctx.text
    if m["mon"]:
        # "5 p.m. EST Nov. 9": the time of that day
        if not _cap(text, m.start("mon")):
            return None
        month, day = MONTHS[m["mon"].rstrip(".").lower()], int(m["day"])
        year = int(m["year"]) if m["year"] else ctx.pick_year(month, day, m.start(), m.end())
        if cal.make_date(year or 2000, month, day) is None:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    if m["wd"]:
        if not _cap(text, m.start("wd")):
            return None
        return ctx.weekday(WEEKDAYS[m["wd"].rstrip(".").lower()], m.start(), m.end())
    if m["rd"]:
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["rd"].lower()]
        r = cal.add_days(ctx.dct, off) if ctx.dct else None
        return r.isoformat() if r else "XXXX-XX-XX"
    return _CLOCK_DAY + (ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX")


#: a clock time with no day of its own: the article date, unless a day is named beside it
_CLOCK_DAY = "\x00clockday:"
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(?:T|$)")
#: how close a day must be named before a bare clock time to be its day
_CLOCK_WINDOW = 250
_BRIDGE_AFTER = re.compile(r"[ ,]*(?:on\s+)?")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“]|\n\s*\n")


def _place_clock_times(chosen: list[Cand], text: str) -> list[Cand]:
    """A clock time with no day of its own takes the day named right after it ("at 3 p.m.
    on Sunday"), else the one named last before it within its sentence or the one before
    ("Slepian was shot on Oct. 23 ... He died at 10 p.m.": Oct. 23's), else the article's."""
    if not any(c.value.startswith(_CLOCK_DAY) for c in chosen):
        return chosen
    out = list(chosen)
    last: tuple[int, str] | None = None  # (end offset, day) of the latest day named
    for i, c in enumerate(chosen):
        if c.value.startswith(_CLOCK_DAY):
            fallback, time = c.value[len(_CLOCK_DAY) :].split("T", 1)
            if _offset_right_after(chosen, i, text):
                fallback = "XXXX-XX-XX"  # "at 6 a.m. ten days before the shooting": not today
            day = _day_right_after(chosen, i, text) or _day_shortly_before(last, c.start, text)
            out[i] = c._replace(value=f"{day or fallback}T{time}")
            continue
        dm = _DAY_VALUE.match(c.value)
        if dm and c.type in ("DATE", "TIME"):
            last = (c.end, dm.group(1))
    return out


def _day_right_after(chosen: list[Cand], i: int, text: str) -> str | None:
    if i + 1 < len(chosen):
        nxt, end = chosen[i + 1], chosen[i].end
        dm = _DAY_VALUE.match(nxt.value)
        if dm and nxt.start - end <= 6 and _BRIDGE_AFTER.fullmatch(text, end, nxt.start):
            return dm.group(1)
    return None


#: a length and its direction right after a clock time: "at 6 a.m. ten days before the vote"
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|earlier|later|ago)\b", re.I)


def _offset_right_after(chosen: list[Cand], i: int, text: str) -> bool:
    """Whether the clock time ``chosen[i]`` is followed by a length counted from another
    time, which puts it on a day of its own that the article's date is not."""
    if i + 1 >= len(chosen):
        return False
    nxt, end = chosen[i + 1], chosen[i].end
    return (
        nxt.type == "DURATION"
        and nxt.start - end <= 2
        and not text[nxt.start].isupper()  # ("at 10 p.m. Two days later": a new sentence)
        and _BRIDGE_AFTER.fullmatch(text, end, nxt.start) is not None
        and _OFFSET_AFTER.match(text, nxt.end) is not None
    )


def _day_shortly_before(last: tuple[int, str] | None, start: int, text: str) -> str | None:
    if last is None or start - last[0] > _CLOCK_WINDOW:
        return None
    # at most one sentence boundary between: this sentence or the one before
    if len(_SENTENCE_END.findall(text, last[0], start)) > 1:
        return None
    return last[1]


_CURRENT_NOT = frozenset(
    "account accounts affairs events account-deficit density flow flows carrier carriers source "
    "sources conditions law laws rules system ones one".split()
)


_THEN_BEFORE = re.compile(r"\bthen[ -]$", re.I)


def _ref(m: re.Match, ctx: _Ctx):
    w = re.sub(r"\s+", " ", m["w"].lower())
    text = ctx.text
    nxt = re.match(r"[ \t]+(?:and\s+(?:former|past)\s+)?([A-Za-z-]+)", text[m.end() : m.end() + 40])
    if w in ("current", "currently") and nxt and nxt.group(1).lower() in ROLE_NOUNS:
        # "the current president", "current and former officials", "currently vice president":
        # the word marks who holds a post, not a time
        return None
    if w in ("current", "recent", "future"):
        if not nxt or not nxt.group(1)[0].islower():
            return None  # an adjective only: "the current talks", "recent attacks"
        if w == "current" and nxt.group(1) in _CURRENT_NOT:
            return None
        then = _THEN_BEFORE.search(text, max(0, m.start("w") - 6), m.start("w"))
        if w == "current" and then:
            # "the then-current market price": the present of a past time
            return (then.start(), m.end("w"), "DATE", "PAST_REF", None)
    if w in (
        "now",
        "currently",
        "current",
        "presently",
        "nowadays",
        "these days",
        "at present",
        "the present",
        "at the moment",
        "today's",
    ):
        v = "PRESENT_REF"
    elif w in ("recently", "recent", "lately", "previously", "formerly", "the past", "in the past"):
        v = "PAST_REF"
    else:
        v = "FUTURE_REF"
    return (m.start("w"), m.end("w"), "DATE", v, None)


def _the_quarter(m: re.Match, ctx: _Ctx):
    # "the quarter", "the latest quarter": in business news, the quarter just reported
    d = ctx.dct
    if d is None:
        return (m.start(), m.end(), "DATE", "XXXX-QX", None)
    lat = (m["lat"] or "").lower()
    k = 0 if lat == "current" else -1
    q = cal.quarter_of(d) + k
    y = d.year
    if q < 1:
        q, y = 4, y - 1
    if not cal.ok_year(y):
        return (m.start(), m.end(), "DATE", "XXXX-QX", None)
    value = f"{y:04d}-Q{q}"
    if lat != "current":
        value = _LATEST_Q + value  # the quarter the article reports on, when it names one
    return (m.start(), m.end(), "DATE", value, None)


def _latest_period(m: re.Match, ctx: _Ctx):
    # "the latest period", "the most recent period": earnings news for the quarter reported
    return _the_quarter(m, ctx)


def _year_period(m: re.Match, ctx: _Ctx):
    # "the 1988 period", "the 1989 quarter": the reported quarter's number in that year
    y = int(m["y"])
    return (m.start(), m.end(), "DATE", f"{_YEAR_Q}{y:04d}:{y:04d}", None)


def _two_quarters(m: re.Match, ctx: _Ctx):
    # "the first two quarters of 1990": a half year
    h = "H1" if m["w"].lower() == "first" else "H2"
    return (m.start(), m.end(), "DATE", f"{int(m['y']):04d}-{h}", None)


def _weekend(m: re.Match, ctx: _Ctx):
    d = ctx.dct
    if d is None:
        return (m.start(), m.end(), "DATE", "XXXX-WXX-WE", _mod_of(m["pre"]))
    rel = m["rel"].lower()
    if rel in ("last", "past"):
        step = -1
    elif rel in ("next", "coming"):
        step = 1
    else:
        # "the weekend" / "this weekend": the one just past unless the sentence looks ahead
        step = 0 if (d.weekday() >= 5 or ctx.tense(m.start(), m.end()) == FUTURE) else -1
    if rel in ("next", "coming") and d.weekday() < 5:
        step = 0
    r = cal.add_days(d, 7 * step)
    value = (cal.iso_week(r) + "-WE") if r else "XXXX-WXX-WE"
    return (m.start(), m.end(), "DATE", value, _mod_of(m["pre"]))


def _period_end(m: re.Match, ctx: _Ctx):
    # "year-end", "the end of the year": the close of the article's year (or month)
    d = ctx.dct
    w = re.sub(r"\s+", " ", m["w"].lower())
    # "the start of the year", "the middle of this month", "the end of the month"
    mod = (
        "EARLY"
        if w.startswith(("start", "beginning"))
        else "MID"
        if w.startswith("middle")
        else "LATE"
    )
    if w.endswith("month"):
        if d is None:
            return (m.start(), m.end(), "DATE", "XXXX-XX", mod)
        return (m.start(), m.end(), "DATE", cal.ym(d.year, d.month), mod)
    if d is None:
        return (m.start(), m.end(), "DATE", "XXXX", mod)
    if w.startswith("year-"):
        # "year-end" is the day; "since year-end" (before December's end) is last year's
        y = d.year
        if re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 7) : m.start()], re.I) and (
            d.month,
            d.day,
        ) != (12, 31):
            y -= 1
        return (m.start(), m.end(), "DATE", f"{y:04d}-12-31", None)
    # "by year end", "by year's end", "the end of the year": the late part of the year (TimeML)
    return (m.start(), m.end(), "DATE", f"{d.year:04d}", mod)


def _vague_plural(m: re.Match, ctx: _Ctx):
    # "in recent months", "in the coming days", "in future quarters", "in past years"
    lead = re.sub(r"\s+", " ", (m["lead"] or "").lower().strip())
    unit = m["u"].lower()
    if lead in ("coming", "the coming", "next few", "the next few", "coming few", "future"):
        return (m.start(), m.end(), "DATE", "FUTURE_REF", None)
    if lead == "past":
        return (m.start(), m.end(), "DATE", "PAST_REF", None)  # "sell programs in past years"
    v = _duration_value(None, unit)
    return (m.start(), m.end(), "DURATION", v or "PXX", None)


def _vague_ref(m: re.Match, ctx: _Ctx):
    # "challenges of the near term", "offerings at a later date", "as soon as possible": a
    # time to come the text does not date; "for a while": a length it does not give; "a
    # while ago": a time before
    if m["term"] or m["date"] or m["asap"]:
        g = "term" if m["term"] else "date" if m["date"] else "asap"
        return (m.start(g), m.end(g), "DATE", "FUTURE_REF", None)
    if m["ago"]:
        return (m.start(), m.end(), "DATE", "PAST_REF", None)
    return (m.start("while"), m.end("while"), "DURATION", "PXX", None)


def _set_word(m: re.Match, ctx: _Ctx):
    # "daily", "weekly", "annually": how often something happens (TimeML also marks the
    # "daily" of "the party daily Granma"); not in a rate ("sales rise 8% annually", "10,000
    # units annually") or "average daily volume" (a measure)
    w = m["w"].lower()
    text = ctx.text
    opens = m.start() == 0 or _OPENS_A_SENTENCE.search(text, max(0, m.start() - 6), m.start())
    if _cap(text, m.start()) and not opens:
        return None  # "Breitbart News Daily", "the Weekly Standard": part of a name
    if _rate_before(text, m.start()) or _AVERAGE_BEFORE.search(
        text, max(0, m.start() - 9), m.start()
    ):
        return None
    v = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "nightly": "P1D",
        "quarterly": "P3M",
        "biweekly": "P2W",
    }[w]
    return (m.start(), m.end(), "SET", v, None)


_AVERAGE_BEFORE = re.compile(r"\baverage\s+$", re.I)


def _set_every(m: re.Match, ctx: _Ctx):
    # "every week", "each July", "every other year", "each season"; "per second" after a
    # quantity is a rate ("15 million instructions per second")
    what = m["what"]
    low = what.lower()
    if m.group(0)[:3].lower() == "per" and _rate_before(ctx.text, m.start()):
        return None
    if low == "season":
        # "each season": sports, shows and fashion come in seasons, one a year
        return (m.start(), m.end(), "SET", "P1Y", None)
    if low in MONTHS or low.rstrip(".") in MONTHS:
        if not _cap(ctx.text, m.start("what")):
            return None
        return (m.start(), m.end(), "SET", f"XXXX-{MONTHS[low.rstrip('.')]:02d}", None)
    if low in _SEASONS:
        return (m.start(), m.end(), "SET", f"XXXX-{_SEASONS[low]}", None)
    if low in _PART_OF_DAY:
        return (m.start(), m.end(), "SET", f"XXXX-XX-XX{_PART_OF_DAY[low]}", None)
    n = parse_number(m["n"]) if m["n"] else 1
    if m["other"]:
        n = 2
    v = _duration_value(n, what)
    return (m.start(), m.end(), "SET", v, None) if v else None


_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}


def _election_day(y: int) -> _dt.date | None:
    first_monday = cal.nth_weekday(y, 11, 0, 1)
    return cal.add_days(first_monday, 1) if first_monday else None


def _thanksgiving(y: int) -> _dt.date | None:
    return cal.nth_weekday(y, 11, 3, 4)


def _after(day: Callable[[int], _dt.date | None], n: int) -> Callable[[int], _dt.date | None]:
    def shifted(y: int) -> _dt.date | None:
        d = day(y)
        return cal.add_days(d, n) if d else None

    return shifted


#: named days that move from year to year, by the rule that places them, and the month they
#: fall in when no year is known: US Election Day (the Tuesday after the first Monday of
#: November), Thanksgiving (the fourth Thursday of November) and the days named after it,
#: Super Tuesday (the US primaries' first Tuesday of March), the days of Easter
_COMPUTED_DAYS: dict[str, tuple[Callable[[int], _dt.date | None], str]] = {
    "election day": (_election_day, "11"),
    "thanksgiving": (_thanksgiving, "11"),
    "thanksgiving day": (_thanksgiving, "11"),
    "black friday": (_after(_thanksgiving, 1), "11"),
    "cyber monday": (_after(_thanksgiving, 4), "XX"),
    "giving tuesday": (_after(_thanksgiving, 5), "XX"),
    "super tuesday": (lambda y: cal.nth_weekday(y, 3, 1, 1), "03"),
    "easter sunday": (cal.easter, "XX"),
    "good friday": (_after(cal.easter, -2), "XX"),
    "palm sunday": (_after(cal.easter, -7), "XX"),
    "ash wednesday": (_after(cal.easter, -46), "XX"),
    "maundy thursday": (_after(cal.easter, -3), "XX"),
    "holy thursday": (_after(cal.easter, -3), "XX"),
    "holy saturday": (_after(cal.easter, -1), "XX"),
    "easter monday": (_after(cal.easter, 1), "XX"),
}


def _names_a_thing(text: str, s: int, e: int) -> bool:
    """Whether a named day before a capitalised word that is no date word names something
    else: "the Good Friday Agreement", "the Bloody Sunday Inquiry" (not in a headline, where
    every word is capitalised: "Clinton Leads In Super Tuesday States")."""
    return _before_a_name(text, e) and not _in_a_headline(text, s, e)


def _holiday(m: re.Match, ctx: _Ctx):
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    year = int(m["y"]) if m["y"] else None
    if name in _COMPUTED_DAYS:
        return _computed_day(ctx, name, m.start(), m.end(), year)
    mon, day = _HOLIDAYS[name]
    if year is None:
        year = ctx.pick_year(mon, day, m.start(), m.end())
    if year is None:
        return (m.start(), m.end(), "DATE", f"XXXX-{mon:02d}-{day:02d}", None)
    return (m.start(), m.end(), "DATE", f"{year:04d}-{mon:02d}-{day:02d}", None)


#: a year written before a named day: "the 1998 Good Friday"
_YEAR_BEFORE = re.compile(r"\b(\d{4})\s+$")


def _computed_day(ctx: _Ctx, name: str, s: int, e: int, year: int | None):
    """text[s:e], a day placed by a rule of the calendar, in the year written with it or the
    one nearest the article's date."""
    text = ctx.text
    before = _YEAR_BEFORE.search(text, max(0, s - 6), s)
    if year is None and before:
        year = int(before.group(1))
    when, month = _COMPUTED_DAYS[name]
    if name == "super tuesday" and year is not None and (not ctx.dct or year != ctx.dct.year):
        # its day moved between election cycles ("the 1988 Super Tuesday" was March 8)
        return (s, e, "DATE", str(year), None) if cal.ok_year(year) else None
    if year is not None:
        d = when(year) if cal.ok_year(year) else None
    elif ctx.dct is not None:
        years = [y for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if cal.ok_year(y)]
        d = ctx.nearest([when(y) for y in years], s, e)
    else:
        d = None
    return (s, e, "DATE", d.isoformat() if d else f"XXXX-{month}-XX", None)


def _season(m: re.Match, ctx: _Ctx):
    # "the summer", "this fall" are handled as relative units; here "the summer of 1994" /
    # "summer 1994"
    code = _SEASONS[m["s"].lower()]
    return (m.start(), m.end(), "DATE", f"{int(m['y']):04d}-{code}", _mod_of(m["pre"]))


_SEASON_PREP = re.compile(
    r"\b(?:in|into|during|by|until|till|since|through|throughout|over|before|after|for|from|toward|towards)\s+$",
    re.I,
)


def _the_season(m: re.Match, ctx: _Ctx):
    # "in the spring", "over the summer", "in late summer": the nearest such season in the
    # direction of the clause's tense; "the" only after a preposition, since "the fall in
    # prices" and "the spring offensive" are no seasons ("the early summer" and "late summer"
    # are seasons wherever they stand)
    pre = m["pre"] or m["pre2"] or m["pre3"]
    if not pre and not _SEASON_PREP.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    code = _SEASONS[(m["s"] or m["s2"]).lower()]
    tense = ctx.lean(m.start(), m.end())
    if tense != FUTURE and _names_an_event(
        ctx.text, m.start("s") if m["s"] else m.start("s2"), m.end()
    ):
        # "a good job in the fall debates", "heading into the fall campaign": the event's own
        # season, the nearest, whatever the verb's tense (a future clause still looks ahead)
        tense = None
    value = _nearest_season(code, ctx.dct, tense)
    return (m.start(), m.end(), "DATE", value, _mod_of(pre))


def _nearest_season(code: str, d: _dt.date | None, tense: str | None) -> str:
    """The season named ``code`` nearest the article date: a past clause looks back, a
    future one ahead (against the tense a season counts three times as far), and with no
    tense the coming one counts half as far again ("the summer" in a past clause of a
    November article is that year's, "the winter" it has not begun is the coming one)."""
    if d is None:
        return f"XXXX-{code}"
    y, cur = cal.season_of(d)
    k0 = cal.SEASON_ORDER.index(code) - cal.SEASON_ORDER.index(cur)

    def cost(k: int) -> tuple[float, int]:
        against = (tense == PAST and k > 0) or (tense == FUTURE and k < 0)
        far = abs(k) * (3 if against else 1.5 if tense is None and k > 0 else 1)
        return (far, (k > 0) if tense != FUTURE else (k < 0))

    k = min((k0 - 4, k0, k0 + 4), key=cost)
    ny, ns = cal.shift_season(y, cur, k)
    return f"{ny:04d}-{ns}" if cal.ok_year(ny) else f"XXXX-{code}"


_ANAPHOR_STEP = {
    "following": 1,
    "next": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "same": 0,
    "that": 0,
}


def _anaphoric_unit(m: re.Match, ctx: _Ctx):
    # "the following year", "the next day", "the previous week", "that same day", "later that
    # year", "earlier that day": counted from the date the story last named (see _anchor)
    rel = (m["rel"] or m["next"] or "that").lower()
    unit = m["unit"].lower()
    if m["next"] and unit not in ("day", "morning", "afternoon", "evening", "night"):
        return None  # "the next year", "the next week" count from the article date
    bare_that = not m["rel"] and not m["next"] and not m["pre"] and "same" not in m.group(0).lower()
    return (
        m.start(),
        m.end(),
        "DATE",
        _anchor.spec(unit, _ANAPHOR_STEP[rel], needs_antecedent=bare_that),
        None,
    )


def _anaphoric_weekday(m: re.Match, ctx: _Ctx):
    # "down 4.5% from the previous Friday", "the following Monday": from the date last named.
    # Such a weekday has no generic reading and counts from the story's day however far back
    # that was named, as long as no other day was named since ("London shares closed lower
    # Friday ... [three paragraphs] ... down 4.5% from the previous Friday")
    step = -1 if m["rel"].lower() in ("previous", "preceding", "prior") else 1
    return (
        m.start(),
        m.end(),
        "DATE",
        _anchor.spec("weekday", step, WEEKDAYS[m["wd"].lower()], window=_anchor.STORY_WINDOW),
        None,
    )


_CLAUSE_START = re.compile(r"[.;:!?]\s+|\n")


def _clause_window(text: str, s: int) -> int:
    """How far back from ``s`` the clause it sits in begins (at most 80 characters)."""
    start = max(0, s - 80)
    for m in _CLAUSE_START.finditer(text, start, s):
        start = m.end()
    return s - start + 1


_PRESENT_COPULA = re.compile(r"(?:\b(?:is|marks|begins|enters)|['’]s)\s+(?:now\s+)?$", re.I)
_PAST_COPULA = re.compile(r"\b(?:was|were|marked|began)\s+$", re.I)


def _nth_day(m: re.Match, ctx: _Ctx):
    # "Today is the eighth day of the operation", "It's the second day of the offensive",
    # "Saturday marks the 100th day": the day named in the clause, else in a present-tense
    # sentence the article's day; "on the third day of the talks" in a past story is a day
    # the text does not date
    text = ctx.text
    now = _PRESENT_COPULA.search(text, max(0, m.start() - 12), m.start()) is not None or (
        not _PAST_COPULA.search(text, max(0, m.start() - 8), m.start())
        and ctx.tense(m.start(), m.end()) is None
    )
    otherwise = _anchor.DCT if now else _anchor.UNKNOWN
    window = _clause_window(text, m.start())
    value = _anchor.spec("day", 0, otherwise=otherwise, window=window)
    return (m.start(), m.end(), "DATE", value, None)


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|but|when|while|as|because)\b")


_DATE_WORD_AFTER = re.compile(
    rf"\s+(?:the\s+)?(?:last|next|this|yesterday|today|tomorrow|{WEEKDAY_FULL}|{MONTH_RE})(?![a-z])",
    re.I,
)
#: the value of "the day before" / "the day after" right before a date ("the day before last
#: Tuesday's hearing"): one expression with that date once it is known (see _day_off_dates)
_DAY_OFF = "\x00dayoff:"


def _day_before_after(m: re.Match, ctx: _Ctx):
    # "He had arrived the day before.": the day before the one the story last named;
    # "Oct. 12, the day before the plunge": the date it stands beside (TimeML marks "the
    # day", the event after it is no time); "the day after his death": a day the text does
    # not date; "the day before last Tuesday's hearing": a day from the date after it
    step = -1 if m["dir"].lower() == "before" else 1
    if _DATE_WORD_AFTER.match(ctx.text, m.end()):
        return (m.start(), m.end(), "DATE", f"{_DAY_OFF}{step}", None)
    if _CLAUSE_END.match(ctx.text, m.end()):
        return (m.start(), m.end(), "DATE", _anchor.spec("day", step), None)
    value = _anchor.spec("day", 0, otherwise=_anchor.UNKNOWN, window=4)
    return (m.start(), m.end("day"), "DATE", value, None)


def _in_the_day(m: re.Match, ctx: _Ctx):
    # "later in the day", "earlier in the day": the day the story is telling
    return (m.start("d"), m.end(), "DATE", _anchor.spec("day", 0), None)


_SAID_BEFORE = re.compile(
    r"\b(?:said|saying|says|say|told|telling|wrote|added|noted|acknowledged|admitted)\s+$", re.I
)
_AT_THE_TIME_END = re.compile(r"\s*[,.;:!?)\"”']|\s+(?:and|but)\b|\s*$")


def _at_the_time(m: re.Match, ctx: _Ctx):
    # "he said at the time", "At the time, the plant was idle": the time just told of
    # (TimeML PAST_REF, the span without "at"); "at the time of its founding" and "At the
    # time Howes was captured" introduce their own time instead
    text = ctx.text
    if not (
        _AT_THE_TIME_END.match(text, m.end())
        or _SAID_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ):
        return None
    return (m.start("t"), m.end(), "DATE", "PAST_REF", None)


def _then(m: re.Match, ctx: _Ctx):
    # "The rights expire on Nov. 30. Until then, ...": the date named just before
    value = _anchor.spec("same", 0, needs_antecedent=True, window=300)
    return (m.start("t"), m.end(), "DATE", value, None)


_PART_BEFORE = re.compile(
    rf"(?:\b(?:first|last|final|early|initial|closing|opening|{NUMBER_RE})|\d)\s+(?:[a-z]+\s+)?$",
    re.I,
)


def _plural_before_after(m: re.Match, ctx: _Ctx):
    # "minutes later", "days after the killing", "in the weeks before the vote", "follows
    # months of twists and turns": an unspecified number of that unit (TimeML marks the
    # plural alone); "in the first days after" names a part of a period, "eight trading
    # days" a count
    if _PART_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    v = _duration_value(None, m["u"])
    return (m.start("u"), m.end("u"), "DURATION", v, None) if v else None


_WEEKDAY_BEFORE = re.compile(
    rf"(?:\b(?:(?:this\s+)?coming|next|last|this)\s+)?\b(?P<wd>{WEEKDAY_FULL}),?\s+$", re.I
)


def _month_day_words(m: re.Match, ctx: _Ctx):
    # transcripts spell the day: "this coming Sunday, March eighth", "the first of May"
    mon = m["mon"] or m["mon2"]
    if not _cap(ctx.text, m.start("mon" if m["mon"] else "mon2")):
        return None
    month, day = MONTHS[mon.lower()], DAY_WORDS[re.sub(r"\s+", " ", (m["dw"] or m["dw2"]).lower())]
    start = m.start()
    wd = _WEEKDAY_BEFORE.search(ctx.text, max(0, start - 40), start) if m["mon"] else None
    if wd and _cap(ctx.text, wd.start("wd")):
        start = wd.start()  # "this coming Sunday, March eighth": one expression
    year = ctx.pick_year(month, day, start, m.end())
    value = _month_value(month, day, year, leap_unknown=True)
    return (start, m.end(), "DATE", value, None) if value else None


def _month_words(m: re.Match, ctx: _Ctx):
    return _month_part_of_year(m, ctx) if m["y"] else _month_day_words(m, ctx)


def _month_part_of_year(m: re.Match, ctx: _Ctx):
    # "a January day in 2011", "a June morning of 1990": that month of that year
    if not _cap(ctx.text, m.start("mon")) or m["mon"].lower() == "may":
        return None  # "you may day ..." is no month
    month = MONTHS[m["mon"].lower()]
    return (m.start("mon"), m.end(), "DATE", cal.ym(int(m["y"]), month), None)


def _the_year(m: re.Match, ctx: _Ctx):
    # "for the year ended Sept. 30" is a twelve-month period (TimeML: P1Y); "a high for the
    # year", "the full year", "the fiscal year" otherwise name the article's year
    if _ENDED_AFTER.match(ctx.text, m.end()):
        return (m.start(), m.end(), "DURATION", "P1Y", None)
    if ctx.dct is None:
        return (m.start(), m.end(), "DATE", "XXXX", None)
    if m["lat"]:
        # "sales in the latest fiscal year": the last one completed
        return (m.start(), m.end(), "DATE", f"{ctx.dct.year - 1:04d}", None)
    return (m.start(), m.end(), "DATE", f"{ctx.dct.year:04d}", None)


_ENDED_AFTER = re.compile(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b")


def _bare_plural(m: re.Match, ctx: _Ctx):
    # "for weeks", "within weeks", "for the first time in years", "ruled for centuries": an
    # unspecified stretch of that unit (the preposition stays outside the span)
    v = _duration_value(None, m["u"])
    return (m.start("u"), m.end("u"), "DURATION", v, None) if v else None


def _vague_ahead(m: re.Match, ctx: _Ctx):
    # "in the weeks ahead", "over the years": an unspecified stretch of that unit
    v = _duration_value(None, m["u"] or m["u2"])
    return (m.start(), m.end(), "DURATION", v, None) if v else None


def _week_of(m: re.Match, ctx: _Ctx):
    # "the week of March 6": the ISO week holding that day
    month, day = MONTHS[m["mon"].rstrip(".").lower()], int(m["day"])
    if not _cap(ctx.text, m.start("mon")) or cal.make_date(2000, month, day) is None:
        return None
    year = int(m["year"]) if m["year"] else ctx.pick_year(month, day, m.start(), m.end())
    d = cal.make_date(year, month, day) if year else None
    return (m.start(), m.end(), "DATE", cal.iso_week(d) if d else "XXXX-WXX", None)


def _range_duration(m: re.Match, ctx: _Ctx):
    # "two to three weeks", "the next 12 to 18 months", "3-4 days": one stretch, at least its
    # lower bound;
    # "between 12 and 18 months" names two lengths, and TimeML marks each end: the first
    # number alone with the unit it shares ("12": P12M) and "18 months"
    lo, hi = parse_number(m["lo"]), parse_number(m["hi"])
    if lo is None or hi is None or not 0 < lo < hi <= (10000 if m["conj"] else 999):
        return None  # (with a dash, four digits make years: "1998-2002")
    v_lo, v_hi = _duration_value(lo, m["unit"]), _duration_value(hi, m["unit"])
    if v_lo is None or v_hi is None:
        return None
    if not m["between"]:
        if (m["conj"] or "").lower() == "and":
            return None  # "two and three weeks" counts two things, it is no range
        return (m.start(), m.end(), "DURATION", v_lo, "EQUAL_OR_MORE")
    return [
        (m.start("lo"), m.end("lo"), "DURATION", v_lo, None),
        (m.start("hi"), m.end(), "DURATION", v_hi, None),
    ]


def _mid_part(m: re.Match, ctx: _Ctx):
    # "mid-afternoon", "mid-morning yesterday", "late afternoon Friday"
    off = {"today": 0, "yesterday": -1, "tomorrow": 1}.get((m["rd"] or "today").lower(), 0)
    if m["wd"]:
        if not _cap(ctx.text, m.start("wd")):
            return None
        date = ctx.weekday(WEEKDAYS[m["wd"].lower()], m.start(), m.end())
    else:
        r = cal.add_days(ctx.dct, off) if ctx.dct else None
        date = r.isoformat() if r else "XXXX-XX-XX"
    return (m.start(), m.end(), "TIME", date + _PART_OF_DAY[m["part"].lower()], _mod_of(m["pre"]))


# -- the rules ------------------------------------------------------------------------

_PRE_MOD = r"(?:(?:early|late|mid)(?:-|\s+)|the\s+(?:end|beginning|start|middle)\s+of\s+)"
_WD = rf"(?:(?:{WEEKDAY_FULL})(?![a-z])|(?:{WEEKDAY_ABBR})\.)"
_SPELLED_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_DAY_WORDS_RE = "|".join(w.replace(" ", r"\s+") for w in sorted(DAY_WORDS, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _rules() -> list[tuple[re.Pattern, Callable, int]]:
    I = re.IGNORECASE  # noqa: E741 (re's own short name for the flag)
    R: list[tuple[str, Callable, int]] = [
        # ISO dates and timestamps: "2020-04-08", "2020-04-08T10:30:00Z"
        (
            r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:T(?P<hh>\d{2}):(?P<mi>\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])",
            _iso,
            0,
        ),
        # US numeric dates: "12/25/2019", "4/8/20"
        (r"(?<![\w/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])", _slash, 0),
        # month names with optional weekday, day, year or relative year: "Saturday, April 25",
        # "Feb. 29", "April 8, 2020", "early March", "July next year", "last May"
        (
            rf"(?P<pre>\b(?:{_PRE_MOD}|(?:last|next|this|past|coming)\s+))?"
            rf"(?:(?P<wd>{_WD}),?\s{{1,3}})?"
            rf"(?P<mon>{MONTH_RE})"
            r"(?:\s{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d|,\d{3}|\.\d))?"
            # the year is four digits and no more ("March 3, 12345" has none; "March 3, 2020,5"
            # neither)
            r"(?:,?\s{1,3}(?:of\s+)?(?P<year>\d{4})(?!\d|,\d)|\s+(?:of\s+)?(?P<ry>next|last|this)\s+year\b)?",
            _month_expr,
            1,
        ),
        # day before month: "8 April 2020", "the 10th of March"
        (
            rf"(?<![\d.,])(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})"
            r"(?:,?\s+(?P<year>\d{4})(?!\d))?",
            _day_month,
            1,
        ),
        # weekdays: "Sunday", "late Sunday", "last Tuesday", "Friday morning", "every Thursday",
        # "Tuesday nights"
        (
            rf"(?P<set>\b(?:every|each)\s+)?(?P<pre>\b(?:(?:early|late|earlier|later)\s+(?:on\s+)?|(?:last|next|this|coming|past|previous)\s+))?"
            rf"(?P<wd>(?:{WEEKDAY_FULL})(?P<pl>s)?(?![a-z])|(?:{WEEKDAY_ABBR})\.)"
            r"(?:\s+(?P<part>mornings?|afternoons?|evenings?|nights?|overnight)\b)?"
            r"(?:\s+(?P<rw>next|last|this)\s+week\b)?",
            _weekday_expr,
            2,
        ),
        # "today", "yesterday", "tomorrow", "tonight", "late yesterday", "yesterday morning"
        (
            r"(?P<pre>\b(?:early|late|earlier|later)\s+)?\b(?P<w>today|yesterday|tomorrow|tonight"
            r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b"
            r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?",
            _relative_day,
            2,
        ),
        # "this morning", "last night"
        (
            r"(?P<pre>\b(?:early|late|later|earlier)\s+)?\b(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b",
            _part_of_day,
            2,
        ),
        # "last month", "this week", "next year", "the past decade", "earlier this year",
        # "last fall"
        (
            r"(?P<pre>\b(?:(?:early|late|mid|earlier|later)(?:-|\s+)|the\s+(?:end|beginning|start|middle)\s+of\s+))?"
            r"\b(?:the\s+)?(?P<rel>last|next|this|past|coming|previous|current|following|same|present)\s+"
            r"(?:(?:fiscal|calendar)\s+)?(?P<unit>week|month|year|quarter|decade|century|fall|autumn|spring|summer|winter|half)\b(?!-)",
            _relative_unit,
            3,
        ),
        # anaphoric: "the following year", "the next morning", "that same day", "later that year"
        (
            r"(?P<pre>\b(?:earlier|later)\s+(?:(?:in|on)\s+)?)?\b(?:(?:the\s+)?(?P<rel>following|previous|preceding|prior|same)"
            r"|that(?:\s+same)?|the\s+(?P<next>next))\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year|quarter)\b(?![-\w])",
            _anaphoric_unit,
            2,
        ),
        # "the eighth day (of the operation)", "the 99th day"
        (
            rf"\bthe\s+(?:{'|'.join(DAY_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day\b"
            rf"(?![-'’])(?!\s+of\s+(?:the\s+)?(?:{MONTH_RE}|month|year|week|school|spring|summer|fall|autumn|winter)\b)",
            _nth_day,
            3,
        ),
        # "the day before", "Oct. 12, the day before the plunge", "the day after his death"
        (
            r"\bthe\s+(?P<day>day)\s+(?P<dir>before|after)\b(?!\s+(?:yesterday|tomorrow)\b)",
            _day_before_after,
            3,
        ),
        # "later in the day", "earlier in the day"
        (r"\b(?:earlier|later)\s+in\s+(?P<d>the\s+day)\b(?![-'’])", _in_the_day, 2),
        # "said at the time", "At the time, ..."
        (r"\bat\s+(?P<t>the\s+time)\b(?!\s+(?:of|when|that|being)\b)", _at_the_time, 3),
        # "until then", "by then"
        (r"\b(?:until|till|by)\s+(?P<t>then)\b(?![-'’])", _then, 3),
        # "minutes later", "days after the killing", "the weeks before the vote", "months of talks"
        (
            r"(?<![\w-])(?P<u>seconds|minutes|hours|days|weeks|months|years|decades)\s+(?:later|earlier|after|before"
            r"|(?=of\s+(?!the\b|age\b|a\b|an\b|its\b|his\b|her\b|their\b)[a-z]))\b",
            _plural_before_after,
            7,
        ),
        # days in words: "Sunday, March eighth", "the first of May"; "a January day in 2011"
        (
            rf"\b(?:(?P<mon>{MONTH_FULL})\s+(?:(?:the\s+)?(?P<dw>{_DAY_WORDS_RE})\b(?![-\w]|\s+[a-z])"
            r"|(?:day|morning|afternoon|evening|night|weekend)\s+(?:in|of)\s+(?P<y>\d{4})\b)"
            rf"|the\s+(?P<dw2>{_DAY_WORDS_RE})\s+of\s+(?P<mon2>{MONTH_FULL})\b)",
            _month_words,
            1,
        ),
        # "the previous Friday", "the following Monday"
        (
            rf"\bthe\s+(?P<rel>previous|preceding|prior|following)\s+(?P<wd>{WEEKDAY_FULL})\b",
            _anaphoric_weekday,
            1,
        ),
        # "two years ago", "a year earlier", "three days from now"
        (
            rf"(?P<mod>\b(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|less\s+than|just|only|over)\s+)?"
            rf"\b(?P<num>{VAGUE_RE}|{NUMBER_RE}|an?)\s+(?P<unit>{UNIT_RE})\s+(?P<orso>or\s+so\s+)?"
            r"(?P<dir>ago|earlier|from\s+now|hence)\b",
            _ago,
            2,
        ),
        # ranges: "two to three weeks", "the next 12 to 18 months", "between 12 and 18 months",
        # "3-4 days"
        (
            r"(?:\bthe\s+(?:next|last|past|coming)\s+|(?P<between>\bbetween\s+))?\b(?P<lo>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"(?:\s+(?P<conj>to|or|and)\s+|(?<=\d)[-–](?=\d))"
            r"(?P<hi>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
            rf"(?P<unit>{UNIT_RE})\b(?!-)(?!\s+old\b)",
            _range_duration,
            4,
        ),
        # "mid-afternoon", "mid-morning yesterday", "late afternoon Friday"
        (
            r"(?P<pre>\bmid[- ]?|\b(?:early|late)\s+(?=(?:morning|afternoon|evening)\s+(?:today|yesterday|tomorrow|[MTWFS][a-z]+day)\b))"
            r"(?P<part>morning|afternoon|evening)\b(?:\s+(?P<rd>today|yesterday|tomorrow)\b|\s+(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)?",
            _mid_part,
            2,
        ),
        # quantified durations: "14 months", "the next two days", "more than four hours",
        # "several years"
        (
            rf"(?P<mod>\b{_DUR_MOD_RE}\s+(?!the\b))?(?P<det>\bthe\s+)?"
            r"(?P<q>\b(?:first|last|past|next|coming|previous|final|remaining|following|initial|latest|full|entire|whole)\s+)?"
            rf"\b(?P<num>{VAGUE_RE}|{NUMBER_RE}(?:\s+1/2|\s+and\s+a\s+half(?=\s+[a-z]+s\b))?|an?)\s+(?:(?:more|additional|extra|straight|consecutive|full|long|short|trading|business|working|school)\s+)?"
            rf"(?P<unit>{UNIT_RE})\b(?!-)(?P<half>\s+and\s+a\s+half\b)?(?!\s+old\b)",
            _duration,
            4,
        ),
        # adjectival durations: "two-hour", "10-day", "a four-week, two-nation tour" (not ages:
        # "47-year-old")
        (
            rf"(?P<mod>\b{_DUR_MOD_RE}\s+)?\b(?P<num>\d{{1,3}}|{NUMBER_RE})"
            r"(?:-(?P<unit>second|minute|hour|day|week|month|year|decade)(?=[- ,;:)]|\.\s)"
            r"|\s(?P<unit_s>second|minute|hour|day|week|month|year|decade)(?=[- ]))"
            r"(?!-old)(?!\s+old\b)(?!-long\b)",
            _hyphen_duration,
            5,
        ),
        # fiscal quarters and halves: "the third quarter", "first-quarter", "the first half of 1989"
        (
            r"(?P<the>\bthe\s+)?(?:(?P<yr>\d{4})\s+|(?P<ryr>this|last|next)\s+year['’]s\s+)?(?:(?:fiscal|calendar)\s+)?"
            r"(?:(?P<ya>year-ago|year-earlier|year-before|comparable)\s+)?"
            r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|past|same|year-ago"
            r"|year-earlier|most\s+recent|recent|prior|next|coming|this)[- ](?:fiscal[- ])?(?P<u>quarter|half)\b"
            r"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<yr2>\d{4})\b|\s+(?:of\s+)?(?P<ry2>this|last|next)\s+year\b)?",
            _quarter,
            3,
        ),
        # business comparisons: "year-earlier", "the year-ago period"
        (
            # "the year-ago period"; as an adjective ("the year-ago results") only "year-ago"
            r"(?:\bthe\s+(?=\S+\s+(?:period|quarter)\b))?\b(?:year-ago|year-earlier|year-before)(?:\s+(?:period|quarter))?\b"
            r"|\bthe\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?(?:last|a)\s+year(?:\s+(?:ago|earlier))?\b"
            r"|\blast\s+year['’]s\s+(?:period|quarter)\b"
            # "for the quarter a year ago": the period compared, one expression
            r"|\bthe\s+(?:period|quarter)\s+a\s+year\s+(?:ago|earlier)\b",
            _year_ago_period,
            6,
        ),
        # years: "2001", "fiscal 1989", "mid-1996", "the end of 1990", "summer of 1994", "2009-10"
        (
            r"(?P<pre>\b(?:(?:early|late|mid)(?:-|\s+)|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half"
            r"|spring|summer|fall|autumn|winter)\s+of\s+|(?:fiscal|calendar)\s+(?:year\s+)?|the\s+year\s+))?"
            # and spans of years: "2009-2010", "1957-58"
            r"(?<![\w$£€#.,:/])(?P<y>\d{4})(?:[-–](?P<y2>(?:1[6-9]|20)\d\d|\d\d)(?![\w%]|[-–/.,]\d))?"
            r"(?![\w]|['’]s)",
            _year,
            7,
        ),
        # decades: "the 1990s", "the late 1970s", "the '90s", "the last half of the '80s"
        (
            r"(?P<pre>\b(?:the\s+(?:(?:first|second|last|latter)\s+half\s+of\s+the\s+)?)?(?:(?:early|late|mid)(?:-|\s+))?)"
            r"(?:(?P<d>1[0-9]{2}0|20[0-9]0)['’]?s\b|['’](?P<d2>\d0)s\b)",
            _decade,
            6,
        ),
        # decades in words: "the nineties"
        (
            r"(?P<pre>\bthe\s+(?:(?:early|late|mid)(?:-|\s+))?)(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
            _decade_word,
            6,
        ),
        # centuries: "the 20th century"
        (
            r"(?P<pre>\b(?:the\s+)?(?:(?:early|late|mid)(?:-|\s+))?)(?:\b(?P<n>\d{1,2})(?:st|nd|rd|th)|\b(?P<o>first|second|third|fourth|fifth"
            r"|sixth|seventh|eighth|ninth|tenth|eighteenth|nineteenth|twentieth|twenty-first))\s+century\b",
            _century,
            6,
        ),
        # years in words (transcripts): "nineteen ninety-six", "the year two thousand"
        (
            rf"(?P<y>(?:\bthe\s+year\s+)?\b(?:nineteen\s+(?:hundred\s+(?:and\s+)?)?(?P<tt>ten|eleven|twelve|thirteen|fourteen|fifteen"
            rf"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            rf"(?:[- ](?P<uu>{_SPELLED_UNITS})\b)?|two\s+thousand(?:\s+(?:and\s+)?(?P<k>{_SPELLED_UNITS}|ten)\b)?)\b)",
            _spelled_year,
            6,
        ),
        # clock times: "10:35 a.m.", "noon Thursday", "9 p.m. EST", "six o'clock"
        (
            r"(?P<mod>\b(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            r"(?:\b(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2})(?::(?P<se>\d{2}))?)?\s?(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)"
            r"|(?<![\d:.])(?P<h2>\d{1,2}):(?P<mi2>\d{2})(?::(?P<se2>\d{2}))?(?![\d:])|\b(?P<nm>noon|midday|midnight)\b"
            rf"|\b(?P<oc>{NUMBER_RE})(?:\s+o['’]clock|(?=\s+in\s+the\s+(?:morning|afternoon|evening)\b)))"
            r"(?:\s+in\s+the\s+(?P<ip>morning|afternoon|evening)\b)?"
            r"(?:\s+(?P<tz>(?:[ECMP][SD]T|GMT|UTC)\b|local\s+time\b))?"
            rf"(?:(?:\s+\((?P<paren>[^()\n]{{1,20}})\))?,?\s+(?P<wd>{_WD})|\s+(?P<rd>today|yesterday|tomorrow|tonight)\b"
            rf"|,?\s+(?P<mon>{MONTH_RE})\s(?P<day>\d{{1,2}})\b(?:,\s+(?P<year>\d{{4}})\b)?)?",
            _clock,
            1,
        ),
        # PRESENT_REF / PAST_REF / FUTURE_REF: "now", "currently", "recently", "the future"
        (
            # "soon", "previously", "future talks", "recent attacks" are left out: TimeML annotators
            # mark them only where they name a time, and in news they mostly do not
            r"(?:\b(?:in\s+)?(?P<w>now|currently|presently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|current"
            r"|recently|lately|the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|someday)\b)(?!-)",
            _ref,
            8,
        ),
        # "in recent months", "in the coming days", "in future quarters", "in past years"
        (
            r"\b(?P<lead>(?:the\s+)?(?:coming|next\s+few|recent|coming\s+few)|future|(?<!the\s)past)\s+(?P<u>years|months|weeks|days|decades|quarters)\b",
            _vague_plural,
            5,
        ),
        # "in the near term", "at a later date", "as soon as possible", "for a while"
        (
            r"\b(?:in|over|for|of|during)\s+(?P<term>the\s+(?:near|short|long)\s+term)\b(?![-'’])"
            r"|\bat\s+(?P<date>a\s+(?:later|future)\s+date)\b"
            r"|\b(?P<asap>as\s+soon\s+as\s+possible)\b"
            r"|(?<!\bonce\s)\b(?:for|in)\s+(?P<while>a\s+(?:little\s+)?while)\b"
            r"(?!\s+(?:ago|before|after|later|now)\b)"
            r"|\b(?P<ago>a\s+while\s+ago)\b",
            _vague_ref,
            6,
        ),
        # "quarterly" mostly describes reports and dividends, not repeated times
        (r"\b(?P<w>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly)\b", _set_word, 6),
        # "the quarter", "the latest quarter" in business news
        (
            r"\bthe\s+(?:(?P<lat>latest|most\s+recent|recent|last|past|current)\s+)?(?:fiscal\s+)?quarter\b"
            r"(?!\s+(?:of|century|mile|point|percent|inch|hour|final)|-)",
            _the_quarter,
            4,
        ),
        # "the latest period", "the most recent period"
        (r"\bthe\s+(?P<lat>latest|most\s+recent)\s+(?:fiscal\s+)?period\b", _latest_period, 4),
        # "the 1988 period", "the 1989 quarter"
        (r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:period|quarter)\b", _year_period, 3),
        # "the first two quarters of 1990"
        (
            r"\b(?P<w>first|last|second)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?(?P<y>\d{4})\b",
            _two_quarters,
            2,
        ),
        # "the year", "the fiscal year", "the full year" (not "the year before", "the year-ago")
        (
            r"(?:\b(?:earlier|later)\s+in\s+)?\bthe\s+(?:(?:full|fiscal|entire|whole)\s+|(?P<lat>latest|most\s+recent|previous|last|past)\s+fiscal\s+)?year\b(?![-'’])"
            r"(?!\s+(?:before|after|earlier|later|ago|of\s+the|in\s+which|when|that|two\s+thousand|nineteen|\d))",
            _the_year,
            5,
        ),
        # "for weeks", "within months", "in years"
        (
            r"\b(?:[Ff]or|[Ww]ithin|in|over|after|[Dd]uring|lasted|took)\s+"
            r"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b(?![-'’])"
            r"(?!\s+(?:ago|before|after|later|earlier|old|of\s+the|to\s+come)\b)",
            _bare_plural,
            6,
        ),
        # "the weeks ahead", "over the years"
        (
            r"\bthe\s+(?:(?:coming|next\s+few)\s+)?(?P<u>days|weeks|months|years)\s+ahead\b"
            r"|(?<=\b[Oo]ver\s)the\s+(?P<u2>years|decades|centuries)\b(?!\s+(?:since|of|ago|before|after|that|when)\b)",
            _vague_ahead,
            5,
        ),
        # "the week of March 6"
        (
            rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH_RE})\s(?P<day>\d{{1,2}})\b(?:,\s+(?P<year>\d{{4}})\b)?",
            _week_of,
            1,
        ),
        # "the weekend", "this weekend", "last weekend"
        (
            r"(?P<pre>\b(?:early|late)\s+)?\b(?P<rel>the|this|last|next|coming|past)\s+weekend\b",
            _weekend,
            3,
        ),
        # "several-year", "multiyear", "decades-old"
        (
            r"\b(?:(?:several|many|multi|few)-?(?P<unit>year|month|week|day|decade|hour)(?![\w-])"
            r"|(?P<unit2>years|decades|centuries|months|weeks)-old\b)",
            _vague_hyphen,
            5,
        ),
        # "day-long", "decades-long"
        (
            rf"\b(?:(?P<num>{NUMBER_RE}|several|many)-)?(?P<unit>hour|day|week|month|year|decade)(?P<pl>s)?-long\b",
            _long_duration,
            5,
        ),
        # holidays: "Christmas Day", "Thanksgiving", "Election Day"
        (r"\b(?P<h>Election\s+Day)\b(?:,?\s+(?P<y>\d{4})\b)?", _holiday, 2),
        # "year-end", "the end of the year", "the end of the month"
        (
            r"\b(?:the\s+)?(?P<w>year[- ]end|year['’]s\s+end|(?:start|beginning|middle|end)\s+of\s+(?:the|this)\s+(?:year|month))\b",
            _period_end,
            4,
        ),
        # "every week", "each July", "per day", "every other year"
        (
            rf"\b(?:every|each|per)\s+(?P<other>other\s+)?(?:(?P<n>{NUMBER_RE})\s+)?(?P<what>{UNIT_RE}"
            rf"|{MONTH_RE}|spring|summer|fall|autumn|winter|season|morning|afternoon|evening|night)\b",
            _set_every,
            3,
        ),
        # holidays: "Christmas Day", "Thanksgiving", "Election Day"
        (
            r"\b(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
            r"|Independence\s+Day|Halloween|Valentine['’]s\s+Day)\b(?:,?\s+(?P<y>\d{4})\b)?",
            _holiday,
            2,
        ),
        # "the summer of 1994", "winter 2019"
        (
            r"(?P<pre>\b(?:early|late|mid)(?:-|\s+))?\b(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>\d{4})\b",
            _season,
            2,
        ),
        # "in the spring", "in late summer": the nearest such season by tense
        (
            r"(?:(?P<pre>\b(?:early|late|mid)(?:-|\s+))?\bthe\s+(?P<pre2>(?:early|late|mid)(?:-|\s+))?(?P<s>spring|summer|fall|autumn|winter)\b"
            r"|(?P<pre3>\b(?:early|late|mid)(?:-|\s+))(?P<s2>spring|summer|autumn|winter)\b)"
            r"(?!\s+(?:of|session|season|\d))",
            _the_season,
            8,
        ),
    ]
    out = []
    for pat, fn, prio in R:
        flags = 0 if fn is _holiday else I
        out.append((re.compile(pat, flags), fn, prio))
    return out


#: Every rule needs a trigger of one of its kinds in its neighbourhood: a month name, a
#: weekday, a unit word, a date-like number or another time word. One cheap pass over the
#: words finds the triggers; each rule then only runs in the windows around its kinds, which
#: makes tagging several times faster on ordinary prose.
MON, WD, UNIT, DIGIT, WORD, PHRASE, PERIOD, DAY, VAGUE, REF = 1, 2, 4, 8, 16, 32, 64, 128, 256, 512
KINDS = (MON, WD, UNIT, DIGIT, WORD, PHRASE, PERIOD, DAY, VAGUE, REF)
_TRIGGERS: dict[str, int] = {}
for _w in MONTHS:
    _TRIGGERS[_w] = MON
for _w in (
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays"
).split():
    _TRIGGERS[_w] = WD
for _w in (
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights week "
    "weeks fortnight fortnights month months year years yr yrs decade decades century centuries "
    "quarter quarters half weekend weekends period multiyear"
).split():
    _TRIGGERS[_w] = UNIT
for _w in (
    "today tonight yesterday tomorrow morning afternoon evening night nights overnight now currently "
    "presently nowadays present current moment recently lately past future someday daily weekly "
    "monthly yearly annually hourly nightly biweekly noon midday midnight o'clock o’clock election christmas "
    "thanksgiving independence halloween valentine spring summer fall autumn winter twenties "
    "thirties forties fifties sixties seventies eighties nineties nineteen thousand"
).split():
    _TRIGGERS[_w] = _TRIGGERS.get(_w, 0) | WORD
# words that only a few rules need get kinds of their own, so that those rules do not search
# around every unit word: the business periods and the weekend, "day" ("the day before",
# "the eighth day"), the vague counts of "several-year" and "multiyear"
for _w in "quarter quarters half period periods weekend weekends".split():
    _TRIGGERS[_w] = _TRIGGERS.get(_w, 0) | PERIOD
_TRIGGERS["day"] |= DAY
for _w in "several many multi few multiyear".split():
    _TRIGGERS[_w] = _TRIGGERS.get(_w, 0) | VAGUE
for _w in "term later future possible while".split():
    _TRIGGERS[_w] = _TRIGGERS.get(_w, 0) | REF
# common words only a few rules need ("at the time", "until then", "each season"): their own
# kind, so that they do not widen the windows of every word rule
for _w in "time then season".split():
    _TRIGGERS[_w] = _TRIGGERS.get(_w, 0) | PHRASE
_WD_ABBR = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+")
_AMPM = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)
_BEFORE, _AFTER = 40, 45  # characters of context a rule may need around its trigger


#: the single kinds of each combination of trigger kinds
_BITS: dict[int, tuple[int, ...]] = {}


def _trigger_windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """Per trigger kind, the merged windows of text around its triggers."""
    n = len(text)
    raw: dict[int, list[list[int]]] = {kind: [] for kind in KINDS}
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        w = m.group(0)
        if w[0].isdigit():
            nxt = text[e : e + 2]
            if not (
                len(w) == 4  # a year, an ISO date
                or (nxt[:1] in (":", "/", ".", "-") and nxt[1:2].isdigit())  # 10:35, 12/25, 2020-04
                or (s > 0 and text[s - 1] in "'’")  # the '90s
                or _AMPM.match(text, e)  # 10 a.m.
            ):
                continue
            kinds = DIGIT
        else:
            key = w.lower()
            if key.endswith(("'s", "’s")):
                key = key[:-2]
            kinds = _TRIGGERS.get(key, 0)
            if not kinds:
                if key in ("long", "old") and s > 0 and text[s - 1] == "-":
                    kinds = UNIT if key == "long" else VAGUE  # "day-long", "decades-old"
                elif key in _WD_ABBR and text[e : e + 1] == ".":
                    kinds = WD  # "Tue."
                else:
                    continue
        ws, we = max(0, s - _BEFORE), min(n, e + _AFTER)
        bits = _BITS.get(kinds)
        if bits is None:
            bits = _BITS[kinds] = tuple(kind for kind in KINDS if kinds & kind)
        for kind in bits:
            spans = raw[kind]
            if spans and ws <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], we)
            else:
                spans.append([ws, we])
    return {kind: _widen(text, spans) for kind, spans in raw.items()}


def _widen(text: str, spans) -> list[tuple[int, int]]:
    """Widen windows to whitespace so no word is cut in half at an edge; merge overlaps."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        k = 0
        while s > 0 and not text[s - 1].isspace() and k < 30:
            s -= 1
            k += 1
        k = 0
        while e < n and not text[e].isspace() and k < 30:
            e += 1
            k += 1
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _union(windows: dict[int, list[tuple[int, int]]], kinds: int) -> list[tuple[int, int]]:
    spans = sorted(w for kind, ws in windows.items() if kinds & kind for w in ws)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


#: the last text tagged, its reference date and its candidates: an undated article's text
#: is searched for its own date and then tagged, both with no reference date
_LAST: tuple | None = None


def candidates(text: str, dct: _dt.date | None, matches: Matches | None = None) -> list[Cand]:
    """The candidate expressions of ``text`` resolved against ``dct``; ``matches``: the
    rules' matches in ``text`` when the caller has them (:func:`find_matches`)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is text and last[1] == dct:
        return list(last[2])
    out = _candidates(text, dct, matches)
    _LAST = (text, dct, tuple(out))
    return out


#: the date rules' matches in one text: (match, rule, priority), in rule order
Matches = list[tuple[re.Match, Callable, int]]


def find_matches(text: str) -> Matches:
    """Every rule's matches in the windows around its triggers, in rule order: what
    depends on the text alone (the reference date only changes what a match resolves to),
    and most of the work of tagging. A caller that tags one text against several dates
    finds them once and passes them on."""
    out: Matches = []
    by_kind = _trigger_windows(text)
    unions: dict[int, list[tuple[int, int]]] = {}
    for rx, fn, prio in _rules():
        kinds = _RULE_KINDS[fn]
        windows = unions.get(kinds)
        if windows is None:
            windows = unions[kinds] = _union(by_kind, kinds)
        for ws, we in windows:
            for m in rx.finditer(text, ws, we):
                if m.end() > m.start():
                    out.append((m, fn, prio))
    return out


@functools.lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """Names the date rules' regular expressions and their order: matches exported under
    one fingerprint are only taken back under the same (see :func:`export_matches`)."""
    import hashlib

    h = hashlib.sha256()
    for rx, fn, prio in _rules():
        h.update(
            f"{rx.pattern}\0{rx.flags}\0{fn.__name__}\0{prio}\n".encode("utf-8", "surrogatepass")
        )
    return h.hexdigest()[:16]


def export_matches(matches: Matches) -> list[list[int]] | None:
    """``matches`` (of :func:`find_matches`) as JSON-native ``[rule index, start, end of
    the window searched]`` triples in the order found; None if one is not of these rules.
    An undated article keeps them so that the corpus merge, which tags it again against
    the date it infers, need not search the text again (:func:`prime_matches`)."""
    index = {id(rx): i for i, (rx, _, _) in enumerate(_rules())}
    out = []
    for m, _, _ in matches:
        i = index.get(id(m.re))
        if i is None:
            return None
        out.append([i, m.start(), m.endpos])
    return out


#: more matches than this are not taken back (a record from elsewhere could hold any
#: number; searching the text again is bounded by its length)
_MAX_PRIMED = 20_000


def prime_matches(text: str, found) -> Matches | None:
    """The matches of ``text`` that :func:`export_matches` gave as ``found``, taken back
    (checked: every one must be found again where it says, by its rule, in its window), to
    pass to the tagging of ``text`` instead of searching it; None when any of them does
    not check out. Each window was searched from its start, so the match at a position is
    the one the search found there: the list is what :func:`find_matches` would give."""
    rules = _rules()
    n = len(text)
    out: Matches = []
    if not isinstance(found, list) or len(found) > _MAX_PRIMED:
        return None
    try:
        for i, start, end in found:
            if type(i) is not int or type(start) is not int or type(end) is not int:
                return None
            if not (0 <= i < len(rules) and 0 <= start < end <= n):
                return None
            rx, fn, prio = rules[i]
            m = rx.match(text, start, end)
            if m is None or m.end() <= m.start():
                return None
            out.append((m, fn, prio))
    except (TypeError, ValueError):
        return None
    return out


def _candidates(text: str, dct: _dt.date | None, matches: Matches | None = None) -> list[Cand]:
    ctx = _Ctx(text, dct)
    out: list[Cand] = []
    for m, fn, prio in find_matches(text) if matches is None else matches:
        out.extend(_found(m, fn, prio, ctx))
    return out


def _found(m: re.Match, fn: Callable, prio: int, ctx: _Ctx) -> list[Cand]:
    """The candidates one rule match gives (a rule may give none, one or several)."""
    text = ctx.text
    try:
        c = fn(m, ctx)
    except (ValueError, OverflowError, KeyError, TypeError, AttributeError):
        c = None  # a rule that cannot make sense of odd input tags nothing
    out = []
    for found in c if isinstance(c, list) else (c,) if c is not None else ():
        s, e, typ, value, mod, *position = found
        # trim whitespace the pattern may have swallowed
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and value and not _title_like(text, s, e):
            out.append(Cand(s, e, typ, value, mod, prio, position[0] if position else None))
    return out


def _in_messages(
    text: str, cands: list[Cand], chosen: list[Cand], matches: Matches | None = None
) -> list[Cand]:
    """The candidates again, those inside a message quoted with its own date (see
    :mod:`_message`) resolved against that date instead of the article's; ``matches``: the
    rules' matches in ``text`` when the caller has them."""
    regions = _message.regions(text, chosen)
    if not regions:
        return cands
    starts = [r[0] for r in regions]

    def region_of(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < regions[i][1] else None

    out = [c for c in cands if region_of(c.start) is None]
    contexts: dict[int, _Ctx] = {}
    for m, fn, prio in find_matches(text) if matches is None else matches:
        i = region_of(m.start())
        if i is None:
            continue
        if i not in contexts:
            contexts[i] = _Ctx(text, _dt.date.fromisoformat(regions[i][2]))
        out.extend(c for c in _found(m, fn, prio, contexts[i]) if region_of(c.start) == i)
    return out


#: time words that are lower-case in running text; capitalised they belong to a name or a title
_LOWER_TIME_WORDS = frozenset(
    "seconds minute minutes hour hours days week weeks month months year years decade decades today tonight "
    "tomorrow yesterday noon midnight morning afternoon evening night now".split()
)
_WORD_RE = re.compile(r"[A-Za-z]+")


def _title_like(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is part of a name or a title: ABC's "This Week", CBS's "60 Minutes",
    the film "High Noon", "USA Today". A time word that running text writes in lower case is
    capitalised after the span's first word, or after a capitalised word inside a sentence.
    Headlines, where every word is capitalised, are left alone."""
    hit = False
    for w in _WORD_RE.finditer(text, s, e):
        tok = w.group(0)
        if tok[0].isupper() and tok.lower() in _LOWER_TIME_WORDS:
            if w.start() > s:
                hit = True
            else:
                # "USA Today", "High Noon": a capitalised word right before, inside a sentence
                before = text[max(0, s - 25) : s]
                pm = re.search(r"([A-Za-z]+)[ \t]+$", before)
                if pm and pm.group(1)[0].isupper() and pm.group(1) not in ("I", "A"):
                    hit = True
    return hit and not _in_a_headline(text, s, e)


def _in_a_headline(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is in a line where most longer words are capitalised (a headline)."""
    ls = max(text.rfind("\n", max(0, s - 200), s) + 1, s - 200)
    le = text.find("\n", e, e + 200)
    line = text[max(0, ls) : le if le >= 0 else e + 200]
    long_words = [w for w in _WORD_RE.findall(line) if len(w) > 3]
    caps = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and caps >= 0.7 * len(long_words)


#: which trigger kinds each rule needs nearby
_RULE_KINDS = {
    _iso: DIGIT,
    _slash: DIGIT,
    _year: DIGIT,
    _decade: DIGIT,
    _month_expr: MON,
    _day_month: MON,
    _weekday_expr: WD,
    _relative_day: WORD,
    _part_of_day: WORD,
    _decade_word: WORD,
    _spelled_year: WORD,
    _set_word: WORD,
    _vague_ref: REF,
    _plural_before_after: UNIT,
    _the_season: WORD,
    _season: WORD,
    _relative_unit: UNIT | WORD,
    _ago: UNIT,
    _duration: UNIT,
    _hyphen_duration: UNIT,
    _long_duration: UNIT,
    _vague_hyphen: VAGUE,
    _quarter: PERIOD,
    _year_ago_period: UNIT,
    _vague_plural: UNIT,
    _the_quarter: PERIOD,
    _weekend: PERIOD,
    _period_end: UNIT,
    _century: UNIT,
    _anaphoric_unit: UNIT | WORD,
    _latest_period: PERIOD,
    _year_period: DIGIT,
    _two_quarters: PERIOD,
    _the_year: UNIT,
    _bare_plural: UNIT,
    _week_of: MON,
    _vague_ahead: UNIT,
    _range_duration: UNIT,
    _mid_part: WORD,
    _anaphoric_weekday: WD,
    _nth_day: DAY,
    _day_before_after: DAY,
    _in_the_day: DAY,
    _at_the_time: PHRASE,
    _then: PHRASE,
    _month_words: MON,
    _clock: DIGIT | WORD,
    _ref: WORD | UNIT,
    _set_every: UNIT | MON | WORD | PHRASE,
    _holiday: WORD | UNIT,
}


def select(cands: list) -> list:
    """Longest non-overlapping candidates; ties go to the rule with the lower priority number."""
    cands = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[5], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_left(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


_AND_DAY = re.compile(
    r"(?P<conj>\s+(?:and|or|to|through)\s+|-)(?P<d>\d{1,2})\b(?![\d:/%-]|[.,]\d)(?!\s*(?:percent|a\.m|p\.m))"
    r"(?!\s+(?!(?:in|at|on|and|of|the|to|when|as|for|with|after|before|but|while|that|was|were|is|are|will|would)\b)[a-z])"
)
_MONTH_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2})-(\d{2})$")


def _coordinated_days(chosen: list, text: str) -> list:
    """ "April 24 and 25", "March 3-4": the bare second day is a date of the same month."""
    out = list(chosen)
    taken = [(c[0], c[1]) for c in chosen]  # sorted by start, non-overlapping
    starts = [t[0] for t in taken]
    for c in chosen:
        e, typ, value = c.end, c.type, c.value
        vm = _MONTH_DAY_VALUE.match(value)
        if typ != "DATE" or not vm or not text[e - 1 : e].isdigit():
            continue
        m = _AND_DAY.match(text, e)
        if not m:
            continue
        y, mo, d1, d2 = vm.group(1), int(vm.group(2)), int(vm.group(3)), int(m["d"])
        if not d1 < d2 <= 31 or cal.make_date(2000 if y == "XXXX" else int(y), mo, d2) is None:
            continue
        ds, de = m.start("d"), m.end("d")
        i = bisect.bisect_left(starts, de)
        if i > 0 and taken[i - 1][1] > ds:
            continue  # the day number is already part of another expression
        out.append(Cand(ds, de, "DATE", f"{y}-{mo:02d}-{d2:02d}", None, c.prio))
    out.sort(key=lambda c: c[0])
    return out


_FULL_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)")
_THE_GAP = re.compile(r"\s+(?:the\s+)?")


def _day_off_dates(chosen: list[Cand], text: str) -> list[Cand]:
    """ "The day before last Tuesday's hearing", "the day after Nov. 3": one expression, a day
    from the date right after it; with no full date there (" the day before last week's vote")
    it is no time of its own."""
    out: list[Cand] = []
    skip = -1
    for i, c in enumerate(chosen):
        if i == skip:
            continue
        if not c.value.startswith(_DAY_OFF):
            out.append(c)
            continue
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if nxt is None or not _THE_GAP.fullmatch(text, c.end, nxt.start):
            continue
        vm = _FULL_DATE.match(nxt.value)
        day = cal.make_date(int(vm[1]), int(vm[2]), int(vm[3])) if vm else None
        day = cal.add_days(day, int(c.value[len(_DAY_OFF) :])) if day else None
        if day is not None:
            out.append(c._replace(end=nxt.end, value=day.isoformat(), prio=nxt.prio))
            skip = i + 1
    return out


def tag(text: str, dct: _dt.date | None, matches: Matches | None = None) -> list[Timex]:
    if matches is None:  # found once: a dated message's passage is resolved again from them
        matches = find_matches(text)
    cands = candidates(text, dct, matches)
    chosen = select(cands)
    if dct is not None:
        again = _in_messages(text, cands, chosen, matches)
        if again is not cands:
            chosen = select(again)
    chosen = _day_off_dates(_coordinated_days(chosen, text), text)
    chosen = _place_clock_times(_anchor_year_ago(_anchor.resolve(chosen, dct), text, dct), text)
    chosen = _fiscal.place_fiscal_quarters(_month_range.align_month_ranges(chosen, text, dct), text)
    # (a candidate's type is a string its rule gives: DATE, TIME, DURATION or SET)
    return [
        Timex(
            c.start,
            c.end,
            text[c.start : c.end],
            cast(TimexType, c.type),
            c.value,
            c.mod,
            position=c.position,
        )
        for c in chosen
    ]
