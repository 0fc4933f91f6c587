"""Quote grouping across sources: actor credit, similarity, diffs, relations, seeds."""

import datetime as dt
import re

import pytest

from tests.analysis.test_quotes_seeds import raw
from tui.analysis.quotes import find_quotes
from tui.merge.quote_align import Words, diff, relation, similarity
from tui.merge.quotes import _disagree, credit_actors, group_quotes
from tui.model import Actor, Article, Mention, Quote


def article(aid, body, mentions=()):
    a = Article(id=aid, path=f"{aid}.txt", format="text", body=body)
    a.mentions = list(mentions)
    a.quotes = find_quotes(body, a.mentions)
    return a


def test_similarity_tolerates_translation_and_trimming():
    a = Words.of(
        "Everyone clearly understands the coronavirus threat makes prisoner releases that much more urgent"
    )
    b = Words.of(
        "Everyone knows that the coronavirus threat makes the release of prisoners all the more urgent"
    )
    c = Words.of("Both sides should accelerate efforts to meet targets specified in the agreement")
    assert similarity(a, b) > 0.6
    assert similarity(a, c) < 0.3


def test_differing_figures_lower_similarity():
    a = Words.of("Today, 20 prisoners of the Kabul administration will be released")
    b = Words.of("Today, 200 prisoners of the Kabul administration will be released")
    assert similarity(a, b) < similarity(a, a)


def test_word_diff_and_relations():
    a, b = Words.of("We will release the prisoners today"), Words.of("We will free the prisoners")
    assert diff(a, b) == [
        ["equal", "We will"],
        ["replace", "release", "free"],
        ["equal", "the prisoners"],
        ["delete", "today"],
    ]
    assert relation(a, a, "direct", "direct") == "verbatim"
    assert relation(a, Words.of("release the prisoners today"), "direct", "partial") == "trimmed"
    assert relation(a, b, "direct", "direct") == "reworded"
    assert relation(a, b, "direct", "indirect") == "direct-indirect"


def test_credit_by_mention_then_by_alias():
    body = "“We agreed to talk,” said Zalmay Khalilzad. “We will go,” Shaheen said."
    s = body.index("Zalmay")
    m = Mention(s, s + 16, "Zalmay Khalilzad", "PERSON", actor="zk")
    art = article("a", body, [m])
    actors = [
        Actor("zk", "Zalmay Khalilzad", "PERSON"),
        Actor("ss", "Suhail Shaheen", "PERSON", aliases=["Shaheen"]),
    ]
    credit_actors([art], actors)
    assert [q.actor for q in art.quotes] == ["zk", "ss"]


CREDIT = [
    pytest.param(
        "“We will win,” said Clinton’s top aide.", "Clinton", None, id="possessor-of-an-aide"
    ),
    pytest.param(
        "“She is serious,” a Warren adviser said.", "Warren", None, id="name-modifying-a-role"
    ),
    pytest.param(
        "“We will look at it,” the Sanders campaign said.",
        "Sanders",
        None,
        id="name-modifying-an-org",
    ),
    pytest.param(
        "“We agreed,” said Zalmay Khalilzad, the envoy.",
        "Zalmay Khalilzad",
        "zk",
        id="name-as-head",
    ),
    pytest.param(
        "“We agreed,” said a spokesman for Zalmay Khalilzad.",
        "Zalmay Khalilzad",
        "zk",
        id="speaks-for-the-name",
    ),
    pytest.param(
        "Khalilzad met them. “We agreed,” the senator said.",
        "Khalilzad",
        None,
        id="unresolved-role-noun",
    ),
]


@pytest.mark.parametrize("body, name, actor", CREDIT)
def test_a_name_modifying_the_speaker_is_not_credited(body, name, actor):
    """A quote is credited to a named actor only where the name heads the speaker phrase:
    an aide, adviser or campaign speaks for itself, and an unresolved reference for no one."""
    s = body.index(name)
    m = Mention(s, s + len(name), name, "PERSON", actor="zk" if actor else "x")
    art = article("a", body, [m])
    credit_actors([art], [Actor("zk" if actor else "x", name, "PERSON")])
    (q,) = art.quotes
    assert q.actor == actor


def test_a_resolved_pronoun_is_credited_to_the_person_it_refers_to():
    body = "Zalmay Khalilzad met the Taliban. “We made progress,” he said."
    s = body.index("Zalmay")
    m = Mention(s, s + 16, "Zalmay Khalilzad", "PERSON", actor="zk")
    art = article("a", body, [m])
    credit_actors([art], [Actor("zk", "Zalmay Khalilzad", "PERSON")])
    (q,) = art.quotes
    assert (q.speaker, q.resolved, q.actor) == ("he", "Zalmay Khalilzad", "zk")


def test_groups_only_across_articles_with_diff_and_relation():
    a = article(
        "a",
        "“Everyone clearly understands the coronavirus threat makes prisoner releases that much more urgent,” said Khalilzad.",
    )
    b = article(
        "b",
        "“Everyone knows that the coronavirus threat makes the release of prisoners all the more urgent,” said Khalilzad in a tweet.",
    )
    c = article(
        "c", "“The weather in Kabul was cold and the roads were closed for hours,” said Ghani."
    )
    groups = group_quotes([a, b, c], [])
    assert len(groups) == 1
    g = groups[0]
    assert [(r.article, r.index) for r in g.members] == [("a", 0), ("b", 0)]
    assert g.relation == "reworded" and not g.speakers_disagree
    (p,) = g.pairs
    assert p.a == 0 and p.b == 1 and p.similarity > 0.6
    assert ["equal", "the coronavirus threat makes"] in p.diff


def test_same_article_repeats_do_not_group():
    a = article(
        "a",
        "“The talks will resume next week in Doha,” said Shaheen.\n\n“The talks will resume next week in Doha,” he repeated.",
    )
    assert group_quotes([a], []) == []


def test_speakers_disagree_flag():
    a = article(
        "a",
        "Hamdullah Mohib said all sides emphasized the importance of a reduction in violence, direct negotiations, and a permanent ceasefire.",
    )
    b = article(
        "b",
        "The Council said that violence reduction, direct peace talks and a permanent ceasefire were also discussed.",
    )
    (g,) = group_quotes([a, b], [])
    assert g.speakers_disagree


def test_seed_groups():
    """Khalilzad's coronavirus quote (002 vs 003) and the adviser-vs-council statement."""
    arts = [article(p, raw(p)) for p in ("000", "001", "002", "003")]
    groups = group_quotes(arts, [])

    def texts(g):
        return [arts[[a.id for a in arts].index(r.article)].quotes[r.index].text for r in g.members]

    corona = [g for g in groups if any("coronavirus threat" in t for t in texts(g))]
    assert len(corona) == 1
    assert {r.article for r in corona[0].members} == {"002", "003"}
    council = [g for g in groups if any(re.search(r"violence reduction", t) for t in texts(g))]
    assert council and council[0].speakers_disagree


def test_group_quotes_on_loaded_seed_corpus(seed_corpus):
    # robust to reader changes: every group spans at least two articles and its refs are valid
    for g in seed_corpus.quote_groups:
        assert len({r.article for r in g.members}) >= 2
        for r in g.members:
            assert 0 <= r.index < len(seed_corpus.article(r.article).quotes)


def test_short_stock_phrase_does_not_group_with_a_long_quote():
    a = article("a", "“We waited too long,” said Isakson.")
    b = article(
        "b",
        "“But either way, I won't have to die before I want to, and we waited too long for this law to pass,” said Smith.",
    )
    assert group_quotes([a, b], []) == []


def test_excerpt_groups_as_trimmed():
    a = article(
        "a",
        "“They are going to people, showing videos of Donald Trump insulting Islam and Muslims in order to recruit more radical jihadists,” Clinton said.",
    )
    b = article(
        "b", "Clinton said they are “showing videos of Donald Trump insulting Islam and Muslims.”"
    )
    (g,) = group_quotes([a, b], [])
    assert g.relation == "trimmed"


def test_topic_words_alone_do_not_group_a_short_version_with_a_long_one():
    a = article(
        "a",
        "“Both sides should accelerate efforts to meet targets in the agreement,” Khalilzad said.",
    )
    b = article(
        "b",
        "“The prisoners will be released in groups and both sides will meet again next week to discuss the agreement, the targets, the efforts of the mediators and the timetable for the talks in Doha,” Shaheen said.",
    )
    assert group_quotes([a, b], []) == []


# --- stock phrases, dates and close paraphrase ----------------------------------------


def dated(aid, body, day, timexes=()):
    import datetime as dt

    a = article(aid, body)
    a.published = dt.date.fromisoformat(day)
    a.timexes = list(timexes)
    return a


def test_shared_stock_phrase_is_not_one_utterance():
    # both use the set phrase "an important step in the peace process", but the rest of
    # the shorter statement (the reduction of violence) is not in the other
    a = article(
        "a",
        "The envoy welcomed the swap, calling it “an important step in the peace process and the reduction of violence.”",
    )
    b = article(
        "b",
        "“Prisoner release by both sides is an important step in the peace process, as stated in the agreement. And critical for humanitarian reasons,” the envoy said.",
    )
    assert group_quotes([a, b], []) == []


def test_statements_weeks_apart_are_different_utterances():
    said = "“Everyone clearly understands the coronavirus threat makes prisoner releases that much more urgent,” said Khalilzad."
    again = "“Everyone knows the coronavirus threat makes the release of prisoners all the more urgent,” said Khalilzad."
    assert group_quotes([dated("a", said, "2020-03-23"), dated("b", again, "2020-04-20")], []) == []
    # the same paraphrase reported a day apart is one utterance
    (g,) = group_quotes([dated("a", said, "2020-03-23"), dated("b", again, "2020-03-24")], [])
    assert g.relation == "reworded"


def test_near_verbatim_quote_groups_across_weeks():
    # a later article repeating the words themselves still reports the same utterance
    q = "“The coronavirus threat makes prisoner releases that much more urgent for everyone,” said Khalilzad."
    (g,) = group_quotes([dated("a", q, "2020-03-23"), dated("b", q, "2020-04-20")], [])
    assert g.relation == "verbatim"


def test_date_in_the_attribution_sentence_dates_the_statement():
    from tui.model import Timex

    said = "“Everyone clearly understands the coronavirus threat makes prisoner releases that much more urgent,” said Khalilzad."
    again_body = "“Everyone knows the coronavirus threat makes the release of prisoners all the more urgent,” Khalilzad said on March 22."
    s = again_body.index("March 22")
    # published weeks later, but the sentence dates the words to March 22
    b = dated("b", again_body, "2020-04-20", [Timex(s, s + 8, "March 22", "DATE", "2020-03-22")])
    (g,) = group_quotes([dated("a", said, "2020-03-23"), b], [])
    assert {r.article for r in g.members} == {"a", "b"}


def test_close_paraphrase_of_the_same_day_groups_and_flags_speakers():
    a = dated(
        "a",
        "“During the meeting, the sides exchanged views on initial technical steps required to pave the way forward on prisoner releases,” Mohib said.",
        "2020-03-23",
    )
    b = dated(
        "b",
        "“Both sides exchanged options for the first technical steps towards the release of prisoners,” said the National Security Council.",
        "2020-03-23",
    )
    (g,) = group_quotes([a, b], [])
    assert g.speakers_disagree


def test_seed_groups_as_loaded(seed_corpus):
    """The groups the app shows (the load's own merge, not a regrouping): the true groups,
    and not the stock phrase. 002 has no date line; the merge dates it from its siblings
    before grouping, so its statements of that day group with 003's."""
    groups = seed_corpus.quote_groups
    (undated,) = [a for a in seed_corpus.articles if a.id.startswith("002")]
    assert undated.published_from == "inferred" and undated.published == dt.date(2020, 3, 23)

    def texts(g):
        return [seed_corpus.article(r.article).quotes[r.index].text for r in g.members]

    def find(pattern):
        return [g for g in groups if any(re.search(pattern, t) for t in texts(g))]

    # 001's "an important step in the peace process and the reduction of violence" (April)
    # and 002's March tweet share only a stock phrase
    assert not find(r"important step in the peace process")
    (corona,) = find(r"coronavirus threat")
    assert {r.article[:3] for r in corona.members} == {"002", "003"}
    (commit,) = find(r"conveyed their strong commitment")
    assert {r.article[:3] for r in commit.members} == {
        "002",
        "003",
    } and commit.relation == "direct-indirect"
    (exchanged,) = find(r"exchanged (views|options)")
    assert {r.article[:3] for r in exchanged.members} == {
        "002",
        "003",
    } and exchanged.speakers_disagree


def test_grouping_never_raises_on_arbitrary_statements_and_dates():
    import datetime as dt

    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(
        "the prisoners release talks important step peace process violence envoy said today urgent 20 100".split()
    )
    statement = st.lists(words, min_size=1, max_size=14).map(" ".join)
    day = st.one_of(
        st.none(), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31))
    )

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(statement, day), min_size=1, max_size=6))
    def run(items):
        arts = []
        for n, (s, d) in enumerate(items):
            a = article(f"a{n}", f"“{s},” said Khalilzad.")
            a.published = d
            arts.append(a)
        for g in group_quotes(arts, []):
            assert len({r.article for r in g.members}) >= 2

    run()


# --- speakers after resolution ------------------------------------------------------------


def q(speaker, resolved=None, actor=None, unresolved=False):
    return Quote(0, 1, "x", speaker=speaker, resolved=resolved, actor=actor, unresolved=unresolved)


DISAGREE = [
    pytest.param(
        [q("James Comey"), q("he", unresolved=True)], False, id="unresolved-pronoun-never"
    ),
    pytest.param([q("James Comey"), q("a spokesman")], False, id="unnamed-description-never"),
    pytest.param(
        [q("James Comey"), q("he", resolved="Trey Gowdy")], True, id="resolved-other-name"
    ),
    pytest.param(
        [q("Comey", actor="c"), q("he", resolved="James Comey", actor="c")], False, id="same-actor"
    ),
    pytest.param([q("Comey", actor="c"), q("Gowdy", actor="g")], True, id="different-actors"),
    pytest.param([q("Hamdullah Mohib"), q("The Council")], True, id="names-without-actors"),
]


@pytest.mark.parametrize("quotes, flag", DISAGREE)
def test_different_speakers_only_between_names(quotes, flag):
    assert _disagree(quotes) is flag


def people(*names):
    return [Actor(n.split()[-1].lower(), n, "PERSON", aliases=[n.split()[-1]]) for n in names]


def test_a_shared_phrase_by_two_people_is_two_statements():
    a = article(
        "a", "“I think that's the kind of leadership this country needs now,” Clinton said."
    )
    b = article(
        "b",
        "“We need a president who stands up to Wall Street, and that's the kind of leadership"
        " this country needs now,” Sanders said.",
    )
    assert group_quotes([a, b], people("Hillary Clinton", "Bernie Sanders")) == []


def test_the_same_words_credited_to_two_people_group_and_disagree():
    words = "The over two-hour technical discussion today was important, serious and detailed"
    a = article("a", f"“{words},” Khalilzad said.")
    b = article("b", f"“{words},” Shaheen said.")
    (g,) = group_quotes([a, b], people("Zalmay Khalilzad", "Suhail Shaheen"))
    assert g.speakers_disagree


def test_merge_groups_quotes_with_the_dates_it_infers(monkeypatch):
    """An article without a date line is dated from its siblings before its quotes are
    grouped: the grouping reads the date the timeline and the sources pane show."""
    import tui.merge.passes as passes
    from tui.config import Config
    from tui.merge import merge
    from tui.merge.quotes import statement_dates
    from tui.model import Corpus

    dated_one = dated("a", "“The sides met today,” said Khalilzad.", "2020-04-01")
    body = "The deal was signed on Feb. 29. The talks began on Sunday, and a spokesman said on Monday they went well. “It was a good start,” the council said."
    undated = article("u", body)
    seen = []

    def group(articles, actors, config=None):
        seen.extend(statement_dates(a) for a in articles)
        return group_quotes(articles, actors, config)

    monkeypatch.setattr(passes, "group_quotes", group)
    merge(Corpus(articles=[dated_one, undated]), Config(), jobs=1)
    assert (undated.published, undated.published_from) == (dt.date(2020, 3, 9), "inferred")
    # the council's statement, dated by nothing in its sentence, is of the article's day
    assert seen[0] == [dt.date(2020, 4, 1)] and seen[1][-1] == dt.date(2020, 3, 9)
