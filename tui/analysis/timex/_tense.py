"""The reference tense around a time expression: does the sentence look back or ahead?

News uses an unmarked weekday or month for both ("met on Tuesday", "will meet on
Thursday"); the verbs nearest to the expression in its sentence decide which way it
resolves. Reporting verbs ("said", "told") are weak: "talks will resume Monday, officials
said" looks ahead, so they count only when nothing else in the sentence does.
"""

from __future__ import annotations

import re

from tui.analysis.timex._message import MESSAGE_NOUNS

PAST, FUTURE = "past", "future"

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")

_FUTURE = frozenset(
    """will wo shall 'll ’ll would scheduled schedule due expected expects expect plans plan planning
    intends intend set upcoming tomorrow aims hopes hope going""".split()
)
_PAST = frozenset(
    """was were had did ago yesterday last earlier previously met held spoke told took made came went
    began left saw gave found led fell rose won lost got sent brought thought began began knew
    became broke chose drew drove ate flew forgot froze hid hit hurt kept lay paid put quit ran rang
    read sat sank shot shut sang slept sold spent stood stole struck swore swept swam taught tore threw
    understood woke wore wrote bought sought fought caught built heard meant felt dealt fled hung shook
    withdrew arose grew blew""".split()
)
#: irregular past forms (the regular ones end in -ed)
PAST_VERBS = _PAST - frozenset("was were had did ago yesterday last earlier previously".split())
# verbs that look ahead when an infinitive follows: "agreed to buy the bank in January", "was to
# leave on Thursday", "plans to vote in May" (the infinitive's event lies after the verb's time)
_PROSPECTIVE = frozenset(
    """agreed agree agrees agreement agreements plans plan planned planning decided decide decides expected expects expect
    hopes hope hoped intends intend intended aims aim wants want wanted voted vote votes promised
    promise promises pledged pledge pledges vowed vow vows threatened threatens prepared preparing ready
    set scheduled due slated likely going seeks seek proposed proposes was were is are""".split()
)
_TO_VERB = re.compile(
    r" to (?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|that\b|them\b|him\b|us\b|me\b|it\b)[a-z]"
)
# ("sales this year through August" report the year so far: "through" after a period)
_AHEAD = re.compile(
    r"(?:\b(?:until|till|by|effective|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than)"
    r"|(?<!year)(?<!years)(?<!months)(?<!quarter)(?<!period)(?<!far)\s+through)\s+$",
    re.I,
)
_BEHIND = re.compile(r"\b(?:since|dated)\s+$", re.I)
_MESSAGE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{MESSAGE_NOUNS})\b", re.I)
_MODALS = frozenset("will would shall 'll".split())
# obligation and possibility look ahead like "will": "the party must support her in November",
# "they can vote on Tuesday" (but "may have met on Tuesday" looks back: see _HAVE_AFTER)
_WEAK_FUTURE = frozenset("must should can may might could".split())
# "could" is also the past of "can": negated ("could not be reached for comment Saturday",
# "Neither he nor his aides could be located Wednesday") it tells what did not happen
_NOT_AFTER = re.compile(r"(?:\s+not\b|n['’]t\b)", re.I)
_NEGATIVE_BEFORE = re.compile(r"\b(?:neither|nor|never|no\s+one|nobody|none)\b", re.I)


def _past_could(sentence: str, start: int, end: int) -> bool:
    """Whether the "could" at ``start:end`` is negated, a past of "can"."""
    return bool(
        _NOT_AFTER.match(sentence, end)
        or _NEGATIVE_BEFORE.search(sentence, max(0, start - 60), start)
    )


_HAVE_AFTER = re.compile(r"\s+(?:not\s+)?have\b", re.I)
# a word that makes the "-ed" word after it an adjective: "a still unspecified date"
_DETERMINERS = frozenset(
    "a an the this that these those its his her their our my your still".split()
)
_PERFECT = re.compile(r"\b(?:had|was|were|did)\b", re.I)
_GOVERNS = frozenset(
    "be been being to will would shall can could may might must should 'll".split()
)
# verbs that set or move a deadline: what they govern lies ahead even in the past tense
# ("extended the loans through January", "postponed the vote until March")
_DEADLINE_VERBS = frozenset(
    """extended extend extends postponed postpone delayed delay deferred defer adjourned adjourn
    recessed suspended suspend pushed moved set gave give granted grant allowed allow""".split()
)
_GOVERNS_PARTICIPLE = frozenset("be been being is are am will to".split())


_UNTIL_BY = re.compile(r"\b(?:until|till|by|through)\s+$", re.I)


def _past_verb(sentence: str, start: int, stop: int, pos: int, end: int) -> bool:
    """Whether a verb in the simple past other than one that sets a deadline, and no modal,
    stands in ``start:stop`` outside the expression at ``pos:end``: "He stayed in office
    until March", "By late summer, she looked vulnerable", "paid the loan by February" look
    back (the caller passes the clause before the expression, or the clause a fronted
    expression opens)."""
    prev, past = "", False
    for m in _WORD.finditer(sentence, start, stop):
        w, before, prev = m.group(0).lower(), prev, m.group(0).lower()
        if w in _MODALS or w.endswith("'ll"):
            return False  # "will almost double its flights by August"
        if pos <= m.start() < end or w in _DEADLINE_VERBS or before in _GOVERNS_PARTICIPLE:
            continue  # "will be completed by March": a participle, not a past
        if w in PAST_VERBS or (_ed_word(w) and before not in _DETERMINERS):
            past = True
    return past


def _ed_word(w: str) -> bool:
    """Whether ``w`` is a regular past form or participle ("sued", "died", "announced")."""
    return len(w) > 3 and w.endswith("ed") and not w.endswith("eed") and w not in _ED_NOT_PAST


_REPORTING = frozenset("said told added noted announced stated reported according".split())
# words that end in -ed without being past-tense verbs
_ED_NOT_PAST = frozenset("hundred red bed bred shed sled united based aged".split())


def sentence_tense(
    sentence: str, pos: int, end: int | None = None, reported: bool = False
) -> str | None:
    """PAST, FUTURE or None for the expression at ``pos:end``: the verbs of its clause first,
    then of the clause it opens, then of its sentence.

    "The two sides met on Tuesday and are scheduled to meet again on Wednesday": each date
    takes the tense of its own clause; a fronted "In January, the commissioner ruled ..."
    takes the clause it opens; a clause without any cue defers to the whole sentence.
    """
    end = pos if end is None else end
    cs, ce = _clause(sentence, pos, end)
    scope_end = ce
    if (
        _FRONTED.fullmatch(sentence, cs, pos)
        and sentence[end:ce].strip() == ""
        and ce < len(sentence)
    ):
        scope_end = _clause(sentence, ce + 1, ce + 1)[1]  # "Until Monday, the police had ..."
    # a deadline or an earliest date right before the expression looks ahead: "until 9 a.m.
    # Tuesday", "as soon as Tuesday", "pay the loan by February", "effective Feb. 1"
    # (but "until Thursday, they had not called him a suspect" looks back: a past perfect in
    # the clause the expression governs; one in another clause, "The sale, which had been
    # expected, is part of a plan to pay the loan by February", does not count)
    if not reported and _AHEAD.search(sentence, max(0, pos - 14), pos):
        # (a fronted expression governs the rest of its sentence: "By Monday morning, the
        # grim, if now familiar, ritual had begun")
        governed_end = scope_end if scope_end == ce else _part(sentence, pos, end)[1]
        if not _PERFECT.search(sentence, cs, governed_end) and not (
            _UNTIL_BY.search(sentence, max(0, pos - 10), pos)
            and _past_verb(sentence, cs, pos if scope_end == ce else governed_end, pos, end)
        ):
            return FUTURE
    if _BEHIND.search(sentence, max(0, pos - 8), pos) or _MESSAGE_AFTER.match(sentence, end):
        # "since Monday", "a letter dated Feb. 4", "in a Jan. 4 tweet": behind the writer
        return PAST
    if _LOOK_PAST.search(sentence, max(0, pos - 40), pos):
        return FUTURE  # "Clinton looked way past November": what lies beyond it is ahead
    if _present_in_time_clause(sentence, cs, pos) or _present_in_time_clause(sentence, end, None):
        return FUTURE
    if cs > 0 or scope_end < len(sentence):
        t = _tense(sentence[cs:ce], pos - cs, end - cs, reported, modals=True)
        if t is None and scope_end > ce:
            t = _tense(sentence[cs:scope_end], pos - cs, end - cs, reported, modals=True)
        if t is not None:
            return t
    # obligation and possibility ("must", "can") speak for their own clause only: in "ruled
    # that he must be returned, and set Friday as the deadline" Friday is not ahead; and a
    # colon or a dash ends what the verbs may speak for ("After Tuesday night, his chance
    # rests on one thing: that delegates will overturn the vote" does not look ahead)
    ss, se = _part(sentence, pos, end)
    return _tense(
        sentence[ss:se], pos - ss, end - ss, reported, modals=cs == 0 and ce == len(sentence)
    )


_STRONG = re.compile(r"[;:—–]|\s-{1,2}\s")
# looking beyond a time puts it ahead: "looked way past November", "plans beyond 2020"
_LOOK_PAST = re.compile(
    r"\b(?:look|looks|looked|looking|think|thinks|thinking|plan|plans|planning)\s+"
    r"(?:(?:way|far|well|even)\s+)?(?:past|beyond)\s+$",
    re.I,
)
# English puts a clause of time or condition about the future in the present tense: "when the
# case is heard in May", "endorsing Clinton on Thursday after the president meets Sanders"
_TIME_CLAUSE = re.compile(
    r"\s*,?\s*(?:after|before|when|once|until|till|unless|if|as\s+soon\s+as)\s+"
    r"(?P<rest>(?:[^,;:.!?—–-]|\w-\w){0,80})",
    re.I,
)
# "is", "are", "has", or a verb in -s after its subject ("the president meets", "Cruz wins",
# "he speaks"; not the plural noun of "after days of protests")
_PRESENT = re.compile(
    r"\b(?:is|are|has|have)\b|(?:\b(?:he|she|it)|\b[A-Z][a-z]+|\bthe\s+[a-z]+)\s+[a-z]{2,}[^s'’\W]s\b(?!\s+(?:of|to)\b)"
)
_NOT_PRESENT = re.compile(
    r"\b(?:was|were|had|did|would|could|might|should|will|[a-z]{3,}ed|%s)\b|['’]d\b"
    % "|".join(sorted(_PAST)),
    re.I,
)


# a verb in the present tense with its subject: "they try", "Republicans splinter", "the
# president meets", "often does not translate"; not "has" / "have" (a perfect looks back)
_PRESENT_MAIN = re.compile(
    r"\b(?:is|are|does|do)\b(?!\s+(?:not\s+)?(?:have|been)\b)"
    r"|\b(?:they|we|you|I|[A-Z][a-z]+s)\s+(?:(?:also|still|often|usually|now|all)\s+)?"
    r"(?!(?:and|or|in|of|on|at|to|for|with|from|who|that|which|have|had|were)\b)[a-z]{3,}(?<!ed)\b"
    r"|(?:\b(?:he|she|it)|\b[A-Z][a-z]+|\b(?i:the)\s+(?:(?!of\b)[a-z]+\s+)?[a-z]+)"
    r"\s+[a-z]{2,}[^s'’\W]s\b(?!\s+(?:of|to)\b)"
)
_PRESENT_REPORTING = re.compile(
    r"\b(?:says|say|tells|tell|adds|notes|writes|argues|claims|insists|explains|reports|"
    r"recalls|acknowledges|admits|thinks|believes|contends|according)\b",
    re.I,
)


# "has" / "have" before a participle (not before its object: "Republicans have 24 seats up in
# November", "has a rally in May", "have to win in November")
_PERFECT_PRESENT = re.compile(
    r"(?:\b(?:has|have|hasn['’]t|haven['’]t)|['’]ve)\s+(?:\w+ly\s+)?"
    r"(?!(?:a|an|the|no|some|many|more|few|little|enough|his|her|their|its|our|my|your|this|that"
    r"|these|those|any|every|to|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z]",
    re.I,
)


def present_looks_ahead(sentence: str, pos: int, end: int) -> bool:
    """Whether the sentence around ``pos:end`` is all in the present tense, where a bare month
    or season is one to come: "if Republicans splinter and lose in the fall", "a lead often
    does not translate into a victory in November"."""
    rest = _around(sentence, pos, end)
    return _no_past_nor_reporting(rest) and _PRESENT_MAIN.search(rest) is not None


def _around(sentence: str, pos: int, end: int) -> str:
    """The stretch of the sentence around ``pos:end`` (see ``_part``) without the expression."""
    ss, se = _part(sentence, pos, end)
    return sentence[ss:pos] + " " + sentence[end:se]


def _no_past_nor_reporting(rest: str) -> bool:
    """No past, modal, perfect ("prices have come down from October") or reporting verb
    ("says Monday": broadcast news reports in the present) in ``rest``."""
    return not (
        _PRESENT_REPORTING.search(rest)
        or _PERFECT_PRESENT.search(rest)
        or _NOT_PRESENT.search(_PARTICIPLE.sub("", rest))
    )


# a verb of a scheduled event in the present, ahead of a weekday in its clause: news gives
# the calendar in it ("Wisconsin holds its primary on Tuesday", "Democrats vote in Arizona",
# "he speaks at a Vatican conference on Friday"); not reporting, not a headline's "wins"
_SCHEDULED = re.compile(
    r"\b(?:holds?|meets?|begins?|opens?|starts?|votes?|hosts?|travels?|visits?|heads?|returns?"
    r"|resumes?|debates?|speaks?|testif(?:y|ies)|convenes?|closes?|ends?|arrives?|leaves?"
    r"|rall(?:y|ies)|goes|go|plays?|faces?)\b",
    re.I,
)
# a word before which those are nouns: "their first joint campaign appearance", "the debates"
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|first|last|next|final)"
    r"|['’]s)\s+(?:\w+\s+)?$",
    re.I,
)


def scheduled_ahead(sentence: str, pos: int, end: int) -> bool:
    """Whether a present verb of a scheduled event governs the weekday at ``pos:end`` (see
    ``_SCHEDULED``) in a sentence with no past, perfect or reporting verb."""
    cs, ce = _clause(sentence, pos, end)
    verbs = [
        m
        for m in _SCHEDULED.finditer(sentence, max(cs, pos - 60), pos)
        if not _NOUN_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
    ]
    return bool(verbs) and _no_past_nor_reporting(_around(sentence, pos, end))


_PARTICIPLE = re.compile(r"\b(?:is|are|has|have|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+", re.I)
_CONJ_BEFORE = re.compile(r"\b(?:when|once|until|till|unless|if|as\s+soon\s+as)\s+$", re.I)


def _present_in_time_clause(sentence: str, start: int, end: int | None) -> bool:
    """Whether a clause of time or condition with a verb in the present tense holds the
    expression (the clause opens at ``start``, the expression at ``end``) or, with ``end``
    None, follows it right at ``start``."""
    m = _TIME_CLAUSE.match(sentence, start)
    if m is not None:
        rest = m["rest"] if end is None else sentence[m.start("rest") : max(end, m.start("rest"))]
    elif end is not None and _CONJ_BEFORE.search(sentence, max(0, start - 14), start):
        rest = sentence[start:end]  # the clause split at its "when"
    else:
        return False
    if end is not None and _STRONG.search(rest):
        return False  # "unless he wins - something aides say is possible after Tuesday"
    # a participle after a present auxiliary is no past: "when the case is heard"
    return (
        _PRESENT.search(rest) is not None and _NOT_PRESENT.search(_PARTICIPLE.sub("", rest)) is None
    )


def _part(sentence: str, pos: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence between the strong breaks (colon, semicolon, dash) around
    ``pos:end``."""
    ss = 0
    for m in _STRONG.finditer(sentence, 0, pos):
        ss = m.end()
    after = _STRONG.search(sentence, end)
    return ss, (after.start() if after else len(sentence))


#: what may open a clause before a fronted time expression: "In January, ...", "Until Monday, ..."
_FRONTED = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}", re.I)


def _clause(sentence: str, pos: int, end: int) -> tuple[int, int]:
    """The start and end of the clause around ``pos:end``."""
    cs = 0
    for m in _CLAUSE.finditer(sentence, 0, pos):
        cs = m.end()
    after = _CLAUSE.search(sentence, end)
    return cs, (after.start() if after else len(sentence))


_CLAUSE = re.compile(
    r"[;:,()—–“”\"]|\s(?:and|but|while|whereas|which|who|because|although|though|when|if|unless)\s",
    re.I,
)


def _tense(sentence: str, pos: int, end: int, reported: bool, modals: bool = True) -> str | None:
    """PAST, FUTURE or None for the expression at ``pos:end`` (indices into ``sentence``).

    The nearest cue wins; cues to the right of the expression count at half weight, reporting
    verbs and "-ed" words (which may be adjectives) are slightly discounted. With ``reported``,
    the future-in-the-past "would" and deadline words ("they would be released by March 10")
    do not count as future: reported deadlines are often already behind the writer.
    """
    best: tuple[float, str] | None = None
    prev = ""
    for m in _WORD.finditer(sentence):
        if pos <= m.start() < end:  # the expression's own words ("next" in "July next year")
            continue
        w = m.group(0).lower().replace("’", "'")
        governed, determined, prev = prev in _GOVERNS, prev in _DETERMINERS, w
        if governed and w not in _MODALS:
            continue  # "will be held", "had been due": the auxiliary decides, not the participle
        if reported and w == "would":
            continue
        if w.endswith("'ll"):
            kind = FUTURE
        elif w in _WEAK_FUTURE:
            if not modals or m.group(0) == "May" or _HAVE_AFTER.match(sentence, m.end()):
                continue
            if w == "could" and (m.start() > pos or _past_could(sentence, m.start(), m.end())):
                continue
            kind = FUTURE
        elif (
            w in _PROSPECTIVE
            and m.start() < pos
            and _TO_VERB.match(sentence, m.end())
            and not _pluperfect(sentence, m.start())
        ):
            # "agreed to acquire ... in January", "was to leave on Thursday" (but "had been
            # scheduled to expire", and "On Friday, the government planned to pay" dates the plan)
            kind = FUTURE
        elif w == "ahead":
            if not (
                _AHEAD_OF_TIME.search(sentence, max(0, m.start() - 24), m.start())
                or sentence[m.end() : m.end() + 3] == " of"
            ):
                continue  # "Trump was ahead in the polls": a lead, not a time to come
            kind = FUTURE
        elif w in _FUTURE:
            kind = FUTURE
            if w in ("set", "plan", "plans", "due"):  # "set to", "plans to": not "vacation plans"
                if not sentence[m.end() : m.end() + 3] == " to":
                    continue
        elif (
            w in ("planned", "slated") and m.start() < pos and _PLANNED_OBJ.match(sentence, m.end())
        ):
            # "protesters planned a march on Saturday", "slated for September" (not "the
            # hastily planned trip", "as previously planned")
            kind = FUTURE
        elif w in _REPORTING:
            kind = PAST
        elif w in _PAST:
            kind = PAST
        elif determined and w.endswith("ed"):
            continue  # "a still unspecified date", "the expected merger": an adjective
        elif w[-2:] == "ed" and _ed_word(w):
            # a past verb or a participle used as an adjective ("unspecified date"); a verb for
            # sure when a clause or an object follows ("ruled that", "announced the")
            kind = PAST if _VERB_OBJECT.match(sentence, m.end()) else "ed"
        else:
            continue
        if m.start() <= pos:
            dist = float(pos - m.end())
        else:
            # English puts the verb before its time adverbial ("announced on Sunday, adding
            # they will..."): cues after the expression count half as much
            dist = float(m.start() - end) * 2
        if w in _REPORTING:
            dist = dist + 6  # "said Friday" counts; "will meet Friday, he said" looks ahead
        elif kind == "ed":
            kind = PAST
            dist = dist * 2 + 4
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best is not None else None


_VERB_OBJECT = re.compile(r"\s+(?:that|the|his|her|their|its|a|an)\s", re.I)
# "the weeks ahead", "go ahead with", "looking ahead to" (and "ahead of the weekend")
_AHEAD_OF_TIME = re.compile(
    r"\b(?:days|weeks|months|years|year|week|month|time|go|goes|going|went|look|looks|looking|move|moving|plan|planning|press|pressing|push|pushing)\s+$",
    re.I,
)
_PLANNED_OBJ = re.compile(r" (?:a|an|to|for|on)\b")
_HAD = re.compile(r"\bhad\b(?:\s+\w+){0,2}\s*$", re.I)


def _pluperfect(sentence: str, pos: int) -> bool:
    """Whether "had" governs the verb at ``pos``: "had been scheduled to", "had planned to"."""
    return _HAD.search(sentence, max(0, pos - 30), pos) is not None
