"""TIMEX3 values as a person reads them: ``2016-SU`` is "summer 2016", ``PT2H`` "2 hours".

:func:`human_timex` covers every shape of TIMEX3 value: calendar dates at any
granularity (day, month, year, decade, century), weeks, weekends, weekdays, seasons,
quarters, halves, times and parts of a day, the reference words (``PRESENT_REF``),
durations and sets, with a value's ``mod`` ("early", "about") in front. A value with an
unknown year (``XXXX-10-31``) says so. Pure, never raises; a value it does not know is
given back as it is (the raw value always stays in the JSON and the detail).
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["human_date", "human_timex"]

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_MONTHS_LONG = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
# TIMEX3 duration units: Y M W D (date part), H M S (time part); DE decade, CE century,
# ML millennium, Q quarter, H half (date part), WE weekend
_DATE_UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "DE": "decade",
    "CE": "century",
    "ML": "millennium",
    "Q": "quarter",
    "H": "half-year",
    "WE": "weekend",
}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_PLURAL = {"century": "centuries", "millennium": "millennia"}
_MODS = {
    "EARLY": "early",
    "MID": "mid",
    "LATE": "late",
    "START": "the start of",
    "END": "the end of",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}

_YEAR = r"(?P<y>\d{4}|XXXX)"
_DATE = re.compile(_YEAR + r"(?:-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?)?$")
_WEEK = re.compile(_YEAR + r"-W(?P<w>\d\d|XX)(?:-(?P<wd>[1-7]|WE))?$")
_PART_OF_YEAR = re.compile(_YEAR + r"-(?P<p>SP|SU|FA|AU|WI|Q[1-4X]|H[12X])$")
#: Values that name a unit and nothing more: a decade, a century, some time.
_VAGUE = {"XXX": "a decade", "XX": "a century", "PXX": "some time", "XXXX": "a year"}
_TIME = re.compile(
    r"T(?:(?P<h>\d\d)(?::(?P<mi>\d\d)(?::(?P<s>\d\d(?:\.\d+)?))?)?|(?P<part>MO|MI|AF|EV|NI|DT))$"
)
_DECADE = re.compile(r"(?P<c>\d\d)(?P<d>\d)X?$")
_CENTURY = re.compile(r"(?P<c>\d\d)(?:XX)?$")
_DURATION = re.compile(
    r"P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML|WE|Y|M|W|D|Q|H))+))?"
    r"(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?$"
)
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|ML|WE|Y|M|W|D|Q|H|S)")


def human_date(d: _dt.date | None) -> str:
    """``2016-10-31`` -> "31 Oct 2016" (an article's date; "undated" for None)."""
    if d is None:
        return "undated"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def human_timex(value: str, mod: str | None = None, timex_type: str | None = None) -> str:
    """A TIMEX3 ``value`` (with its ``mod`` and ``timex_type``: "SET" reads as "every ...")
    as words; the value itself when it is not of a TIMEX3 shape."""
    try:
        text = _human(value.strip(), timex_type == "SET")
    except (ValueError, OverflowError, IndexError, KeyError):
        text = None
    if text is None:
        return value
    return _with_mod(text, mod)


def _with_mod(text: str, mod: str | None) -> str:
    word = _MODS.get(mod or "")
    if not word:
        return text
    if word in ("early", "mid", "late") and text.startswith("the "):
        return "the " + _with_mod(text[4:], mod)  # "the late 1990s"
    if word == "mid":
        return "mid-" + text if text[:1].isdigit() or text[:1].isupper() else "mid " + text
    return f"{word} {text}"


def _human(v: str, is_set: bool) -> str | None:
    if v in _REFS:
        return _REFS[v]
    if v in _VAGUE:
        return _VAGUE[v]
    if v.startswith("P"):
        return _duration(v, is_set)
    date, sep, time = v.partition("T")
    if v.startswith("T"):
        return _time("T" + time)
    day = _calendar(date, is_set)
    if day is None:
        return None
    if not sep:
        return day
    at = _time("T" + time)
    return f"{day}, {at}" if at else None


def _calendar(v: str, is_set: bool) -> str | None:
    m = _WEEK.match(v)
    if m:
        return _week(m, is_set)
    m = _PART_OF_YEAR.match(v)
    if m:
        return _part_of_year(m.group("p"), _year(m.group("y")))
    m = _DATE.match(v)
    if m:
        return _date(m.group("y"), m.group("m"), m.group("d"), is_set)
    m = _DECADE.match(v)
    if m and len(v) in (3, 4):
        return f"the {m.group('c')}{m.group('d')}0s"
    m = _CENTURY.match(v)
    if m:
        n = int(m.group("c")) + 1
        return f"the {n}{_suffix(n)} century"
    return None


def _year(y: str) -> int | None:
    return None if y == "XXXX" else int(y)


def _date(y: str, mo: str | None, d: str | None, is_set: bool) -> str:
    year = _year(y)
    if (mo is None or mo == "XX") and d is not None:
        # a day the text does not give ("the day after his death": XXXX-XX-XX)
        return ("every day" if is_set else "a day") + ("" if year is None else f" in {year}")
    if mo is None or mo == "XX":
        if year is not None:
            return str(year)
        return ("every " if is_set else "a ") + ("month" if mo else "year")
    month = int(mo)
    if not 1 <= month <= 12:
        raise ValueError(mo)
    if d is None or d == "XX":
        if year is None:
            return ("every " if is_set else "") + _MONTHS_LONG[month - 1]
        if d == "XX" and not is_set:  # "that same day", after "last October"
            return f"a day in {_MONTHS_LONG[month - 1]} {year}"
        return f"{_MONTHS_LONG[month - 1]} {year}"
    day = int(d)
    if year is None:
        _dt.date(2000, month, day)  # (a leap year: 29 Feb is a day)
        return f"{'every ' if is_set else ''}{day} {_MONTHS[month - 1]}" + (
            "" if is_set else " (year not given)"
        )
    return human_date(_dt.date(year, month, day))


def _week(m: re.Match, is_set: bool) -> str:
    year, week, wd = _year(m.group("y")), m.group("w"), m.group("wd")
    if year is None or week == "XX":
        if wd == "WE":
            return "every weekend" if is_set else "a weekend"
        if wd:
            return ("every " if is_set else "a ") + _WEEKDAYS[int(wd) - 1]
        return "every week" if is_set else "a week"
    monday = _dt.date.fromisocalendar(year, int(week), 1)
    if wd == "WE":
        sat, sun = monday + _dt.timedelta(days=5), monday + _dt.timedelta(days=6)
        return "weekend of " + _span(sat, sun)
    if wd:
        day = monday + _dt.timedelta(days=int(wd) - 1)
        return f"{_WEEKDAYS[day.weekday()][:3]} {human_date(day)}"
    return "week of " + human_date(monday)


def _span(a: _dt.date, b: _dt.date) -> str:
    """29-30 Oct 2016; 31 Oct-1 Nov 2016; 31 Dec 2016-1 Jan 2017."""
    if a.year != b.year:
        return f"{human_date(a)}-{human_date(b)}"
    if a.month != b.month:
        return f"{a.day} {_MONTHS[a.month - 1]}-{human_date(b)}"
    return f"{a.day}-{human_date(b)}"


def _part_of_year(p: str, year: int | None) -> str:
    when = f" {year}" if year is not None else ""
    if p in _SEASONS:
        return _SEASONS[p] + when if year is not None else "a " + _SEASONS[p]
    what = "quarter" if p[0] == "Q" else "half"
    of = f" of {year}" if year is not None else " of a year"
    if p[1] == "X":
        return f"a {what}{of}"
    return f"the {_ORDINALS[int(p[1])]} {what}{of}"


def _time(v: str) -> str | None:
    m = _TIME.match(v)
    if not m:
        return None
    if m.group("part"):
        return _PARTS[m.group("part")]
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _duration(v: str, is_set: bool) -> str | None:
    m = _DURATION.match(v)
    if not m or not (m.group("date") or m.group("time")):
        return None
    parts = [_amount(n, _DATE_UNITS[u]) for n, u in _DURATION_PART.findall(m.group("date") or "")]
    parts += [_amount(n, _TIME_UNITS[u]) for n, u in _DURATION_PART.findall(m.group("time") or "")]
    text = " ".join(parts)
    if not is_set:
        return text
    # "P1W" as a set is "every week"; "P2W" "every 2 weeks"
    return "every " + (text[2:] if text.startswith("1 ") else text)


def _amount(n: str, unit: str) -> str:
    if n == "X":
        return _PLURAL.get(unit, unit + "s")  # "PXY": years, an unstated number of them
    one = n in ("1", "1.0")
    return f"{n} {unit if one else _PLURAL.get(unit, unit + 's')}"


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
