"""Who said it: speech cues, speaker noun phrases, and pronoun/role-noun resolution.

Works on its own (capitalised name sequences, titles, appositions, role nouns,
pronouns) and prefers the actor extractor's mentions when they cover the speaker.
All positions are ``str`` indices into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- tokens -----------------------------------------------------------------------------

# Words (with inner apostrophes and hyphens), acronyms with periods (U.S., U.N.), or a
# single non-space character. No nested quantifiers over unbounded text.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'\-]\w+)*|[^\w\s]")
# Words that keep their period when they come before a name (Mr. Ghani, Gen. Miller).
_ABBR = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt gov sen rep rev fr sr jr st pres supt amb hon atty det insp".split()
)


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        c = self.text[0]
        return c.isupper() or (
            c.isdigit() is False and c.isalpha() and self.text[:3] in ("al-", "el-")
        )


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        t = m.group(0)
        if (
            t == "."
            and out
            and out[-1].end == s
            and (out[-1].low in _ABBR or (len(out[-1].text) == 1 and out[-1].text.isupper()))
        ):
            prev = out[-1]
            out[-1] = Tok(text[prev.start : e], prev.start, e)
            continue
        out.append(Tok(t, s, e))
    return out


# --- lexicons ----------------------------------------------------------------------------

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
    contend observe recall exhorted exhorts""".split()
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
# How the words reached the outlet, kept with the cue: "said in a tweet".
_MEDIUM = re.compile(
    r"\s*,?\s*(?:(?:in|on|via|through|during)\s+(?:a|an|the|his|her|their|its|a\s+series\s+of|several)?\s*"
    r"(?:subsequent\s+|brief\s+|written\s+|separate\s+|joint\s+|later\s+|recent\s+|televised\s+)?"
    r"(?:tweets?|statements?|twitter(?:\s+post)?|facebook(?:\s+post)?|post|interview|news\s+conference|"
    r"press\s+conference|press\s+release|speech|email|e-mail|letter|video|message|briefing|phone\s+call|"
    r"telephone\s+interview|radio\s+interview|blog\s+post))",
    re.IGNORECASE,
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
    speaker""".split()
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
_ROLE_SYNONYMS = {
    "envoy": ("envoy", "representative", "ambassador", "negotiator"),
    "representative": ("representative", "envoy"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "adviser": ("adviser", "advisor"),
    "advisor": ("adviser", "advisor"),
    "president": ("president",),
    "secretary": ("secretary",),
    "minister": ("minister", "premier"),
}
# Titles and honorifics that come before a name and are not part of it.
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. gen gen. lt lt. col col. maj maj. capt capt. adm adm.
    sgt sgt. gov gov. sen sen. rep rep. rev rev. president vice secretary minister envoy spokesman
    spokeswoman spokesperson senator governor mayor ambassador general admiral colonel captain
    sergeant judge justice chairman chairwoman director commander chief leader speaker pope king
    queen prince princess sheikh mullah imam rabbi pastor father sir dame lord lady premier chancellor
    representative congressman congresswoman councilman councilwoman attorney adviser advisor
    candidate nominee special deputy acting former late first lady foreign prime defense interior
    state""".split()
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
_NOT_NAMES = frozenset(
    """the a an this that these those it its he she they we i you his her their our my your
    but and or so yet if when while as after before since because though although however
    today yesterday tomorrow tonight now then there here meanwhile also still even both each
    everyone everybody someone nobody all some many most several few others other another
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    photo credit advertisement read more video update updated according in on at for
    with from by to of under over about into during""".split()
)
# Words that can sit between a subject and its cue: "X also said", "X has said", "X, however, said".
_SKIP_BEFORE_CUE = frozenset(
    """also later then has had have previously once again further earlier reportedly repeatedly
    recently subsequently quickly simply actually just separately likewise however too would
    will had had has originally publicly privately initially immediately finally is was
    are were been be""".split()
)
# Lower-case words that join parts of one name ("Secretary of State", "Office of the …").
_NAME_JOINERS = frozenset("of the for de da del van von der bin ibn al la le du dos y and".split())


def is_name_tok(t: Tok) -> bool:
    s = t.text
    if not s or not (s[0].isupper() or (s[0] == "@" and len(s) > 1)):
        return False
    return (
        s.lower().rstrip(".") not in _NOT_NAMES
        or s.isupper()
        and len(s) > 1
        and s.lower() not in ("i", "it")
    )


DESCRIPTOR_NAMES = True
PLACE_APPOSITION = True


def _person_like(run: list[Tok]) -> bool:
    """A run that reads as a person's name: a known first name or a title before a
    capitalised word ("Sen. Ted Cruz", "Dianne Feinstein"), and no institution word."""
    from tui.analysis.gazetteer import gazetteer

    if any(u.low in ORG_HEADS for u in run):
        return False
    given = gazetteer().given_names
    return any(
        (u.text in given or u.low in TITLES or u.low.rstrip(".") in TITLES)
        and i + 1 < len(run)
        and run[i + 1].text[0].isupper()
        for i, u in enumerate(run)
    )


def _is_place(name: str) -> bool:
    from tui.analysis.gazetteer import gazetteer

    gz = gazetteer()
    return (
        name in gz.places
        or name.split()[-1] in gz.places
        and name.split()[0].lower() in ("in", "at")
    )


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_QUOTE_BOUNDARY = "\x00"  # a quoted stretch inside a frame (see tui.analysis.quotes)

# --- speaker phrases --------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    text: str
    start: int
    end: int
    kind: str  # name | org | pronoun | role
    head: str = ""  # lower-case head word (role noun or pronoun)


def _strip_titles(toks: list[Tok]) -> list[Tok]:
    """ "Secretary of State Mike Pompeo" -> Mike Pompeo; "Gen. Austin Miller" -> Austin Miller."""
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        if t.low in TITLES or t.low.rstrip(".") in TITLES:
            last_title = i
    if last_title < 0:
        return toks
    rest = toks[last_title + 1 :]
    # "Secretary of State X": skip "of" and one capitalised word
    if len(rest) >= 3 and rest[0].low == "of":
        rest = rest[2:]
    # Keep a title when what follows is not a person's name but an institution
    # ("the Office of the President"), or when nothing would remain.
    if not rest or not rest[0].text[0].isupper() or rest[-1].low in ORG_HEADS:
        return toks
    return rest


def _name_from_run(run: list[Tok]) -> list[Tok]:
    # a person "of" a place: "Sen. Dianne Feinstein of California" -> Dianne Feinstein
    # (an institution keeps its "of": "Office of the President")
    for x in range(1, len(run) - 1):
        if (
            run[x].low == "of"
            and _person_like(run[:x])
            and _is_place(" ".join(u.text for u in run[x + 1 :]))
        ):
            run = run[:x]
            break
    # drop joiners at the edges ("of the Taliban" -> "Taliban")
    while run and run[0].low in _NAME_JOINERS and not run[0].text[0].isupper():
        run = run[1:]
    while run and run[-1].low in _NAME_JOINERS:
        run = run[:-1]
    if len(run) > 1:
        run = _strip_titles(run)
    return run


def _possessive(t: Tok) -> bool:
    return t.text.endswith(("’s", "'s")) or t.text.endswith(("s’", "s'"))


def backward_speaker(text: str, toks: list[Tok], j: int, limit: int = 0) -> Speaker | None:
    """The speaker phrase that ends at token ``j`` (inclusive), read right to left.

    Handles "Khalilzad said", "the Security Council said", "Taliban spokesman Zabihullah
    Mujahid told", "Javid Faisal, spokesperson for the Office …, said", "the US envoy
    said", "he said", "Sen. Ted Cruz (R-Texas) said".
    """
    # skip adverbs and auxiliaries: "X also said", "X has said", "X, however, said"
    k = j
    steps = 0
    while k >= limit and steps < 6:
        t = toks[k]
        if t.low in _WEEKDAYS and t.text[0].isupper() and k - 1 >= limit:
            # "Beck on Wednesday called", "Trump Tuesday said": a day, not the subject
            k -= 2 if toks[k - 1].low == "on" else 1
            steps += 1
            continue
        if (
            t.low in _SKIP_BEFORE_CUE
            and t.text[0].islower()
            or t.text in (",",)
            and k - 1 >= limit
            and toks[k - 1].low in _SKIP_BEFORE_CUE
        ):
            k -= 1
            steps += 1
            continue
        break
    if k < limit:
        return None
    # a parenthesis after the name: "Sen. Ted Cruz (R-Texas) said"
    if toks[k].text == ")":
        m = k - 1
        while m >= limit and toks[m].text != "(" and k - m < 12:
            m -= 1
        if m >= limit and toks[m].text == "(":
            k = m - 1
    if k < limit:
        return None
    t = toks[k]
    if (
        t.low in PRONOUNS
        and t.low not in ("it",)
        or t.low == "it"
        and k - 1 >= limit
        and toks[k - 1].text in (",", "”", '"')
    ):
        return Speaker(t.text, t.start, t.end, "pronoun", t.low)
    if t.low == "it":
        return Speaker(t.text, t.start, t.end, "pronoun", "it")
    # a relative clause: "Zalmay Khalilzad, U.S. special representative …, late Sunday,
    # who said" -> the nearest name before it that heads an apposition (is followed by a comma)
    if t.low in ("who", "which") and k - 1 >= limit and toks[k - 1].text == ",":
        m = k - 2
        first = None
        while m >= limit and k - m < 40 and toks[m].text not in (_QUOTE_BOUNDARY, ".", ";"):
            if toks[m + 1].text == "," and is_name_tok(toks[m]):
                head = backward_speaker(text, toks, m, limit)
                if head is not None and head.kind in ("name", "org"):
                    if head.kind == "name" and not _is_place(head.text):
                        return head
                    # an institution or place inside the apposition ("…, the ranking
                    # Democrat on the Senate Intelligence Committee, who said"): a person
                    # named earlier in the same chain is the one who said it
                    if first is None:
                        first = head
            m -= 1
        return first
    # an apposition or relative clause between commas: "Javid Faisal, spokesperson for …, said"
    if t.text == ",":
        m = k - 1
        while (
            m >= limit
            and toks[m].text not in (",", "“", "”", '"', ";", ":", "(", ")", "—", "–")
            and k - m < 30
        ):
            m -= 1
        if m >= limit and toks[m].text == "," and m - 1 >= limit:
            inner = toks[m + 1 : k]
            # "Carson’s business manager, Armstrong Williams, stated": the name between commas
            if 1 <= len(inner) <= 4 and all(u.text[0].isupper() for u in inner):
                head0 = backward_speaker(text, toks, m - 1, limit)
                # (or any lower-case description: "Hunter's chief of staff, Joe Kasper, told")
                if (
                    head0 is not None
                    and head0.kind in ("role", "org")
                    or head0 is None
                    and toks[m - 1].text[0].isalpha()
                    and toks[m - 1].text[0].islower()
                ):
                    name = backward_speaker(text, toks, k - 1, m + 1)
                    if name is not None and name.kind == "name":
                        return name
            head = backward_speaker(text, toks, m - 1, limit)
            if (
                head is not None
                and head.kind in ("name", "org")
                and PLACE_APPOSITION
                and _is_place(head.text)
            ):
                # "Clinton, during a town hall in Columbus, Ohio, said": "Columbus, Ohio"
                # is a place inside the apposition; the speaker heads the phrase before it
                outer = backward_speaker(text, toks, m, limit)
                if outer is not None:
                    return outer
            if head is not None and (
                head.kind in ("name", "org", "pronoun") or head.text.lower().startswith("the ")
            ):
                # the apposition must look like a description, not a list or a clause
                first = toks[m + 1]
                if (
                    head.kind == "name"
                    and first.low not in SPEECH_VERBS
                    or first.low
                    in ("a", "an", "the", "who", "which", "whose", "its", "his", "her", "their")
                    or first.low.endswith("ed")
                    or first.text[0].isdigit()
                    or first.cap
                    or first.low in ROLE_NOUNS
                    or toks[m + 1].low in _SKIP_BEFORE_CUE
                ):
                    return head
        return None
    # a capitalised name run, read backwards, possibly with joiners ("Office of the Afghan …")
    if is_name_tok(t) or (t.text[0].isupper() and t.text.isupper() and len(t.text) > 1):
        run = [t]
        m = k - 1
        while m >= limit and len(run) < 10:
            u = toks[m]
            if (
                u.text[0].isupper()
                and not _possessive(u)
                and (u.low not in _NOT_NAMES or u.low == "the" and False)
            ):
                run.insert(0, u)
                m -= 1
                continue
            if (
                u.low in _NAME_JOINERS
                and u.low != "and"
                and m - 1 >= limit
                and toks[m - 1].text[:1].isupper()
            ):
                run.insert(0, u)
                m -= 1
                continue
            if u.low == "the" and m - 1 >= limit and toks[m - 1].low == "of":
                run.insert(0, u)
                m -= 1
                continue
            break
        # a sentence-initial capital that is not part of the name ("Today Smith said")
        while len(run) > 1 and run[0].low in _NOT_NAMES:
            run = run[1:]
        name = _name_from_run(run)
        if not name:
            return None
        is_org = (
            any(u.low in ORG_HEADS for u in name)
            or name[-1].text.isupper()
            and len(name) == 1
            and len(name[-1].text) > 1
        )
        s, e = name[0].start, name[-1].end
        # "the Security Council": keep the article with an institution
        first_idx = toks.index(name[0]) if name[0] in toks else -1
        if is_org and first_idx - 1 >= limit and toks[first_idx - 1].low == "the":
            s = toks[first_idx - 1].start
        return Speaker(text[s:e], s, e, "org" if is_org else "name", name[-1].low)
    # a role noun phrase: "the US envoy", "a Taliban spokesman", "officials"
    if t.low in ROLE_NOUNS and t.text[0].islower():
        m = k - 1
        while m >= limit and k - m < 6:
            u = toks[m]
            if u.low in (
                "the",
                "a",
                "an",
                "his",
                "her",
                "their",
                "its",
                "one",
                "two",
                "several",
                "some",
                "many",
                "other",
            ):
                m -= 1
                break
            if (
                u.text[0].isalpha()
                and (u.cap or u.low.isalpha())
                and u.low not in INDIRECT_VERBS
                and u.low not in _STOP
                and u.low not in _CONNECTIVES
            ):
                m -= 1
                continue
            break
        s = toks[m + 1].start
        # "attorneys for the department said": the head is before the preposition
        if (
            m >= limit + 1
            and toks[m].low in _PREPOSITIONS
            and toks[m - 1].text[0].islower()
            and toks[m - 1].low not in _STOP
            and toks[m - 1].text[0].isalpha()
        ):
            outer = backward_speaker(text, toks, m - 1, limit)
            if outer is not None and outer.kind == "role":
                return Speaker(text[outer.start : t.end], outer.start, t.end, "role", outer.head)
            return Speaker(
                text[toks[m - 1].start : t.end], toks[m - 1].start, t.end, "role", toks[m - 1].low
            )
        return Speaker(text[s : t.end], s, t.end, "role", t.low)
    # any other description introduced by a determiner: "the 43-year-old said",
    # "one P&G employee told"
    if t.text[0].isalnum() and t.low not in _STOP and not t.low.endswith("ly"):
        m = k - 1
        while m >= limit and k - m <= 5:
            u = toks[m]
            if u.low in DETERMINERS:
                s = u.start
                # "officials aware of the discussions said": the head is before the preposition
                if m - 2 >= limit and toks[m - 1].low in _PREPOSITIONS:
                    outer = backward_speaker(text, toks, m - 2, limit)
                    if outer is not None and outer.kind in ("role", "name", "org"):
                        return Speaker(
                            text[outer.start : t.end], outer.start, t.end, outer.kind, outer.head
                        )
                    m2 = m - 2
                    while (
                        m2 >= limit
                        and m - m2 <= 5
                        and toks[m2].text[0].isalpha()
                        and toks[m2].low not in _STOP
                    ):
                        if toks[m2].low in DETERMINERS:
                            return Speaker(
                                text[toks[m2].start : t.end], toks[m2].start, t.end, "role", t.low
                            )
                        m2 -= 1
                    return None
                return Speaker(text[s : t.end], s, t.end, "role", t.low)
            if not u.text[0].isalnum() or u.low in _STOP or u.low in SPEECH_VERBS:
                break
            m -= 1
    return None


_PREPOSITIONS = frozenset(
    "of for at with about in on from among near through across into outside inside around behind along".split()
)
_CONNECTIVES = frozenset(
    "while as when because although though whereas since if after before unless until so yet".split()
)
DETERMINERS = frozenset(
    "the a an one another his her their its this these those two three several some many".split()
)
# Function words that never sit inside a short descriptive noun phrase.
_STOP = frozenset(
    """and or but that which who whom whose to of in on at by with for from as than then if when while
    is are was were be been being has have had do does did not no will would can could should may might
    must shall it he she they we i you there here said says told also""".split()
)


# Words that cannot describe a person between a modifier and a name ("said former tech
# executive Carly Fiorina during the GOP debate": "during" ends the speaker phrase).
_NOT_DESCRIPTORS = (
    _STOP
    | SPEECH_VERBS
    | STANCE_VERBS
    | DETERMINERS
    | _PREPOSITIONS
    | _CONNECTIVES
    | frozenset("during after before since until into onto over under through via per than".split())
)


def forward_speaker(
    text: str, toks: list[Tok], i: int, limit: int, descriptors: bool = False
) -> Speaker | None:
    """The speaker phrase that starts at token ``i`` (after an inverted cue: "said X").

    Handles "said Suhail Shaheen, a spokesman for …", "said the Afghan National Security
    Council in a statement", "said White House press secretary Josh Earnest", "said a
    Taliban spokesman, Suhail Shaheen", "said he".
    """
    if i >= limit:
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return Speaker(t.text, t.start, t.end, "pronoun", t.low)
    # lower-case description words before a name: "said election lawyer Joe Birkenstock"
    if t.text[0].islower() and t.low not in DETERMINERS and t.low not in _STOP:
        m = i
        while (
            m < limit
            and m - i < 4
            and toks[m].text[0].islower()
            and toks[m].text[0].isalpha()
            and toks[m].low not in _STOP
        ):
            m += 1
        if m < limit and m > i and is_name_tok(toks[m]):
            return forward_speaker(text, toks, m, limit, descriptors)
    # collect the noun phrase: determiners, capitalised words, joiners, role words
    j = i
    while j < limit and j - i < 14:
        u = toks[j]
        if u.low in DETERMINERS and j == i:
            j += 1
            continue
        if (
            u.text[0].isupper()
            or u.low in _NAME_JOINERS
            and j + 1 < limit
            and toks[j + 1].text[:1].isupper()
        ):
            if _possessive(u):
                break
            j += 1
            continue
        if (
            u.low in ROLE_NOUNS
            or u.low in TITLES
            or u.low
            in (
                "press",
                "national",
                "security",
                "foreign",
                "policy",
                "top",
                "senior",
                "political",
                "campaign",
                "communications",
                "former",
                "white",
                "house",
            )
        ):
            j += 1
            continue
        if (
            toks[i].low in DETERMINERS
            and u.text[0].isalnum()
            and u.low not in _STOP
            and not u.low.endswith(("ed", "ly"))
            and j - i <= 6
        ):
            # "said one former senior agency official", "said the ruling"
            j += 1
            continue
        break
    if toks[i].low in DETERMINERS and j == i + 1:
        return None
    # a capitalised modifier, then lower-case description words, then the name: "said
    # Republican political consultant Chris Russell", "said CNN legal analyst Jeffrey Toobin"
    # (only right after an inverted cue, where no verb can follow the subject)
    if (
        descriptors
        and DESCRIPTOR_NAMES
        and j > i
        and j < limit
        and toks[j].text[0].islower()
        and toks[j].low not in _STOP
    ):
        m = j
        while (
            m < limit
            and m - j < 3
            and toks[m].text[0].islower()
            and toks[m].text[0].isalpha()
            and toks[m].low not in _NOT_DESCRIPTORS
        ):
            m += 1
        if m < limit and m > j and is_name_tok(toks[m]):
            inner = forward_speaker(text, toks, m, limit)
            if inner is not None and inner.kind == "name":
                return inner
    phrase = toks[i:j]
    if not phrase:
        return None
    # the last capitalised run in head position is the name
    if phrase[-1].text[0].isupper():
        k = len(phrase) - 1
        while k - 1 >= 0 and (
            phrase[k - 1].text[0].isupper() or phrase[k - 1].low in _NAME_JOINERS
        ):
            k -= 1
        run = _name_from_run(phrase[k:])
        if not run or all(u.low.rstrip(".") in _NOT_NAMES for u in run):
            return None  # "said Wednesday, …": a day, not a speaker
        is_org = any(u.low in ORG_HEADS for u in run)
        s, e = run[0].start, run[-1].end
        first = phrase.index(run[0])
        if is_org and first > 0 and phrase[first - 1].low == "the":
            s = phrase[first - 1].start
        # an org name "National Security Council" started after "the Afghan": keep it whole
        return Speaker(text[s:e], s, e, "org" if is_org else "name", run[-1].low)
    # a role phrase; an appositive name may follow: "said a Taliban spokesman, Suhail Shaheen"
    if phrase[-1].low in ROLE_NOUNS or phrase[0].low in DETERMINERS:
        if j + 1 < limit and toks[j].text == "," and is_name_tok(toks[j + 1]):
            k = j + 1
            run = []
            while (
                k < limit
                and (toks[k].text[0].isupper() and not _possessive(toks[k]))
                and len(run) < 5
            ):
                run.append(toks[k])
                k += 1
            if run and (k >= limit or toks[k].text in (",", ".", ";", "—")):
                run = _name_from_run(run)
                if run:
                    return Speaker(
                        text[run[0].start : run[-1].end],
                        run[0].start,
                        run[-1].end,
                        "name",
                        run[-1].low,
                    )
        s, e = phrase[0].start, phrase[-1].end
        return Speaker(text[s:e], s, e, "role", phrase[-1].low)
    return None


def medium_after(text: str, pos: int, limit: int) -> str | None:
    """A medium phrase right after the cue or speaker: "in a tweet", "via Twitter"."""
    m = _MEDIUM.match(text, pos, min(limit, pos + 60))
    if m:
        return " ".join(text[m.start() : m.end()].replace(",", " ").split())
    return None


def role_matches(role_head: str, description: str) -> bool:
    words = set(re.findall(r"[a-z]+", description.lower()))
    return any(w in words for w in _ROLE_SYNONYMS.get(role_head, (role_head,)))
