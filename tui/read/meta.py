"""Metadata helpers shared by the readers: outlets, dates, bylines, datelines, captions.

Everything here works on short strings and is bounded: each regex is applied to a
capped prefix of its input, and no pattern nests quantifiers over unbounded text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from urllib.parse import urlsplit

from tui.read.repair import collapse_spaces
from tui.words import MONTHS

# --------------------------------------------------------------------------- outlets

# The known outlets are in :mod:`tui.read.outlet_table` (looked up through
# :mod:`tui.read.outlets`); anything not listed falls back to the page's own
# ``og:site_name`` / publisher, a copyright line, or the bare domain ("example.com").

# Second-level labels under which a country registers names ("bbc.co.uk", "abc.net.au").
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "go", "or", "ne", "gob", "nic"}


def url_host(url: str | None) -> str | None:
    if not url or len(url) > 4000:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def registrable_domain(host: str) -> str:
    """``www.news.bbc.co.uk`` -> ``bbc.co.uk``; ``abcnews.go.com`` -> ``go.com``; an IP
    address stays whole (``127.0.0.1``, not ``0.1``)."""
    import ipaddress

    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        pass
    parts = [p for p in host.lower().split(".") if p]
    if len(parts) <= 2:
        return ".".join(parts)
    if len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def outlet_for_host(host: str | None) -> str | None:
    """The name of the known outlet a host belongs to, or None when not listed."""
    from tui.read.outlets import builtin_table

    row = builtin_table().for_host(host)
    return row.name if row else None


def outlet_from_url(url: str | None) -> str | None:
    """Outlet from the table, else the registrable domain itself."""
    host = url_host(url)
    if not host:
        return None
    return outlet_for_host(host) or registrable_domain(host)


def majority_link_domain(urls: list[str]) -> str | None:
    """The registrable domain most absolute links point to (a page links home most)."""
    counts: Counter[str] = Counter()
    for u in urls[:5000]:
        host = url_host(u)
        if host:
            counts[registrable_domain(host)] += 1
    if not counts:
        return None
    dom, n = counts.most_common(1)[0]
    return dom if n >= 2 and n >= 0.3 * sum(counts.values()) else None


_COPYRIGHT_RE = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"([A-Z][\w&.'’ -]{1,80}?)\s*(?:,?\s*(?:Company|Co\.|Inc\.?|LLC|Ltd\.?|Limited|Corporation|Corp\.?|plc|GmbH))?"
    r"\s*(?:[.,|]|All rights|$)",
    re.I,
)


def outlet_from_copyright(text: str) -> str | None:
    """ "© 2020 The New York Times Company" -> "The New York Times"."""
    m = _COPYRIGHT_RE.search(text[:300])
    if not m:
        return None
    name = collapse_spaces(m.group(1)).strip(" .,-")
    name = re.sub(
        r"\s+(?:Company|Co|Inc|LLC|Ltd|Limited|Corporation|Corp|plc|GmbH)$", "", name, flags=re.I
    )
    if (
        len(name) < 2
        or name.lower() in {"all rights reserved", "copyright"}
        or not name[0].isalpha()
    ):
        return None
    return name


# --------------------------------------------------------------------------- dates

_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
MONTH_RE = _MONTH_RE

# ISO 8601 date at the start of a metadata value: "2020-04-07T10:01:00-04:00", "2020-04-07".
_ISO_RE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_COMPACT_RE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:T|\b|$)")
# "April 7, 2020", "Apr. 7 2020", "Updated April 7, 2020 10:01 AM ET"
_MDY_RE = re.compile(r"\b(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
# "7 April 2020", "07 Apr 2020"
_DMY_RE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_RE + r")\.?,?\s+(\d{4})\b", re.I
)
# "04/07/2020" is ambiguous between US and European order; only year-first numbers are used.
_YMD_SLASH_RE = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")


def _mk(y: int, m: int, d: int) -> _dt.date | None:
    if not (1000 <= y <= 2999):
        return None
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def parse_iso_date(value: str | None) -> _dt.date | None:
    """The date at the start of an ISO-8601 value (metadata), or None."""
    if not value or not isinstance(value, str):
        return None
    value = value[:64]
    m = _ISO_RE.match(value) or _ISO_COMPACT_RE.match(value)
    if m:
        return _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def parse_any_date(value: str | None) -> _dt.date | None:
    """ISO first, then a written date anywhere in a short string."""
    if not value or not isinstance(value, str):
        return None
    d = parse_iso_date(value)
    if d:
        return d
    return find_written_date(value)


def find_written_date(text: str) -> _dt.date | None:
    """The first written-out full date in a short text ("April 7, 2020", "7 April 2020")."""
    text = text[:500]
    best = None
    for rx, order in ((_MDY_RE, "mdy"), (_DMY_RE, "dmy"), (_YMD_SLASH_RE, "ymd")):
        m = rx.search(text)
        if not m:
            continue
        if order == "mdy":
            mo, d, y = month_number(m.group(1)), int(m.group(2)), int(m.group(3))
        elif order == "dmy":
            d, mo, y = int(m.group(1)), month_number(m.group(2)), int(m.group(3))
        else:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        date = _mk(y, mo or 0, d) if mo else None
        if date and (best is None or m.start() < best[0]):
            best = (m.start(), date)
    return best[1] if best else None


def is_date_line(text: str) -> bool:
    """A line that is a date stamp, not a sentence: "April 7, 2020", "Updated Nov. 19,
    2019 8:21 am ET", "Published 7 April 2020" (but not "On April 7, 2020, they left.")."""
    words = len(text.split())
    if words > 12 or not find_written_date(text):
        return False
    return words <= 4 or not text.rstrip().endswith((".", "!", "?", '"', "”"))


# --------------------------------------------------------------------------- bylines

# "By Mujib Mashal", "By Jane Doe and John Roe", "By JANE DOE, Associated Press"
_BYLINE_RE = re.compile(r"^\s*(?:Written\s+)?By:?\s+(.{2,160})$", re.I | re.S)
_NAME_STOP_RE = re.compile(
    r"\s*(?:\||•|·|—|–|\bUpdated\b|\bPublished\b|\bPosted\b|\bon\s+"
    + _MONTH_RE
    + r"|\b"
    + _MONTH_RE
    + r"\.?\s+\d)",
    re.I,
)


_AUTHOR_PREFIX_RE = re.compile(
    r"^(?:(?:Written|Posted|Published|Analysis|Opinion|Commentary|Review|Reporting|Reported|Story|Words|Text|Column|Interview)\s+)?"
    r"by:?\s+",
    re.I,
)
# " on Monday", " - 2019", " 2 hours ago", "; Editing by John Roe" after a name
_AUTHOR_SUFFIX_RE = re.compile(
    r"(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*|\s+[-–—|]\s*\d{4}\b.*|\s+\d+\s+(?:minutes?|hours?|days?)\s+ago\b.*"
    r"|\s*;\s*(?:edit|writ|additional|compiled|graphics|photos?)\w*\b.*)$",
    re.I,
)


def parse_byline(text: str) -> str | None:
    """ "By Jane Doe and John Roe | Reuters" -> "Jane Doe and John Roe"; None if not a byline."""
    head = text[:300].lstrip()
    if not head or head[0] not in "BbWw":
        return None  # a byline opens with "By" or "Written by" (quick test)
    text = collapse_spaces(text[:300])
    m = _BYLINE_RE.match(text)
    if not m:
        return None
    return clean_author(m.group(1))


def clean_author(name: str | None) -> str | None:
    """Tidy an author string from metadata or a byline; None when it is not a name."""
    if not name or not isinstance(name, str):
        return None
    name = collapse_spaces(name[:300])
    # "By", "Posted by", "Analysis by", "Reporting by" ...
    name = _AUTHOR_PREFIX_RE.sub("", name)
    stop = _NAME_STOP_RE.search(name)
    if stop and stop.start() > 0:
        name = name[: stop.start()]
    name = _AUTHOR_SUFFIX_RE.sub("", name)
    name = name.strip(" ,;:-|")
    if not name or len(name) > 120 or "://" in name or "@" in name and " " not in name:
        return None
    if not any(c.isalpha() for c in name):
        return None
    words = name.split()
    if len(words) > 14:
        return None
    # a byline names people: at least one capitalised word
    if not any(w[:1].isupper() for w in words):
        return None
    return name


# --------------------------------------------------------------------------- datelines

# News datelines open the first paragraph: "April 12 (UPI) --", "KABUL, Afghanistan
# (Reuters) -", "WASHINGTON —", "LONDON, April 12 (AP) —". The place is written in capitals
# (wire style) or as "City, Country"; the agency sits in parentheses; a dash ends it.
_DASH = r"(?:--|—|–|-|:)"
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z/&.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)\)"
_PLACE = r"(?P<place>[A-Z][A-Z'.-]{1,30}(?: [A-Z][A-Z'.-]{1,30}){0,3}(?:, [A-Z][A-Za-z'.-]{1,30}(?: [A-Z][A-Za-z'.-]{1,30}){0,2})?)"
_DATE_PART = r"(?P<month>" + _MONTH_RE + r")\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?"
_DATELINE_RES = (
    # [PLACE, ]Month Day[, Year] (AGENCY) --
    re.compile(
        r"^(?:"
        + _PLACE
        + r",?\s+)?"
        + _DATE_PART
        + r"\s*(?:/[^/\n]{1,40}/\s*)?"
        + _AGENCY
        + r"\s*"
        + _DASH
        + r"\s"
    ),
    # PLACE (AGENCY) --
    re.compile(r"^" + _PLACE + r"\s*" + _AGENCY + r"\s*" + _DASH + r"\s"),
    # PLACE, Month Day --   /   PLACE --   (no agency)
    re.compile(r"^" + _PLACE + r"(?:,\s+" + _DATE_PART + r")?\s*(?:--|—|–)\s"),
    # (AGENCY) -- at the very start
    re.compile(r"^" + _AGENCY + r"\s*" + _DASH + r"\s"),
)


def parse_dateline(paragraph: str) -> dict | None:
    """The dateline at the start of a paragraph as
    ``{"month", "day", "year", "place", "agency"}``."""
    head = paragraph[:200]
    for rx in _DATELINE_RES:
        m = rx.match(head)
        if not m:
            continue
        g = m.groupdict()
        place = g.get("place")
        if place and rx is _DATELINE_RES[2] and not g.get("month"):
            # a place alone must be written in capitals to count ("WASHINGTON —"),
            # or be "City, Country" ("KABUL, Afghanistan —")
            first = place.split(",")[0]
            if not (first.isupper() and len(first) >= 3):
                continue
        month = month_number(g["month"]) if g.get("month") else None
        day = int(g["day"]) if g.get("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year = int(g["year"]) if g.get("year") else None
        return {
            "month": month,
            "day": day,
            "year": year,
            "place": place,
            "agency": g.get("agency"),
            "end": m.end(),
        }
    return None


def agency_outlet(agency: str | None) -> str | None:
    """The outlet a dateline's agency names ("AP" -> "The Associated Press"), else as written."""
    from tui.read.outlets import builtin_table

    if not agency:
        return None
    row = builtin_table().named(agency)
    return row.name if row else agency


# --------------------------------------------------------------------------- captions

# Photo credits as news sites write them under pictures: "Photo by Ghulamullah
# Habibi/EPA-EFE", "(AP Photo/Rahmat Gul)", "Credit: Reuters", "Photograph: AFP via Getty
# Images", "Rahmat Gul/Associated Press", "Getty Images".
_CREDIT_RES = (
    re.compile(
        r"\b(?:Photo|Photograph|Picture|Image|Video|Illustration)s?\s*(?:by|:|credit:?|courtesy(?: of)?)\s+\S",
        re.I,
    ),
    re.compile(r"\((?:AP|AFP|Reuters|EPA|UPI|Xinhua)\s+Photos?\b", re.I),
    re.compile(r"\bCredit(?:s)?\s*(?::|\.\.\.|…)", re.I),
    re.compile(
        r"\b(?:Getty\s+Images|Shutterstock|AFP\s+via\s+Getty|EPA-EFE|iStock(?:photo)?|Alamy|Pool\s+Photo)\b"
    ),
    re.compile(
        r"/\s*(?:AP|AFP|Reuters|EPA|EPA-EFE|UPI|Xinhua|Associated Press|Anadolu Agency|Getty Images)\s*\)?\s*$"
    ),
    re.compile(r"^\s*(?:File\s+)?Photo\s*:", re.I),
)


def looks_like_caption(text: str) -> bool:
    """A photo caption or credit: a photo-credit cue in a short text, or ending it."""
    text = text.strip()
    if not text or len(text) > 600:
        return False
    tail = text[-160:]
    for rx in _CREDIT_RES:
        if rx.search(tail):
            return True
    return False


# A credit that closes a caption paragraph: "... on March 10. Photo by Ghulamullah
# Habibi/EPA-EFE", "... in Kabul. (AP Photo/Rahmat Gul)", "... Credit: Reuters".
_END_CREDIT_RE = re.compile(
    r"(?:\b(?:Photo|Photograph|Picture|Image)s?\s*(?:by\s|:|©|credit:?|courtesy(?: of)?\s)\s*[^.!?\"“”]{2,80}"
    r"|\((?:AP|AFP|Reuters|EPA|UPI|Xinhua|Getty)[^()]{0,60}\)"
    r"|\bCredits?\s*(?::|\.\.\.|…)\s*[^.!?\"“”]{2,80}"
    r"|/\s*(?:AP|AFP|Reuters|EPA|EPA-EFE|UPI|Xinhua|Associated Press|Anadolu Agency|Getty Images|Shutterstock))"
    r"\s*\.?\s*$",
    re.I,
)


# Every credit above holds one of these (in lowercase ASCII): a paragraph without any is
# not searched (the search is slow: it is tried at every position of the tail).
_CREDIT_CUE_RE = re.compile(
    r"photo|picture|image|credit|/|\((?:ap|afp|reuters|epa|upi|xinhua|getty)"
)


# The only letters that re.I matches to ASCII letters other than their ASCII selves:
# İ ı (i), ſ (s), K (Kelvin, k). A text without them matches an ASCII pattern under
# re.I exactly where its lowercase form holds the lowercase pattern.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def ends_with_credit(text: str) -> bool:
    """A paragraph that closes with a photo credit is a caption, not body text."""
    text = text.strip()
    if not 0 < len(text) <= 800:
        return False
    tail = text[-200:]
    if tail.isascii() or not any(c in tail for c in _ODD_FOLDS):
        if _CREDIT_CUE_RE.search(tail.lower()) is None:
            return False
    return bool(_END_CREDIT_RE.search(tail))
