"""People named in a text, with a guess at each one's grammatical gender, for pronoun
resolution ("he said" -> the most recent compatible person named before it).

Works without the actor extractor: a person is a capitalised run that follows a title
("Sen. Ted Cruz", "Mrs. Clinton"), a speaker found in a cue frame, a PERSON mention, or a
two-to-three word capitalised name; later single-word references to the same surname
("Cruz") are occurrences of that person. Gender comes from honorifics (Mr./Mrs./Ms.)
and, failing those, from which of he/she the text uses right after the person's name
(a document-wide vote, so one odd sentence does not decide).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from tui.analysis.actor_words import FEMALE_WORDS, LEADER_NOUNS, MALE_WORDS, OFFICES
from tui.analysis.speakers import _NOT_NAMES, ORG_HEADS, TITLES

if TYPE_CHECKING:
    from tui.analysis.gazetteer import Gazetteer

# A capitalised run of up to five words (with name particles), bounded: no nested
# unbounded quantifiers.
_RUN = re.compile(
    r"(?<![\w’'\-])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev)?\.?[ \t]?"
    r"[A-Z][\w’'\-]*(?:[ \t]+(?:(?:de|van|von|bin|al|la|le|der|da|del)[ \t]+)?(?:[A-Z]\.[ \t]+)?[A-Z][\w’'\-]*){0,4}"
)
_MALE_TITLES = frozenset(
    "mr mr. sir lord king prince father congressman councilman spokesman chairman businessman".split()
)
_FEMALE_TITLES = frozenset(
    "mrs mrs. ms ms. miss madam lady queen princess congresswoman councilwoman spokeswoman chairwoman businesswoman".split()
)
# First names that overwhelmingly belong to one sex (US Census 1990 first-name files;
# built by scripts/build_name_genders.py): "Barack Obama" cannot be "she".
_FIRST_NAME_VOTES = 2


def _name_genders() -> dict[str, str]:
    global _GENDERS
    if _GENDERS is None:
        import gzip
        from pathlib import Path

        out: dict[str, str] = {}
        try:
            raw = gzip.decompress(
                (
                    Path(__file__).resolve().parent / "data" / "given_name_genders.txt.gz"
                ).read_bytes()
            )
            for ln in raw.decode("utf-8").splitlines():
                name, _, g = ln.partition("\t")
                if g in ("M", "F"):
                    out[name] = g
        except OSError:  # a broken install degrades to honorifics and pronoun votes
            pass
        _GENDERS = out
    return _GENDERS


_GENDERS: dict[str, str] | None = None


def first_name_gender(word: str) -> str | None:
    """M or F for a first name that is clearly one sex's ("Hillary" -> F), else None."""
    return _name_genders().get(word[:1].upper() + word[1:].lower()) if word else None


_HE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]ers)\b")
_PLACE_HINTS = frozenset(
    """new north south east west san los las fort saint st. lake mount united great county city state
    street avenue island islands republic kingdom""".split()
)


def _clean(word: str) -> str:
    for suf in ("’s", "'s", "’", "'"):
        if word.endswith(suf):
            return word[: -len(suf)]
    return word


def is_person_name(name: str) -> bool:
    """Could this capitalised phrase name a person? Not a place ("Colorado", "U.S."), a
    nationality or party word ("Republican", "Afghans"), a known organisation, or a
    capitalised sentence opener ("Soon", "The day before")."""
    from tui.analysis.gazetteer import gazetteer

    gz = gazetteer()
    words = [_clean(w) for w in name.split()]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if (
        name in gz.places
        or words[-1] in gz.demonyms
        or name in gz.organisations
        or words[-1] in gz.organisations
    ):
        return False
    if words[0].lower() in _NOT_NAMES or words[-1].lower() in _PARTY_WORDS:
        return False
    if len(words) == 1 and words[0].lower() in gz.common_words and words[0] not in gz.surnames:
        return False
    return not any(w.lower() in ORG_HEADS for w in words)


_PARTY_WORDS = frozenset(
    "republican republicans democrat democrats democratic gop conservative conservatives liberal liberals".split()
)


#: A capitalised run that may name a person: (start, end, its name words, the title
#: before them, lower case, or None).
_Candidate = tuple[int, int, list[str], str | None]


def _known_persons(known: list[tuple[int, int, str]]) -> set[str]:
    """The surname keys (lower case) of the names known to be people."""
    persons: set[str] = set()
    for _s, _e, surface in known:
        words = [_clean(w) for w in surface.split() if w[:1].isupper()]
        if words and is_person_name(" ".join(words)):
            persons.add(words[-1].lower())
    return persons


def _candidate(m: re.Match, text: str, gz: Gazetteer) -> _Candidate | None:
    """The run ``m`` with its sentence openers and titles taken off, or None when what is
    left names no one (an organisation, a place, a party, a people, no letters)."""
    words = m.group(0).split()
    title = None
    ws = [_clean(w) for w in words]
    # drop leading sentence openers and titles
    while ws and (
        ws[0].lower() in _NOT_NAMES
        or ws[0].lower().rstrip(".") in TITLES
        or ws[0].lower() in TITLES
    ):
        if ws[0].lower().rstrip(".") in TITLES or ws[0].lower() in TITLES:
            title = ws[0].lower()
        ws = ws[1:]
    if (
        not ws
        or any(w.lower() in ORG_HEADS for w in ws)
        or ws[0].lower() in _PLACE_HINTS
        or ws[-1].lower() in _PARTY_WORDS  # "Republican presidential candidate"
    ):
        return None
    if ws[-1] in gz.demonyms or ws[-1] in gz.organisations or " ".join(ws) in gz.places:
        return None  # "Afghan", "Taliban", "New York": not people
    if any(not w[:1].isalpha() for w in ws):
        return None
    if title is None:
        # a lower-case role word right before: "spokesman Zabihullah Mujahid"
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and before[-1].lower() in TITLES:
            title = before[-1].lower()
    return (m.start() + m.group(0).find(words[len(words) - len(ws)]), m.end(), ws, title)


def _names_person(c: _Candidate, run_start: int, text: str, gz: Gazetteer) -> bool:
    """Whether the candidate ``c`` (of the run at ``run_start``) is enough to take its
    surname for a person's: a title, a name of two or three words that reads as one, or a
    known name opening a sentence."""
    _s, _e, ws, title = c
    if (
        title is not None
        or 2 <= len(ws) <= 3
        and (
            ws[0] in gz.given_names
            or ws[-1] in gz.surnames
            or not any(w.lower() in gz.common_words for w in ws)
        )
    ):
        return True
    # a lone surname opening a sentence or paragraph: "Scott responded …"
    return (
        len(ws) == 1
        and (ws[0] in gz.surnames or ws[0] in gz.given_names)
        and text[max(0, run_start - 4) : run_start].rstrip(' \t"“(')[-1:]
        in ("", ".", "!", "?", "\n")
    )


def _occurrences(
    candidates: list[_Candidate], persons: set[str]
) -> tuple[list[tuple[int, int, str]], dict[str, str], dict[str, list[int]]]:
    """Of the candidates whose surname is a person's: the occurrences (start, end, surname
    key) in text order, the fullest form of each surname, and the gender votes of first
    names and titles (key -> [male, female])."""
    full: dict[str, str] = {}  # surname (lower) -> fullest form seen
    occ: list[tuple[int, int, str]] = []  # (start, end, surname key)
    gender: dict[str, list[int]] = {}  # key -> [male votes, female votes]
    for s, e, ws, title in candidates:
        key = ws[-1].lower()
        if key not in persons:
            continue
        if len(ws) > len(full.get(key, "").split()):
            full[key] = " ".join(ws)
        occ.append((s, e, key))
        if len(ws) >= 2 and (fg := first_name_gender(ws[0])) is not None:
            g = gender.setdefault(key, [0, 0])
            g[0 if fg == "M" else 1] += _FIRST_NAME_VOTES
        if title is not None:
            g = gender.setdefault(key, [0, 0])
            if title in _MALE_TITLES:
                g[0] += 3
            elif title in _FEMALE_TITLES:
                g[1] += 3
    occ.sort()
    return occ, full, gender


def _pronoun_votes(
    text: str, occ: list[tuple[int, int, str]], gender: dict[str, list[int]]
) -> None:
    """Add to ``gender`` the vote of the first he/she/his/her after each occurrence of a
    person's name, before the next name."""
    for i, (_s, e, key) in enumerate(occ):
        nxt = occ[i + 1][0] if i + 1 < len(occ) else len(text)
        he = _HE.search(text, e, min(nxt, e + 250))
        if he:
            g = gender.setdefault(key, [0, 0])
            w = he.group(0).lower()
            if w in ("he", "his", "him"):
                g[0] += 1
            else:
                g[1] += 1


class PersonIndex:
    def __init__(self, text: str, known: list[tuple[int, int, str]] | None = None):
        """``known``: (start, end, surface) of names known to be people (speakers, PERSON
        mentions)."""
        from tui.analysis.gazetteer import gazetteer

        gz = gazetteer()
        self.text = text
        persons = _known_persons(known or [])
        candidates: list[_Candidate] = []
        for m in _RUN.finditer(text):
            c = _candidate(m, text, gz)
            if c is None:
                continue
            if _names_person(c, m.start(), text, gz):
                persons.add(c[2][-1].lower())
            candidates.append(c)
        self.occ, self.full, self.gender = _occurrences(candidates, persons)
        self.starts = [o[0] for o in self.occ]
        _pronoun_votes(text, self.occ, self.gender)

    def _gender_of(self, key: str) -> str | None:
        g = self.gender.get(key)
        if not g or g[0] == g[1]:
            return None
        return "M" if g[0] > g[1] else "F"

    def resolve(
        self, pos: int, want: str, skip: tuple[int, int] | None = None
    ) -> tuple[str, int, int] | None:
        """The most recent person before ``pos`` compatible with gender ``want`` (M/F)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        n = 0
        while i >= 0 and n < 40:
            s, e, key = self.occ[i]
            i -= 1
            n += 1
            if e > pos or (skip and skip[0] <= s < skip[1]):
                continue
            g = self._gender_of(key)
            if g is None or g == want:
                name = _clean(self.text[s:e])
                return (name, s, s + len(name))
        return None

    def compatible(self, name: str, want: str) -> bool:
        words = name.split()
        if not words:
            return True
        if len(words) >= 2:
            # a first name settles it for this mention: "Bill Clinton" is not "she", even
            # in a text where "Clinton" is mostly Hillary
            fg = first_name_gender(_clean(words[0]))
            if fg is not None:
                return fg == want
        g = self._gender_of(_clean(words[-1]).lower())
        return g is None or g == want

    def last_seen(self, name: str, pos: int) -> int | None:
        """Where the person called ``name`` (by surname) was last named before ``pos``."""
        words = name.split()
        if not words:
            return None
        key = _clean(words[-1]).lower()
        i = bisect.bisect_left(self.starts, pos) - 1
        n = 0
        while i >= 0 and n < 200:
            s, e, k = self.occ[i]
            if k == key and e <= pos:
                return s
            i -= 1
            n += 1
        return None

    def recent(self, pos: int, ok) -> tuple[str, int, int] | None:
        """The most recent person occurrence before ``pos`` whose (surface, start, end)
        satisfies ``ok``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        n = 0
        while i >= 0 and n < 40:
            s, e, key = self.occ[i]
            i -= 1
            n += 1
            if e > pos:
                continue
            surface = _clean(self.text[s:e])
            c = (surface, s, s + len(surface))
            if ok(c):
                return c
        return None


# --------------------------------------------------------------------------- evidence
# What the words around one mention of a name say about the person it stands for; the
# corpus merge weighs it to tell apart people who share a surname (tui/merge/people.py).

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.-]*)[ \t]+$")
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_LEADER_AFTER = re.compile(r"(?:['’]s?)?[ \t]+(?:" + "|".join(LEADER_NOUNS) + r")\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:(?:early|late|first|second|last)[ \t]+)?$")
_OFFICE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(k) for k in sorted(OFFICES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def word_gender(word: str) -> str | None:
    """M or F for a word of address or a role word that says the sex ("Mrs.", "spokeswoman")."""
    w = word.lower()
    if w in MALE_WORDS:
        return "M"
    if w in FEMALE_WORDS:
        return "F"
    return None


def gender_before(text: str, start: int) -> str | None:
    """The sex an honorific or gendered title right before a name says ("Mrs. Clinton",
    "Congresswoman Pelosi"), else None."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return word_gender(m.group(1)) if m else None


def role_gender(role: str | None) -> str | None:
    """The sex a role phrase says ("first lady", "his wife"), when it says one."""
    if not role:
        return None
    found = {word_gender(w.strip(".,")) for w in role.split()} - {None}
    return found.pop() if len(found) == 1 else None


def role_offices(role: str | None) -> frozenset[str]:
    """The offices a title or role phrase names ("former Secretary of State" -> secretary,
    "Sen." -> senator, "President-elect" -> president); "presidential nominee" names none."""
    if not role:
        return frozenset()
    return frozenset(OFFICES[m.group(0).lower()] for m in _OFFICE_WORDS.finditer(role))


def pronoun_gender(text: str, start: int, stop: int) -> str | None:
    """The sex of the first personal pronoun in ``text[start:stop]`` ("he" M, "her" F)."""
    m = _PRONOUN.search(text, start, max(start, stop))
    if m is None:
        return None
    return "F" if m.group(0).lower().startswith(("s", "her")) else "M"


def names_a_government(text: str, start: int, end: int) -> bool:
    """Is the name used for the government or era its holder led ("the Clinton
    administration", "the early Bush years")? Not "a Clinton presidency": one to come."""
    return bool(_LEADER_AFTER.match(text, end, min(len(text), end + 24))) and bool(
        _THE_BEFORE.search(text, max(0, start - 16), start)
    )
