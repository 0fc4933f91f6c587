"""Dating an undated article from its own time expressions.

The evidence, strongest first:

1. A dateline ("April 12 (UPI) --"): ``hints["dateline"]`` gives month and day, sometimes
   the year. With a year it is the date. Without one, the year comes from the article's
   explicit full dates (the dateline day on or after the latest one) or from
   ``hints["reference"]`` (a date the caller knows the story is near, e.g. the dates of the
   other articles of the corpus).
2. Otherwise the article's own dates bound the day and its weekday references pin it:
   * a lower bound: every explicit date the article reports as past lies before it, and
     since news style (AP and most others) names days within a week of publication by
     weekday and older ones by date, a past "March 10" is at least a week back;
   * the year: from explicit full dates ("April 8, 2020"), or, when the text gives only
     month and day ("Feb. 29", "March 10"), each falls in the year nearest the latest full
     date or ``hints["reference"]`` in which it exists (Feb. 29 needs a leap year); if they
     then lie more than ~10 months apart they do not agree, and with no year source at all
     there is no guess;
   * relations in one sentence must agree: "today, April 8" or "yesterday (April 7)" fix
     the day, "last month, on Feb. 29" the month, "this week" / "last week" the week;
   * the day: reported events cluster just before publication, so among the days on or
     after the lower bound we take the earliest one that puts the article's past weekday
     references ("on Sunday", "said on Monday") closest behind it.
   Without at least one past weekday reference there is nothing to pin the day to, and we
   return None rather than guess. Dates in clearly future sentences ("will meet on May 5")
   never bound the day from below, and must not fall before it.

For example, an undated article that reports a "Feb. 29" agreement, a "March 10" deadline
"last month", talks "on Sunday" and comments "on Monday", in a corpus of spring 2020
stories, is dated Monday 2020-03-23: March 10 is more than a week back, so the earliest
Monday after March 17.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, NamedTuple

from tui.analysis.timex import _calendar as cal
from tui.analysis.timex._tense import FUTURE

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
#: a past date written out is at least this many days before publication (news style)
_DATE_NOT_WEEKDAY = 7
#: how far after its latest past date an article may be dated
_HORIZON = 120
#: year-less dates of one article placed further apart than this do not agree on a year
_SPREAD = 300


def _as_date(v) -> _dt.date | None:
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    if isinstance(v, str):
        try:
            return _dt.date.fromisoformat(v)
        except ValueError:
            return None
    return None


def _int(v) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and re.fullmatch(r"[0-9]{1,5}", v.strip()):
        return int(v.strip())  # ASCII digits only: "¹".isdigit() is True but int() refuses it
    return None


def infer(text: str, hints: dict) -> _dt.date | None:
    return decide(evidence(text), hints)


def evidence(text: str, matches=None) -> dict:
    """What the text says about its own date, as JSON-native data (the costly part of
    :func:`infer`: tagging). Kept with an undated article so that dating it again against
    another reference (the corpus merge does) needs no second pass over the text.
    ``matches``: the date rules' matches in ``text`` when the caller has them."""
    from tui.analysis.timex.tagger import _Ctx, candidates, select

    ctx = _Ctx(text, None)
    chosen = select(candidates(text, None, matches))

    # what the text says, with each expression's tense and sentence
    full: list[tuple[str, bool, list[int]]] = []  # (ISO date, future?, sentence span)
    month_days: list[tuple[int, int, bool, list[int]]] = []
    weekdays: list[int] = []  # past weekday references, 0 = Monday
    relative: list[tuple[str, list[int]]] = []  # ("last month", sentence span)
    for s, e, typ, value, *_ in chosen:
        if typ != "DATE":
            continue
        future = ctx.tense(s, e, reported=True) == FUTURE
        sent = list(ctx.sentence_span(s))
        if m := _FULL.match(value):
            d = cal.make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is not None:
                full.append((d.isoformat(), future, sent))
        elif m := _MONTH_DAY.match(value):
            month_days.append((int(m.group(1)), int(m.group(2)), future, sent))
        elif m := _WEEKDAY.match(value):
            if not future:
                weekdays.append(int(m.group(1)) - 1)
        else:
            phrase = " ".join(text[s:e].lower().split())
            if phrase in _RELATIVE:
                relative.append((phrase, sent))
    return {"full": full, "month_days": month_days, "weekdays": weekdays, "relative": relative}


def decide(ev: dict, hints: dict) -> _dt.date | None:
    """The date :func:`evidence` supports, given the hints (dateline, reference); None when
    unsure. ``ev`` may come back from the cache or a JSON file: anything malformed in it
    raises, and the callers treat that as no guess."""
    if not isinstance(hints, dict):
        hints = {}
    reference = _as_date(hints.get("reference"))
    e = _parsed(ev)
    past_full = [d for d, fut, _ in e.full if not fut]
    decided, day = _from_dateline(hints.get("dateline"), past_full, reference)
    if decided:
        return day
    resolved = _with_years(e, past_full, reference)
    if resolved is None:
        return None
    allowed = _relations(e.relative, resolved)
    if allowed is False:
        return None  # the text contradicts itself
    exact = [c for kind, c in allowed if kind == "day"]
    if exact:
        return exact[0] if all(x == exact[0] for x in exact) else None
    return _day_of_weekdays(e.weekdays, resolved, allowed)


class _Evidence(NamedTuple):
    """:func:`evidence`'s record, typed: full dates (date, future?, sentence span), year-less
    ones (month, day, future?, sentence span), past weekdays (0 = Monday), relative phrases."""

    full: list[tuple[_dt.date, bool, tuple[int, ...]]]
    month_days: list[tuple[int, int, bool, tuple[int, ...]]]
    weekdays: list[int]
    relative: list[tuple[str, tuple[int, ...]]]


def _parsed(ev: dict) -> _Evidence:
    """``ev`` read back, every part converted (raises on anything malformed)."""
    return _Evidence(
        full=[
            (_dt.date.fromisoformat(iso), bool(fut), tuple(sent)) for iso, fut, sent in ev["full"]
        ],
        month_days=[
            (int(mo), int(dd), bool(fut), tuple(sent)) for mo, dd, fut, sent in ev["month_days"]
        ],
        weekdays=[int(w) % 7 for w in ev["weekdays"]],
        relative=[(str(p), tuple(sent)) for p, sent in ev["relative"] if p in _RELATIVE],
    )


def _from_dateline(
    dl: Any, past_full: list[_dt.date], reference: _dt.date | None
) -> tuple[bool, _dt.date | None]:
    """Step 1, the dateline: (True, its date) when it decides, (True, None) when it names an
    impossible year, (False, None) when it says nothing or its year cannot be found."""
    if not isinstance(dl, dict):
        return False, None
    month, day, year = _int(dl.get("month")), _int(dl.get("day")), _int(dl.get("year"))
    if not (month and day):
        return False, None
    if year is not None:
        return True, (cal.make_date(year, month, day) if cal.ok_year(year) else None)
    latest = max(past_full) if past_full else None
    base = latest.year if latest else (reference.year if reference else None)
    if base is None:
        return False, None
    for y in (base, base + 1) if latest else (base, base - 1, base + 1):
        d = cal.make_date(y, month, day) if cal.ok_year(y) else None
        if d is None or (latest is not None and d < latest):
            continue
        # on or after the latest date reported; with none, within half a year of the reference
        if latest is not None or reference is None or abs((d - reference).days) <= 183:
            return True, d
    return False, None


def _with_years(
    e: _Evidence, past_full: list[_dt.date], reference: _dt.date | None
) -> list[tuple[_dt.date, bool, tuple[int, ...]]] | None:
    """Step 2: every date of the text, the year-less ones given the year of the explicit
    ones or of the reference; None when they cannot agree on one."""
    anchor = max(past_full) if past_full else reference
    resolved = list(e.full)
    if not e.month_days:
        return resolved
    if anchor is None:
        return None
    for mo, dd, fut, sent in e.month_days:
        d = _nearest(mo, dd, anchor)
        if d is None:
            return None  # "Feb. 29" with no leap year near: the evidence disagrees
        resolved.append((d, fut, sent))
    span = [d for d, _fut, _s in resolved]
    if (max(span) - min(span)).days > _SPREAD:
        return None  # the dates cannot all be near one another: no consistent year
    return resolved


def _day_of_weekdays(
    weekdays: list[int], resolved: list[tuple[_dt.date, bool, tuple[int, ...]]], allowed: list
) -> _dt.date | None:
    """Step 4: the earliest day at least a week after the latest past date (news style names
    days within a week by weekday, older ones by date), before any future one, that fits the
    relations and puts the past weekday references closest behind it."""
    past = [d for d, fut, _ in resolved if not fut]
    upper = min((d for d, fut, _ in resolved if fut), default=None)
    if not weekdays or not past:
        return None
    lower = cal.add_days(max(past), _DATE_NOT_WEEKDAY)
    if lower is None:
        return None
    best: tuple[int, _dt.date] | None = None
    for k in range(_HORIZON):
        d = cal.add_days(lower, k)
        if d is None or (upper is not None and d > upper):
            break
        if not all(_fits(d, kind, c) for kind, c in allowed):
            continue
        # how far behind the article its past weekday references fall, in days
        score = sum((d.weekday() - w) % 7 for w in weekdays)
        if best is None or score < best[0]:
            best = (score, d)
        if k >= 6 and best is not None and not allowed:
            break  # the weekly pattern repeats: the earliest best day is found
    return best[1] if best else None


#: relative expressions that, next to an explicit date in one sentence, say where the article is
_RELATIVE = {
    "today": ("day", 0),
    "yesterday": ("day", 1),
    "last month": ("month", 1),
    "this month": ("month", 0),
    "last week": ("week", 1),
    "this week": ("week", 0),
}


def _relations(relative, resolved):
    """Constraints from "last month, on Feb. 29"-style pairs; False when they disagree."""
    out: list[tuple[str, Any]] = []  # (kind, a date, a (year, month) or an ISO (year, week))
    for phrase, sent in relative:
        dates = [d for d, _fut, s in resolved if s == sent]
        if len(dates) != 1:
            continue  # none, or several: which one the phrase refers to is unclear
        kind, back = _RELATIVE[phrase]
        d = dates[0]
        if kind == "day":
            c = cal.add_days(d, back)
            if c is not None:
                out.append(("day", c))
        elif kind == "month":
            ym = cal.shift_month(d.year, d.month, back)
            if ym is not None:
                out.append(("month", ym))
        else:
            c = cal.add_days(d, 7 * back)
            if c is not None:
                out.append(("week", c.isocalendar()[:2]))
    days = {c for kind, c in out if kind == "day"}
    if len(days) > 1:
        return False
    return out


def _fits(d: _dt.date, kind: str, c) -> bool:
    if kind == "month":
        return (d.year, d.month) == c
    if kind == "week":
        return d.isocalendar()[:2] == c
    return d == c


def _nearest(month: int, day: int, anchor: _dt.date) -> _dt.date | None:
    """The occurrence of a year-less date nearest the anchor that exists (Feb. 29 needs a
    leap year)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        c = cal.make_date(y, month, day) if cal.ok_year(y) else None
        if c is not None and (best is None or abs((c - anchor).days) < abs((best - anchor).days)):
            best = c
    return best
