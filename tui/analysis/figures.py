"""Quantities in news text: "5,000 Taliban prisoners", "at least 20 members of the Afghan
security forces", "$1 billion in aid", "nearly 2 million people", "12 percent".

``find_figures(text) -> list[Figure]`` is pure and deterministic; every span indexes
exactly ``text``. A figure carries

- ``value`` (an int when whole, else a float) for a single number, or ``None`` for a range
  ("20 to 30 people") or a vague plural ("thousands of prisoners"), which give ``low`` and
  ``high`` instead (``high`` may be None: "thousands" has no upper bound);
- ``unit``: the currency symbol (``$``, ``€``, ``£``...), ``%``, a measure (``km``, ``tons``)
  or the counting noun as written, lower-cased ("prisoners", "members");
- ``head``: what is counted, as a simple lemma of one noun. The rule: the last noun of the
  counted noun phrase, singular ("5,000 Taliban prisoners" -> ``prisoner``); through a
  partitive ("20 members of the Afghan security forces", "300 of its prisoners") the noun of
  the of-phrase (``force``, ``prisoner``); for money the noun of "in/of aid" when there is
  one (``aid``), else None;
- ``qualifiers``: the words in front of the head inside that phrase ("Taliban",
  "pro-government", "Afghan", "security");
- ``hedge``: the approximator in front ("up to", "around", "some", "at least", "more than",
  "nearly", ...), or None;
- ``event``: what the clause says happened to the counted things, from a small lexicon of
  news verbs: ``killed``, ``wounded``, ``released``, ``held``, ``displaced``, ``infected``,
  or None.

What is not a figure: years ("in 2001"), calendar dates ("March 10", "April 8, 2020"),
clock times ("10:30", "9 a.m."), ordinals ("1st"), durations and ages ("14 months",
"two-hour", "25-year-old"; the timeline owns those), phone-number-like and code-like tokens
("555-123-4567", "COVID-19", "F-16", "3K3qa2"), designators ("Flight 370", "Resolution
2231", "No. 2"), and the lone word "one" or a number without a counted noun, money sign or
percent ("at 34"): such a number says nothing comparable on its own.

The work is bounded: candidates come from one linear regex scan, and each looks at a fixed
window of characters around it.
"""

from __future__ import annotations

import re

from tui.model import Figure
from tui.words import MONTHS, TENS_WORDS, UNITS_WORDS, WEEKDAYS

__all__ = ["find_figures", "lemma", "interval", "HEDGES"]

_WINDOW = 160  # characters looked at on each side of a number
#: Numbers examined per text. A real article has dozens; a hostile one (a table of a
#: million numbers) stops here, with the figures found so far.
MAX_CANDIDATES = 20_000
_MAX_NP_WORDS = 6  # words of a counted noun phrase

# --------------------------------------------------------------------------- number words

_UNITS = {**UNITS_WORDS, **TENS_WORDS}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
_SCALE_ABBR = {
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "k": 1_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
# Vague plurals: "dozens of", "hundreds of", "thousands of", "tens of thousands of" ...
# as (low, high) bounds.
_VAGUE = {
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 1_999),
    "thousands": (2_000, None),
    "tens of thousands": (20_000, 199_999),
    "hundreds of thousands": (200_000, 1_999_999),
    "millions": (2_000_000, None),
    "billions": (2_000_000_000, None),
}

_NUMWORD = "|".join(
    sorted(list(_UNITS) + list(_SCALES) + ["dozen"], key=len, reverse=True)
    + ["a(?=[ -](?:dozen|hundred|thousand|million|billion|trillion)\\b)"]
)
# a scale abbreviation may stick to the digits ("$3bn", "$20m"); _figure_at keeps it only after
# money
_ABBR_OK = r"(?!(?:bn|mn|tn|trn|m|k|b)\b)"
_VAGUE_WORDS = (
    "tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|billions"
)


def _first_letters(alternation: str) -> str:
    """A lookahead on the letters the words of ``alternation`` start with: at every other
    word the scan fails at once instead of trying each word in turn (twice as fast on
    prose; it matches exactly what it matched before)."""
    return (
        "(?=[" + "".join(sorted({w[0] for w in re.findall(r"(?:^|\|)([a-z])", alternation)})) + "])"
    )


# One scan finds every candidate: digits (with thousands separators and decimals), a run of
# number words ("twenty-five", "two hundred", "a dozen"), or a vague plural ("thousands of").
_CANDIDATE = re.compile(
    r"(?P<digits>(?<![\w.,/:#@-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!" + _ABBR_OK + r"[\w,/:]|\.\d)"
    r"|(?<![\w.,/:#@-])\d+(?:\.\d+)?(?!" + _ABBR_OK + r"[\w/:]|[.,]\d))"
    r"|(?P<words>\b"
    + _first_letters(_NUMWORD)
    + r"(?:"
    + _NUMWORD
    + r")(?:(?:[ -]|\s+and\s+)(?:"
    + _NUMWORD
    + r")){0,5}\b)"
    r"|(?P<vague>\b" + _first_letters(_VAGUE_WORDS) + r"(?:" + _VAGUE_WORDS + r")\s+of\b)",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- lexicons

# Approximators in front of a number, longest first, with the kind of bound they give.
HEDGES: dict[str, str] = {
    "up to": "upper",
    "as many as": "upper",
    "as much as": "upper",
    "no more than": "upper",
    "not more than": "upper",
    "at most": "upper",
    "a maximum of": "upper",
    "fewer than": "upper",
    "less than": "upper",
    "under": "upper",
    "below": "upper",
    "at least": "lower",
    "more than": "lower",
    "over": "lower",
    "upwards of": "lower",
    "in excess of": "lower",
    "no fewer than": "lower",
    "no less than": "lower",
    "a minimum of": "lower",
    "above": "lower",
    "well over": "lower",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "approx.": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "more or less": "approx",
    "circa": "approx",
    "an approximate": "approx",
    "nearly": "near",
    "almost": "near",
    "close to": "near",
    "just under": "near",
    "just over": "lower",
    "just shy of": "near",
}
_HEDGE_BEFORE = re.compile(
    r"(?<![\w-])(?P<h>"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)

_CURRENCY_SIGNS = {
    "$": "$",
    "us$": "$",
    "a$": "A$",
    "c$": "C$",
    "nz$": "NZ$",
    "hk$": "HK$",
    "€": "€",
    "£": "£",
    "¥": "¥",
    "₹": "₹",
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "rs": "Rs",
    "rs.": "Rs",
}
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?:US|A|C|NZ|HK)?\$|[€£¥₹]|\b(?:USD|EUR|GBP|Rs\.?) ?)\s?$"
)
_CURRENCY_WORDS = {
    "dollar": "$",
    "dollars": "$",
    "euro": "€",
    "euros": "€",
    "pound": "£",
    "pounds": "£",
    "sterling": "£",
    "yen": "¥",
    "yuan": "yuan",
    "rupees": "₹",
    "rupee": "₹",
    "afghanis": "afghanis",
    "rubles": "rubles",
    "roubles": "rubles",
    "francs": "francs",
}
_PERCENT_AFTER = re.compile(
    r"\s?%|\s+(?:per\s?cent|percent)\b|\s+percentage\s+points?\b", re.IGNORECASE
)
_MEASURES = {
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "miles": "miles",
    "mile": "miles",
    "meters": "m",
    "metres": "m",
    "meter": "m",
    "metre": "m",
    "kg": "kg",
    "kilograms": "kg",
    "kilogram": "kg",
    "tons": "tons",
    "tonnes": "tons",
    "ton": "tons",
    "tonne": "tons",
    "acres": "acres",
    "hectares": "hectares",
    "barrels": "barrels",
    "liters": "l",
    "litres": "l",
    "gallons": "gallons",
    "feet": "feet",
    "foot": "feet",
    "sq": "sq",
}
# Time units: a number of them is a duration (the timeline's business), and "two-hour",
# "25-year-old" are adjectives, not counts.
_TIME_UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    century centuries night nights weekend weekends quarter quarters term terms am pm a.m. p.m. o'clock
    spring springs summer summers autumn autumns winter winters season seasons semester semesters""".split()
)
_MONTHS = frozenset(MONTHS)
_WEEKDAYS = frozenset(WEEKDAYS)
# Words after which a number names something rather than counting it ("Flight 370",
# "Resolution 2231", "No. 2", "Boeing 737", "Article 5").
_DESIGNATORS = frozenset(
    """flight route article resolution section chapter room building highway road street avenue boeing airbus
    windows iphone model type apollo terminal gate level phase number no no. vol vol. page pp p. grade category
    class platform channel track episode season part book act title amendment bill proposition prop district
    ward precinct camp block unit battalion brigade division regiment squad cell row seat line bus interstate
    paragraph clause rule code version covid covid-19 sars kb mb gb ward lot tower
    """.split()
)
# Nouns that follow a number without being what a reporter counts as a fact.
_NOT_COUNTED = frozenset(
    """side sides time times way ways thing things part parts hand hands point points reason reasons kind kinds
    sort sorts type types option options word words each other others one ones another half thirds fourths
    fifths percent per cent""".split()
)
# Function words that end a counted noun phrase.
_STOP = frozenset(
    """a an the and or but nor of in on at to for from by with without as into onto over under about after
    before between during since until than then that this these those there here it its is are was were be
    been being has have had do does did will would shall should can could may might must not no so such
    who whom whose which what when where why how he she they them their his her him we us our you your i me
    my said says say told tells according including include includes included while if because per each
    both all any some more most less few many other another own same also just only even still yet again
    very too across among against along around amid within via""".split()
)
# Nouns that count parts of a group: the group is what is counted ("members of the forces").
_PARTITIVE = frozenset(
    """member members group groups batch batches number numbers total totals contingent contingents team teams
    band bands handful unit units dozen dozens""".split()
)
# Function words that may modify a counted noun: "133 other people", "20 more prisoners".
_NP_MODIFIERS = frozenset("other more additional fewer".split())
# After a number, the trailing words that end a phrase although they are not function words:
# adverbs of place and manner ("114,000 deaths worldwide").
_ADVERBS = frozenset(
    "worldwide nationwide globally overall apiece altogether ago later earlier back".split()
)
_PLURAL_IRREGULAR = {
    "people": "people",
    "persons": "people",
    "person": "people",
    "children": "child",
    "men": "man",
    "women": "woman",
    "police": "police",
    "personnel": "personnel",
    "staff": "staff",
    "lives": "life",
    "wives": "wife",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "aircraft": "aircraft",
    "crew": "crew",
    "militia": "militia",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "casualties": "casualty",
    "dead": "dead",
    "wounded": "wounded",
    "injured": "injured",
    "elderly": "elderly",
    "homeless": "homeless",
    "aid": "aid",
    "news": "news",
    "series": "series",
    "species": "species",
}
# Singular -s words that are not plurals.
_NOT_PLURAL_S = frozenset(
    "bus gas news series species status virus chaos basis crisis analysis thesis".split()
)

# What happened to the counted things, from the clause around the number.
_EVENTS = [
    (
        "killed",
        r"kill(?:s|ed|ing)?|dead|died|dies|deaths?|death\s+toll|slain|massacred|lost\s+their\s+lives|fatalit(?:y|ies)",
    ),
    ("wounded", r"wound(?:s|ed|ing)?|injur(?:ed|ies|y|ing)|hurt"),
    (
        "released",
        r"releas(?:e|es|ed|ing)|free(?:s|d|ing)?|swap(?:s|ped)?|exchang(?:e|es|ed|ing)"
        r"|hand(?:ed)?\s+over|pardon(?:s|ed)?",
    ),
    (
        "held",
        r"held|hold(?:s|ing)?|detain(?:s|ed|ing)?|captur(?:e|es|ed|ing)|abduct(?:s|ed|ing)?"
        r"|kidnap(?:s|ped|ping)?|arrest(?:s|ed|ing)?|jail(?:s|ed)?|imprison(?:s|ed)?|custody|captivity",
    ),
    ("displaced", r"displac(?:e|ed|ing)|fled|flee(?:ing)?|evacuat(?:e|ed|ing)|homeless"),
    ("infected", r"infect(?:s|ed|ing|ions?)|tested\s+positive|confirmed\s+cases"),
]
_EVENT_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _EVENTS) + r")\b", re.IGNORECASE
)
# Head nouns that carry their own event: "114,000 deaths", "30 casualties", "500 infections".
_HEAD_EVENTS = {
    "death": "killed",
    "fatality": "killed",
    "dead": "killed",
    "body": "killed",
    "casualty": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "injury": "wounded",
    "infection": "infected",
}
# How far (characters) an event word may be from the figure. Killing and wounding verbs
# govern a whole clause ("a roadside bomb killed at least seven civilians, including six
# children"); "release" and "hold" have many other objects ("the campaign released its
# figures", "held a rally"), so they count only right next to the figure ("release 5,000
# prisoners", "100 prisoners were released", "1,000 troops held by the group").
_EVENT_REACH = {"released": 15, "held": 15}
_DISEASE = re.compile(
    r"\b(?:virus|coronavirus|covid|infect\w*|positive|outbreak|epidemic|pandemic|disease|cholera|"
    r"measles|ebola|flu|influenza|confirmed)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?]\s|[.;!?]$|\n")

# a word: an abbreviation with periods ("U.S.", "U.N."), or letters with apostrophes and
# inner hyphens ("pro-government", "Taliban's"), else one other character
_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9][A-Za-z'’]*)*|\S")


# --------------------------------------------------------------------------- helpers


def lemma(word: str) -> str:
    """A simple singular, lower-cased: prisoners -> prisoner, casualties -> casualty,
    people -> people, forces -> force, children -> child, buses -> bus."""
    w = word.lower().replace("’", "'")
    if w in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[w]
    if w in _NOT_PLURAL_S or len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zzes")) or (
        w.endswith("uses") and not w.endswith("causes")
    ):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_PARTITIVE_LEMMAS = frozenset(lemma(w) for w in _PARTITIVE)


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _PLURAL_IRREGULAR:
        return w != "person"
    if "'" in w or "’" in w:  # a possessive ("Elian's") is a modifier
        return False
    return (
        w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and w not in _NOT_PLURAL_S
        and len(w) > 2
    )


def _number(v: float) -> int | float:
    if v == int(v) and abs(v) < 1e18:
        return int(v)
    return round(v, 6)


def _parse_words(s: str) -> float | None:
    """ "twenty-five" -> 25, "two hundred" -> 200, "a dozen" -> 12, "three million" -> 3e6."""
    tokens = [t for t in re.split(r"[\s-]+", s.lower()) if t and t != "and"]
    if not tokens:
        return None
    total = current = 0
    seen = False
    last_small = None  # the last unit/teen/tens word added since a scale word
    for i, t in enumerate(tokens):
        if t in _UNITS and last_small is not None:
            # "twenty-five" is a number; "nineteen ninety-one" (a year) and "two three" are not
            if not (last_small % 10 == 0 and last_small >= 20 and _UNITS[t] < 10):
                return None
        if t in _UNITS:
            last_small = _UNITS[t]
        elif t != "a":
            last_small = None
        if t == "a":
            if i + 1 < len(tokens) and tokens[i + 1] in (
                "dozen",
                "hundred",
                "thousand",
                "million",
                "billion",
                "trillion",
            ):
                current = max(current, 1)
                continue
            return None
        if t == "dozen":
            current = (current or 1) * 12
            seen = True
        elif t in _UNITS:
            current += _UNITS[t]
            seen = True
        elif t == "hundred":
            current = (current or 1) * 100
            seen = True
        elif t in _SCALES:
            total += (current or 1) * _SCALES[t]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def interval(fig: Figure) -> tuple[float, float]:
    """The values a figure allows, given its hedge: "up to 5,000" -> (0, 5000); "at least 20"
    -> (20, inf); "around 1,000" -> (850, 1150); "nearly 2 million" -> (1.7e6, 2e6)."""
    inf = float("inf")
    if fig.value is None:
        lo = float(fig.low) if fig.low is not None else 0.0
        hi = float(fig.high) if fig.high is not None else inf
        return lo, hi
    v = float(fig.value)
    kind = HEDGES.get((fig.hedge or "").lower())
    if kind == "upper":
        return 0.0, v
    if kind == "lower":
        return v, inf
    if kind == "approx":
        return v * 0.85, v * 1.15
    if kind == "near":
        return v * 0.85, v
    return v, v


# --------------------------------------------------------------------------- extraction


def find_figures(text: str) -> list[Figure]:
    """Every quantity mention in ``text`` with its unit, head noun, hedge and event."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Figure] = []
    last_end = 0
    for n, m in enumerate(_CANDIDATE.finditer(text)):
        if n >= MAX_CANDIDATES:
            break
        if m.start() < last_end:
            continue
        try:
            fig = _figure_at(text, m, out[-1] if out else None)
        except (ValueError, OverflowError, IndexError):
            fig = None
        if fig is None:
            continue
        if out and fig.start < out[-1].end:
            continue
        # "killed 258 people, including 12 Americans": a part shares the whole's event
        if out and out[-1].event and _PART_OF.fullmatch(text, out[-1].end, fig.start):
            fig.event = out[-1].event
        out.append(fig)
        last_end = fig.end
    return out


# Between a figure and a bare number that shares its noun: a short stretch of one sentence
# ending in a conjunction or a from/to/versus ("247 people in Kenya and 10", "450 stores from").
_PARALLEL = re.compile(
    r"(?:\s+(?:in|at|on|for|among)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?\s*,?\s*"
    r"(?:and|or|while|but|from|to|versus|vs\.?|compared\s+with|against)\s+",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"\s*,?\s*(?:including|among them|among whom|of whom|of them|with)\s+", re.IGNORECASE
)


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    window = text[max(0, pos - 40) : pos]
    return re.findall(r"[A-Za-z][A-Za-z.'’-]*|\d+|[^\sA-Za-z\d]", window)[-n:]


def _figure_at(text: str, m: re.Match, prev: Figure | None = None) -> Figure | None:
    """The figure whose number ``m`` matched, or None when the number counts nothing (a
    date, a code, a bare number with nothing to compare it by). ``prev``: the figure just
    before, whose noun a bare parallel number shares."""
    parsed = _value_of(text, m)
    if parsed is None:
        return None
    value, low, high = parsed
    ns, ne = m.start(), m.end()
    unit, start = _currency_before(text, ns, value)
    if value is not None and unit is None and not _context_ok(text, ns, ne, m.group(0), value):
        return None
    scaled = _scaled(text, ne, value, unit)
    if scaled is None:
        return None
    value, end = scaled
    value, low, high, start, end = _range_after(text, start, end, value, low, high)
    pm = _PERCENT_AFTER.match(text[end : end + _WINDOW])
    if pm and unit is None:
        unit = "%"
        end += pm.end()
    hedge, start = _hedge_before(text, start)
    head, qual, np_end, unit = _counted(text, end, value, unit)
    end = max(end, np_end)
    event: str | None = None
    if unit is None and head is None:
        shared = _bare_count(text, start, end, prev, qual)
        if shared is None:
            return None
        unit, head, qual, event = shared
        if event:
            return _figure(text, start, end, (value, low, high), unit, head, hedge, qual, event)
    if unit == "%" and head is None:
        head, end = _percent_of(text, end)
    event = _HEAD_EVENTS.get(head or "") or _event_near(text, start, end)
    if head == "case" and _DISEASE.search(text, max(0, start - 80), min(len(text), end + 80)):
        event = "infected"  # "34 confirmed cases", "200 cases of the virus"
    # "others" counts more of what the sentence counted: only people in a casualty or
    # prisoner sentence
    if unit == "others" and event not in ("killed", "wounded", "held", "released", "displaced"):
        return None
    return _figure(text, start, end, (value, low, high), unit, head, hedge, qual, event)


def _figure(
    text: str,
    start: int,
    end: int,
    values: tuple[float | None, float | None, float | None],
    unit: str | None,
    head: str | None,
    hedge: str | None,
    qual: list[str],
    event: str | None,
) -> Figure:
    """The Figure of ``text[start:end]``; ``values``: (value, low, high), whole numbers as int."""
    value, low, high = values
    return Figure(
        start=start,
        end=end,
        text=text[start:end],
        value=None if value is None else _number(value),
        low=None if low is None else _number(low),
        high=None if high is None else _number(high),
        unit=unit,
        head=head,
        hedge=hedge,
        qualifiers=qual,
        event=event,
    )


_NOT_ALONE = frozenset("a one zero hundred thousand million billion trillion dozen".split())


def _value_of(text: str, m: re.Match) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) of the number ``m`` matched: digits, number words or a vague
    plural ("dozens of": no value, its bounds); None when it is no count."""
    ns, ne = m.start(), m.end()
    raw = m.group(0)
    if m.group("digits"):
        if not _digits_ok(text, ns, ne, raw):
            return None
        return float(raw.replace(",", "")), None, None
    if m.group("words"):
        words = raw.lower().split()
        # "a" alone, "one" alone and "a lot" are not figures; "a dozen", "a million" are
        if raw.lower() in _NOT_ALONE:
            return None
        if words[0] == "a" and words[-1] == "a":
            return None
        value = _parse_words(raw)
        if value is None:
            return None  # "a" followed by something that is not a scale
        # a hyphen after the words makes an adjective: "two-hour", "five-year"
        if ne < len(text) and text[ne] == "-":
            return None
        return value, None, None
    key = re.sub(r"\s+", " ", m.group("vague").lower())[: -len(" of")].strip()
    low, high = _VAGUE[key]
    return None, low, high


def _currency_before(text: str, ns: int, value: float | None) -> tuple[str | None, int]:
    """(currency, start of the figure) for a sign in front: "$1 billion", "US$5", "€20"."""
    before = text[max(0, ns - 6) : ns]
    cm = _CURRENCY_BEFORE.search(before) if value is not None else None
    if not cm:
        return None, ns
    unit = _CURRENCY_SIGNS.get(cm.group(0).strip().lower(), cm.group(0).strip())
    return unit, ns - (len(before) - cm.start())


def _scaled(
    text: str, end: int, value: float | None, unit: str | None
) -> tuple[float | None, int] | None:
    """(value, end) with a scale word after it: "1 billion", "2.5 million", "$3bn"; None
    for a letter glued to a number that is no money ("3m", "20k": a measure or a code)."""
    after = text[end : end + _WINDOW]
    if value is None:
        return value, end
    sm = re.match(
        r"(\s?)(hundred|thousand|million|billion|trillion|bn|mn|tn|trn|m|k|b)\b",
        after,
        re.IGNORECASE,
    )
    if not sm:
        return value, end
    word = sm.group(2).lower()
    if word in _SCALES:
        return value * _SCALES[word], end + sm.end()
    if unit is not None and not sm.group(1):  # abbreviations only right after money: "$3bn"
        return value * _SCALE_ABBR[word], end + sm.end()
    if unit is not None and word in ("bn", "mn", "tn", "trn"):
        return value * _SCALE_ABBR[word], end + sm.end()
    if not sm.group(1):
        return None
    return value, end


def _range_after(
    text: str, start: int, end: int, value: float | None, low: float | None, high: float | None
) -> tuple[float | None, float | None, float | None, int, int]:
    """(value, low, high, start, end) widened to a range: "20 to 30 people", "20-30
    people", "between 20 and 30" (a range has bounds and no value)."""
    if value is None:
        return value, low, high, start, end
    after = text[end : end + _WINDOW]
    rm = re.match(r"\s?(?:-|–|to|and)\s?(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:-])", after)
    lead = text[max(0, start - 30) : start]
    bm = re.search(r"\b(?:between|from)\s+$", lead, re.IGNORECASE)
    if not (
        rm
        and (rm.group(0).strip()[:1] in "-–" or bm or "to" in rm.group(0))
        and (bm or "and" not in rm.group(0))
    ):
        return value, low, high, start, end
    second = float(rm.group(1).replace(",", ""))
    if not value < second <= value * 100:
        return value, low, high, start, end
    scale_m = re.match(
        r"\s?(hundred|thousand|million|billion)\b",
        text[end + rm.end() : end + rm.end() + 12],
        re.I,
    )
    if scale_m:
        factor = _SCALES[scale_m.group(1).lower()]
        second *= factor
        if value < factor:
            value *= factor
    if bm:  # the span opens with "between" / "from"
        start -= len(lead) - bm.start()
    end += rm.end() + (scale_m.end() if scale_m else 0)
    return None, value, second, start, end


def _hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """(hedge, start of the figure with it): "at least", "nearly", "up to" in front."""
    hm = _HEDGE_BEFORE.search(text[max(0, start - 30) : start])
    if not hm:
        return None, start
    return hm.group("h").lower(), start - (min(start, 30) - hm.start())


_MONEY_SIGNS = ("$", "€", "£", "¥", "₹", "A$", "C$", "NZ$", "HK$", "Rs")


def _counted(
    text: str, end: int, value: float | None, unit: str | None
) -> tuple[str | None, list[str], int, str | None]:
    """(head, qualifiers, end of the phrase, unit) of what the number counts: the noun
    phrase after it, a currency word ("5,000 dollars in aid"), a measure ("5 miles")."""
    head, qual, np_end, counted_unit = _noun_phrase(text, end, value, unit)
    if counted_unit is not None:
        if counted_unit in _CURRENCY_WORDS:
            if unit is None:
                unit = _CURRENCY_WORDS[counted_unit]
                np_end = end + _word_end(text, end)
                # "5,000 dollars in aid"
                head, qual, np_end = _money_purpose(text, np_end, None, [])
            else:
                np_end = end
        elif counted_unit in _MEASURES and unit is None:
            unit = _MEASURES[counted_unit]
            head, qual = None, []
        elif unit is None:
            unit = counted_unit
    if unit in _MONEY_SIGNS and head is None:
        head, qual, np_end = _money_purpose(text, max(end, np_end), head, qual)
    return head, qual, np_end, unit


def _bare_count(
    text: str, start: int, end: int, prev: Figure | None, qual: list[str]
) -> tuple[str | None, str, list[str], str | None] | None:
    """(unit, head, qualifiers, event shared with ``prev``) of a number with no noun or
    unit, or None when nothing says what it counts."""
    # "killed at least 20", "the death toll rose to 34": the verb or the toll says what
    # is counted; any other bare number has nothing to compare it by
    head = _elliptic_head(text, start, end)
    if head is not None:
        return None, head, qual, None
    # "247 people in Kenya and 10 in Tanzania", "to 450 stores from 360": the number
    # shares the noun (and the event) of the figure just before it
    if prev is None or not prev.head or not _PARALLEL.fullmatch(text, prev.end, start):
        return None
    if text[end : end + 1].isalpha():
        return None
    return prev.unit, prev.head, list(prev.qualifiers), prev.event


def _percent_of(text: str, end: int) -> tuple[str | None, int]:
    """(head, end) of a percentage's whole: "40 percent of the voters"."""
    from itertools import islice

    found = islice(_WORD.finditer(text[end : end + _WINDOW]), 2 * _MAX_NP_WORDS + 4)
    toks = [(m.group(0), end + m.start(), end + m.end()) for m in found]
    if toks and toks[0][0].lower() == "of":
        h, _, e, _ = _of_phrase(toks[1:])
        if h is not None:
            return h, e
    return None, end


_CASUALTY_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\s+(?:(?:at\s+least|more\s+than|"
    r"over|about|around|some|nearly|almost|up\s+to|another|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(
    r"\b(?:death|casualty|fatality)\s+toll\s+(?:\w+\s+){0,3}?(?:to|at|of|is|was|stood\s+at|reached|hit)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def _elliptic_head(text: str, start: int, end: int) -> str | None:
    """What an elliptic count after a casualty verb or a toll counts ("people", "death")."""
    after = text[end : end + 2]
    if after[:1].isalpha():
        return None
    before = text[max(0, start - 60) : start]
    # the hedge is part of the figure already: look before it
    if _TOLL_BEFORE.search(before):
        return "death"
    if _CASUALTY_VERB_BEFORE.search(before):
        return "people"
    return None


def _word_end(text: str, pos: int) -> int:
    m = re.match(r"\s*[A-Za-z]+", text[pos : pos + 40])
    return m.end() if m else 0


def _money_purpose(text: str, pos: int, head, qual):
    """ "$1 billion in aid", "$20 million of funding", "$5 million for reconstruction"."""
    m = re.match(
        r"\s+(?:in|of|for|worth\s+of)\s+(?:new\s+|military\s+|economic\s+|foreign\s+|humanitarian\s+|US\s+|U\.S\.\s+)?"
        r"(aid|assistance|funding|funds|loans?|debt|revenue|sales|damages?|reconstruction|investment|"
        r"spending|bonds|grants?|relief|support|sanctions|cuts?|savings|profits?|losses|fines?|bail|ransom)\b",
        text[pos : pos + 80],
        re.IGNORECASE,
    )
    if m:
        return lemma(m.group(1)), qual, pos + m.end()
    return head, qual, pos


def _digits_ok(text: str, ns: int, ne: int, raw: str) -> bool:
    """Dates, times, years, phone numbers and codes are not figures."""
    plain = raw.replace(",", "")
    before = text[max(0, ns - 3) : ns]
    after = text[ne : ne + 12]
    # 555-123-4567, 10-12-2020, 3-2 (a score), 4/12
    if re.match(r"[-–/.]\d", after) and not re.match(r"[-–]\d{1,3}(?:,\d{3})*\s+[a-z]", after):
        return False
    if re.search(r"\d[-–/.]$", before) or before.endswith(("+", "#", "№")):
        return False
    if re.match(
        r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|o'clock|hrs\b|EST|EDT|BST)", after, re.IGNORECASE
    ):
        return False
    # "(555) 123" or digits separated by single spaces in a long run: phone-like
    if re.match(r" \d{3,4}[ -]\d{3,4}", after) or re.search(
        r"\(\d{3}\) ?$", text[max(0, ns - 7) : ns]
    ):
        return False
    if re.match(r"\.\d", after):  # version numbers 1.2.3
        return False
    if len(plain.split(".")[0]) > 15:  # a long run of digits is an identifier
        return False
    return True


def _context_ok(text: str, ns: int, ne: int, raw: str, value: float) -> bool:
    """Years, calendar dates, designators ("Flight 370"): the words around tell."""
    prev = _prev_words(text, ns, 3)
    p1 = prev[-1].lower() if prev else ""
    nxt = re.match(r"\s*([A-Za-z][A-Za-z.'’-]*)", text[ne : ne + 30])
    n1 = nxt.group(1).lower().rstrip(".") if nxt else ""
    # a calendar date: "March 10", "10 March", "April 8, 2020", "Feb. 29"
    if p1.rstrip(".") in _MONTHS or n1 in _MONTHS or n1 in _WEEKDAYS:
        return False
    if (
        p1 == ","
        and len(prev) >= 2
        and re.fullmatch(r"\d{1,2}", prev[-2])
        and re.fullmatch(r"\d{4}", raw)
    ):
        return False
    # a year: four digits 1000-2199 written without a separator, unless counted ("2000 prisoners")
    if re.fullmatch(r"1\d{3}|20\d{2}|21\d{2}", raw):
        if p1 in (
            "in",
            "since",
            "by",
            "until",
            "till",
            "from",
            "of",
            "the",
            "year",
            "early",
            "late",
            "mid",
            "before",
            "after",
            "during",
            "through",
            "to",
            "and",
            "or",
            "-",
            "–",
            "(",
            "'s",
            "fiscal",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "between",
            "for",
            "at",
            "on",
            "'",
            "’",
        ):
            return False
        if not (nxt and _is_plural(n1) and n1 not in _TIME_UNITS):
            return False
        if not (prev and prev[-1][:1].islower()) and not _HEDGE_BEFORE.search(
            text[max(0, ns - 30) : ns]
        ):
            return False  # "the Republican 2016 hopefuls", "2016 Democrats Call ...": a year as a modifier
    # a time of day, an age or a duration in words after: "14 months", "two-hour"
    if n1 in _TIME_UNITS or n1.split("-")[0] in _TIME_UNITS:
        return False
    if ne < len(text) and text[ne] == "-" and re.match(r"-[A-Za-z]", text[ne : ne + 2]):
        return False  # "25-year-old", "two-hour", "F-16s" handled by the lookbehind
    # a designator: "Flight 370", "Resolution 2231", "No. 2"
    if p1 in _DESIGNATORS or p1.rstrip(".") in _DESIGNATORS:
        return False
    # an ordinal written with a suffix never matches (the lookahead), nor does "COVID-19"
    return True


def _noun_phrase(text: str, pos: int, value, unit) -> tuple[str | None, list[str], int, str | None]:
    """(head lemma, qualifiers, end offset, counting noun as written) of the phrase after a
    number."""
    tokens = _tokens_after(text, pos)
    # a partitive with the number as pronoun: "300 of its prisoners", "20 of them"
    if tokens and tokens[0][0].lower() == "of" and value is not None:
        h, q, e, surface = _of_phrase(tokens[1:])
        if h is not None:
            return h, q, e, surface
        return None, [], pos, None
    if tokens and tokens[0][0].lower() == "others":
        # "killed 5 and wounded 30 others": more people (kept only with a casualty or
        # prisoner event, see _figure_at)
        return "people", [], tokens[0][2], "others"
    run, currency = _np_run(tokens)
    if currency is not None:
        return None, [], currency[1], currency[0]
    if not run:
        return None, [], pos, None
    head_i = _head_index(run, tokens, value)
    if head_i is None:
        return None, [], pos, None
    low = run[head_i][0].lower()
    if low in _NOT_COUNTED or low in _TIME_UNITS:
        return None, [], pos, None
    if low in _MEASURES:
        return None, [], run[head_i][2], low
    quals = [w for w, _, _ in run[:head_i]]
    end = _coordinated_end(tokens, run, head_i)
    # "members of the Afghan security forces": the group is what is counted
    if lemma(low) in _PARTITIVE_LEMMAS and head_i == len(run) - 1:
        k = tokens.index(run[head_i]) + 1
        if k < len(tokens) and tokens[k][0].lower() == "of":
            h, q, e, _ = _of_phrase(tokens[k + 1 :])
            if h is not None:
                return h, quals + q, e, low
    return lemma(low), quals, end, low


_Token = tuple[str, int, int]  # a word as written, its start and end in the text


def _tokens_after(text: str, pos: int) -> list[_Token]:
    """The words after ``pos``: enough for a phrase, "of", determiners and a second
    phrase; never more."""
    from itertools import islice

    window = text[pos : pos + _WINDOW]
    return [
        (m.group(0), pos + m.start(), pos + m.end())
        for m in islice(_WORD.finditer(window), 2 * _MAX_NP_WORDS + 4)
    ]


def _np_run(tokens: list[_Token]) -> tuple[list[_Token], tuple[str, int] | None]:
    """The words of the noun phrase that opens ``tokens`` (up to the clause that follows
    it), or a currency word that opens them ("5,000 dollars": the word and its end)."""
    run: list[_Token] = []
    for tok, s, e in tokens[:_MAX_NP_WORDS]:
        low = tok.lower()
        if not tok[0].isalpha() or (low in _STOP and low not in _NP_MODIFIERS):
            break
        if low in _CURRENCY_WORDS and not run:
            return [], (low, e)
        if run and _participle(tok):
            break  # "prisoners held by", "members representing": the clause begins
        run.append((tok, s, e))
    # trailing participles and adverbs are the clause, not the phrase: "prisoners held",
    # "deaths worldwide"
    while (
        len(run) > 1
        and (run[-1][0].lower().endswith(("ed", "ing", "ly")) or run[-1][0].lower() in _ADVERBS)
        and run[-1][0].lower() not in _PLURAL_IRREGULAR
    ):
        run.pop()
    return run, None


def _head_index(run: list[_Token], tokens: list[_Token], value) -> int | None:
    """Which word of ``run`` is the counted noun; None when there is none (or the count is
    of time: "five years")."""
    # the head: the first plural-looking word ("5,000 Taliban prisoners held ..."; a count's
    # noun is plural, and what follows it is the clause); with a value of one, the last word
    head_i = None
    for i in range(len(run)):
        w = run[i][0]
        if w.lower() in _TIME_UNITS:
            return None
        if _is_plural(w) or w.lower() in _MEASURES:
            head_i = i
            break
    if head_i is None and value is not None and value <= 1:
        head_i = len(run) - 1
    if head_i is None:
        head_i = _singular_head(run, tokens)
        if head_i is None:
            return None
    # a mass noun or a possessive in front of a plural is a modifier: "police officers",
    # "children's hospitals"
    while (
        head_i + 1 < len(run)
        and _is_plural(run[head_i + 1][0])
        and (
            run[head_i][0].lower() in _PLURAL_IRREGULAR
            or run[head_i][0].endswith(("'s", "’s", "s'", "s’"))
        )
    ):
        head_i += 1
    return head_i


def _singular_head(run: list[_Token], tokens: list[_Token]) -> int | None:
    """0 when the phrase's first word counts though not plural, else None."""
    # "10 Taliban were killed": one capitalised group name after the number (not a
    # person's name, "6 Ben Carson", nor an adjective, "five Northeastern and ...")
    k = tokens.index(run[-1]) + 1 if run else 0
    after = tokens[k][0] if k < len(tokens) else ""
    if (
        len(run) == 1
        and run[0][0][0].isupper()
        and run[0][0].lower() not in _MONTHS
        and run[0][0].lower() not in _WEEKDAYS
        and after.lower() not in ("and", "or", "&")
        and not after[:1].isupper()
    ):
        return 0
    if run[0][0].lower() in _MEASURES or run[0][0].lower() in _CURRENCY_WORDS:
        return 0
    return None


def _coordinated_end(tokens: list[_Token], run: list[_Token], head_i: int) -> int:
    """The end of the counted phrase, past a coordinated plural: "1,000 Afghan security
    forces and government officials held by ..." (the clause's verb comes after it)."""
    end = run[head_i][2]
    k = tokens.index(run[head_i]) + 1
    if head_i == len(run) - 1 and k + 1 < len(tokens) and tokens[k][0].lower() in ("and", "or"):
        for j in range(k + 1, min(len(tokens), k + 4)):
            w = tokens[j][0]
            if (
                not w[0].isalpha()
                or w.lower() in _STOP
                or _participle(w)
                or w.lower() in _PLURAL_IRREGULAR
            ):
                break
            if _is_plural(w):
                return tokens[j][2]
    return end


_DETERMINERS = frozenset("the its their his her our these those all whom".split())


def _of_phrase(tokens) -> tuple[str | None, list[str], int, str | None]:
    """The noun phrase after "of": determiners and possessives skipped."""
    i = 0
    while i < len(tokens) and tokens[i][0].lower() in _DETERMINERS:
        i += 1
    run: list[tuple[str, int, int]] = []
    for tok, s, e in tokens[i : i + _MAX_NP_WORDS]:
        low = tok.lower()
        if not tok[0].isalpha() or low in _STOP or low in HEDGES:
            break
        if run and _participle(tok):
            break
        run.append((tok, s, e))
    # the first plural noun is the head ("senior notes due Nov": notes)
    for j, (w, _, end) in enumerate(run):
        if _is_plural(w):
            if w.lower() in _NOT_COUNTED or w.lower() in _TIME_UNITS:
                return None, [], 0, None
            return lemma(w), [x for x, _, _ in run[:j]], end, w.lower()
    return None, [], 0, None


def _participle(tok: str) -> bool:
    """A lower-case -ing/-ed word: the start of a clause after a noun ("held", "representing")."""
    low = tok.lower()
    return (
        tok[:1].islower()
        and len(low) > 4
        and low.endswith(("ing", "ed"))
        and low not in _PLURAL_IRREGULAR
    )


def _event_near(text: str, start: int, end: int) -> str | None:
    """The event word nearest the figure inside its clause (up to 80 characters each side)."""
    left = text[max(0, start - 80) : start]
    cut = None
    for cm in _CLAUSE_END.finditer(left):
        cut = cm.end()
    if cut is not None:
        left = left[cut:]
    right = text[end : end + 80]
    right_end = _CLAUSE_END.search(right)
    if right_end:
        right = right[: right_end.start()]
    best: tuple[int, str] | None = None
    for m in _EVENT_RE.finditer(left):
        d = len(left) - m.end()
        name = m.lastgroup
        if name and d <= _EVENT_REACH.get(name, 80) and (best is None or d <= best[0]):
            best = (d, name)
    for m in _EVENT_RE.finditer(right):
        d = m.start()
        name = m.lastgroup
        if name and d <= _EVENT_REACH.get(name, 80) and (best is None or d < best[0]):
            best = (d, name)
            break
    return best[1] if best else None
