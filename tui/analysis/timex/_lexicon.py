"""Words of English news time expressions: months, weekdays, numbers, units."""

from __future__ import annotations

from tui.words import MONTHS as MONTHS  # read by the tagger from here
from tui.words import TENS_WORDS, UNITS_WORDS

MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
# abbreviations need their period ("Feb. 29"), which keeps "Mar", "Jan" as names out
MONTH_ABBR = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# ... or without it right before a day number ("Sept 11", "Jan 5")
MONTH_RE = rf"(?:(?:{MONTH_FULL})\b|(?:{MONTH_ABBR})\.|(?:{MONTH_ABBR})(?=\s\d{{1,2}}\b))"

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
WEEKDAY_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY_ABBR = "Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
# "Sunday", "Sunday's", "Tues." (abbreviations only with their period)
WEEKDAY_RE = rf"(?:(?:{WEEKDAY_FULL})(?![a-z])|(?:{WEEKDAY_ABBR})\.)"

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

_UNITS_ALT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS_WORDS)
#: a cardinal in words or digits: "two", "twenty four", "twenty-four", "a hundred", "two
#: thousand", "14", "1.5"
NUMBER_RE = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?(?![\d,])"
    rf"|(?:a|one|two|three|four|five)[ -](?:hundred|thousand)"
    rf"|(?:{_TENS_ALT})(?:[ -](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:{_UNITS_ALT}))"
)
#: vague or indefinite quantities ("several years", "a few days", "a couple of weeks")
VAGUE_RE = r"(?:(?:a\s+)?couple\s+of|a\s+few|several|few|many|some|a\s+number\s+of|dozens\s+of|hundreds\s+of|the\s+few)"


def parse_number(s: str) -> float | None:
    """The value of a NUMBER_RE match (None when it is vague)."""
    s = s.strip().lower().replace(",", "")
    if not s:
        return None
    if s[0].isdigit():
        try:
            return float(s)
        except ValueError:
            return None
    if s in ("a", "an"):
        return 1
    for word, size in (("hundred", 100), ("thousand", 1000)):
        if s.endswith(word):
            head = s[: -len(word)].strip(" -")
            return size * (1 if head in ("a", "one") else UNITS_WORDS.get(head, 1))
    parts = s.replace("-", " ").split()
    if parts[0] in TENS_WORDS:
        return TENS_WORDS[parts[0]] + (UNITS_WORDS.get(parts[1], 0) if len(parts) > 1 else 0)
    return UNITS_WORDS.get(parts[0])


#: unit word -> (TimeML unit letter, is a time-of-day unit, multiplier)
UNITS = {
    "second": ("S", True, 1),
    "sec": ("S", True, 1),
    "minute": ("M", True, 1),
    "min": ("M", True, 1),
    "hour": ("H", True, 1),
    "hr": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "year": ("Y", False, 1),
    "yr": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
    "quarter": ("Q", False, 1),
}
UNIT_RE = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?"
    r"|years?|yrs?|decades?|century|centuries|quarters?)"
)


def unit_of(word: str) -> tuple[str, bool, int] | None:
    w = word.lower()
    if w == "centuries":
        w = "century"
    elif w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    return UNITS.get(w)


#: vague value letters for "several years" -> PXY
VAGUE_UNIT = {"S": "PTXS", "H": "PTXH", "D": "PXD", "W": "PXW", "Y": "PXY", "Q": "PXQ"}


#: words that count before a noun: "two", "dozens of", "million"; with digits, the start of a
#: quantity in "four flights a week", "$5 million a year", "15 million instructions per second"
QUANTITY_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens "
    "hundreds thousands millions billions several many few"
).split()
#: words that cannot sit between a quantity and the "a week" of its rate ("lost 5 pounds in a
#: week" is a length, not a rate)
NOT_IN_RATE = frozenset(
    "in within for over during after before by than about at to from on is was are were be been "
    "a an the this that ago and or but".split()
)
#: how often something happens before "a week": "twice a week", "three times a day"
FREQUENCY_WORDS = ("once", "twice", "thrice", "times")

#: ordinals that number a day of something: "the eighth day of the strike", "the 99th day"
DAY_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth hundredth last final"
).split()

#: people named by what they are now: "the current president", "currently vice president"
#: (the word marks the holder, not a time: TimeML leaves it)
ROLE_NOUNS = frozenset(
    """president presidents chairman chairwoman chair chief ceo executive executives director
    directors head leader leaders manager managers minister ministers secretary governor
    governors mayor senator senators representative champion champions titleholder member
    members owner owners employee employees staff officials official holder holders coach
    speaker prime vice spokesman spokeswoman commander ambassador editor partner partners
    students players residents occupants tenants""".split()
)

#: what "today's" describes as the present age, not one day: "today's world", "today's youth"
GENERIC_PRESENT = frozenset(
    """world society youth generation generations economy culture politics era age standards
    children kids teenagers young consumers families parents students workers women men
    market markets marketplace technology media democrats republicans conservatives liberals
    computers cars industry business america americans europe china""".split()
)

_ORDINAL_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
#: a day of the month in words (transcripts): "March eighth", "the twenty-first of May"
DAY_WORDS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
DAY_WORDS.update({"twentieth": 20, "thirtieth": 30})
for _i, _w in enumerate(_ORDINAL_UNITS[:9]):
    DAY_WORDS[f"twenty-{_w}"] = DAY_WORDS[f"twenty {_w}"] = 21 + _i
DAY_WORDS["thirty-first"] = DAY_WORDS["thirty first"] = 31

#: what a person is, written in lower case right before a name: "author Wednesday Martin",
#: "the columnist April Glaspie"; a weekday or month word after it is a given name
NAME_ROLES = (
    "author writer novelist columnist essayist poet playwright memoirist journalist actress "
    "actor singer songwriter rapper model artist painter photographer comedian anthropologist "
    "sociologist historian blogger designer socialite"
).split()
#: works "by" a person: "a memoir by Wednesday Martin", "a column by April Ryan" (a deadline
#: "by Wednesday" follows a verb or a task, not one of these)
AUTHORED_WORKS = (
    "book books memoir novel essay column op-ed poem biography play film documentary photo "
    "photograph painting song album article articles"
).split()
#: the part of the day after a weekday ("Wednesday Morning" in a headline is no name)
DAY_PARTS = frozenset("morning afternoon evening night overnight noon midnight".split())
#: the second word of a newspaper's name after a weekday: "The Sunday Times", "the Sunday
#: Telegraph", "The Friday Times"
NEWSPAPER_HEADS = frozenset(
    "times telegraph express mirror herald independent tribune star mail age observer "
    "gazette chronicle journal".split()
)
#: capitalised words that make a weekday a named day: "Good Friday", "Bloody Sunday", "Black
#: Monday", "Super Tuesday" (a named day is no nearest weekday; see the holiday rule)
NAMED_DAY_WORDS = "Good Black Super Cyber Easter Palm Ash Bloody Holy Maundy Giving".split()
