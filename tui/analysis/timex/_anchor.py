"""Reference time: expressions that count from a date named earlier in the text, not from the article date.

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

from tui.analysis.timex import _calendar as cal

ANCHOR = "\x00anchor:"
#: how far back (characters) a date may be and still be the reference of "the next day"
WINDOW = 600

_PART = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_DAYLIKE = {"day", "morning", "afternoon", "evening", "night"}
_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?")


def spec(unit: str, step: int, weekday: int | None = None, needs_antecedent: bool = False) -> str:
    """The placeholder value for ``unit`` (day, week, month, year, quarter, a part of day or
    "weekday") ``step`` units from the reference (-1 previous, 0 same, 1 following).

    ``needs_antecedent``: with no date named shortly before, the expression is no time at all
    ("you get strong redemptions that day": a generic day) and is dropped.
    """
    return f"{ANCHOR}{unit}:{step}:{'' if weekday is None else weekday}:{'!' if needs_antecedent else ''}"


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


def _needs(unit: str) -> int:
    """Granularity the reference must have: 3 day, 2 month (or quarter), 1 year."""
    if unit in _DAYLIKE or unit in ("week", "weekday"):
        return 3
    if unit in ("month", "quarter"):
        return 2
    return 1


def _resolve_one(
    sp: str, ref: tuple[int, int | None, int | None, int | None]
) -> tuple[str, str] | None:
    """(type, value) of one placeholder against a reference (year, month, day, quarter)."""
    unit, step_s, wd_s, _strict = sp.split(":")
    step = int(step_s)
    y, mo, d, q = ref
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


def resolve(chosen: list, dct: _dt.date | None) -> list:
    """Replace every placeholder in ``chosen`` (text-ordered candidate tuples) with its value."""
    if not any(c[3].startswith(ANCHOR) for c in chosen):
        return chosen
    dct_ref = (dct.year, dct.month, dct.day, (dct.month - 1) // 3 + 1) if dct is not None else None
    refs: list[tuple[int, int, tuple]] = []  # (end offset, granularity, parsed value)
    out = []
    for c in chosen:
        s, e, typ, value, mod, prio = c
        if value.startswith(ANCHOR):
            sp = value[len(ANCHOR) :]
            need = _needs(sp.split(":", 1)[0])
            ref = None
            for rend, gran, parsed in reversed(refs):
                if s - rend > WINDOW:
                    break
                if gran >= need:
                    ref = parsed
                    break
            if ref is None:
                if sp.endswith("!"):
                    continue  # a bare "that day" with nothing to refer to
                ref = dct_ref
            got = _resolve_one(sp, ref) if ref is not None else None
            if got is None:
                unit = sp.split(":", 1)[0]
                got = (
                    "DATE",
                    {
                        "year": "XXXX",
                        "month": "XXXX-XX",
                        "quarter": "XXXX-QX",
                        "week": "XXXX-WXX",
                    }.get(unit, "XXXX-XX-XX"),
                )
            typ, value = got
            c = (s, e, typ, value, mod, prio)
            parsed = _parse(value)
            if parsed is not None:  # "the next day ... the following day" walks on from it
                gran = (
                    3
                    if parsed[2] is not None
                    else (2 if parsed[1] is not None or parsed[3] is not None else 1)
                )
                refs.append((e, gran, parsed))
        elif typ in ("DATE", "TIME"):
            parsed = _parse(value)
            if parsed is not None:
                gran = (
                    3
                    if parsed[2] is not None
                    else (2 if parsed[1] is not None or parsed[3] is not None else 1)
                )
                refs.append((e, gran, parsed))
        out.append(c)
    return out
