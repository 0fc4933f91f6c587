"""The actor tagger: one test per signal, on short sentences of each shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.actors import find_mentions


def spans(text: str) -> dict[str, str]:
    """surface -> kind for every mention (offsets checked against the text)."""
    out = {}
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.text
        out[m.text] = m.kind
    return out


def roles(text: str) -> dict[str, str | None]:
    return {m.text: m.role for m in find_mentions(text)}


# ---- titles and honorifics stay outside the person span


def test_title_is_not_part_of_person_span():
    assert spans("President Ashraf Ghani met envoys on Monday.") == {"Ashraf Ghani": "PERSON"}
    assert roles("President Ashraf Ghani met envoys on Monday.")["Ashraf Ghani"] == "President"


def test_honorific_is_dropped_and_gives_no_role():
    got = find_mentions("The talks stalled, and Mr. Ghani left early.")
    assert [(m.text, m.kind, m.role) for m in got] == [("Ghani", "PERSON", None)]


def test_multiword_title():
    text = "Secretary of State Mike Pompeo flew to Kabul."
    assert spans(text) == {"Mike Pompeo": "PERSON", "Kabul": "GPE"}
    assert roles(text)["Mike Pompeo"] == "Secretary of State"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Supervisor of Elections Susan Bucher said the rolls were closed.",
            "Susan Bucher",
            "Supervisor of Elections",
            id="local-office-with-an-of-phrase",
        ),
        pytest.param(
            "Clerk of Courts Sharon Bock said so.",
            "Sharon Bock",
            "Clerk of Courts",
            id="clerk-of-courts",
        ),
        pytest.param(
            "State Treasurer John Perdue said so.", "John Perdue", "State Treasurer", id="treasurer"
        ),
        pytest.param(
            "Palm Beach County Supervisor of Elections Susan Bucher said the rolls were closed.",
            "Susan Bucher",
            "Palm Beach County Supervisor of Elections",
            id="county-opening-with-a-common-word",
        ),
        pytest.param(
            "Orange County Sheriff Jerry Demings said the road was closed.",
            "Jerry Demings",
            "Orange County Sheriff",
            id="county-sheriff",
        ),
    ],
)
def test_local_government_titles(text, name, role):
    assert roles(text) == {name: role}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "It is an agenda a President Clinton could hope to see work.",
            "Clinton",
            None,
            id="a-hypothetical-title",
        ),
        pytest.param(
            "Obama met President Ashraf Ghani in Kabul.",
            "Ashraf Ghani",
            "President",
            id="a-title-held",
        ),
    ],
)
def test_an_indefinite_title_is_no_role(text, name, role):
    assert roles(text)[name] == role


def test_capitalised_title_phrase_inside_the_run():
    text = "Afghanistan National Security Adviser Hamdullah Mohib said the sides agreed."
    got = spans(text)
    assert got["Hamdullah Mohib"] == "PERSON"
    assert roles(text)["Hamdullah Mohib"] == "Afghanistan National Security Adviser"


def test_military_rank_and_nickname():
    got = find_mentions('On Friday, Gen. Austin "Scott" Miller held a meeting.')
    assert [(m.text, m.kind) for m in got] == [('Austin "Scott" Miller', "PERSON")]


# ---- role phrases before and after a name


def test_premodifier_role():
    text = "Taliban spokesman Zabihullah Mujahid told AFP news agency that talks were off."
    got = spans(text)
    assert got == {"Taliban": "ORG", "Zabihullah Mujahid": "PERSON", "AFP": "ORG"}
    assert roles(text)["Zabihullah Mujahid"] == "Taliban spokesman"


def test_apposition_role():
    text = (
        "“We will not attend,” said Suhail Shaheen, a spokesman for the Taliban’s negotiating team."
    )
    assert spans(text)["Suhail Shaheen"] == "PERSON"
    assert roles(text)["Suhail Shaheen"] == "spokesman for the Taliban’s negotiating team"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "Voters disliked Mary Dunn, the first working mother to serve as first lady.",
            "Mary Dunn",
            None,
            id="a-clause-describing-the-person-is-no-role",
        ),
        pytest.param(
            "The plan came from Tom Reyes, the man who became mayor.",
            "Tom Reyes",
            None,
            id="a-relative-clause-is-no-role",
        ),
        pytest.param(
            "The bill was backed by Ann Cole, the only senator to vote twice, on Monday.",
            "Ann Cole",
            None,
            id="a-role-noun-with-an-infinitive-describes",
        ),
        pytest.param(
            "The plan came from Tom Reyes, an adviser to the governor, on Monday.",
            "Tom Reyes",
            "adviser to the governor",
            id="to-before-an-object-keeps-the-role",
        ),
        pytest.param(
            "The plan came from Tom Reyes, a senior White House adviser, on Monday.",
            "Tom Reyes",
            "senior White House adviser",
            id="modifiers-before-the-role-noun",
        ),
        pytest.param(
            "The plan came from Tom Reyes, chairman of the House Rules Committee, on Monday.",
            "Tom Reyes",
            "chairman of the House Rules Committee",
            id="the-object-after-the-role-noun",
        ),
        pytest.param(
            "Among them are Ana Ruiz and Tom Reyes, daughters of Cuban immigrants, in Miami.",
            "Tom Reyes",
            "daughter of Cuban immigrants",
            id="a-plural-apposition-is-each-one's-role-in-the-singular",
        ),
        pytest.param(
            "Republican senators Tom Reyes and Ana Ruiz said so.",
            "Tom Reyes",
            "Republican senator",
            id="a-plural-role-before-names",
        ),
        pytest.param(
            "Party spokesmen Tom Reyes and Ana Ruiz said so.",
            "Tom Reyes",
            "Party spokesman",
            id="an-irregular-plural",
        ),
    ],
)
def test_apposition_role_is_a_noun_phrase(text, name, role):
    assert roles(text)[name] == role


def test_fronted_apposition_role():
    text = "He met the Afghan president, Ashraf Ghani, last month."
    assert roles(text) == {"Ashraf Ghani": "Afghan president"}


def test_lowercase_modifiers_join_a_title():
    assert (
        roles("Trump has not replaced former Ambassador John Bass.")["John Bass"]
        == "former Ambassador"
    )


# ---- speech-verb frames make an unknown name a person


def test_said_after_unknown_name():
    assert spans("Yamassoum said the students were freed.") == {"Yamassoum": "PERSON"}


def test_said_before_name():
    assert spans("“It is important,” said Khalilzad in a tweet.") == {"Khalilzad": "PERSON"}


def test_surname_after_full_name_is_a_person():
    got = find_mentions("Nagoum Yamassoum was held for hours. Later Yamassoum was freed.")
    assert [(m.text, m.kind) for m in got] == [
        ("Nagoum Yamassoum", "PERSON"),
        ("Yamassoum", "PERSON"),
    ]


# ---- organisations


def test_organisation_words():
    got = spans("Officials at the Afghan National Security Council and NBC News disagreed.")
    assert got == {"Afghan National Security Council": "ORG", "NBC News": "ORG"}


def test_the_is_outside_org_span():
    assert spans("He handed them to the International Committee of the Red Cross in Kandahar.") == {
        "International Committee of the Red Cross": "ORG",
        "Kandahar": "GPE",
    }


def test_x_of_y_organisation():
    assert spans("Officials of the National Security Council of Afghanistan met.") == {
        "National Security Council of Afghanistan": "ORG"
    }
    assert (
        spans("According to the Afghan Ministry of Defense, 27 people died.")[
            "Afghan Ministry of Defense"
        ]
        == "ORG"
    )


def test_corporate_suffix_ends_the_name():
    got = spans("It bought Daniels Pharmaceuticals Inc of St. Petersburg, Fla., for shares.")
    assert got == {"Daniels Pharmaceuticals Inc": "ORG", "St. Petersburg": "GPE", "Fla.": "GPE"}


def test_acronyms_are_organisations_unless_places():
    assert spans("The ICRC and the U.S. embassy said so.") == {"ICRC": "ORG", "U.S.": "GPE"}


def test_shouted_word_is_not_an_acronym():
    assert spans("Press SEARCH to find it.") == {}


def test_head_noun_alone_after_the():
    assert spans("The Council also said that violence was discussed.") == {"Council": "ORG"}


def test_known_organisation_without_cue():
    assert spans("The Taliban have long said the government is creating pretexts.") == {
        "Taliban": "ORG"
    }


# ---- places


def test_gazetteer_places():
    got = spans("The deal was signed in Doha, Qatar, and officials in Kabul welcomed it.")
    assert got == {"Doha": "GPE", "Qatar": "GPE", "Kabul": "GPE"}


def test_the_united_states():
    assert spans("The United States signed an agreement with the Taliban.") == {
        "United States": "GPE",
        "Taliban": "ORG",
    }


def test_place_noun_after_unknown_name():
    assert spans("A bomb exploded in Zarghun province.") == {"Zarghun": "GPE"}


# ---- what is never an actor


def test_sentence_starters_are_not_names():
    for text in (
        "Today, 20 prisoners will be released.",
        "Everyone knows the threat is real.",
        "Both sides exchanged views.",
        "Pursuant to the decree, prisoners were freed.",
    ):
        assert spans(text) == {}, text


def test_calendar_words_and_page_furniture():
    assert spans("On Sunday in March the Photo Credit Advertisement ran.") == {}


def test_pronouns_are_never_actors():
    assert spans("He said They would come. She agreed. It was late.") == {}


def test_nationality_alone_is_not_an_actor():
    assert spans("Afghan officials met American diplomats.") == {}


def test_media_product_as_medium():
    assert spans("The council said on Twitter that talks went well via Skype video.") == {}
    assert spans("He announced it via Twitter on Sunday.") == {}


def test_media_product_as_actor():
    assert spans("Twitter said it had suspended the account.") == {"Twitter": "ORG"}


def test_quoted_title_is_a_term():
    assert spans("He served under the title “Charge D’Affaires”.") == {}


# ---- headlines and datelines


def test_all_caps_headline_only_known_names():
    text = "AFGHAN TALKS STALL AS TALIBAN WALK OUT\nKABUL 1996-08-30\nThe Taliban left the talks."
    got = spans(text)
    assert got == {"TALIBAN": "ORG", "KABUL": "GPE", "Taliban": "ORG"}


def test_headline_name_known_from_the_body():
    text = "CRICKET - LEICESTERSHIRE WIN\nLONDON 1996-08-30\nLeicestershire County Cricket Club beat Somerset."
    got = spans(text)
    assert got["LEICESTERSHIRE"] == "ORG"
    assert got["LONDON"] == "GPE"
    assert "CRICKET" not in got and "WIN" not in got


# ---- robustness


def test_possessive_ends_the_name():
    text = "Ashraf Ghani’s aide met Zalmay Khalilzad’s team."
    got = find_mentions(text)
    assert [m.text for m in got] == ["Ashraf Ghani", "Zalmay Khalilzad"]


def test_config_ignore_drops_a_name():
    from tui.config import ActorRule, Config

    cfg = Config(actors=[ActorRule(name="Kabul", ignore=True)])
    assert [m.text for m in find_mentions("Officials in Kabul met Ashraf Ghani.", cfg)] == [
        "Ashraf Ghani"
    ]


def test_empty_and_whitespace():
    assert find_mentions("") == []
    assert find_mentions("   \n\n  ") == []


_PIECES = st.sampled_from(
    list("AaBbKkTtMrUS .,;:'’“”\"-–—\n()[]&@/#09Éé\u200b\t")
    + [
        "Mr.",
        "The ",
        "said ",
        "of the ",
        "President ",
        "U.S.",
        "Inc.",
        "http://x.com/",
        ", a spokesman for the ",
        "Taliban",
        "Kabul",
        "ICRC",
        "\n\n",
        "KABUL ",
        "Ashraf Ghani",
        "’s ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=200))
def test_never_raises_and_spans_are_sane(text):
    from tui.config import ActorRule, Config

    cfg = Config(
        actors=[
            ActorRule(name="Bb Aa", kind="PERSON", aliases=["K."]),
            ActorRule(name="Mr", ignore=True),
        ]
    )
    for config in (None, cfg):
        last = 0
        for m in find_mentions(text, config):
            assert 0 <= m.start < m.end <= len(text)
            assert m.start >= last
            assert text[m.start : m.end] == m.text
            assert m.kind in ("PERSON", "ORG", "GPE")
            last = m.end


@pytest.mark.devdata
def test_dev_set_floor(dev_data):
    """Exact-span F1 on the CoNLL dev news documents stays above a floor below what we reach."""
    import json

    gold = [
        json.loads(line)
        for line in (dev_data / "actors" / "conll-dev.jsonl").open(encoding="utf-8")
    ]
    label = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC"}
    tp = {"PER": 0, "ORG": 0}
    npred = {"PER": 0, "ORG": 0}
    ngold = {"PER": 0, "ORG": 0}
    for doc in gold:
        if doc.get("topic") != "news":
            continue
        g = {(e["start"], e["end"], e["label"]) for e in doc["entities"] if e["label"] in tp}
        p = {
            (m.start, m.end, label[m.kind])
            for m in find_mentions(doc["text"])
            if label[m.kind] in tp
        }
        for lab in tp:
            gl = {x for x in g if x[2] == lab}
            pl = {x for x in p if x[2] == lab}
            tp[lab] += len(gl & pl)
            npred[lab] += len(pl)
            ngold[lab] += len(gl)
    f1 = {lab: 2 * tp[lab] / (npred[lab] + ngold[lab]) for lab in tp}
    assert f1["PER"] > 0.85, f1
    assert f1["ORG"] > 0.74, f1


# ---- rules added from reading news copy


def test_function_word_never_opens_a_name():
    assert spans("1901 - In China, the rising began.") == {"China": "GPE"}


def test_compound_adjective_splits_the_run():
    got = spans("Its rival, Ontario-based Magna International Inc, said so.")
    assert got == {"Magna International Inc": "ORG"}


def test_ampersand_joins_a_firm_name():
    assert spans("Shares of Douglas & Lomason rose.") == {"Douglas & Lomason": "ORG"}


def test_parenthesised_acronym_takes_the_kind_of_its_name():
    got = spans("Members of the National League for Democracy (NLD) were detained.")
    assert got == {"National League for Democracy": "ORG", "NLD": "ORG"}


def test_one_sense_per_document_for_a_surname_that_is_a_place():
    got = find_mentions("Michael Jordan scored 30. Jordan said he was tired.")
    assert [(m.text, m.kind) for m in got] == [("Michael Jordan", "PERSON"), ("Jordan", "PERSON")]


def test_company_full_name_overrides_a_speech_frame_guess():
    got = find_mentions("Magna International Inc bought the plant. Magna said the deal closed.")
    assert [(m.text, m.kind) for m in got] == [("Magna International Inc", "ORG"), ("Magna", "ORG")]


def test_given_name_then_common_word_surname():
    assert spans("The nominee, Bob Dole, spoke in Ohio.")["Bob Dole"] == "PERSON"


def test_title_with_of_phrase_and_no_name():
    assert spans("He was the Army's Director of Intelligence until 1921.") == {"Army": "ORG"}


def test_plural_common_noun_at_sentence_start():
    assert spans("Eyewitnesses told reporters they saw smoke.") == {}


def test_compass_plus_nationality_is_not_an_actor():
    assert spans("Talks with South Korean officials resumed.") == {}


def test_trailing_weekday_is_not_part_of_a_name():
    assert spans("Officials met Jose Miguel Insulza Monday in Santiago.") == {
        "Jose Miguel Insulza": "PERSON",
        "Santiago": "GPE",
    }


def test_leader_name_for_a_government():
    assert spans("It was a deal that the Trump administration hoped for.") == {"Trump": "PERSON"}
    assert spans("Talks with the Kabul government stalled.") == {"Kabul": "GPE"}


def test_title_of_a_country_names_the_country_not_a_person():
    text = "said Sediq Sediqqi, spokesman for the President of the Islamic Republic of Afghanistan."
    got = spans(text)
    assert got == {"Sediq Sediqqi": "PERSON", "Islamic Republic of Afghanistan": "GPE"}
    assert (
        roles(text)["Sediq Sediqqi"]
        == "spokesman for the President of the Islamic Republic of Afghanistan"
    )


def test_one_sense_per_document_for_untyped_repeats():
    got = find_mentions("Petofi said profits fell. The manager is leaving Petofi soon.")
    assert [(m.text, m.kind) for m in got] == [("Petofi", "PERSON"), ("Petofi", "PERSON")]


def test_family_name_first():
    got = find_mentions(
        "The detention of Wang Donghai was condemned. Wang's arrest came on Friday."
    )
    assert [(m.text, m.kind) for m in got] == [("Wang Donghai", "PERSON"), ("Wang", "PERSON")]


def test_company_named_after_its_country():
    assert spans("Workers at Air France went on strike.") == {"Air France": "ORG"}


def test_country_code_yields_to_the_documents_acronym():
    got = find_mentions("Members of the National League for Democracy (NLD) met. The NLD said so.")
    assert [(m.text, m.kind) for m in got][-1] == ("NLD", "ORG")


def test_named_place_with_a_place_word():
    assert spans("A spokesman said Downing Street had no comment.") == {"Downing Street": "GPE"}
    assert spans("Officials said 34 people died in Lagos State on Monday.") == {
        "Lagos State": "GPE"
    }


def test_two_word_title():
    text = "Chief Executive Tim Cook said sales rose."
    assert spans(text) == {"Tim Cook": "PERSON"}
    assert roles(text)["Tim Cook"] == "Chief Executive"


def test_sign_off_line_is_not_a_headline():
    text = "Prices rose.\n-- Luli Popescu, Bucharest Newsroom 40-1 3120264"
    assert spans(text) == {"Luli Popescu": "PERSON", "Bucharest Newsroom": "ORG"}


def test_title_case_headline_only_known_names():
    text = "Afghan Prisoner Swap Hits Wall as Taliban Pull Out of Talks\nThe Taliban left."
    got = find_mentions(text)
    assert [(m.text, m.kind) for m in got] == [("Taliban", "ORG"), ("Taliban", "ORG")]


def test_headline_place_beats_an_organisation_word_from_the_body():
    text = "POLISH BANK HOLDS RATES\nWARSAW 1996-08-30\nThe rate held.\n-- Warsaw Newsroom +48 22 653 9700"
    got = spans(text)
    assert got["WARSAW"] == "GPE" and got["Warsaw Newsroom"] == "ORG"


def test_sentence_final_abbreviation_period_ends_the_sentence():
    got = find_mentions("The firm is based in Detroit, Mich.\nIt employs 300.")
    assert [(m.text, m.kind) for m in got] == [("Detroit", "GPE"), ("Mich", "GPE")]


def test_acronym_next_to_a_place_is_two_names():
    assert spans("The Chicago NAPM index rose.") == {"Chicago": "GPE", "NAPM": "ORG"}


def test_nationality_that_is_also_a_place_name():
    assert spans("Thai officials met.") == {}


def test_config_names_are_found_where_the_rules_miss_them():
    from tui.config import ActorRule, Config

    cfg = Config(
        actors=[ActorRule(name="Islamic Emirate", kind="ORG", aliases=["IEA", "the group"])]
    )
    got = find_mentions(
        "a statement by the IEA in Doha; the Islamic Emirate said, and the group agreed", cfg
    )
    assert [(m.text, m.kind) for m in got] == [
        ("IEA", "ORG"),
        ("Doha", "GPE"),
        ("Islamic Emirate", "ORG"),
        ("the group", "ORG"),
    ]


def test_no_shape_guesses_in_text_that_is_not_english():
    text = (
        "Sebelum Islam pecah jadi beberapa golongan, para sahabat Nabi hidup rukun dan damai. "
        "Menurut Kitab Suci, semua orang harus saling menghormati dan menolong sesama manusia "
        "tanpa memandang asal usul mereka, karena itu adalah ajaran yang paling utama."
    )
    assert [m for m in find_mentions(text) if m.kind == "PERSON"] == []


def test_organisation_before_a_title():
    text = "White House Press Secretary Stephanie Grisham said on Monday."
    assert spans(text) == {"White House": "ORG", "Stephanie Grisham": "PERSON"}
    assert roles(text)["Stephanie Grisham"] == "White House Press Secretary"
    got = spans("Bank of England Governor Mervyn King spoke.")
    assert got == {"Bank of England": "ORG", "Mervyn King": "PERSON"}


def test_sentence_initial_word_that_opens_an_organisation():
    assert spans("National Security Council spokesman Javid Faisal said so.") == {
        "National Security Council": "ORG",
        "Javid Faisal": "PERSON",
    }
    assert spans("Senior Taliban commanders met.") == {"Taliban": "ORG"}


def test_role_drops_a_sentence_opener():
    assert roles("While White House press secretary, Stephanie Grisham, held no briefings.") == {
        "White House": None,
        "Stephanie Grisham": "White House press secretary",
    }


def test_contractions_are_not_names():
    assert spans("We've said it. They’re right. I'm sure.") == {}


def test_camel_case_brand_is_an_organisation():
    assert spans("WeWork said it would cut jobs.") == {"WeWork": "ORG"}
    assert spans("McDonald said so.") == {"McDonald": "PERSON"}


def test_known_organisation_before_a_product_name():
    assert spans("Sales of Apple AirPods rose.") == {"Apple": "ORG"}


def test_gazetteers_ship_and_load():
    from tui.analysis.gazetteer import gazetteer

    g = gazetteer()
    assert g.places["Kabul"] == "capital" and g.place_country["Kabul"] == "AF"
    assert g.demonym_country["Afghan"] == "AF"
    assert "John" in g.given_names and "Taliban" in g.organisations
    assert "today" in g.common_words and "kabul" not in g.common_words
