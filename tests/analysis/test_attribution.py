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


# --- a clause of its own before the quotation ------------------------------------------

OWN_CLAUSE = [
    pytest.param(
        "“We are ready,” Obama said. Clinton chimed in, “We will win this.”",
        "We will win",
        "Clinton",
        id="unlisted-phrasal-verb-and-comma",
    ),
    pytest.param(
        "“We are ready,” Obama said. Donald Trump took to Twitter to tweet that “we will win.”",
        "we will win",
        "Donald Trump",
        id="to-tweet-that",
    ),
    pytest.param(
        "“We are ready,” Obama said. Clinton responded by saying “we will win this.”",
        "we will win",
        "Clinton",
        id="by-saying",
    ),
    pytest.param(
        "“We are ready,” he said.\n\nSenate Majority Leader Mitch McConnell, R-Ky., delivered"
        " a blunt message to Trump: “It is time to quit attacking people.”",
        "It is time",
        "Mitch McConnell",
        id="colon-after-subject-with-apposition",
    ),
    pytest.param(
        "Asked about the plan, Clinton’s reply: “We will see.”",
        "We will see",
        "Clinton",
        id="possessor-of-a-reply",
    ),
    pytest.param(
        "Clinton’s response was: “Is he off Conn or Wisconsin?”",
        "Is he off",
        "Clinton",
        id="possessor-of-a-response-was",
    ),
    pytest.param(
        "Donald Trump's accusation that Hillary Clinton is playing the “woman's card” drew fire.",
        "woman's card",
        "Donald Trump",
        id="possessor-of-an-accusation-as-subject",
    ),
    pytest.param(
        "Sen. Bernie Sanders (I-Vt.) visited the show to discuss his recent remarks about his"
        " rival, Hillary Clinton, saying “on her worst day” she would be better.",
        "on her worst day",
        "Bernie Sanders",
        id="participle-after-comma-is-the-main-subjects",
    ),
    pytest.param(
        "De Blasio, speaking on the radio, called Trump a “blowhard,” and said his remarks were"
        " priceless “propaganda” for terrorist groups.",
        "propaganda",
        "De Blasio",
        id="and-said-after-a-quotation-takes-the-sentence-subject",
    ),
    pytest.param(
        "Democratic presidential candidate Sen. Bernie Sanders (I-Vt.) on Saturday criticized the"
        " accord, saying the agreement goes “nowhere near far enough.”",
        "nowhere near",
        "Bernie Sanders",
        id="description-ending-in-a-role-before-the-subject",
    ),
    pytest.param(
        "WASHINGTON, Dec. 8 (UPI) — Hillary Clinton’s campaign manager rallied supporters,"
        " saying: “We have to be ready to stop him.”",
        "We have to",
        "Hillary Clinton’s campaign manager",
        id="dateline-is-not-the-subject-possessed-role-is",
    ),
    pytest.param(
        "Congressman Trey Gowdy’s office slammed a lawsuit filed by a staffer, calling it"
        " “meritless” and “improper.”",
        "meritless",
        "Congressman Trey Gowdy’s office",
        id="possessed-office-ends-before-the-verb",
    ),
    pytest.param(
        "Just look at Paul Ryan. He's said he gets his ideas from a speech in “Atlas Shrugged”"
        " and a “pro-gold” novel.",
        "pro-gold",
        "He",
        id="pronoun-with-contracted-auxiliary",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", OWN_CLAUSE)
def test_the_quotations_own_clause_names_its_speaker(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


NOT_A_SPEAKER = [
    pytest.param(
        "House Speaker Paul Ryan told CNN that Ginsburg’s comments “show bias to me.”",
        "show bias",
        "Ginsburg",
        id="possessor-of-words-the-quotation-describes",
    ),
    pytest.param(
        "It’s become such a presence that Sanders thanked its members “for their support.”",
        "for their support",
        "It’s",
        id="contraction-is-not-a-name",
    ),
    pytest.param(
        "De Blasio said in his formal statement: “I am trying to save lives.”",
        "I am trying",
        "his",
        id="possessor-of-a-statement-inside-a-phrase",
    ),
]


@pytest.mark.parametrize("text, opening, not_speaker", NOT_A_SPEAKER)
def test_words_that_do_not_name_the_speaker(text, opening, not_speaker):
    assert quote(text, opening).speaker != not_speaker


# --- a speaker carried too far, or not far enough ------------------------------------------

CARRIED = [
    pytest.param(
        "“We are ready,” Sanders said. Clinton touted her record as a co-sponsor. “We need to"
        " support workers who want a union.”",
        "We need",
        "Clinton",
        id="bare-quote-after-a-sentence-about-someone-else",
    ),
    pytest.param(
        "“We are ready,” Sanders said.\n\nValastro praised Christie's leadership.\n\n“We need"
        " someone who is going to cut through it.”",
        "We need",
        "Valastro",
        id="sentence-ending-the-paragraph-before",
    ),
    pytest.param(
        "“We lost,” Obama said. The towns lie in a dead zone. “It is a tough area.”",
        "It is a tough",
        "Obama",
        id="goes-on-past-a-sentence-about-things",
    ),
    pytest.param(
        "“We lost,” Obama said. “It is over,” said another.",
        "It is over",
        "another",
        id="said-another-is-not-the-previous-speaker",
    ),
    pytest.param(
        "“We lost,” Obama said. One said, “It is over.”",
        "It is over",
        "One",
        id="one-said",
    ),
    pytest.param(
        "“We lost,” Obama said. A spokesman said, “It is over.”",
        "It is over",
        "A spokesman",
        id="a-spokesman-said",
    ),
    pytest.param(
        '"The risk," said Edward Leamer, an economist who directs the forecast, "is that we are'
        ' attracting workers."',
        "is that we",
        "Edward Leamer",
        id="split-quote-around-an-apposition",
    ),
    pytest.param(
        "Sharpton left no doubt. Eight years ago, he supported Obama over Clinton and said,"
        " “Hillary Clinton has never done anything for us.”",
        "Hillary Clinton has",
        "he",
        id="time-phrase-then-and-said",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", CARRIED)
def test_each_quote_takes_the_speaker_its_own_text_gives(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


NOT_CARRIED = [
    pytest.param(
        "“We lost,” Obama said. “It is over,” said one of them at the back.",
        "It is over",
        "Obama",
        id="own-cue-without-a-read-subject",
    ),
    pytest.param(
        "Ryan said she would “support the nominee” and “not endorse anyone,” while Rep. Louis"
        " Gohmert suggested conditional support.",
        "not endorse",
        "Louis Gohmert",
        id="while-opens-another-clause-after-the-quote",
    ),
    pytest.param(
        "Former U.N. Ambassador John Bolton and Dr. Sebastian Gorka both denounced the “Neocons"
        " For Hillary” movement.",
        "Neocons",
        "both",
        id="floating-both-is-not-a-speaker",
    ),
]


@pytest.mark.parametrize("text, opening, not_speaker", NOT_CARRIED)
def test_a_speaker_is_not_carried_past_what_the_text_says(text, opening, not_speaker):
    assert quote(text, opening).speaker != not_speaker


# --- junk speakers -------------------------------------------------------------------------

JUNK = [
    pytest.param(
        "PHILADELPHIA, July 25 (UPI) — The committee released a statement on Monday, offering"
        " “a deep and sincere apology” to Sanders.",
        "a deep",
        "PHILADELPHIA",
        id="dateline",
    ),
    pytest.param(
        "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him"
        " “a total stiff.”",
        "a total stiff",
        "Salem",
        id="place-after-a-preposition",
    ),
    pytest.param(
        "The day before, a sign read “We are all in this.”",
        "We are all",
        "The day before",
        id="time-phrase",
    ),
    pytest.param(
        "Hours later, the ad said “Trump is a fraud.”",
        "Trump is",
        "Hours",
        id="capitalised-time-word",
    ),
    pytest.param(
        "Carson rejected the notion, saying that if he “found something rotten, I would fix it.”",
        "found something",
        "his perspective",
        id="abstract-noun",
    ),
]


@pytest.mark.parametrize("text, opening, junk", JUNK)
def test_numbers_places_times_and_common_words_never_speak(text, opening, junk):
    assert quote(text, opening).speaker != junk


REAL = [
    pytest.param("“We will retaliate,” Russia said.", "We will", "Russia", id="country-as-subject"),
    pytest.param(
        "Kerry Washington spoke last.\n\n“It is time,” Washington said.",
        "It is time",
        "Washington",
        id="place-name-as-a-surname",
    ),
    pytest.param(
        "“Donald is, and always has been, an amazing leader,” said the 46-year-old.",
        "Donald is",
        "the 46-year-old",
        id="age-description",
    ),
    pytest.param(
        "Aides say the former governor plans to “actively support” Cruz.",
        "actively",
        "Aides",
        id="plural-role-opening-the-sentence",
    ),
    pytest.param(
        "Some chanted “USA! USA!” as the results came in.",
        "USA",
        "Some",
        id="indefinite-subject",
    ),
    pytest.param(
        "The senator from Vermont said the system was “corrupt,” noting the fines.",
        "corrupt",
        "The senator from Vermont",
        id="role-from-a-place",
    ),
    pytest.param(
        "Mark Cuban spoke.\n\n“It is too early to tell,” said Cuban, a host on the show.",
        "It is too early",
        "Cuban",
        id="demonym-as-a-surname",
    ),
    pytest.param(
        "The former secretary of State began her speech by slamming candidates who would"
        " “outsource” leadership.",
        "outsource",
        "The former secretary of State",
        id="role-of-an-institution",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", REAL)
def test_speakers_that_look_like_junk_but_speak(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


# --- headings, transcripts, quotations within quotations ------------------------------------

INNER = [
    pytest.param(
        "Trump Says “I Love Hispanics” In Nevada Speech\n\nDonald Trump spoke in Nevada.",
        "I Love Hispanics",
        "Trump",
        id="title-case-heading-cue",
    ),
    pytest.param(
        "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments\n\nChristie"
        " spoke on Tuesday.",
        "A Disgrace",
        "Chris Christie",
        id="heading-with-single-marks",
    ),
    pytest.param(
        "“He told me, ‘I am done with this,’ and walked out,” Smith said.",
        "I am done",
        "He",
        id="quote-within-a-quote-takes-the-inner-speaker",
    ),
    pytest.param(
        "“As Reagan said, ‘Trust, but verify,’ and we will,” Obama said.",
        "Trust, but verify",
        "Reagan",
        id="named-inner-speaker",
    ),
    pytest.param(
        "“He told me, ‘I am done with this,’ and walked out,” Smith said.",
        "He told me",
        "Smith",
        id="outer-quote-keeps-the-outer-speaker",
    ),
    pytest.param(
        "Partial transcript:\n\nWALLACE: Will he invite her?\n\nPENCE: Well, look, this is"
        " America. “We are not going to play games, Chris.”",
        "We are not",
        "PENCE",
        id="transcript-turn-label",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", INNER)
def test_headings_turns_and_inner_quotes(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


def test_inner_pronoun_is_not_resolved_outside_the_quotation():
    t = "Barack Obama spoke.\n\n“He told me, ‘I am done,’ and left,” Smith said."
    q = quote(t, "I am done", [person(t, "Barack Obama")])
    assert (q.speaker, q.resolved) == ("He", None)


APOSTROPHES = [
    pytest.param(
        "“It is the Clintons’ house, and it’s theirs,” Smith said.", id="possessive-and-contraction"
    ),
    pytest.param("“Rock ’n’ roll isn’t dead,” Smith said.", id="elisions"),
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_are_not_inner_quotes(text):
    assert len([q for q in find_quotes(text, []) if q.kind != "indirect"]) == 1


# --- pronouns ------------------------------------------------------------------------------

PRONOUNS = [
    pytest.param(
        "Hillary Clinton spoke in Ohio on Monday. Bill Clinton introduced her. “I am ready to"
        " lead,” she said.",
        "I am ready",
        ["Hillary Clinton", "Bill Clinton"],
        "Hillary Clinton",
        id="gender-agrees-past-a-nearer-man",
    ),
    pytest.param(
        "James Comey testified on Tuesday, and Trey Gowdy questioned him about the emails."
        " “You were not truthful,” he said.",
        "You were not",
        ["James Comey", "Trey Gowdy"],
        "Trey Gowdy",
        id="subject-of-the-last-clause-wins",
    ),
    pytest.param(
        "James Melendres said on TV that the cases differ, and Petraeus knew the files were"
        " secret. “There were aggravating circumstances,” he said.",
        "There were",
        ["James Melendres", "Petraeus"],
        "James Melendres",
        id="not-a-subject-inside-what-was-said",
    ),
    pytest.param(
        "Hillary Clinton and Bill Clinton arrived. “We are happy,” they said.",
        "We are happy",
        ["Hillary Clinton", "Bill Clinton"],
        None,
        id="they-is-not-one-person",
    ),
    pytest.param(
        "Barack Obama took office in 2009. The economy grew for years and many jobs came back."
        " Critics disagreed about the cause. Markets rose again in the spring. “It was not"
        " enough,” she said.",
        "It was not",
        ["Barack Obama"],
        None,
        id="no-compatible-antecedent-stays-unresolved",
    ),
]


@pytest.mark.parametrize("text, opening, names, who", PRONOUNS)
def test_pronoun_resolution(text, opening, names, who):
    q = quote(text, opening, [person(text, n) for n in names])
    assert q.resolved == who
    assert q.unresolved == (who is None)


@pytest.mark.parametrize(
    "text, name, votes, he, she",
    [
        pytest.param("Hillary spoke. He left.", "Hillary", [0, 0], False, True, id="given-name"),
        pytest.param(
            "Hillary spoke. He left.", "Hillary", [2, 0], False, False, id="against-the-votes"
        ),
        pytest.param(
            "Edmund Hillary spoke. He left.", "Hillary", [2, 0], True, False, id="a-surname-here"
        ),
        pytest.param(
            "Clinton spoke. She left.", "Clinton", [0, 0], True, True, id="a-known-surname"
        ),
    ],
)
def test_a_person_named_only_by_a_given_name_has_its_gender(text, name, votes, he, she):
    from tui.analysis.quotes import _Resolver

    r = _Resolver(text, [], [])
    r.persons.gender[name.lower()] = votes  # the index's pronoun votes (he, she)
    assert (r._agrees(name, "M"), r._agrees(name, "F")) == (he, she)


UNRESOLVED_FLAG = [
    pytest.param("“We lost,” he said.", "We lost", True, id="bare-he"),
    pytest.param("“We lost,” the envoy said.", "We lost", True, id="definite-role"),
    pytest.param("“We lost,” a spokesman said.", "We lost", False, id="indefinite-description"),
    pytest.param("“We lost,” Khalilzad said.", "We lost", False, id="a-name"),
]


@pytest.mark.parametrize("text, opening, flag", UNRESOLVED_FLAG)
def test_unresolved_marks_only_references_nobody_was_found_for(text, opening, flag):
    assert quote(text, opening).unresolved is flag


WITHIN_THE_SENTENCE = [
    pytest.param(
        "Rubio said that over the last five days he has begun “to unmask the true nature” of"
        " Trump, whom he called a “con artist.”",
        "con artist",
        "Rubio",
        id="pronoun-inside-what-the-named-subject-said",
    ),
    pytest.param(
        "Donald Trump took to Twitter overnight to urge Americans to check out what he called"
        " her “sex tape.”",
        "sex tape",
        "Donald Trump",
        id="pronoun-after-the-named-subject",
    ),
    pytest.param(
        "Donald Trump said Hillary Clinton owes him an apology, and she called it “a joke.”",
        "a joke",
        "she",
        id="another-name-between",
    ),
    pytest.param(
        "African-Americans, he said, can “rock like Jimi.”",
        "rock like",
        "he",
        id="not-across-a-parenthetical-attribution",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", WITHIN_THE_SENTENCE)
def test_a_named_subject_in_the_sentence_wins(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


SURNAMES_THAT_ARE_WORDS = [
    pytest.param(
        "“The circumstances have changed,” From said.", "The circumstances", "From", id="from"
    ),
    pytest.param("“We assessed this deal,” Read said.", "We assessed", "Read", id="read"),
    pytest.param(
        "Sen. Ted Cruz, a candidate, tweeted a warning. “Remember in November.”",
        "Remember",
        "Ted Cruz",
        id="object-of-tweeted-is-not-a-speaker",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", SURNAMES_THAT_ARE_WORDS)
def test_a_word_between_the_quote_and_its_cue_is_a_name(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


CLAUSES = [
    pytest.param(
        "Clinton proposed a debate on April 4 - but the Sanders campaign rejected the idea as"
        " “ludicrous” because of the game.",
        "ludicrous",
        "the Sanders campaign",
        id="a-later-clause-with-its-own-subject",
    ),
    pytest.param(
        "Republicans were quick to chime in, with Donald Trump tweeting that it was a"
        " “disaster” for Clinton.",
        "disaster",
        "Donald Trump",
        id="absolute-with-construction",
    ),
    pytest.param(
        "When Robby Mook, the campaign manager, was asked about a press conference, he laughed"
        " and said, “We will see.”",
        "We will see",
        "he",
        id="and-said-after-the-clauses-own-subject",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", CLAUSES)
def test_the_clause_that_holds_the_quote_names_its_speaker(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


FRAMES_OF_SAYING = [
    pytest.param(
        "As RealClearPolitics’ David Byler pointed out in December, “The delegates will meet"
        " in the week before the convention.”",
        "The delegates",
        "David Byler",
        id="as-clause-with-a-particle-verb",
    ),
    pytest.param(
        "As the Post's Ruth Marcus puts it, Obama is trying to make Republicans “an offer"
        " they can't afford to refuse.”",
        "an offer",
        "Ruth Marcus",
        id="as-put-it-across-the-main-clause",
    ),
    pytest.param(
        "Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians"
        " are inside.”",
        "The barbarians",
        "Tom Ridge",
        id="as-put-it-past-an-apposition",
    ),
    pytest.param(
        "The summit came to Tel Aviv because, in Forbes’ words, “it is the most"
        " entrepreneurial place on the planet.”",
        "it is the most",
        "Forbes",
        id="in-plural-possessors-words",
    ),
    pytest.param(
        "The plan was, in the words of one senior aide, “a total disaster from start to end.”",
        "a total disaster",
        "one senior aide",
        id="in-the-words-of",
    ),
    pytest.param(
        "Here’s Clinton in December 1992: “Our new direction must rest on an understanding of"
        " the new realities.”",
        "Our new direction",
        "Clinton",
        id="heres-the-speaker-before-a-colon",
    ),
    pytest.param(
        "The scheduling was so odd that a spokesman for Bernie Sanders could only quip: “I"
        " guess Christmas Eve was booked.”",
        "I guess",
        "a spokesman for Bernie Sanders",
        id="role-for-a-name-with-a-modal-and-adverb",
    ),
    pytest.param(
        "“We are done,” said a spokesman for Bernie Sanders.",
        "We are done",
        "a spokesman for Bernie Sanders",
        id="inverted-role-for-a-name",
    ),
    pytest.param(
        "“This is a waste of time,” said Del. Stacey Plaskett.",
        "This is a waste",
        "Stacey Plaskett",
        id="abbreviated-title",
    ),
    pytest.param(
        "And although he thanked the crowd for supporting him, Trump sounded a rare note of"
        " self-deprecation, saying, “I am not sure I really deserve it.”",
        "I am not sure",
        "Trump",
        id="subject-after-a-subordinate-clause",
    ),
    pytest.param(
        "The judge took a recess. When he returned he began by saying, “I do not think that"
        " it is necessary.”",
        "I do not think",
        "he",
        id="by-saying-completes-the-verb-before-it",
    ),
    pytest.param(
        "On Twitter, she responded Tuesday to one of Trump’s messages by saying, “Seriously,"
        " just stop lying.”",
        "Seriously",
        "she",
        id="by-saying-not-after-a-possessed-noun",
    ),
    pytest.param(
        "“The rationales are wrong,” said 9/11 widow Terry Strada.",
        "The rationales",
        "Terry Strada",
        id="description-opening-with-a-number",
    ),
    pytest.param(
        "In Berea, Gov. John Kasich (R-OH), said, “I am getting ready to rent a wagon.”",
        "I am getting",
        "John Kasich",
        id="party-tag-then-a-comma",
    ),
    pytest.param(
        "Tuesday in Berea, OH, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, "
        "“I am getting ready to rent a wagon.”",
        "I am getting",
        "John Kasich",
        id="party-tag-as-one-token-after-a-long-opening",
    ),
    pytest.param(
        "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: “People behind"
        " her are wearing those shirts.”",
        "People behind",
        "Jeff Bechdel",
        id="parenthesis-inside-an-apposition",
    ),
    pytest.param(
        "Supporters kicked a protester, with Trump reportedly yelling: “Get him out of here!”",
        "Get him",
        "Trump",
        id="absolute-with-an-adverb",
    ),
    pytest.param(
        "Sanders was asked by host Bill Maher, who backs him, “Now, you said that, did you not?”",
        "Now, you said",
        "Bill Maher",
        id="passive-agent-speaks",
    ),
    pytest.param(
        "Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk"
        " “adding another expensive program.”",
        "adding another",
        "Gerard Baker",
        id="passive-agent-with-a-description",
    ),
    pytest.param(
        "Trump was quoted by the Times as saying the party would “win big in the fall.”",
        "win big",
        "Trump",
        id="quoted-as-saying",
    ),
    pytest.param(
        "Few senators would meet him. As John Cornyn, the No. 2 in the GOP leadership, put it:"
        " “This person will not be confirmed.”",
        "This person",
        "John Cornyn",
        id="as-put-it-past-a-long-apposition",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", FRAMES_OF_SAYING)
def test_frames_that_say_whose_words_these_are(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


NOT_A_FRAME_OF_SAYING = [
    pytest.param(
        "At day's end, Clinton said as he introduced his wife in Hudson, “Finally, the dam broke.”",
        "Finally",
        "Clinton",
        id="as-clause-of-time-after-the-cue",
    ),
    pytest.param(
        "As the crowd cheered, Smith said, “The delegates will meet.”",
        "The delegates",
        "Smith",
        id="as-clause-of-time-before-the-cue",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", NOT_A_FRAME_OF_SAYING)
def test_an_as_clause_of_time_is_no_attribution(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "It should be noted that two of the researchers were hired as consultants.",
            id="it-should-be-noted",
        ),
        pytest.param(
            "In light of the news, a postscript might be added to the film to keep it up to date.",
            id="might-be-added",
        ),
        pytest.param(
            "He was said to have been handed every telegram sent or received by a player.",
            id="was-said-to",
        ),
    ],
)
def test_a_passive_reports_no_statement(text):
    assert [q.text for q in find_quotes(text, []) if q.kind == "indirect"] == []


def test_a_count_is_not_a_speaker():
    text = (
        "To date, 14 Catholics were admitted as well as 29 others who only specified"
        " “Christian” as their religion."
    )
    assert quote(text, "Christian").speaker is None


PARTIAL_NOT_TERM = [
    pytest.param(
        "Early in his campaign, Trump attacked Romney, calling him, among other things, “a"
        " failed candidate.”",
        "a failed",
        "Trump",
        id="introductory-phrase-of-any-shape",
    ),
    pytest.param(
        "Horrified at the prospect, Ramos believes in journalism that “takes sides.”",
        "takes sides",
        "Ramos",
        id="participial-introduction",
    ),
    pytest.param(
        "For that she drew his ire - he called her “weak” and said she had “zero support” in"
        " the state.",
        "zero support",
        "he",
        id="and-said-across-an-earlier-fragment",
    ),
    pytest.param(
        "Donald Trump launched into a lament for the “countless Americans” who are “victims of"
        " violence” by illegal immigrants.",
        "victims of",
        "Donald Trump",
        id="second-fragment-takes-the-sentence-subject",
    ),
    pytest.param(
        "Sanders supporters are crying “fraud” over delegate selection.",
        "fraud",
        "Sanders supporters",
        id="group-with-a-name-modifier",
    ),
    pytest.param(
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck in.",
        "This is fantastic",
        "Donald Hartley",
        id="unlisted-verb-before-the-name",
    ),
    pytest.param(
        '"People were celebrating" before the incident, she said.',
        "People were",
        "she",
        id="phrase-set-off-before-the-subject",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", PARTIAL_NOT_TERM)
def test_fragments_attributed_in_their_sentence_are_partial_quotes(text, opening, speaker):
    q = quote(text, opening)
    assert (q.speaker, q.kind != "term") == (speaker, True)


TERMS = [
    pytest.param("The bill, known as the “Justice Act,” passed.", "Justice Act", id="known-as"),
    pytest.param("Her film, “Trainwreck,” opened on Friday.", "Trainwreck", id="title-of-a-work"),
    pytest.param(
        "The notion of “stand down” has loomed over the case.", "stand down", id="no-one-speaks"
    ),
    pytest.param(
        "“She is a flawed candidate,” Trump said Wednesday on ABC's “Good Morning America.”",
        "Good Morning",
        id="programme-of-a-network-after-a-quote",
    ),
    pytest.param(
        "Sanders told MSNBC’s “Morning Joe” that nobody would win.",
        "Morning Joe",
        id="programme-of-a-network",
    ),
    pytest.param(
        "Speaking Sunday on CNN’s “State of the Union,” Carson admitted the error.",
        "State of",
        id="programme-before-the-speaker",
    ),
    pytest.param(
        "It has not helped that her campaign has cycled through slogans, from championing "
        "“everyday Americans” to “fighting for us.”",
        "everyday",
        id="expletive-it-is-no-speaker",
    ),
    pytest.param(
        'PSA—"You have until Friday to get free museum memberships," by DNAinfo\'s Nicole Levy: '
        '"You have a few more weeks."',
        "You have until",
        id="digest-headline-with-its-byline",
    ),
]


@pytest.mark.parametrize("text, opening", TERMS)
def test_scare_quotes_with_no_speaker_stay_terms(text, opening):
    assert quote(text, opening).kind == "term"


def test_a_description_in_a_role_noun_does_not_stop_its_resolution():
    t = (
        "President Barack Obama will make the case for Clinton.\n\n"
        "“Nothing truly prepares you for the Oval Office,” the two-term president will say."
    )
    q = quote(t, "Nothing truly", [person(t, "Barack Obama")])
    assert q.resolved == "Barack Obama"


def test_the_pieces_of_a_split_quote_resolve_alike():
    t = (
        "Barack Obama spoke on Tuesday.\n\n“Until you have sat at that desk, you do not know,”"
        " he will say. “But Hillary has been in the room.”"
    )
    qs = [q for q in find_quotes(t, [person(t, "Barack Obama")]) if q.kind == "direct"]
    assert [q.resolved for q in qs] == ["Barack Obama", "Barack Obama"]


def test_a_participle_run_is_no_antecedent():
    t = "Speaking Sunday at a rally, the crowd cheered.\n\n“We will win,” he said."
    m = Mention(0, len("Speaking Sunday"), "Speaking Sunday", "PERSON")
    assert quote(t, "We will win", [m]).resolved is None


# --- the speaker phrase ends where its head does ------------------------------------------

PHRASE_HEAD = [
    pytest.param(
        "“This has gone too far,” said Clinton’s top foreign policy aide Jake Sullivan.",
        "This has",
        "Jake Sullivan",
        id="possessed-role-then-name",
    ),
    pytest.param(
        "Trump’s campaign manager Paul Manafort said, “We are moving on.”",
        "We are",
        "Paul Manafort",
        id="possessed-role-then-name-as-subject",
    ),
    pytest.param(
        "Sanders was not ready. The Vermont senator emailed supporters saying: “The struggle "
        "continues” and vowing to compete.",
        "The struggle",
        "The Vermont senator",
        id="role-noun-then-its-verb",
    ),
    pytest.param(
        "“They got great ratings,” the billionaire business mogul told People.",
        "They got",
        "the billionaire business mogul",
        id="compound-role-is-one-phrase",
    ),
    pytest.param(
        '"North Korea is a paranoid, isolated nation," the independent Vermont senator and '
        "Democratic presidential candidate told reporters.",
        "North Korea",
        "the independent Vermont senator and Democratic presidential candidate",
        id="one-person-in-two-roles",
    ),
    pytest.param(
        "Beck, who has in the past described Trump as “a pathological narcissistic sociopath,” "
        "clearly disagrees.",
        "a pathological",
        "Beck",
        id="relative-clause-with-a-prepositional-phrase",
    ),
    pytest.param(
        "“We are ready,” several officials aware of the discussions said.",
        "We are",
        "several officials aware of the discussions",
        id="head-before-a-preposition",
    ),
    pytest.param(
        "The battle over whether Trump University is what former employees have called a "
        "“fraudulent scheme” took an ugly turn.",
        "fraudulent",
        "former employees",
        id="subject-of-a-what-clause",
    ),
    pytest.param(
        "President Obama passionately rebuked critics who say he should condemn terrorists as "
        '"radical Islamists," saying it would help the enemy.',
        "radical",
        "critics",
        id="head-of-the-relative-clause-whose-verb-is-the-cue",
    ),
    pytest.param(
        "Cruz says he is “effectively tied for second place” with Florida Sen. Marco Rubio, in a "
        "finish that he said defied expectations.",
        "effectively",
        "Cruz",
        id="a-later-clause-that-he-said-defied",
    ),
    pytest.param(
        "Tester said he voted against the proposal because “they put some unnecessary stuff in "
        "that bill,” including provisions he said would restrict transfers.",
        "they put",
        "Tester",
        id="a-later-clause-he-said-would",
    ),
    pytest.param(
        "Although Weiner admitted to the newspaper that he and the woman had “been friends for "
        "some time,” he claimed they had never met in person.",
        "been friends",
        "Weiner",
        id="the-next-clause-reports-its-own-statement",
    ),
    pytest.param(
        "Trump hired aides who said “the campaign is fine.”",
        "the campaign",
        "aides",
        id="object-with-a-relative-clause-of-saying",
    ),
    pytest.param(
        "“We are ready,” the newly elected officials said.",
        "We are",
        "the newly elected officials",
        id="participle-adjective-after-a-determiner",
    ),
    pytest.param(
        "Even Republicans who have praised his candidacy warned on Tuesday that the party may "
        "have to separate itself from its nominee.",
        "the party",
        "Republicans",
        id="object-of-relative-clause-indirect",
    ),
    pytest.param(
        "One Democratic official who relayed the exchange said, “We have to remember that.”",
        "We have",
        "One Democratic official",
        id="object-of-relative-clause-direct",
    ),
    pytest.param(
        "McCain, who has tangled with Cruz repeatedly, said he has had only one interaction with "
        "Cruz since he returned.",
        "he has had",
        "McCain",
        id="object-of-a-relative-clause-set-off-by-commas",
    ),
]


# --- what is not an indirect statement -----------------------------------------------------

NOT_INDIRECT = [
    pytest.param(
        "Reflecting on his earlier career as a trial lawyer, the Senate leader said, “I never "
        "knew what was going to happen.”",
        "Reflecting",
        id="phrase-before-a-cue-that-goes-on-to-a-quotation",
    ),
    pytest.param(
        "He told his Democratic audience, to rowdy applause: “I can say with confidence that "
        "nobody is more qualified.”",
        "his Democratic",
        id="told-object-before-a-colon",
    ),
    pytest.param(
        "Little noticed in her victories on Tuesday: She clinched an outright majority of "
        "regular, pledged delegates.",
        "She clinched",
        id="participle-before-a-bare-plural",
    ),
    pytest.param(
        "He voted against the bailout of big banks. He said no to the Iraq war in 2002.",
        "no to",
        id="said-no-to",
    ),
    pytest.param(
        "Sanders lost Ohio to his rival Hillary Clinton, who added to her delegate lead.",
        "to her",
        id="added-to",
    ),
    pytest.param(
        "“I am not a natural politician,” Mrs. Clinton said in one of her debates with Mr. "
        "Sanders, a bracingly honest statement.",
        "in one",
        id="a-phrase-after-the-cue",
    ),
    pytest.param(
        "Asked whether he would counsel Clinton to ask Sanders to join her ticket, Reid said he "
        "would not give her advice.",
        "Asked",
        id="question-before-the-answer",
    ),
]


@pytest.mark.parametrize("text, opening", NOT_INDIRECT)
def test_phrases_that_are_no_reported_statement(text, opening):
    found = [q for q in find_quotes(text, []) if q.text.startswith(opening)]
    assert not found, [(q.kind, q.text, q.speaker) for q in found]


INDIRECT_INVERTED = [
    pytest.param(
        "The economy is improving faster than expected this year, said Smith.", "Smith", id="name"
    ),
    pytest.param(
        "The economy is improving faster than expected this year, said officials.",
        "officials",
        id="said-bare-plural",
    ),
    pytest.param(
        "The economy is improving faster than expected this year, the minister said.",
        "the minister",
        id="subject-then-cue",
    ),
]


@pytest.mark.parametrize("text, speaker", INDIRECT_INVERTED)
def test_a_statement_before_its_inverted_cue(text, speaker):
    assert quote(text, "The economy").speaker == speaker


# --- pronouns and role nouns that the text leaves open --------------------------------------

AMBIGUOUS = [
    pytest.param(
        "Bernie Sanders lost. In 1992, Bill Clinton challenged those conventions. Opposition to "
        "the deal was at the heart of Sanders's critique of a system that he said has favored "
        "the richest Americans.",
        "has favored",
        ["Bernie Sanders", "Bill Clinton", "Sanders"],
        None,
        id="rival-named-in-the-pronouns-sentence",
    ),
    pytest.param(
        "Neither Jeb Bush nor Rubio has done anything close to that. “We will win,” he said.",
        "We will",
        ["Jeb Bush", "Rubio"],
        None,
        id="neither-nor-is-two-people",
    ),
    pytest.param(
        "Jeb Bush and Marco Rubio spoke on Monday. “We will win,” he said.",
        "We will",
        ["Jeb Bush", "Marco Rubio"],
        None,
        id="coordinated-subject",
    ),
    pytest.param(
        "Bill Clinton spoke on Monday. “We will win,” he said.",
        "We will",
        ["Bill Clinton"],
        "Bill Clinton",
        id="one-subject-still-resolves",
    ),
    pytest.param(
        "Republican presidential candidate Marco Rubio says he is staying in the race. He says "
        "no one is “on pace to get 1,237 delegates,” the number needed.",
        "on pace",
        ["Marco Rubio"],
        "Marco Rubio",
        id="party-word-is-no-person",
    ),
    pytest.param(
        "FBI Director James Comey stated Clinton was “extremely careless.” The director further "
        "stated that Clinton was not truthful about “top secret” emails.",
        "top secret",
        ["James Comey", "Clinton"],
        "James Comey",
        id="a-verb-ends-the-title-run",
    ),
]


@pytest.mark.parametrize("text, opening, names, who", AMBIGUOUS)
def test_a_reference_the_text_leaves_open_stays_as_written(text, opening, names, who):
    q = quote(text, opening, [person(text, n, 0) for n in names if n != "Sanders"])
    assert (q.who() if q.resolved else None) == who


def test_a_pronoun_before_its_quotation_looks_back_from_itself():
    """ "He told his audience: ¶ “…”": the sentences searched for the antecedent are counted
    back from the pronoun, not from the quotation a paragraph later."""
    text = (
        "Obama Praises Hillary, But …\n\nObama Praises Hillary, But ….\n\nOne of the claims of "
        "President Barack Obama’s speech does not stand up.\n\nHe told his audience, to "
        "applause:\n\n“I can say with confidence that nobody is more qualified.”"
    )
    names = [person(text, "Obama", 1), person(text, "Hillary", 1), person(text, "Barack Obama")]
    q = quote(text, "I can", names)
    assert (q.speaker, q.who()) == ("He", "Obama")


INDIRECT_SPAN = [
    pytest.param(
        "On Tuesday, campaign chairman John Podesta told a Wall Street Journal lunch group that "
        "her position remains firm.",
        "her position remains firm",
        id="told-a-long-object-that",
    ),
    pytest.param(
        "Mr. Trump has told his supporters that they should respond by calling reporters racists.",
        "they should respond by calling reporters racists",
        id="told-supporters-that",
    ),
    pytest.param(
        "On Monday, Matin Bek, the head of local governance, told a news conference the Taliban "
        "were demanding that the first batch of releases include senior commanders.",
        "the Taliban were demanding that the first batch of releases include senior commanders",
        id="told-then-a-clause-with-its-own-that",
    ),
    pytest.param(
        "Clinton says the mails were personal and not work-related, but for Republicans, it is a "
        "smoking gun for a cover-up.",
        "the mails were personal and not work-related",
        id="but-ends-the-statement",
    ),
    pytest.param(
        "Trump said he would attend the meeting, but that he would leave early to campaign.",
        "he would attend the meeting, but that he would leave early to campaign",
        id="but-that-goes-on",
    ),
    pytest.param(
        "Asked whether he would counsel Clinton to ask Sanders to join her ticket, Reid said he "
        "would not give her advice.",
        "he would not give her advice",
        id="the-answer-after-the-question",
    ),
]


@pytest.mark.parametrize("text, span", INDIRECT_SPAN)
def test_the_reported_clause_is_what_was_said(text, span):
    found = [q.text for q in find_quotes(text, []) if q.kind == "indirect"]
    assert found == [span]


CAUSED = [
    pytest.param(
        "The remark prompted Trump to tweet that “the media is so dishonest.”",
        "the media",
        "Trump",
        id="prompted-x-to-tweet",
    ),
    pytest.param(
        "His fact-check was retweeted 3,200 times, leading Clinton economic advisers like Gene "
        "Sperling to counter that “every cent that went to the bailout, Sanders voted against.”",
        "every cent",
        "Gene Sperling",
        id="leading-described-x-to-counter",
    ),
    pytest.param(
        "That record prompted the Atlas of U.S. Presidential Elections to state, “Vigo County is "
        "the most prominent bellwether.”",
        "Vigo County",
        "Atlas of U.S. Presidential Elections",
        id="prompted-a-body-to-state",
    ),
    pytest.param(
        "Rubio lost Florida. The defeat led him to say, “We will fight on in Florida and beyond.”",
        "We will",
        "him",
        id="led-him-to-say",
    ),
]


def test_a_statement_goes_on_past_a_title_in_its_attribution():
    """'“A,” the senator told ABC's “Good Morning America.” “B”': B goes on with A's speaker;
    the programme's title between them is a term, with no speaker (and none unresolved)."""
    text = (
        "“North Korea is a paranoid, isolated nation,” the Vermont senator told ABC's “Good "
        "Morning America.” “When you have a hydrogen bomb, you are a threat to China as well.”"
    )
    qs = find_quotes(text, [])
    assert [(q.kind, q.speaker, q.unresolved) for q in qs] == [
        ("direct", "the Vermont senator", True),
        ("term", None, False),
        ("direct", "the Vermont senator", True),
    ]


WITH_ABSOLUTE = [
    pytest.param(
        "Republicans were irritated about the lack of detail, with Sen. John McCain calling it a "
        "“Chinese menu.”",
        "Chinese",
        "John McCain",
        id="title-before-the-name",
    ),
    pytest.param(
        "The attack sparked a debate over how the United States responds, with Republican "
        "Senator John McCain telling reporters he viewed Obama as “directly responsible.”",
        "directly",
        "John McCain",
        id="description-before-the-name",
    ),
]


NAMED_BY_AGENT = [
    pytest.param(
        "Obama put his hand on Christie's shoulder in what would come to be derisively known by "
        'some Republicans as a "hug" that hurt him.',
        "hug",
        "some Republicans",
        id="known-by-x-as",
    ),
    pytest.param(
        "The law, derided by critics as “Obamacare,” survived.",
        "Obamacare",
        "critics",
        id="derided",
    ),
]


def test_known_as_without_an_agent_stays_a_term():
    assert quote("The deal was known as the “grand bargain” in Washington.", "grand").kind == "term"


@pytest.mark.parametrize(
    "text, opening, speaker", PHRASE_HEAD + CAUSED + WITH_ABSOLUTE + NAMED_BY_AGENT
)
def test_the_speaker_is_the_phrase_its_clause_gives(text, opening, speaker):
    """A speaker phrase ends at its head; a causative's object, the doer in 'with X
    doing' and the agent after 'by' speak."""
    assert quote(text, opening).speaker == speaker


# --- quoted fragments a reader sees as someone's words --------------------------------

FRAGMENTS_IN_REPORTED_SPEECH = [
    pytest.param(
        "“We are heartbroken” by the loss of so many young lives in the fire on Main Street, "
        "the principal said.",
        "We are",
        "the principal",
        id="fragment-opens-the-reported-clause",
    ),
    pytest.param(
        "The plant had been “running at half speed” for most of the year before the strike, "
        "Smith said.",
        "running",
        "Smith",
        id="fragment-inside-the-reported-clause",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", FRAGMENTS_IN_REPORTED_SPEECH)
def test_a_fragment_inside_reported_speech_is_the_reporters_subjects(text, opening, speaker):
    """ "X said the stadium was “a gift to the city”": the clause names who speaks, so
    the fragment is X's partial quote, not a scare quote."""
    q = quote(text, opening)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_a_title_inside_reported_speech_is_no_ones_words():
    q = quote("The museum will show “Guernica” next year, its director said.", "Guernica")
    assert (q.kind, q.speaker) == ("term", None)


COORDINATED_FRAGMENTS = [
    pytest.param(
        "Flying home, she confided to her sister that the race would be “brutal,” “a long "
        "shot” and “worth it.”",
        ["brutal", "a long shot", "worth it"],
        ["she", "she", "she"],
        id="comma-and-list",
    ),
    pytest.param(
        "The coach looked “tired” and “distracted,” the team doctor said after the game.",
        ["tired", "distracted"],
        ["the team doctor", "the team doctor"],
        id="and-then-post-attribution",
    ),
    pytest.param(
        "The plan is “a start” but “far from enough,” Smith said.",
        ["a start", "far from enough"],
        ["Smith", "Smith"],
        id="but-joins-two-fragments",
    ),
    pytest.param(
        "People should stop using words like “maybe” and “perhaps” in court, he told reporters.",
        ["maybe", "perhaps"],
        ["he", "he"],
        id="first-of-two-before-a-final-attribution",
    ),
]


@pytest.mark.parametrize("text, openings, speakers", COORDINATED_FRAGMENTS)
def test_fragments_listed_together_share_their_speaker(text, openings, speakers):
    qs = [quote(text, o) for o in openings]
    assert [(q.kind, q.speaker) for q in qs] == [("partial", s) for s in speakers]


NOT_COORDINATED = [
    pytest.param(
        "The actor, who starred in “Night Shift” and “Harbor Lights,” posted the clip.",
        "Night Shift",
        None,
        id="titles-listed",
    ),
    pytest.param(
        "He called the vote “fair.”\n\n“Rigged” is the word on the flyers, Smith said.",
        "fair",
        "He",
        id="paragraph-between",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", NOT_COORDINATED)
def test_a_list_of_titles_or_fragments_apart_share_nothing(text, opening, speaker):
    assert quote(text, opening).speaker == speaker


PROGRAMME_TITLES = [
    pytest.param("She said on “Face the Nation” that the vote was close.", "Face", id="said-on"),
    pytest.param("“We will win,” the governor told “Good Morning America.”", "Good", id="told"),
    pytest.param(
        "“The economy is strong,” the mayor said in an interview with “Fox News Sunday.”",
        "Fox",
        id="interview-with",
    ),
    pytest.param(
        "“I was wrong,” the senator said on his podcast, “The Long Game,” last week.",
        "The Long",
        id="podcast-comma",
    ),
    pytest.param(
        "“Vote early,” the pastor told listeners of his “Morning Light” radio program.",
        "Morning Light",
        id="noun-after-title",
    ),
    pytest.param(
        "“We disagree,” she said on this week's broadcast of “Capitol Report.”",
        "Capitol",
        id="broadcast-of",
    ),
]


NICKNAMES = [
    pytest.param("Rep. Ann “Annie” Kuster said the vote would be close.", "Annie", id="curly"),
    pytest.param('State Del. Marcia "Cia" Price shouted to the crowd.', "Cia", id="straight"),
]


@pytest.mark.parametrize("text, opening", PROGRAMME_TITLES + NICKNAMES)
def test_a_programme_or_a_nickname_is_nobodys_words(text, opening):
    """The programme a speaker appeared on, and a nickname inside a name, are terms."""
    q = quote(text, opening)
    assert (q.kind, q.speaker) == ("term", None)


def test_a_title_case_phrase_after_a_naming_verb_is_still_the_speakers():
    q = quote("Trump called her “Crooked Hillary” at the rally.", "Crooked")
    assert (q.kind, q.speaker) == ("partial", "Trump")


POSSESSED_SPEECH = [
    pytest.param(
        "His demand for “a full and open inquiry” was rejected by the board.",
        "a full",
        "His",
        id="demand-for",
    ),
    pytest.param(
        "Her promise to be “a voice for the forgotten” won applause in Ohio.",
        "a voice",
        "Her",
        id="promise-to",
    ),
    pytest.param(
        "Reporters checked Governor Lee's claim that there were “hundreds of new jobs” in the "
        "county.",
        "hundreds",
        "Governor Lee",
        id="claim-that",
    ),
    pytest.param(
        "Smith's call for a “clean slate” drew cheers in the hall.",
        "clean slate",
        "Smith",
        id="noun-after-a-name",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", POSSESSED_SPEECH)
def test_a_fragment_a_possessed_speech_noun_reports_is_the_possessors(text, opening, speaker):
    q = quote(text, opening)
    assert (q.kind, q.speaker) == ("partial", speaker)


def test_a_speech_noun_whose_complement_another_speaker_voices_gives_no_speaker():
    q = quote("His claim that the mayor said “never” was denied.", "never")
    assert q.speaker != "His"


SUBJECT_AFTER_AN_OPENING_PHRASE = [
    pytest.param(
        "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him "
        "“a total stiff.” Trump spoke for an hour.",
        "a total",
        id="region-after-a-town",
    ),
    pytest.param(
        "Introduced by Joe Arpaio, the sheriff and hard-liner, Trump launched into a lament "
        "for the “countless Americans” hurt by crime. Trump spoke for an hour.",
        "countless",
        id="apposition-in-the-phrase",
    ),
]


@pytest.mark.parametrize("text, opening", SUBJECT_AFTER_AN_OPENING_PHRASE)
def test_the_subject_after_an_opening_phrase_with_commas_in_it(text, opening):
    """ "Speaking in Salem, New Hampshire, Trump …": the state belongs to the phrase; and
    past an apposition's commas the subject is the name right before its verb."""
    q = quote(text, opening)
    assert (q.kind, q.speaker) == ("partial", "Trump")


def test_a_list_item_after_a_comma_is_no_subject():
    text = (
        "Donors include Goldman Sachs, Credit Suisse, UBS, and the bankers' association, "
        "supposedly marked as a “high priority” donor."
    )
    assert quote(text, "high priority").speaker != "UBS"


def test_titles_in_apostrophe_marks_are_titles_too():
    q = quote(
        "“Jobs, jobs, jobs,” Mrs. Clinton said on ''The Late Show With Stephen Colbert.''",
        "The Late",
    )
    assert (q.kind, q.speaker) == ("term", None)
