"""Reference time: expressions that count from a date named earlier in the text, not from the
article date.

News moves its reference time along as it tells a story: "Farkas was made a general on May 22,
1995, and the following year he was appointed attache" (1996); "He was arrested on Tuesday.
The next day he was released" (Wednesday); "...6.8% down from the previous Friday";
"Earlier that day, the family sent a fax". The rules mark such expressions with a placeholder
value (``ANCHOR`` + a spec); ``resolve`` then walks the chosen expressions in text order and
resolves each against the latest fully dated expression before it, within a short window (the
same stretch of the story). With no such date nearby, the article date is the reference.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TypeGuard

from tui.analysis.timex import _calendar as cal
from tui.analysis.timex._cand import Cand

ANCHOR = "\x00anchor:"
#: how far back (characters) a date may be and still be the reference of "the next day"
WINDOW = 600
#: how far back the story's day may be named and still be the reference of an expression
#: that can only count from a day ("the previous Friday")
STORY_WINDOW = 2000

_PART = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_DAYLIKE = {"day", "morning", "afternoon", "evening", "night"}
_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?")


#: what a placeholder becomes when no date is named shortly before it
DCT, DROP, UNKNOWN = "dct", "drop", "unknown"


def spec(
    unit: str,
    step: int,
    weekday: int | None = None,
    needs_antecedent: bool = False,
    *,
    otherwise: str | None = None,
    window: int = 0,
) -> str:
    """The placeholder value for ``unit`` (day, week, month, year, quarter, a part of day,
    "weekday", or "same": the antecedent's own value) ``step`` units from the reference
    (-1 previous, 0 same, 1 following).

    ``needs_antecedent``: with no date named shortly before, the expression is no time at all
    ("you get strong redemptions that day": a generic day) and is dropped. ``otherwise``
    says instead what it becomes then: :data:`DCT` (counted from the article date, the
    default), :data:`DROP` or :data:`UNKNOWN` (a date the text does not give: X's).
    ``window``: how many characters back the antecedent may end (default :data:`WINDOW`).
    """
    otherwise = otherwise or (DROP if needs_antecedent else DCT)
    wd = "" if weekday is None else weekday
    return f"{ANCHOR}{unit}:{step}:{wd}:{otherwise}:{window or WINDOW}"


def _parse(value: str) -> tuple[int, int | None, int | None, int | None] | None:
    """(year, month, day, quarter) of a resolved DATE/TIME value, or None when it has no year."""
    m = _VALUE.match(value)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    q = int(m.group(4)) if m.group(4) else (None if mo is None else (mo - 1) // 3 + 1)
    return y, mo, d, q


def _format(ref: tuple[int, int | None, int | None, int | None]) -> str:
    y, mo, d, q = ref
    if d is not None and mo is not None:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if mo is not None:
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}-Q{q}" if q is not None else f"{y:04d}"


def _needs(unit: str) -> int:
    """Granularity the reference must have: 3 day, 2 month (or quarter), 1 year."""
    if unit in _DAYLIKE or unit in ("week", "weekday"):
        return 3
    if unit in ("month", "quarter"):
        return 2
    return 1  # a year, or "same": any date


def _resolve_one(
    sp: str, ref: tuple[int, int | None, int | None, int | None]
) -> tuple[str, str] | None:
    """(type, value) of one placeholder against a reference (year, month, day, quarter)."""
    unit, step_s, wd_s, _otherwise, _window = sp.split(":")
    step = int(step_s)
    y, mo, d, q = ref
    if unit == "same":  # "until then": the date named before, as it was named
        return ("DATE", _format(ref))
    if unit in _DAYLIKE or unit in ("week", "weekday"):
        if mo is None or d is None:
            return None
        base = cal.make_date(y, mo, d)
        if base is None:
            return None
        if unit == "week":
            r = cal.add_days(base, 7 * step)
            return ("DATE", cal.iso_week(r)) if r else None
        if unit == "weekday":
            wd = int(wd_s)
            diff = wd - base.weekday()
            if step < 0:
                off = diff - 7 if diff >= 0 else diff  # "the previous Friday": strictly before
            else:
                off = diff + 7 if diff <= 0 else diff  # "the following Monday": strictly after
            r = cal.add_days(base, off)
            return ("DATE", r.isoformat()) if r else None
        r = cal.add_days(base, step)
        if r is None:
            return None
        if unit in _PART:
            return ("TIME", r.isoformat() + _PART[unit])
        return ("DATE", r.isoformat())
    if unit == "month":
        if mo is None:
            return None
        ym = cal.shift_month(y, mo, step)
        return ("DATE", cal.ym(*ym)) if ym else None
    if unit == "quarter":
        if q is None:
            return None
        n = y * 4 + (q - 1) + step
        ny, nq = divmod(n, 4)
        return ("DATE", f"{ny:04d}-Q{nq + 1}") if cal.ok_year(ny) else None
    ny = y + step  # year
    return ("DATE", f"{ny:04d}") if cal.ok_year(ny) else None


_UNKNOWN = {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "week": "XXXX-WXX"}


def _granularity(parsed: tuple[int, int | None, int | None, int | None]) -> int:
    return (
        3 if parsed[2] is not None else (2 if parsed[1] is not None or parsed[3] is not None else 1)
    )


class _References:
    """The fully or partly dated expressions met so far, latest last, and the article date."""

    def __init__(self, dct: _dt.date | None):
        self.dct = (dct.year, dct.month, dct.day, (dct.month - 1) // 3 + 1) if dct else None
        self.seen: list[tuple[int, int, tuple]] = []  # (end offset, granularity, parsed value)

    def add(self, end: int, value: str) -> None:
        parsed = _parse(value)
        if parsed is not None:
            self.seen.append((end, _granularity(parsed), parsed))

    def before(self, start: int, sp: str) -> tuple | None:
        """The latest date fine enough for ``sp`` within its window before ``start``."""
        unit, _step, _wd, _otherwise, window = sp.split(":")
        need, window_chars = _needs(unit), int(window)
        for rend, gran, parsed in reversed(self.seen):
            if start - rend > window_chars:
                break
            if gran >= need:
                return parsed
        return None

    def month_since(self, start: int, sp: str) -> tuple | None:
        """The month named last before ``start`` when it is the latest date of all and "that
        (same) day" refers to a day in it: "most recently last October, when the doctor was
        shot. His name was crossed out that same day" (a day of that October, not a day
        named further back); None otherwise."""
        unit, step, _wd, otherwise, window = sp.split(":")
        if unit not in _DAYLIKE or step != "0" or otherwise == DROP or not self.seen:
            return None  # (a bare "that day" may be a generic day: it takes a day or none)
        rend, gran, parsed = self.seen[-1]
        if gran != 2 or parsed[1] is None or start - rend > int(window):
            return None
        return parsed

    def resolve(self, placeholder: str, start: int) -> tuple[str, str] | None:
        """(type, value) of a placeholder at ``start``; None when it is to be dropped for
        want of a date named shortly before. Unresolvable parts are written as X."""
        sp = placeholder[len(ANCHOR) :]
        unit, otherwise = sp.split(":", 1)[0], sp.split(":")[3]
        month = self.month_since(start, sp)
        if month is not None:  # a day of that month the text does not give
            day = f"{month[0]:04d}-{month[1]:02d}-XX"
            return ("TIME", day + _PART[unit]) if unit in _PART else ("DATE", day)
        ref = self.before(start, sp)
        if ref is None:
            if otherwise == DROP:
                return None
            ref = self.dct if otherwise == DCT else None
        got = _resolve_one(sp, ref) if ref is not None else None
        return got or ("DATE", _UNKNOWN.get(unit, "XXXX-XX-XX"))


def resolve(chosen: list[Cand], dct: _dt.date | None) -> list[Cand]:
    """Replace every placeholder in ``chosen`` (text-ordered candidates) with its value; a
    placeholder ``position`` (a length counted from the date last named: "a month earlier")
    becomes the point it reaches, or None when there is no such date."""
    if not any(c.value.startswith(ANCHOR) or _pending(c.position) for c in chosen):
        return chosen
    refs = _References(dct)
    out = []
    for c in chosen:
        if c.value.startswith(ANCHOR):
            got = refs.resolve(c.value, c.start)
            if got is None:
                continue  # a bare "that day" with nothing to refer to
            c = c._replace(type=got[0], value=got[1], position=_month_of_unknown_day(got[1]))
            refs.add(c.end, c.value)  # "the next day ... the following day" walks on from it
        elif _pending(c.position):
            got = refs.resolve(c.position, c.start)
            c = c._replace(position=got[1] if got and "X" not in got[1] else None)
            if c.position is not None:
                refs.add(c.end, c.position)
        elif c.type in ("DATE", "TIME"):
            refs.add(c.end, c.value)
        out.append(c)
    return out


_UNKNOWN_DAY = re.compile(r"(\d{4}-\d\d)-XX(?:T[A-Z]{2})?$")


def _month_of_unknown_day(value: str) -> str | None:
    """Where the timeline places a day (or a part of one) of a known month ("1998-10-XX",
    "1998-10-XXTNI"): under the month."""
    m = _UNKNOWN_DAY.match(value)
    return m.group(1) if m else None


def _pending(position: str | None) -> TypeGuard[str]:
    return position is not None and position.startswith(ANCHOR)
