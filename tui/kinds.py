"""The words of the model that code compares against: one constant for each.

Kept apart from :mod:`tui.model` (which imports them) so that the app can name them
before its first frame, when the model is not imported yet.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

#: What an item of an article is: a selection, a highlight, a discrepancy's item or a
#: reference names it by kind and by index into that article's list of that kind.
#: (Each constant is Final, so that its type is its own Literal: FIGURE is also a
#: DiscrepancyItemKind, VERBATIM a Relation.)
ItemKind = Literal["article", "mention", "quote", "timex", "figure"]
ARTICLE: Final = "article"
MENTION: Final = "mention"
QUOTE: Final = "quote"
TIMEX: Final = "timex"
FIGURE: Final = "figure"

#: What a mention names, how a quote gives a statement, what a time expression is.
MentionKind = Literal["PERSON", "ORG", "GPE"]
QuoteKind = Literal["direct", "partial", "indirect", "term"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

#: How two versions of a statement relate (a group: the loosest of its pairs; "single":
#: a statement with one version).
Relation = Literal["verbatim", "trimmed", "reworded", "direct-indirect", "single"]
VERBATIM: Final = "verbatim"
TRIMMED: Final = "trimmed"
REWORDED: Final = "reworded"
DIRECT_INDIRECT: Final = "direct-indirect"
SINGLE: Final = "single"

#: What each relation means, for a reader (the quotes pane and the reports).
RELATION_TEXT: dict[str, str] = {
    VERBATIM: "verbatim: the same words",
    TRIMMED: "trimmed: one version is a cut of the other",
    REWORDED: "reworded: the same statement in other words",
    DIRECT_INDIRECT: "direct vs indirect: quoted by one outlet, paraphrased by another",
    SINGLE: "carried by one source only",
}

#: What a discrepancy is about, and how the sources stand on it.
DiscrepancyKind = Literal["figure", "attribution", "date", "coverage"]
DiscrepancyStatus = Literal["agree", "hedged", "conflict", "updated", "only-one-source", "missing"]
#: the kinds of item a discrepancy points to
DiscrepancyItemKind = Literal["figure", "quote", "timex", "mention"]

MENTION_KINDS: tuple[str, ...] = get_args(MentionKind)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
TIMEX_TYPES: tuple[str, ...] = get_args(TimexType)
RELATIONS: tuple[str, ...] = get_args(Relation)
DISCREPANCY_KINDS: tuple[str, ...] = get_args(DiscrepancyKind)
DISCREPANCY_STATUSES: tuple[str, ...] = get_args(DiscrepancyStatus)

#: How an article whose outlet no clue names is written, everywhere (the problems dialog
#: lists them with the config lines that would name them).
UNKNOWN_OUTLET = "unknown outlet"

#: The room a source's label is given where it is shown (labels are short by design:
#: "Breitbart 2016-03-15 (12)" is 25): never cut shorter, or labels that differ only at
#: the end ("… (1)", "… (2)") would read alike.
LABEL_CHARS = 32
