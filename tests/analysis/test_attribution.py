"""Quote attribution by cause, on short texts written for each shape of news language.

Each table row is a text, the first words of one quotation in it, and who the quote must
be credited to: ``speaker`` as the text words it at the cue, ``who`` the name it resolves
to (None: nobody, or the phrase is not resolved).
"""

import pytest

from tui.analysis.quotes import find_quotes
from tui.model import Mention


def quote(text: str, opening: str, mentions=()):
    qs = [q for q in find_quotes(text, list(mentions)) if q.text.startswith(opening)]
    assert qs, [(q.kind, q.text, q.speaker) for q in find_quotes(text, list(mentions))]
    return qs[0]


def person(text: str, name: str, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return Mention(at, at + len(name), name, "PERSON")


def check(text, opening, speaker, who, mentions=()):
    q = quote(text, opening, mentions)
    assert (q.speaker, q.who() if q.resolved else None) == (speaker, who), (q.kind, q.cue)


# --- a verb the lexicon does not list, after a quotation ------------------------------

UNLISTED_VERB = [
    pytest.param(
        "“Governor, let me help you out,” the Republican nominee riffed on her answer.",
        "Governor",
        "the Republican nominee",
        None,
        id="role-subject-regular-past",
    ),
    pytest.param(
        '"People are afraid of wasting their votes," he surmised.',
        "People",
        "he",
        None,
        id="pronoun-subject",
    ),
    pytest.param(
        "“You know, it happens, right?” Trump went on, as if he did not hear her.",
        "You know",
        "Trump",
        None,
        id="question-then-went-on",
    ),
    pytest.param(
        "“The race is over,” Rubel pointed out.",
        "The race",
        "Rubel",
        None,
        id="phrasal-pointed-out",
    ),
    pytest.param(
        "“The marketplace has not failed the workers,” Jones mocks.",
        "The marketplace",
        "Jones",
        None,
        id="present-tense-after-a-name",
    ),
]


@pytest.mark.parametrize("text, opening, speaker, who", UNLISTED_VERB)
def test_subject_and_unlisted_verb_after_the_quote(text, opening, speaker, who):
    check(text, opening, speaker, who)


NOT_AN_ATTRIBUTION = [
    pytest.param(
        "He called the plan “a disaster,” senators worried on Monday.",
        "a disaster",
        "senators",
        id="fragment-inside-a-clause",
    ),
    pytest.param(
        "“We will win.” Trump smiled at the crowd.",
        "We will win",
        "Trump",
        id="full-stop-ends-the-quote",
    ),
]


@pytest.mark.parametrize("text, opening, not_speaker", NOT_AN_ATTRIBUTION)
def test_unlisted_verb_needs_a_quote_that_opens_its_clause_and_runs_on(text, opening, not_speaker):
    assert quote(text, opening).speaker != not_speaker


# --- the speaker phrase after an inverted cue ---------------------------------------------

INVERTED_SPEAKER = [
    pytest.param(
        "“We will lose,” said Florida’s Rick Wilson, a Republican consultant.",
        "We will lose",
        "Rick Wilson",
        id="place-possessor-before-the-name",
    ),
    pytest.param(
        "“It is time,” exhorted Clinton's introducer, actress Jamie Lee Curtis.",
        "It is time",
        "Jamie Lee Curtis",
        id="possessor-role-then-described-name",
    ),
    pytest.param(
        "“There is no path,” said one of those advisers, who spoke on condition of anonymity.",
        "There is no path",
        "one of those advisers",
        id="partitive",
    ),
    pytest.param(
        "“Thanks for welcoming them,” said master of ceremonies Asab Al-Tabchi, an engineer.",
        "Thanks",
        "Asab Al-Tabchi",
        id="description-with-of-before-the-name",
    ),
    pytest.param(
        "“It was not convincing,” said one well-connected Democrat familiar with the talks.",
        "It was not",
        "one well-connected Democrat",
        id="indefinite-group-word-ends-before-its-complement",
    ),
    pytest.param(
        "“Trump will be defeated,” said a New Hampshire Republican.",
        "Trump will",
        "a New Hampshire Republican",
        id="indefinite-capitalised-group-is-not-a-name",
    ),
    pytest.param(
        "“Your proposal is unrealistic,” tweeted A Plus reporter Isaac Saul.",
        "Your proposal",
        "Isaac Saul",
        id="role-noun-before-the-name",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", INVERTED_SPEAKER)
def test_speaker_phrase_after_an_inverted_cue(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


def test_possessor_and_a_clause_after_said_is_no_speaker():
    t = "The lawmaker said Trump's remarks about the migrants were “insulting and racist.”"
    q = quote(t, "insulting")
    assert q.speaker == "The lawmaker"


# --- role nouns: who "the governor" is -----------------------------------------------------

ROLE_RESOLUTION = [
    pytest.param(
        "New Jersey Gov. Chris Christie defended his endorsement.\n\n"
        "“I have known him for years,” the governor said.",
        "I have known",
        ["Chris Christie"],
        "Chris Christie",
        id="title-abbreviation-names-the-role",
    ),
    pytest.param(
        "Mike Pence showed a clip of Maggie Hassan.\n\n"
        "“Hassan, let me help you,” the Republican nominee said.",
        "Hassan, let me",
        ["Maggie Hassan", "Hassan"],
        None,
        id="name-inside-the-quote-is-not-the-role",
    ),
    pytest.param(
        "Paul Manafort, citing ''the magic of Trump,'' said the candidate could win.\n\n"
        "''We are winning,'' the candidate said.",
        "We are winning",
        ["Paul Manafort"],
        None,
        id="clause-after-the-name-is-not-its-description",
    ),
]


@pytest.mark.parametrize("text, opening, names, who", ROLE_RESOLUTION)
def test_role_noun_resolves_to_a_person_described_so(text, opening, names, who):
    mentions = [person(text, n) for n in names]
    q = quote(text, opening, mentions)
    assert (q.resolved or None) == who
