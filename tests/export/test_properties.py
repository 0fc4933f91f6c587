"""Property: a corpus of arbitrary strings renders in every format without raising, and no
output carries ESC, another C0/C1 control or a bidi control; JSON stays lossless."""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.export.conftest import FORBIDDEN, HTML_TAGS, MD_TAGS, collect
from tui.export import CSV_TABLES, render_report
from tui.model import (
    Actor,
    Article,
    Corpus,
    Discrepancy,
    DiscrepancyItem,
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

# every code point, surrogates included (a non-UTF-8 file name arrives as lone surrogates),
# with the dangerous ones made common
DANGEROUS = "\x1b\x07\x9b\x85\u202e\u2066\u2028\ufeff\udc80\x00\r\t\n|#*_[]()<>`&=+-@\\!~:/."
text = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, categories=None), st.sampled_from(list(DANGEROUS))
    ),
    max_size=40,
)
opt_text = st.none() | text


@st.composite
def corpora(draw) -> Corpus:
    n = draw(st.integers(1, 3))
    articles = []
    for i in range(n):
        body = draw(
            st.text(
                max_size=120, alphabet=st.one_of(st.characters(), st.sampled_from(list(DANGEROUS)))
            )
        )

        def span(body=body):
            s = draw(st.integers(0, len(body)))
            return s, draw(st.integers(s, len(body)))

        quotes = []
        for _ in range(draw(st.integers(0, 3))):
            s, e = span()
            quotes.append(
                Quote(
                    s,
                    e,
                    draw(text),
                    speaker=draw(opt_text),
                    actor=draw(st.sampled_from([None, "x0", "zz"])),
                    kind=draw(st.sampled_from(["direct", "partial", "indirect", "term"])),
                    cue=draw(opt_text),
                )
            )
        timexes = []
        for _ in range(draw(st.integers(0, 2))):
            s, e = span()
            timexes.append(
                Timex(
                    s,
                    e,
                    body[s:e],
                    "DATE",
                    draw(st.sampled_from(["2020-03-29", "2020-03", "2020-W13", "x"])),
                    inferred=draw(st.booleans()),
                )
            )
        mentions = [
            Mention(*span(), draw(text), "PERSON", actor=draw(st.sampled_from([None, "x0"])))
            for _ in range(draw(st.integers(0, 2)))
        ]
        articles.append(
            Article(
                id=f"{i}{draw(text)}",
                path=draw(text),
                format="text",
                body=body,
                outlet=draw(opt_text),
                title=draw(opt_text),
                author=draw(opt_text),
                url=draw(opt_text),
                published=draw(st.none() | st.dates(_dt.date(1990, 1, 1), _dt.date(2030, 1, 1))),
                published_from=draw(st.sampled_from([None, "meta", "inferred"])),
                warnings=draw(st.lists(text, max_size=2)),
                quotes=quotes,
                timexes=timexes,
                mentions=mentions,
            )
        )
    ids = [a.id for a in articles]
    actors = [
        Actor(
            "x0",
            draw(text),
            draw(st.sampled_from(["PERSON", "ORG", "GPE"])),
            aliases=draw(st.lists(text, max_size=2)),
            roles=[Role(draw(text), draw(st.lists(st.sampled_from(ids), max_size=2)))],
            articles=draw(st.lists(st.sampled_from(ids + ["gone"]), max_size=3)),
            mention_count=draw(st.integers(0, 9)),
        )
    ]
    refs = [Ref(a.id, k) for a in articles for k in range(len(a.quotes))] + [Ref("gone", 0)]
    groups = []
    if len(refs) >= 2:
        members = draw(st.lists(st.sampled_from(refs), min_size=2, max_size=4))
        pairs = [
            QuotePair(
                draw(st.integers(-1, 4)),
                draw(st.integers(-1, 4)),
                draw(text),
                draw(st.floats(0, 1)),
                draw(
                    st.lists(
                        st.tuples(
                            st.sampled_from(["equal", "delete", "insert", "replace"]), text, text
                        ).map(list),
                        max_size=3,
                    )
                ),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        groups.append(
            QuoteGroup(
                draw(text),
                draw(st.sampled_from([None, "x0"])),
                draw(st.sampled_from(["verbatim", "trimmed", "reworded", "direct-indirect"])),
                members=members,
                pairs=pairs,
                speakers_disagree=draw(st.booleans()),
            )
        )
    timeline = []
    for _ in range(draw(st.integers(0, 2))):
        mentions = [
            TimelineMention(
                draw(st.sampled_from(ids + ["gone"])),
                draw(st.integers(-1, 2)),
                draw(text),
                draw(st.integers(0, 130)),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        conflicts = [
            TimelineConflict(
                draw(text),
                draw(st.sampled_from(ids)),
                draw(st.integers(0, 2)),
                draw(text),
                TimexRef(draw(st.sampled_from(ids)), draw(st.integers(0, 2))),
            )
            for _ in range(draw(st.integers(0, 1)))
        ]
        timeline.append(
            TimelineEntry(
                draw(st.sampled_from(["2020-03-29", "2020-03", "2020-W13", "2020"]))
                + draw(st.sampled_from(["", "\x1b"])),
                mentions,
                conflicts,
            )
        )
    corpus = Corpus(
        articles=articles,
        actors=actors,
        quote_groups=groups,
        timeline=timeline,
        skipped=[Skipped(draw(text), draw(text))],
    )
    corpus.discrepancies = [
        Discrepancy(
            draw(text),
            draw(st.sampled_from(["figure", "attribution", "date", "coverage", "x"])),
            draw(text),
            draw(st.sampled_from(["agree", "hedged", "conflict", "missing", "?"])),
            draw(st.floats(0, 1)),
            draw(text),
            items=[
                DiscrepancyItem(
                    draw(st.sampled_from(ids + ["gone"])),
                    "figure",
                    0,
                    draw(text),
                    draw(text),
                    0,
                    hedge=draw(opt_text),
                    speaker=draw(opt_text),
                )
            ],
            missing_from=draw(st.lists(st.sampled_from(ids), max_size=2)),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return corpus


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(corpora())
def test_any_corpus_renders_safely_in_every_format(corpus):
    outputs = {
        "md": render_report(corpus, "md", title="t\x1b"),
        "html": render_report(corpus, "html"),
        "json": render_report(corpus, "json"),
        **{f"csv:{t}": render_report(corpus, "csv", csv_table=t) for t in CSV_TABLES},
    }
    for name, out in outputs.items():
        bad = FORBIDDEN.search(out)
        assert bad is None, (name, bad.group(0))
        out.encode("utf-8")  # lone surrogates never reach a file
    assert {t for t, _ in collect(outputs["html"]).tags} <= HTML_TAGS
    md_tags = {
        t for t, _ in collect(MarkdownIt("gfm-like", {"html": True}).render(outputs["md"])).tags
    }
    assert md_tags <= MD_TAGS, md_tags - MD_TAGS  # no raw HTML, no link
    assert json.loads(outputs["json"]) == json.loads(json.dumps(corpus.to_dict()))
    for t in CSV_TABLES:
        rows = list(csv.reader(io.StringIO(outputs[f"csv:{t}"], newline="")))
        assert len({len(r) for r in rows}) == 1
        for row in rows:
            for c in row:
                assert not c.lstrip(" \n").startswith(("=", "+", "-", "@", "\t", "\r")), c
