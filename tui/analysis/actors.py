"""Names of people, organisations and places in one text: ``find_mentions``.

A rule-based tagger built for news copy, fast enough for thousands of articles a
minute and with nothing to download. It works in four passes over one text:

1. *Candidates.* One regular expression finds runs of capitalised words (with the
   connectors that live inside names: "International Committee of the Red Cross",
   "Mullah Abdul Ghani Baradar", "al-Qaeda", "U.S.", "Gen. Austin Miller").
   Lower-case text is skipped by the regex engine, so the Python work is per name,
   not per word.
2. *Trimming.* Sentence-initial common words ("Today", "Both", "Pursuant"), leading
   determiners ("The Taliban" -> "Taliban"), honorifics and titles ("President
   Ashraf Ghani" -> "Ashraf Ghani", role "President") come off; possessives end a
   name; runs joined by "of"/"and"/"for" split unless the left part is an
   organisation ("Ministry of Defense", "National Security Council of Afghanistan").
3. *Classification*, from the strongest signal down: the gazetteers (countries,
   capitals, cities, regions, well-known organisations and news agencies, demonyms),
   what is no actor (events, nationality words), institution words (Department, Party,
   Committee, House, Senate, Council, Inc...: "Justice Department" stays one
   organisation and such a word alone is never a person), acronyms, titles and
   honorifics, appositions (", a spokesman for ..."; a role runs to the end of its noun
   phrase, across "Mr." and initialisms), speech-verb frames ("X said", "said X", "X
   told AFP"), given names.
4. *The document as evidence*: a surname or given name seen in a full name elsewhere is
   that person's wherever it stands, sentence-initial included ("Donald Trump" ...
   "Trump said"), unless the text uses the word as a common word there ("Brown rice");
   context that shows a name to be an organisation's ("news agency Tanjug", "Comelf's
   shares") types every mention of it; a word typed once is typed the same elsewhere.
5. *Headlines and datelines* (ALL-CAPS or Title Case lines, a title repeated with a
   period included), where capitals say nothing, only yield names the gazetteers or
   the rest of the document vouch for (a verb after a name is not part of it: "Clinton
   Campaign Manager Laughs" -> "Clinton"), a given name with a surname, and a company
   with its corporate suffix; shouted words and lone capitals (e-mails quoted in capitals)
   are not actors.

Every span is (start, end) into exactly the text given; spans never overlap. The word
lists live in ``tui/analysis/actor_words.py``, the gazetteers in ``tui/analysis/data/``
(loaded by ``tui/analysis/gazetteer.py``).
"""

from __future__ import annotations

import bisect
import re
from typing import cast

from tui.analysis.actor_words import (
    AUXILIARIES,
    CALENDAR,
    COMPASS,
    CORP_SUFFIXES,
    EVENT_HEADS,
    EXTRA_DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS_ALONE,
    LEADING_DROP,
    MEDIA_PRODUCTS,
    NON_NAMES,
    NON_ORG_ACRONYMS,
    OPENING_FUNCTION,
    ORG_CLASSIFIERS,
    ORG_HEADS,
    ORG_OPENERS,
    PLACE_HEADS,
    PLACE_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SURNAME_FIRST,
    TITLE_WORDS,
    US_STATE_CODES,
)
from tui.kinds import MentionKind
from tui.model import Mention

# Work bounds for hostile text: a candidate run is at most this many tokens, and a
# text longer than this is tagged in its first MAX_CHARS characters only.
MAX_RUN_TOKENS = 12
MAX_CHARS = 5_000_000

_ADJ_COMPOUND = re.compile(r"[-‐][a-z]{2,}$")

# --------------------------------------------------------------------------- regexes

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_AL = r"[^\W\d_]"  # any letter
# Abbreviations that keep their period inside a name.
_ABBR = (
    r"(?:Mr|Mrs|Ms|Mme|Dr|Prof|Rev|Fr|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Brig|Gov|Sen|Rep|Hon|"
    r"St|Ste|Mt|Ft|Jr|Sr|Inc|Corp|Ltd|Co|Bros|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|"
    r"La|Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\."
)
# One name token.
_TOK = (
    rf"(?:(?:[{_UP}]\.){{2,}}(?:-(?:[{_UP}]\.){{2,}})?(?![{_UP}])"  # U.S. U.N. A.F.L.-C.I.O.
    rf"|{_ABBR}(?=[\s,;:)]|$)"  # Mr. Gen. St. Fla.
    rf"|[{_UP}]\.(?=[ \t][{_UP}])"  # middle initial: George W. Bush
    rf"|(?:(?:al|el|ul|ud|ad|as|ash|at|an|bin|ibn|bint|abu|van|von|de|del|della|di|da|du|dos|das|le|la|mac|mc|o)[-’'])?"
    rf"[{_UP}]{_AL}*(?:[-’'](?![sS]\b|ve\b|re\b|ll\b|d\b|m\b|t\b){_AL}+)*"  # Kabul, O'Neill, al-Qaeda, AFP
    # (a possessive or a contraction ends the word: "Taliban’s", "We've")
    rf"|(?:al|el|bin|ibn|van|von|de|da|du|di|le|la)-[{_UP}]{_AL}*"
    r")"
)
# Lower-case words that may sit between the capitalised words of one name.
_CONNECT = (
    r"(?:of|for|and|&|on|de|du|da|di|del|della|dos|das|van|von|der|den|ter|bin|ibn|bint|al|el|la|le|y|"
    r"of\ the|for\ the|on\ the|and\ the|de\ la|van\ der|von\ der)"
)
# A nickname in quotes inside a name: Austin "Scott" Miller.
_NICK = rf"[“\"][{_UP}]{_AL}+[”\"]"
# (a name never touches the marker of a control character, "Ra⟨U+0083⟩ol", nor stops
# before a combining accent: a broken word)
_RUN = re.compile(
    rf"(?<![\w.@#/&\-⟩]){_TOK}(?:(?:[ \t]{{1,3}}|[ \t]{_CONNECT}[ \t]|[ \t]{_NICK}[ \t]){_TOK}){{0,{MAX_RUN_TOKENS - 1}}}"
    r"(?![\w@/⟨\u0300-\u036f])"
)
_TOKS = re.compile(rf"{_NICK}|{_TOK}|[^\s]+")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])")
_LINE = re.compile(r"[^\n]+")
# A sentence ending inside a line (a period, "!" or "?" followed by a space and a capital).
_SENTENCE_BREAK = re.compile(r"[a-z][.!?][ \t]+[A-Z“\"]")
_UPPER_CHARS = re.compile(rf"[{_UP}]")
_LOWER_CHARS = re.compile(r"[a-zà-öø-ÿ]")
_WORDS = re.compile(r"[^\W\d_][\w’'.-]*")
_URLISH = re.compile(r"(?<!\S)\S*?(?:https?://|www\.|\.com|\.org|@|pic\.twitter)\S*")

# What follows a name.
_AFTER = re.compile(
    r"(?P<poss>['’]s?\b)?[ \t]*(?P<punct>[,;:.)\]”\"]?)[ \t]*"
    r"(?P<w1>[A-Za-z][\w'’-]*)?[ \t]*(?P<w2>[A-Za-z][\w'’-]*)?"
)
# What precedes a name: the last two words and the punctuation next to it.
# An apposition that carries a role after a name: ", a spokesman for the Taliban's
# negotiating team," / ", U.S. special representative for Afghanistan reconciliation,"
_ROLE_NOUNS = "(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + ")"
# role nouns and titles whose plural is the word and "s" ("senators", "sons")
_SINGULAR_ROLE_WORDS = frozenset(w.replace("\\", "") for w in ROLE_NOUNS) | frozenset(
    w for w in TITLE_WORDS if not w.endswith((".", "s"))
)
_IRREGULAR_PLURAL_ROLES = frozenset(("spokesmen", "chairmen", "congressmen", "councilmen"))
_ROLE_NOUN_SET = frozenset(w.replace("\\", "") for w in ROLE_NOUNS) | frozenset(
    w.replace("\\", "") + "s" for w in ROLE_NOUNS
)
# The words before the role noun modify it ("a senior White House adviser"); a preposition,
# "to" or a relative among them means the role noun found belongs to a clause or an object
# that describes the person ("the man who became mayor"): no role.
_APPOS_AFTER = re.compile(
    r",[ \t]+(?P<role>(?:(?:a|an|the)[ \t]+)?"
    r"(?:(?!(?:to|as|of|for|in|on|at|by|from|with|who|whose|that|which)[ \t])[\w.’'-]+[ \t]+){0,6}?"
    rf"{_ROLE_NOUNS}s?\b)"
    r"(?=[ \t]*(?:[,;:.)”\"]|\n|$|[ \t](?:said|says|told|who|and|of|for|to|at|in|with|on)\b))",
    re.IGNORECASE,
)
# "a"/"an" right before a title ("an agenda a President Clinton could see work"): the title
# is hypothetical, so it is no role of the person named.
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w])(?:a|an)[ \t]+$", re.IGNORECASE)
# A role noun followed by an infinitive ("the first woman to lead", "the only senator to
# vote no") is a description of what the person did, not an office they hold.
_INFINITIVE_AFTER = re.compile(
    r"[ \t]+to[ \t]+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)"
    r"[a-z][a-z-]+\b"
)
# Where an apposition's role may end: punctuation, a line end, or a verb or relative after it.
_ROLE_END = re.compile(r"[ \t]*(?:[,;:.)”\"]|\n|$|[ \t](?:said|says|told|who|and)\b)")
# The object of a role noun ("adviser to Mr. Obama", "political director of the
# A.F.L.-C.I.O.") runs word by word to the end of its noun phrase; an abbreviation or an
# initialism keeps its periods.
_ROLE_OBJECT_START = re.compile(r"[ \t]+(?:of|for|to|at|in|with|on)[ \t]+", re.IGNORECASE)
_ROLE_OBJECT_WORD = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev)\.(?=[ \t])"
    r"|(?:Corp|Inc|Co|Ltd|Bros)\.(?=[ \t]*,)"
    r"|(?:[A-Z]\.){2,}(?:-(?:[A-Z]\.){2,})?|[A-Z]\.(?=[ \t][A-Z])"
    r"|[^\s,.;:“”\"()]+"
)
_ROLE_STOP_WORDS = frozenset("said says told who and".split())
# An apposition opens with a determiner or a modifier, not a preposition or conjunction
# (", with the former secretary of state leading": no role of the name before it).
_APPOS_OPENERS_NOT = OPENING_FUNCTION - frozenset("a an the his her its their our my your".split())
# A role noun phrase just before a name: "Taliban spokesman ", "U.S. special envoy ",
# "the Afghan president, " (with the comma of a fronted apposition).
_ROLE_BEFORE = re.compile(
    rf"(?P<role>(?:[\w.’'-]+[ \t]+){{0,4}}?{_ROLE_NOUNS}s?)(?P<comma>[ \t]*,)?[ \t]+$",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]*(?:,[^,.;\n“”\"]{1,60},[ \t]*)?(?:has[ \t]+|had[ \t]+|also[ \t]+|later[ \t]+|then[ \t]+)?"
    r"(?P<verb>[a-z]+)\b"
)
# Prepositions of place only: what follows them is a place or building, never an actor
# ("near the Wells Fargo Center", "outside the Pentagon").
_SPATIAL_BEFORE = re.compile(
    r"\b(?:near|outside|opposite|across[ \t]+from|next[ \t]+to|in[ \t]+front[ \t]+of)[ \t]+"
    r"(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# The last words of those contexts: a cheap test before the search.
_PLACE_OR_TITLE_LAST = frozenset("the of near outside opposite from to".split())
_CABINET_TITLE = re.compile(r"\b[Ss]ecretary[ \t]+of[ \t]+(?:the[ \t]+)?$")
_ROMAN = re.compile(r"[IVX]{1,4}")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*$|[a-z]+[A-Z][A-Za-z]*$")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)[A-Z]")
_LEADER_NOUNS = re.compile(
    r"[ \t]+(?:administration|presidency|campaign|government|cabinet|regime|era|doctrine)\b"
)
# Context that shows a name to be an organisation's: a classifier noun before it ("news
# agency Tanjug", "the newspaper Le Monde", "carmaker Magna"), an organisation's part or
# holder before it ("shares of Petofi", "the general manager of Petofi", "a unit of X"),
# a news report it made ("as reported by the Boston Globe") ...
_ORG_BEFORE = re.compile(
    r"\b(?:(?:the|its|a|an)[ \t]+)?(?:" + "|".join(ORG_CLASSIFIERS) + r")[ \t]+$"
    r"|\b(?:(?:shares|stock|stake)[ \t]+(?:of|in)|(?:shareholders|subsidiary|subsidiaries|"
    r"unit|units|parent|chief[ \t]+executive(?:[ \t]+officer)?|ceo|chairman|general[ \t]+"
    r"manager|board[ \t]+of[ \t]+directors|acquisition|takeover|employees)[ \t]+of"
    r"|(?:first[ \t]+)?reported[ \t]+by(?:[ \t]+the)?)[ \t]+$",
    re.IGNORECASE,
)
# The last word of a classifier noun, and the words an organisation's part or holder ends
# with before "of" ("shares of", "the general manager of"): cheap tests before the search.
_CLASSIFIER_LAST = frozenset(w.split("[ \\t]+")[-1] for w in ORG_CLASSIFIERS)
_ORG_HOLDERS = frozenset(
    """shares stock stake shareholders subsidiary subsidiaries unit units parent officer
    executive ceo chairman manager directors acquisition takeover employees""".split()
)
# ... or after it: its parts and figures ("Comelf's six-month output", "Petofi's board"),
# an apposition with a classifier noun ("Comelf, a Romanian engineering firm"), an
# ownership ("X, owned by ..."), a classifier noun after it ("Zycie Warszawy daily said"),
# "its" for it ("Zycie Warszawy said its ..."), a news report ("Tanjug reported").
_ORG_AFTER = re.compile(
    r"['’]s?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:shares|stock|board|shareholders|subsidiary|"
    r"subsidiaries|unit|units|parent|headquarters|head[ \t]+office|chief[ \t]+executive|"
    r"chairman|ceo|executives|employees|workers|profits?|revenues?|earnings|sales|plants?|"
    r"factory|factories|branch|branches|stake|bonds|debt|assets|brands?|products|output|"
    r"market[ \t]+share|depositary[ \t]+receipts)\b"
    r"|[ \t]*,[ \t]+(?:owned[ \t]+by|a[ \t]+unit[ \t]+of|a[ \t]+subsidiary[ \t]+of)\b"
    r"|[ \t]*,[ \t]+(?:a|an|the)[ \t]+(?:[\w.-]+[ \t]+){0,4}?(?:"
    + "|".join(ORG_CLASSIFIERS)
    + r")\b"
    r"|[ \t]+(?:daily|newspaper|weekly|magazine|tabloid|news[ \t]+agency|broadcaster|airline)"
    r"[ \t]+(?:said|says|reported|quoted)\b"
    r"|[ \t]+(?:said|says)[ \t]+its\b"
    r"|[ \t]+reported\b",
    re.IGNORECASE,
)
# A possessive that belongs to a company's name: followed by a verb, the end of a clause
# or a corporate word ("Moody's said", "after Macy's.", "Boatmen's Bancshares Inc.").
_POSSESSIVE_NAME = re.compile(
    r"['’]s(?:[ \t]+(?:said|says|was|is|has|had|will|would|reported|announced)\b"
    r"|[ \t]*[,.;:)]"
    r"|[ \t]+(?:[A-Z][\w.&]*[ \t]+){0,3}(?:Inc|Corp|Co|Ltd|Bancshares|Bancorp|Holdings|Group)\b)"
)
# The words that open the contexts of _ORG_AFTER after a blank (a cheap test first).
_ORG_AFTER_WORDS = tuple(
    "daily newspaper weekly magazine tabloid news broadcaster airline said says reported".split()
)
_APPOSITION_OPENERS = ("a ", "an ", "the ", "owned ")
# The word after a name, or the punctuation that continues its phrase.
_NEXT_WORD = re.compile(r"(?P<punct>['’]s?\b|[ \t]*,)|[ \t]+(?P<w>[A-Za-z][\w'’-]*)")
_SAID_BEFORE = re.compile(r"(?:said|says|told|added|according[ \t]+to|wrote|asked)[ \t]*$")
_SAID_LAST = frozenset("said says told added to wrote asked".split())

# --------------------------------------------------------------------------- public


def find_mentions(text: str, config=None) -> list[Mention]:
    """People (PERSON), organisations (ORG) and places (GPE) named in ``text``.

    ``config`` may carry ``actors`` rules: an ``ignore`` rule drops that name; a rule's
    name and aliases are also found where the rules alone miss them (with the rule's
    ``kind``), so a user can teach the tagger a name. Spans index exactly ``text``, are
    sorted and never overlap.
    """
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    mentions = _Tagger(text).run()
    rules = _rule_index(config)
    if rules is not None:
        ignored, pattern, kinds = rules
        if ignored:
            mentions = [m for m in mentions if m.text.lower() not in ignored]
        if pattern is not None:
            mentions = _add_configured(text, mentions, pattern, kinds)
    return mentions


_RULE_CACHE: dict = {}


def _rule_index(config):
    """(ignored lower-case names, regex of configured names, name -> kind), cached per rule set."""
    rules = getattr(config, "actors", None) or []
    if not rules:
        return None
    sig = tuple((r.name, r.kind, tuple(r.aliases or ()), bool(r.ignore)) for r in rules)
    got = _RULE_CACHE.get(sig)
    if got is not None:
        return got
    ignored: set[str] = set()
    kinds: dict[str, MentionKind | None] = {}
    for r in rules:
        names = [n.strip() for n in [r.name, *(r.aliases or [])] if n and n.strip()]
        if r.ignore:
            ignored.update(n.lower() for n in names)
        else:
            for n in names:
                kinds[n] = r.kind
    pattern = None
    if kinds:
        alts = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w])(?:{alts})(?![\w])")
    got = (frozenset(ignored), pattern, kinds)
    if len(_RULE_CACHE) > 32:
        _RULE_CACHE.clear()
    _RULE_CACHE[sig] = got
    return got


def _add_configured(text: str, mentions: list[Mention], pattern, kinds) -> list[Mention]:
    """Add the configured names the rules missed, where they overlap no mention; a
    configured kind also corrects the tagger's kind for that name."""
    from tui.analysis.gazetteer import gazetteer

    for m in mentions:
        k = kinds.get(m.text)
        if k:
            m.kind = k

    starts = [m.start for m in mentions]
    added = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and mentions[i].end > s:
            continue
        if i + 1 < len(mentions) and mentions[i + 1].start < e:
            continue
        name = m.group(0)
        kind = kinds.get(name)
        if kind is None:
            ws = name.split()
            kind = "PERSON" if len(ws) >= 2 and ws[0] in gazetteer().given_names else "ORG"
        added.append(Mention(s, e, name, kind))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x.start)


# --------------------------------------------------------------------------- the tagger


class _Cand:
    """A trimmed candidate name with its classification evidence."""

    __slots__ = ("s", "e", "text", "kind", "role", "single", "initial", "weak", "maybe", "dropped")

    def __init__(
        self, s: int, e: int, text: str, kind: str | None, role: str | None, initial: bool
    ):
        self.s, self.e, self.text, self.kind, self.role = s, e, text, kind, role
        self.single = " " not in text
        self.initial = initial
        self.weak = False  # kind guessed from shape alone: the document may overrule it
        # a word that is a name only if the document names someone with it (a sentence-
        # initial common word, the head of a compound): dropped unless it does
        self.maybe = False
        self.dropped = False  # known to name no actor: nothing may type it


class _DocNames:
    """The names a document spells out, and what they vouch for (``_resolve_document``)."""

    __slots__ = (
        "person_tokens",
        "person_last",
        "person_first",
        "person_single",
        "org_first",
        "full_kind",
    )

    def __init__(self) -> None:
        self.person_tokens: dict[str, str] = {}  # a word of a person's name -> PERSON
        self.person_last: set[str] = set()  # surnames of full names ("Sanders")
        self.person_first: set[str] = set()  # their given names ("Bernie")
        self.person_single: set[str] = set()  # one-word people typed mid-sentence by evidence
        self.org_first: dict[str, str] = {}  # the first word of an organisation's name
        self.full_kind: dict[str, str] = {}  # a name typed by evidence -> its kind


class _Part:
    """One trimmed run of name tokens ((start, end, word) each) as the classifier sees it."""

    __slots__ = ("part", "words", "s", "e", "full", "initial")

    def __init__(self, text: str, part, initial: bool):
        self.part = part
        self.words = [t[2] for t in part]
        self.s, self.e = part[0][0], part[-1][1]
        self.full = text[self.s : self.e]
        self.initial = initial


class _Tagger:
    def __init__(self, text: str):
        from tui.analysis.gazetteer import gazetteer
        from tui.analysis.text import sentence_spans

        self.g = gazetteer()
        self.text = text
        self.starts = {s for s, _ in sentence_spans(text)}
        self.lower_words = set(_LOWER_WORD.findall(text))
        # Guesses from the shape of a name assume English around it: in a German or
        # Indonesian text every capitalised noun would look like a person. English news
        # has 90% or more of its distinct lower-case words in the common-word list; other
        # languages well under 70%.
        lw = self.lower_words
        self.english = len(lw) < 20 or len(lw & self.g.common_words) >= 0.7 * len(lw)
        self.headline_lines = self._headline_lines()
        self.headline_starts = [s for s, _ in self.headline_lines]
        self.noise = (
            [(m.start(), m.end()) for m in _URLISH.finditer(text)]
            if ("/" in text or "@" in text)
            else []
        )
        self.noise_starts = [s for s, _ in self.noise]
        self.known_single = _known_single(self.g)
        self.nationality = _nationality_words(self.g)

    # ----- structure

    def _headline_lines(self) -> list[tuple[int, int]]:
        """Lines where capitals carry no information: ALL CAPS or Title Case headlines."""
        text = self.text
        out: list[tuple[int, int]] = []
        if "\n" not in text and len(text) > 300:
            return out
        for m in _LINE.finditer(text):
            line = m.group(0)
            if len(line) > 300:
                continue
            upper = len(_UPPER_CHARS.findall(line))
            if upper < 3:
                continue
            lower = len(_LOWER_CHARS.findall(line))
            if (upper + lower >= 4 and upper >= 3 * lower) or (
                # (Title Case capitalises most words: a sentence has far fewer capitals)
                12 * upper >= len(line) and self._title_case(line)
            ):
                out.append((m.start(), m.end()))
        return out

    def _title_case(self, line: str) -> bool:
        """A Title Case headline: most longer words capitalised, several of them common
        words ("Prisoner Swap Hits Wall"), one sentence at most (a headline may end with
        a period, as a title repeated at the top of a text does: "Trump Wins Ohio."). A
        sign-off line of names ("-- Luli Popescu, Bucharest Newsroom") is not one."""
        stripped = line.rstrip()
        if len(stripped) > 200 or stripped.endswith(("”", '"')):
            return False
        if stripped.endswith(".") and any(
            w.group(0) not in FUNCTION_WORDS and w.group(0) not in AUXILIARIES
            for w in _LOWER_WORD.finditer(stripped)
        ):
            # a sentence may be mostly names ("Leicestershire County Cricket Club beat
            # Somerset."): a headline with a period keeps only closed-class words lower case
            return False
        if _SENTENCE_BREAK.search(stripped.rstrip(".")):
            return False
        words = [w.rstrip("’'.") for w in _WORDS.findall(line)]
        long = [w for w in words if len(w) > 3]
        caps = [w for w in long if w[0].isupper()]
        if len(long) < 3 or len(caps) < 3 or len(caps) < 0.8 * len(long):
            return False
        common = sum(1 for w in caps if w.lower() in self.g.common_words)
        # capitalised closed-class words inside the line ("... Than Hillary", "Go All The Way")
        closed = sum(1 for w in words[1:] if w[0].isupper() and w.lower() in FUNCTION_WORDS)
        return common >= 2 and (common >= 0.4 * len(caps) or closed >= 2)

    def _in_headline(self, pos: int) -> bool:
        i = bisect.bisect_right(self.headline_starts, pos) - 1
        return i >= 0 and pos < self.headline_lines[i][1]

    def _in_noise(self, s: int, e: int) -> bool:
        # spans in ``noise`` are sorted and disjoint: only the last one starting before e can
        # overlap
        i = bisect.bisect_left(self.noise_starts, e) - 1
        return i >= 0 and s < self.noise[i][1]

    def _sentence_initial(self, pos: int) -> bool:
        text = self.text
        p = pos
        while True:
            if p in self.starts or p == 0:
                return True
            c = text[p - 1]
            if c == "\n":
                return True
            if c in " \t“\"‘'([*•—–-":
                p -= 1
                continue
            return c in ":"

    # ----- main

    def run(self) -> list[Mention]:
        cands, headline_runs = self._candidates()
        self._parenthesised_acronyms(cands)
        cands = self._resolve_document(cands)
        cands = self._possessive_names(cands)
        cands = self._in_context(cands)
        cands.extend(self._headline_mentions(headline_runs, cands))
        return self._mentions(cands)

    def _candidates(self) -> tuple[list[_Cand], list[tuple[int, int]]]:
        """Candidates from every run of capitalised words outside headlines and web
        addresses, and the runs inside headlines (read by their own rules later)."""
        text = self.text
        cands: list[_Cand] = []
        headline_runs: list[tuple[int, int]] = []
        known = self.known_single
        for m in _RUN.finditer(text):
            s, e = m.start(), m.end()
            if self.headline_lines and self._in_headline(s):
                headline_runs.append((s, e))
                continue
            if self.noise and self._in_noise(s, e):
                continue
            # fast path: one word that the gazetteers know unambiguously ("Kabul", "Taliban"),
            # which is most runs in news copy; the full analysis gives the same answer
            w = m.group(0)
            kind = known.get(w)
            if kind is not None:
                if kind == "-":
                    continue  # "The", "It", "But": a capitalised function word alone is no name
                if w.lower() in self.lower_words and self._sentence_initial(s):
                    continue  # "Unity doesn't mean ..." where the text also writes "unity"
                if not text.startswith(".", e) and not (
                    w[-1] == "." and (e == len(text) or text[e] == "\n")
                ):
                    cands.append(_Cand(s, e, w, kind, None, False))
                    continue
            cands.extend(self._split_run(s, e))
        return cands, headline_runs

    def _possessive_names(self, cands: list[_Cand]) -> list[_Cand]:
        """A company named with a possessive ("Boatmen's Bancshares Inc.", "Moody's said",
        "after Macy's."): where the 's is followed by a verb, the end of a clause or a
        corporate word, it is part of the name, wherever the name stands; a corporate
        name right after it continues it. Never for a person the document names."""
        text = self.text
        names = {
            c.text
            for c in cands
            if text[c.e : c.e + 1] in ("'", "’")
            and (c.kind is None or c.kind == "ORG")
            and not c.dropped
            and _POSSESSIVE_NAME.match(text, c.e)
        }
        if not names:
            return cands
        cands.sort(key=lambda c: c.s)
        out: list[_Cand] = []
        skip = -1
        for i, c in enumerate(cands):
            if i == skip:
                continue
            if c.text in names and text.startswith(("'s", "’s"), c.e):
                c.e += 2
                nxt = cands[i + 1] if i + 1 < len(cands) else None
                if nxt is not None and nxt.kind == "ORG" and nxt.s == c.e + 1 and text[c.e] == " ":
                    c.e, skip = nxt.e, i + 1  # "Boatmen's Bancshares Inc."
                c.text, c.kind, c.weak, c.single = text[c.s : c.e], "ORG", False, False
            out.append(c)
        return out

    def _in_context(self, cands: list[_Cand]) -> list[_Cand]:
        """What the words before a name say of it: the department of a cabinet title is no
        mention ("secretary of the Navy"); after a preposition of place only, a building
        is a place ("near the Wells Fargo Center")."""
        text = self.text
        out = []
        for c in cands:
            if c.kind == "ORG" and _word_before(text, c.s) in _PLACE_OR_TITLE_LAST:
                if _CABINET_TITLE.search(text, max(0, c.s - 20), c.s):
                    continue
                if _SPATIAL_BEFORE.search(text, max(0, c.s - 24), c.s):
                    c.kind = "GPE"
            out.append(c)
        return out

    def _mentions(self, cands: list[_Cand]) -> list[Mention]:
        """The typed candidates as mentions, in text order, never overlapping."""
        text = self.text
        cands.sort(key=lambda c: c.s)
        out: list[Mention] = []
        last_end = -1
        for c in cands:
            if c.kind is None or c.s < last_end or c.e <= c.s:
                continue
            # (a candidate's kind is a string from the word tables; the tables' other kinds,
            # MEDIA and DEMONYM, are dropped where they are found)
            kind = cast(MentionKind, c.kind)
            out.append(Mention(c.s, c.e, text[c.s : c.e], kind, role=c.role))
            last_end = c.e
        return out

    # ----- one run of capitalised words -> candidates

    def _split_run(self, s: int, e: int) -> list[_Cand]:
        text = self.text
        toks = [(m.start() + s, m.end() + s, m.group(0)) for m in _TOKS.finditer(text[s:e])]
        # An abbreviation's period that also ends the paragraph or line ends the sentence,
        # not the name: "... based in Lansing, Mich." -> "Mich"
        if (
            toks
            and toks[-1][2].endswith(".")
            and len(toks[-1][2]) > 2
            and (e == len(text) or text[e] == "\n")
        ):
            a, b, w = toks[-1]
            toks[-1] = (a, b - 1, w[:-1])
        initial = self._sentence_initial(s)
        out: list[_Cand] = []
        # Sentence-initial words that are common English words are not names ("Today",
        # "Both sides", "Pursuant to"), unless a gazetteer or the document says otherwise:
        # such a word is kept aside, and becomes a name if the document names a person
        # with it ("Donald Trump" ... "Trump said", "Bernie Sanders" ... "Sanders lost")
        if initial and toks:
            w = toks[0][2]
            if self._initial_common(w, toks):
                if _could_be_name(w):
                    c = _Cand(toks[0][0], toks[0][1], w, None, None, True)
                    c.maybe = True
                    out.append(c)
                toks = toks[1:]
                initial = False
            elif self._question_opener(toks, e):
                # "Will Sanders come down?": an auxiliary opening a question is no given name
                toks = toks[1:]
                initial = False
        # A capitalised compound adjective is not part of a name: "Ontario-based Magna",
        # "Family-controlled Douglas & Lomason", "U.S.-led" (it may hold a place: kept apart).
        for i, t in enumerate(toks):
            if _ADJ_COMPOUND.search(t[2]):
                left, right = toks[:i], toks[i + 1 :]
                if left:
                    out.extend(self._split_tokens(left, initial))
                out.extend(self._compound_head(t))
                if right:
                    out.extend(self._split_tokens(right, False))
                return out
        return out + self._split_tokens(toks, initial)

    def _compound_head(self, tok) -> list[_Cand]:
        """The name that opens a capitalised compound ("Obama-levels of support",
        "Kabul-based"), left for the document to vouch for: the compound is no name."""
        a, _, w = tok
        head = w.split("-", 1)[0].split("‐", 1)[0]
        if not _could_be_name(head) or head.lower() in self.g.common_words:
            return []
        c = _Cand(a, a + len(head), head, None, None, False)
        c.maybe = True
        return [c]

    def _question_opener(self, toks, e: int) -> bool:
        """Does the run open a question with an auxiliary verb ("Will Sanders come down?",
        "Can Trump win?"): the sentence it opens ends with a question mark."""
        if len(toks) < 2 or toks[0][2].lower() not in AUXILIARIES:
            return False
        end = self.text.find("\n", e)
        line = self.text[e : end if end >= 0 else len(self.text)]
        stop = re.search(r"[.!?]", line)
        return stop is not None and stop.group(0) == "?"

    def _split_tokens(self, toks, initial: bool) -> list[_Cand]:
        # Leading determiners and function words never belong to a name ("The Taliban" ->
        # "Taliban", "In China" -> "China"), nor do leading calendar words ("August National
        # Association of ...").
        while toks and (
            toks[0][2].lower() in LEADING_DROP
            or (len(toks) > 1 and toks[0][2].lower() in CALENDAR)
            or (toks[0][2].lower() in OPENING_FUNCTION and not toks[0][2].isupper())
        ):
            toks = toks[1:]
        # ... and trailing ones: "Jose Miguel Insulza Monday"
        while len(toks) > 1 and toks[-1][2].lower() in CALENDAR:
            toks = toks[:-1]
        while toks and _is_connector(toks[0][2]):
            toks = toks[1:]
        while toks and _is_connector(toks[-1][2]):
            toks = toks[:-1]
        if not toks:
            return []
        # "South Korean", "North American": a nationality, not a name
        if (
            len(toks) == 2
            and toks[0][2] in COMPASS
            and (toks[1][2] in self.g.demonyms or toks[1][2] in EXTRA_DEMONYMS)
        ):
            return []
        return self._segment(toks, initial)

    def _initial_common(self, w: str, toks) -> bool:
        lw = w.lower()
        if lw in LEADING_DROP:
            return False  # handled as a determiner
        g = self.g
        if lw in FUNCTION_WORDS:
            return True
        if len(toks) > 1 and ((lw in TITLE_WORDS and not lw.endswith("s")) or lw in HONORIFICS):
            return False  # "Secretary of State Mike Pompeo flew ..."
        if lw in NON_NAMES:
            return True
        if lw in self.lower_words and lw in g.common_words and len(toks) == 1:
            return True  # "Unity doesn't mean ..." where the text also writes "unity"
        if w in g.places or w in g.organisations or w in g.demonyms:
            return False
        if len(toks) > 1:
            # a known name that starts with this word: "New York", "United Nations"
            two = w + " " + toks[1][2]
            if (
                two in g.places
                or two in g.organisations
                or any(p.startswith(two + " ") for p in _prefixes(g, two))
            ):
                return False
        if len(toks) > 1 and w in g.given_names and not _is_connector(toks[1][2]):
            return False
        if len(toks) > 2 and lw in ORG_OPENERS and toks[1][2] in ("of", "for"):
            return False  # "Bank of England Governor Mervyn King said"
        if len(toks) > 1 and lw in ("radio", "television", "tv"):
            return False  # a broadcaster: "Radio Red quoted ..."
        if len(toks) > 1 and lw not in FUNCTION_WORDS:
            # a common word that opens an organisation's or a place's name: "National
            # Security Council said", "Federal Air Traffic Control Administration Director
            # ...", "Palm Beach County Supervisor of Elections ..."
            for t in toks[1:7]:
                tl = t[2].lower()
                if tl in TITLE_WORDS or _is_connector(t[2]):
                    break
                if tl in ORG_HEADS or tl in PLACE_HEADS:
                    return False
        if lw in g.common_words or lw in self.lower_words:
            return True
        if lw.endswith("s") and (lw[:-1] in g.common_words or lw[:-2] in g.common_words):
            return True  # "Eyewitnesses told ...": a plural of a common noun
        return False

    def _segment(self, toks, initial: bool) -> list[_Cand]:
        """Split a run at connectors and titles, then classify each part."""
        # split at connectors unless the left part is an organisation that takes them
        parts: list[list] = [[]]
        i = 0
        n = len(toks)
        full = " ".join(x[2] for x in toks)
        while i < n:
            t = toks[i]
            if _is_connector(t[2]) and parts[-1]:
                left = parts[-1]
                if self._keep_connector(left, t[2], toks[i + 1 :], full):
                    left.append(t)
                else:
                    parts.append([])
                i += 1
                continue
            if t[2][:1] in '“"' and parts[-1]:  # a nickname stays inside the name
                parts[-1].append(t)
                i += 1
                continue
            parts[-1].append(t)
            i += 1
        out: list[_Cand] = []
        for k, part in enumerate(p for p in parts if p):
            # drop connectors stranded at the edges
            while part and _is_connector(part[-1][2]):
                part = part[:-1]
            while part and _is_connector(part[0][2]):
                part = part[1:]
            if part:
                out.extend(self._classify(part, initial and k == 0))
        return out

    def _keep_connector(self, left, conn: str, right, full: str) -> bool:
        """Does "LEFT conn RIGHT" stay one name?"""
        g = self.g
        if not right:
            return False
        lefttxt = " ".join(x[2] for x in left)
        if full in g.places or full in g.organisations:
            return True
        c = conn.lower()
        last = left[-1][2].lower().rstrip(".")
        first = left[0][2].lower()
        if (last in TITLE_WORDS and not last.endswith("s")) and c in ("of", "of the"):
            return True  # "Secretary of State Mike Pompeo": the title cut splits it later
        if last in CORP_SUFFIXES or left[-1][2].lower() in CORP_SUFFIXES:
            return False  # "Daniels Pharmaceuticals Inc of St. Petersburg"
        if (
            right[-1][2].lower() in CORP_SUFFIXES
            and c in ("of", "of the")
            and not (len(left) >= 2 and left[0][2] in g.given_names)
        ):
            return True  # "Gold Fields of South Africa Ltd"
        if c in ("on", "on the"):
            # "Committee on Foreign Relations"; not "Treasury Department on Wednesday"
            return last in (
                "committee",
                "commission",
                "council",
                "subcommittee",
                "conference",
                "panel",
            ) and (right[0][2].lower() not in CALENDAR)
        if c in ("of", "of the", "for", "for the"):
            # "Ministry of Defense", "National Security Council of Afghanistan",
            # "Office of the Afghan National Security Council", "Bank of England",
            # "Islamic Republic of Afghanistan", "Committee for the Protection of ..."
            if (
                last in ORG_HEADS
                or first in ORG_OPENERS
                or last
                in (
                    "republic",
                    "kingdom",
                    "state",
                    "states",
                    "emirate",
                    "emirates",
                    "union",
                    "people's",
                )
            ):
                return True
            if lefttxt in (
                "Gulf",
                "Bay",
                "Isle",
                "Sea",
                "Cape",
                "Strait",
                "Straits",
                "City",
                "Port",
            ):
                return True
            return False
        if c in ("and", "&", "and the"):
            # "Johnson & Johnson", "Ministry of Trade and Industry", "Trinidad and Tobago",
            # "Afghan National Defense and Security Forces" (the head noun comes after "and")
            if c == "&":
                return True
            if any(x[2].lower() in ("of", "of the") for x in left[1:]):
                return True
            if (
                last not in ORG_HEADS
                and len(left) >= 2
                and last in g.common_words
                and lefttxt not in g.places
                and lefttxt not in g.organisations
            ):
                rwords = [x[2].lower().rstrip(".") for x in right]
                for k, w in enumerate(rwords[:4]):
                    if _is_connector(right[k][2]):
                        break
                    if w in ORG_HEADS:
                        return True
            return False
        # name particles: de, van, bin, al, la ...
        return True

    def _classify(self, part, initial: bool) -> list[_Cand]:
        """Turn one trimmed run into zero or more candidates (a title splits off).

        The steps go from the strongest signal down; the first that recognises the run
        decides it, and a run no step recognises is left to the document (untyped)."""
        p = _Part(self.text, part, initial)
        for step in _Tagger.STEPS:
            got = step(self, p)
            if got is not None:
                return got
        return self._shape_guess(p)

    def _known_name(self, p: _Part) -> list[_Cand] | None:
        """Exact gazetteer matches of the whole part (an abbreviation whose period was
        left to end the sentence is looked up with it: "Mich" -> "Mich.")."""
        s, e, full = p.s, p.e, p.full
        kind = self._lookup(full)
        if kind is None and self.text.startswith(".", e):
            kind = self._lookup(full + ".")
        if kind is None:
            return None
        if kind == "MEDIA":
            return [self._media(s, e, full)] if self._media_acts(e) else []
        if kind == "DEMONYM":
            return []
        c = _Cand(s, e, full, kind, None, p.initial)
        c.weak = kind == "GPE" and self.g.places.get(full) == "code"
        return [c]

    def _not_an_actor(self, p: _Part) -> list[_Cand] | None:
        """Names of events ("Republican National Convention", "Election Day", "World War
        I"), runs of nationality words ("African Americans", "Latin American") and quoted
        terms (“Charge D’Affaires”, “Taliban Emirate”) name no actor; a nationality or
        regime word before a place leaves the place ("Nazi Germany")."""
        words = p.words
        last = words[-1].lower()
        if len(words) >= 2 and (
            last in EVENT_HEADS
            or (_ROMAN.fullmatch(words[-1]) and words[-2].lower() in EVENT_HEADS)
        ):
            return []
        if self._quoted_whole(p.s, p.e):
            return []
        nat = self.nationality
        first, last_nat = words[0] in nat, words[-1] in nat
        if first and last_nat and all(w in nat for w in words[1:-1]):
            return []
        if last_nat and not p.initial and self._institution(words[:-1]):
            # "House Republicans", "Senate Democrats": the institution before its members
            return self._classify(p.part[:-1], False)
        if first and len(words) > 1:
            rest = p.part[1:]
            if self._lookup(self.text[rest[0][0] : rest[-1][1]]) == "GPE":
                return self._classify(rest, False)
        return None

    def _institution(self, words: list[str]) -> bool:
        """Do these words name an institution ("House", "Senate Judiciary Committee")?"""
        return (len(words) == 1 and words[0].lower() in INSTITUTIONS_ALONE) or (
            words[-1].lower() in ORG_HEADS and self._org_shaped(words)
        )

    def _titled_name(self, p: _Part) -> list[_Cand] | None:
        """Titles and honorifics at the front: "President Ashraf Ghani", "Secretary of
        State Mike Pompeo", "Afghanistan National Security Adviser Hamdullah Mohib"."""
        part = p.part
        if p.words[-1].lower() in ORG_HEADS and self._org_shaped(p.words):
            return None  # "Justice Department", "Republican Party": an institution, no title
        cut = self._title_cut(p.words)
        if not cut:
            return None
        # "President of the Islamic Republic of Afghanistan": a title whose "of" object is
        # a place or organisation names no person; the object is the mention
        conn = next((i for i in range(1, cut) if _is_connector(part[i][2])), None)
        if conn is not None:
            j = conn
            while j < len(part) and _is_connector(part[j][2]):
                j += 1
            obj = part[j:]
            if obj:
                otext = self.text[obj[0][0] : obj[-1][1]]
                if self._lookup(otext) in ("GPE", "ORG") or self._org_shaped([x[2] for x in obj]):
                    return self._classify(obj, False)
        name = part[cut:]
        if not name or _is_connector(name[0][2]):
            return None
        return self._title_and_name(part[:cut], name, conn is not None)

    def _title_and_name(self, role_toks, name, has_connector: bool) -> list[_Cand]:
        """The candidates of a title followed by a name: the name (a person with the
        title as role, unless it is a place or organisation) and any organisation or
        place named inside the title."""
        g, text = self.g, self.text
        ns, ne = name[0][0], name[-1][1]
        nfull = text[ns:ne]
        nk = self._lookup(nfull)
        if len(name) == 1 and nk is None and nfull.lower() in g.common_words and has_connector:
            return []  # "Director of Intelligence": a title, no name ("President Trump" is one)
        role = None
        if not all(x[2].lower() in HONORIFICS or _plural_title(x[2].lower()) for x in role_toks):
            role = text[role_toks[0][0] : role_toks[-1][1]]
            # an honorific before a title is not part of the role
            role = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", role)
            role = self._extend_role_back(role_toks[0][0], role)
        if role is None:
            role = self._role_around(ns, ne)  # "Mr. Kirk, the senator from Illinois,"
        if role and _INDEFINITE_BEFORE.search(text, max(0, role_toks[0][0] - 4), role_toks[0][0]):
            role = None  # "a President Clinton could …": who might hold it, not who does
        # a known place or organisation inside the title ("Afghan" no; "Taliban" yes)
        out = self._entities_in_title(role_toks)
        if nk in ("ORG", "GPE") and not self._looks_personal(name):
            out.append(_Cand(ns, ne, nfull, nk, None, False))
        elif nk not in ("DEMONYM", "MEDIA"):
            if self._org_shaped([x[2] for x in name]):
                out.append(_Cand(ns, ne, nfull, "ORG", None, False))
            else:
                out.append(_Cand(ns, ne, nfull, "PERSON", role, False))
        return out

    def _org_or_place_shape(self, p: _Part) -> list[_Cand] | None:
        """An organisation's shape ("&" joins the names of a firm: "Douglas & Lomason"),
        a named place ("Downing Street", "Lagos State", "Kansas City")."""
        words = p.words
        if self._org_shaped(words) or ("&" in words and len(words) >= 3):
            return [_Cand(p.s, p.e, p.full, "ORG", None, p.initial)]
        if (
            len(words) >= 2
            and words[-1].lower() in PLACE_HEADS
            and (not p.initial or not self._common_content(words[:-1]))
        ):
            return [_Cand(p.s, p.e, p.full, "GPE", None, p.initial)]
        return None

    def _acronym_forms(self, p: _Part) -> list[_Cand] | None:
        """An acronym next to a place is two names ("Chicago NAPM", "OSCE Chechnya"); a
        shouted place or known name ("FRANCE"); an acronym alone is an organisation
        unless it is a common abbreviation or a shouted word ("SEARCH", "UPDATE")."""
        g, words, full = self.g, p.words, p.full
        if (
            len(words) == 2
            and (
                (_is_acronym(words[0]) and words[1] in g.places)
                or (words[0] in g.places and _is_acronym(words[1]))
            )
            and full not in g.places
        ):
            return self._classify(p.part[:1], p.initial) + self._classify(p.part[1:], False)
        if len(words) != 1:
            return None
        if full.isupper() and len(full) > 3:
            k = self._lookup(g.places_lower.get(full.lower(), "")) or (
                "ORG" if full.lower() in g.organisations_lower else None
            )
            if k in ("GPE", "ORG"):
                return [_Cand(p.s, p.e, full, k, None, p.initial)]
        if full in US_STATE_CODES and re.search(
            r"[A-Z][\w.]*,[ \t]*$", self.text[max(0, p.s - 30) : p.s]
        ):
            c = _Cand(p.s, p.e, full, "GPE", None, p.initial)  # "Berea, OH": a state's code
            c.weak = True
            return [c]
        if _is_acronym(full):
            if full.lower() in NON_ORG_ACRONYMS or full.lower().rstrip(".") in NON_ORG_ACRONYMS:
                return []
            if len(full) > 3 and full.lower() in g.common_words:
                return []
            return [_Cand(p.s, p.e, full, "ORG", None, p.initial)]
        return None

    def _company_after_common_noun(self, p: _Part) -> list[_Cand] | None:
        """A common noun before a place, mid-sentence: a company or broadcaster named after
        its country or city ("Air France", "Radio Moscow", "Telecom Italia"); a nationality
        before a name leaves the name ("Afghan Taliban")."""
        g, words = self.g, p.words
        if (
            len(words) == 2
            and not p.initial
            and words[1] in g.places
            and words[0].lower() in g.common_words
            and words[0].lower() not in FUNCTION_WORDS
            and words[0] not in COMPASS
            and words[0] not in g.demonyms
            and words[0].lower() not in TITLE_WORDS
            and words[0].lower() not in HONORIFICS
        ):
            return [_Cand(p.s, p.e, p.full, "ORG", None, p.initial)]
        if words[0] in g.demonyms and len(words) > 1:
            return self._classify(p.part[1:], False)
        return None

    def _word_alone(self, p: _Part) -> list[_Cand] | None:
        """Single words that are never names on their own (a title, a calendar word), an
        institution named by its head noun ("the Council said": the corpus merges it with
        the full name when exactly one fits), a medium named as an actor."""
        if len(p.words) != 1:
            return None
        lw = p.full.lower()
        if lw in NON_NAMES or lw in HONORIFICS or lw in TITLE_WORDS:
            return []
        if lw in ORG_HEADS and lw not in CORP_SUFFIXES:
            # "the Council said", "the Party": an institution named by its head word (the
            # corpus merges it with the full name when exactly one fits); never a person
            if self._after_the(p.s, p.initial):
                return [_Cand(p.s, p.e, p.full, "ORG", None, p.initial)]
            return []
        if lw in MEDIA_PRODUCTS:
            return [self._media(p.s, p.e, p.full)] if self._media_acts(p.e) else []
        return None

    def _name_in_context(self, p: _Part) -> list[_Cand] | None:
        """A place noun after ("Helmand province"); a known organisation before more
        capitalised words ("Apple AirPods": a product of Apple); a brand in camel case
        ("WeWork", "MagSafe") is no person."""
        g, words, text = self.g, p.words, self.text
        after = _AFTER.match(text, p.e)
        w1 = (after.group("w1") or "").lower() if after and not after.group("punct") else ""
        if w1 in PLACE_NOUNS and len(words) <= 3:
            return [_Cand(p.s, p.e, p.full, "GPE", None, p.initial)]
        if (
            len(words) >= 2
            and words[0] in g.organisations
            and words[0].lower() not in MEDIA_PRODUCTS
        ):
            part = p.part
            out = [_Cand(part[0][0], part[0][1], words[0], "ORG", None, p.initial)]
            if words[1] in g.given_names:
                out.extend(self._classify(part[1:], False))
            return out
        if len(words) == 1 and _CAMEL.match(p.full) and not _SURNAME_PREFIX.match(p.full):
            return [_Cand(p.s, p.e, p.full, "ORG", None, p.initial)]
        return None

    def _person_evidence(self, p: _Part) -> list[_Cand] | None:
        """A role around the name, a given name before a surname, a leader's name for a
        government, a speech frame ("X said": most often a person, but "Magna said" is a
        company; the document may know better)."""
        g, words, s, e = self.g, p.words, p.s, p.e
        role = self._role_around(s, e)
        person = role is not None
        if not person and len(words) >= 2 and (words[0] in g.given_names or _is_initial(words[1])):
            # "Bob Dole", "John Bass", "Donald Trump": a capitalised word after a given name
            # is a surname even when it is also a common word, unless the given name is a
            # common word too and opens the sentence ("Will Power", "May Day")
            if not self._common_content(words[1:]) or (
                self.english and words[0].lower() not in g.common_words
            ):
                person = True
        if person:
            return [_Cand(s, e, p.full, "PERSON", role, p.initial)]
        if len(words) == 1 and self._leader_of_government(s, e):
            return [_Cand(s, e, p.full, "PERSON", None, p.initial)]
        if self._speech_frame(s, e):
            c = _Cand(s, e, p.full, "PERSON", None, p.initial)
            c.weak = len(words) == 1
            return [c]
        return None

    def _shape_guess(self, p: _Part) -> list[_Cand]:
        """Shape alone: two to four unknown capitalised words are most often a person;
        anything else is left untyped for the document to decide."""
        words = p.words
        if (
            2 <= len(words) <= 4
            and self.english
            and not self._common_content(words)
            and not any(w.isupper() and (len(w) == 1 or w.isalpha()) for w in words)
        ):
            # (lone capitals and shouted words, as in an e-mail quoted in capitals, are
            # no name: "A B C", "JP ASAP")
            kind = "PERSON"
        else:
            kind = None
        c = _Cand(p.s, p.e, p.full, kind, None, p.initial)
        c.weak = True
        return [c]

    #: the classifier's steps, strongest signal first (see _classify)
    STEPS = (
        _known_name,
        _not_an_actor,
        _titled_name,
        _org_or_place_shape,
        _acronym_forms,
        _company_after_common_noun,
        _word_alone,
        _name_in_context,
        _person_evidence,
    )

    # ----- helpers

    def _lookup(self, full: str) -> str | None:
        g = self.g
        if full in g.organisations:
            if full.lower() in MEDIA_PRODUCTS:
                return "MEDIA"
            return "ORG"
        if full in g.demonyms or full in EXTRA_DEMONYMS:
            return "DEMONYM"  # "Thai" is a nationality before it is a place
        if full in g.places:
            if g.places[full] == "code" and not full.isupper():
                return None
            return "GPE"
        if full in g.demonyms:
            return "DEMONYM"
        return None

    def _looks_personal(self, name) -> bool:
        return len(name) >= 2 and name[0][2] in self.g.given_names

    def _org_shaped(self, words: list[str]) -> bool:
        last = words[-1].lower()
        for k in range(1, len(words) - 1):
            # "National Security Council of Afghanistan", "Gold Fields of South Africa Ltd",
            # "Select Committee on Benghazi"
            if (
                words[k + 1].lower() in ("of", "of the", "for", "for the", "on", "on the")
                and words[k].lower() in ORG_HEADS
            ):
                return True
        if last in ORG_HEADS and (len(words) > 1 or last in INSTITUTIONS_ALONE):
            # "National Security Council", "NBC News"; a lone "Council" is resolved by the corpus
            return True
        if (
            len(words) >= 3
            and words[0].lower() in ORG_OPENERS
            and words[1].lower() in ("of", "of the", "for")
        ):
            return True
        if len(words) >= 2 and words[0].lower() in ("radio", "television", "tv"):
            return True  # a broadcaster: "Radio Red", "Television New Zealand"
        return (
            any(w.lower() in ("of", "of the") for w in words[1:-1])
            and words[0].lower() in ORG_OPENERS
        )

    def _common_content(self, words: list[str]) -> bool:
        """Is any word a common lower-case word (so the run is a phrase, not a name)?"""
        cw = self.g.common_words
        gn = self.g.given_names
        for w in words:
            lw = w.lower()
            if lw in NON_NAMES or lw in TITLE_WORDS:
                return True
            if lw in cw and w not in gn and w not in self.g.surnames and w not in self.g.places:
                return True
        return False

    def _title_cut(self, words: list[str]) -> int:
        """How many leading words are a title or honorific before a name (0 if none)."""
        cut = 0
        n = len(words)
        i = 0
        while i < n - 1:
            lw = words[i].lower()
            if _title_word(lw) and not (i > 0 and (_is_initial(words[i]) or _plural_title(lw))):
                # (an initial after a given name is a middle initial, not "M." for
                # Monsieur: "Jeffrey M. Jones"; a plural title opens a list: "Senators X
                # and Y")
                j = i + 1
                # "Secretary of State", "Minister of Foreign Affairs" stay in the title
                if j < n - 1 and words[j].lower() in ("of", "of the", "for", "for the"):
                    j += 1
                    while j < n - 1 and (
                        words[j][0].isupper() and words[j] not in self.g.given_names
                    ):
                        j += 1
                        if words[j - 1] in (
                            "State",
                            "Defense",
                            "Defence",
                            "Affairs",
                            "Interior",
                            "Justice",
                            "Health",
                            "Commerce",
                            "Energy",
                            "Treasury",
                            "Staff",
                        ):
                            break
                cut = j
                i = j
                continue
            if cut == 0 and (
                words[i] in self.g.places
                or words[i] in self.g.demonyms
                or words[i] in self.g.organisations
                or _is_acronym(words[i])
                or words[i].lower() in ROLE_MODIFIERS
            ):
                # a modifier of a following title: "Afghanistan National Security Adviser",
                # "Taliban Spokesman", "U.S. Special Envoy"
                i += 1
                continue
            if cut and words[i][0].isupper() and words[i].lower() in ROLE_MODIFIERS:
                i += 1
                continue
            if cut == 0:
                # capitalised title words after modifiers ("National Security Adviser")
                k = i
                # an organisation may come first: "White House Press Secretary Stephanie
                # Grisham", "Bank of England Governor Mervyn King" (the title cut emits it)
                while k < n - 1 and not (
                    (words[k].lower() in HONORIFICS or words[k].lower() in TITLE_WORDS)
                    and not _is_initial(words[k])
                ):
                    k += 1
                if k < n - 1:
                    i = k
                    continue
                return 0
            break
        return cut if cut < n else 0

    def _entities_in_title(self, role_toks) -> list[_Cand]:
        """Names inside a title: "White House" in "White House Press Secretary", "Federal Air
        Traffic Control Administration" in "... Administration Director", "Taliban" in
        "Taliban Spokesman"."""
        text = self.text
        # the longest known name that opens the title, else the longest organisation-shaped one
        for shaped in (False, True):
            for j in range(len(role_toks) - 1, 0, -1):
                toks = role_toks[:j]
                words = [t[2] for t in toks]
                if _is_connector(words[-1]):
                    continue
                span = text[toks[0][0] : toks[-1][1]]
                k = self._lookup(span)
                if (not shaped and k in ("ORG", "GPE")) or (
                    shaped and k is None and len(words) >= 2 and self._org_shaped(words)
                ):
                    rest = self._entities_in_title(role_toks[j:]) if j < len(role_toks) - 1 else []
                    return [_Cand(toks[0][0], toks[-1][1], span, k or "ORG", None, False), *rest]
        out = []
        for s, e, w in role_toks:
            k = self._lookup(w)
            if k in ("ORG", "GPE"):
                out.append(_Cand(s, e, w, k, None, False))
            elif _is_acronym(w) and w.lower() not in NON_ORG_ACRONYMS:
                out.append(_Cand(s, e, w, "ORG", None, False))
        return out

    def _extend_role_back(self, s: int, role: str) -> str:
        """Take in lower-case modifiers before a title: "former Ambassador"."""
        text = self.text
        p = s
        added = []
        for _ in range(3):
            m = re.search(r"([A-Za-z][\w.-]*)[ \t]+$", text[max(0, p - 30) : p])
            if not m or m.group(1).lower() not in ROLE_MODIFIERS:
                break
            added.append(m.group(1))
            p -= len(m.group(0))
        if added:
            return text[p:s].rstrip() + " " + role
        return role

    def _role_around(self, s: int, e: int) -> str | None:
        """A role from an apposition after the name or a role noun phrase just before it."""
        text = self.text
        m = _APPOS_AFTER.match(text, e, min(len(text), e + 160))
        if m and _INFINITIVE_AFTER.match(text, m.end()):
            return None  # "the first working mother to serve as first lady" describes
        if m and m.group("role").split()[0].lower() not in _APPOS_OPENERS_NOT:
            end = self._role_object_end(m.end())
            if end is None or not _ROLE_END.match(text, end):
                end = m.end()  # an object that runs on: the role noun phrase alone
            head = text[m.start("role") : m.end()]
            return _norm_role(_singular_head(head) + text[m.end() : end])
        # cheap test first: is the word before the name (or before its comma) a role noun?
        if s == 0 or text[s - 1] not in " \t":
            return None
        if _word_before(text, s).rstrip(",") not in _ROLE_NOUN_SET:
            return None
        window = text[max(0, s - 60) : s]
        if window:
            b = _ROLE_BEFORE.search(window)
            if b:
                role = b.group("role")
                # the role phrase must end in the role noun right before the name, and a
                # fronted apposition needs a comma after the name too
                # ("the Afghan president, Ashraf Ghani,")
                if b.group("comma") and not text.startswith(",", e):
                    return None
                return _norm_role(_singular_head(_trim_role_front(role)))
        return None

    def _role_object_end(self, pos: int) -> int | None:
        """Where the object of a role noun ending at ``pos`` ends ("to Mr. Obama"), or None
        if none follows or it runs on past 80 characters."""
        text = self.text
        m = _ROLE_OBJECT_START.match(text, pos)
        if m is None:
            return None
        end = None
        p = m.end()
        while p - pos <= 80:
            w = _ROLE_OBJECT_WORD.match(text, p)
            if w is None or w.group(0).lower() in _ROLE_STOP_WORDS:
                break
            end = w.end()
            gap = re.match(r"[ \t]+", text[end : end + 4])
            if gap is None:
                break
            p = end + gap.end()
        return end if end is not None and end - pos <= 80 else None

    def _speech_frame(self, s: int, e: int) -> bool:
        m = _SPEECH_AFTER.match(self.text, e, min(len(self.text), e + 90))
        if m and m.group("verb") in SPEECH_VERBS:
            return True
        # "said X", "according to X" (a cheap test on the word before first)
        return _word_before(self.text, s) in _SAID_LAST and bool(
            _SAID_BEFORE.search(self.text, max(0, s - 16), s)
        )

    def _leader_of_government(self, s: int, e: int) -> bool:
        """ "the Trump administration", "the Karzai government": a leader's name used for
        the government they lead (places and organisations were matched before)."""
        if not re.search(r"\b[Tt]he[ \t]+$", self.text[max(0, s - 5) : s]):
            return False
        return bool(_LEADER_NOUNS.match(self.text, e, min(len(self.text), e + 20)))

    def _after_the(self, s: int, initial: bool) -> bool:
        return bool(re.search(r"\b[Tt]he[ \t]+$", self.text[max(0, s - 5) : s]))

    def _quoted_whole(self, s: int, e: int) -> bool:
        """Is the run the whole of a quotation (“Charge D’Affaires”): a term, not a name?"""
        text = self.text
        return s > 0 and text[s - 1] in '“"‘' and e < len(text) and text[e] in '”"’'

    def _media(self, s: int, e: int, full: str) -> _Cand:
        return _Cand(s, e, full, "ORG", None, False)

    def _media_acts(self, e: int) -> bool:
        """A service named as an actor ("Twitter said", "Facebook Inc") not as a medium."""
        m = re.match(r"(?:['’]s[ \t]+\w+|[ \t]+(?P<w>[\w.]+))", self.text[e : e + 30])
        if not m:
            return False
        w = (m.group("w") or "").lower()
        return w in SPEECH_VERBS or w in (
            "inc",
            "inc.",
            "corp",
            "has",
            "had",
            "suspended",
            "removed",
            "banned",
            "blocked",
            "will",
            "would",
        )

    # ----- the document as evidence

    def _resolve_document(self, cands: list[_Cand]) -> list[_Cand]:
        """Use the names the document spells out to type the short and unsure ones.

        "Ghani" after "Ashraf Ghani" is a person; "Jones" after "Jones Medical
        Industries Inc" is an organisation; a name the context shows to be an
        organisation ("Comelf's profit rose", "news agency Tanjug") is one wherever
        it stands; a single capitalised word never typed by any signal is dropped.
        """
        names = self._document_names(cands)
        self._org_by_context(cands)
        for c in cands:
            if c.dropped:
                continue
            if c.maybe:
                c.kind = self._maybe_kind(c, names)
                continue
            if (
                c.kind == "GPE"
                and c.single
                and not c.weak
                and names.person_tokens.get(c.text)
                and c.text in names.person_last
            ):
                # one sense per document: "Jordan" after "Michael Jordan" is the man, not the
                # country
                c.kind = "PERSON"
                continue
            if c.kind is not None and not c.weak:
                continue
            k = names.full_kind.get(c.text)
            if k is None and c.single:
                k = names.person_tokens.get(c.text) or names.org_first.get(c.text)
                if k is None and c.text in names.person_first and not c.initial:
                    k = "PERSON"  # "Bernie" after "Bernie Sanders"
            if k is None and not c.single and not c.initial:
                last = c.text.split()[-1]
                if last in names.person_single or last in names.person_last:
                    k = "PERSON"  # "Vipheak, former editor ..." ... "Hen Vipheak's newspaper"
            if k is None and c.weak and c.kind == "PERSON":
                continue  # keep the shape guess
            if k is None and c.single:
                k = self._single_guess(c)
            if k is not None:
                c.kind = k
        self._one_sense(cands)
        return cands

    def _org_by_context(self, cands: list[_Cand]) -> None:
        """A name the context shows to be an organisation is one at every mention in
        the document: "news agency Tanjug", "Comelf's shares", "shares of Petofi", "the
        general manager of Petofi", "Zycie Warszawy reported", "Comelf, a Romanian
        engineering firm"."""
        orgs = set()
        given = self.g.given_names
        for c in cands:
            if (
                (c.kind is None or (c.kind == "PERSON" and (c.weak or c.role is None)))
                and c.text not in orgs
                and (c.kind is None or c.weak or c.text.split(" ", 1)[0] not in given)
                and self._org_context(c.s, c.e)
                and self._kind_unsure(c)
            ):
                orgs.add(c.text)
        if orgs:
            for c in cands:
                if c.text in orgs and self._kind_unsure(c):
                    c.kind, c.weak, c.maybe = "ORG", False, False

    def _org_context(self, s: int, e: int) -> bool:
        """Do the words around the name at s..e show it to be an organisation's? (The
        cheap tests on the word before and the character after come first.)"""
        text = self.text
        if _may_be_org_before(text[max(0, s - 40) : s].lower().split()[-2:]) and _ORG_BEFORE.search(
            text, max(0, s - 40), s
        ):
            return True
        nxt = text[e : e + 1]
        if nxt == " ":
            if not text.startswith(_ORG_AFTER_WORDS, e + 1):
                return False
        elif nxt == ",":
            if not text.startswith(_APPOSITION_OPENERS, e + 2):
                return False
        elif nxt not in ("'", "’"):
            return False
        return bool(_ORG_AFTER.match(text, e, min(len(text), e + 80)))

    def _kind_unsure(self, c: _Cand) -> bool:
        """Is the candidate's kind a guess that context may overrule (untyped, typed by
        shape or a speech frame, a person with neither a given name nor a role)?"""
        if len(c.text) < 2 or c.maybe or c.dropped:
            return False
        if c.kind is None or (c.weak and c.kind == "PERSON"):
            return True
        return (
            c.kind == "PERSON"
            and c.role is None
            and c.text.split()[0] not in self.g.given_names
            and not self._looks_titled(c.s)
        )

    def _looks_titled(self, s: int) -> bool:
        """Does an honorific or title stand right before this name ("Mr. X", "Sen. X")?"""
        w = _word_before(self.text, s)
        return w in HONORIFICS or w in TITLE_WORDS

    def _document_names(self, cands: list[_Cand]) -> _DocNames:
        """What the names the document spells out in full vouch for."""
        g = self.g
        d = _DocNames()
        for c in cands:
            if c.kind is None or c.maybe:
                continue
            ws = c.text.split()
            if c.weak:
                # a shape guess still vouches for its own surname ("Nagoum Yamassoum" ...
                # "Yamassoum"), a speech frame mid-sentence for the name ("said Trump" ...
                # "Trump led")
                if c.kind == "PERSON" and len(ws) >= 2:
                    d.person_tokens.setdefault(ws[-1], "PERSON")
                elif c.kind == "PERSON" and c.single and not c.initial:
                    d.person_single.add(c.text)
                continue
            d.full_kind.setdefault(c.text, c.kind)
            if c.kind == "PERSON" and len(ws) >= 2:
                d.person_tokens.setdefault(ws[-1], "PERSON")
                d.person_last.add(ws[-1])
                if ws[0] in g.given_names and ws[0] not in SURNAME_FIRST:
                    d.person_first.add(ws[0])
                else:
                    # Chinese and Korean names put the family name first: "Wang Dan" ... "Wang"
                    d.person_tokens.setdefault(ws[0], "PERSON")
            elif c.kind == "PERSON" and c.single and not c.initial:
                d.person_single.add(c.text)
            elif c.kind == "ORG" and len(ws) >= 2:
                w0 = ws[0]
                if (
                    w0 not in g.places
                    and w0 not in g.demonyms
                    and w0 not in EXTRA_DEMONYMS
                    and (w0.lower() not in g.common_words and w0.lower() not in LEADING_DROP)
                ):
                    d.org_first.setdefault(w0, "ORG")
        return d

    def _maybe_kind(self, c: _Cand, names: _DocNames) -> str | None:
        """A word kept aside (sentence-initial common word, compound head) is a person's
        name when the document names that person in full ("Donald Trump" ... "Trump said";
        "Bernie Sanders" ... "Bernie") or, mid-sentence, by that word alone with evidence
        ("said Trump" ... "Trump won"); unless the document also uses the word in lower
        case and nothing after it reads as the name's predicate ("Brown rice")."""
        w = c.text
        known = (
            w in names.person_last
            or w in names.person_first
            or w in names.person_single
            or (not c.initial and w in names.person_tokens)
        )
        if not known:
            return None
        if w.lower() in self.lower_words and not self._predicate_follows(c.e):
            return None
        return "PERSON"

    def _predicate_follows(self, e: int) -> bool:
        """Does what follows a name read as its predicate or a continuation of the name
        phrase: a verb of saying, an auxiliary, a past form, a possessive or a comma?"""
        m = _NEXT_WORD.match(self.text, e)
        if m is None:
            return False
        if m.group("punct"):
            return True
        w = (m.group("w") or "").lower()
        return w in SPEECH_VERBS or w in AUXILIARIES or w.endswith("ed") or w == "and"

    def _one_sense(self, cands: list[_Cand]) -> None:
        """One sense per document: a word typed once (even by a guess) is typed the same
        wherever else it stands alone ("Petofi said ..." ... "leaving Petofi")."""
        typed: dict[str, str] = {}
        for c in cands:
            if c.kind is not None and c.single:
                typed.setdefault(c.text, c.kind)
        common = self.g.common_words
        for c in cands:
            if (
                c.kind is None
                and c.single
                and not c.maybe
                and not c.dropped
                and c.text in typed
                and not (c.initial and c.text.lower() in common)
            ):
                c.kind = typed[c.text]

    def _parenthesised_acronyms(self, cands: list[_Cand]) -> None:
        """ "National League for Democracy (NLD)": the acronym is the name just before it,
        and takes its kind; the acronym of a name that is no actor ("Trans-Pacific
        Partnership (TPP)", an agreement) is none either, wherever it stands."""
        text = self.text
        prev = None
        not_actors = set()
        for c in sorted(cands, key=lambda c: c.s):
            if (
                prev is not None
                and c.single
                and _is_acronym(c.text)
                and text[prev.e : c.s] in (" (", "(")
                and text.startswith(")", c.e)
            ):
                if prev.kind is not None and (prev.kind == "ORG" or _spells(c.text, prev.text)):
                    c.kind = prev.kind
                    c.weak = False
                elif prev.kind is None and _spells(c.text, prev.text):
                    not_actors.add(c.text)
            prev = c
        for c in cands:
            if c.text in not_actors:
                c.kind, c.weak, c.maybe = None, False, False
                c.dropped = True

    def _single_guess(self, c: _Cand) -> str | None:
        """One capitalised word with no other evidence."""
        g = self.g
        w = c.text
        lw = w.lower()
        if lw in g.common_words and c.initial:
            return None
        if c.initial and lw in self.lower_words:
            return None
        if self._speech_frame(c.s, c.e):
            return "PERSON" if w in g.surnames or w not in g.common_words else None
        return None

    def _headline_mentions(self, runs, cands: list[_Cand]) -> list[_Cand]:
        """In ALL-CAPS and Title Case lines, where capitals say nothing, only names known
        from elsewhere (a verb or common word after a name is not part of it: "Clinton
        Campaign Manager Laughs" -> "Clinton"), and a given name with a surname."""
        if not runs:
            return []
        known, part = self._headline_vocabulary(cands)
        out: list[_Cand] = []
        for s, e in runs:
            out.extend(self._headline_run(s, e, known, part))
        return out

    def _headline_vocabulary(self, cands: list[_Cand]) -> tuple[dict[str, str], dict[str, str]]:
        """(names the body types, lower-cased -> kind; parts of them that stand alone: a
        person's surname or given name, an organisation's first word unless it is a
        common word, a nationality or a place)."""
        g = self.g
        known: dict[str, str] = {}
        part: dict[str, str] = {}
        for c in cands:
            if c.kind is None:
                continue
            known.setdefault(c.text.lower(), c.kind)
            ws = c.text.split()
            if len(ws) < 2:
                continue
            if c.kind == "PERSON":
                part.setdefault(ws[-1].lower(), "PERSON")
                if ws[0] in g.given_names:
                    part.setdefault(ws[0].lower(), "PERSON")
            elif c.kind == "ORG":
                w0 = ws[0]
                if not (
                    w0.lower() in LEADING_DROP
                    or w0.lower() in g.common_words
                    or w0 in g.demonyms
                    or w0 in EXTRA_DEMONYMS
                    or w0 in g.places
                ):
                    part.setdefault(w0.lower(), "ORG")
        return known, part

    def _headline_run(self, s: int, e: int, known, part) -> list[_Cand]:
        """The longest known names in one run of a headline, left to right."""
        text = self.text
        toks = [(m.start() + s, m.end() + s, m.group(0)) for m in _TOKS.finditer(text[s:e])]
        out = []
        i, n = 0, len(toks)
        while i < n:
            hit = None
            for j in range(min(n, i + 5), i, -1):
                k = self._headline_kind(text[toks[i][0] : toks[j - 1][1]], known, part)
                if k is not None:
                    hit = (j, k)
                    break
            if hit is None and self._headline_person(toks[i : i + 2]):
                hit = (i + 2, "PERSON")
            if hit is None:
                hit = self._headline_company(toks, i)
            if hit:
                j, k = hit
                a, b = toks[i][0], toks[j - 1][1]
                out.append(_Cand(a, b, text[a:b], k, None, False))
                i = j
            else:
                i += 1
        return out

    def _headline_kind(self, span: str, known, part) -> str | None:
        g = self.g
        low = span.lower()
        k = known.get(low)
        if k is not None:
            return k
        if low in g.places_lower and g.places[g.places_lower[low]] != "code":
            return "GPE"
        if low in g.organisations_lower and (len(span) > 3 or span.isupper()):
            return None if low in MEDIA_PRODUCTS else "ORG"
        return part.get(low)

    def _headline_company(self, toks, i: int) -> tuple[int, str] | None:
        """A company's name with its corporate suffix ("Homegate Hospitality Inc"): the
        suffix vouches for it in a headline too, from a first word that is no common word."""
        if toks[i][2].lower() in self.g.common_words or not toks[i][2][:1].isupper():
            return None
        for j in range(i + 1, min(len(toks), i + 5)):
            w = toks[j][2].lower()
            if w in CORP_SUFFIXES and w.rstrip(".") != "co":  # "Co" is also a county
                return (j + 1, "ORG")
        return None

    def _headline_person(self, toks) -> bool:
        """A given name and a surname in a headline ("Grant Miller", "Bill Clinton"): the
        second is a surname or no common word, the first no auxiliary ("Will Sanders")."""
        if len(toks) < 2 or not self.english:
            return False
        first, last = toks[0][2], toks[1][2]
        g = self.g
        return (
            first in g.given_names
            and first.lower() not in AUXILIARIES
            and first.lower() not in FUNCTION_WORDS
            and not first.isupper()
            and _could_be_name(last)
            and (
                last in g.surnames
                or (first.lower() not in g.common_words and last.lower() not in g.common_words)
            )
            and last not in g.places
            and last not in g.organisations
        )


# --------------------------------------------------------------------------- small helpers

_CONNECTORS = frozenset(
    "of for and & on de du da di del della dos das van von der den ter bin ibn bint al el la le y "
    "of the|for the|on the|and the|de la|van der|von der".replace("|", "\n").split("\n")
)
_CONNECTOR_WORDS = frozenset(
    "of for and & on de du da di del della dos das van von der den ter bin ibn bint al el la le y the".split()
)


_KNOWN_SINGLE: dict = {}


def _known_single(g) -> dict[str, str]:
    """One-word places and organisations whose kind never depends on context: not a
    common word (so never a sentence-initial word to drop), not a medium, nationality,
    code, title or calendar word."""
    got = _KNOWN_SINGLE.get(id(g))
    if got is None:
        got = {}
        for name, kind in ((n, "GPE") for n, k in g.places.items() if k != "code"):
            if " " not in name and "." not in name:
                got[name] = kind
        for name in g.organisations:
            if " " not in name and "." not in name:
                got[name] = "ORG"
        for name in list(got):
            low = name.lower()
            if (
                low in g.common_words
                or low in MEDIA_PRODUCTS
                or name in g.demonyms
                or name in EXTRA_DEMONYMS
                or low in NON_NAMES
                or low in TITLE_WORDS
                or low in HONORIFICS
                or low in FUNCTION_WORDS
                or name in g.given_names
                or name in g.surnames
                or name.isupper()
                or "-" in name
                or "'" in name
                or "’" in name
            ):
                del got[name]
        # country abbreviations in running text ("US", "U.S.", "UK")
        for name, kind in g.places.items():
            if (
                kind == "country"
                and 2 <= len(name) <= 6
                and name.replace(".", "").isupper()
                and " " not in name
            ):
                got[name] = "GPE"
        # a capitalised function word standing alone is skipped outright
        for w in FUNCTION_WORDS | LEADING_DROP:
            cap = w[:1].upper() + w[1:]
            if cap not in got and w not in ("us", "it"):
                got[cap] = "-"
        _KNOWN_SINGLE.clear()
        _KNOWN_SINGLE[id(g)] = got
    return got


def _prefixes(g, two: str):
    """Known multi-word names that start with ``two`` (checked only at sentence starts)."""
    return _name_prefixes(g).get(two, ())


_PREFIX_CACHE: dict = {}


def _name_prefixes(g) -> dict[str, tuple[str, ...]]:
    got = _PREFIX_CACHE.get(id(g))
    if got is None:
        idx: dict[str, list[str]] = {}
        for name in list(g.places) + list(g.organisations):
            ws = name.split()
            if len(ws) >= 3:
                idx.setdefault(ws[0] + " " + ws[1], []).append(name)
        got = _PREFIX_CACHE[id(g)] = {k: tuple(v) for k, v in idx.items()}
    return got


_NATIONALITY: dict = {}


def _may_be_org_before(words: list[str]) -> bool:
    """Could the (lower-case) words before a name be an organisation's context for
    _ORG_BEFORE: a classifier noun, "shares of", "reported by (the)"?"""
    if not words:
        return False
    w, prev = words[-1], (words[-2] if len(words) > 1 else "")
    return (
        w in _CLASSIFIER_LAST
        or (w in ("of", "in") and prev in _ORG_HOLDERS)
        or (w == "by" and prev == "reported")
        or (w == "the" and prev == "by")
    )


def _nationality_words(g) -> frozenset[str]:
    """Nationality and party words, singular and plural ("Afghan", "Republicans")."""
    got = _NATIONALITY.get(id(g))
    if got is None:
        got = frozenset(g.demonyms) | EXTRA_DEMONYMS | {w + "s" for w in EXTRA_DEMONYMS}
        _NATIONALITY.clear()
        _NATIONALITY[id(g)] = got
    return got


def _word_before(text: str, s: int) -> str:
    """The word that ends right before ``s`` (past blanks), lower case ("" if none)."""
    j = s
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    lo = max(0, j - 30)
    i = max(text.rfind(" ", lo, j), text.rfind("\n", lo, j), text.rfind("\t", lo, j)) + 1
    return text[max(i, lo) : j].lstrip("(“\"‘'").lower()


def _spells(acronym: str, name: str) -> bool:
    """Does ``acronym`` spell the initials of ``name`` ("NLD", "National League for Democracy")?"""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())
    return acronym.replace(".", "").upper() == initials.upper()


def _could_be_name(w: str) -> bool:
    """Could this capitalised word be a surname or given name standing alone? Not a
    closed-class word, a calendar word, a title or an auxiliary verb."""
    lw = w.lower()
    return (
        len(w) >= 2
        and w[0].isupper()
        and w[1:].islower()
        and w.isalpha()
        and lw not in FUNCTION_WORDS
        and lw not in NON_NAMES
        and lw not in LEADING_DROP
        and lw not in CALENDAR
        and lw not in TITLE_WORDS
        and lw not in HONORIFICS
        and lw not in AUXILIARIES
    )


def _title_word(lw: str) -> bool:
    """A (lower-case) honorific or title, a plural title included ("senators")."""
    return lw in HONORIFICS or lw in TITLE_WORDS or _plural_title(lw)


def _plural_title(lw: str) -> bool:
    return lw.endswith("s") and lw[:-1] in TITLE_WORDS and lw not in TITLE_WORDS


def _is_connector(w: str) -> bool:
    return w in _CONNECTOR_WORDS or w in _CONNECTORS


def _is_acronym(w: str) -> bool:
    core = w.replace(".", "").replace("&", "")
    if "-" in core and "." in w:  # "A.F.L.-C.I.O."
        core = core.replace("-", "")
    return 2 <= len(core) <= (10 if "." in w else 6) and core.isalpha() and core.isupper()


def _is_initial(w: str) -> bool:
    return len(w) == 2 and w[1] == "." and w[0].isupper()


def _trim_role_front(role: str) -> str:
    """Keep the role phrase from its first modifier or capitalised word on."""
    words = role.split()
    k = 0
    for i, w in enumerate(words):
        lw = w.lower()
        if w[0].isupper() or lw in ROLE_MODIFIERS or re.fullmatch(_ROLE_NOUNS + "s?", lw):
            k = i
            break
    else:
        k = len(words) - 1
    # the shortest tail that is modifiers, capitalised words and the noun
    tail = words[k:]
    j = len(tail) - 1
    while j > 0:
        w = tail[j - 1]
        lw = w.lower()
        if w[0].isupper() or lw in ROLE_MODIFIERS or w.endswith(("’s", "'s")):
            j -= 1
            continue
        break
    return " ".join(tail[j:])


def _singular_head(role: str) -> str:
    """The role of one person where the phrase describes several ("Ted Cruz, sons of Cuban
    immigrants", "Republican senators John McCain and Lindsey Graham"): each holds the role
    in the singular, so the head noun ending the phrase loses its plural."""
    words = role.split(" ")
    head = words[-1]
    low = head.lower()
    if low in _IRREGULAR_PLURAL_ROLES:
        words[-1] = head[: -len("men")] + "man"
    elif low.endswith("s") and low[:-1] in _SINGULAR_ROLE_WORDS and low not in HONORIFICS:
        words[-1] = head[:-1]
    return " ".join(words)


def _norm_role(role: str) -> str:
    role = re.sub(r"\s+", " ", role).strip(" ,")
    words = role.split(" ")
    # a capitalised sentence opener is not part of the role: "While White House press secretary"
    while len(words) > 1 and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words)
