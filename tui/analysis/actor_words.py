"""The word lists of the actor tagger (``tui.analysis.actors``): titles, role nouns,
organisation and place words, calendar and function words.

Written for this project from general knowledge of news English; the gazetteers
built from data packages are in ``tui/analysis/data/`` (see its README). Every list
is lower case unless it says otherwise.
"""

from __future__ import annotations

# Honorifics: part of how a person is addressed, not a role ("Mr. Ghani" -> "Ghani").
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam mme mme. m. herr frau "
    "prof prof. rev rev. fr fr. sheikh shaikh sayed sayyid haji hajji mullah mawlawi maulvi "
    "maulana imam ayatollah hon hon. st".split()
)
# Titles and role nouns: before a name they are its role ("President Ashraf Ghani",
# "Taliban spokesman Zabihullah Mujahid", "Gen. Austin Miller").
TITLE_WORDS = frozenset(
    """president vice-president premier chancellor minister ministers secretary secretary-general
    spokesman spokeswoman spokesperson envoy ambassador adviser advisor advisers counsellor counselor
    gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain cmdr cmdr.
    commander adm adm. admiral sgt sgt. sergeant cpl cpl. corporal pvt pvt. private brig brig. brigadier
    marshal field-marshal commissioner governor gov gov. mayor senator sen sen. sen representative rep rep.
    congressman congresswoman judge justice magistrate prosecutor attorney chairman chairwoman chair
    chief director head leader king queen prince princess emperor empress emir sultan crown
    pope cardinal bishop archbishop patriarch rabbi coach manager striker midfielder defender
    goalkeeper captain deputy ceo cfo chief-executive founder co-founder owner editor correspondent
    reporter analyst economist official officer negotiator mediator diplomat delegate
    representative consul charge lawmaker legislator mp spokesmen officials chargé
    inspector superintendent detective constable warden sheriff major-general lieutenant-general
    brigadier-general maj-gen maj.-gen. lt-gen lt.-gen. lt-col lt.-col. rear-admiral vice-admiral
    democrat republican executive supervisor clerk treasurer auditor comptroller assessor
    registrar administrator""".split()
)
# Family names that come first (Chinese, Korean, Vietnamese, Cambodian names): the
# short form of "Wang Dan" is "Wang", of "Hun Sen" is "Hun".
SURNAME_FIRST = frozenset(
    """Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Luo Gao Deng Jiang Xi Qian
    Tang Song Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jia Lu Wei Xue Ye Yan Du Dai Xia Zhong
    Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Nguyen Tran Pham Hoang Phan Vu Dang Bui Hun""".split()
)
# Words that may stand before a role noun inside a role phrase ("U.S. special envoy",
# "former Ambassador", "Taliban political spokesman").
ROLE_MODIFIERS = frozenset(
    """former acting deputy senior top chief special political military foreign national interior
    defence defense finance justice trade economy economic education health prime vice assistant
    associate executive general principal regional provincial district local state federal
    presidential government opposition rebel militant insurgent security intelligence police army
    navy air naval joint supreme veteran longtime long-time newly new outgoing incoming interim
    caretaker de facto permanent retired then current lead main media press official
    peace chief's first second third head managing""".split()
)
# Verbs of saying that frame a speaker: "X said", "said X", "X told AFP".
SPEECH_VERBS = frozenset(
    """said says say told tells added adds stated states announced announces declared declares
    noted notes explained explains insisted insists warned warns wrote writes tweeted tweets
    confirmed confirms denied denies claimed claims argued argues asked asks replied replies
    urged urges acknowledged acknowledges stressed stresses maintained commented comments
    described describes called calls accused accuses welcomed welcomes thinks believes
    reported reports quoted quotes""".split()
)
# The last word of an organisation's name ("Afghan National Security Council",
# "Jones Medical Industries Inc", "NBC News").
ORG_HEADS = frozenset(
    """council ministry committee commission department office agency party news press inc inc.
    corp corp. corporation ltd ltd. co co. company companies plc llc ag sa nv gmbh bank banks group
    university college institute institution foundation fund association federation union league
    organisation organization alliance coalition front movement army navy force forces guard guards
    police court tribunal parliament assembly senate congress cabinet government administration house
    authority board bureau service services exchange securities capital partners holdings industries
    industry systems technologies technology communications telecom resources petroleum oil gas
    energy mining mines pharmaceuticals pharmaceutical medical airlines airways motors motor steel
    chemicals electronics electric bancorp bancshares trust insurance investments ventures society
    club team brigade brigades regiment corps command secretariat mission embassy consulate
    directorate centre center hospital school academy church times post journal herald tribune
    daily gazette telegraph radio television tv network broadcasting channel magazine review
    network stores markets studios records media newsroom desk observatory pollster
    s.a. n.v. spa s.p.a. ab asa oyj pty bhd berhad tbk kk sarl bv""".split()
)
# Classifier nouns of organisations: before a name or in an apposition after it they show
# the name is an organisation's ("news agency Tanjug", "Comelf, a Romanian engineering
# firm"). Regular-expression alternatives (a space is any run of blanks).
ORG_CLASSIFIERS = tuple(
    w.strip().replace(" ", r"[ \t]+")
    for w in """news agency, holding company, think tank, polling firm, company, firm, group,
    conglomerate, corporation, bank, lender, insurer, brokerage, newspaper, daily, weekly,
    magazine, tabloid, broadcaster, network, publisher, airline, automaker, carmaker,
    chipmaker, drugmaker, maker, manufacturer, retailer, refiner, miner, producer, supplier,
    exporter, importer, distributor, operator, utility, developer, subsidiary, startup,
    nonprofit, charity, consultancy, pollster, agency""".split(",")
)
# Institutions a news text names by their head word alone: "the Senate", "Congress", "the
# House" (of Representatives) are organisations, never people.
INSTITUTIONS_ALONE = frozenset("congress parliament senate cabinet house".split())
# The head words of a body inside a larger institution: "Senate Judiciary Committee" is a
# body of its own, not a longer name of the "Senate".
BODY_HEADS = frozenset(
    """committee subcommittee commission council caucus department ministry bureau agency office
    panel court board""".split()
)
# The last word of the name of an event, not an actor: "Republican National Convention",
# "Election Day", "World War I", "Olympic Games", "Missouri Democratic Primary".
EVENT_HEADS = frozenset(
    """convention conventions war wars day games olympics summit primary primaries debate debates
    election elections festival revolution cup championship championships marathon tournament
    uprising massacre crisis""".split()
)
# US state codes of addresses and datelines ("Berea, OH"): a place after a place, not an
# organisation's acronym.
US_STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
    NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)
# Organisation words that open a name and take "of": "Ministry of Defense", "Bank of
# England", "University of Chicago", "Government of the Islamic Republic of Afghanistan".
ORG_OPENERS = frozenset(
    """ministry department office bank university college institute council committee commission
    government court board bureau league federation association union organisation organization
    house church academy school agency administration chamber party movement front fund army
    secretariat directorate parliament""".split()
)
# Corporate suffixes close a name: "Daniels Pharmaceuticals Inc of St. Petersburg" splits.
CORP_SUFFIXES = frozenset(
    "inc inc. corp corp. ltd ltd. co co. plc llc ag sa s.a. nv n.v. bv gmbh spa s.p.a. ab asa oyj pty bhd "
    "berhad tbk kk ag. a.g. sarl".split()
)
# Generic place words after a name: "Helmand province", "Kabul city".
PLACE_NOUNS = frozenset(
    "province provinces city district county state region capital village town valley river "
    "island islands border port airport base".split()
)
COMPASS = frozenset("North South East West Northeast Northwest Southeast Southwest Central".split())
# Continental and regional adjectives that the country lists lack (not actors alone).
EXTRA_DEMONYMS = frozenset(
    """Asian Asians European Europeans African Africans Arab Arabs Latin Nordic Scandinavian Balkan
    Caucasian Caribbean Pacific Atlantic Mediterranean Western Eastern Northern Southern Northeastern
    Northwestern Southeastern Southwestern Soviet Communist Islamist Jihadist Sunni Shiite Shia
    Democratic Republican Kurdish Pashtun Palestinian Palestinians Chechen Chechens Serb Serbs Croat
    Croats Bosnian Bosnians Muslim Muslims Catholic Protestant Orthodox Scottish Welsh English Irish
    Catalan Basque Flemish Walloon Afrikaner Afrikaners Zulu Tamil Sikh Hindu Alawite Druze Moslem
    Moslems Zairean Zaireans Philippine Transylvanian Far-Eastern Nazi Fascist Imperial""".split()
)
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december".split()
)
# The last word of a named place that is not a country or city: "Downing Street",
# "Lagos State", "Orange County", "Tiananmen Square", "Helmand Province".
PLACE_HEADS = frozenset(
    """street avenue road square boulevard bridge river lake mountain mountains island islands bay
    sea ocean valley park province state county district region city peninsula strait gulf desert
    canal harbour harbor airport""".split()
)
# Words that are never actors on their own: calendar words, page furniture, religions,
# diseases, and the honorifics/titles when they stand alone.
NON_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
    photo photos photograph credit credits advertisement image images video videos copyright related
    read share click updated published source sources editor note reporting writing editing watch
    listen subscribe sign email print comments home caption file getty
    god allah christmas easter ramadan eid new year
    muslim muslims islam islamic christian christians christianity catholic catholics protestant
    jewish jew jews judaism sunni sunnis shia shiite shiites hindu hindus buddhist sikh arab arabs
    kurd kurds kurdish pashtun pashtuns tajik tajiks hazara hazaras uzbek uzbeks baluch
    western eastern northern southern english internet web online covid covid-19 coronavirus corona
    sars ebola aids hiv
    mr mr. mrs mrs. ms ms. dr dr. sir president minister secretary general gen. spokesman
    i i'm i've i'd i'll he she it we they you me him her us them his hers its our their your
    this that these those there here what which who whom whose when where why how
    ok okay yes no not""".split()
)
# Software and services that news names as a medium ("on Twitter", "via Skype"):
# they are actors only when they act ("Twitter said", "Twitter Inc").
MEDIA_PRODUCTS = frozenset(
    "twitter skype facebook whatsapp zoom youtube instagram telegram wechat tiktok signal "
    "snapchat linkedin messenger viber webex".split()
)
# Acronyms that are not organisations.
NON_ORG_ACRONYMS = frozenset(
    """i ii iii iv v vi vii viii ix x xi xii tv ok am pm a.m. p.m. ceo cfo coo gmt utc est edt pdt
    aids hiv covid sars mers gdp gnp cpi ipo id pc usd eur gbp jpy mp mps vip faq pdf html url
    dna rna ac dc pr nb ps vs ft st mt am fm km mph kg lb oz""".split()
)
# Closed-class words: capitalised only because they open a sentence ("In Tokyo, ...").
FUNCTION_WORDS = frozenset(
    """a an the in on at to of for from by with without within into onto upon over under after before
    since until during about against among between through throughout across along around behind
    beyond near via per than as if unless while whereas because although though but and or nor so yet
    then thus hence however meanwhile moreover furthermore also still instead otherwise besides
    when where why how what which who whom whose whatever whoever this that these those there here
    it its he she they we you i me him her us them his hers our their your my mine ours theirs
    not no yes all any both each either neither every few many more most much several some such
    one two three four five six seven eight nine ten first second third last next new
    according despite following including regarding concerning except unlike like
    today yesterday tomorrow tonight now later earlier recently already again even just only
    once twice perhaps maybe indeed never always often sometimes""".split()
)
# Function words that can never open a name, even mid-sentence ("1901 - In China").
OPENING_FUNCTION = FUNCTION_WORDS - frozenset(
    "new first second third last next one two three four five six seven eight nine ten us it".split()
)
# Auxiliary and modal verbs: sentence-initial, they open a question ("Will Sanders come
# down?"), never a name, even where they are also given names ("Will", "May").
AUXILIARIES = frozenset(
    """will would can could may might must shall should do does did is are was were has have had
    won't can't wouldn't couldn't shouldn't doesn't didn't isn't wasn't""".split()
)
# Determiners and other words that open a capitalised run but are not part of a name.
LEADING_DROP = frozenset(
    """the a an this that these those his her its their our my your some any each every no
    both all many several most more few other another such""".split()
)

# Role nouns that make a phrase before or after a name a role ("a spokesman for ...").
ROLE_NOUNS = tuple(
    """spokesman spokeswoman spokesperson spokesmen envoy ambassador adviser advisor president
    vice-president minister secretary secretary-general representative commander
    general leader chief head director chairman chairwoman chair governor mayor senator official
    officer negotiator mediator diplomat founder co-founder executive ceo analyst expert professor
    researcher editor correspondent reporter lawyer attorney judge prosecutor member deputy aide
    manager coach captain emir king queen prince premier chancellor counsellor counselor lawmaker
    legislator cleric commissioner inspector activist president-elect runner-up winner candidate
    rival successor predecessor owner partner son daughter brother sister wife husband father
    mother widow""".split()
)


# Offices a title or role names, by the word that names them (abbreviations included): a
# bare surname with a title ("President Clinton", "Sen. Sanders") is the person of that
# name whose roles in the story name the same office ("former President Bill Clinton").
OFFICES = {
    "president": "president",
    "pres.": "president",
    "president-elect": "president",
    "vice-president": "vice-president",
    "vice president": "vice-president",
    "senator": "senator",
    "sen": "senator",
    "sen.": "senator",
    "governor": "governor",
    "gov": "governor",
    "gov.": "governor",
    "mayor": "mayor",
    "secretary": "secretary",
    "representative": "representative",
    "rep": "representative",
    "rep.": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "speaker": "speaker",
    "first lady": "first lady",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "chancellor": "chancellor",
    "king": "king",
    "queen": "queen",
    "pope": "pope",
    "judge": "judge",
    "justice": "judge",
    "general": "general",
    "gen.": "general",
    "attorney general": "attorney general",
}
# Offices that lead a government: "the Clinton administration", "the Bush years" name the
# one who held such an office.
LEADER_OFFICES = frozenset(
    ("president", "governor", "mayor", "prime minister", "chancellor", "king", "queen")
)
# Words of a title or role that say the person's sex ("first lady", "spokeswoman").
MALE_WORDS = frozenset(
    """mr mr. sir lord king prince father son brother husband widower congressman councilman
    spokesman chairman businessman assemblyman""".split()
)
FEMALE_WORDS = frozenset(
    """mrs mrs. ms ms. miss madam lady dame queen princess mother daughter sister wife widow
    congresswoman councilwoman spokeswoman chairwoman businesswoman assemblywoman""".split()
)
# Nouns after a leader's name that stand for what they led ("the Clinton administration",
# "the Bush years").
LEADER_NOUNS = (
    "administration",
    "presidency",
    "years",
    "era",
    "government",
    "cabinet",
    "White House",
)
