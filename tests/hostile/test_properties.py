"""Property tests for what tests/read and tests/analysis do not cover on their own: the whole
per-text analysis (tui.analyze, and its piecewise form for long texts) and the whole per-file
pipeline (read + analyse) never raise and keep every offset inside the text, for arbitrary
strings, dates at the ends of the calendar, and arbitrary bytes in any of the formats."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tui
import tui.load.extract as extract_mod
from tests.hostile.conftest import UNSAFE
from tests.hostile.make_corpus import DISPLAY_ATTACKS
from tui.config import Config
from tui.model import Analysis, Article, Skipped

# pieces of news language and of hostile text, so that the extractors' paths are reached
_PIECES = st.sampled_from(
    [
        "Zalmay Khalilzad",
        "Mr. Ghani",
        "the Taliban",
        " said ",
        " told AFP ",
        "“",
        "”",
        '"',
        "‘",
        "’",
        ", ",
        ". ",
        "\n\n",
        "\n",
        "on Sunday",
        "last month",
        "February 30",
        "2020-13-45",
        "March 10, 99999",
        "year 0",
        "5,000 prisoners",
        "up to 1,000",
        "[bold red]",
        "[/]",
        "\x1b[31m",
        "\u202e",
        "\u200d",
        "\u0301" * 20,
        "Feb. 29",
        "Dec. 31, 9999",
        "Jan. 1, 0001",
        "next year",
        "a spokesman for the Ministry",
        ":",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=50).map("".join),
)
_DATES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            dt.date(1, 1, 1),
            dt.date(9999, 12, 31),
            dt.date(2020, 2, 29),
            dt.date(1, 12, 31),
            dt.date(9999, 1, 1),
        ]
    ),
    st.dates(),
)


def check(text: str, r: Analysis) -> None:
    n = len(text)
    for kind in (r.mentions, r.timexes, r.figures):
        last = 0
        for x in kind:
            assert 0 <= x.start < x.end <= n and text[x.start : x.end] == x.text, x
            assert x.start >= last  # in order, not overlapping
            last = x.end
    for t in r.timexes:
        assert isinstance(t.value, str) and t.type in ("DATE", "TIME", "DURATION", "SET")
    for q in r.quotes:
        assert 0 <= q.start < q.end <= n, q
        if q.speaker_start is not None or q.speaker_end is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= n, q


@settings(max_examples=200, deadline=None)
@given(_TEXT, _DATES)
def test_analyze_never_raises_and_keeps_offsets_inside(text, published):
    check(text, tui.analyze(text, published))


@settings(max_examples=40, deadline=None)
@given(_TEXT, _DATES)
def test_analyze_takes_iso_strings_at_the_ends_of_the_calendar(text, published):
    if published is not None:
        check(text, tui.analyze(text, published.isoformat()))


@settings(max_examples=100, deadline=None)
@given(_TEXT, _DATES, st.integers(8, 80))
def test_piecewise_analysis_keeps_offsets_inside_the_whole_text(text, published, size):
    with mock.patch.object(extract_mod, "ANALYSIS_CHUNK_CHARS", size):
        result, warning = extract_mod.analyze_bounded(text, published, Config())
    assert warning is None
    check(text, result)
    pieces = list(extract_mod._chunks(text, size))
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(e - s <= size for s, e in pieces)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=1500),
        _TEXT.map(lambda s: s.encode("utf-8", "surrogatepass")),
        _TEXT.map(lambda s: s.encode("utf-16")),
        st.lists(
            st.sampled_from(
                list(DISPLAY_ATTACKS.values())[:13] + ["<p>", "</div>", "<title>", "# ", "\n\n"]
            ),
            max_size=12,
        ).map(lambda xs: "".join(xs).encode()),
    ),
    st.sampled_from([".txt", ".html", ".md"]),
)
def test_reading_and_analysing_any_bytes_never_raises(data, ext):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"x{ext}"
        p.write_bytes(data)
        r = extract_mod.process_file(p, Config())
    if isinstance(r, Skipped):
        assert r.reason
        return
    assert isinstance(r, Article)
    assert not any(w.startswith("analysis failed") for w in r.warnings), r.warnings
    check(r.body, Analysis(r.mentions, r.quotes, r.timexes, r.figures))
    for s in [r.id, r.body, r.title or "", r.author or "", r.outlet or "", *r.captions]:
        assert not UNSAFE.search(s), ascii(s[:100])
