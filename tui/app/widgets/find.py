"""Finding words in an article, and stepping between places in it (the reader's `/`, `n`, `N`).

The find box reads what is typed as the lists' filter box does (case ignored, words split
on spaces); in running text the words are found in the order typed, as a phrase, across
line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: matches marked in one article at most (a one-letter query in a book-length text)
MAX_MATCHES = 5_000


def find_spans(
    text: str, query: str, skip: Sequence[tuple[int, int]] = (), limit: int = MAX_MATCHES
) -> list[tuple[int, int]]:
    """(start, end) of each place ``query`` occurs in ``text``, ignoring case, with any
    run of spaces or line breaks between its words; none that overlaps a ``skip`` span
    (what the reader inserted, such as a date's resolved value)."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    out: list[tuple[int, int]] = []
    skips = sorted(skip)
    k = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        while k < len(skips) and skips[k][1] <= s:
            k += 1
        if k < len(skips) and skips[k][0] < e:
            continue  # inside (or across) inserted text: not the article's words
        out.append((s, e))
        if len(out) >= limit:
            break
    return out


def next_index(starts: Sequence[int], current: int, step: int, view_top: int) -> int:
    """The place to move to among places starting at ``starts`` (sorted): the next or
    previous (``step`` 1 or -1) after ``current``, wrapping around; with no current place
    (-1), the first at or after ``view_top``, or the last before it."""
    n = len(starts)
    if current >= 0:
        return (current + step) % n
    after = next((i for i, s in enumerate(starts) if s >= view_top), None)
    if step > 0:
        return after if after is not None else 0
    return ((after if after is not None else n) - 1) % n
