"""Calendar arithmetic that never raises: every helper returns None outside 0001..9999."""

from __future__ import annotations

import calendar
import datetime as _dt

MIN_YEAR, MAX_YEAR = 1, 9999


def make_date(y: int, m: int, d: int) -> _dt.date | None:
    """A date, or None when it does not exist ("February 30", year 0)."""
    try:
        return _dt.date(y, m, d)
    except (ValueError, OverflowError, TypeError):
        return None


def add_days(d: _dt.date, n: int) -> _dt.date | None:
    try:
        return d + _dt.timedelta(days=n)
    except OverflowError:
        return None


def shift_month(y: int, m: int, k: int) -> tuple[int, int] | None:
    """(year, month) k months from (y, m), or None outside the calendar."""
    idx = y * 12 + (m - 1) + k
    ny, nm = divmod(idx, 12)
    if not MIN_YEAR <= ny <= MAX_YEAR:
        return None
    return ny, nm + 1


def ok_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def ymd(d: _dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def days_in_month(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def quarter_of(d: _dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: _dt.date) -> tuple[int, str]:
    """(year, season code) in the TimeML convention; December belongs to the next year's winter."""
    m = d.month
    if m == 12:
        return d.year + 1, "WI"
    if m <= 2:
        return d.year, "WI"
    if m <= 5:
        return d.year, "SP"
    if m <= 8:
        return d.year, "SU"
    return d.year, "FA"


SEASON_ORDER = ("WI", "SP", "SU", "FA")


def shift_season(y: int, s: str, k: int) -> tuple[int, str]:
    idx = y * 4 + SEASON_ORDER.index(s) + k
    ny, ns = divmod(idx, 4)
    return ny, SEASON_ORDER[ns]


def nth_weekday(y: int, m: int, weekday: int, n: int) -> _dt.date | None:
    """The n-th (1-based; -1 = last) ``weekday`` (0=Monday) of a month."""
    first = make_date(y, m, 1)
    if first is None:
        return None
    if n > 0:
        off = (weekday - first.weekday()) % 7
        return make_date(y, m, 1 + off + 7 * (n - 1))
    last = make_date(y, m, days_in_month(y, m))
    if last is None:
        return None
    return add_days(last, -((last.weekday() - weekday) % 7))


def easter(y: int) -> _dt.date | None:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    wk = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * wk) // 451
    month, day = divmod(h + wk - 7 * m + 114, 31)
    return make_date(y, month, day + 1)
