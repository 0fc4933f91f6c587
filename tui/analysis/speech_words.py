"""The word lists of quote attribution (``tui.analysis.speakers``, ``tui.analysis.quotes``):
verbs of saying, role nouns, titles, and the function words that shape a speech frame.

Written for this project from general knowledge of news English. A rule that needs a
word list takes it from here; the lists grow here, not in the code. Every list is lower
case unless it says otherwise.
"""

from __future__ import annotations

# Words that keep their period when they come before a name (Mr. Ghani, Gen. Miller).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt gov sen rep rev fr sr jr st pres supt amb hon atty det insp del".split()
)
# Verbs of saying, in the forms news uses before or after a quotation: "X said",
# "said X", "X told AFP", "adding that", "X wrote in a tweet", "X called it “…”".
SPEECH_VERBS = frozenset(
    """said says say saying told tells tell telling added adds adding stated states stating
    announced announces announcing tweeted tweets tweeting wrote writes writing explained explains
    explaining noted notes noting insisted insists insisting argued argues arguing claimed claims
    claiming warned warns warning declared declares declaring continued continues replied replies
    replying responded responds responding recalled recalls recalling acknowledged acknowledges
    admitted admits suggested suggests urged urges confirmed confirms asked asks asking observed
    observes remarked remarks quipped quips joked jokes countered counters reported reports
    concluded concludes predicted predicts promised promises pledged pledges vowed vows posted
    posts echoed maintained maintains stressed stresses emphasized emphasizes emphasised commented
    comments testified testifies shouted shouts chanted yelled exclaimed boasted boasts complained
    complains conceded concedes cautioned cautions agreed agrees recounted recounts described
    describes describing called calls calling dubbed labeled labelled branded termed read reads
    proclaimed proclaims thundered lamented laments mused muses blasted blasts charged charges
    contended contends asserted asserts affirmed affirms demanded demands denied denies
    disputed insisted whispered repeated repeats retorted scoffed sniped snapped tweeting
    explained answered answers wondered wonders laughed sighed deadpanned interjected
    interrupted pleaded begged texted emailed messaged retweeted teased cracked opined confided
    marveled marvelled gushed raved grumbled griped sneered barked growled screamed cried
    muttered murmured underscored reiterated reiterates assured reassured advised informed
    alleged alleges reasoned summarized summed elaborated clarified added continued
    recalled writes wrote pressed reacted quip sings sang fumed fumes seethed raged remembered
    remembers questioned conclude write note argue warn explain insist
    contend observe recall exhorted exhorts yelling yells shouting screaming screams exclaims""".split()
)
# Verbs by which a subject voices, labels or characterises something: a quoted fragment
# in their clause is the subject's words ("Trump accused Cruz of being “politically
# correct”", "Bondi vowed to go after “anyone who attacks …”", "He had floated the idea of
# “virtual engagement”"). Used only for quoted fragments, never for indirect speech.
STANCE_VERBS = frozenset(
    """accused accuses accusing vowed vows vowing promised promises promising pledged pledges
    pledging rails railed railing characterized characterizes characterised characterizing
    referred refers referring labeled labels labelled proposed proposes proposing criticized
    criticizes criticised criticizing praised praises praising blamed blames blaming mocked mocks
    mocking slammed slams slamming dismissed dismisses dismissing touted touts touting hailed
    hails hailing lamented decried decries denounced denounces denouncing condemned condemns
    condemning defended defends defending derided derides ridiculed ridicules chanted chanting
    shouted shouting floated floats urged urges urging demanded demands demanding warned warns
    warning predicted predicts predicting insisted insists insisting suggested suggests
    suggesting promised pitched pitches pitching billed bills framed frames framing portrayed
    portrays portraying branded brands branding likened likens compared compares comparing
    dubbed dubs termed terms calling called calls described describes describing described
    cited cites citing invoked invokes invoking quoted quotes quoting repeated repeats
    repeating echoed echoes echoing joked jokes joking boasted boasts boasting bragged brags
    complained complains complaining pledged announced vowed declared declares argued argues
    arguing claimed claims claiming promised thanked thanks thanking asked asks asking
    questioned questions questioning challenged challenges challenging attacked attacks
    attacking""".split()
)
# Cues that only introduce a quotation of the speaker's words when one follows them
# ("called it “a disaster”"), never an indirect statement.
NAMING_VERBS = frozenset(
    "described describes describing called calls calling dubbed labeled labelled branded termed".split()
)
# Verbs that introduce an indirect statement ("X said all sides…", "X told AFP that…").
INDIRECT_VERBS = frozenset(
    """said says told tells stated states announced announces added adds claimed claims insisted
    insists argued argues warned warns noted notes explained explains confirmed confirms
    acknowledged acknowledges admitted admits suggested suggests declared declares tweeted
    reported reports maintained maintains stressed stresses emphasized emphasised predicted
    predicts promised promises pledged vowed asserted contended denied conceded""".split()
)
PRONOUNS = {"he": "M", "she": "F", "they": "P", "it": "O", "i": "S", "we": "P"}
# Role nouns that stand for a person or body named earlier ("the envoy said").
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson envoy representative adviser advisor minister secretary
    president senator governor mayor candidate nominee official officer diplomat ambassador chairman
    chairwoman chair director leader commander general negotiator lawmaker congressman congresswoman
    official aide analyst expert chief head attorney lawyer judge justice prosecutor campaign
    premier chancellor king queen prince sheikh cleric mullah emir council ministry department
    committee office agency government administration group organization organisation party
    statement spokespeople strategist manager pollster economist professor researcher source sources
    officials executives executive activist activists protester protesters critic critics
    supporters supporter voters voter residents resident witness witnesses observer observers
    founder ceo billionaire businessman host anchor reporter correspondent columnist author
    writer editor publisher veteran delegate delegates member members coordinator administrator
    commissioner superintendent sheriff police militant militants insurgents insurgent
    speaker hopeful hopefuls contender contenders challenger incumbent frontrunner front-runner
    """.split()
) | frozenset(
    """agreement deal accord treaty decree report letter memo document resolution text law bill
    constitution charter statement ad ruling website""".split()
)
# Documents that "say" things: speakers, never resolved to a person.
DOCUMENT_NOUNS = frozenset(
    """agreement deal accord treaty decree report letter memo document resolution text law bill
    constitution charter statement ad ruling website""".split()
)
# Synonyms a role noun may be matched by in an earlier description of the person.
ROLE_SYNONYMS = {
    "envoy": ("envoy", "representative", "ambassador", "negotiator"),
    "representative": ("representative", "envoy"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "adviser": ("adviser", "advisor"),
    "advisor": ("adviser", "advisor"),
    "president": ("president", "pres"),
    "secretary": ("secretary", "sec"),
    "minister": ("minister", "premier"),
    # a title's abbreviation names the role too ("Gov. Chris Christie" is "the governor")
    "governor": ("governor", "gov"),
    "senator": ("senator", "sen"),
    "lawmaker": ("lawmaker", "senator", "sen", "congressman", "congresswoman", "rep", "legislator"),
    "congressman": ("congressman", "rep", "representative"),
    "congresswoman": ("congresswoman", "rep", "representative"),
    "general": ("general", "gen"),
    "ambassador": ("ambassador", "amb"),
    "attorney": ("attorney", "atty"),
}
# Titles and honorifics that come before a name and are not part of it (some only in their
# abbreviated form, the bare word being a name too: "Del. Stacey Plaskett", "Benicio Del Toro").
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. gen gen. lt lt. col col. maj maj. capt capt. adm adm.
    sgt sgt. gov gov. sen sen. rep rep. rev rev. president vice secretary minister envoy spokesman
    spokeswoman spokesperson senator governor mayor ambassador general admiral colonel captain
    sergeant judge justice chairman chairwoman director commander chief leader speaker pope king
    queen prince princess sheikh mullah imam rabbi pastor father sir dame lord lady premier chancellor
    representative congressman congresswoman councilman councilwoman attorney adviser advisor
    candidate nominee special deputy acting former late first lady foreign prime defense interior
    state cmdr. supt. amb. atty. det. insp. hon. del.""".split()
)
# Words that end an organisation name: a speaker ending in one is an institution.
ORG_HEADS = frozenset(
    """council ministry department committee office agency party campaign court commission
    administration house times post news network association foundation institute university
    bureau service services company inc corp group union center centre board senate congress
    government taliban pentagon police army navy forces command embassy federation league
    coalition alliance organization organisation press journal review magazine channel cnn fbi cia
    nsc un nato icrc""".split()
)
# Capitalised words that open sentences or name times, never speakers.
NOT_NAMES = frozenset(
    """the a an this that these those it its he she they we i you his her their our my your
    but and or so yet if when while as after before since because though although however
    today yesterday tomorrow tonight now then there here meanwhile also still even both each
    either neither nor
    everyone everybody someone nobody all some many most several few others other another
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    photo credit advertisement read more video update updated note according in on at for
    with from by to of under over about into during""".split()
)
# Words that can sit between a subject and its cue: "X also said", "X has said", "X, however, said",
# "a spokesman could only quip".
SKIP_BEFORE_CUE = frozenset(
    """also later then has had have previously once again further earlier reportedly repeatedly
    recently subsequently quickly simply actually just separately likewise however too would
    will had had has originally publicly privately initially immediately finally is was
    are were been be often usually sometimes frequently always never could can might must should
    only even still already""".split()
)
# Lower-case words that join parts of one name ("Secretary of State", "Office of the …").
NAME_JOINERS = frozenset("of the for de da del van von der bin ibn al la le du dos y and".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
PREPOSITIONS = frozenset(
    "of for at with about in on from among near through across into outside inside around behind along".split()
)
# Prepositions whose noun phrase is their object, never a subject ("during a town hall
# meeting in Columbus", "by a spokesman for the council").
OBJECT_PREPOSITIONS = PREPOSITIONS | frozenset("during by under over like than".split())
CONNECTIVES = frozenset(
    "while as when because although though whereas since if after before unless until so yet".split()
)
DETERMINERS = frozenset(
    "the a an one another his her their its this these those two three several some many".split()
)
# Function words that never sit inside a short descriptive noun phrase.
STOP_WORDS = frozenset(
    """and or but that which who whom whose to of in on at by with for from as than then if when while
    is are was were be been being has have had do does did not no will would can could should may might
    must shall it he she they we i you there here said says told also""".split()
)
# Words that cannot describe a person between a modifier and a name ("said former tech
# executive Carly Fiorina during the GOP debate": "during" ends the speaker phrase).
NOT_DESCRIPTORS = (
    STOP_WORDS
    | SPEECH_VERBS
    | STANCE_VERBS
    | DETERMINERS
    | PREPOSITIONS
    | CONNECTIVES
    | frozenset("during after before since until into onto over under through via per than".split())
)
# Verbs by which a document, poll or study states something ("the report found “…”").
FINDING_VERBS = frozenset("found finds find concluded concludes determined determines".split())
REPORT_NOUNS = DOCUMENT_NOUNS | frozenset(
    """poll polls survey surveys study studies analysis audit review investigation inquiry probe
    paper research brief filing complaint lawsuit editorial op-ed column book memoir""".split()
)
# Cues whose object is the listener, never the speaker: "telling the crowd, “…”".
LISTENER_CUES = frozenset("told tells telling tell asked asks asking ask".split())
# Messages issued by someone: "sent an email saying", "placed ads calling".
MESSAGE_NOUNS = frozenset(
    "email e-mail message text tweet post release ad ads advertisement cover video letter memo".split()
)
# Verbs that are cues with "back": "Trump shot back", "Fallon fired back:".
BACK_VERBS = frozenset(
    "shot shoots fired fires hit hits snapped snaps pushed pushes wrote writes".split()
)
BE_FORMS = frozenset("was were is are be been being".split())
# Verbs whose passive agent reports rather than speaks ("was quoted by the Times").
REPORTED_BY = frozenset("quoted reported cited".split())
# Speech verbs in -s that are as often plural nouns ("Trump's comments", "his remarks").
SPEECH_PLURALS = frozenset(
    "comments remarks claims reports notes calls promises pledges charges statements tweets posts answers questions demands denials warnings vows jokes complaints quips".split()
)
# Speech verbs in their bare form, which is also a noun ("a note", "a final word").
BARE_SPEECH = frozenset(
    "note write argue warn explain insist contend observe predict recall conclude say tell add claim report state remark comment".split()
)
# Words before a past participle that leave it without a subject: "when questioned about
# the attacks", "he was asked" (the words are not the subject's).
SUBORDINATE = frozenset("when while if once unless until before after".split())
# Words before a speech word that make it a noun ("his remarks", "the claims").
NOUN_DETERMINERS = frozenset("his her their its our my your the a an this these those such".split())
# Cues that do not invert: after "told" comes the listener ("…, told POLITICO").
NOT_INVERTED = frozenset("told tells telling".split())
CLAUSE_OPENERS = frozenset(
    "and but while as when because which whereas although though so then yet or before after if".split()
)
# Words opening an introductory phrase or clause that a comma closes before the subject ("In
# Iowa, Trump …", "Although he thanked them, he …").
INTRO = frozenset(
    """in on at after before during when while as with for from by under since until later then
    earlier meanwhile but and so also yet still instead however now today yesterday last this
    speaking asked here although though because if unless whereas once despite""".split()
)
CONNECTIVE_OPENERS = frozenset(
    "then but and so also yet still meanwhile now instead however later moreover indeed".split()
)
PREP_AFTER_SUBJECT = frozenset("to of for in on at with from by as and or".split())
INVERTED_OPENERS = frozenset(
    "Said Says Added Adds Asked Wrote Writes Tweeted Explained Recalled Continued".split()
)
# Words that make "from …:" something other than a source ("from here on:", "from now").
STOP_SOURCE = frozenset("here there now then on to that this which where when".split())
# Words right before a quotation that mark it as a name, title or term, not anybody's
# words: under the title “…”, the so-called “…”, known as “…”, the word “…”.
TITLE_CUES = frozenset(
    "title titled entitled so-called known word term phrase slogan hashtag nickname nicknamed headline headlined".split()
)
MINOR_WORDS = frozenset("a an the and or of to in on at for with by from as is be vs".split())
# Nouns naming a work whose title follows in quotation marks.
WORK_NOUNS = frozenset(
    """film films movie movies show shows play plays book books novel memoir song songs album
    series episode documentary column op-ed essay article headline program programme musical
    opera poem painting exhibition exhibit podcast segment sketch video titled entitled
    called named dubbed""".split()
)
# Cues whose object is the person told, before the reported clause ("told reporters
# that", "assured AFP news agency"), and the words such an object is made of.
TOLD_CUES = frozenset("told tells assured informed warned reminded".split())
TOLD_OBJECT_WORDS = frozenset(
    """reporters journalists him her them us me news agency the a an supporters lawmakers
    parliament members voters audience crowd conference briefing interview radio television
    station newspaper outlet""".split()
)
# Adverbials between a cue and its clause: their first word ("on Monday", "late Sunday",
# "in a statement", "via Twitter", "repeatedly"), the words inside them before a time or a
# name ("in a joint statement", "on his Twitter"), and the adverbs that stand alone.
ADVERBIAL_OPENERS = frozenset(
    """on in via during at late early last this earlier later also previously again
    repeatedly publicly privately separately""".split()
)
ADVERBIAL_FILLERS = frozenset(
    """a an the his her their its subsequent separate brief written joint series of twitter
    facebook news press televised radio phone telephone recent""".split()
)
FREE_ADVERBS = frozenset(
    "also previously again repeatedly publicly privately separately earlier later".split()
)
# Words right before a title-case quotation that make it the programme or platform a
# speaker appeared on, not their words: "said on “Meet the Press”", "told “Fox and
# Friends”", "an interview with “Fox News Sunday”".
PROGRAMME_BEFORE = frozenset("on told with".split())
# Nouns naming a work or programme, before its title even when a speaker is near: "on his
# podcast “The Axe Files”", "the hit film “Frozen”" (not "called", "dubbed": "Trump
# called her “Crooked Hillary”" is his words).
MEDIUM_NOUNS = frozenset(
    """film movie show play book novel memoir song album series episode documentary column
    op-ed essay article headline program programme musical opera poem painting podcast
    segment sketch broadcast sitcom""".split()
)
# Words before a second "X said" that make it part of the first statement's content
# ("NBC reported that on the trip where Pompeo announced …") rather than a new sentence
# run on without punctuation.
NESTING = frozenset(
    """where when that which who whom whose as after before because if while and but or than
    since until though although whether said says told of for to by with""".split()
)
PARTICIPLE_CUES = frozenset(
    "adding saying noting arguing insisting warning explaining stressing claiming".split()
)
# Verbs that take a noun as readily as a clause ("confirmed the discussion"): their
# content counts as a statement only after "that", a pronoun subject or an auxiliary.
NOUN_TAKING = frozenset(
    """announced announces confirmed confirms denied denies reported reports acknowledged
    acknowledges admitted admits promised promises pledged vowed tweeted declared declares""".split()
)
AUXILIARIES = frozenset(
    "will would was were is are had has have could can should must may might did does".split()
)
TIME_WORDS = WEEKDAYS | frozenset(
    """today yesterday tonight earlier later week month year morning afternoon evening night
    statement tweet tweets twitter post interview conference briefing release email letter
    video speech call message radio television tv air show program programme podcast camera
    stage trail floor phone telephone rally""".split()
)
# Roles news uses for people it does not name: "the source said" stays as written.
ANONYMOUS_ROLES = frozenset(
    "source sources official officials aide aides witness witnesses".split()
)
ROLE_FILLERS = frozenset(
    "the this a an former top senior then new current longtime veteran u.s. us american".split()
)
# Words that open an apposition describing a speaker ("Smith, a lawyer, said", "Smith,
# who …, said", "Smith, his adviser, said").
APPOSITION_OPENERS = frozenset("a an the who which whose its his her their".split())
# Determiners that open a role noun phrase before a cue ("the envoy said", "two officials
# said", "one aide said").
ROLE_DETERMINERS = frozenset("the a an his her their its one two several some many other".split())
# Irregular past tenses that report speech or thought after a quotation ("“…,” he
# wrote"; "“…,” she thought").
IRREGULAR_PASTS = frozenset(
    """wrote spoke told said thought felt swore sang sung read taught meant bid forecast foretold
    overheard""".split()
)
# Verbs that report speech only with a particle ("“…,” Trump went on"; "she cut in").
PARTICLE_VERBS = frozenset(
    """went goes go chimed chimes weighed weighs pointed points piped pipes cut cuts shot shoots
    fired fires hit hits snapped snaps spoke speaks spelled spells summed sums broke breaks
    lashed lashes spoke called calls carried carries""".split()
)
REPORTING_PARTICLES = frozenset("in on out up back off".split())
# Words in -ed that are not past tenses of a verb after a subject ("“…,” Trump indeed").
NOT_PAST_TENSE = frozenset(
    """indeed need needed speed based related supposed used aged bred shed red bed wed seed
    feed deed weed""".split()
)
# Verbs that report going on speaking with "on" ("“…,” she went on"); after any other
# verb "on" is a preposition ("riffed on Hassan's answer").
GOING_ON = frozenset("went goes go carried carries".split())
# Words that end the title run read backwards from a name ("the governor and Donald
# Trump": "and" ends it).
TITLE_RUN_STOPS = frozenset("and or with to by of the a an said says".split())
# Lower-case words inside a title run before a name ("said White House press secretary
# Josh Earnest", "said top campaign adviser …").
ROLE_MODIFIERS = frozenset(
    """press national security foreign policy top senior political campaign communications
    former white house""".split()
)
# Determiners that make a phrase a description, not a name, even when its head is
# capitalised ("said one well-connected Democrat", "said a Republican").
INDEFINITES = frozenset("a an one another two three several some many".split())
# Quantities that take "of" and a group: "said one of those advisers".
QUANTIFIERS = frozenset(
    "one two three four five several some many most few none each all both either neither".split()
)
# Prepositions that take an adjective's complement after a description ("a source close
# to the campaign", "one Democrat familiar with the talks"): the description ends before
# the adjective.
COMPLEMENT_PREPOSITIONS = frozenset("with to about".split())
# What may follow a speaker phrase after an inverted cue ("said Trump's son, …").
PHRASE_ENDS = frozenset(", . ; : — – ( ) !".split()) | frozenset("in on at during via".split())
# Nouns for what someone said, whose possessor is the speaker ("Clinton's reply: “…”").
SPEECH_NOUNS = frozenset(
    """reply response answer retort message statement words comment comments verdict advice
    explanation assessment warning plea promise pledge accusation claim charge assertion
    argument remark tweet speech""".split()
)
# Speech nouns whose complement a possessor voices ("his call for “…”", "her claim that
# “…”", "Trump's promise to be “…”"), and the words that open that complement.
POSSESSED_SPEECH = (
    SPEECH_NOUNS
    | SPEECH_PLURALS
    | frozenset("call vow demand insistence prediction complaint boast threat".split())
) - frozenset(("speech", "words", "advice", "verdict"))
COMPLEMENT_OPENERS = frozenset("that to for".split())
# A possessive pronoun stands for the speaker as its personal pronoun does.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# Speech verbs that are cues after "to" ("took to Twitter to tweet that “…”", "went on to
# say: “…”"); most infinitives after "to" are purposes inside a longer clause ("to call
# for", "to counter").
INFINITIVE_CUES = frozenset(
    "say tweet write add declare proclaim argue insist note explain quip joke post retweet".split()
)
# Possessives that make a following speech word a noun ("his recent remarks").
POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())
# "'s" that is "is" or "has", not a possessive ("It's become", "There's still time").
CONTRACTIONS = frozenset(
    """it's that's there's here's what's who's he's she's let's where's how's when's why's
    everyone's everybody's nobody's someone's somebody's""".split()
)
# People a possessor has, who may speak ("Trump's son said", "Clinton's campaign manager").
PERSON_NOUNS = frozenset(
    """son sons daughter daughters wife husband brother sister father mother parents family
    relatives relative friend friends uncle aunt nephew niece cousin grandson granddaughter
    widow partner boss predecessor successor biographer biographers colleague colleagues
    allies ally rival rivals opponent opponents team staff staffer staffers lawyers attorneys
    doctor physician electorate base backers team-mate teammate""".split()
)
# What a possessed phrase may end in to be a speaker: a person, group or office, a
# document, or what was said ("Donald Trump's accusation").
POSSESSED_HEADS = ROLE_NOUNS | PERSON_NOUNS | REPORT_NOUNS | SPEECH_NOUNS | SPEECH_PLURALS
# A pronoun with its auxiliary, read as the pronoun ("He's said", "She’d told").
PRONOUN_CONTRACTIONS = {
    f"{p}'{a}": p
    for p in ("he", "she", "they", "we", "i")
    for a in ("s", "d", "ll", "re", "ve", "m")
    if not (p in ("he", "she") and a in ("re", "ve", "m"))
    and not (p in ("they", "we") and a in ("s", "m"))
    and not (p == "i" and a in ("s", "re"))
}
# Pronoun-like words for people the text does not name ("one said", "said another",
# "others said"): speakers as written, never resolved to anyone named before.
INDEFINITE_SPEAKERS = frozenset(
    """one another others some many several both few most none anyone someone somebody
    everyone everybody nobody""".split()
)
# Heads of phrases that a misread frame can take for a speaker but that never speak:
# times ("the day before read"), and abstract or event nouns ("his perspective", "the
# evidence said", "the Saturday debate said").
NOT_SPEAKER_HEADS = frozenset(
    """day days week weeks month months year years time times hour hours minute minutes
    morning afternoon evening night weekend decade century before after ago earlier later
    promise perspective timeline schedule scheduling formula key words word debate debates
    issue issues problem problems point points idea
    ideas notion fact facts truth reality thing things way ways part parts piece number
    numbers figure figures rate rates share record history moment moments
    syllabus class""".split()
)
# Groups and things that speak in news ("the crowd chanted", "a sign read", "Protesters
# chanted").
GROUP_NOUNS = frozenset(
    """people crowd crowds audience residents workers employees members protesters
    demonstrators students parents fans citizens public group groups organizers organisers
    sign signs banner banners placard placards poster posters billboard headline slogan
    chant chants""".split()
)
# Words before a place that make it the object of a preposition, never a speaker ("in
# Salem, New Hampshire, Trump went after Bush").
PLACE_PREPOSITIONS = frozenset("in at from of near to across outside inside".split())
# Capitalised plural and group words that open a sentence as its subject ("Aides say",
# "Officials said", "Protesters chanted"): never a common word standing for nothing.
SPEAKER_WORDS = ROLE_NOUNS | PERSON_NOUNS | GROUP_NOUNS | INDEFINITE_SPEAKERS
# Labels at the start of a transcript line that are not speakers ("VIDEO: …", "Q: …").
TRANSCRIPT_NON_SPEAKERS = frozenset(
    """VIDEO AUDIO CROSSTALK LAUGHTER APPLAUSE UNIDENTIFIED Q A UPDATE PREVIOUSLY CORRECTION
    EDITOR'S NOTE""".split()
)
# Words whose presence lets a sentence hold an indirect statement (a fast filter before
# it is read): the cues of INDIRECT_VERBS after a space, and "according to".
INDIRECT_TRIGGERS = (
    " said",
    " says",
    " told",
    " stated",
    " announced",
    " added",
    "according to",
    " claimed",
    " insisted",
    " argued",
    " warned",
    " noted",
    " explained",
    " confirmed",
    " acknowledged",
    " admitted",
    " suggested",
    " declared",
    " tweeted",
    " reported",
    " maintained",
    " stressed",
    " emphasi",
    " predicted",
    " promised",
    " pledged",
    " vowed",
    " asserted",
    " contended",
    " denied",
    " conceded",
    " tells",
)
# Question and relative words that end a description read backwards ("what multiple
# lawmakers called" is not a role phrase beginning at "what").
WH_WORDS = frozenset("what whatever which whichever who whom whose where when why how".split())
# Heads that never speak: days, months, times, pointing and function words ("Wednesday
# said", "Today", "However"); a few capitalised common words are also surnames ("“…,”
# Read said", "From said", "May said") and are left to the name reading.
NEVER_SPEAKERS = (NOT_NAMES - frozenset("read from may more".split())) | WEEKDAYS
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Words after a sentence-opening participle that make it a frame for what follows, not a
# statement: "Asked whether …, Reid said", "Pressed about …", "Questioned on …".
FRAME_PARTICIPLE_NEXT = WH_WORDS | frozenset("about if whether by on".split())
# Words opening a contrasting clause after a comma that ends a reported statement unless
# "that" follows ("Clinton says the mails were personal, but for Republicans, it is …").
CONTRAST_OPENERS = frozenset("but although though while whereas".split())
# Verbs that make their object speak: "The defeat led Rubio to say", "prompted the Atlas to
# state", "leading advisers like Gene Sperling to counter that".
CAUSATIVE_VERBS = frozenset(
    """prompted prompting prompts led leading leads forced forcing forces caused causing
    causes pushed pushing moved inspired inspiring compelled compelling spurred spurring""".split()
)
# Infinitives of saying after a causative's object (besides INFINITIVE_CUES).
CAUSED_SPEECH = frozenset("state counter respond reply warn claim suggest call".split())
# Object pronouns and the subject pronoun they stand for ("led him to say" -> he).
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# Participles that name something with the namer as their agent: "known by some
# Republicans as a “hug”", "derided by critics as “Obamacare”".
NAMED_BY = NAMING_VERBS | frozenset("known derided mocked ridiculed hailed praised".split())
