"""A scrolling view of long styled text, rendered line by line (Toolong style).

Wrapping is done once per width, with offsets kept, so a highlight at a text offset
can be scrolled to; rendered lines are cached, so a 2-million-character article
scrolls as smoothly as a short one.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

_NO_STYLE = Style()


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap: (start, end) of each display line into ``text``.

    Newlines always break; spaces are preferred break points; an over-long word is
    cut at the width. The spans cover the text except the newline characters.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        para_end = n if nl == -1 else nl
        start = pos
        if start == para_end:
            lines.append((start, start))
        while start < para_end:
            # fast path: the rest fits
            if para_end - start <= width and cell_len(text[start:para_end]) <= width:
                lines.append((start, para_end))
                break
            end = start
            cells = 0
            last_space = -1
            while end < para_end:
                w = cell_len(text[end])
                if cells + w > width:
                    break
                if text[end] == " ":
                    last_space = end
                cells += w
                end += 1
            if end < para_end and last_space > start:
                lines.append((start, last_space))
                start = last_space + 1
            else:
                end = max(end, start + 1)
                lines.append((start, end))
                start = end
        if nl == -1:
            break
        pos = nl + 1
    return lines


class TextView(ScrollView, can_focus=True):
    """Shows a Rich ``Text`` wrapped to the widget width; ``line_of(offset)`` maps offsets."""

    DEFAULT_CSS = """
    TextView { overflow-x: hidden; }
    """

    def __init__(self, text: Text | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = text or Text("")
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._width = 0
        self._line_spans: list[list[Span]] | None = None
        self._render_line = lru_cache(maxsize=2048)(self._render_uncached)
        #: the text offset last brought to the middle of the view: kept there when the
        #: view is first laid out or resized, until the user scrolls
        self._center_on: int | None = None

    @property
    def text(self) -> Text:
        return self._text

    def set_text(self, text: Text, scroll_home: bool = True) -> None:
        self._text = text
        self._width = 0
        if scroll_home:
            self._center_on = None
            self.scroll_to(0, 0, animate=False, immediate=True)
        self._rewrap()
        self.refresh()

    def restyle(self, text: Text) -> None:
        """Same characters, new styles: keep the wrap, drop the rendered cache."""
        self._text = text
        self._line_spans = None
        self._render_line.cache_clear()
        self.refresh()

    def _rewrap(self) -> None:
        width = max(1, self.scrollable_content_region.width or self.size.width or 80)
        if width == self._width and self._lines:
            return
        # the text at the top of the view stays at the top when the width changes
        top = int(self.scroll_y)
        top_offset = self._lines[top][0] if 0 < top < len(self._lines) else None
        self._width = width
        self._lines = wrap_offsets(self._text.plain, width)
        self._starts = [s for s, _ in self._lines]
        self._line_spans = None
        self._render_line.cache_clear()
        self.virtual_size = Size(width, len(self._lines))
        if top_offset is not None and self._center_on is None:
            self.scroll_to(y=self.line_of(top_offset), animate=False, immediate=True)

    def on_resize(self) -> None:
        self._rewrap()
        if self._center_on is not None:
            self.scroll_to_offset(self._center_on)

    def line_of(self, offset: int) -> int:
        """The display line that holds text offset ``offset``."""
        import bisect

        self._rewrap()
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def top_offset(self) -> int:
        """The text offset at the top of the view."""
        self._rewrap()
        top = min(int(self.scroll_y), len(self._lines) - 1)
        return self._lines[top][0] if top >= 0 else 0

    def scroll_to_offset(self, offset: int, *, center: bool = True) -> None:
        """Bring the line of text offset ``offset`` to the middle of the view; with
        ``center`` False, only when it is out of view. A view not laid out yet (in a pane
        about to be shown) does it once it has its size, and a resized one again."""
        self._center_on = offset
        height = self.scrollable_content_region.height
        if not height:
            return
        line = self.line_of(offset)
        if not center and (self.scroll_y <= line < self.scroll_y + height):
            return
        self.scroll_to(y=max(0, line - height // 2), animate=False, immediate=True)

    def forget_center(self) -> None:
        """The user scrolled: a resize keeps the top line, not the last centred one."""
        self._center_on = None

    def on_mouse_scroll_down(self) -> None:
        self.forget_center()

    def on_mouse_scroll_up(self) -> None:
        self.forget_center()

    def action_page_down(self) -> None:
        self.forget_center()
        super().action_page_down()

    def action_page_up(self) -> None:
        self.forget_center()
        super().action_page_up()

    def _spans_of_line(self, index: int) -> list[Span]:
        """The styles that fall on display line ``index``, clipped to it, in the text's
        order. Indexed once per wrap: slicing a rich Text (``text[a:b]``) copies the whole
        text before and after the slice, so drawing one line of a long detail would cost
        as much as the detail's length."""
        if self._line_spans is None:
            lines, starts = self._lines, self._starts
            buckets: list[list[Span]] = [[] for _ in lines]
            for span in self._text.spans:
                if span.end <= span.start:
                    continue
                i = max(0, bisect.bisect_right(starts, span.start) - 1)
                while i < len(lines) and lines[i][0] < span.end:
                    ls, le = lines[i]
                    if span.start < le and span.end > ls:
                        buckets[i].append(
                            Span(max(span.start, ls) - ls, min(span.end, le) - ls, span.style)
                        )
                    i += 1
            self._line_spans = buckets
        return self._line_spans[index]

    def line_text(self, index: int) -> Text:
        """Display line ``index`` as a Text of its own (what ``text[start:end]`` gives)."""
        start, end = self._lines[index]
        t = self._text
        return Text(
            t.plain[start:end],
            style=t.style,
            justify=t.justify,
            overflow=t.overflow,
            no_wrap=True,
            end="",
            tab_size=t.tab_size,
            spans=list(self._spans_of_line(index)),
        )

    def _render_uncached(self, index: int, width: int) -> Strip:
        piece = self.line_text(index)
        # Rich gives unstyled text a segment without a style, which Textual's filters
        # (NO_COLOR's monochrome) cannot take: every segment gets one
        segments = [
            Segment(s.text, s.style or _NO_STYLE)
            for s in piece.render(self.app.console)
            if s.text and s.text != "\n"
        ]
        return Strip(segments).extend_cell_length(width, self.rich_style)

    def render_line(self, y: int) -> Strip:
        self._rewrap()
        index = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        return self._render_line(index, width).crop(0, width)
