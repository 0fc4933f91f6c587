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
     month and day ("Feb. 29", "March 10"), the year nearest ``hints["reference"]`` in
     which all of them exist (Feb. 29 needs a leap year); with neither, no guess;
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

from tui.analysis.timex import _calendar as cal
from tui.analysis.timex._tense import FUTURE

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
#: a past date written out is at least this many days before publication (news style)
_DATE_NOT_WEEKDAY = 7
#: how far after its latest past date an article may be dated
_HORIZON = 120


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
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    return None


def infer(text: str, hints: dict) -> _dt.date | None:
    from tui.analysis.timex.tagger import _Ctx, candidates, select

    if not isinstance(hints, dict):
        hints = {}
    reference = _as_date(hints.get("reference"))
    ctx = _Ctx(text, None)
    chosen = select(candidates(text, None))

    past_full: list[_dt.date] = []
    future_full: list[_dt.date] = []
    month_days: list[tuple[int, int]] = []  # past, year unknown
    weekdays: list[int] = []  # past weekday references, 0 = Monday
    for s, e, typ, value, mod, _prio in chosen:
        if typ != "DATE":
            continue
        future = ctx.tense(s, e, reported=True) == FUTURE
        if m := _FULL.match(value):
            d = cal.make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d is not None:
                (future_full if future else past_full).append(d)
        elif m := _MONTH_DAY.match(value):
            if not future:
                month_days.append((int(m.group(1)), int(m.group(2))))
        elif m := _WEEKDAY.match(value):
            if not future:
                weekdays.append(int(m.group(1)) - 1)

    # 1. the dateline
    dl = hints.get("dateline")
    if isinstance(dl, dict):
        month, day, year = _int(dl.get("month")), _int(dl.get("day")), _int(dl.get("year"))
        if month and day:
            if year is not None:
                return cal.make_date(year, month, day)
            latest = max(past_full) if past_full else None
            base = latest.year if latest else (reference.year if reference else None)
            if base is not None:
                for y in (base, base + 1) if latest else (base, base - 1, base + 1):
                    d = cal.make_date(y, month, day) if cal.ok_year(y) else None
                    if d is not None and (latest is None or d >= latest):
                        if latest is not None or reference is None or abs((d - reference).days) <= 183:
                            return d

    # 2. bounds from explicit dates, day from weekday references
    if not weekdays:
        return None
    lower: _dt.date | None = cal.add_days(max(past_full), _DATE_NOT_WEEKDAY) if past_full else None
    if month_days:
        year = _year_for(month_days, lower, reference)
        if year is None:
            return None
        for mo, dd in month_days:
            d = cal.make_date(year, mo, dd)
            if d is None:
                return None
            d = cal.add_days(d, _DATE_NOT_WEEKDAY)
            if d is not None and (lower is None or d > lower):
                lower = d
    if lower is None:
        return None
    upper = min(future_full) if future_full else None
    best: tuple[int, _dt.date] | None = None
    for k in range(7):
        d = cal.add_days(lower, k)
        if d is None or (upper is not None and d > upper):
            break
        # how far behind the article its past weekday references fall, in days
        score = sum((d.weekday() - w) % 7 for w in weekdays)
        if best is None or score < best[0]:
            best = (score, d)
    if best is None:
        return None
    if past_full and (best[1] - max(past_full)).days > _HORIZON:
        return None
    return best[1]


def _year_for(month_days: list[tuple[int, int]], lower: _dt.date | None, reference: _dt.date | None) -> int | None:
    """The year in which the year-less past dates fall: from full dates or the reference."""
    if lower is not None:
        base, tries = lower.year, (0, 1)
    elif reference is not None:
        base, tries = reference.year, (0, -1, 1)
    else:
        return None
    for k in tries:
        y = base + k
        if not cal.ok_year(y):
            continue
        if all(cal.make_date(y, mo, dd) is not None for mo, dd in month_days):
            return y
    return None
