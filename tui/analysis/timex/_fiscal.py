"""Where the timeline places a company's quarter that the text says ended on a given day.

Earnings news numbers quarters by the company's fiscal year: Delta's "fiscal first quarter
ended Sept. 30" ran from July to September. TimeML (and TimeBank) keep the company's number
in the value (``1989-Q1``); a reader of a timeline expects the months it covered, so the
expression's ``position`` is the calendar quarter holding most of those three months
(``1989-Q3``), and the article's other quarters of that company move alike. Where the text
gives no quarter's last day, each quarter's value is its place.
"""

from __future__ import annotations

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
    """``chosen`` (text order, values resolved) with a position for each quarter of a company
    whose quarters the text shows are not the calendar's: the one followed by the day it
    ended, and, when the text shows one such shift only, every other quarter of the article
    shifted alike ("the quarter", "a year earlier" of that fiscal first quarter are
    July-September too)."""
    if not any("-Q" in c.value for c in chosen):
        return chosen
    own = [_shift(chosen, i, text) if i + 1 < len(chosen) else None for i in range(len(chosen))]
    shifts = {s for s in own if s is not None}
    common = shifts.pop() if len(shifts) == 1 else 0
    out = []
    for c, s in zip(chosen, own, strict=True):
        qm = _QUARTER.match(c.value)
        shift = common if s is None else s
        if qm and shift and c.position is None:
            n = int(qm[1]) * 4 + int(qm[2]) - 1 + shift
            if cal.ok_year(n // 4):
                c = c._replace(position=f"{n // 4:04d}-Q{n % 4 + 1}")
        out.append(c)
    return out


def _shift(chosen: list[Cand], i: int, text: str) -> int | None:
    """How many quarters the calendar quarter a quarter covered lies after its number ("the
    fiscal first quarter ended Sept. 30": 2), when the day it ended follows it; else None."""
    c, nxt = chosen[i], chosen[i + 1]
    qm, dm = _QUARTER.match(c.value), _DAY.match(nxt.value)
    if qm is None or dm is None or not _ENDED.fullmatch(text, c.end, nxt.start):
        return None
    end = cal.make_date(int(dm[1]), int(dm[2]), int(dm[3]))
    middle = cal.add_days(end, -_HALF_QUARTER) if end else None
    if middle is None:
        return None
    covered = middle.year * 4 + cal.quarter_of(middle) - 1
    return covered - (int(qm[1]) * 4 + int(qm[2]) - 1)
