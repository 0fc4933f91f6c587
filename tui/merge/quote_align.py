"""Word-level comparison of versions of one statement: similarity, diff, relation, marks.

Tokens are words compared in a normalised form (lower case, punctuation stripped, a
light English stemmer so "releases"/"release" and "prisoners"/"prisoner" align). Two
outputs, one per use, both read by the app's quotes pane and by the reports:

- :func:`diff`: the word-level changes from one version to another, in the words as each
  version writes them (rapidfuzz's Levenshtein opcodes over word sequences: C++, linear
  memory); each compared pair of a quote group keeps it (``QuoteGroup.pairs``).
- :func:`version_marks`: which words of each version to highlight, over the words as a
  reader sees them (punctuation attached), aligned on their longest common sequence so
  that a shared word is never marked because a substitution was cheaper.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from rapidfuzz.distance import Indel, LCSseq, Levenshtein

from tui.kinds import DIRECT_INDIRECT, REWORDED, SINGLE, TRIMMED, VERBATIM, Relation
from tui.model import DiffOp

_WORD = re.compile(r"[\w’'\-]+|[^\w\s]")
_ALNUM = re.compile(r"\w")

# Function words: they align but do not count as shared content.
STOPWORDS = frozenset(
    """a an the and or but nor so yet of to in on at by for with from as into onto upon about over under
    than then that this these those there here it its it's is are was were be been being am has have had
    do does did will would shall should can could may might must not no yes we our ours us you your
    they them their i me my he him his she her hers which who whom whose what when where why how all any
    both each every some such very also just only even more most much many few other another same own
    said says say told tell added adds according if because while though although since until up out
    off again further once too now well get got lot lots really thing things way still back
    ever never always""".split()
)


_SUFFIXES = (
    "ations",
    "ation",
    "tions",
    "tion",
    "ments",
    "ment",
    "ings",
    "ing",
    "edly",
    "ed",
    "ies",
    "es",
    "s",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper so inflections and derivations align across outlets
    ("releases"/"release", "reduction"/"reducing", "committed"/"commitment"); not a
    linguistic stemmer."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)] + ("y" if suf == "ies" else "")
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


@dataclass(slots=True)
class Words:
    """A text cut into words: surface forms, normalised keys and content words."""

    surface: list[str]
    keys: list[str]
    _content: frozenset[str] | None = None
    #: (the idf table it was weighed with, the content words' total weight): a quote is
    #: compared with many others under one table
    _weight: tuple[object, float] | None = None
    _numbers: frozenset[str] | None = None
    #: where each key occurs (ascending positions), for longest_match
    _where: dict[str, list[int]] | None = None

    def where(self) -> dict[str, list[int]]:
        if self._where is None:
            where: dict[str, list[int]] = {}
            for j, k in enumerate(self.keys):
                where.setdefault(k, []).append(j)
            self._where = where
        return self._where

    def content_weight(self, idf: dict[str, float] | None) -> float:
        if self._weight is None or self._weight[0] is not idf:
            ws = self.content()
            self._weight = (
                idf,
                math.fsum(map(idf.get, ws, repeat(1.0))) if idf else float(len(ws)),
            )
        return self._weight[1]

    def numbers(self) -> frozenset[str]:
        if self._numbers is None:
            self._numbers = frozenset(k for k in self.keys if k[:1].isdigit())
        return self._numbers

    @classmethod
    def of(cls, text: str) -> Words:
        surface = [m.group(0) for m in _WORD.finditer(text) if _ALNUM.match(m.group(0))]
        return cls(surface, [stem(w) for w in surface])

    def content(self) -> frozenset[str]:
        if self._content is None:
            self._content = frozenset(
                k
                for k, w in zip(self.keys, self.surface)
                if w.lower() not in STOPWORDS and len(k) > 1
            )
        return self._content


def similarity(a: Words, b: Words, idf: dict[str, float] | None = None) -> float:
    """How much of the shorter version the longer one says, 0..1.

    0.7 x content-word containment (shared content words over the shorter version's,
    weighted by ``idf`` when given, so that the story's topic words count less than the
    rare words that make a statement recognisable) + 0.3 x word-order alignment (longest
    common subsequence of words over the shorter length). Containment, not symmetric
    overlap, is what makes a trimmed or excerpted quote match its full version; word
    order counts less because translation and paraphrase reorder freely.
    """
    if not a.keys or not b.keys:
        return 0.0
    return _with_order(a, b, _content_part(a, b, idf))


def _with_order(a: Words, b: Words, part: tuple[float, float] | None) -> float:
    lcs = LCSseq.similarity(a.keys, b.keys)
    order = lcs / min(len(a.keys), len(b.keys))
    if part is None:
        return order * 0.3
    content, penalty = part
    return max(0.0, 0.7 * content + 0.3 * order - penalty)


def _content_part(a: Words, b: Words, idf: dict[str, float] | None) -> tuple[float, float] | None:
    """(content-word containment, number penalty) of :func:`similarity`; None when
    either version has no content word."""
    ca, cb = a.content(), b.content()
    if not ca or not cb:
        return None
    shared = ca & cb
    # fsum is exact, so the result does not depend on the set's (hash-seeded) order
    both = math.fsum(map(idf.get, shared, repeat(1.0))) if idf else float(len(shared))
    content = both / min(a.content_weight(idf), b.content_weight(idf))
    # Figures survive translation and paraphrase: a number one version gives and the
    # other lacks is evidence of two different statements.
    na, nb = a.numbers(), b.numbers()
    penalty = min(0.15, 0.05 * len(na ^ nb)) if (na or nb) else 0.0
    return content, penalty


def similarity_at_most(a: Words, b: Words, idf: dict[str, float] | None = None) -> float:
    """An upper bound of :func:`similarity` without the word alignment (taken as perfect):
    never below it, so a pair whose bound misses a bar misses it (most candidate pairs
    of a big corpus do, and the alignment is the costly part)."""
    if not a.keys or not b.keys:
        return 0.0
    return _bound(_content_part(a, b, idf))


def _bound(part: tuple[float, float] | None) -> float:
    if part is None:
        return 0.3
    content, penalty = part
    return max(0.0, 0.7 * content + 0.3 - penalty)


def similarity_from(a: Words, b: Words, idf: dict[str, float] | None, bar: float) -> float | None:
    """:func:`similarity`, or None when :func:`similarity_at_most` is below ``bar`` (then
    so is the similarity, and the alignment is skipped)."""
    if not a.keys or not b.keys:
        return None if bar > 0.0 else 0.0
    part = _content_part(a, b, idf)
    if _bound(part) < bar:
        return None
    return _with_order(a, b, part)


def diff(a: Words, b: Words) -> list[DiffOp]:
    """Word-level diff from version ``a`` to version ``b``.

    Entries are ``["equal", text]``, ``["delete", text_in_a]``, ``["insert", text_in_b]``
    and ``["replace", text_in_a, text_in_b]``.
    """
    out: list[DiffOp] = []
    for op in Levenshtein.opcodes(a.keys, b.keys):
        tag = op.tag
        if tag == "equal":
            out.append(["equal", " ".join(a.surface[op.src_start : op.src_end])])
        elif tag == "delete":
            out.append(["delete", " ".join(a.surface[op.src_start : op.src_end])])
        elif tag == "insert":
            out.append(["insert", " ".join(b.surface[op.dest_start : op.dest_end])])
        else:
            out.append(
                [
                    "replace",
                    " ".join(a.surface[op.src_start : op.src_end]),
                    " ".join(b.surface[op.dest_start : op.dest_end]),
                ]
            )
    return out


def longest_match(a: Words, b: Words) -> tuple[int, int]:
    """``(start in a, length)`` of the longest unbroken run of words the two versions
    share: the earliest in ``a`` among the longest, as ``difflib.SequenceMatcher(None,
    a.keys, b.keys, autojunk=False).find_longest_match()`` finds it (the same dynamic
    programme over b's positions per word, with b's index built once per version rather
    than once per pair: a corpus compares each quote with many others)."""
    where = b.where()
    best_i = best = 0
    run: dict[int, int] = {}
    for i, k in enumerate(a.keys):
        nxt: dict[int, int] = {}
        for j in where.get(k, ()):
            n = nxt[j] = run.get(j - 1, 0) + 1
            if n > best:
                best_i, best = i - n + 1, n
        run = nxt
    return best_i, best


def has_run(a: Words, b: Words, n: int) -> bool:
    """Whether the two versions share an unbroken run of ``n`` words or more
    (``longest_run(a, b) >= n``, stopping at the first such run)."""
    if n <= 0:
        return True
    where = b.where()
    run: dict[int, int] = {}
    for k in a.keys:
        nxt: dict[int, int] = {}
        for j in where.get(k, ()):
            m = nxt[j] = run.get(j - 1, 0) + 1
            if m >= n:
                return True
        run = nxt
    return False


def longest_run(a: Words, b: Words) -> int:
    """Length in words of the longest unbroken stretch the two versions share."""
    if not a.keys or not b.keys:
        return 0
    return longest_match(a, b)[1]


def relation(a: Words, b: Words, kind_a: str, kind_b: str) -> Relation:
    """verbatim | trimmed | reworded | direct-indirect.

    - direct-indirect: one outlet quotes, the other paraphrases (an ``indirect`` statement);
    - verbatim: the same words (case and punctuation aside);
    - trimmed: one version is (almost) a contiguous excerpt of the other: at least 90 % of
      the shorter version's words appear, in order, in the longer, half of them as one
      unbroken run;
    - reworded: anything else (translation, paraphrase, reordering).
    """
    if (kind_a == "indirect") != (kind_b == "indirect"):
        return DIRECT_INDIRECT
    if a.keys == b.keys:
        return VERBATIM
    short = min(len(a.keys), len(b.keys))
    if (
        short
        and LCSseq.similarity(a.keys, b.keys) >= 0.9 * short
        and longest_run(a, b) >= 0.5 * short
    ):
        return TRIMMED
    return REWORDED


def group_relation(pair_relations: list[Relation]) -> Relation:
    """One word for a group: the loosest relation among its pairs."""
    for r in (DIRECT_INDIRECT, REWORDED, TRIMMED, VERBATIM):
        if r in pair_relations:
            return r
    return SINGLE


# -- marks: the words of each version to highlight ----------------------------------------

_SPACED = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’«»„‚.,;:!?()[]{}…—–-"


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated word of ``text``, punctuation attached."""
    return [m.span() for m in _SPACED.finditer(text)]


def _mark_key(word: str) -> str:
    w = word.strip(_EDGE_PUNCT)
    return stem(w) if w else word


def changed_words(reference: str, text: str) -> list[bool]:
    """For each word of ``text`` (:func:`word_spans`): True when the aligned ``reference``
    does not have it (compared lower-cased, edge punctuation stripped, lightly stemmed, so
    "prisoners," and "prisoner" match). The alignment keeps the longest common word
    sequence (insertions and deletions, no substitutions)."""
    ka = [_mark_key(reference[s:e]) for s, e in word_spans(reference)]
    kb = [_mark_key(text[s:e]) for s, e in word_spans(text)]
    changed = [True] * len(kb)
    for op in Indel.opcodes(ka, kb):
        if op.tag == "equal":
            for k in range(op.dest_start, op.dest_end):
                changed[k] = False
    return changed


def version_marks(texts: list[str]) -> list[list[bool] | None]:
    """For each version of one statement, the words to highlight (one flag per word of
    :func:`word_spans`): in the first, the words at least one other version lacks; in
    each other, the words the first lacks. None each when there is one version."""
    if len(texts) < 2:
        return [None] * len(texts)
    first = texts[0]
    others = [changed_words(t, first) for t in texts[1:]]
    marks: list[list[bool] | None] = [[any(col) for col in zip(*others)]]
    return marks + [changed_words(first, t) for t in texts[1:]]


def invert_ops(ops: list[DiffOp]) -> list[DiffOp]:
    """A :func:`diff` from ``a`` to ``b`` turned into the diff from ``b`` to ``a``."""
    out = []
    for op in ops:
        if not op:
            continue
        tag = op[0]
        if tag == "insert":
            out.append(["delete", *op[1:2]])
        elif tag == "delete":
            out.append(["insert", *op[1:2]])
        elif tag == "replace" and len(op) >= 3:
            out.append(["replace", op[2], op[1]])
        else:
            out.append(list(op))
    return out
