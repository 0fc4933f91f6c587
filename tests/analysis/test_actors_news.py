"""The actor tagger on the news language that decides who is who across a story: surnames
that are English words, given names alone, institutions, events, organisation evidence,
headlines, e-mails in capitals and roles. Each table row is a short text of one shape."""

from __future__ import annotations

import pytest

from tui.analysis.actors import find_mentions


def mentions(text: str) -> list[tuple[str, str]]:
    """(surface, kind) of every mention, in order (offsets checked against the text)."""
    out = []
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.kind))
    return out


def check(text: str, present: dict[str, str], absent: tuple[str, ...] = ()) -> None:
    got = mentions(text)
    kinds: dict[str, set[str]] = {}
    for surface, kind in got:
        kinds.setdefault(surface, set()).add(kind)
    for surface, kind in present.items():
        assert kinds.get(surface) == {kind}, f"{surface!r}: {kinds.get(surface)} in {got}"
    for surface in absent:
        assert surface not in kinds, f"{surface!r} should be no mention: {got}"


SURNAMES_THAT_ARE_WORDS = [
    pytest.param(
        "Donald Trump won Florida. Trump picked up all 99 delegates. Trump, meanwhile, left.",
        {"Donald Trump": "PERSON", "Trump": "PERSON"},
        (),
        id="sentence-initial-surname-once-named-in-full",
    ),
    pytest.param(
        "Bernie Sanders spoke on Monday. Sanders lost Ohio and Florida.",
        {"Sanders": "PERSON", "Ohio": "GPE"},
        (),
        id="surname-that-looks-like-a-plural-noun",
    ),
    pytest.param(
        "Gov. Jerry Brown spoke. The brown bears slept. Brown bears are large.",
        {"Jerry Brown": "PERSON"},
        ("Brown",),
        id="the-common-word-where-the-text-uses-it-so",
    ),
    pytest.param(
        "Gov. Jerry Brown spoke. The brown bears slept. Brown said nothing.",
        {"Brown": "PERSON"},
        (),
        id="the-name-where-a-predicate-follows",
    ),
    pytest.param(
        "The race is ours, said Trump. Trump led the polls.",
        {"Trump": "PERSON"},
        (),
        id="named-in-a-speech-frame-then-sentence-initial",
    ),
    pytest.param(
        "Bernie Sanders spoke. We have to remember that Bernie has always been good to us.",
        {"Bernie Sanders": "PERSON", "Bernie": "PERSON"},
        (),
        id="given-name-alone-once-named-in-full",
    ),
    pytest.param(
        "Game over: Will Sanders come down?\n\nBernie Sanders said no.",
        {"Sanders": "PERSON"},
        ("Will Sanders",),
        id="auxiliary-opening-a-question",
    ),
    pytest.param(
        "Hillary Clinton won. Obama-levels of support helped Barack Obama.",
        {"Obama": "PERSON"},
        ("Obama-levels",),
        id="name-at-the-head-of-a-compound",
    ),
]


INSTITUTIONS = [
    pytest.param(
        "The Justice Department said on Tuesday that it would not act.",
        {"Justice Department": "ORG"},
        ("Department",),
        id="title-word-before-an-institution-head",
    ),
    pytest.param(
        "The Republican Party met in Cleveland.",
        {"Republican Party": "ORG"},
        ("Party",),
        id="party-word-is-no-title",
    ),
    pytest.param(
        "The House Oversight Committee met. In the House, he voted with House Republicans.",
        {"House Oversight Committee": "ORG", "House": "ORG"},
        ("House Republicans",),
        id="chamber-and-its-committee",
    ),
    pytest.param(
        "The Select Committee on Benghazi heard her.",
        {"Select Committee on Benghazi": "ORG"},
        (),
        id="committee-on-a-subject",
    ),
    pytest.param(
        "Officials said the Party would decide. Party leaders agreed.",
        {"Party": "ORG"},
        (),
        id="head-word-alone-is-an-organisation-never-a-person",
    ),
    pytest.param(
        "He was assistant secretary of the Navy before the war.",
        {},
        ("Navy",),
        id="department-of-a-cabinet-title",
    ),
]


NOT_ACTORS = [
    pytest.param(
        "Delegates to the Republican National Convention arrived on Election Day.",
        {},
        ("National Convention", "Republican National Convention", "Election Day"),
        id="events",
    ),
    pytest.param(
        "He served during World War I and fought Nazi Germany.",
        {"Germany": "GPE"},
        ("World War I", "World War", "Nazi Germany"),
        id="a-war-and-a-regime-before-a-place",
    ),
    pytest.param(
        "Clinton did well among African Americans and Latin American voters.",
        {},
        ("African Americans", "Latin American"),
        id="nationality-words",
    ),
    pytest.param(
        "Opposition to the Trans-Pacific Partnership (TPP) grew. They oppose the TPP.",
        {},
        ("TPP",),
        id="acronym-of-an-agreement",
    ),
    pytest.param(
        "Supporters gathered near the Wells Fargo Center on Monday.",
        {"Wells Fargo Center": "GPE"},
        (),
        id="building-after-a-preposition-of-place",
    ),
    pytest.param(
        "He spoke at Baldwin Wallace University in Berea, OH, after the vote.",
        {"OH": "GPE"},
        (),
        id="state-code-after-a-town",
    ),
    pytest.param(
        "Sen. Jeff Merkley and Rep. Ra⟨U+0083⟩ol M. Grijalva wrote.",
        {"Grijalva": "PERSON"},
        ("Ra",),
        id="word-broken-by-a-control-character",
    ),
]


ORGANISATION_EVIDENCE = [
    pytest.param(
        "The Yugoslav news agency Tanjug reported on Friday. Flights will resume, Tanjug said.",
        {"Tanjug": "ORG"},
        (),
        id="classifier-noun-before-the-name",
    ),
    pytest.param(
        "Petofi said it had lost money. The general manager of Petofi resigned.",
        {"Petofi": "ORG"},
        (),
        id="the-manager-of-it",
    ),
    pytest.param(
        "Comelf said output rose. Comelf's six-month output rose to 4,378 tonnes.",
        {"Comelf": "ORG"},
        (),
        id="its-figures-after-a-possessive",
    ),
    pytest.param(
        "Zycie Warszawy daily said on Saturday that the deal was done.",
        {"Zycie Warszawy": "ORG"},
        (),
        id="classifier-noun-after-the-name",
    ),
    pytest.param(
        "The law was first reported by the Boston Globe, which found avenues.",
        {"Boston Globe": "ORG"},
        (),
        id="reported-by",
    ),
    pytest.param(
        "The acquisition of Boatmen's Bancshares Inc. closed. Boatmen's was the prize.",
        {"Boatmen's Bancshares Inc.": "ORG", "Boatmen's": "ORG"},
        ("Boatmen",),
        id="company-named-with-a-possessive",
    ),
    pytest.param(
        "Radio Red quoted local police in the town.",
        {"Radio Red": "ORG"},
        (),
        id="broadcaster",
    ),
]


NAMES_AND_TITLES = [
    pytest.param(
        "Gallup’s Jeffrey M. Jones wrote in April.",
        {"Jeffrey M. Jones": "PERSON"},
        ("Jones",),
        id="a-middle-initial-is-no-honorific",
    ),
    pytest.param(
        "Among others in a trap are Senators Mitch McConnell, the majority leader, and "
        "John Cornyn.",
        {"Mitch McConnell": "PERSON", "John Cornyn": "PERSON"},
        ("Senators Mitch McConnell",),
        id="a-plural-title-opens-a-list",
    ),
    pytest.param(
        "A lot of it missed the point about unity. Unity does not mean silence.",
        {},
        ("Unity",),
        id="a-place-name-the-text-uses-as-a-common-word",
    ),
    pytest.param(
        "HuffPost Pollster, which aggregates all polling, puts his approval at 50 percent.",
        {"HuffPost Pollster": "ORG"},
        (),
        id="an-organisation-head-noun",
    ),
]


HEADLINES_AND_CAPITALS = [
    pytest.param(
        "Donald Trump Got More Votes In Ohio Than Hillary Clinton.\n\n"
        "Tuesday was a good day for Hillary Clinton and Donald Trump.",
        {"Donald Trump": "PERSON", "Hillary Clinton": "PERSON", "Ohio": "GPE"},
        ("Donald Trump Got More Votes In Ohio Than Hillary Clinton",),
        id="title-case-headline-with-a-period",
    ),
    pytest.param(
        "Clinton Campaign Manager Laughs, Evades Question.\n\n"
        "Robby Mook, Hillary Clinton's campaign manager, laughed.",
        {"Clinton": "PERSON"},
        ("Laughs", "Clinton Campaign Manager Laughs"),
        id="verb-after-a-name-in-a-headline",
    ),
    pytest.param(
        "Leicestershire County Cricket Club beat Somerset.",
        {"Leicestershire County Cricket Club": "ORG"},
        (),
        id="sentence-of-names-is-no-headline",
    ),
    pytest.param(
        "From: John Podesta\nSubject: RE: DEBATE PREP\nHRC WILL CALL AT 5 PM. OK? PLS CONFIRM ASAP.\n\n"
        "John Podesta wrote to the campaign.",
        {"John Podesta": "PERSON"},
        ("RE", "DEBATE PREP", "WILL", "CALL", "OK", "PLS CONFIRM ASAP", "ASAP"),
        id="e-mail-in-capitals",
    ),
    pytest.param(
        'The e-mail read: "WE MUST MOVE NOW. A B C." Mook said.',
        {"Mook": "PERSON"},
        ("B C", "A B C"),
        id="lone-capitals-in-a-quoted-e-mail",
    ),
]


@pytest.mark.parametrize(
    "text, present, absent",
    SURNAMES_THAT_ARE_WORDS
    + INSTITUTIONS
    + NOT_ACTORS
    + NAMES_AND_TITLES
    + ORGANISATION_EVIDENCE
    + HEADLINES_AND_CAPITALS,
)
def test_news_language(text, present, absent):
    check(text, present, absent)


ROLES = [
    pytest.param(
        "John Podesta, a senior aide to Mr. Obama, said no.",
        "John Podesta",
        "senior aide to Mr. Obama",
        id="across-mr",
    ),
    pytest.param(
        "Karen Lee, political director of the A.F.L.-C.I.O., agreed.",
        "Karen Lee",
        "political director of the A.F.L.-C.I.O.",
        id="across-an-initialism",
    ),
    pytest.param(
        "Hugh Johnson, chief investment officer at First Albany Corp., said prices fell.",
        "Hugh Johnson",
        "chief investment officer at First Albany Corp.",
        id="to-the-end-of-the-noun-phrase",
    ),
    pytest.param(
        "A poll showed a dead heat between Clinton and Bernie Sanders, with the former "
        "secretary of state leading.",
        "Bernie Sanders",
        None,
        id="no-role-from-a-prepositional-phrase",
    ),
]


@pytest.mark.parametrize("text, name, role", ROLES)
def test_roles(text, name, role):
    got = {m.text: m.role for m in find_mentions(text)}
    assert got[name] == role
