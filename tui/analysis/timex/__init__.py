"""Time expressions, TIMEX3 style: tag, normalise against the article date, date undated articles.

``tag_timexes(text, published)`` finds dates, times, durations and sets in ``text`` and
resolves them against ``published`` (the document creation time); ``infer_published(text,
hints)`` dates an article that carries no date of its own from what it says.
The regular expressions are compiled on first use, so importing this is cheap.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from tui.model import Timex

if TYPE_CHECKING:  # the tagger is imported on first use (its patterns are many)
    from tui.analysis.timex.tagger import Matches

__all__ = ["tag_timexes", "infer_published", "date_evidence"]


def tag_timexes(
    text: str, published: _dt.date | None = None, *, matches: Matches | None = None
) -> list[Timex]:
    """Every time expression in ``text``, with offsets into exactly ``text``.

    Never raises on odd input: impossible dates ("February 30") are skipped, and with no
    ``published`` date relative expressions keep their unknown parts as ``X``. ``matches``:
    the date rules' matches in ``text`` (:func:`tui.analysis.timex.tagger.find_matches`)
    when the caller has them, so that the text is not searched again.
    """
    from tui.analysis.timex.tagger import tag

    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, str):
        try:
            published = _dt.date.fromisoformat(published)
        except ValueError:
            published = None
    if isinstance(published, _dt.datetime):
        published = published.date()
    if not isinstance(published, _dt.date):
        published = None
    return tag(text, published, matches)


def infer_published(
    text: str, hints: dict | None = None, evidence: dict | None = None
) -> _dt.date | None:
    """Guess an undated article's date from the dates it mentions (None when unsure).

    ``evidence``: what :func:`date_evidence` found in ``text`` earlier; given, the text is
    not tagged again (a malformed one is ignored and the text is)."""
    from tui.analysis.timex.infer import decide, infer

    if evidence is not None:
        try:
            return decide(evidence, hints or {})
        except Exception:
            pass
    if not isinstance(text, str):
        return None
    return infer(text, hints or {})


def date_evidence(text: str, *, matches: Matches | None = None) -> dict:
    """The dates ``text`` gives that could date it, JSON-native (see ``infer_published``);
    ``matches`` as for :func:`tag_timexes`."""
    from tui.analysis.timex.infer import evidence

    return evidence(text if isinstance(text, str) else "", matches)
