"""Where the timeline places a company's quarter that the text says ended on a given day.

Earnings news numbers quarters by the company's fiscal year: Delta's "fiscal first quarter
ended Sept. 30" ran from July to September. TimeML (and TimeBank) keep the company's number
in the value (``1989-Q1``); a reader of a timeline expects the months it covered, so the
expression's ``position`` is the calendar quarter holding most of those three months
(``1989-Q3``). A quarter whose end the text does not give keeps its value as its place.
"""

from __future__ import annotations

import datetime as _dt
import re

from tui.analysis.timex import _calendar as cal
from tui.analysis.timex._cand import Cand

_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")
#: between the quarter and its last day: "the quarter ended Sept. 30", "for its fourth
#: quarter, which ended Aug. 26", "the quarter ending on June 30"
_ENDED = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending)\s+(?:on\s+)?")
#: half a quarter: the day around the middle of a quarter that ends on a given day
_HALF_QUARTER = 45


def place_fiscal_quarters(chosen: list[Cand], text: str) -> list[Cand]:
    """``chosen`` (text order, values resolved) with a position for each quarter followed by
    the day it ended when that day puts it in another calendar quarter than its number."""
    out = list(chosen)
    for i, c in enumerate(chosen[:-1]):
        qm = _QUARTER.match(c.value)
        if qm is None or c.position is not None:
            continue
        nxt = chosen[i + 1]
        dm = _DAY.match(nxt.value)
        if dm is None or not _ENDED.fullmatch(text, c.end, nxt.start):
            continue
        end = cal.make_date(int(dm[1]), int(dm[2]), int(dm[3]))
        middle = cal.add_days(end, -_HALF_QUARTER) if end else None
        if middle is None:
            continue
        placed = _calendar_quarter(middle)
        if placed != c.value:
            out[i] = c._replace(position=placed)
    return out


def _calendar_quarter(d: _dt.date) -> str:
    return f"{d.year:04d}-Q{cal.quarter_of(d)}"
