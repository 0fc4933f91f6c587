"""TextView: long styled text wrapped once per width and drawn line by line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.text import Span, Text

from tui.app.widgets.textview import TextView, wrap_offsets

STYLES = ["bold", "italic", "red", "on blue", "underline"]


@st.composite
def styled_texts(draw):
    plain = draw(st.text(alphabet=st.sampled_from(list("ab cd\nef  g\u4e00")), max_size=300))
    n = len(plain)
    spans = []
    for _ in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(0, n))
        spans.append(Span(min(a, b), max(a, b), draw(st.sampled_from(STYLES))))
    return Text(plain, style=draw(st.sampled_from(["", "dim"])), spans=spans)


def _view(text: Text, width: int) -> TextView:
    view = TextView(text)
    view._lines = wrap_offsets(text.plain, width)
    view._starts = [s for s, _ in view._lines]
    return view


@settings(max_examples=300, deadline=None)
@given(styled_texts(), st.integers(1, 40))
def test_a_line_carries_exactly_the_styles_a_slice_of_the_text_would(text, width):
    view = _view(text, width)
    for i, (s, e) in enumerate(view._lines):
        mine, theirs = view.line_text(i), text[s:e]
        assert mine.plain == theirs.plain
        assert [(sp.start, sp.end, sp.style) for sp in mine.spans if sp.end > sp.start] == [
            (sp.start, sp.end, sp.style) for sp in theirs.spans if sp.end > sp.start
        ]
        assert (
            mine.style == theirs.style or not mine.plain
        )  # an empty line draws nothing either way


def test_restyling_indexes_the_new_styles():
    text = Text("one two three four five six", spans=[Span(0, 3, "bold")])
    view = _view(text, 10)
    assert [sp.style for sp in view.line_text(0).spans] == ["bold"]
    view._text = Text(text.plain, spans=[Span(4, 7, "red")])
    view._line_spans = None  # what restyle() does, without an app to refresh
    assert [(sp.start, sp.end, sp.style) for sp in view.line_text(0).spans] == [(4, 7, "red")]


@given(st.text(max_size=200), st.integers(1, 30))
def test_wrap_offsets_cover_the_text_but_its_newlines(text, width):
    lines = wrap_offsets(text, width)
    assert "".join(text[s:e] for s, e in lines).replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )
    assert all(0 <= s <= e <= len(text) for s, e in lines)
