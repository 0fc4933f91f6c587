"""Corpus-level alias merging: one test per merge rule, plus the seeds."""

from __future__ import annotations

from tui.analysis.actors import find_mentions
from tui.config import ActorRule, Config
from tui.merge.actors import merge_actors
from tui.model import Article


def corpus(*texts: str, config=None):
    arts = []
    for i, t in enumerate(texts):
        a = Article(id=f"a{i}", path=f"a{i}.txt", format="text", body=t)
        a.mentions = find_mentions(t, config)
        arts.append(a)
    return arts, merge_actors(arts, config)


def by_name(actors):
    return {a.name: a for a in actors}


def actor_of(arts, actors, article: int, surface: str):
    ids = {a.id: a for a in actors}
    for m in arts[article].mentions:
        if m.text == surface:
            return ids[m.actor]
    raise AssertionError(f"{surface!r} not found in article {article}")


def test_title_honorific_and_surname_forms_merge():
    arts, actors = corpus(
        "President Ashraf Ghani signed the decree.",
        "Mr. Ghani left Kabul. Ghani said nothing.",
        "Ashraf Ghani met envoys.",
    )
    ghani = by_name(actors)["Ashraf Ghani"]
    assert ghani.kind == "PERSON"
    assert set(ghani.aliases) == {"Ashraf Ghani", "Ghani"}
    assert ghani.articles == ["a0", "a1", "a2"]
    assert ghani.mention_count == 4
    assert [r.text for r in ghani.roles] == ["President"]
    assert ghani.roles[0].articles == ["a0"]


def test_every_mention_is_linked():
    arts, actors = corpus(
        "Officials in Kabul met Zalmay Khalilzad.", "Khalilzad said the U.S. was ready."
    )
    ids = {a.id for a in actors}
    for art in arts:
        for m in art.mentions:
            assert m.actor in ids
    assert len(ids) == len(actors)


def test_role_premodifier_and_surname_merge():
    arts, actors = corpus(
        "U.S. special envoy Zalmay Khalilzad arrived.", "Khalilzad said talks were useful."
    )
    k = by_name(actors)["Zalmay Khalilzad"]
    assert k.aliases == ["Khalilzad", "Zalmay Khalilzad"] or set(k.aliases) == {
        "Khalilzad",
        "Zalmay Khalilzad",
    }
    assert k.roles[0].text == "U.S. special envoy"


def test_the_taliban_and_taliban_merge():
    arts, actors = corpus(
        "The Taliban said no.", "Taliban fighters attacked. Officials blamed the Taliban."
    )
    t = by_name(actors)["Taliban"]
    assert t.kind == "ORG" and t.mention_count == 3


def test_country_spellings_merge():
    arts, actors = corpus(
        "The United States and the U.S. Congress", "US troops left. America said so."
    )
    us = [a for a in actors if a.kind == "GPE"]
    assert len(us) == 1 and us[0].name == "United States"


def test_organisation_variants_merge_on_core_and_country():
    arts, actors = corpus(
        "The Afghan National Security Council said on Twitter that talks began.",
        "The National Security Council of Afghanistan announced 100 releases.",
        "The Office of the Afghan National Security Council confirmed it. The Security Council said so.",
        "Javid Faisal, a spokesman for the Office of the National Security Council, spoke. The Council agreed.",
    )
    nsc = by_name(actors)["Afghan National Security Council"]
    assert set(nsc.aliases) >= {
        "Afghan National Security Council",
        "National Security Council of Afghanistan",
        "Office of the Afghan National Security Council",
        "Office of the National Security Council",
        "Security Council",
        "Council",
    }
    assert len([a for a in actors if a.kind == "ORG"]) == 1


def test_ambiguous_short_form_goes_to_nearest_preceding_candidate():
    arts, actors = corpus(
        "The Afghan National Security Council met. The Security Council said it would meet.",
        "The UN Security Council voted. The Security Council then adjourned.",
    )
    a0 = actor_of(arts, actors, 0, "Security Council")
    a1 = actor_of(arts, actors, 1, "Security Council")
    assert a0.name == "Afghan National Security Council"
    assert a1.name == "UN Security Council"


def test_ambiguous_short_form_without_antecedent_stays_apart():
    arts, actors = corpus(
        "The Afghan National Security Council met.",
        "The UN Security Council voted.",
        "The Security Council said nothing.",
    )
    assert actor_of(arts, actors, 2, "Security Council").name == "Security Council"


def test_different_countries_keep_organisations_apart():
    arts, actors = corpus(
        "The Afghan National Security Council met.", "The U.S. National Security Council met."
    )
    names = {a.name for a in actors if a.kind == "ORG"}
    assert names == {"Afghan National Security Council", "U.S. National Security Council"}


def test_acronym_merges_with_the_name_it_spells():
    arts, actors = corpus(
        "The International Committee of the Red Cross helped.", "Staff of the ICRC said so."
    )
    icrc = by_name(actors)["International Committee of the Red Cross"]
    assert "ICRC" in icrc.aliases


def test_one_word_org_that_opens_a_longer_name():
    arts, actors = corpus(
        "NBC News reported the plan.", "The State Department had no comment on the NBC report."
    )
    assert "NBC" in by_name(actors)["NBC News"].aliases


def test_people_sharing_a_surname_stay_apart():
    arts, actors = corpus("Hamid Karzai met Mahmoud Karzai in Kabul.")
    names = {a.name for a in actors if a.kind == "PERSON"}
    assert names == {"Hamid Karzai", "Mahmoud Karzai"}


def test_shared_bare_surname_goes_to_nearest_preceding_full_name():
    arts, actors = corpus(
        "Hamid Karzai arrived. Karzai said he was tired.",
        "Mahmoud Karzai left. Karzai said nothing.",
        "Karzai said he was not reached.",
    )
    assert actor_of(arts, actors, 0, "Karzai").name == "Hamid Karzai"
    assert actor_of(arts, actors, 1, "Karzai").name == "Mahmoud Karzai"
    assert actor_of(arts, actors, 2, "Karzai").name == "Karzai"


def test_middle_name_variant_merges():
    arts, actors = corpus("Mohammad Ashraf Ghani spoke.", "Ashraf Ghani agreed.")
    assert len([a for a in actors if a.kind == "PERSON"]) == 1


def test_ids_are_unique_stable_slugs():
    arts, actors = corpus("Zalmay Khalilzad met Ashraf Ghani in Kabul.")
    ids = [a.id for a in actors]
    assert ids == ["zalmay-khalilzad", "ashraf-ghani", "kabul"]
    arts2, actors2 = corpus("Zalmay Khalilzad met Ashraf Ghani in Kabul.")
    assert [a.id for a in actors2] == ids


def test_config_alias_forces_a_merge_and_sets_kind_and_role():
    cfg = Config(
        actors=[
            ActorRule(
                name="Islamic Emirate", kind="ORG", aliases=["Taliban"], role="insurgent group"
            )
        ]
    )
    arts, actors = corpus("The Taliban met. The Islamic Emirate said so.", config=cfg)
    ie = by_name(actors)["Islamic Emirate"]
    assert set(ie.aliases) == {"Taliban", "Islamic Emirate"}
    assert ie.kind == "ORG"
    assert [(r.text, r.articles) for r in ie.roles] == [("insurgent group", ["a0"])]


def test_config_ignore_drops_mentions():
    cfg = Config(actors=[ActorRule(name="Kabul", ignore=True)])
    arts = [Article(id="a", path="a", format="text", body="Officials in Kabul met Ashraf Ghani.")]
    arts[0].mentions = find_mentions(arts[0].body)  # analysed without the rule (e.g. cached)
    actors = merge_actors(arts, cfg)
    assert [a.name for a in actors] == ["Ashraf Ghani"]
    assert [m.text for m in arts[0].mentions] == ["Ashraf Ghani"]


def test_config_kind_override():
    cfg = Config(actors=[ActorRule(name="Mujahid", kind="PERSON")])
    arts, actors = corpus("Mujahid said the talks failed.", config=cfg)
    assert by_name(actors)["Mujahid"].kind == "PERSON"


def test_empty_corpus():
    assert merge_actors([]) == []


# ---- the seeds


def test_seed_actors(seed_corpus):
    actors = {a.name: a for a in seed_corpus.actors}
    expected_people = [
        "Zalmay Khalilzad",
        "Suhail Shaheen",
        "Zabihullah Mujahid",
        "Ashraf Ghani",
        "Mike Pompeo",
        "Javid Faisal",
        "Hamdullah Mohib",
        "Sediq Sediqqi",
        "Abdullah Abdullah",
        "Matin Bek",
        "John Bass",
        "Ross Wilson",
        "Trump",
    ]
    for name in expected_people:
        assert actors[name].kind == "PERSON", name
    assert actors["Austin Scott Miller"].kind == "PERSON"
    assert actors["Austin Scott Miller"].roles[0].text == "Gen."
    for name in (
        "Taliban",
        "Afghan National Security Council",
        "International Committee of the Red Cross",
        "NBC News",
        "AFP",
        "UPI",
        "State Department",
    ):
        assert actors[name].kind == "ORG", name
    assert any(a.kind == "ORG" and "Ministry of Defense" in a.name for a in actors.values())
    bodies = " ".join(a.body for a in seed_corpus.articles)
    for name in (
        "Kabul",
        "Afghanistan",
        "Qatar",
        "Doha",
        "United States",
        "Kandahar",
        "Helmand",
        "Jalalabad",
    ):
        if name in bodies:
            assert actors[name].kind == "GPE", name


def test_seed_aliases_merged(seed_corpus):
    actors = {a.name: a for a in seed_corpus.actors}
    assert {"Ghani", "Ashraf Ghani"} <= set(actors["Ashraf Ghani"].aliases)
    assert {"Khalilzad", "Zalmay Khalilzad"} <= set(actors["Zalmay Khalilzad"].aliases)
    assert {"Shaheen", "Suhail Shaheen"} <= set(actors["Suhail Shaheen"].aliases)
    assert {"Mujahid", "Zabihullah Mujahid"} <= set(actors["Zabihullah Mujahid"].aliases)
    assert {"Pompeo", "Mike Pompeo"} <= set(actors["Mike Pompeo"].aliases)
    nsc = set(actors["Afghan National Security Council"].aliases)
    assert {
        "Afghan National Security Council",
        "National Security Council of Afghanistan",
        "Office of the Afghan National Security Council",
        "Security Council",
    } <= nsc
    us = set(actors["United States"].aliases)
    assert {"United States", "US", "U.S."} <= us
    # one actor per person: no stray surname-only actors
    for surname in ("Ghani", "Khalilzad", "Shaheen", "Mujahid", "Pompeo"):
        assert surname not in actors, surname
    # roles with their sources
    roles = {r.text for r in actors["Suhail Shaheen"].roles}
    assert "Taliban spokesman" in roles
    assert any("spokesman for the Taliban" in r for r in roles)
    assert actors["Zabihullah Mujahid"].roles[0].text == "Taliban spokesman"


def test_seed_no_false_actors(seed_corpus):
    names = {a.name.lower() for a in seed_corpus.actors}
    aliases = {al.lower() for a in seed_corpus.actors for al in a.aliases}
    for bad in (
        "today",
        "everyone",
        "both",
        "pursuant",
        "sunday",
        "monday",
        "skype",
        "twitter",
        "photo",
        "credit",
        "he",
        "she",
        "they",
        "charge d’affaires",
        "charge d'affaires",
        "d’affaires",
        "advertisement",
        "afghan",
        "american",
        "covid-19",
    ):
        assert bad not in names and bad not in aliases, bad


def test_seed_every_mention_has_an_actor(seed_corpus):
    ids = {a.id for a in seed_corpus.actors}
    assert len(ids) == len(seed_corpus.actors)
    total = 0
    for art in seed_corpus.articles:
        for m in art.mentions:
            assert m.actor in ids
            assert art.body[m.start : m.end] == m.text
            total += 1
    assert total == sum(a.mention_count for a in seed_corpus.actors)


# ---- property: any mentions merge without error, every mention gets an actor

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tui.model import Mention  # noqa: E402

_SURFACES = st.sampled_from(
    [
        "Ghani",
        "Ashraf Ghani",
        "Mr",
        "the Taliban",
        "Taliban",
        "U.S.",
        "US",
        "Council",
        "Security Council",
        "Afghan National Security Council",
        "ICRC",
        "Abdul Ghani",
        "Karzai",
        "Hamid Karzai",
        "",
        " ",
        "’s",
        "The",
    ]
) | st.text(max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(
                _SURFACES,
                st.sampled_from(["PERSON", "ORG", "GPE"]),
                st.none() | st.text(max_size=20),
            ),
            max_size=8,
        ),
        max_size=5,
    )
)
def test_merge_never_raises_and_links_every_mention(spec):
    arts = []
    for i, ms in enumerate(spec):
        a = Article(id=f"a{i}", path="", format="text", body="")
        a.mentions = [Mention(0, max(1, len(t)), t, k, role=r) for t, k, r in ms]
        arts.append(a)
    actors = merge_actors(arts)
    ids = {a.id for a in actors}
    assert len(ids) == len(actors)
    assert sum(a.mention_count for a in actors) == sum(len(a.mentions) for a in arts)
    for a in arts:
        for m in a.mentions:
            assert m.actor in ids


def test_short_form_needs_a_plausible_context():
    arts, actors = corpus(
        "The Nigerian Senate passed the bill in Abuja.",
        "In Washington, the Senate voted on the U.S. budget.",
        "The Senate adjourned.",
    )
    assert actor_of(arts, actors, 1, "Senate").name == "Senate"  # a U.S. article: not Nigeria's
    assert (
        actor_of(arts, actors, 2, "Senate").name == "Nigerian Senate"
    )  # the only candidate, no conflict


def test_short_form_joins_the_organisation_of_the_country_the_article_names():
    arts, actors = corpus(
        "The Afghan National Security Council met.",
        "The U.S. National Security Council met.",
        "In Kabul, the National Security Council said talks went well.",
    )
    assert (
        actor_of(arts, actors, 2, "National Security Council").name
        == "Afghan National Security Council"
    )


def test_acronym_joins_the_name_it_spells_not_a_unit_it_opens():
    arts, actors = corpus("The European Space Agency (ESA) said so.", "The ESA Topical Team met.")
    esa = by_name(actors)["European Space Agency"]
    assert "ESA" in esa.aliases and "ESA Topical Team" not in esa.aliases


def test_surname_with_a_particle_meets_the_full_name():
    arts, actors = corpus(
        "Abu Bakr al-Baghdadi was killed.",
        "Officials said al-Baghdadi had died, and Baghdadi said so.",
    )
    people = [a for a in actors if a.kind == "PERSON"]
    assert len(people) == 1 and set(people[0].aliases) == {
        "Abu Bakr al-Baghdadi",
        "al-Baghdadi",
        "Baghdadi",
    }
