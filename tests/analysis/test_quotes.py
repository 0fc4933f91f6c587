"""Unit tests for quote extraction: each quote shape and cue pattern on short texts."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.quote_marks import pair_quotes
from tui.analysis.quotes import find_quotes
from tui.model import Mention


def only(text, kind=None):
    qs = [q for q in find_quotes(text, []) if kind is None or q.kind == kind]
    return qs


def one(text, kind=None):
    qs = only(text, kind)
    assert len(qs) == 1, [(q.kind, q.text, q.speaker) for q in find_quotes(text, [])]
    return qs[0]


def check_offsets(text, qs):
    for q in qs:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start : q.end]
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)


# --- quotation marks ------------------------------------------------------------------


def test_curly_quote_with_trailing_said_name():
    t = "“The talks went well,” said Suhail Shaheen."
    q = one(t)
    assert (q.kind, q.text, q.speaker, q.cue) == (
        "direct",
        "The talks went well,",
        "Suhail Shaheen",
        "said",
    )
    assert t[q.speaker_start : q.speaker_end] == "Suhail Shaheen"


def test_straight_quote_with_name_said():
    q = one('"We will not attend," Mujahid said.')
    assert (q.kind, q.text, q.speaker) == ("direct", "We will not attend,", "Mujahid")


def test_split_quote_both_pieces_get_the_speaker():
    t = "“Their release has been delayed,” said Suhail Shaheen, a spokesman for the Taliban. “Therefore, our team will not attend.”"
    qs = only(t, "direct")
    assert [q.text for q in qs] == [
        "Their release has been delayed,",
        "Therefore, our team will not attend.",
    ]
    assert [q.speaker for q in qs] == ["Suhail Shaheen", "Suhail Shaheen"]


def test_quote_split_mid_sentence_by_pronoun_attribution():
    t = "President Ghani spoke. “We are ready,” he said, “to release them all.”"
    ghani = Mention(t.index("Ghani"), t.index("Ghani") + 5, "Ghani", "PERSON")
    qs = [q for q in find_quotes(t, [ghani]) if q.kind != "indirect"]
    assert [q.who() for q in qs] == ["Ghani", "Ghani"]


def test_multi_paragraph_quote_one_piece_per_paragraph():
    t = "Pompeo said:\n\n“The first paragraph goes on.\n\n“The second paragraph ends here.”\n\nThen he left."
    qs = only(t, "direct")
    assert [q.text for q in qs] == [
        "The first paragraph goes on.",
        "The second paragraph ends here.",
    ]
    assert all(q.speaker == "Pompeo" for q in qs)


def test_opening_mark_used_as_closing_mark_at_paragraph_end():
    t = "He said, adding that “everyone is committed to peace. “\n\nNext paragraph “with a term” here."
    qs = find_quotes(t, [])
    assert qs[0].text == "everyone is committed to peace."
    assert qs[-1].text == "with a term"


def test_damaged_entity_closes_a_quote():
    t = 'Mujahid told AFP that a "technical team,quot; was in Kabul to facilitate the exchange.'
    q = one(t, "partial")
    assert q.text == "technical team"
    assert q.speaker == "Mujahid"


def test_html_entity_marks_pair():
    t = "&quot;We are ready,&quot; said Mr. Ghani."
    q = one(t, "direct")
    assert (q.text, q.speaker) == ("We are ready,", "Ghani")


def test_one_bad_mark_does_not_shift_later_paragraphs():
    t = "“Broken quote without end, he said.\n\n“Fine,” said Ghani.\n\n“Also fine,” said Shaheen."
    qs = only(t, "direct")
    assert ("Fine,", "Ghani") in [(q.text, q.speaker) for q in qs]
    assert ("Also fine,", "Shaheen") in [(q.text, q.speaker) for q in qs]


def test_mixed_straight_and_curly_marks():
    q = one('“We agreed," said Khalilzad.')
    assert (q.text, q.speaker) == ("We agreed,", "Khalilzad")


def test_pairing_keeps_marks_out_of_the_span():
    (p,) = pair_quotes("a “b c” d")
    assert (p.start, p.end, p.open_start, p.close_end) == (3, 6, 2, 7)


# --- partial quotes and terms -----------------------------------------------------------


def test_partial_quote_inside_reported_speech():
    q = one(
        "Taliban spokesman Zabihullah Mujahid told AFP that a “technical team” was in Kabul.",
        "partial",
    )
    assert (q.text, q.speaker, q.cue) == ("technical team", "Zabihullah Mujahid", "told")


def test_short_fragment_after_a_speech_verb_is_partial():
    q = one("Shaheen described the talks as “positive” on Sunday.")
    assert (q.kind, q.speaker) == ("partial", "Shaheen")


def test_title_in_quotes_without_a_speech_frame_is_a_term():
    q = one("The embassy is run by Ross Wilson under the title “Charge D’Affaires”.")
    assert (q.kind, q.speaker, q.cue) == ("term", None, None)


def test_nickname_is_a_term():
    assert one('Gen. Austin "Scott" Miller met Taliban leaders.').kind == "term"


# --- cues and speakers ---------------------------------------------------------------------


def test_according_to():
    q = one("“The deal is off,” according to Zabihullah Mujahid.")
    assert (q.speaker, q.cue) == ("Zabihullah Mujahid", "according to")


def test_in_a_tweet_is_kept_with_the_cue():
    q = one("“Everyone knows it,” said Khalilzad in a tweet.")
    assert q.speaker == "Khalilzad"
    assert q.cue == "said in a tweet"


def test_series_of_tweets():
    q = one("“It is an important step,” said Khalilzad in a series of tweets.")
    assert q.cue == "said in a series of tweets"


def test_via_twitter_after_name_and_verb():
    q = one(
        "“Today, 20 prisoners will be released,” Taliban spokesman Suhail Shaheen announced via Twitter."
    )
    assert (q.speaker, q.cue) == ("Suhail Shaheen", "announced via Twitter")


def test_colon_introduction_same_paragraph():
    q = one("Mujahid said: “There will be no political talks.”")
    assert (q.kind, q.speaker) == ("direct", "Mujahid")


def test_colon_introduction_previous_paragraph():
    t = "Dr. Ward stated:\n\n“The department is not about justice anymore.”"
    q = one(t, "direct")
    assert q.speaker == "Ward"


def test_tweeted_and_wrote():
    assert one("“We are winning,” Trump tweeted.").speaker == "Trump"
    assert one("“We lost,” Clinton wrote in an email.").speaker == "Clinton"


def test_apposition_between_name_and_verb():
    q = one(
        "Javid Faisal, spokesperson for the Office of the National Security Council, said that the talks “could pave the way.”"
    )
    assert q.speaker == "Javid Faisal"


def test_inverted_name_with_apposition():
    q = one(
        "“This heinous act is a clear example,” said Sediq Sediqqi, spokesman for the President."
    )
    assert q.speaker == "Sediq Sediqqi"


def test_institutional_speaker_keeps_the_article():
    q = one("“The two sides held negotiations,” the Security Council said.")
    assert q.speaker == "the Security Council"


def test_institution_after_inverted_verb():
    q = one(
        "“Both sides exchanged options,” said the Afghan National Security Council in a subsequent statement."
    )
    assert q.speaker == "the Afghan National Security Council"
    assert "statement" in q.cue


def test_title_is_not_part_of_the_name():
    assert one("“We will go,” said Secretary of State Mike Pompeo.").speaker == "Mike Pompeo"
    assert (
        one("“We will go,” said U.S. Special Envoy Zalmay Khalilzad.").speaker == "Zalmay Khalilzad"
    )


def test_pronoun_resolves_to_the_last_named_speaker():
    t = "“We met,” said Zalmay Khalilzad.\n\n“Both sides should hurry,” he said."
    qs = only(t, "direct")
    assert qs[1].who() == "Zalmay Khalilzad"


def test_pronoun_respects_gender():
    t = "“I am ready,” said Mrs. Clinton. “So am I,” said Mr. Sanders.\n\n“It is over,” she said."
    qs = only(t, "direct")
    assert qs[-1].who() == "Clinton"


def test_pronoun_gender_from_a_first_name():
    # no honorific and no earlier pronoun: the first names tell who "she" is
    t = "“I am ready,” said Barbara Lee. “So am I,” said Thomas Perez.\n\n“It is over,” she said."
    assert only(t, "direct")[-1].who() == "Barbara Lee"


def test_pronoun_far_from_any_name_is_kept():
    # the only man named is four sentences back and not credited with anything since:
    # resolving "he" would be a guess, so the pronoun is reported as written
    t = (
        "Senator Tom Udall visited the plant in March. The plant closed a year later. "
        "Hundreds of workers lost their jobs. The town has not recovered. Its school shut too. "
        "“Nobody came to help us,” he said."
    )
    assert one(t, "direct").speaker == "he"


def test_pronoun_follows_a_chain_of_quotes():
    # each "he said" continues the speaker credited in the quote before it
    t = (
        "Ted Cruz spoke first. “We will win,” Cruz said.\n\n"
        "“The polls are wrong,” he said. “They always are.”\n\n"
        "“Watch Iowa,” he added. “It decides everything.”"
    )
    qs = only(t, "direct")
    assert [q.who() for q in qs] == ["Cruz", "Cruz", "Cruz", "Cruz", "Cruz"]


def test_pronoun_antecedent_is_a_person_not_a_place():
    # "Colorado" opens the sentence before but is a place: no person to resolve to
    t = "Colorado voted on Tuesday. Turnout was high.\n\n“It was a good day,” she said."
    assert one(t, "direct").speaker == "she"


def test_pronoun_kept_when_nothing_resolves():
    assert one("“It is over,” she said.").speaker == "she"


def test_role_noun_resolves_to_the_person_with_that_role():
    t = (
        "U.S. special envoy Zalmay Khalilzad arrived in Kabul. “We talked,” said Ghani.\n\n"
        "The US envoy said all sides conveyed their strong commitment to peace."
    )
    q = one(t, "indirect")
    assert q.who() == "Zalmay Khalilzad"
    assert q.text == "all sides conveyed their strong commitment to peace"


def test_relative_clause_speaker():
    t = "The swap was welcomed by Zalmay Khalilzad, the U.S. envoy, late Sunday, who said it was “an important step.”"
    assert one(t, "partial").speaker == "Zalmay Khalilzad"


def test_descriptive_speaker_without_a_name():
    assert (
        one("“Did he lose 20 minutes? Probably,” said one former senior agency official.").speaker
        == "one former senior agency official"
    )


def test_participle_clause_takes_the_main_speaker():
    t = "“Everyone knows it,” said Khalilzad in a tweet, adding that “everyone is committed to peace.”"
    qs = [q for q in find_quotes(t, []) if q.kind != "indirect"]
    assert [q.speaker for q in qs] == ["Khalilzad", "Khalilzad"]


def test_mention_overlapping_the_speaker_is_preferred():
    t = "“We will attend,” said Zalmay Khalilzad."
    s = t.index("Zalmay")
    q = one(t)
    ment = Mention(s, s + len("Zalmay Khalilzad"), "Zalmay Khalilzad", "PERSON")
    q2 = find_quotes(t, [ment])[0]
    assert (q.speaker, q2.speaker) == ("Zalmay Khalilzad", "Zalmay Khalilzad")
    assert (q2.speaker_start, q2.speaker_end) == (ment.start, ment.end)


# --- indirect statements -----------------------------------------------------------------


def test_indirect_said_clause():
    q = one(
        "Khalilzad said all sides conveyed their strong commitment to a reduction of violence.",
        "indirect",
    )
    assert q.speaker == "Khalilzad"
    assert q.text == "all sides conveyed their strong commitment to a reduction of violence"


def test_indirect_told_object_that():
    q = one("Mujahid told AFP news agency that the team was in Kabul for the exchange.", "indirect")
    assert (q.speaker, q.text) == ("Mujahid", "the team was in Kabul for the exchange")


def test_indirect_clause_then_speaker():
    q = one(
        "The two sides met on Tuesday and will meet again, the Security Council said on Twitter.",
        "indirect",
    )
    assert q.speaker == "the Security Council"
    assert q.text == "The two sides met on Tuesday and will meet again"


def test_according_to_indirect():
    q = one(
        "According to the Afghan Ministry of Defense, 27 people were killed in the attack.",
        "indirect",
    )
    assert q.speaker == "the Afghan Ministry of Defense"
    assert q.text == "27 people were killed in the attack"


def test_capitalised_states_is_not_a_cue():
    assert only("The United States signed an agreement with the Taliban in February.") == []


def test_run_on_sentence_holds_two_statements():
    t = "He said the talks centred on prisoners and other issues will wait National Security Adviser Hamdullah Mohib said all sides emphasized a ceasefire."
    qs = only(t, "indirect")
    assert [q.speaker for q in qs][-1] == "Hamdullah Mohib"
    assert qs[-1].text == "all sides emphasized a ceasefire"


# --- robustness ---------------------------------------------------------------------------


def test_empty_and_markless_text():
    assert find_quotes("", []) == []
    assert find_quotes("   \n\n ", []) == []
    assert find_quotes("No quotes here at all.", []) == []


def test_many_unbalanced_marks():
    t = ("“" * 300) + " text " + ('"' * 301) + "” ”" * 50
    check_offsets(t, find_quotes(t, []))


_QUOTEY = st.text(
    alphabet=st.sampled_from(list("“”\"'‘’„«» \n\n.,:;—said he Smith told AFP that a X")),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_offsets_in_range_arbitrary(text):
    check_offsets(text, find_quotes(text, []))


@settings(max_examples=300, deadline=None)
@given(_QUOTEY)
def test_never_raises_on_quote_soup(text):
    check_offsets(text, find_quotes(text, []))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "“Nested “deep “deeper” x” y”",
                " said Ghani.",
                "\n\n",
                "He said: ",
                "&quot;",
                ",quot;",
                "Word ",
            ]
        ),
        max_size=60,
    )
)
def test_never_raises_on_nested_and_broken_marks(parts):
    text = "".join(parts)
    check_offsets(text, find_quotes(text, []))


# --- fragments, continuations and more cues ------------------------------------------------


def test_fragment_in_a_clause_of_a_person_subject_is_theirs():
    q = one(
        "Corey Lewandowski ripped the director for acting as “the judge and the jury” in the probe."
    )
    assert (q.kind, q.speaker) == ("partial", "Corey Lewandowski")


def test_stance_verb_fragment():
    q = one(
        "In a press conference, Trump launched an attack on Obama, calling him “the most ignorant president.”"
    )
    assert q.speaker == "Trump"


def test_title_cue_keeps_a_term_even_with_a_subject():
    q = one("Ross Wilson runs the embassy under the title “Charge D’Affaires” for now.")
    assert q.kind == "term"


def test_quote_after_an_attributed_sentence_continues_it():
    t = "The administration may wait, Schiff said. “The other factor is Russia.”"
    q = one(t, "direct")
    assert q.speaker == "Schiff"


def test_answered_is_a_cue():
    assert one("“Denver,” Christie answered.").speaker == "Christie"


def test_comma_apposition_with_age():
    assert one("“We are friends,” Jim Bennett, 57, told a voter.").speaker == "Jim Bennett"


def test_fragment_then_inverted_cue():
    assert one("“This will be a challenge” for Clinton, said Kunin.").speaker == "Kunin"


def test_title_of_a_work_is_a_term_not_the_subjects_words():
    q = one("Susan Sarandon, star of the classic “Thelma and Louise,” is not sure she can vote.")
    assert q.kind == "term"


def test_sentence_opening_word_is_not_a_subject():
    assert (
        one("Thanks to his latest act, he can add a new title: “song anthropologist.”").speaker
        != "Thanks"
    )


def test_name_between_commas_after_a_role():
    q = one("Carson’s business manager, Armstrong Williams, stated: “He feels sorry for him.”")
    assert q.speaker == "Armstrong Williams"


def test_long_lowercase_apposition_after_a_name():
    q = one(
        "“The program has a contradiction,” Bill Frelick, refugee rights program director at Human Rights Watch, said in an interview."
    )
    assert q.speaker == "Bill Frelick"


def test_documents_speak_but_are_not_resolved_to_people():
    t = "Zalmay Khalilzad issued a statement on Monday. “The talks are over,” the statement said."
    assert one(t, "direct").speaker == "the statement"


def test_participle_after_a_quote_attributes_what_follows():
    t = "Ryan said he was “very encouraged” and Trump called it a “great meeting.”"
    qs = find_quotes(t, [])
    assert [q.speaker for q in qs if q.kind == "partial"] == ["Ryan", "Trump"]


def test_indirect_skips_medium_and_told_object():
    q = one("He said in a twitter post the talks centred on prisoners.", "indirect")
    assert q.text == "the talks centred on prisoners"
    q = one(
        "Matin Bek told a news conference the Taliban were demanding senior commanders.", "indirect"
    )
    assert (q.speaker, q.text) == ("Matin Bek", "the Taliban were demanding senior commanders")


def test_indirect_participle_and_nested_reports():
    q = one(
        "NBC News reported that on the trip where Secretary of State Mike Pompeo announced the cut, he warned the leaders.",
        "indirect",
    )
    assert q.speaker == "NBC News" and q.text.endswith("he warned the leaders")
    t = "A Taliban spokesman, Suhail Shaheen, confirmed the discussion in a tweet, but said the conversation was focused on prisoners."
    q = one(t, "indirect")
    assert (q.speaker, q.text) == ("Suhail Shaheen", "the conversation was focused on prisoners")


def test_quote_attribution_is_not_an_indirect_statement():
    t = "“Both sides should hurry,” he said via Twitter, citing the threat to prisoners from the virus."
    assert only(t, "indirect") == []


def test_noun_object_is_not_a_statement():
    assert (
        only("The ministry confirmed the online discussion with the delegation.", "indirect") == []
    )


def test_attribution_only_sentence_before_the_quote():
    t = "Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”"
    q = one(t, "direct")
    assert q.speaker == "Sam Lau" and q.cue == "said in a statement"


def test_capitalised_will_is_a_name_not_an_auxiliary():
    assert one("“The eruption of war is a reminder,” Will wrote.").speaker == "Will"


def test_pronoun_antecedent_is_the_subject_not_a_name_in_a_relative_clause():
    t = "Scott Reed, who managed Bob Dole's 1996 campaign, said the fear is high.\n\n“But I'm amazed that people are surprised,” he said."
    assert one(t, "direct").who() == "Scott Reed"


def test_two_apostrophes_as_quotation_marks():
    q = one("''We finally may be seeing some growth,'' the economist Jared Bernstein said.")
    assert (q.kind, q.text, q.speaker) == (
        "direct",
        "We finally may be seeing some growth,",
        "Jared Bernstein",
    )


def test_name_between_commas_after_an_institution():
    t = "The director of the Federal Bureau of Investigation, James B. Comey, said that online messages were private."
    assert one(t, "indirect").speaker == "James B. Comey"


def test_role_with_a_prepositional_phrase():
    q = one(
        "But attorneys for the department said this week that they would miss the deadline.",
        "indirect",
    )
    assert (q.speaker, q.text) == ("attorneys for the department", "they would miss the deadline")


def test_lowercase_description_before_an_inverted_name():
    assert (
        one(
            "“Getting maxed-out contributions is a red flag,” said election lawyer Joe Birkenstock."
        ).speaker
        == "Joe Birkenstock"
    )


def test_parenthesised_party_and_state_after_the_name():
    q = one(
        "“By moving overseas they dodge taxes,” Senate Minority Leader Harry M. Reid (D-Nev.) said on Monday."
    )
    assert q.speaker == "Harry M. Reid"


def test_dash_signature():
    q = one("“He can’t even answer a question without scaring people.” ― Esther Tapia")
    assert (q.speaker, q.cue) == ("Esther Tapia", "—")


def test_age_description_speaker():
    assert (
        one("“What if he had elocution lessons?” the 43-year-old asked in the video.").speaker
        == "the 43-year-old"
    )


def test_short_whole_sentence_after_a_split_quote_is_direct():
    t = "“He is really on the side of the little guy,” Clinton said. “Don’t believe it.”"
    qs = only(t, "direct")
    assert [q.speaker for q in qs] == ["Clinton", "Clinton"]


def test_one_word_opener_before_the_subject():
    assert one("Then he cut into Bush, calling him a “stiff” on stage.").kind == "partial"


def test_progressive_speech_verb():
    q = one(
        "Trump is telling a town hall in Salem that waterboarding is “peanuts,” compared to the militants."
    )
    assert q.speaker == "Trump"


# --- attribution shapes added with the speaker-accuracy work ------------------------------


def test_attribution_after_a_question_mark_inside_the_quote():
    # the splitter ends the sentence at "?”", but the cue right after belongs to the quote
    q = one(
        "They met on Monday.\n\n“Would it be negotiable?” Hannity pressed. The answer was no.",
        "direct",
    )
    assert q.speaker == "Hannity"
    q = one("“Pat Kennedy is the greatest!!!” McDonough wrote in an email.", "direct")
    assert q.speaker == "McDonough"


def test_question_followed_by_an_unrelated_sentence_has_no_speaker():
    assert one("“Why?” The answer is simple.").speaker is None


def test_inverted_name_after_modifier_and_lowercase_description():
    q = one(
        "“It was never meant to be,” said Monmouth University political scientist Patrick Murray."
    )
    assert q.speaker == "Patrick Murray"
    q = one("“He peaked too soon,” said Republican political consultant Chris Russell.")
    assert q.speaker == "Chris Russell"


def test_description_does_not_run_past_a_preposition():
    q = one(
        "“We can do better,” said former tech executive Carly Fiorina during the second GOP debate."
    )
    assert q.speaker == "Carly Fiorina"


def test_two_connective_openers_before_the_subject():
    q = one("And then Trump went on the attack, saying, “Is he going to resign?”")
    assert q.speaker == "Trump"


def test_colon_after_a_clause_introduces_its_subjects_words():
    q = one(
        "Kaine has adopted the stance common among some Catholics: “I’m pro-life in my personal life.”"
    )
    assert q.speaker == "Kaine"


def test_sentence_opening_said_with_inverted_speaker():
    q = one(
        "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”"
    )
    assert q.speaker == "Dorothy Poynter"


def test_participle_after_an_object_takes_the_main_subject():
    # "calling" has the subject of "released", not the ad or the statement
    q = one("After the attacks, Trump released a new radio ad calling it “dangerous” to wait.")
    assert q.speaker == "Trump"
    q = one(
        "The Security Council issued a statement calling the test “a clear violation” of its resolutions."
    )
    assert q.speaker == "The Security Council"


def test_pronoun_does_not_resolve_to_a_person_mentioned_in_passing():
    # Reagan is an object in the sentence before, not its subject: "she" stays "she"
    t = "The crowd cheered when the band played a song for Reagan.\n\n“It was a great night,” she said."
    s = t.index("Reagan")
    qs = find_quotes(t, [Mention(s, s + 6, "Reagan", "PERSON")])
    assert [q.speaker for q in qs if q.kind == "direct"] == ["she"]


def test_it_resolves_only_to_an_institution_just_named_as_subject():
    t = "The Security Council met on Monday.\n\n“The test is a clear violation,” it said."
    s = t.index("Security")
    qs = find_quotes(t, [Mention(s - 4, s + 16, "The Security Council", "ORG")])
    assert [q.who() for q in qs if q.kind == "direct"] == ["The Security Council"]
    t2 = "Lawmakers cited a Washington Post report. Then the debate moved on. Nobody spoke for an hour.\n\n“We disagree,” it said."
    s2 = t2.index("Washington")
    qs = find_quotes(t2, [Mention(s2, s2 + 15, "Washington Post", "ORG")])
    assert [q.who() for q in qs if q.kind == "direct"] == ["it"]


def test_title_of_a_work_after_its_noun_is_a_term():
    t = "She spoke at a screening of her blockbuster film, “Trainwreck.”"
    assert [q.kind for q in find_quotes(t, [])] == ["term"]
    t = "He was a contestant on the reality show “The Apprentice” in 2004."
    assert [q.kind for q in find_quotes(t, [])] == ["term"]


def test_place_inside_an_apposition_is_not_the_speaker():
    t = "Clinton, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of coal companies out of business.”"
    assert [q.speaker for q in find_quotes(t, []) if q.kind == "partial"] == ["Clinton"]


def test_determiner_phrase_after_a_preposition_is_not_the_speaker():
    # "the streets" is where the protesters marched, not who chanted
    qs = find_quotes(
        "Protesters marching through the streets chanted “What curfew?” and kept going.", []
    )
    assert all(q.speaker != "the streets" for q in qs)


def test_role_noun_needs_its_modifiers_in_the_description():
    # Sanders is a senator, but not "the Florida senator"
    t = "Sen. Bernie Sanders of Vermont spoke first.\n\nThe Florida senator said the plan would cost too much money."
    assert one(t, "indirect").speaker == "The Florida senator"


def test_anonymous_role_is_not_resolved_to_a_named_person():
    t = "Sullivan declined to comment. The source said the talks had stalled over money."
    assert one(t, "indirect").speaker == "The source"


def test_role_noun_far_from_the_person_is_kept():
    t = (
        "Gov. Chris Christie toured the site in May. Crews cleared the debris. The road reopened. "
        "Traffic returned. Shops reopened too.\n\nThe governor said the state would pay for the repairs."
    )
    assert one(t, "indirect").speaker == "The governor"


def test_first_name_decides_gender_when_a_surname_is_shared():
    # two Clintons: "she" cannot be Bill, though "Clinton" alone is ambiguous
    t = "Hillary Clinton spoke in Iowa. Bill Clinton spoke in Ohio.\n\n“We will win,” she said."
    assert one(t, "direct").who() == "Hillary Clinton"


def test_long_quoted_stretch_is_somebodys_words_not_a_term():
    # six words in quotation marks with no speech frame: a partial quote, not a term
    qs = find_quotes("The report blamed “a long series of very bad decisions” for the loss.", [])
    assert [q.kind for q in qs] == ["partial"]
    # a short scare-quoted phrase stays a term, and so does a title of up to eight words
    assert [q.kind for q in find_quotes("The so-called “border tax” was dropped.", [])] == ["term"]
    assert [
        q.kind
        for q in find_quotes("They watched “The Late Show With Stephen Colbert” at home.", [])
    ] == ["term"]


def test_pronoun_subject_right_before_its_verb_and_fragment():
    t = "Barack Obama spoke on Friday. He offered “my thoughts and prayers for all of the victims' families.”"
    q = [q for q in find_quotes(t, []) if q.kind == "partial"][0]
    assert q.who() == "Barack Obama"


def test_long_apposition_after_the_quote():
    q = one(
        "“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview."
    )
    assert q.speaker == "Harry Bond"
    q = one(
        "“The ruling protects everyone,” Robert McDuff, attorney for one of four groups to file suit over the law, said in a statement."
    )
    assert q.speaker == "Robert McDuff" and q.cue == "said in a statement"


def test_told_does_not_invert_and_name_after_a_lowercase_description():
    # after "told" comes the listener, never the speaker
    q = one(
        "“Positions are gonna soften,” Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO on Monday."
    )
    assert q.speaker == "Joe Kasper"


def test_speech_word_after_a_determiner_is_a_noun():
    qs = find_quotes(
        "Howard continued his scathing remarks.\n\n“Eight years ago she was the presumed nominee.”",
        [],
    )
    assert all(q.speaker != "his scathing" for q in qs)


def test_transcript_labels_name_each_paragraphs_speaker():
    t = (
        "The exchange went like this.\n\n“WALLACE: Governor, I don’t want to interrupt.\n\n"
        "“PENCE: And that’s why Donald Trump is on his way to the White House.\n\n“WALLACE: Thank you.”"
    )
    assert [q.speaker for q in only(t, "direct")] == ["WALLACE", "PENCE", "WALLACE"]


def test_signature_paragraph_after_a_quote():
    t = "It was a claim.\n\n“I went to Wall Street before the crash and warned them.”\n\n- Clinton.\n\nClinton tends to overstate it."
    assert one(t, "direct").speaker == "Clinton"


def test_bare_attribution_sentence_after_a_full_stop_inside_the_quote():
    t = "“I hope you’re able to find the emails that are missing.” Trump said. Clinton says they were personal."
    assert only(t, "direct")[0].speaker == "Trump"
    # a sentence that reports something else is not the quote's attribution
    assert one("“It was a great day for all of us.” The crowd went home.").speaker is None


def test_as_x_put_it():
    q = one(
        "As The Post's Dana Milbank puts it, “Senate Republicans are unmoved, and liberal activists are uninspired.”"
    )
    assert q.speaker == "Dana Milbank"


def test_subject_with_a_restrictive_relative_clause_before_the_cue():
    t = "Although there is no overlap, a White House official who spoke anonymously to discuss strategy said Wednesday, “Certainly there are discussions.”"
    q = one(t, "direct")
    assert q.speaker == "a White House official"


def test_weekday_after_said_is_not_a_speaker():
    qs = find_quotes("The crowd of people waiting said Wednesday, “We will stay here.”", [])
    assert all(q.speaker != "Wednesday" for q in qs)


def test_as_x_said_after_a_fragment():
    t = "Still, the fact that the race “is a dead heat right now,” as Cruz said on the radio, matters."
    qs = find_quotes(t, [])
    assert [(q.kind, q.speaker) for q in qs] == [("partial", "Cruz")]


def test_two_introductory_phrases_before_the_subject():
    t = "Moreover, as part of the exchange with Clinton, Gowdy referenced a report that “less than one percent of emails” were kept."
    assert [q.speaker for q in find_quotes(t, []) if q.kind == "partial"] == ["Gowdy"]


def test_said_on_the_radio_is_a_medium_not_the_statement():
    q = one(
        "As Cruz said on the radio, the race is a dead heat right now and nobody knows.", "indirect"
    )
    assert q.text == "the race is a dead heat right now and nobody knows"


def test_possessor_is_not_the_pronouns_antecedent():
    t = (
        "Asked about fraud, Michael Briggs, Sanders’s spokesman, suggested the party had been unfair.\n\n"
        "“Most state parties tried to do a good job,” he said."
    )
    assert one(t, "direct").who() == "Michael Briggs"


def test_wire_style_party_and_state_abbreviation_after_the_name():
    q = one(
        "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday."
    )
    assert q.speaker == "Mitch McConnell"


def test_quote_right_after_a_sentence_in_which_its_subject_speaks():
    t = "Lynch announced on Monday the lawsuit against the state. “We are seeking a court order against the law.”"
    assert one(t, "direct").speaker == "Lynch"
    # news credits a bare quotation to the person the sentence before is about
    t = "Lynch visited the state on Monday. “We are seeking a court order against the law.”"
    assert one(t, "direct").speaker == "Lynch"
    # not to a thing or a group the sentence is about
    t = "The towns lie in a dead zone. “We are seeking a court order against the law.”"
    assert one(t, "direct").speaker is None


def test_who_said_after_an_apposition_naming_an_institution():
    t = (
        "The position was supported by Sen. Dianne Feinstein of California, the ranking Democrat on the "
        "Senate Intelligence Committee, who said none of the emails in question originated with Clinton.\n\n"
        "“It has never made sense to me,” she said."
    )
    qs = find_quotes(t, [])
    assert [(q.kind, q.who()) for q in qs] == [
        ("indirect", "Dianne Feinstein"),
        ("direct", "Dianne Feinstein"),
    ]


def test_person_of_a_place_is_the_person():
    assert one("“We will win,” said Sen. Ted Cruz of Texas.").speaker == "Ted Cruz"
    assert one("“We will go,” said the Bank of England.").speaker.endswith("Bank of England")


def test_thousands_of_tiny_quotes_are_all_found():
    # hostile text: a frame crowded with quotations is cut to the nearest ones, and
    # every quotation is still reported with offsets inside the text
    t = "“a” " * 3000
    qs = find_quotes(t, [])
    assert len(qs) == 3000
    check_offsets(t, qs)


def test_object_of_a_naming_verb_is_not_the_speaker():
    t = "President Barack Obama also is reported to have called the Saudis “free riders” who rely on U.S. aid."
    assert all(q.speaker != "the Saudis" for q in find_quotes(t, []))


def test_speaker_is_the_words_at_the_cue_and_resolved_is_who_they_are():
    t = "U.S. envoy Zalmay Khalilzad met Taliban leaders on Monday. “We made progress,” he said. “The envoy said more.”"
    m = Mention(
        t.index("Zalmay"), t.index("Zalmay") + len("Zalmay Khalilzad"), "Zalmay Khalilzad", "PERSON"
    )
    q = find_quotes(t, [m])[0]
    assert (q.speaker, t[q.speaker_start : q.speaker_end]) == ("he", "he")
    assert (q.resolved, t[q.resolved_start : q.resolved_end]) == (
        "Zalmay Khalilzad",
        "Zalmay Khalilzad",
    )
    assert q.who() == "Zalmay Khalilzad"


def test_named_speaker_has_nothing_to_resolve():
    t = "“We made progress,” said Zalmay Khalilzad."
    q = find_quotes(t, [])[0]
    assert q.speaker == "Zalmay Khalilzad" and q.resolved is None and q.resolved_start is None
    assert q.who() == "Zalmay Khalilzad"


def test_unresolved_pronoun_stays_as_written():
    t = "“We made progress,” he said."
    q = find_quotes(t, [])[0]
    assert (q.speaker, q.resolved, q.who()) == ("he", None, "he")


# --- more cue verbs ------------------------------------------------------------------------


def test_cue_verbs_of_emotion_memory_and_conclusion():
    for verb in ("fumed", "remembered", "questioned"):
        q = one(
            f"“They could have backed the only bill with support,” Toomey {verb} on Tuesday.",
            "direct",
        )
        assert (q.speaker, q.cue) == ("Toomey", verb)
    q = one("“A party that rejects her does not want to win,” they conclude.", "direct")
    assert (q.speaker, q.cue) == ("they", "conclude")
    qs = only("“The standard is new,” the two senators write. “We do not understand it.”", "direct")
    assert [q.speaker.endswith("two senators") for q in qs] == [True, True]


def test_bare_speech_verb_after_a_and_an_adjective_is_a_noun():
    t = "He sounded a rare note of self-deprecation, saying, “I am not sure I deserve it.”"
    q = one(t, "direct")
    assert q.speaker == "He"


def test_participle_after_when_has_no_subject():
    t = "Clinton clashed with Johnson, chiding him, “What difference does it make?” when questioned about the attacks."
    q = one(t)
    assert q.speaker == "Clinton"


def test_colon_after_a_dash_lead_in_names_the_speaker():
    q = one(
        "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”", "direct"
    )
    assert (q.speaker, q.cue) == ("Carl Bialik", ":")


def test_colon_after_names_joined_by_and():
    q = one(
        "POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: “The polls just ended too early.”",
        "direct",
    )
    assert q.speaker == "Jon Cohen"


def test_colon_after_from_source():
    q = one(
        "Web panels differ. From the report: “Samples with longer field periods were more accurate.”",
        "direct",
    )
    assert q.speaker == "the report"
    q = one(
        "More from Blumenthal and Cohen: “Data collected by our firm helps confirm it.”", "direct"
    )
    assert q.speaker == "Blumenthal and Cohen"


def test_colon_name_wins_over_a_subjectless_cue_earlier_in_the_clause():
    q = one(
        "But polls did predict the caucus - HuffPollster: “Most pollsters fared much better with the Democrats.”",
        "direct",
    )
    assert q.speaker == "HuffPollster"


def test_names_joined_by_and_after_a_quote_are_one_subject():
    q = one(
        "“Sanders is filled with resentment and feels he gets no respect.” Edward-Isaac Dovere and Gabriel Debenedetti wrote.",
        "direct",
    )
    assert (q.speaker, q.cue) == ("Edward-Isaac Dovere and Gabriel Debenedetti", "wrote")


def test_phrasal_cues_with_back():
    q = one(
        "After Brown criticized her husband, Hillary shot back, “I suppose I could have stayed home.”",
        "direct",
    )
    assert (q.speaker, q.cue) == ("Hillary", "shot back")
    q = one("“They’re all here for the free stuff,” Bennett shot back with a laugh.", "direct")
    assert (q.speaker, q.cue) == ("Bennett", "shot back")
    q = one("Fallon fired back: “We know you are rooting for her, too.”", "direct")
    assert (q.speaker, q.cue) == ("Fallon", "fired back")
    assert all(
        q.cue != "shot back"
        for q in find_quotes("He was shot back in 2010 in a “random” attack.", [])
    )


def test_day_between_subject_and_cue():
    q = one(
        "Much of the ire was directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”"
    )
    assert q.speaker == "Beck"
    q = one(
        "Priebus later Thursday told Fox News: “Both of them are meeting next week to talk about it.”",
        "direct",
    )
    assert q.speaker == "Priebus"


def test_document_finding_is_attributed_to_the_document():
    t = "A 2014 House Intelligence Committee report found “no evidence that there was a stand down order.”"
    q = one(t, "partial")
    assert (q.speaker, q.cue) == ("House Intelligence Committee report", "found")


def test_fragment_after_a_said_sentence_in_the_same_paragraph_continues_it():
    t = (
        "This makes it difficult to dislodge misinformation, he said. Good information can still "
        "drive out bad, but usually only when “the truth is sexier than the lie and spreads faster.”"
    )
    q = one(t, "partial")
    assert q.speaker == "he"


def test_fragment_with_its_own_subject_does_not_continue_the_statement_before():
    t = (
        "“We will support the nominee,” Gilbert said. But even then, they discussed how the law "
        "“was going to go from a positive to a negative” within a year."
    )
    q = one(t, "partial")
    assert q.speaker != "Gilbert"


def test_quoted_name_inside_an_apposition_after_the_quote():
    t = "“We’ve had better conventions than this one,” Texas delegate Bill Eastland, wearing “Ted Cruz” campaign pins, said."
    q = one(t, "direct")
    assert (q.speaker, q.cue) == ("Bill Eastland", "said")


def test_full_date_before_the_subject_of_a_colon_introduction():
    q = one(
        "On July 6, 2015, Sanders made the following comment: “Young people who left school face a hard market.”",
        "direct",
    )
    assert q.speaker == "Sanders"


def test_speech_plural_after_a_possessive_is_a_noun_not_a_cue():
    q = one("House Speaker Paul Ryan told CNN Tuesday that Ginsburg’s comments “show bias to me.”")
    assert q.speaker == "Paul Ryan"
    q = one(
        "Hollande denounced Trump’s remarks as “hurtful and humiliating” and warned of the consequences."
    )
    assert q.speaker == "Hollande"
    q = one("“We will win this state,” Trump claims.", "direct")
    assert (q.speaker, q.cue) == ("Trump", "claims")


def test_sentence_adverb_before_the_subject():
    q = one("Conversely, PolitiFact rated 22 percent of the claims as “entirely true” last year.")
    assert q.speaker == "PolitiFact"


def test_listener_after_telling_is_not_the_speaker():
    q = one(
        "Clinton seemed ready to riff on the incident, telling the crowd, “Some people get a little carried away.”",
        "direct",
    )
    assert q.speaker != "the crowd"
    q = one(
        "Carson did not name his opponents, but told his supporters, “Our nation is in horrible trouble.”",
        "direct",
    )
    assert q.speaker == "Carson"


def test_issuer_of_a_statement_speaks_not_the_statement():
    t = "The town released a statement Wednesday saying his comments “are based on opinion, not actual facts.”"
    assert one(t).speaker == "The town"
    q = one("Minutes later, she sent an email saying, “done and dusted, all of it.”")
    assert q.speaker == "she"


def test_common_word_opening_a_sentence_is_a_name_when_written_as_one_elsewhere():
    t = "Voters like Trump a lot. Trump took a risk with his jokes, telling the crowd, “I’m a negotiator like you, folks.”"
    assert one(t, "direct").speaker == "Trump"
    # an adjective keeps its capital anywhere: not a name
    t = "He spoke to Democratic voters. Democratic presidential candidates are waging “a very profane war on words.”"
    assert one(t).speaker != "Democratic"


MARKUP_ATTRIBUTES = [
    pytest.param(
        '<tweet author="@jdoe" date="March 10, 2016">Polls close at eight tonight.</tweet>',
        id="attributes-of-a-tag",
    ),
    pytest.param(
        '<tweet author="@jdoe" date="March 9, 2016\n">Stands empty; crowd in one end zone.</tweet>',
        id="value-cut-by-a-line-break",
    ),
    pytest.param('Watch at <a href="http://video.example.com">the site</a>.', id="link"),
]


@pytest.mark.parametrize("text", MARKUP_ATTRIBUTES)
def test_markup_attribute_values_are_not_quotations(text):
    """Leftover markup (name="value") delimits values with quotation marks: no quote."""
    assert pair_quotes(text) == []
    assert find_quotes(text, []) == []


def test_a_quotation_after_markup_is_still_found():
    text = '<p class="x">He said: "We will be back."</p>'
    assert [q.text for q in find_quotes(text, [])] == ["We will be back."]
