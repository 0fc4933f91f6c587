"""Months of one range share a year: "From January to June, exports fell".

Each bare month takes the year nearest the article date in the direction of its clause, so
in an April article the two ends of "from January to June" could land in different years
(January this year, June last year). A range runs forward from its first month to its last:
when its last month is past, the range is counted back from it (January and June of last
year); otherwise it is counted on from its first month ("will rise from January to June"
in April: January and June of next year).
"""

from __future__ import annotations

import datetime as _dt
import re

from tui.analysis.timex._cand import Cand

_MONTH = re.compile(r"(\d{4})-(\d\d)$")
#: the words of a range between two months: "from January to June", "between May and July"
_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
_TO = re.compile(r"\s+(?:to|through|until|till|and)\s+|\s*[-–]\s*", re.I)


def align_month_ranges(chosen: list[Cand], text: str, dct: _dt.date | None) -> list[Cand]:
    """``chosen`` (text order, values resolved) with the bare months of each range given
    years that keep the range in order (a year written with one end is the range's)."""
    if dct is None:
        return chosen
    out = list(chosen)
    for i in range(len(chosen) - 1):
        a, b = out[i], out[i + 1]
        am, bm = _MONTH.match(a.value), _MONTH.match(b.value)
        if not (am and bm):
            continue
        bare_a, bare_b = _bare(a, text), _bare(b, text)
        if not (bare_a or bare_b):
            continue
        if not (
            _TO.fullmatch(text, a.end, b.start)
            and _FROM.search(text, max(0, a.start - 12), a.start)
        ):
            continue
        m1, m2 = int(am[2]), int(bm[2])
        y1, y2 = _range_years(int(am[1]), m1, int(bm[1]), m2, bare_a, bare_b, dct)
        out[i] = a._replace(value=f"{y1:04d}-{m1:02d}")
        out[i + 1] = b._replace(value=f"{y2:04d}-{m2:02d}")
    return out


def _range_years(
    y1: int, m1: int, y2: int, m2: int, bare_a: bool, bare_b: bool, dct: _dt.date
) -> tuple[int, int]:
    """The years of a range's first and last month (a bare month's year may move)."""
    wrap = 1 if m1 > m2 else 0  # "from November to February": into the next year
    if y2 - y1 == wrap:
        return y1, y2
    if not bare_a:
        return y1, y1 + wrap  # "from September 2014 to March": the year written
    if not bare_b or (y2, m2) < (dct.year, dct.month):
        # "from September to December 2014", or a range that is over: counted back from its
        # last month
        return y2 - wrap, y2
    return y1, y1 + wrap  # to come: counted on from its first month


def _bare(c: Cand, text: str) -> bool:
    """A month written alone, whose year the tagger chose (not "June 2016", "last May")."""
    written = text[c.start : c.end]
    return written.isalpha() or (written.endswith(".") and written[:-1].isalpha())
