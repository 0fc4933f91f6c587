"""Per-text extraction: actor mentions, quotes and time expressions (pure functions).

``analyze(text, published=None, config=None)`` runs the three extractors over one
text; every offset in the result indexes exactly that text.
"""

from __future__ import annotations

import datetime as _dt

from tui.model import Analysis


def analyze(
    text: str, published: _dt.date | str | None = None, config=None, *, timex_matches=None
) -> Analysis:
    """Find mentions, quotes and time expressions in ``text``.

    ``published`` is the document creation time that relative dates resolve against.
    ``timex_matches``: the date rules' matches in ``text``, when the caller found them
    already (:func:`tui.analysis.timex.tagger.find_matches`).
    """
    from tui.analysis.actors import find_mentions
    from tui.analysis.quotes import find_quotes
    from tui.analysis.timex import tag_timexes

    if isinstance(published, str):
        published = _dt.date.fromisoformat(published)
    if not isinstance(text, str):
        raise TypeError("analyze() takes a str")
    mentions = find_mentions(text, config=config)
    timexes = tag_timexes(text, published, matches=timex_matches)
    quotes = find_quotes(text, mentions, config=config)
    from tui.analysis.figures import find_figures

    return Analysis(mentions=mentions, quotes=quotes, timexes=timexes, figures=find_figures(text))
