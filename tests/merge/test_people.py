"""Who a bare name is across a story (tui/merge/people.py) and the organisation merges of
issue 20: each table row is a small story of short texts of one shape."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.analysis.actors import find_mentions
from tui.config import ActorRule, Config
from tui.merge.actors import merge_actors
from tui.model import Article

DAY = dt.date(2016, 7, 28)


def story(*texts: str, config=None):
    arts = []
    for i, t in enumerate(texts):
        a = Article(id=f"a{i}", path=f"a{i}.txt", format="text", body=t, published=DAY)
        a.mentions = find_mentions(t, config)
        arts.append(a)
    return arts, merge_actors(arts, config)


def who(arts, actors, article: int, anchor: str) -> str:
    """The actor of the mention that starts where ``anchor`` (a unique piece of text
    beginning with the name) starts: its name, or "?: A | B" for an undecided name."""
    body = arts[article].body
    pos = body.index(anchor)
    assert body.count(anchor) == 1, anchor
    (m,) = [m for m in arts[article].mentions if m.start == pos]
    actor = {a.id: a for a in actors}[m.actor]
    if actor.candidates:
        names = {a.id: a.name for a in actors}
        return "?: " + " | ".join(sorted(names[c] for c in actor.candidates))
    return actor.name


TWO_CLINTONS = (
    "Former President Bill Clinton spoke on Tuesday for his wife, Hillary Clinton, the nominee."
)

SAME_SURNAME = [
    pytest.param(
        [
            TWO_CLINTONS
            + " Mrs. Clinton watched from New York. Mr. Clinton said he met her in 1971."
        ],
        [(0, "Clinton watched", "Hillary Clinton"), (0, "Clinton said he", "Bill Clinton")],
        id="mrs-and-mr",
    ),
    pytest.param(
        [TWO_CLINTONS + " Clinton said she would speak on Thursday."],
        [(0, "Clinton said she", "Hillary Clinton")],
        id="pronoun-after-a-subject",
    ),
    pytest.param(
        [TWO_CLINTONS + " Sanders praised Clinton after he lost."],
        [(0, "Clinton after", "?: Bill Clinton | Hillary Clinton")],
        id="pronoun-after-an-object-decides-nothing",
    ),
    pytest.param(
        [TWO_CLINTONS + " President Clinton left early."],
        [(0, "Clinton left", "Bill Clinton")],
        id="office-title",
    ),
    pytest.param(
        [
            "Former Secretary of State Hillary Clinton spoke. Voters disliked Mrs. Clinton, "
            "the first working mother to serve as first lady."
        ],
        [(0, "Clinton, the", "Hillary Clinton")],
        id="an-apposition-describes-and-excludes-no-one",
    ),
    pytest.param(
        [TWO_CLINTONS + " The party has left the Clinton years behind."],
        [(0, "Clinton years", "Bill Clinton")],
        id="name-for-a-government-or-era",
    ),
    pytest.param(
        [
            "Hillary Clinton won Ohio. Clinton thanked voters in Columbus.\n\n"
            "Clinton said the night was hers.\n\n"
            "Her husband, former President Bill Clinton, and her daughter, Chelsea Clinton, "
            "campaigned for her.\n\nClinton now leads in delegates."
        ],
        [(0, "Clinton now", "Hillary Clinton")],
        id="the-person-the-article-is-about",
    ),
    pytest.param(
        [
            "Hillary Clinton won Ohio. Hillary Clinton thanked voters. Hillary Clinton spoke.",
            "Chelsea Clinton campaigned in Iowa.",
            "Clinton said the vote in Missouri was close.",
        ],
        [(2, "Clinton said", "Hillary Clinton")],
        id="an-article-naming-none-falls-back-on-the-story",
    ),
    pytest.param(
        ["Hillary Clinton and Bill Clinton both campaigned in Ohio, and Clinton drew crowds."],
        [(0, "Clinton drew", "?: Bill Clinton | Hillary Clinton")],
        id="undecided-stays-apart",
    ),
    pytest.param(
        ["Former President Bill Clinton spoke in Ohio.", "Mrs. Clinton spoke in Iowa."],
        [(1, "Clinton spoke", "Clinton")],
        id="mrs-never-a-man",
    ),
    pytest.param(
        ["Hillary Clinton spoke in Ohio.", "Mr. Clinton spoke in Iowa."],
        [(1, "Clinton spoke", "Clinton")],
        id="mr-never-a-woman",
    ),
    pytest.param(
        [
            "Libertarian candidate Gary Johnson drew crowds in Ohio. Johnson said he would win.",
            "President Johnson signed the Voting Rights Act in 1965. Gary Johnson praised it.",
        ],
        [(0, "Johnson said", "Gary Johnson"), (1, "Johnson signed", "Johnson")],
        id="historical-namesake",
    ),
    pytest.param(
        ["First lady Michelle Obama and President Barack Obama arrived. President Obama spoke."],
        [(0, "Obama spoke", "Barack Obama")],
        id="office-of-the-husband",
    ),
    pytest.param(
        [
            "President Barack Obama said he was proud. Michelle Obama arrived later. "
            "Mrs. Obama spoke first."
        ],
        [(0, "Obama spoke", "Michelle Obama")],
        id="honorific-of-the-wife",
    ),
    pytest.param(
        ["Bernie Sanders spoke in Vermont. Supporters chanted for Bernie, and Sanders waved."],
        [(0, "Bernie, and", "Bernie Sanders"), (0, "Sanders waved", "Bernie Sanders")],
        id="given-name-alone-and-surname",
    ),
]


def test_config_correction_wins_over_the_evidence():
    config = Config(actors=[ActorRule(name="Hillary Clinton", aliases=["Clinton"])])
    arts, actors = story(TWO_CLINTONS + " Mr. Clinton said he met her.", config=config)
    assert who(arts, actors, 0, "Clinton said") == "Hillary Clinton"


def test_an_undecided_name_is_in_the_json_with_its_candidates():
    arts, actors = story("Hillary Clinton and Bill Clinton campaigned, and Clinton drew crowds.")
    (undecided,) = [a for a in actors if a.candidates]
    assert undecided.name == "Clinton" and undecided.kind == "PERSON"
    ids = {a.id for a in actors}
    assert set(undecided.candidates) <= ids and len(undecided.candidates) == 2


ORGANISATIONS = [
    pytest.param(
        ["The Senate Judiciary Committee met.", "The Senate voted on Tuesday."],
        [(0, "Senate Judiciary", "Senate Judiciary Committee"), (1, "Senate voted", "Senate")],
        id="chamber-is-not-its-committee",
    ),
    pytest.param(
        ["The White House said no.", "In the House, the bill failed."],
        [(0, "White House", "White House"), (1, "House, the", "House")],
        id="short-name-is-not-a-longer-name-containing-it",
    ),
    pytest.param(
        [
            "The Democratic National Committee apologised. The Democratic National Committee met.",
            "The Democrat National Committee met. The DNC said so.",
        ],
        [
            (1, "Democrat National", "Democratic National Committee"),
            (1, "DNC", "Democratic National Committee"),
        ],
        id="spellings-of-one-name-and-its-acronym",
    ),
    pytest.param(
        ["The Republican Party met.", "GOP leaders said no."],
        [(1, "GOP", "Republican Party")],
        id="well-known-alias",
    ),
    pytest.param(
        ["The Justice Department said it would not act. The Department declined to comment."],
        [
            (0, "Justice Department", "Justice Department"),
            (0, "Department declined", "Justice Department"),
        ],
        id="head-word-alone-joins-the-one-full-name",
    ),
]


@pytest.mark.parametrize("texts, expected", SAME_SURNAME + ORGANISATIONS)
def test_who_is_who(texts, expected):
    arts, actors = story(*texts)
    for article, anchor, name in expected:
        assert who(arts, actors, article, anchor) == name


def test_head_word_standing_for_no_institution_is_dropped():
    arts, actors = story(
        "The Democratic Party and the Republican Party met. A film called Crashing the Party ran."
    )
    assert "Party" not in {a.name for a in actors}
    for m in arts[0].mentions:
        assert m.actor in {a.id for a in actors}
