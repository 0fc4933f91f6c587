"""A small hand-built corpus full of hostile text, and checks shared by the export tests."""

from __future__ import annotations

import datetime as _dt
import re
from html.parser import HTMLParser

import pytest

from tui.model import (
    Actor,
    Article,
    Corpus,
    Mention,
    Quote,
    QuoteGroup,
    QuotePair,
    Ref,
    Role,
    Skipped,
    TimelineConflict,
    TimelineEntry,
    TimelineMention,
    Timex,
    TimexRef,
)

HOSTILE = [
    "[bold red]x[/]",
    "[@click=app.quit]",
    "[link=file:///etc/passwd]evil[/link]",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "| pipes |",
    "# heading",
    "\x1b[31mred\x1b[0m",
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m",
    "\u202egnp.exe",
    "\u2066isolate\u2069",
    '=HYPERLINK("http://evil.example","x")',
    "+1",
    "-2",
    "@SUM(A1:A2)",
    "<img src=x onerror=alert(1)>",
    "&lt;b&gt;entity&lt;/b&gt;",
    "see http://evil.example/a and www.evil.example or me@evil.example",
    "1. ordered",
    "> quoted",
    "*em* _em_ `code` ~~s~~",
]

#: a character no output may carry: ESC and the other C0 controls but tab/newline/CR, DEL,
#: C1 controls and the bidi controls
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

# The tags our own HTML uses; anything else in the output came from an article.
HTML_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "nav",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "code",
    "span",
    "mark",
    "ins",
    "del",
    "ul",
    "li",
    "section",
    "strong",
    "div",
}
# What CommonMark + tables + strikethrough renders from our Markdown (no "a": nothing is a link).
MD_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "em",
    "strong",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ul",
    "li",
    "code",
    "s",
}


def hostile_corpus() -> Corpus:
    body_parts, quotes, timexes, mentions = [], [], [], []
    pos = 0
    for i, h in enumerate(HOSTILE):
        prefix = "On Monday Ahmad said: "
        sentence = prefix + h + ". "
        q_start = pos + len(prefix)
        quotes.append(
            Quote(
                q_start,
                q_start + len(h),
                h,
                speaker=HOSTILE[(i + 1) % len(HOSTILE)],
                actor="evil" if i % 2 else None,
                kind=("direct", "partial", "indirect")[i % 3],
                cue=HOSTILE[(i + 2) % len(HOSTILE)],
                speaker_start=None,
                speaker_end=None,
            )
        )
        timexes.append(Timex(pos + 3, pos + 9, "Monday", "DATE", "2020-03-23"))
        mentions.append(Mention(pos + 10, pos + 15, "Ahmad", "PERSON", actor="evil"))
        body_parts.append(sentence)
        pos += len(sentence)
    body = "".join(body_parts)
    a = Article(
        id="evil[@click=app.quit]<script>",
        path="/tmp/<script>alert(1)</script>|`x`/\x1b[31m.txt",
        format="html",
        body=body,
        outlet="<script>alert('outlet')</script>\x1b]0;title\x07",
        title="# Title [link=file:///etc/passwd] \u202eevil",
        author="=cmd|' /C calc'!A0",
        url="javascript:alert(document.cookie)",
        published=_dt.date(2020, 3, 24),
        published_from="inferred",
        warnings=["warning <b>bold</b> \x1b[2J"],
        mentions=mentions,
        quotes=quotes,
        timexes=timexes,
    )
    b_body = "The talks were positive and serious, Ahmad said on Monday. -2 people @home"
    b = Article(
        id="plain",
        path="/tmp/plain.txt",
        format="text",
        body=b_body,
        outlet="| Pipe Times |",
        title="=1+1",
        url='https://example.org/a"onmouseover="alert(1)',
        published=_dt.date(2020, 3, 23),
        published_from="header",
        quotes=[
            Quote(
                0,
                35,
                "The talks were positive and serious",
                speaker="Ahmad",
                actor="evil",
                kind="direct",
                cue="said",
            )
        ],
        timexes=[Timex(50, 56, "Monday", "DATE", "2020-03-23")],
        mentions=[Mention(37, 42, "Ahmad", "PERSON", actor="evil")],
    )
    c = Article(
        id="good",
        path="/tmp/good.txt",
        format="text",
        body="The talks were positive, Ahmad said.",
        outlet="Good News",
        url="https://example.org/good?a=1&b=2",
        published=_dt.date(2020, 3, 24),
        published_from="meta",
        quotes=[
            Quote(
                0,
                23,
                "The talks were positive",
                speaker="Ahmad",
                actor="other",
                kind="direct",
                cue="said",
            )
        ],
    )
    actors = [
        Actor(
            "evil",
            "<script>Ahmad</script> [bold]",
            "PERSON",
            aliases=["Ahmad", "\x1b[31mA\u202e"],
            roles=[Role("# spokesman | =1", [a.id, "plain"])],
            articles=[a.id, "plain"],
            mention_count=len(HOSTILE) + 1,
        ),
        Actor("other", "=Other @actor", "ORG", articles=["good"], mention_count=1),
    ]
    groups = [
        QuoteGroup(
            "q1<x>",
            "evil",
            "trimmed",
            members=[Ref("plain", 0), Ref("good", 0)],
            pairs=[
                QuotePair(
                    1,
                    0,
                    "trimmed",
                    0.8,
                    [["equal", "The talks were positive"], ["delete", "and serious <script>"]],
                )
            ],
            speakers_disagree=True,
        ),
        QuoteGroup(
            "q2",
            None,
            "reworded",
            members=[Ref(a.id, 3), Ref(a.id, 5), Ref("missing", 9)],
            pairs=[],
        ),
    ]
    timeline = [
        TimelineEntry(
            "2020-03-23",
            mentions=[
                TimelineMention(a.id, 0, body_parts[0], 0),
                TimelineMention("plain", 0, b_body, 0),
            ],
            conflicts=[
                TimelineConflict(
                    "2020-03-24", "good", 0, "<b>same event</b> \x9b", TimexRef(a.id, 0)
                )
            ],
        ),
        TimelineEntry(
            "2020-W13<script>",
            mentions=[TimelineMention("nope", 99, "\x1b[1m|#x", 5)],
        ),
    ]
    return Corpus(
        articles=[a, b, c],
        actors=actors,
        quote_groups=groups,
        timeline=timeline,
        skipped=[Skipped("/tmp/<script>.html\x1b[2J", "=bad file \u202e")],
    )


@pytest.fixture
def evil() -> Corpus:
    return hostile_corpus()


class TagCollector(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.rows: list[list[str]] = []
        self.tables: list[list[list[str]]] = []
        self._row: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._row.append(tag)

    def handle_endtag(self, tag):
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            if self.tables:
                self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        self.text.append(data)


def collect(html: str) -> TagCollector:
    p = TagCollector()
    p.feed(html)
    p.close()
    return p
