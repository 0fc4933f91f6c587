"""Who said it: speech cues, speaker noun phrases, and pronoun/role-noun resolution.

Works on its own (capitalised name sequences, titles, appositions, role nouns,
pronouns) and prefers the actor extractor's mentions when they cover the speaker.
All positions are ``str`` indices into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.analysis.speech_words import (
    ABBREVIATIONS,
    APPOSITION_OPENERS,
    COMPLEMENT_PREPOSITIONS,
    CONNECTIVES,
    CONTRACTIONS,
    DETERMINERS,
    INDEFINITE_SPEAKERS,
    INDEFINITES,
    INDIRECT_VERBS,
    IRREGULAR_PASTS,
    NAME_JOINERS,
    NEVER_SPEAKERS,
    NOT_DESCRIPTORS,
    NOT_NAMES,
    NOT_SPEAKER_HEADS,
    OBJECT_PREPOSITIONS,
    ORG_HEADS,
    PHRASE_ENDS,
    PLACE_PREPOSITIONS,
    POSSESSED_HEADS,
    PREPOSITIONS,
    PRONOUN_CONTRACTIONS,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_DETERMINERS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SKIP_BEFORE_CUE,
    SPEAKER_WORDS,
    SPEECH_NOUNS,
    SPEECH_PLURALS,
    SPEECH_VERBS,
    STOP_WORDS,
    TITLES,
    WEEKDAYS,
    WH_WORDS,
)

# --- tokens -----------------------------------------------------------------------------

# Words (with inner apostrophes and hyphens), acronyms with periods (U.S., U.N.), or a
# single non-space character. No nested quantifiers over unbounded text.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'\-]\w+)*|[^\w\s]")


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    #: the text in lower case (read many times per token: kept, not recomputed)
    low: str = field(init=False, repr=False, compare=False)

    # written out (the generated one would call a __post_init__ for every token)
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()

    @property
    def cap(self) -> bool:
        c = self.text[0]
        return c.isupper() or (
            c.isdigit() is False and c.isalpha() and self.text[:3] in ("al-", "el-")
        )


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        t = m.group(0)
        if (
            t == "."
            and out
            and out[-1].end == s
            and (
                out[-1].low in ABBREVIATIONS or (len(out[-1].text) == 1 and out[-1].text.isupper())
            )
        ):
            prev = out[-1]
            out[-1] = Tok(text[prev.start : e], prev.start, e)
            continue
        out.append(Tok(t, s, e))
    return out


# --- lexicons ----------------------------------------------------------------------------

# How the words reached the outlet, kept with the cue: "said in a tweet".
_MEDIUM = re.compile(
    r"\s*,?\s*(?:(?:in|on|via|through|during)\s+(?:a|an|the|his|her|their|its|a\s+series\s+of|several)?\s*"
    r"(?:subsequent\s+|brief\s+|written\s+|separate\s+|joint\s+|later\s+|recent\s+|televised\s+)?"
    r"(?:tweets?|statements?|twitter(?:\s+post)?|facebook(?:\s+post)?|post|interview|news\s+conference|"
    r"press\s+conference|press\s+release|speech|email|e-mail|letter|video|message|briefing|phone\s+call|"
    r"telephone\s+interview|radio\s+interview|blog\s+post))",
    re.IGNORECASE,
)


def is_name_tok(t: Tok) -> bool:
    s = t.text
    if not s or not (s[0].isupper() or (s[0] == "@" and len(s) > 1)):
        return False
    if t.low.replace("’", "'") in CONTRACTIONS:
        return False  # "It's", "That's"
    return (
        s.lower().rstrip(".") not in NOT_NAMES
        or s.isupper()
        and len(s) > 1
        and s.lower() not in ("i", "it")
    )


def _person_like(run: list[Tok]) -> bool:
    """A run that reads as a person's name: a known first name or a title before a
    capitalised word ("Sen. Ted Cruz", "Dianne Feinstein"), and no institution word."""
    from tui.analysis.gazetteer import gazetteer

    if any(u.low in ORG_HEADS for u in run):
        return False
    given = gazetteer().given_names
    return any(
        (u.text in given or u.low in TITLES or u.low.rstrip(".") in TITLES)
        and i + 1 < len(run)
        and run[i + 1].text[0].isupper()
        for i, u in enumerate(run)
    )


def _is_place(name: str) -> bool:
    from tui.analysis.gazetteer import gazetteer

    gz = gazetteer()
    return (
        name in gz.places
        or name.split()[-1] in gz.places
        and name.split()[0].lower() in ("in", "at")
    )


_QUOTE_BOUNDARY = "\x00"  # a quoted stretch inside a frame (see tui.analysis.quotes)

# --- speaker phrases --------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    text: str
    start: int
    end: int
    kind: str  # name | org | pronoun | role
    head: str = ""  # lower-case head word (role noun or pronoun)


def _strip_titles(toks: list[Tok]) -> list[Tok]:
    """ "Secretary of State Mike Pompeo" -> Mike Pompeo; "Gen. Austin Miller" -> Austin Miller."""
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        if t.low in TITLES or t.low.rstrip(".") in TITLES:
            last_title = i
    if last_title < 0:
        return toks
    rest = toks[last_title + 1 :]
    # "Secretary of State X": skip "of" and one capitalised word
    if len(rest) >= 3 and rest[0].low == "of":
        rest = rest[2:]
    # Keep a title when what follows is not a person's name but an institution
    # ("the Office of the President"), or when nothing would remain.
    if not rest or not rest[0].text[0].isupper() or rest[-1].low in ORG_HEADS:
        return toks
    return rest


def _name_from_run(run: list[Tok]) -> list[Tok]:
    # a person "of" a place: "Sen. Dianne Feinstein of California" -> Dianne Feinstein
    # (an institution keeps its "of": "Office of the President")
    for x in range(1, len(run) - 1):
        if (
            run[x].low == "of"
            and _person_like(run[:x])
            and _is_place(" ".join(u.text for u in run[x + 1 :]))
        ):
            run = run[:x]
            break
    # drop joiners at the edges ("of the Taliban" -> "Taliban")
    while run and run[0].low in NAME_JOINERS and not run[0].text[0].isupper():
        run = run[1:]
    while run and run[-1].low in NAME_JOINERS:
        run = run[:-1]
    if len(run) > 1:
        run = _strip_titles(run)
    return run


def _possessive(t: Tok) -> bool:
    """ "Clinton's", "officials'"; not a contraction ("It's", "There's")."""
    return (t.text.endswith(("’s", "'s")) or t.text.endswith(("s’", "s'"))) and t.low.replace(
        "’", "'"
    ) not in CONTRACTIONS


def backward_speaker(text: str, toks: list[Tok], j: int, limit: int = 0) -> Speaker | None:
    """The speaker phrase that ends at token ``j`` (inclusive), read right to left.

    Handles "Khalilzad said", "the Security Council said", "Taliban spokesman Zabihullah
    Mujahid told", "Javid Faisal, spokesperson for the Office …, said", "the US envoy
    said", "he said", "Sen. Ted Cruz (R-Texas) said".
    """
    k = _subject_end(toks, j, limit)
    if k < limit:
        return None
    t = toks[k]
    if t.low in PRONOUNS or _pronoun_contraction(t):
        return _pronoun(t)
    if t.low in INDEFINITE_SPEAKERS and (
        k == limit or not toks[k - 1].text[0].isalnum() or toks[k - 1].low in ("and", "but")
    ):
        # "One said", "…, others argue" (not "Bolton and Gorka both denounced", "which
        # some have argued")
        return Speaker(t.text, t.start, t.end, "role", t.low)
    if t.low in ("who", "which") and k - 1 >= limit and toks[k - 1].text == ",":
        return _relative_antecedent(text, toks, k, limit)
    if t.text == ",":
        return _apposition_subject(text, toks, k, limit)
    if (
        is_name_tok(t)
        or t.text[0].isupper()
        and t.text.isupper()
        and len(t.text) > 1
        or k == j
        and _quote_then_name(toks, k, limit)
    ):
        return _name_before(text, toks, k, limit)
    if _role_noun(t.low) and t.text[0].islower():
        return _role_phrase(text, toks, k, limit)
    if t.text[0].isalnum() and t.low not in STOP_WORDS and not t.low.endswith("ly"):
        return _described_phrase(text, toks, k, limit)
    return None


def _quote_then_name(toks: list[Tok], k: int, limit: int) -> bool:
    """“…,” Read said / “…,” From said / “…,” May said: a capitalised word between a
    quotation and its cue is a name even when it is also a common word."""
    t = toks[k]
    return (
        t.text[:1].isupper()
        and (k == limit or toks[k - 1].text in (_QUOTE_BOUNDARY, ","))
        and t.low not in PRONOUNS
        and t.low not in DETERMINERS
        and t.low not in WEEKDAYS
        and t.low not in ("this", "that", "these", "those", "there", "here", "it")
    )


def _pronoun_contraction(t: Tok) -> bool:
    """ "He's said", "She’d told": a pronoun with its auxiliary."""
    return t.low.replace("’", "'") in PRONOUN_CONTRACTIONS


def _pronoun(t: Tok) -> Speaker:
    """The pronoun at ``t`` as a speaker; of a contraction, the pronoun alone."""
    head = PRONOUN_CONTRACTIONS.get(t.low.replace("’", "'"), t.low)
    n = len(head)
    return Speaker(t.text[:n], t.start, t.start + n, "pronoun", head)


def _role_noun(low: str) -> bool:
    """A role noun, singular or plural ("prosecutor", "prosecutors", "attorneys")."""
    return (
        low in ROLE_NOUNS
        or low.endswith("s")
        and (low[:-1] in ROLE_NOUNS or low.endswith("es") and low[:-2] in ROLE_NOUNS)
    )


def _subject_end(toks: list[Tok], j: int, limit: int) -> int:
    """Where the subject before a cue at ``j + 1`` ends: past adverbs and auxiliaries ("X
    also said", "X has said", "X, however, said"), a day ("Trump Tuesday said") and a
    parenthesis after the name ("Sen. Ted Cruz (R-Texas) said"). Below ``limit``: none."""
    k = j
    if (
        k - 3 >= limit
        and toks[k].text == ","
        and toks[k - 1].text == ")"
        and _party_tag(toks, k - 1)
    ):
        k -= 1  # "Gov. John Kasich (R-OH), said" (not "chairman of X (a PAC), tweeted")
    if (
        limit <= j < len(toks) - 1
        and toks[j].low in ("be", "been", "being", "is", "was", "are", "were")
        and not toks[j + 1].low.endswith("ing")
    ):
        return limit - 1  # a passive ("it should be noted", "might be added"): no subject
    steps = 0
    while k >= limit and steps < 6:
        t = toks[k]
        if t.low in WEEKDAYS and t.text[0].isupper() and k - 1 >= limit:
            # "Beck on Wednesday called", "Trump Tuesday said": a day, not the subject
            k -= 2 if toks[k - 1].low == "on" else 1
        elif (
            t.low in SKIP_BEFORE_CUE
            and t.text[0].islower()
            or t.text == ","
            and k - 1 >= limit
            and toks[k - 1].low in SKIP_BEFORE_CUE
        ):
            k -= 1
        else:
            break
        steps += 1
    if k >= limit and toks[k].text == ")":
        m = k - 1
        while m >= limit and toks[m].text != "(" and k - m < 12:
            m -= 1
        if m >= limit and toks[m].text == "(":
            k = m - 1
    return k


def _party_tag(toks: list[Tok], close: int) -> bool:
    """Is the parenthesis closing at ``close`` a party-and-state tag: "(R-OH)", "(D-Calif.)"?"""
    o = next((m for m in range(close - 1, max(-1, close - 6), -1) if toks[m].text == "("), None)
    return o is not None and (
        o + 2 < close
        and toks[o + 1].text in ("R", "D", "I")
        and toks[o + 2].text in ("-", "–")
        or _PARTY_TAG.match(toks[o + 1].text) is not None  # one token: "(R-OH)"
    )


_PARTY_TAG = re.compile(r"^[RDI][-–][A-Z]")


def _relative_antecedent(text: str, toks: list[Tok], k: int, limit: int) -> Speaker | None:
    """A relative clause: "Zalmay Khalilzad, U.S. special representative …, late Sunday,
    who said" -> the nearest name before it that heads an apposition (is followed by a
    comma)."""
    m = k - 2
    first = None
    while m >= limit and k - m < 40 and toks[m].text not in (_QUOTE_BOUNDARY, ".", ";"):
        if toks[m + 1].text == "," and is_name_tok(toks[m]):
            head = backward_speaker(text, toks, m, limit)
            if head is not None and head.kind in ("name", "org"):
                if head.kind == "name" and not _is_place(head.text):
                    return head
                # an institution or place inside the apposition ("…, the ranking
                # Democrat on the Senate Intelligence Committee, who said"): a person
                # named earlier in the same chain is the one who said it
                if first is None:
                    first = head
        m -= 1
    return first


_APPOSITION_STOPS = frozenset((",", "“", "”", '"', ";", ":", "(", ")", "—", "–"))


def _apposition_subject(text: str, toks: list[Tok], k: int, limit: int) -> Speaker | None:
    """An apposition or relative clause between commas before the cue at ``k + 1``:
    "Javid Faisal, spokesperson for …, said"."""
    m = k - 1
    while m >= limit and toks[m].text not in _APPOSITION_STOPS and k - m < 30:
        m -= 1
    if m < limit or toks[m].text != "," or m - 1 < limit:
        return None
    inner = toks[m + 1 : k]
    if 1 <= len(inner) <= 4 and all(u.text[0].isupper() for u in inner):
        # "Carson’s business manager, Armstrong Williams, stated": the name between commas
        name = _name_in_apposition(text, toks, m, k, limit)
        if name is not None:
            return name
    head = backward_speaker(text, toks, m - 1, limit)
    if head is not None and head.kind == "role" and head.end == toks[m - 1].end and m - 1 > limit:
        # "a woman in Worcester, Massachusetts, told": the role phrase with its place
        return head
    if head is not None and head.kind in ("name", "org") and _is_place(head.text):
        # "Clinton, during a town hall in Columbus, Ohio, said": "Columbus, Ohio"
        # is a place inside the apposition; the speaker heads the phrase before it
        outer = backward_speaker(text, toks, m, limit)
        if outer is not None:
            return outer
    if head is not None and (
        head.kind in ("name", "org", "pronoun")
        or head.text.split()[0].lower() in ROLE_DETERMINERS
        or head.head in INDEFINITE_SPEAKERS  # "Others, reacting to the gap, shouted"
    ):
        if _describes(toks[m + 1], head):
            return head
    return None


def _name_in_apposition(text: str, toks: list[Tok], m: int, k: int, limit: int) -> Speaker | None:
    """The name set off by the commas at ``m`` and ``k`` after a role or any lower-case
    description ("Hunter's chief of staff, Joe Kasper, told")."""
    head0 = backward_speaker(text, toks, m - 1, limit)
    if (
        head0 is not None
        and head0.kind in ("role", "org")
        or head0 is None
        and toks[m - 1].text[0].isalpha()
        and toks[m - 1].text[0].islower()
    ):
        name = backward_speaker(text, toks, k - 1, m + 1)
        if name is not None and name.kind == "name":
            return name
    return None


def _describes(first: Tok, head: Speaker) -> bool:
    """Does an apposition starting with ``first`` describe ``head``, rather than go on
    with a list or a clause?"""
    return (
        head.kind == "name"
        and first.low not in SPEECH_VERBS
        or first.low in APPOSITION_OPENERS
        or first.low.endswith("ed")
        or first.text[0].isdigit()
        or first.cap
        or first.low in ROLE_NOUNS
        or first.low in SKIP_BEFORE_CUE
    )


def _name_before(text: str, toks: list[Tok], k: int, limit: int) -> Speaker | None:
    """A capitalised name run ending at ``k``, read backwards, possibly with joiners
    ("Office of the Afghan …")."""
    run = [toks[k]]
    m = k - 1
    while m >= limit and len(run) < 10:
        u = toks[m]
        if (
            u.text[0].isupper()
            and not _possessive(u)
            and u.low not in NOT_NAMES
            or u.low in NAME_JOINERS
            and u.low != "and"
            and m - 1 >= limit
            and toks[m - 1].text[:1].isupper()
            or u.low == "the"
            and m - 1 >= limit
            and toks[m - 1].low == "of"
        ):
            run.insert(0, u)
            m -= 1
            continue
        break
    # a sentence-initial capital that is not part of the name ("Today Smith said")
    while len(run) > 1 and run[0].low in NOT_NAMES:
        run = run[1:]
    name = _name_from_run(run)
    if not name:
        return None
    is_org = (
        any(u.low in ORG_HEADS for u in name)
        or name[-1].text.isupper()
        and len(name) == 1
        and len(name[-1].text) > 1
    )
    s, e = name[0].start, name[-1].end
    # "the Security Council": keep the article with an institution
    first_idx = toks.index(name[0]) if name[0] in toks else -1
    if is_org and first_idx - 1 >= limit and toks[first_idx - 1].low == "the":
        s = toks[first_idx - 1].start
    if is_org and s < name[0].start:
        first_idx -= 1
    if first_idx - 2 >= limit and (
        toks[first_idx - 1].low in PLACE_PREPOSITIONS
        and _is_place_name(text[s:e])
        or toks[first_idx - 1].low in ("for", "to")
    ):
        # "The senator from Vermont said", "a woman in Worcester": the place qualifies
        # the phrase before it, which is the speaker; so does whom a role speaks for ("a
        # spokesman for Bernie Sanders", "an adviser to the State Department")
        outer = backward_speaker(text, toks, first_idx - 2, limit)
        o = (
            next((x for x in range(limit, first_idx) if toks[x].start == outer.start), None)
            if outer
            else None
        )
        if (
            outer is not None
            and outer.kind == "role"
            and o is not None
            and not (o > limit and toks[o - 1].low in OBJECT_PREPOSITIONS)
        ):
            return Speaker(text[outer.start : e], outer.start, e, "role", outer.head)
    return Speaker(text[s:e], s, e, "org" if is_org else "name", name[-1].low)


def _role_phrase(text: str, toks: list[Tok], k: int, limit: int) -> Speaker | None:
    """A role noun phrase ending at ``k``: "the US envoy", "a Taliban spokesman",
    "officials", "the Vermont senator and presidential candidate"."""
    t = toks[k]
    m = k - 1
    reach = 6
    while m >= limit and k - m < reach:
        u = toks[m]
        if u.low in ROLE_DETERMINERS:
            m -= 1
            break
        if (
            u.low == "and"
            and m - 1 >= limit
            and toks[m - 1].text.islower()
            and (toks[m - 1].low in ROLE_NOUNS)
        ):
            # one person in two roles: "the independent Vermont senator and Democratic
            # presidential candidate told"
            m -= 1
            reach += 5
            continue
        if (
            u.text[0].isalpha()
            and (u.cap or u.low.replace("-", "").isalpha())  # "the two-term president"
            and u.low not in INDIRECT_VERBS
            and u.low not in STOP_WORDS
            and u.low not in CONNECTIVES
            and u.low not in WH_WORDS
        ):
            if _role_then_verb(toks, m, k):
                return None
            if _verb_after_subject(toks, m, limit):
                break  # "President Obama passionately rebuked critics who say": "critics"
            m -= 1
            continue
        break
    s = toks[m + 1].start
    # "attorneys for the department said": the head is before the preposition (a role
    # noun: not "involved with what multiple lawmakers called")
    if (
        m >= limit + 1
        and toks[m].low in PREPOSITIONS
        and toks[m - 1].text[0].islower()
        and _role_noun(toks[m - 1].low)
    ):
        outer = backward_speaker(text, toks, m - 1, limit)
        if outer is not None and outer.kind == "role":
            return Speaker(text[outer.start : t.end], outer.start, t.end, "role", outer.head)
        return Speaker(
            text[toks[m - 1].start : t.end], toks[m - 1].start, t.end, "role", toks[m - 1].low
        )
    return Speaker(text[s : t.end], s, t.end, "role", t.low)


def _verb_after_subject(toks: list[Tok], m: int, limit: int) -> bool:
    """Is ``toks[m]`` a past-tense verb after a named or pronoun subject ("Obama
    passionately rebuked critics", "he hired aides")? Not an adjective after a determiner
    ("the newly elected officials", "the retired general")."""
    u = toks[m]
    if not (u.text.islower() and (u.low.endswith("ed") or u.low in IRREGULAR_PASTS)):
        return False
    x = m - 1
    while x >= limit and toks[x].low.endswith("ly") and toks[x].text.islower():
        x -= 1
    if x < limit:
        return False
    before = toks[x]
    return before.low in PRONOUNS or (
        before.text[:1].isupper()
        and before.low not in TITLES
        and before.low not in DETERMINERS
        and before.low not in ROLE_MODIFIERS
    )


def _role_then_verb(toks: list[Tok], m: int, k: int) -> bool:
    """Is ``toks[m]`` a role noun followed by a verb before the head at ``k``: "The
    Vermont senator emailed supporters saying", where the senator is the subject and
    "emailed supporters" its verb and object, not one phrase ("the billionaire business
    mogul" is one)?"""
    return (
        toks[m].low in ROLE_NOUNS
        and toks[m].text.islower()
        and any(
            u.text.islower()
            and (u.low.endswith("ed") or u.low in SPEECH_VERBS)
            and u.low not in ROLE_NOUNS
            and u.low not in TITLES
            and u.low not in ROLE_MODIFIERS
            for u in toks[m + 1 : k]
        )
    )


def _described_phrase(text: str, toks: list[Tok], k: int, limit: int) -> Speaker | None:
    """Any other description introduced by a determiner: "the 43-year-old said", "one
    P&G employee told", "officials aware of the discussions said"."""
    t = toks[k]
    m = k - 1
    while m >= limit and k - m <= 5:
        u = toks[m]
        if u.low in DETERMINERS:
            if m - 2 >= limit and toks[m - 1].low in PREPOSITIONS:
                return _head_before_preposition(text, toks, m, t, limit)
            return Speaker(text[u.start : t.end], u.start, t.end, "role", t.low)
        if u.low == "what" and m < k and t.low.endswith("s"):
            # "what former employees have called a “fraudulent scheme”": the subject of
            # a free relative clause, a bare plural
            return Speaker(text[toks[m + 1].start : t.end], toks[m + 1].start, t.end, "role", t.low)
        if not u.text[0].isalnum() or u.low in STOP_WORDS or u.low in SPEECH_VERBS:
            break
        if _role_then_verb(toks, m, k):
            return None
        m -= 1
    return None


def _head_before_preposition(
    text: str, toks: list[Tok], m: int, t: Tok, limit: int
) -> Speaker | None:
    """ "officials aware of the discussions said": the head is before the preposition at
    ``m - 1``."""
    outer = backward_speaker(text, toks, m - 2, limit)
    if outer is not None and outer.kind in ("role", "name", "org"):
        if "," in text[outer.end : toks[m - 1].start]:
            # "Beck, who has in the past described": the head of a relative clause, not
            # one phrase with what follows the clause
            return outer
        return Speaker(text[outer.start : t.end], outer.start, t.end, outer.kind, outer.head)
    m2 = m - 2
    while (
        m2 >= limit
        and m - m2 <= 5
        and toks[m2].text[0].isalpha()
        and toks[m2].low not in STOP_WORDS
    ):
        if toks[m2].low in DETERMINERS:
            return Speaker(text[toks[m2].start : t.end], toks[m2].start, t.end, "role", t.low)
        m2 -= 1
    return None


def forward_speaker(
    text: str, toks: list[Tok], i: int, limit: int, descriptors: bool = False
) -> Speaker | None:
    """The speaker phrase that starts at token ``i`` (after an inverted cue: "said X").

    Handles "said Suhail Shaheen, a spokesman for …", "said the Afghan National Security
    Council in a statement", "said White House press secretary Josh Earnest", "said a
    Taliban spokesman, Suhail Shaheen", "said he", "said Florida's Rick Wilson", "said one
    of those advisers", "said master of ceremonies Asab Al-Tabchi".
    """
    if i >= limit:
        return None
    t = toks[i]
    if t.low in PRONOUNS or _pronoun_contraction(t):
        return _pronoun(t)
    if t.low in INDEFINITE_SPEAKERS and (i + 1 >= limit or toks[i + 1].text in PHRASE_ENDS):
        return Speaker(t.text, t.start, t.end, "role", t.low)  # "said another."
    if _possessive(t) and t.text[0].isupper():
        return _after_possessor(text, toks, i, i, limit, descriptors)
    if t.text[0].isdigit():
        # a number opening the description: "said 9/11 widow Terry Strada", "said
        # 14-year-old Aubrey Pelletier"
        m = i
        while m < limit and (toks[m].text[0].isdigit() or toks[m].text == "/" and m > i):
            m += 1
        d = _descriptor_end(toks, m, limit, 4)
        if (d > m or "-" in toks[m - 1].text) and d < limit and is_name_tok(toks[d]):
            return forward_speaker(text, toks, d, limit, descriptors)
        return None  # "14 Catholics": a count, not a speaker
    # lower-case description words before a name: "said election lawyer Joe Birkenstock"
    if t.text[0].islower() and t.low not in DETERMINERS and t.low not in STOP_WORDS:
        m = _descriptor_end(toks, i, limit, 5)
        if m > i and m < limit and is_name_tok(toks[m]):
            return forward_speaker(text, toks, m, limit, descriptors)
    partitive = _partitive(text, toks, i, limit)
    if partitive is not None:
        return partitive
    j = _phrase_end(toks, i, limit)
    if i < j < limit and _possessive(toks[j]) and all(u.text[0].isupper() for u in toks[i:j]):
        # "Hillary Clinton's right-hand woman", "Kim Jong Un's sister"
        return _after_possessor(text, toks, i, j, limit, descriptors)
    if toks[i].low in DETERMINERS and j == i + 1:
        return None
    if j > i:
        # a capitalised modifier, then lower-case description words, then the name: "said
        # Republican political consultant Chris Russell", "said CNN legal analyst Jeffrey
        # Toobin" (any description right after an inverted cue, where no verb can follow
        # the subject; elsewhere one ending in a role: "Democratic presidential candidate
        # Bernie Sanders criticized", not "Democrats hate Trump")
        m = _descriptor_end(toks, j, limit, 3, NOT_DESCRIPTORS)
        if (
            j < m < limit
            and is_name_tok(toks[m])
            and (descriptors or toks[m - 1].low in ROLE_NOUNS or toks[m - 1].low in TITLES)
        ):
            inner = forward_speaker(text, toks, m, limit)
            if inner is not None and inner.kind == "name":
                return inner
    phrase = toks[i:j]
    if not phrase:
        return None
    of = next((x for x in range(1, len(phrase) - 1) if phrase[x].low in ("of", "for", "to")), None)
    if of is not None and phrase[of - 1].low in ROLE_NOUNS and phrase[of - 1].text.islower():
        # "the former secretary of State", "the chairman of the board", "a spokesman for
        # Bernie Sanders": a role with what it is of or whom it speaks for, not the name
        s, e = phrase[0].start, phrase[-1].end
        return Speaker(text[s:e], s, e, "role", phrase[of - 1].low)
    if phrase[-1].text[0].isupper() and not _indefinite_group(phrase):
        return _head_name(text, phrase)
    if phrase[-1].low in ROLE_NOUNS or phrase[0].low in DETERMINERS:
        # an appositive name may follow: "said a Taliban spokesman, Suhail Shaheen"
        name = _appositive_name(text, toks, j, limit)
        if name is not None:
            return name
        s, e = phrase[0].start, phrase[-1].end
        return Speaker(text[s:e], s, e, "role", phrase[-1].low)
    return None


def _indefinite_group(phrase: list[Tok]) -> bool:
    """ "one well-connected Democrat", "a New Hampshire Republican": an indefinite phrase
    whose capitalised head is a group word, not a name ("A Plus reporter Isaac Saul" has a
    role noun before its name)."""
    return phrase[0].low in INDEFINITES and not any(
        u.low in ROLE_NOUNS or u.low in TITLES for u in phrase[1:] if u.text[0].islower()
    )


def _descriptor_end(
    toks: list[Tok], i: int, limit: int, most: int, stop: frozenset[str] = STOP_WORDS
) -> int:
    """Past the lower-case description words from ``i`` ("election lawyer", "master of
    ceremonies", "chief of staff"), at most ``most`` of them."""
    m = i
    while m < limit and m - i < most:
        u = toks[m]
        if u.text[0].islower() and u.text[0].isalpha() and u.low not in stop:
            m += 1
        elif (
            u.low == "of"
            and m > i
            and m + 1 < limit
            and toks[m + 1].text[0].islower()
            and toks[m + 1].text[0].isalpha()
            and toks[m + 1].low not in stop
        ):
            m += 1  # "master of ceremonies"
        else:
            break
    return m


def _phrase_end(toks: list[Tok], i: int, limit: int) -> int:
    """The end of the noun phrase from ``i``: determiners, capitalised words, joiners,
    role words and, after a determiner, description words ("said one former senior
    agency official", "said the ruling", "said one well-connected Democrat familiar with
    …" -> "one well-connected Democrat")."""
    j = i
    det = toks[i].low in DETERMINERS
    headed = False  # a role noun was read: only its compound and name may follow
    while j < limit and j - i < 14:
        u = toks[j]
        nxt = toks[j + 1] if j + 1 < limit else None
        if u.low in DETERMINERS and j == i:
            j += 1
        elif u.text[0].isupper() or u.low in NAME_JOINERS and nxt and nxt.text[:1].isupper():
            if _possessive(u) or u.low.replace("’", "'") in CONTRACTIONS:
                break
            j += 1
        elif u.low in ROLE_NOUNS or u.low in TITLES or u.low in ROLE_MODIFIERS:
            headed = headed or u.low in ROLE_NOUNS
            j += 1
        elif (
            det
            and not headed  # "the former secretary of State began": "began" is the verb
            and u.text[0].isalnum()
            and u.low not in STOP_WORDS
            and u.low not in SKIP_BEFORE_CUE  # "A Clinton campaign official later walked"
            and j - i <= 6
            and not u.low.endswith("ly")
            and (not u.low.endswith("ed") or j == i + 1 and nxt and nxt.low not in DETERMINERS)
            and not (j > i + 1 and nxt and nxt.low in COMPLEMENT_PREPOSITIONS)
        ):
            j += 1
        else:
            break
    return j


def _after_possessor(
    text: str, toks: list[Tok], i: int, p: int, limit: int, descriptors: bool
) -> Speaker | None:
    """A phrase ``toks[i:]`` opening with a possessor that ends at ``p``: the person is
    named after it ("said Florida’s Rick Wilson", "said The Blaze's Matt Walsh"), or it is
    a role of the possessor's ("said Clinton's introducer, actress Jamie Lee Curtis", "said
    Trump's son"; as a subject, one ending in a person, group, document or speech noun)."""
    if p + 1 >= limit:
        return None
    if is_name_tok(toks[p + 1]):
        spk = forward_speaker(text, toks, p + 1, limit, descriptors)
        return spk if spk is not None and spk.kind in ("name", "org") else None
    # the possessed head: a person, group, document or what was said ("Clinton's top
    # national security adviser", "Trey Gowdy's office", "Ivana Trump's brief"), not
    # the words after it ("Gowdy's office slammed a lawsuit")
    end = _descriptor_end(toks, p + 1, limit, 4)
    m = next((h for h in range(p + 1, end) if toks[h].low in POSSESSED_HEADS), None)
    while m is not None and m + 1 < end and toks[m + 1].low in POSSESSED_HEADS:
        m += 1  # a compound: "campaign manager"
    m = m + 1 if m is not None else None
    if descriptors and end > p + 1:
        m = end  # after an inverted cue no verb follows: "exhorted Clinton's introducer"
    if m is None:
        return None
    name = _appositive_name(text, toks, m, limit) or _close_apposition(text, toks, m, limit)
    if name is not None:
        return name
    if toks[m - 1].low in SPEECH_NOUNS or toks[m - 1].low in SPEECH_PLURALS:
        # "Donald Trump's accusation that …": what the possessor said
        owner = toks[p]
        e = owner.end - (2 if owner.text.endswith(("’s", "'s")) else 1)
        kind = "org" if any(u.low.rstrip("’'s") in ORG_HEADS for u in toks[i : p + 1]) else "name"
        return Speaker(
            text[toks[i].start : e], toks[i].start, e, kind, text[owner.start : e].lower()
        )
    s, e = toks[i].start, toks[m - 1].end
    return Speaker(text[s:e], s, e, "role", toks[m - 1].low)


def _close_apposition(text: str, toks: list[Tok], m: int, limit: int) -> Speaker | None:
    """The name right after a possessed role, with no comma: "said Clinton's top foreign
    policy aide Jake Sullivan", "Trump's campaign manager Paul Manafort said": the person
    named, not the role (whose words would otherwise be credited to the possessor)."""
    if not (m < limit and toks[m - 1].low in ROLE_NOUNS and is_name_tok(toks[m])):
        return None
    spk = forward_speaker(text, toks, m, limit)
    return spk if spk is not None and spk.kind == "name" else None


def _partitive(text: str, toks: list[Tok], i: int, limit: int) -> Speaker | None:
    """ "said one of those advisers", "said some of the protesters": a quantity of a
    group, reported as written."""
    if not (
        toks[i].low in QUANTIFIERS
        and i + 2 < limit
        and toks[i + 1].low == "of"
        and (toks[i + 2].low in DETERMINERS or _possessive(toks[i + 2]))
    ):
        return None
    m = _descriptor_end(toks, i + 3, limit, 4)
    while m < limit and m - (i + 3) < 4 and toks[m].text[0].isupper() and not _possessive(toks[m]):
        m += 1  # "one of the Trump advisers"
        m = _descriptor_end(toks, m, limit, 4)
    if m == i + 3:
        return None
    s, e = toks[i].start, toks[m - 1].end
    return Speaker(text[s:e], s, e, "role", toks[m - 1].low)


def _head_name(text: str, phrase: list[Tok]) -> Speaker | None:
    """The last capitalised run of a phrase, in head position, is the name (an org name
    "National Security Council" after "the Afghan" is kept whole, with its article)."""
    k = len(phrase) - 1
    while k - 1 >= 0 and (phrase[k - 1].text[0].isupper() or phrase[k - 1].low in NAME_JOINERS):
        k -= 1
    run = _name_from_run(phrase[k:])
    if not run or all(u.low.rstrip(".") in NOT_NAMES for u in run):
        return None  # "said Wednesday, …": a day, not a speaker
    is_org = any(u.low in ORG_HEADS for u in run)
    s, e = run[0].start, run[-1].end
    first = phrase.index(run[0])
    if is_org and first > 0 and phrase[first - 1].low == "the":
        s = phrase[first - 1].start
    return Speaker(text[s:e], s, e, "org" if is_org else "name", run[-1].low)


def _appositive_name(text: str, toks: list[Tok], j: int, limit: int) -> Speaker | None:
    """A name set off by a comma after a role phrase ending at ``j``: "a Taliban
    spokesman, Suhail Shaheen", "Clinton's introducer, actress Jamie Lee Curtis"."""
    if not (j + 1 < limit and toks[j].text == ","):
        return None
    k = _descriptor_end(toks, j + 1, limit, 3, NOT_DESCRIPTORS)
    if k >= limit or not is_name_tok(toks[k]):
        return None
    run: list[Tok] = []
    while k < limit and toks[k].text[0].isupper() and not _possessive(toks[k]) and len(run) < 5:
        run.append(toks[k])
        k += 1
    if not run or k < limit and toks[k].text not in (",", ".", ";", "—"):
        return None
    run = _name_from_run(run)
    if not run:
        return None
    return Speaker(text[run[0].start : run[-1].end], run[0].start, run[-1].end, "name", run[-1].low)


def credible_speaker(text: str, spk: Speaker | None) -> bool:
    """Can ``spk`` speak? Never a number, a place, a month or a day, a capitalised common
    word ("Hours", "Likewise"), nor a phrase whose head is not someone or something that
    says things ("the day before", "his perspective", "a syllabus for a class"); a place
    name is a speaker only as a person's surname ("Kerry Washington … Washington said")."""
    if spk is None:
        return False
    if spk.kind == "pronoun":
        return True
    words = spk.text.split()
    if not words or _NUMBER.match(words[-1]):
        return False
    if spk.head in INDEFINITE_SPEAKERS:
        return True  # "Some chanted", "Another said"
    if spk.head in NEVER_SPEAKERS:
        return False  # "Wednesday", "Today", "This"
    if spk.kind == "role":
        head = spk.head.replace("’", "'")
        return not (
            head in NOT_SPEAKER_HEADS
            or head in STOP_WORDS
            or head in PREPOSITIONS
            or "'" in head  # "The final results aren't"
            or head.endswith("est")
            and len(head) > 5  # "one of the biggest"
        )
    from tui.analysis.gazetteer import gazetteer

    if len(words) <= 2 and words[-1] in gazetteer().demonyms:
        return _given_name_before(text, words[-1])  # "Middle Eastern"; not "Mark Cuban"
    return not (
        _place_read_as_speaker(text, spk)
        or len(words) == 1
        and _sentence_initial(text, spk.start)
        and _common_capital(text, words[0])
    )


def _sentence_initial(text: str, pos: int) -> bool:
    """Does ``pos`` open a sentence (where any word is capitalised)?"""
    before = text[max(0, pos - 8) : pos].rstrip(" \t")
    if (
        before.endswith(".")
        and before[:-1].split()[-1:]
        and before[:-1].split()[-1].lower() in ABBREVIATIONS
    ):
        return False  # "Dr. Ward"
    return not before or before[-1] in ".!?\n:"


_NUMBER = re.compile(r"^[\d.,%$]+$")


def _place_read_as_speaker(text: str, spk: Speaker) -> bool:
    """A place taken for a speaker: a dateline in capitals ("PHILADELPHIA"), or the object
    of a preposition ("in Salem", "from Vermont"). A country or capital that is the
    subject of its cue ("Russia said", "Washington warned") speaks."""
    if not _is_place_name(spk.text) or _given_name_before(text, spk.text.split()[-1]):
        return False
    before = text[max(0, spk.start - 6) : spk.start].lower().split()
    return spk.text.isupper() or bool(before) and before[-1] in PLACE_PREPOSITIONS


def _is_place_name(name: str) -> bool:
    from tui.analysis.gazetteer import gazetteer

    gz = gazetteer()
    return name in gz.places or name.isupper() and name.lower() in gz.places_lower


def _given_name_before(text: str, surname: str) -> bool:
    """Is ``surname`` written after a given name somewhere in ``text`` ("Kerry Washington")?"""
    from tui.analysis.gazetteer import gazetteer

    given = gazetteer().given_names
    return any(
        m.group(1) in given
        for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b", text)
    )


def _common_capital(text: str, word: str) -> bool:
    """A capitalised word opening a sentence that cannot be a name: an adverb or a
    participle ("Likewise", "Bemoaning"), a time or a preposition ("Hours", "Across"),
    unless the text writes it with its capital mid-sentence as a name."""
    low = word.lower()
    if (
        word.isupper()
        or not word[:1].isupper()
        or low in SPEAKER_WORDS
        or low[:-1] in SPEAKER_WORDS
    ):
        return False  # "Aides say", "Officials said"
    if low.endswith(("ing", "ly")) or low in NOT_SPEAKER_HEADS or low in PREPOSITIONS:
        return re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is None
    return False


def medium_after(text: str, pos: int, limit: int) -> str | None:
    """A medium phrase right after the cue or speaker: "in a tweet", "via Twitter"."""
    m = _MEDIUM.match(text, pos, min(limit, pos + 60))
    if m:
        return " ".join(text[m.start() : m.end()].replace(",", " ").split())
    return None


def role_matches(role_head: str, description: str) -> bool:
    words = set(re.findall(r"[a-z]+", description.lower()))
    return any(w in words for w in ROLE_SYNONYMS.get(role_head, (role_head,)))


# persons.py reads the word list under its former private name
_NOT_NAMES = NOT_NAMES
