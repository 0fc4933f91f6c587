"""Quantity extraction: one test per shape of news language, plus what is not a figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.figures import find_figures, interval, lemma


def one(text: str):
    figs = find_figures(text)
    assert len(figs) == 1, [f.text for f in figs]
    f = figs[0]
    assert text[f.start : f.end] == f.text
    return f


# -- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("The deal frees 5,000 prisoners.", 5000),  # thousands separator
        ("The deal frees 5000 prisoners.", 5000),  # none
        ("It holds 1,000 captives.", 1000),
        ("Police arrested 20 protesters.", 20),
        ("Police arrested twenty protesters.", 20),  # a number word
        ("Police arrested two protesters.", 2),
        ("Police arrested twenty-five protesters.", 25),  # hyphenated compound
        ("Police arrested two hundred protesters.", 200),
        ("Police arrested a dozen protesters.", 12),
        ("The virus infected 2.5 million people.", 2_500_000),  # decimal with a scale word
        ("The virus infected three million people.", 3_000_000),
    ],
)
def test_number_shapes(text, value):
    assert one(text).value == value


def test_money_with_scale_and_purpose():
    f = one("The United States cut $1 billion in aid on Monday.")
    assert (f.value, f.unit, f.head, f.text) == (1_000_000_000, "$", "aid", "$1 billion in aid")


def test_money_abbreviated_scale_and_other_currencies():
    assert one("The fund lost $3bn last year.").value == 3_000_000_000
    f = one("The club paid 3.5 million euros for him.")
    assert (f.value, f.unit) == (3_500_000, "€")
    f = one("He was fined 5,000 dollars.")
    assert (f.value, f.unit, f.head) == (5000, "$", None)


def test_percentages():
    f = one("Turnout fell to 45 percent of voters.")
    assert (f.value, f.unit, f.head) == (45, "%", "voter")
    f = one("The party won 12% in the poll.")
    assert (f.value, f.unit) == (12, "%")


# -- hedges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("Kabul will release up to 5,000 prisoners.", "up to"),
        ("The group holds around 1,000 captives.", "around"),
        ("The group holds about 1,000 captives.", "about"),
        ("The virus has infected nearly 2 million people.", "nearly"),
        ("The deal covers some 5,000 prisoners.", "some"),
        ("The blast killed at least seven civilians.", "at least"),
        ("The virus caused more than 114,000 deaths.", "more than"),
        ("The virus caused almost 114,000 deaths.", "almost"),
        ("The storm displaced approximately 3,000 residents.", "approximately"),
        ("Kabul freed 100 prisoners.", None),
    ],
)
def test_hedges(text, hedge):
    f = one(text)
    assert f.hedge == hedge
    assert f.text.startswith(hedge or f.text[:1])


def test_interval_follows_the_hedge():
    up_to = one("Kabul will release up to 5,000 prisoners.")
    assert interval(up_to) == (0.0, 5000.0)
    at_least = one("The attack killed at least 20 soldiers.")
    assert interval(at_least) == (20.0, float("inf"))
    around = one("The group holds around 1,000 captives.")
    lo, hi = interval(around)
    assert lo < 1000 < hi
    assert interval(one("Kabul freed 100 prisoners.")) == (100.0, 100.0)


# -- heads, qualifiers, events -------------------------------------------------------------


def test_head_and_qualifier():
    f = one("The deal required Kabul to release 5,000 Taliban prisoners.")
    assert (f.head, f.unit, f.qualifiers, f.event) == (
        "prisoner",
        "prisoners",
        ["Taliban"],
        "released",
    )


def test_hyphenated_qualifier():
    f = one("The group was to free 1,000 pro-government captives in return.")
    assert (f.head, f.qualifiers) == ("captive", ["pro-government"])


def test_partitive_counts_the_group():
    # "members of the Afghan security forces": the forces are what is counted
    f = one("Attacks killed at least 20 members of the Afghan security forces on Sunday.")
    assert f.text == "at least 20 members of the Afghan security forces"
    assert (f.head, f.unit, f.qualifiers, f.event) == (
        "force",
        "members",
        ["Afghan", "security"],
        "killed",
    )


def test_number_as_partitive_pronoun():
    f = one("The government released some 300 of its prisoners this week.")
    assert (f.value, f.head, f.hedge) == (300, "prisoner", "some")


def test_participle_after_the_head_is_not_part_of_it():
    f = one("The deal covers some 5,000 Taliban prisoners held by the government.")
    assert (f.head, f.event, f.text) == ("prisoner", "held", "some 5,000 Taliban prisoners")


def test_adverb_after_the_head():
    f = one("The virus caused more than 114,000 deaths worldwide.")
    assert (f.head, f.event) == ("death", "killed")


def test_mass_noun_before_the_head_is_a_modifier():
    f = one("The blast killed twenty-five police officers.")
    assert (f.head, f.qualifiers) == ("officer", ["police"])


def test_two_figures_in_one_clause():
    figs = find_figures(
        "A bomb killed at least seven civilians, including six children, in Helmand."
    )
    assert [(f.value, f.head, f.event) for f in figs] == [
        (7, "civilian", "killed"),
        (6, "child", "killed"),
    ]


def test_passive_event_after_the_figure():
    f = one("According to the ministry, 27 people were killed in the attack.")
    assert (f.value, f.head, f.event) == (27, "people", "killed")


def test_ranges_and_vague_plurals():
    f = one("Between 20 and 30 people were wounded.")
    assert (f.value, f.low, f.high, f.event) == (None, 20, 30, "wounded")
    f = one("The clashes displaced 20-30 families.")
    assert (f.value, f.low, f.high) == (None, 20, 30)
    f = one("The deal calls for the swap of thousands of prisoners.")
    assert (f.value, f.low, f.high, f.head) == (None, 2000, None, "prisoner")
    f = one("Tens of thousands of protesters marched.")
    assert (f.low, f.high) == (20_000, 199_999)


def test_lemma():
    assert [
        lemma(w)
        for w in ("prisoners", "casualties", "people", "forces", "children", "buses", "news")
    ] == ["prisoner", "casualty", "people", "force", "child", "bus", "news"]


# -- not figures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was toppled in the 2001 invasion.",  # a year
        "The talks were to begin in 2020.",
        "The exchange was to happen before March 10.",  # a date
        "Talks began on 10 March in Doha.",
        "The tweet was posted on April 8, 2020.",
        "They met at 10:30 on Sunday.",  # a clock time
        "They met at 9 a.m. on Sunday.",
        "He finished 1st in the race.",  # an ordinal
        "Call 555-123-4567 for details.",  # a phone number
        "The COVID-19 outbreak spread.",  # a code
        "Flight 370 vanished.",  # a designator
        "The UN passed Resolution 2231.",
        "Troops will leave within 14 months.",  # a duration
        "The over two-hour discussion was serious.",  # an adjective
        "A 25-year-old man was arrested.",  # an age
        "The two sides met on Tuesday.",  # not what a reporter counts
        "One of them spoke.",
        "The number of cases stood at 34.",  # a bare number
        "See pic.twitter.com/3K3qa2NZfm for the photo.",
    ],
)
def test_not_figures(text):
    assert find_figures(text) == []


def test_year_shaped_count_is_a_figure():
    f = one("The deal frees 2000 prisoners.")
    assert (f.value, f.head) == (2000, "prisoner")


def test_offsets_index_the_text_given():
    text = "“Today,” he said, “up to 5,000 prisoners” — and $1 billion in aid — were at stake."
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text


# -- never raises, spans in range -----------------------------------------------------------

_NEWSY = st.lists(
    st.sampled_from(
        [
            "5,000",
            "up to",
            "some",
            "at least",
            "twenty",
            "a dozen",
            "$",
            "1 billion",
            "%",
            "prisoners",
            "of the",
            "members",
            "Taliban",
            "killed",
            "-",
            "–",
            "and",
            "between",
            "thousands of",
            "March",
            "10",
            "2001",
            ",",
            ".",
            "in aid",
            "people",
            "were",
            "a",
            "one",
            "0",
            "99999999999999999999",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), _NEWSY))
def test_never_raises_and_spans_stay_in_range(text):
    figs = find_figures(text)
    last = 0
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= last  # ordered, not overlapping
        last = f.end
        assert f.value is not None or f.low is not None


def test_a_part_shares_the_event_of_its_whole():
    figs = find_figures(
        "The bombings killed 259 people, including 12 Americans, and injured more than 5,500."
    )
    assert [(f.value, f.event) for f in figs] == [
        (259, "killed"),
        (12, "killed"),
        (5500, "wounded"),
    ]


def test_abbreviation_with_periods_is_a_modifier():
    f = one("He condemned the bombing of two U.S. embassies.")
    assert (f.head, f.qualifiers) == ("embassy", ["U.S."])


@pytest.mark.parametrize(
    "text",
    [
        "Polls show the Republican 2016 hopefuls ahead.",  # a year as a modifier
        "2016 Democrats Call For Action",
        "He spoke in nineteen ninety-one about it.",  # a year in words
        "They met for three summers.",
        "6 Ben Carson. 7 John Kasich.",  # a numbered list of names
    ],
)
def test_more_not_figures(text):
    assert find_figures(text) == []


def test_elliptic_counts_after_casualty_verbs_and_tolls():
    figs = find_figures("The attack killed at least 20 and wounded 30.")
    assert [(f.text, f.head, f.event, f.unit) for f in figs] == [
        ("at least 20", "people", "killed", None),
        ("30", "people", "wounded", None),
    ]
    (f,) = find_figures("The death toll rose to 34 on Sunday.")
    assert (f.value, f.head, f.event) == (34, "death", "killed")
    assert find_figures("He scored 20 in the final.") == []


def test_work_is_bounded_on_a_text_of_numbers():
    from tui.analysis import figures

    text = "5,000 prisoners and " * (figures.MAX_CANDIDATES + 100)
    figs = find_figures(text)
    assert 0 < len(figs) <= figures.MAX_CANDIDATES


def test_parallel_ellipsis_shares_the_noun():
    figs = find_figures("The bombings killed 247 people in Kenya and 10 in Tanzania.")
    assert [(f.text, f.head, f.event) for f in figs] == [
        ("247 people", "people", "killed"),
        ("10", "people", "killed"),
    ]
    figs = find_figures("It raises its presence to about 450 stores from 360.")
    assert [(f.value, f.head) for f in figs] == [(450, "store"), (360, "store")]


def test_others_and_other_count_people():
    figs = find_figures("The blast killed 5 and wounded 30 others.")
    assert [(f.value, f.head, f.event) for f in figs] == [
        (5, "people", "killed"),
        (30, "people", "wounded"),
    ]
    assert one("Police arrested 133 other people.").head == "people"
    assert find_figures("He met 20 others at the party.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Since the 9/11 attacks, security grew.",
        "The shop is open 24/7 now.",
        "It rose 3.5 to 4.2.1 in version 2.0.1 builds.",
    ],
)
def test_slashes_and_version_numbers_are_not_figures(text):
    assert find_figures(text) == []


def test_release_and_hold_count_only_next_to_the_figure():
    # "released" has many objects: a campaign's figures are not freed prisoners
    assert one("The campaign released its figures showing 200 donors.").event is None
    assert one("Kabul will release 5,000 prisoners.").event == "released"
    assert one("Officials said 100 prisoners were released.").event == "released"
    assert one("He leads 300 fighters held by the army.").event == "held"


def test_coordinated_plural_belongs_to_the_count():
    f = one(
        "The group holds some 1,000 Afghan security forces and government officials held by militants."
    )
    assert f.text == "some 1,000 Afghan security forces and government officials"
    assert (f.head, f.event) == ("force", "held")


def test_cases_are_infections_only_near_a_disease():
    assert one("There were 34 confirmed cases of the virus on Sunday.").event == "infected"
    assert one("In two cases the court ruled for the state.").event is None


def _candidate_without_lookaheads():
    import re

    from tui.analysis import figures as F

    pattern = F._CANDIDATE.pattern
    for alternation in (F._NUMWORD, F._VAGUE_WORDS):
        pattern = pattern.replace(F._first_letters(alternation), "", 1)
    assert pattern != F._CANDIDATE.pattern
    return re.compile(pattern, F._CANDIDATE.flags)


_FIG_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "A",
            "dozen",
            "hundreds",
            "of",
            "Tens",
            "thousands",
            "ſeven",
            "twenty",
            "-",
            "five",
            " ",
            "  ",
            "and",
            "3",
            "1,000",
            "2.5",
            "million",
            "$",
            "bn",
            "one",
            "Seventy",
            "scores",
            "x",
            "\n",
            "ninety-nine",
            "K",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_FIG_TEXT, _FIG_TEXT.map(lambda t: t.replace("", " ").strip())))
def test_the_candidate_scan_matches_what_it_matched_without_its_lookaheads(text):
    from tui.analysis import figures as F

    plain = _candidate_without_lookaheads()
    assert [m.span() for m in F._CANDIDATE.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_the_candidate_scan_is_unchanged_on_the_seeds():
    from tests.conftest import SEEDS
    from tui.analysis import figures as F

    plain = _candidate_without_lookaheads()
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert [m.span() for m in F._CANDIDATE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
