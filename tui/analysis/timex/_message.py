"""Messages quoted with their own date: their relative dates count from that date.

News quotes e-mails, letters and posts written on another day than the article: "In a
March 2, 2015 e-mail, she wrote: 'I'll call you tomorrow'" (tomorrow is March 3, 2015);
an embedded post ends with its author and date ("... released 100 prisoners today.
pic.twitter.com/x — ONSC (@NSCAfghan) April 8, 2020": today is April 8); a quotation
whose attribution names the day it was said ("'Today, 20 prisoners will be released,' the
spokesman announced on Sunday": today is that Sunday). :func:`regions` finds such passages
and the day each was written; the tagger resolves what lies inside against that day.
"""

from __future__ import annotations

import re

from tui.analysis.timex._cand import Cand

#: what a dated message is called: "in a March 2 e-mail", "a letter dated Feb. 4"
MESSAGE_NOUNS = (
    "e-mail|email|e-mails|emails|tweet|tweets|post|posting|letter|memo|memorandum|message|"
    "text message|note|statement|blog post|facebook post|cable|dispatch"
)
_DAY = re.compile(r"(\d{4}-\d\d-\d\d)$")
_NOUN_AFTER = re.compile(rf"\s*(?:{MESSAGE_NOUNS})\b", re.I)
DATED_BEFORE = re.compile(rf"\b(?:{MESSAGE_NOUNS})\s*,?\s+dated\s+$", re.I)
#: an embedded post's signature before its date: "— ONSC Press (@NSCAfghan) "
_SIGNATURE_BEFORE = re.compile(r"[—–]\s*[^\n—–]{1,80}\(@\w{1,30}\)\s*$")
_SPEECH = (
    r"said|says|told|wrote|tweeted|posted|announced|added|declared|stated|insisted|warned|"
    r"explained|replied|responded|texted|e-mailed|emailed"
)
#: what may stand between a quotation's end and the day its attribution names: "' the
#: spokesman announced via Twitter on ", "' he said "
_ATTRIBUTION = re.compile(
    rf"[,.!?]?\s*[”\"'’]+\s*(?:[\w.'’-]+\s+){{0,8}}?(?:{_SPEECH})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:on\s+)?$",
    re.I,
)
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH})\b", re.I)
_OPEN_QUOTE = re.compile(r"[“\"]|``|''(?=\w)")
_CLOSE_QUOTE = re.compile(r"[”\"]|''")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"])|\n")
_PARAGRAPH_START = re.compile(r"\n\s*\n|^", re.M)


def regions(text: str, chosen: list[Cand]) -> list[tuple[int, int, str]]:
    """(start, end, day) of each passage of ``text`` written on ``day`` (YYYY-MM-DD) rather
    than on the article's date, found from the day-level expressions ``chosen`` beside
    them; passages do not overlap, earlier ones win."""
    found: list[tuple[int, int, str]] = []
    for c in chosen:
        day = _DAY.match(c.value) if c.type == "DATE" else None
        if day is None:
            continue
        span = _message_after(text, c) or _post_before(text, c) or _quote_before(text, c)
        if span and span[0] < span[1] and not any(s < span[1] and span[0] < e for s, e, _ in found):
            found.append((span[0], span[1], day.group(1)))
    return sorted(found)


def _message_after(text: str, c: Cand) -> tuple[int, int] | None:
    """ "in a March 2, 2015 e-mail, she wrote ...", "a letter dated Feb. 4 said ...": the
    quotation that follows in that sentence or right after it, else the rest of the sentence."""
    noun = _NOUN_AFTER.match(text, c.end)
    if noun:
        start = noun.end()
    elif "dated" in text[max(0, c.start - 8) : c.start] and DATED_BEFORE.search(
        text, max(0, c.start - 40), c.start
    ):
        start = c.end
    else:
        return None
    end = _sentence_end(text, start)
    q = _OPEN_QUOTE.search(text, start, min(len(text), end + 3))
    if q is None:
        return start, end
    close = _CLOSE_QUOTE.search(text, q.end(), min(len(text), q.end() + 3000))
    return q.start(), (close.end() if close else end)


def _post_before(text: str, c: Cand) -> tuple[int, int] | None:
    """An embedded post: its paragraph up to the "— Author (@handle)" signature dated ``c``."""
    if "(@" not in text[max(0, c.start - 40) : c.start]:
        return None
    sig = _SIGNATURE_BEFORE.search(text, max(0, c.start - 100), c.start)
    if sig is None:
        return None
    start = 0
    for m in _PARAGRAPH_START.finditer(text, max(0, sig.start() - 3000), sig.start()):
        start = m.end()
    return start, sig.start()


def _quote_before(text: str, c: Cand) -> tuple[int, int] | None:
    """ "'Today, 20 prisoners will be released,' the spokesman announced on Sunday": the
    quotation its attribution dates."""
    lo = max(0, c.start - 120)
    window = text[lo : c.start]
    if not ("”" in window or '"' in window or "''" in window or "’ " in window):
        return None  # no quotation ends shortly before
    if not _SPEECH_VERB.search(text, lo, c.start):
        return None  # no one is said to have said anything shortly before
    attr = _ATTRIBUTION.search(text, lo, c.start)
    if attr is None:
        return None
    close = attr.start()
    while close > 0 and text[close - 1] in ",.!? ":
        close -= 1
    open_ = _last_open_quote(text, max(0, close - 1500), attr.start())
    return (open_, attr.start() + 1) if open_ is not None else None


def _last_open_quote(text: str, lo: int, hi: int) -> int | None:
    last = None
    for m in _OPEN_QUOTE.finditer(text, lo, hi):
        last = m.start()
    return last


def _sentence_end(text: str, start: int) -> int:
    m = _SENTENCE_END.search(text, start, min(len(text), start + 600))
    return m.end() if m else min(len(text), start + 600)
