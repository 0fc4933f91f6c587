"""Where the sources disagree: figures, attributions, dates and coverage.

``find_discrepancies(corpus, config=None) -> list[Discrepancy]`` runs after the actors,
quote groups and timeline are built. Each discrepancy has a ``kind``, a short ``topic``,
a ``status`` (how the sources stand), a ``confidence`` (0..1), a ``note`` for a person and
the ``items`` (figures, quotes, time expressions or mentions) with their sentences, so the
reader can jump to each.

Kinds, and the rules (conservative: a false conflict costs more trust than a missed one):

- ``figure``: quantities that count the same kind of thing in different sources. Figures
  are blocked by a *class*: the head noun through a small synonym list of news counting
  nouns (prisoner, detainee, captive, inmate -> prisoners; death, fatality -> killed; ...),
  or, for a noun that counts people (people, civilians, troops, members, fighters...), the
  event of its clause (killed, wounded, released/held -> prisoners, displaced, infected);
  money by currency and purpose ("$1 billion in aid"). Inside a class, figures with the same
  value group when their named qualifiers agree ("Taliban" vs "Afghan" prisoners are two
  sides of a swap) and their kinds of people agree (civilians vs security forces): status
  ``agree``, or ``hedged`` when some carry an approximator ("up to 5,000", "some 5,000").
  Figures with different values link only when they count the same noun (or synonyms, or
  people in general) with the same named qualifiers, and their sentences look like one
  event: the same date and shared actors or words, or shared actors and many words (wording
  alone is not enough: formulaic sentences repeat across stories); a date in one sentence
  after the other article was published means two events. Then ``hedged`` when the hedges
  make the values compatible ("at least 20" vs 27), ``updated`` when a toll grows from
  earlier reports to later ones (6 killed on Aug. 8, 10 on Aug. 18), else ``conflict``.
  Vague plurals ("thousands of") only ever agree.
- ``attribution``: quote groups whose members credit different actors (``conflict``, or
  ``hedged`` when a person is credited in one and the institution they speak for in the
  other), and groups quoted directly by one outlet and paraphrased by another (``hedged``).
- ``date``: timeline conflicts (the same event on different dates), and an article with an
  inferred date that reports, in the past tense, an explicit date later than that date.
- ``coverage``: notable items only one source has (``only-one-source``: actors with several
  mentions, figures of a known class) and actors most sources name that some leave out
  (``missing``, with ``missing_from``). :func:`coverage_matrix` gives the source-by-item table.

The config's ``discrepancies`` section silences entries (``ignore``: ids or glob patterns
over ids and topics), drops kinds, and sets the confidence threshold.

Cost: figures are blocked by class and value; values are compared only with their
neighbours in sorted order (within a factor of two, at most a few dozen), each figure with a
bounded number of partners: the work grows with the number of figures, not its square.

Modules: :mod:`.figure_classes` (what counts the same thing), :mod:`.context` (the
per-article look-ups), one module per kind (:mod:`.figures`, :mod:`.attribution`,
:mod:`.dates`, :mod:`.coverage`) and :mod:`.run` (all of them, filtered and ordered).
"""

from tui.merge.discrepancies.coverage import coverage_matrix
from tui.merge.discrepancies.figure_classes import FIGURE_SYNONYMS, figure_class
from tui.merge.discrepancies.run import (
    DEFAULT_MIN_CONFIDENCE,
    Started,
    find_discrepancies,
    finish_discrepancies,
    start_discrepancies,
)

__all__ = [
    "find_discrepancies",
    "start_discrepancies",
    "finish_discrepancies",
    "coverage_matrix",
    "figure_class",
    "FIGURE_SYNONYMS",
    "DEFAULT_MIN_CONFIDENCE",
    "Started",
]
