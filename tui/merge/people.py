"""Which person a bare name stands for: ``resolve_bare_names``.

A story often names several people who share a surname (Bill and Hillary Clinton,
Barack and Michelle Obama, George W. and Jeb Bush). A bare surname ("Clinton", "Mrs.
Clinton", "President Clinton"), or a given name used alone ("Hillary"), is decided per
mention, by the evidence a careful reader uses, strongest first:

1. **Sex.** An honorific or gendered title before it ("Mrs.", "Mr.", "Congresswoman")
   or a gendered role ("first lady") rules out the people of the other sex: "Mrs. X"
   never links to a man, "Mr. X" never to a woman. A person's sex is known from their
   given name (the given-name table) or a gendered role the story gives them.
2. **Office.** A title or role that names an office ("President Clinton", "Sen.
   Sanders") keeps the people whose roles in the story name that office, whatever its
   time ("former President Bill Clinton"); a name used for a government or an era ("the
   Clinton administration", "the Bush years") keeps those who held a leading office.
   Where no candidate held the office the story knows of, the mention is another person
   of that name ("President Johnson" of 1968 is not the living Gary Johnson).
3. **Salience in the article.** Otherwise the person the article has named most, and
   most recently, before the mention (a headline looks ahead instead); a nearby
   pronoun's sex weighs in ("Clinton said she ..."). An article that names none of them
   falls back on the story: the person it names far more often than the others.

When the evidence leaves more than one person, the mention is not guessed: it goes to a
surname-only actor marked ambiguous (``Actor.candidates``), which the actors pane shows
as such. A mention the evidence rules every candidate out for goes to a surname-only
actor of its own (another person of that name).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from tui.analysis.actor_words import HONORIFICS, LEADER_OFFICES, ROLE_MODIFIERS, TITLE_WORDS
from tui.analysis.persons import (
    first_name_gender,
    gender_before,
    names_a_government,
    pronoun_gender,
    role_gender,
    role_offices,
)

#: a candidate is chosen by salience only when it outweighs the next one this many times
DECISIVE = 2.0
#: how much a mention's weight keeps per paragraph of distance
PARAGRAPH_DECAY = 0.8
#: the weight of the story's share of full-name mentions (who the story is about), against
#: a mention of the candidate in the same paragraph (1)
STORY_WEIGHT = 0.5
#: a pronoun of the candidate's sex after the mention multiplies its weight by this (and one
#: of the other sex divides it)
PRONOUN_WEIGHT = 3.0
#: a sentence that names a year this many years before the article tells history
HISTORY_YEARS = 20
#: how far after a mention a pronoun is looked for (characters, within its paragraph)
PRONOUN_REACH = 160


_PARTICLES = frozenset(
    "al el ul ad ud bin ibn bint abu van von der den de del della di da du dos das le la mc".split()
)


def person_tokens(n: str) -> list[str]:
    """The name words of a person (``n`` normalised): no initials ("george w bush" ->
    george, bush) and no particles ("al-baghdadi" -> baghdadi, so it meets "Abu Bakr
    al-Baghdadi" as a surname), except a particle that is a given name ("al gore")."""
    toks = [t for t in n.replace("-", " ").split() if t]
    given = len(toks) == 2 and n.startswith(("al ", "el "))
    core = [
        t for i, t in enumerate(toks) if len(t) > 1 and (t not in _PARTICLES or (given and i == 0))
    ]
    return core or toks


_PARAGRAPH_BREAK = re.compile(r"\n\n")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


@dataclass(slots=True)
class _Person:
    """What the story says about one candidate (a full name's actor)."""

    #: the votes for the person's sex (M/F) from their given name and gendered roles
    votes: Counter = field(default_factory=Counter)
    #: (article, start, end) of full-name mentions that open a clause: the pronoun after
    #: each votes too, counted only when the sex is asked for (see ``sex``)
    subjects: list[tuple[int, int, int]] = field(default_factory=list)
    decided: bool = False
    gender: str | None = None

    def sex(self, arts) -> str | None:
        """M or F when the votes make it clear (the pronouns only asked when needed)."""
        if not self.decided:
            self.decided = True
            v = self.votes
            for ai, _s, e in self.subjects:
                art = arts[ai]
                g = pronoun_gender(art.body, e, art.pronoun_stop(e))
                if g:
                    v[g] += 1
            if v:
                top = v.most_common(2)
                if len(top) == 1 or top[0][1] > 2 * top[1][1]:
                    self.gender = top[0][0]
        return self.gender

    offices: set[str] = field(default_factory=set)
    story_count: int = 0
    #: article index -> positions (mention start) of its full-name mentions there
    at: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))


@dataclass(slots=True)
class BareNames:
    """The outcome: an item's root for every bare name decided or left ambiguous, and
    the candidate roots of each ambiguous (pseudo-)root."""

    root: dict[int, tuple] = field(default_factory=dict)
    candidates: dict[tuple, set[tuple]] = field(default_factory=dict)


def resolve_bare_names(items, key, root_of, full_names, articles, skip) -> BareNames:
    """Decide the person behind every bare surname and lone given name.

    ``items``: (article index, position, mention, normalised surface) of every mention;
    ``key``/``root_of``: the surfaces' union-find keys and their roots; ``full_names``:
    normalised person full names -> their name tokens; ``skip``: surfaces a config rule
    settles. Returns the roots chosen by item index (items not listed keep their own)."""
    by_last, by_first = _name_index(full_names, key, root_of)
    out = BareNames()
    bare_by_article: dict[int, list[tuple[int, list[tuple]]]] = defaultdict(list)
    needed: set[tuple] = set()  # the people some bare name may stand for
    tokens: dict[str, list[str]] = {}
    for idx, (ai, _, _m, n) in enumerate(items):
        if key[n][1] != "PERSON" or n in full_names or n in skip:
            continue
        toks = tokens.get(n)
        if toks is None:
            toks = tokens[n] = person_tokens(n)
        if len(toks) != 1:
            continue
        cands = by_last.get(toks[0]) or by_first.get(toks[0])
        if cands:
            bare_by_article[ai].append((idx, sorted(cands)))
            needed |= cands
    if not needed:
        return out
    arts = _articles(items, key, articles)
    people = _profiles(items, key, root_of, full_names, arts, needed)
    for ai, bare in bare_by_article.items():
        _resolve_article(arts[ai], bare, items, people, arts, out)
    return out


def _articles(items, key, articles) -> dict[int, _Article]:
    """The articles that name people, with where they name them."""
    starts: dict[int, list[int]] = defaultdict(list)
    for ai, _, m, n in items:
        if key[n][1] == "PERSON":
            starts[ai].append(m.start)  # (items come in text order within an article)
    return {
        ai: _Article(ai, articles[ai].body, pos, articles[ai].published)
        for ai, pos in starts.items()
    }


@dataclass(slots=True)
class _Article:
    index: int
    body: str
    person_starts: list[int]  # sorted
    published: Any = None  # the article's date, when known
    breaks: list[int] | None = None  # where its paragraphs break, found on first use

    def paragraph(self, pos: int) -> int:
        """The number of the paragraph ``pos`` stands in (0 for the first)."""
        if self.breaks is None:
            self.breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.body)]
        return bisect.bisect_right(self.breaks, pos)

    def long_ago(self, pos: int) -> bool:
        """Does the sentence at ``pos`` date what it tells to a generation before the
        article ("... signed the Voting Rights Act in 1965")?"""
        if self.published is None:
            return False
        from tui.analysis.text import sentence_spans

        for s, e in sentence_spans(self.body):
            if s <= pos < e:
                years = [int(y) for y in _YEAR.findall(self.body, s, e)]
                return any(y <= self.published.year - HISTORY_YEARS for y in years)
        return False

    def pronoun_stop(self, end: int) -> int:
        """Where a pronoun after a mention ending at ``end`` may still refer to it: the
        next person named, the end of the paragraph or PRONOUN_REACH, whichever is first."""
        i = bisect.bisect_right(self.person_starts, end)
        stop = self.person_starts[i] if i < len(self.person_starts) else len(self.body)
        para = self.body.find("\n", end, end + PRONOUN_REACH)
        return min(stop, para if para >= 0 else end + PRONOUN_REACH, len(self.body))


def _name_index(full_names, key, root_of):
    """Surname -> roots of the full names ending with it; given name -> roots of those
    opening with it."""
    by_last: dict[str, set[tuple]] = defaultdict(set)
    by_first: dict[str, set[tuple]] = defaultdict(set)
    for n, toks in full_names.items():
        k = key[n]
        r = root_of(k, k)
        by_last[toks[-1]].add(r)
        by_first[toks[0]].add(r)
    return by_last, by_first


def _profiles(items, key, root_of, full_names, arts, needed) -> dict[tuple, _Person]:
    """The sex, offices, and where the story names them in full, of the ``needed`` people.
    The sex is a vote across the story: the given name (the given-name table) and a
    gendered role count twice, the pronoun after a full name that is the subject of its
    clause once ("Barack Obama said he ...")."""
    people: dict[tuple, _Person] = defaultdict(_Person)
    for ai, _, m, n in items:
        toks = full_names.get(n)
        if toks is None:
            continue
        k = key[n]
        r = root_of(k, k)
        if r not in needed:
            continue
        p = people[r]
        p.story_count += 1
        p.at[ai].append(m.start)
        p.offices |= role_offices(m.role)
        for g in (first_name_gender(m.text.split()[0]), role_gender(m.role)):
            if g:
                p.votes[g] += 2
        if not p.votes and _opens_clause(arts[ai].body, m.start):
            p.subjects.append((ai, m.start, m.end))
    return people


def _resolve_article(art: _Article, bare, items, people, arts, out: BareNames) -> None:
    """Decide the bare names of one article in text order: the hard evidence (sex,
    office) first, so that what it decides counts towards the salience of the rest."""
    decided: dict[tuple, list[int]] = defaultdict(list)  # root -> positions decided here
    soft = []
    for idx, cands in bare:
        m = items[idx][2]
        left = _hard_filter(m, cands, art, people, arts)
        if len(left) == 1:
            out.root[idx] = left[0]
            decided[left[0]].append(m.start)
        elif left:
            soft.append((idx, left))
        # none left: another person of that name, the surface's own actor
    for idx, left in soft:
        m = items[idx][2]
        best = _by_salience(art, m, left, people, arts, decided)
        if best is not None:
            out.root[idx] = best
            decided[best].append(m.start)
        else:
            pseudo = (items[idx][3], "?")
            out.root[idx] = pseudo
            out.candidates.setdefault(pseudo, set()).update(left)


def _hard_filter(m, cands, art: _Article, people, arts) -> list[tuple]:
    """The candidates the mention's sex and office leave. An office title on a mention
    set a generation back ("President Johnson signed it in 1965") needs a candidate the
    story gives that office: a living namesake does not absorb a historical person."""
    body = art.body
    g = gender_before(body, m.start) or role_gender(m.role)
    left = [c for c in cands if g is None or people[c].sex(arts) in (None, g)]
    if m.role and re.search(
        r"\b(?:a|an)[ \t]+" + re.escape(m.role) + r"[ \t]+$", body[max(0, m.start - 80) : m.start]
    ):
        return left  # "a President Clinton": whoever may hold the office, not who held it
    offices = role_offices(m.role)
    if not offices and names_a_government(body, m.start, m.end):
        offices = LEADER_OFFICES
    if offices and left:
        held = [c for c in left if people[c].offices & offices]
        if not _titled(body, m):
            # an apposition describes ("Mrs. Clinton, the first working mother to serve
            # as first lady"): it prefers those who held the office, excludes no one
            return held or left
        unknown = [c for c in left if not people[c].offices]
        if not held and unknown and art.long_ago(m.start):
            unknown = []
        left = held or unknown
    return left


def _titled(body: str, m) -> bool:
    """Is the mention's role a title right before it ("President Clinton")?"""
    return bool(m.role) and body[max(0, m.start - len(m.role) - 2) : m.start].rstrip().endswith(
        m.role
    )


def _by_salience(art: _Article, m, cands, people, arts, decided) -> tuple | None:
    """The candidate the article makes salient at the mention, or None if none stands out.

    A candidate's weight: its mentions before this one, each less the more paragraphs
    away (how recently), its share of the article's mentions of them all (how often),
    and its share of the story's full-name mentions (who the story is about); a pronoun
    after the mention weighs for the candidate of its sex."""
    here = {c: list(people[c].at.get(art.index, ())) + decided.get(c, []) for c in cands}
    in_article = sum(len(v) for v in here.values())
    in_story = sum(people[c].story_count for c in cands)
    weights = {}
    for c in cands:
        at = art.paragraph(m.start)
        recency = sum(PARAGRAPH_DECAY ** (at - art.paragraph(p)) for p in here[c] if p < m.start)
        often = len(here[c]) / in_article if in_article else 0.0
        prior = people[c].story_count / in_story if in_story else 0.0
        weights[c] = recency + often + STORY_WEIGHT * prior
    g = None
    if _opens_clause(art.body, m.start):
        # "Clinton said she ...": the pronoun after a subject refers back to it (after an
        # object, "he gave Clinton after he ...", it most often refers to the subject)
        g = pronoun_gender(art.body, m.end, art.pronoun_stop(m.end))
    if g is not None:
        for c in cands:
            if people[c].sex(arts) == g:
                weights[c] *= PRONOUN_WEIGHT
            elif people[c].sex(arts) is not None:
                weights[c] /= PRONOUN_WEIGHT
    ranked = sorted(cands, key=lambda c: -weights[c])
    first, second = weights[ranked[0]], weights[ranked[1]]
    if first > 0 and first >= DECISIVE * second:
        return ranked[0]
    return None


_CLAUSE_OPENERS = frozenset(
    "and but or that when while as because after before since if though although where so".split()
)


def _opens_clause(body: str, start: int) -> bool:
    """Does the name at ``start`` open its sentence or clause (so it is likely the
    subject)? A title before it belongs to it ("President Barack Obama said he ...")."""
    before = body[max(0, start - 60) : start]
    words = before.split()
    while words and _title_word(words[-1]):
        before = before[: before.rstrip().rfind(words.pop())]
    before = before.rstrip(" \t“\"‘'")
    if (not before and start < 60) or (before and before[-1] in ".!?;:,\n—("):
        return True
    return bool(words) and words[-1].lower() in _CLAUSE_OPENERS


def _title_word(word: str) -> bool:
    w = word.lower()
    return word[:1].isupper() and (w in TITLE_WORDS or w in HONORIFICS or w in ROLE_MODIFIERS)
